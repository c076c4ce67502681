/**
 * A small rule built on the decision model, for testing the model itself before the
 * real rules exist: is an absence "6个月以上"? It uses the recorder the way every rule
 * does, including an ambiguity (Q1 at exactly six months) and an override (Q5).
 */
import { z } from "zod";
import { DecisionRecorder, type Decision } from "../../src/decision/decision.js";
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

export function demoLongAbsence(input: unknown, options: unknown = {}): Decision<LongAbsence> {
  const facts = validateInput("demoLongAbsence", InputSchema, input);
  const opts = validateInput("demoLongAbsence", OptionsSchema, options);
  const recorder = new DecisionRecorder<LongAbsence>(
    "demoLongAbsence",
    { zh: "外出时间是否在6个月以上？", en: "Is the absence 6 months or more?" },
    opts.interpretations,
  );
  const measure = recorder.interpret("Q2.month-measure");
  const missingDay = recorder.interpret("Q14.missing-corresponding-day");
  const comparison = comparePeriod(facts.departure, facts.expectedReturn, { months: 6 }, { measure, missingDay });
  recorder.step({
    check: "absence-length",
    citation: "civil-code:202",
    facts: { departure: facts.departure, expectedReturn: facts.expectedReturn },
    result: comparison.relation,
    text: { zh: `六个月期间至 ${comparison.lastDay} 届满`, en: `six months run to ${comparison.lastDay}` },
  });
  let outcome: LongAbsence = meetsBound(comparison.relation, "不满") ? "within-six-months" : "six-months-or-more";
  if (comparison.relation === "exact") {
    const reading = recorder.interpret("Q1.six-month-boundary");
    outcome = reading === "exactly-six-months-is-at-least" ? "six-months-or-more" : "within-six-months";
    const other = outcome === "six-months-or-more" ? "within-six-months" : "six-months-or-more";
    recorder.ambiguity(
      "Q1.six-month-boundary",
      { zh: "恰好6个月", en: "exactly 6 months" },
      [
        {
          alternative:
            reading === "exactly-six-months-is-at-least" ? "exactly-six-months-is-within" : "exactly-six-months-is-at-least",
          outcome: other,
          summary: summarize(other),
        },
      ],
    );
  }
  recorder.step({
    check: "six-month-bound",
    citation: "2.1.1",
    facts: {},
    result: outcome,
    text: summarize(outcome),
  });
  recorder.cite("civil-code:1259");
  return recorder.decide(outcome, summarize, { override: opts.override, clause: "2.1.1" });
}
