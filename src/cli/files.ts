/**
 * Finding and reading scenario files: every entry of a folder reported on its own, so
 * one bad entry never hides the good files beside it, and nothing read that could block
 * (a FIFO, a device) or that is not UTF-8 text.
 *
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Bilingual } from "../locales/catalog.js";
import { bilingual } from "../locales/tools.js";
import { decodeScenarioBytes, isIgnoredEntry, isScenarioFileName, type DecodedText } from "./scenario-sources.js";

/** The parts of `node:fs` the search uses; a test may pass its own. @internal */
export interface DirectoryReader {
  readonly statSync: (path: string) => { isFile(): boolean; isDirectory(): boolean; readonly dev: number; readonly ino: number };
  readonly readdirSync: (path: string) => string[];
}

/** One entry met while looking for scenario files. */
export type FoundEntry =
  /** A regular file to check. */
  | { readonly kind: "file"; readonly path: string }
  /** An entry that should have been checked and could not be: it counts as a failure. */
  | { readonly kind: "failed"; readonly path: string; readonly why: Bilingual }
  /** An entry left alone, with the reason: it does not count. */
  | { readonly kind: "skipped"; readonly path: string; readonly why: Bilingual };

export { decodeScenarioBytes, isScenarioFileName, type DecodedText };

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function unreadable(error: unknown): Bilingual {
  switch (codeOf(error)) {
    case "ENOENT":
      return bilingual("cli.file.missing");
    case "ELOOP":
      return bilingual("cli.file.link-loop");
    case "EACCES":
    case "EPERM":
      return bilingual("cli.file.denied");
    default:
      return bilingual("cli.file.cannot-read", { code: codeOf(error) ?? "?" });
  }
}

const NOT_REGULAR: Bilingual = bilingual("cli.file.not-regular");
const FOLDER_LOOP: Bilingual = bilingual("cli.file.folder-loop");

/**
 * The scenario files under `paths`, in order, with every entry that could not be read or
 * was left alone. A path given by name is checked whatever its extension; inside folders
 * only `.json` files are (see {@link isScenarioFileName}), and folders are entered once
 * each, however many links lead to them.
 */
export function findScenarioFiles(paths: readonly string[], fs: DirectoryReader = { statSync, readdirSync }): FoundEntry[] {
  const found: FoundEntry[] = [];
  const entered = new Set<string>();
  const visit = (path: string, named: boolean, ancestors: readonly string[]): void => {
    let stats: ReturnType<DirectoryReader["statSync"]>;
    try {
      stats = fs.statSync(path);
    } catch (error) {
      // A dangling link that would not have been checked anyway is no failure.
      if (named || codeOf(error) !== "ENOENT" || isScenarioFileName(path)) found.push({ kind: "failed", path, why: unreadable(error) });
      return;
    }
    if (stats.isDirectory()) {
      const key = `${stats.dev}:${stats.ino}`;
      if (ancestors.includes(key)) return void found.push({ kind: "failed", path, why: FOLDER_LOOP });
      if (entered.has(key)) return;
      entered.add(key);
      let names: string[];
      try {
        names = fs.readdirSync(path);
      } catch (error) {
        return void found.push({ kind: "failed", path, why: unreadable(error) });
      }
      // Code-point order, the same on every machine.
      for (const name of names.sort()) {
        if (!isIgnoredEntry(name)) visit(join(path, name), false, [...ancestors, key]);
      }
      return;
    }
    if (!named && !isScenarioFileName(path)) return;
    if (stats.isFile()) found.push({ kind: "file", path });
    else found.push({ kind: "skipped", path, why: NOT_REGULAR });
  };
  for (const path of paths) visit(path, true, []);
  return found;
}

/**
 * Reads a file found by {@link findScenarioFiles}. Opened without waiting, and checked
 * again once open, so a file replaced by a FIFO in between cannot block the check.
 */
export function readScenarioFile(path: string): DecodedText | { readonly ok: false; readonly skipped: true; readonly why: Bilingual } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, why: unreadable(error) };
  }
  try {
    if (!fstatSync(fd).isFile()) return { ok: false, skipped: true, why: NOT_REGULAR };
    return decodeScenarioBytes(readFileSync(fd));
  } catch (error) {
    return { ok: false, why: unreadable(error) };
  } finally {
    closeSync(fd);
  }
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** A path that names nothing. */
    "cli.file.missing": Record<never, never>;
    /** A symbolic link that leads to itself. */
    "cli.file.link-loop": Record<never, never>;
    /** A file or folder the command may not read. */
    "cli.file.denied": Record<never, never>;
    /** A file that cannot be read, with the system's code for why. */
    "cli.file.cannot-read": { readonly code: string };
    /** A pipe, a device or another entry that is not a file: skipped. */
    "cli.file.not-regular": Record<never, never>;
    /** A symbolic link back to a folder being checked. */
    "cli.file.folder-loop": Record<never, never>;
  }
}
