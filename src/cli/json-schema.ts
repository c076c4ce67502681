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
import { RULES } from "../rules/registry.js";
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
        description:
          "The rule's input, as its schema describes; any JSON when the scenario expects a refusal · 规则的输入；期望拒绝时可为任意 JSON",
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
        input: inputs[rule].meta({ title: `${ruleTitle(rule, "zh-CN")} · ${ruleTitle(rule, "en")}` }),
        options: (RULES[rule].options as z.ZodType).optional(),
        expect: expectation,
      })
      .meta({
        title: `${ruleTitle(rule, "zh-CN")}（${rule}）`,
        description: `${ruleQuestion(rule, "zh-CN")} · ${ruleQuestion(rule, "en")}`,
      }),
  );
  const file = z.strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    scenarios: z.array(z.discriminatedUnion("rule", variants as unknown as [typeof variants[number], ...typeof variants])).min(1),
  });
  const schema = z.toJSONSchema(file, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      // A rule's lists are read-only to the rule, not to whoever writes a scenario.
      delete ctx.jsonSchema.readOnly;
      // Calendar dates: say so, so editors can check the form.
      if (ctx.zodSchema === CalendarDateSchema || ctx.zodSchema === RuleDateSchema) {
        ctx.jsonSchema.format = "date";
        ctx.jsonSchema.pattern = DATE_PATTERN;
        ctx.jsonSchema.description = "A calendar date, YYYY-MM-DD · 公历日期";
      }
    },
  }) as Record<string, unknown>;
  const items = (schema["properties"] as { scenarios: { items: { oneOf: Record<string, unknown>[] } } }).scenarios.items;
  items.oneOf = items.oneOf.map(inputUnlessRefusalExpected);
  return {
    ...schema,
    $id: SCENARIO_SCHEMA_ID,
    title: "mobile-member-rules scenario file · 情景文件",
    description:
      "Scenarios for `npx mobile-member-rules check`: each names a rule, its input, optional options, and the expected outcome (any part of it), citations or ambiguity.",
  };
}
