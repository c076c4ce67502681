/**
 * The options object every rule accepts: interpretation choices, and for the rules whose
 * outcome the text words as "一般应当" (generally should), a documented override.
 *
 * @module
 */
import { z } from "zod";
import { readInput, requireSchema } from "../errors.js";
import { NonBlankTextSchema } from "../input/text.js";

export { NonBlankTextSchema };
import {
  INTERPRETATIONS,
  alternativesOf,
  type AlternativeOf,
  type InterpretationId,
} from "./registry.js";

/** The caller's choice of alternative for any interpretations; the rest keep their defaults. */
export type InterpretationChoices = {
  readonly [Id in InterpretationId]?: AlternativeOf<Id> | undefined;
};

/**
 * Options accepted by every rule. Passing nothing applies every default.
 *
 * @example
 * ```ts
 * const options: RuleOptions = {
 *   interpretations: { "Q1.six-month-boundary": "exactly-six-months-is-within" },
 * };
 * ```
 */
export interface RuleOptions {
  /** Alternatives chosen instead of the defaults, by interpretation id. */
  readonly interpretations?: InterpretationChoices | undefined;
}

/**
 * A documented exception to a "一般应当" outcome (interpretation Q5): the outcome the
 * caller's organization decided instead, and why. It replaces the rule's outcome, and
 * the decision's trace and `override` field record both the replaced outcome and the
 * reason. A blank reason is refused.
 */
export interface Override<Outcome> {
  /** The outcome to use instead of the rule's. */
  readonly outcome: Outcome;
  /** Why the organization departs from the general rule; required, not blank. */
  readonly reason: string;
}

/** Options of a rule whose outcome can be overridden. */
export interface OverridableRuleOptions<Outcome> extends RuleOptions {
  /** A documented exception to the rule's "一般应当" outcome. */
  readonly override?: Override<Outcome> | undefined;
}

function choiceSchema<Id extends InterpretationId>(id: Id): z.ZodOptional<z.ZodType<AlternativeOf<Id>>> {
  const alternatives = alternativesOf(id) as readonly AlternativeOf<Id>[] as readonly [
    AlternativeOf<Id>,
    ...AlternativeOf<Id>[],
  ];
  return z.enum(alternatives).optional() as z.ZodOptional<z.ZodType<AlternativeOf<Id>>>;
}

