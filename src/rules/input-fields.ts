/**
 * The fields of every rule's input, read from the rule's own zod schema (`RULES[rule].input`):
 * what a form asks, field by field, and what the JSON Schema of scenario files says of each
 * field. The words of each field (its label, its help text and the words of each choice it
 * offers) are the catalogs' (`field.<rule>.<path>`, `field-help.…`, `field-option.…`:
 * {@link FieldWordIds}); nothing here is worded.
 *
 * A field is named by its path in the input with list positions left out (`period.from`,
 * `months.month`). A schema that is another rule's input (the absence of a member going
 * away, the record of a member appraised in a cohort), or that the same rule uses in more
 * than one place (a month before the period and a month of it), is worded where it is met
 * first: its fields are worded once.
 *
 * @module
 */
import type { z } from "zod";
import { CalendarDateSchema, RuleDateSchema } from "../calendar/date.js";
import type { RuleName } from "../decision/rule.js";
import { CATALOGS, type Locale } from "../locales/index.js";
import { TOOL_CATALOGS } from "../locales/tools.js";
import { RULES, RULE_NAMES } from "./registry.js";

/** Where a field's words are: the catalog section of `rule`, under the field's `path` (`""` for the input itself). */
export interface FieldWordsAt {
  /** The rule whose section words the field. */
  readonly rule: RuleName;
  /** The field's path in that rule's input, list positions left out. */
  readonly path: string;
}

/** A named field of an object, or of a variant of a discriminated union. */
export interface NamedField {
  /** The field's key. */
  readonly key: string;
  /** The field. */
  readonly field: InputField;
}

/** One variant of a discriminated union: its value of the discriminating field, and its other fields. */
export interface FieldVariant {
  /** The variant's value of the discriminating field. */
  readonly value: string;
  /** Its other fields, in the schema's order. */
  readonly fields: readonly NamedField[];
}

/**
 * A field of a rule's input, as a form asks it. Every field carries `words`, where its
 * label and help are; what wraps another field (`nullable`, `optional`, `either`, a list's
 * `item`) shares its words.
 */
export type InputField =
  | { readonly kind: "object"; readonly words: FieldWordsAt; readonly fields: readonly NamedField[] }
  /** A discriminated union: `key` (worded at `keyWords`) decides which variant's fields are asked. */
  | {
      readonly kind: "variants";
      readonly words: FieldWordsAt;
      readonly key: string;
      readonly keyWords: FieldWordsAt;
      readonly variants: readonly FieldVariant[];
    }
  | { readonly kind: "boolean"; readonly words: FieldWordsAt }
  /** A calendar date, `YYYY-MM-DD`. */
  | { readonly kind: "date"; readonly words: FieldWordsAt }
  /** A month, `YYYY-MM`. */
  | { readonly kind: "month"; readonly words: FieldWordsAt }
  | { readonly kind: "text"; readonly words: FieldWordsAt }
  /** A whole number, not negative. */
  | { readonly kind: "count"; readonly words: FieldWordsAt }
  /** One of a list of values (an enum, or a lone literal value). */
  | { readonly kind: "choice"; readonly words: FieldWordsAt; readonly values: readonly string[] }
  /** The field, or `null` (the choice worded `field-option.<rule>.<path>.null`). */
  | { readonly kind: "nullable"; readonly words: FieldWordsAt; readonly inner: InputField }
  /** The field, or left out. */
  | { readonly kind: "optional"; readonly words: FieldWordsAt; readonly inner: InputField }
  /** One of several kinds of value (a date, or a value of a list). */
  | { readonly kind: "either"; readonly words: FieldWordsAt; readonly options: readonly InputField[] }
  | { readonly kind: "list"; readonly words: FieldWordsAt; readonly item: InputField }
  /** Pairs of texts, key to value (worded `<path>.key` and `<path>.value`). */
  | { readonly kind: "pairs"; readonly words: FieldWordsAt; readonly key: InputField; readonly value: InputField }
  /** Any value. */
  | { readonly kind: "any"; readonly words: FieldWordsAt };

/** The parts of a zod schema's definition the fields are read from. */
interface Definition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, string>>;
  readonly values?: readonly unknown[];
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { readonly _zod: { readonly def: Definition } })._zod.def;
}

function under(at: FieldWordsAt, key: string): FieldWordsAt {
  return { rule: at.rule, path: at.path === "" ? key : `${at.path}.${key}` };
}

/** A text schema that takes a month: `2024-01`, and neither `2024-13` nor any other text. */
function isMonth(schema: z.ZodType): boolean {
  return schema.safeParse("2024-01").success && !schema.safeParse("2024-13").success && !schema.safeParse("m1").success;
}

