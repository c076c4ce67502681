/**
 * A small rule built on the decision model, for testing the model itself apart from the
 * real rules: is an absence "6个月以上"? It uses runRule the way every rule does,
 * including a contested point (Q1 at exactly six months) and an override (Q5).
 */
import { z } from "zod";
import { runRule, type Decision, type Reasoning } from "../../src/decision/decision.js";
import { comparePeriod, meetsBound } from "../../src/calendar/periods.js";
import { validateInput } from "../../src/errors.js";
import { CalendarDateSchema } from "../../src/calendar/date.js";
import { overridableRuleOptionsSchema } from "../../src/interpretations/options.js";

type LongAbsence = "six-months-or-more" | "within-six-months";

const InputSchema = z.strictObject({ departure: CalendarDateSchema, expectedReturn: CalendarDateSchema });
const OptionsSchema = overridableRuleOptionsSchema(z.enum(["six-months-or-more", "within-six-months"]));

const summarize = (outcome: LongAbsence) =>
  outcome === "six-months-or-more"
    ? { zh: "外出6个月以上", en: "away 6 months or more" }
    : { zh: "外出6个月以内", en: "away within 6 months" };

function decide(facts: z.output<typeof InputSchema>, reasoning: Reasoning): LongAbsence {
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const comparison = comparePeriod(facts.departure, facts.expectedReturn, { months: 6 }, { measure, missingDay });
  reasoning.step({
    check: "absence-length",
    citation: "civil-code:202",
    facts: { departure: facts.departure, expectedReturn: facts.expectedReturn },
    result: comparison.relation,
    text: { zh: `六个月期间至 ${comparison.lastDay} 届满`, en: `six months run to ${comparison.lastDay}` },
  });
  let outcome: LongAbsence = meetsBound(comparison.relation, "不满") ? "within-six-months" : "six-months-or-more";
  if (comparison.relation === "exact") {
    const reading = reasoning.contest("Q1.six-month-boundary", { zh: "恰好6个月", en: "exactly 6 months" });
    outcome = reading === "exactly-six-months-is-at-least" ? "six-months-or-more" : "within-six-months";
  }
  reasoning.step({ check: "six-month-bound", citation: "2.1.1", facts: {}, result: outcome, text: summarize(outcome) });
  reasoning.cite("civil-code:1259");
  return outcome;
}

const DEFINITION = {
  rule: "demoLongAbsence",
  question: { zh: "外出时间是否在6个月以上？", en: "Is the absence 6 months or more?" },
  decide,
  summarize,
};

export function demoLongAbsence(input: unknown, options: unknown = {}): Decision<LongAbsence> {
  const facts = validateInput("demoLongAbsence", InputSchema, input);
  const { interpretations, override } = validateInput("demoLongAbsence", OptionsSchema, options);
  return runRule(DEFINITION, facts, interpretations, () => ({ override, clause: "2.1.1" }));
}
