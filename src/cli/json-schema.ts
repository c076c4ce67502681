/**
 * The JSON Schema of scenario files, generated from the rules' own zod schemas, so an
 * editor completes and checks a scenario as it is written.
 *
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, RuleDateSchema } from "../calendar/date.js";
import { CLAUSE_IDS } from "../clauses/opinion.js";
import { SUPERIOR_RULE_IDS } from "../clauses/superior.js";
import { ruleQuestion, ruleTitle } from "../decision/render.js";
import { fieldHelp, fieldLabel, inputFields, optionWords, type FieldWordsAt, type InputField } from "../rules/input-fields.js";
import { RULES } from "../rules/registry.js";
import { LOCALES, type Locale } from "../locales/index.js";
import { say } from "../locales/tools.js";
import { SCENARIO_RULES, scenarioInputSchemas } from "./scenarios.js";

/** The `$id` of the published schema. */
export const SCENARIO_SCHEMA_ID = "https://unpkg.com/mobile-member-rules/dist/scenario.schema.json";

const DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";

/** A scenario whose `expect` asks for a refusal: `refused: true`, or a `refusedAt` path. */
const EXPECTS_REFUSAL = {
  required: ["expect"],
  properties: {
    expect: { anyOf: [{ required: ["refused"], properties: { refused: { const: true } } }, { required: ["refusedAt"] }] },
  },
};

/**
 * One rule's scenario, with its input schema applied only when the scenario expects a
 * decision. A scenario that expects a refusal feeds the rule a bad input on purpose (an
 * impossible date, a missing field), and the checker takes any JSON there; so does the
 * schema, or an editor would flag the very mistake the scenario is about.
 */
function inputUnlessRefusalExpected(variant: Record<string, unknown>): Record<string, unknown> {
  const properties = variant["properties"] as Record<string, unknown>;
  const input = properties["input"];
  return {
    ...variant,
    properties: {
      ...properties,
      input: {
        description: inEveryLocale((locale) => say(locale, "schema.input")),
      },
    },
    if: EXPECTS_REFUSAL,
    else: { properties: { input } },
  };
}

/** Builds the JSON Schema (draft 2020-12) of a scenario file. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const inputs = scenarioInputSchemas();
  const expectation = z.strictObject({
    outcome: z.json().optional(),
    citations: z.array(z.enum([...CLAUSE_IDS, ...SUPERIOR_RULE_IDS])).optional(),
    ambiguous: z.boolean().optional(),
    refused: z.boolean().optional(),
    refusedAt: z.string().optional(),
  });
  // Each rule's variant reads its declaration: its input, and its options (only the
  // interpretations it reads; the override where it allows one). Titles and descriptions
  // come from the catalogs, so an editor shows them on hover.
  const variants = SCENARIO_RULES.map((rule) =>
    z
      .strictObject({
        name: z.string().min(1),
        rule: z.literal(rule),
        input: inputs[rule].meta({ title: inEveryLocale((locale) => ruleTitle(rule, locale)) }),
        options: (RULES[rule].options as z.ZodType).optional(),
        expect: expectation,
      })
      .meta({
        title: `${ruleTitle(rule, "zh-CN")}（${rule}）`,
        description: inEveryLocale((locale) => ruleQuestion(rule, locale)),
      }),
  );
  const file = z.strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    scenarios: z.array(z.discriminatedUnion("rule", variants as unknown as [typeof variants[number], ...typeof variants])).min(1),
  });
  const generated = z.toJSONSchema(file, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      // A rule's lists are read-only to the rule, not to whoever writes a scenario.
      delete ctx.jsonSchema.readOnly;
      // Calendar dates: say so, so editors can check the form.
      if (ctx.zodSchema === CalendarDateSchema || ctx.zodSchema === RuleDateSchema) {
        ctx.jsonSchema.format = "date";
        ctx.jsonSchema.pattern = DATE_PATTERN;
        ctx.jsonSchema.description = inEveryLocale((locale) => say(locale, "schema.date"));
      }
    },
  });
  // A copy of its own, so that words put on a node shared by two fields stay on one.
  const schema = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>;
  const items = (schema["properties"] as { scenarios: { items: { oneOf: Record<string, unknown>[] } } }).scenarios.items;
  // Each field's label and help, and each choice's words, are the catalogs': what the form
  // of the workbench shows too.
  const fields = inputFields();
  items.oneOf.forEach((variant, index) => {
    const rule = SCENARIO_RULES[index] as (typeof SCENARIO_RULES)[number];
    annotate((variant["properties"] as Record<string, JsonNode>)["input"] as JsonNode, fields[rule], true);
  });
  items.oneOf = items.oneOf.map(inputUnlessRefusalExpected);
  return {
    ...schema,
    $id: SCENARIO_SCHEMA_ID,
    title: `mobile-member-rules · ${inEveryLocale((locale) => say(locale, "schema.title"))}`,
    description: inEveryLocale((locale) => say(locale, "schema.description")),
  };
}

/** A node of the generated JSON Schema, as the annotation walks it. */
type JsonNode = { [key: string]: unknown };

