/**
 * Which files a search for scenario files takes, and a file's bytes as text, in a module of
 * its own that reads no file: the command line's folder search and the workbench's opened
 * files and folders take the same files and read them alike.
 *
 * @module
 */
import type { Bilingual } from "../locales/catalog.js";
import { bilingual } from "../locales/tools.js";

/** A file name a folder search checks: `.json` in any case, but not a JSON Schema such as the one `init` copies. */
export function isScenarioFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(".json") && !lower.endsWith(".schema.json");
}

/** Entries a search passes over: installed packages, and hidden entries such as `.git`. */
export function isIgnoredEntry(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

/**
 * Whether a file found in a folder, named by its path from that folder (`a/b/c.json`, with
 * `/` or `\` between the parts), is one a folder search checks: a scenario file's name,
 * and no part of its path passed over.
 */
export function isScenarioPathInFolder(path: string): boolean {
  const parts = path.split(/[\\/]/u).filter((part) => part !== "");
  const name = parts.pop();
  return name !== undefined && isScenarioFileName(name) && !isIgnoredEntry(name) && !parts.some(isIgnoredEntry);
}

/** The text of a scenario file, or why it cannot be read as one. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly why: Bilingual };

const SAVE_AS_UTF8: Bilingual = bilingual("cli.file.utf-16");

/**
 * Scenario file bytes as text: UTF-8, with or without a byte-order mark (some editors on
 * Windows write one). UTF-16, which those editors also offer, is refused by name rather
 * than read as UTF-8 full of NUL characters; other encodings (GBK, say) are refused
 * rather than read with their Chinese replaced by garbage.
 */
export function decodeScenarioBytes(bytes: Uint8Array): DecodedText {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return { ok: false, why: SAVE_AS_UTF8 };
  // JSON text never holds a NUL byte; UTF-16 holds one in every ASCII character.
  if (bytes.includes(0)) return { ok: false, why: SAVE_AS_UTF8 };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, why: bilingual("cli.file.not-utf-8") };
  }
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** A scenario file in UTF-16. */
    "cli.file.utf-16": Record<never, never>;
    /** A scenario file in an encoding other than UTF-8. */
    "cli.file.not-utf-8": Record<never, never>;
  }
}