// Written out per id: the mapped type makes leaving an interpretation out a compile error.
const CHOICE_SHAPE: { readonly [Id in InterpretationId]: z.ZodOptional<z.ZodType<AlternativeOf<Id>>> } = {
  "Q1.six-month-boundary": choiceSchema("Q1.six-month-boundary"),
  "Q2.month-measure": choiceSchema("Q2.month-measure"),
  "Q3.place-or-time-uncertain": choiceSchema("Q3.place-or-time-uncertain"),
  "Q4.long-absence-place-not-fixed": choiceSchema("Q4.long-absence-place-not-fixed"),
  "Q5.generally-should-override": choiceSchema("Q5.generally-should-override"),
  "Q6.liaison-load": choiceSchema("Q6.liaison-load"),
  "Q7.report-due-dates": choiceSchema("Q7.report-due-dates"),
  "Q8.member-report-anchor": choiceSchema("Q8.member-report-anchor"),
  "Q9.grading-standard": choiceSchema("Q9.grading-standard"),
  "Q10.placement-six-months-from": choiceSchema("Q10.placement-six-months-from"),
  "Q11.caller-asserted-facts": choiceSchema("Q11.caller-asserted-facts"),
  "Q12.overlapping-management-conditions": choiceSchema("Q12.overlapping-management-conditions"),
  "Q13.long-out-of-contact": choiceSchema("Q13.long-out-of-contact"),
  "Q14.missing-corresponding-day": choiceSchema("Q14.missing-corresponding-day"),
  "Q15.association-case-employment": choiceSchema("Q15.association-case-employment"),
  "Q16.management-gap": choiceSchema("Q16.management-gap"),
  "Q17.dedicated-mobile-member-org": choiceSchema("Q17.dedicated-mobile-member-org"),
  "Q18.liaison-spread": choiceSchema("Q18.liaison-spread"),
  "Q19.excellent-cap-base": choiceSchema("Q19.excellent-cap-base"),
  "Q20.prompt-deadline": choiceSchema("Q20.prompt-deadline"),
  "Q21.member-report-sequence": choiceSchema("Q21.member-report-sequence"),
  "Q22.period-expiry-day": choiceSchema("Q22.period-expiry-day"),
  "Q23.place-not-fixed-is-uncertain": choiceSchema("Q23.place-not-fixed-is-uncertain"),
  "Q24.open-ended-absence": choiceSchema("Q24.open-ended-absence"),
  "Q25.out-of-contact-with-whom": choiceSchema("Q25.out-of-contact-with-whom"),
  "Q26.excused-month-in-run": choiceSchema("Q26.excused-month-in-run"),
  "Q27.excellent-ceiling-generally": choiceSchema("Q27.excellent-ceiling-generally"),
  "Q28.card-review-year": choiceSchema("Q28.card-review-year"),
  "Q29.violation-and-grade": choiceSchema("Q29.violation-and-grade"),
  "Q30.permitted-manager-not-taking": choiceSchema("Q30.permitted-manager-not-taking"),
  "Q31.community-org-choice": choiceSchema("Q31.community-org-choice"),
  "Q32.retiree-case-precedence": choiceSchema("Q32.retiree-case-precedence"),
  "Q33.correction-deadline": choiceSchema("Q33.correction-deadline"),
  "Q34.holiday-last-day": choiceSchema("Q34.holiday-last-day"),
  "Q35.away-officer-as-liaison": choiceSchema("Q35.away-officer-as-liaison"),
  "Q36.residence-changes-case-employment": choiceSchema("Q36.residence-changes-case-employment"),
  "Q37.commendation-basis": choiceSchema("Q37.commendation-basis"),
};

const choicesSchema = z.strictObject(CHOICE_SHAPE);
const ruleOptionsShape = { interpretations: choicesSchema.optional() };

/** The zod schema of {@link InterpretationChoices}: unknown ids and alternatives are refused. */
export const InterpretationChoicesSchema: z.ZodType<InterpretationChoices> = choicesSchema;

/** The zod schema of {@link RuleOptions}: unknown fields are refused. */
export const RuleOptionsSchema: z.ZodType<RuleOptions> = z.strictObject(ruleOptionsShape);

/**
 * The zod schema of the options of a rule with an overridable outcome.
 *
 * @param outcome - the schema of the rule's outcome
 */
export function overridableRuleOptionsSchema<Outcome>(
  outcome: z.ZodType<Outcome>,
): z.ZodType<OverridableRuleOptions<Outcome>> {
  requireSchema("overridableRuleOptionsSchema", outcome);
  return z.strictObject({
    ...ruleOptionsShape,
    override: z.strictObject({ outcome, reason: NonBlankTextSchema }).optional(),
  });
}

/**
 * The alternative in force for an interpretation: the caller's choice or the default.
 *
 * @example
 * ```ts
 * chosenAlternative(undefined, "Q2.month-measure"); //=> "calendar-months"
 * ```
 */
export function chosenAlternative<Id extends InterpretationId>(
  choices: InterpretationChoices | undefined,
  id: Id,
): AlternativeOf<Id> {
  alternativesOf(id);
  return alternativeInForce(
    choices === undefined ? undefined : readInput("chosenAlternative", InterpretationChoicesSchema, choices),
    id,
  );
}

/** {@link chosenAlternative} on choices already validated: the rules' hot path. @internal */
export function alternativeInForce<Id extends InterpretationId>(
  choices: InterpretationChoices | undefined,
  id: Id,
): AlternativeOf<Id> {
  // Only the caller's own choices count, never one inherited from a prototype.
  const chosen = choices !== undefined && Object.hasOwn(choices, id) ? (choices[id] as AlternativeOf<Id> | undefined) : undefined;
  return chosen ?? INTERPRETATIONS[id].default;
}
