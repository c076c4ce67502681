/**
 * What every command of the command line reads its arguments with: a bad argument in both
 * languages, with the nearest option, and a path as the user will recognise it.
 *
 * @module
 */
import { isAbsolute, relative } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Bilingual } from "../locales/catalog.js";
import { bilingual } from "../locales/index.js";
import { nearest } from "./suggest.js";

/** Node's own message for a bad argument, made bilingual and given the nearest option. */
export function argumentError(argv: readonly string[], options: NonNullable<ParseArgsConfig["options"]>, error: unknown): Bilingual {
  const names = Object.keys(options);
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const known = names.find((name) => name === token.name);
    if (known === undefined) {
      const near = nearest(token.name, names);
      return bilingual("cli.option.unknown", { option: token.rawName, near: near === undefined ? null : `--${near}` });
    }
    const type = options[known]?.type;
    if (type === "string" && (token.value === undefined || (token.inlineValue !== true && token.value.startsWith("-")))) {
      return bilingual("cli.option.needs-value", { option: token.rawName });
    }
    if (type === "boolean" && token.inlineValue === true) return bilingual("cli.option.takes-no-value", { option: token.rawName });
  }
  const message = error instanceof Error ? error.message : String(error);
  return { zh: message, en: message };
}

/** A path as the user will recognise it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

declare module "../locales/catalog.js" {
  interface Messages {
    /** An option the command does not take. */
    "cli.option.unknown": { readonly option: string; readonly near: string | null };
    /** An option given without its value. */
    "cli.option.needs-value": { readonly option: string };
    /** A switch given a value. */
    "cli.option.takes-no-value": { readonly option: string };
  }
}