/** Reads the fields of `schema`, met at `at`; `wordedAt` remembers where each object schema was met first. */
function fieldOf(schema: z.ZodType, at: FieldWordsAt, wordedAt: Map<z.ZodType, FieldWordsAt>): InputField {
  const def = definitionOf(schema);
  const fieldsOf = (object: z.ZodType, skip?: string): NamedField[] => {
    const base = wordedAt.get(object) ?? at;
    wordedAt.set(object, base);
    const shape = definitionOf(object).shape ?? {};
    return Object.keys(shape)
      .filter((key) => key !== skip)
      .map((key) => ({ key, field: fieldOf(shape[key] as z.ZodType, under(base, key), wordedAt) }));
  };
  switch (def.type) {
    case "object":
      return { kind: "object", words: at, fields: fieldsOf(schema) };
    case "union": {
      const options = def.options ?? [];
      const key = def.discriminator;
      if (key === undefined) return { kind: "either", words: at, options: options.map((option) => fieldOf(option, at, wordedAt)) };
      const variants = options.map((option) => {
        const discriminating = definitionOf(option).shape?.[key];
        const value = discriminating === undefined ? undefined : definitionOf(discriminating).values?.[0];
        return { value: String(value), fields: fieldsOf(option, key) };
      });
      const base = wordedAt.get(options[0] as z.ZodType) ?? at;
      return { kind: "variants", words: at, key, keyWords: under(base, key), variants };
    }
    case "nullable":
    case "optional": {
      const inner = fieldOf(def.innerType as z.ZodType, at, wordedAt);
      return def.type === "nullable" ? { kind: "nullable", words: at, inner } : { kind: "optional", words: at, inner };
    }
    case "readonly":
      return fieldOf(def.innerType as z.ZodType, at, wordedAt);
    case "array":
      return { kind: "list", words: at, item: fieldOf(def.element as z.ZodType, at, wordedAt) };
    case "record":
      return {
        kind: "pairs",
        words: at,
        key: fieldOf(def.keyType as z.ZodType, under(at, "key"), wordedAt),
        value: { kind: "text", words: under(at, "value") },
      };
    case "string":
      if (schema === RuleDateSchema || schema === CalendarDateSchema) return { kind: "date", words: at };
      return isMonth(schema) ? { kind: "month", words: at } : { kind: "text", words: at };
    case "number":
      return { kind: "count", words: at };
    case "boolean":
      return { kind: "boolean", words: at };
    case "enum":
      return { kind: "choice", words: at, values: Object.values(def.entries ?? {}) };
    case "literal":
      return { kind: "choice", words: at, values: (def.values ?? []).map(String) };
    default:
      return { kind: "any", words: at };
  }
}

/**
 * The fields of every rule's input, by rule: read afresh from `RULES` at each call. Every
 * rule's input is worded in its own section, wherever else it is met.
 */
export function inputFields(): { readonly [Rule in RuleName]: InputField } {
  const wordedAt = new Map<z.ZodType, FieldWordsAt>();
  for (const rule of RULE_NAMES) wordedAt.set(RULES[rule].input, { rule, path: "" });
  const fields: Partial<Record<RuleName, InputField>> = {};
  for (const rule of RULE_NAMES) fields[rule] = fieldOf(RULES[rule].input, { rule, path: "" }, wordedAt);
  return fields as { readonly [Rule in RuleName]: InputField };
}

type Rendered = (params: object, found: { readonly result: null; readonly facts: object }) => string;

function lookUp(id: string, locale: Locale): string | undefined {
  // The fields' words are the tools' part of each locale's catalog.
  const messages = TOOL_CATALOGS[locale].messages as unknown as Readonly<Record<string, Rendered>>;
  return Object.hasOwn(messages, id) ? messages[id]?.({}, { result: null, facts: {} }) : undefined;
}

/** The id of a field's label: `field.<rule>.<path>`. */
export function labelId(words: FieldWordsAt): string {
  return `field.${words.rule}.${words.path}`;
}

/** The id of a field's help text: `field-help.<rule>.<path>`. */
export function helpId(words: FieldWordsAt): string {
  return `field-help.${words.rule}.${words.path}`;
}

/** The id of the words of one of a field's choices: `field-option.<rule>.<path>.<choice>`, `null` written `"null"`. */
export function optionId(words: FieldWordsAt, choice: string | null): string {
  return `field-option.${words.rule}.${words.path}.${choice ?? "null"}`;
}

/** A field's label in a locale; the input itself is labelled by its rule's title. */
export function fieldLabel(words: FieldWordsAt, locale: Locale): string {
  if (words.path === "") return CATALOGS[locale].rules[words.rule].title;
  return lookUp(labelId(words), locale) ?? words.path;
}

/** A field's help text in a locale; the input's own is its rule's question. */
export function fieldHelp(words: FieldWordsAt, locale: Locale): string {
  if (words.path === "") return CATALOGS[locale].rules[words.rule].question;
  return lookUp(helpId(words), locale) ?? "";
}

/** The words of one of a field's choices in a locale: a value of its list, or `null`. */
export function optionWords(words: FieldWordsAt, choice: string | null, locale: Locale): string {
  return lookUp(optionId(words, choice), locale) ?? String(choice);
}

/**
 * Every message id the fields of every rule's input need, each once: a label and a help
 * text for every field, the words of every choice. What a test holds the catalogs to.
 */
export function fieldWordIds(): readonly string[] {
  const ids = new Set<string>();
  const worded = (words: FieldWordsAt): void => {
    if (words.path === "") return;
    ids.add(labelId(words));
    ids.add(helpId(words));
  };
  const visit = (field: InputField): void => {
    worded(field.words);
    switch (field.kind) {
      case "object":
        for (const { field: child } of field.fields) visit(child);
        return;
      case "variants":
        worded(field.keyWords);
        for (const variant of field.variants) {
          ids.add(optionId(field.keyWords, variant.value));
          for (const { field: child } of variant.fields) visit(child);
        }
        return;
      case "choice":
        for (const value of field.values) ids.add(optionId(field.words, value));
        return;
      case "nullable":
        ids.add(optionId(field.words, null));
        visit(field.inner);
        return;
      case "optional":
        visit(field.inner);
        return;
      case "either":
        for (const option of field.options) visit(option);
        return;
      case "list":
        visit(field.item);
        return;
      case "pairs":
        visit(field.key);
        visit(field.value);
        return;
      default:
        return;
    }
  };
  const fields = inputFields();
  for (const rule of RULE_NAMES) visit(fields[rule]);
  return [...ids];
}
