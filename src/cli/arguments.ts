/**
 * What every command of the command line reads its arguments with: a bad argument in both
 * languages, with the nearest option, and a path as the user will recognise it.
 *
 * @module
 */
import { isAbsolute, relative } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Bilingual } from "../locales/catalog.js";
import { LOCALES, type Locale } from "../locales/index.js";
import { bilingual } from "../locales/tools.js";
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
  interface ToolMessages {
    /** A `--lang` that names no locale, with the names it takes. */
    "cli.usage.lang": { readonly given: string; readonly names: readonly string[] };
    /** An option the command does not take. */
    "cli.option.unknown": { readonly option: string; readonly near: string | null };
    /** An option given without its value. */
    "cli.option.needs-value": { readonly option: string };
    /** A switch given a value. */
    "cli.option.takes-no-value": { readonly option: string };
  }
}

/**
 * The names `--lang` takes: every locale of the catalogs by its tag (`zh-CN`), and by its
 * language alone (`zh`) where no other locale shares it. A locale added to the catalogs is
 * offered here without a change.
 */
export const LOCALE_NAMES: ReadonlyMap<string, Locale> = new Map(
  LOCALES.flatMap((locale): [string, Locale][] => {
    const language = locale.split("-")[0] ?? locale;
    const shared = LOCALES.filter((other) => (other.split("-")[0] ?? other) === language).length > 1;
    return language === locale || shared ? [[locale, locale]] : [[language, locale], [locale, locale]];
  }),
);

/** The locale `--lang` names, the first of the catalogs when it is not given, or `undefined` for a name it does not take. */
export function localeNamed(given: string | undefined): Locale | undefined {
  return given === undefined ? LOCALES[0] : LOCALE_NAMES.get(given);
}

/** A `--lang` that names no locale, with the names it takes. */
export function unknownLocale(given: string | undefined): Bilingual {
  return bilingual("cli.usage.lang", { given: given ?? "", names: [...LOCALE_NAMES.keys()] });
}