/** Words in every locale, Chinese first: the schema has one title and one description for all. */
function inEveryLocale(words: (locale: Locale) => string): string {
  return LOCALES.map(words).join(" · ");
}

/** The values a field offers to choose from, through what wraps it: `null` for the choice of no value. */
function choicesOf(field: InputField): (string | null)[] {
  switch (field.kind) {
    case "choice":
      return [...field.values];
    case "nullable":
      return [...choicesOf(field.inner), null];
    case "optional":
      return choicesOf(field.inner);
    case "either":
      return field.options.flatMap(choicesOf);
    default:
      return [];
  }
}

function child(node: unknown, ...keys: readonly (string | number)[]): JsonNode {
  let at: unknown = node;
  for (const key of keys) at = (at as Record<string | number, unknown> | undefined)?.[key];
  if (at === null || typeof at !== "object") throw new Error(`scenario JSON Schema: no ${keys.join(".")} where a field was expected`);
  return at as JsonNode;
}

/** The label, the help and the choices of the field at `words`, on its node. */
function worded(node: JsonNode, field: InputField, words: FieldWordsAt): void {
  node["title"] = inEveryLocale((locale) => fieldLabel(words, locale));
  const lines = LOCALES.map((locale) => fieldHelp(words, locale));
  for (const choice of choicesOf(field)) lines.push(`${JSON.stringify(choice)}：${inEveryLocale((locale) => optionWords(words, choice, locale))}`);
  if (typeof node["description"] === "string") lines.push(node["description"]);
  node["description"] = lines.join("\n");
}

/**
 * Puts the words of `field` on `node`, its part of the generated schema, and those of the
 * fields inside it on theirs: the input itself keeps its rule's title, and what wraps a
 * field (a `null`, a list's items) shares the field's words.
 */
function annotate(node: JsonNode, field: InputField, top: boolean): void {
  if (top && field.words.path !== "") worded(node, field, field.words);
  switch (field.kind) {
    case "object":
      for (const { key, field: inner } of field.fields) annotate(child(node, "properties", key), inner, true);
      return;
    case "variants": {
      const branches = (node["oneOf"] ?? []) as JsonNode[];
      for (const variant of field.variants) {
        const branch = branches.find((b) => child(b, "properties", field.key)["const"] === variant.value);
        if (branch === undefined) throw new Error(`scenario JSON Schema: no variant ${variant.value}`);
        branch["title"] = inEveryLocale((locale) => optionWords(field.keyWords, variant.value, locale));
        worded(child(branch, "properties", field.key), { kind: "choice", words: field.keyWords, values: [variant.value] }, field.keyWords);
        for (const { key, field: inner } of variant.fields) annotate(child(branch, "properties", key), inner, true);
      }
      return;
    }
    case "nullable":
      // A value or null: `anyOf`, or for a plain value one node whose type lists "null" too.
      annotate(Array.isArray(node["anyOf"]) ? child(node["anyOf"].filter((b: JsonNode) => b["type"] !== "null"), 0) : node, field.inner, false);
      return;
    case "optional":
      annotate(node, field.inner, false);
      return;
    case "either":
      field.options.forEach((option, index) => annotate(child(node, "anyOf", index), option, false));
      return;
    case "list":
      annotate(child(node, "items"), field.item, false);
      return;
    case "choice":
      if (Array.isArray(node["enum"])) {
        node["enumDescriptions"] = field.values.map((value) => inEveryLocale((locale) => optionWords(field.words, value, locale)));
      } else if (typeof node["const"] === "string") {
        node["description"] = inEveryLocale((locale) => optionWords(field.words, node["const"] as string, locale));
      }
      return;
    default:
      return;
  }
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** The scenario file's JSON Schema: its title. */
    "schema.title": Record<never, never>;
    /** The scenario file's JSON Schema: what a file holds. */
    "schema.description": Record<never, never>;
    /** The scenario file's JSON Schema: a scenario's input. */
    "schema.input": Record<never, never>;
    /** The scenario file's JSON Schema: a calendar date. */
    "schema.date": Record<never, never>;
  }
}
