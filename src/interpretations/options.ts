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
  INTERPRETATION_IDS,
  alternativesOf,
  type AlternativeOf,
  type InterpretationAlternative,
  type InterpretationId,
} from "./registry.js";
import { freshSchemas, privateSchema } from "../input/private-schema.js";

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

/** The zod schema of a choice of one interpretation's readings. @internal */
export function choiceSchema<Id extends InterpretationId>(id: Id): z.ZodOptional<z.ZodType<AlternativeOf<Id>>> {
  const alternatives = alternativesOf(id) as readonly AlternativeOf<Id>[] as readonly [
    AlternativeOf<Id>,
    ...AlternativeOf<Id>[],
  ];
  return z.enum(alternatives).optional() as z.ZodOptional<z.ZodType<AlternativeOf<Id>>>;
}

// Read from the registry: every interpretation, with its readings, declared once there.
const CHOICE_SHAPE = Object.fromEntries(INTERPRETATION_IDS.map((id) => [id, choiceSchema(id)])) as {
  readonly [Id in InterpretationId]: z.ZodOptional<z.ZodType<AlternativeOf<Id>>>;
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
  // Built of its own copies of the library's parts: what one caller writes into the schema it
  // was given, or into the exported choices or text schema, does not reach the next one.
  const { interpretations, reason } = freshOptionsParts().shape;
  return z.strictObject({
    interpretations,
    override: z.strictObject({ outcome, reason }).optional(),
  });
}

const freshOptionsParts = freshSchemas(z.strictObject({ interpretations: choicesSchema.optional(), reason: NonBlankTextSchema }));

// The library's own copy of InterpretationChoicesSchema: a caller's writes into the exported one do not reach it.
const ownInterpretationChoicesSchema = privateSchema(InterpretationChoicesSchema);

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
    choices === undefined ? undefined : readInput("chosenAlternative", ownInterpretationChoicesSchema(), choices),
    id,
  );
}

// Each interpretation's default, by id: a map, because the registry looked up by an id that
// changes from call to call is a slow keyed load on every reading a rule applies.
const DEFAULT_READINGS: ReadonlyMap<InterpretationId, InterpretationAlternative> = new Map(
  (Object.keys(INTERPRETATIONS) as InterpretationId[]).map((id) => [id, INTERPRETATIONS[id].default]),
);

/** {@link chosenAlternative} on choices already validated: the rules' hot path. @internal */
export function alternativeInForce<Id extends InterpretationId>(
  choices: InterpretationChoices | undefined,
  id: Id,
): AlternativeOf<Id> {
  // Only the caller's own choices count, never one inherited from a prototype.
  const chosen = choices !== undefined && Object.hasOwn(choices, id) ? (choices[id] as AlternativeOf<Id> | undefined) : undefined;
  return chosen ?? (DEFAULT_READINGS.get(id) as AlternativeOf<Id>);
}
