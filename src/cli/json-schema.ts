/**
 * The JSON Schema of scenario files, generated from the rules' own zod schemas, so an
 * editor completes and checks a scenario as it is written.
 *
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema } from "../calendar/date.js";
import { CLAUSE_IDS } from "../clauses/opinion.js";
import { SUPERIOR_RULE_IDS } from "../clauses/superior.js";
import { InterpretationChoicesSchema, NonBlankTextSchema } from "../interpretations/options.js";
import { GradingStandardSchema } from "../rules/evaluation-grade.js";
import { SCENARIO_RULES, scenarioInputSchemas } from "./scenarios.js";

/** The `$id` of the published schema. */
export const SCENARIO_SCHEMA_ID = "https://unpkg.com/mobile-member-rules/dist/scenario.schema.json";

const DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";

/** Builds the JSON Schema (draft 2020-12) of a scenario file. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const inputs = scenarioInputSchemas();
  const options = z.strictObject({
    interpretations: InterpretationChoicesSchema.optional(),
    override: z.strictObject({ outcome: z.json(), reason: NonBlankTextSchema }).optional(),
    standard: GradingStandardSchema.optional(),
  });
  const expectation = z.strictObject({
    outcome: z.json().optional(),
    citations: z.array(z.enum([...CLAUSE_IDS, ...SUPERIOR_RULE_IDS])).optional(),
    ambiguous: z.boolean().optional(),
    refused: z.boolean().optional(),
    refusedAt: z.string().optional(),
  });
  const variants = SCENARIO_RULES.map((rule) =>
    z.strictObject({
      name: z.string().min(1),
      rule: z.literal(rule),
      input: inputs[rule],
      options: options.optional(),
      expect: expectation,
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
      // Calendar dates: say so, so editors can check the form.
      if (ctx.zodSchema === CalendarDateSchema) {
        ctx.jsonSchema.format = "date";
        ctx.jsonSchema.pattern = DATE_PATTERN;
        ctx.jsonSchema.description = "A calendar date, YYYY-MM-DD · 公历日期";
      }
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: SCENARIO_SCHEMA_ID,
    title: "mobile-member-rules scenario file · 情景文件",
    description:
      "Scenarios for `npx mobile-member-rules check`: each names a rule, its input, optional options, and the expected outcome (any part of it), citations or ambiguity.",
  };
}
