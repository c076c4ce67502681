/**
 * The locales the library speaks, each one catalog: {@link CATALOGS}.
 *
 * @module
 */
import type { Bilingual, Catalog, MessageId, Messages, StepFound, Terms } from "./catalog.js";
import { deepFreeze } from "../frozen.js";
import { en } from "./en.js";
import { zhCN } from "./zh-CN.js";

/**
 * Every locale's catalog, by its tag. Adding a locale is adding its catalog file and its
 * line here; the command line, the explanations and the workbench offer it from this table.
 */
export const CATALOGS = deepFreeze({
  "zh-CN": zhCN,
  en,
} as const satisfies { readonly [locale: string]: Catalog });

/** A locale the library speaks. */
export type Locale = keyof typeof CATALOGS;

/** Every {@link Locale}, Chinese first. */
export const LOCALES = Object.freeze(Object.keys(CATALOGS)) as readonly Locale[];

/** The parameters of a message, as arguments: none for a message that takes none. @internal */
export type ParamsArgument<Id extends MessageId> = keyof Messages[Id] extends never
  ? [params?: Messages[Id]]
  : [params: Messages[Id]];

/** What a message said outside a decision found: nothing. @internal */
export const NOTHING_FOUND: StepFound = Object.freeze({ result: null, facts: Object.freeze({}) });

/** A message in one locale. @internal */
export function say<Id extends MessageId>(locale: Locale, id: Id, ...[params]: ParamsArgument<Id>): string {
  const render = CATALOGS[locale].messages[id] as (params: Messages[Id], found: StepFound) => string;
  return render((params ?? {}) as Messages[Id], NOTHING_FOUND);
}

/**
 * A table of names in both languages, from the catalogs: the exported bilingual tables
 * (`ABSENCE_DOCUMENT_NAMES`, `PARTY_ORG_NAMES`) are read from here, never written twice.
 * @internal
 */
export function termsInBothLanguages<Kind extends keyof Terms>(
  kind: Kind,
): { readonly [Key in keyof Terms[Kind]]: Bilingual } {
  const zh = CATALOGS["zh-CN"].terms[kind] as Readonly<Record<string, string>>;
  const english = CATALOGS.en.terms[kind] as Readonly<Record<string, string>>;
  const table: Record<string, Bilingual> = {};
  for (const key of Object.keys(zh)) table[key] = Object.freeze({ zh: zh[key] ?? "", en: english[key] ?? "" });
  return Object.freeze(table) as { readonly [Key in keyof Terms[Kind]]: Bilingual };
}

/**
 * Which of a text's two languages a locale reads — the texts of the law and of the
 * interpretations, and the typed error, are in Chinese and English only: the Chinese for a
 * Chinese locale, the English for any other. @internal
 */
export function languageOf(locale: Locale): keyof Bilingual {
  return locale.startsWith("zh") ? "zh" : "en";
}

/** A text in Chinese and English, in the language {@link languageOf} the locale reads. @internal */
export function inLocale(locale: Locale, text: Bilingual): string {
  return text[languageOf(locale)];
}

/** A message in Chinese and English, as an input error gives it. @internal */
export function bilingual<Id extends MessageId>(id: Id, ...params: ParamsArgument<Id>): Bilingual {
  return { zh: say("zh-CN", id, ...params), en: say("en", id, ...params) };
}

export type { Bilingual, Catalog, ExplainWords, FieldWordIds, MessageId, Messages, RuleOutcomes, RuleWords, StepFound, Terms } from "./catalog.js";
