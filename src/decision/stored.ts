/**
 * Stored decisions: the check a records system runs on a decision it reads back.
 *
 * {@link decisionSchema} checks everything that can be checked from the decision alone:
 * its shape; that its rule is one of the library's and its outcomes (the decision's, each
 * other reading's, the replaced one) are outcomes of that rule; that its citations are
 * registered and each given once, and cover every step; that each interpretation is given
 * once, with a reading of its own and `isDefault` true to the registry; that every
 * ambiguity is on an applied interpretation, names other readings with other outcomes, and
 * agrees with `ambiguous`; that an override has a visible reason, is allowed for the rule,
 * and has its step. What it cannot check without the input — that the outcome is right for
 * the facts, that the facts quoted are the input's, that no ambiguity was left out — is
 * listed in the auditors' guide.
 *
 * @module
 */
import { z } from "zod";
import { CitationIdSchema } from "../clauses/citation.js";
import { addBilingualIssue, requireSchema } from "../errors.js";
import type { Bilingual } from "../locales/catalog.js";
import { hasVisibleText } from "../input/text.js";
import { freshSchemas } from "../input/private-schema.js";
import {
  INTERPRETATIONS,
  INTERPRETATION_IDS,
  type InterpretationAlternative,
  type InterpretationId,
} from "../interpretations/registry.js";
import { OWN_OUTCOME_SCHEMAS, RULES, isRuleName } from "../rules/registry.js";
import { CATALOGS, bilingual } from "../locales/index.js";
import { DECISION_SCHEMA_VERSION, sameJson, type Decision, type JsonValue, type TraceStep } from "./decision.js";

export { RULE_NAMES, RULE_OUTCOME_SCHEMAS } from "../rules/registry.js";
export type { RuleName } from "./rule.js";

/** The check of a trace step that records an override. */
const OVERRIDE_STEP = "documented-override";

const BilingualSchema = z.strictObject({ zh: z.string(), en: z.string() });
const InterpretationIdSchema = z.enum(INTERPRETATION_IDS as [InterpretationId, ...InterpretationId[]]);
const AlternativeSchema = z.string() as z.ZodType<InterpretationAlternative>;

function isAlternativeOf(id: InterpretationId, alternative: string): boolean {
  return Object.hasOwn(INTERPRETATIONS[id].alternatives, alternative);
}


type Issue = (path: readonly (string | number)[], message: Bilingual, code?: "inconsistent" | "invalid-value") => void;

/** A decision of either version, as far as the consistency check reads it. */
interface Checked {
  readonly schemaVersion: number;
  readonly rule: string;
  readonly outcome: JsonValue;
  readonly citations: Decision["citations"];
  readonly trace: readonly Pick<TraceStep, "check" | "citation" | "facts" | "result" | "within">[];
  readonly interpretations: Decision["interpretations"];
  readonly ambiguous: boolean;
  readonly ambiguities: readonly Pick<Decision["ambiguities"][number], "interpretation" | "applied" | "alternatives">[];
  readonly override: { readonly ruleOutcome: JsonValue; readonly reason: string } | null;
}

/** Every step of a trace, and of the sub-decisions inside it, with its path from the decision. */
function everyStep(
  trace: Checked["trace"],
  at: readonly (string | number)[] = ["trace"],
): { readonly step: Checked["trace"][number]; readonly path: readonly (string | number)[] }[] {
  return trace.flatMap((step, i) => [
    { step, path: [...at, i] },
    ...(step.within === undefined ? [] : everyStep(step.within.trace, [...at, i, "within", "trace"])),
  ]);
}

function checkConsistency(decision: Checked, issue: Issue): void {
  const { rule, citations, trace, interpretations, ambiguities, ambiguous, override } = decision;
  const outcomeSchema = isRuleName(rule) ? OWN_OUTCOME_SCHEMAS[rule]() : undefined;
  if (outcomeSchema === undefined) {
    issue(["rule"], bilingual("stored.not-a-rule"), "invalid-value");
  } else {
    const notAnOutcome = bilingual("stored.not-an-outcome");
    if (!outcomeSchema.safeParse(decision.outcome).success) issue(["outcome"], notAnOutcome, "invalid-value");
    ambiguities.forEach((a, i) =>
      a.alternatives.forEach((alt, j) => {
        if (!outcomeSchema.safeParse(alt.outcome).success) issue(["ambiguities", i, "alternatives", j, "outcome"], notAnOutcome, "invalid-value");
      }),
    );
    if (override !== null && !outcomeSchema.safeParse(override.ruleOutcome).success) {
      issue(["override", "ruleOutcome"], notAnOutcome, "invalid-value");
    }
  }

  citations.forEach((id, i) => {
    if (citations.indexOf(id) !== i) issue(["citations", i], bilingual("stored.citation-repeated"));
  });
  const messages = CATALOGS["zh-CN"].messages;
  for (const { step, path } of everyStep(trace)) {
    if (!citations.includes(step.citation)) {
      issue([...path, "citation"], bilingual("stored.step-not-cited"));
    }
    // A version-2 step is put in words by its id: an id this library does not know is not one of its steps.
    if (decision.schemaVersion === DECISION_SCHEMA_VERSION && !Object.hasOwn(messages, step.check)) {
      issue([...path, "check"], bilingual("stored.unknown-step"), "invalid-value");
    }
    if (step.within !== undefined && !isRuleName(step.within.rule)) {
      issue([...path, "within", "rule"], bilingual("stored.not-a-rule"), "invalid-value");
    }
  }

  const applied = new Map<InterpretationId, string>();
  interpretations.forEach((entry, i) => {
    if (applied.has(entry.id)) issue(["interpretations", i, "id"], bilingual("stored.interpretation-repeated"));
    applied.set(entry.id, entry.alternative);
    if (!isAlternativeOf(entry.id, entry.alternative)) {
      issue(["interpretations", i, "alternative"], bilingual("stored.not-a-reading"), "invalid-value");
    } else if (entry.isDefault !== (entry.alternative === INTERPRETATIONS[entry.id].default)) {
      issue(["interpretations", i, "isDefault"], bilingual("stored.default-disagrees"));
    }
  });

  const contested = new Set<InterpretationId>();
  ambiguities.forEach((ambiguity, i) => {
    const at = ["ambiguities", i] as const;
    if (contested.has(ambiguity.interpretation)) issue([...at, "interpretation"], bilingual("stored.contested-repeated"));
    contested.add(ambiguity.interpretation);
    if (applied.get(ambiguity.interpretation) !== ambiguity.applied) {
      issue([...at, "applied"], bilingual("stored.applied-disagrees"));
    }
    const seen = new Set<string>();
    ambiguity.alternatives.forEach((other, j) => {
      const where = [...at, "alternatives", j, "alternative"];
      if (!isAlternativeOf(ambiguity.interpretation, other.alternative)) {
        issue(where, bilingual("stored.not-a-reading"), "invalid-value");
      }
      if (other.alternative === ambiguity.applied || seen.has(other.alternative)) {
        issue(where, bilingual("stored.other-reading-repeated"));
      }
      seen.add(other.alternative);
      const ruleOutcome = override === null ? decision.outcome : override.ruleOutcome;
      if (sameJson(other.outcome, ruleOutcome)) {
        issue([...at, "alternatives", j, "outcome"], bilingual("stored.other-reading-same-outcome"));
      }
    });
  });
  if (ambiguous !== ambiguities.length > 0) {
    issue(["ambiguous"], bilingual("stored.ambiguous-disagrees"));
  }

  const overrideSteps = trace.flatMap((step, i) => (step.check === OVERRIDE_STEP ? [i] : []));
  if (override === null) {
    if (overrideSteps.length > 0) issue(["override"], bilingual("stored.override-step-without-override"));
    return;
  }
  if (!hasVisibleText(override.reason)) {
    issue(["override", "reason"], bilingual("stored.override-without-reason"), "invalid-value");
  }
  if (!isRuleName(rule) || RULES[rule].overridableUnder === null) issue(["override"], bilingual("stored.not-overridable"));
  if (applied.get("Q5.generally-should-override") === "no-override") {
    issue(["override"], bilingual("stored.override-under-no-override"));
  }
  const lastIndex = trace.length - 1;
  const last = trace[lastIndex];
  if (overrideSteps.length !== 1 || last === undefined || last.check !== OVERRIDE_STEP || !sameJson(last.result, decision.outcome)) {
    issue(["trace"], bilingual("stored.override-step-missing"));
  } else if (last.facts?.["options.override.reason"] !== override.reason) {
    issue(["trace", lastIndex, "facts"], bilingual("stored.override-step-reason-disagrees"));
  }
}

const TraceStepV1Schema = z.strictObject({
  check: z.string(),
  citation: CitationIdSchema,
  facts: z.record(z.string(), z.json()),
  result: z.json(),
  text: BilingualSchema,
});

interface StepShape {
  readonly check: string;
  readonly citation: TraceStep["citation"];
  readonly facts?: { readonly [path: string]: JsonValue } | undefined;
  readonly result: JsonValue;
  readonly params?: { readonly [name: string]: JsonValue } | undefined;
  readonly within?: { readonly rule: string; readonly at: string; readonly trace: readonly StepShape[] } | undefined;
}

const TraceStepSchema: z.ZodType<StepShape> = z.strictObject({
  check: z.string(),
  citation: CitationIdSchema,
  facts: z.record(z.string(), z.json()).optional(),
  result: z.json(),
  params: z.record(z.string(), z.json()).optional(),
  get within() {
    return z.strictObject({ rule: z.string(), at: z.string(), trace: z.array(TraceStepSchema) }).optional();
  },
}) as unknown as z.ZodType<StepShape>;

const AppliedSchema = z.strictObject({
  id: InterpretationIdSchema,
  alternative: AlternativeSchema,
  isDefault: z.boolean(),
});

/**
 * A decision as version 1 of the library stored it: with its words (`question`, `summary`,
 * each step's `text`, each reason in both languages) and without its input. Such decisions
 * still validate and explain; they cannot be replayed.
 */
export interface DecisionV1<Outcome extends JsonValue = JsonValue> {
  /** Version 1. */
  readonly schemaVersion: 1;
  /** The function that decided. */
  readonly rule: string;
  /** The question the rule answers, as stored. */
  readonly question: Bilingual;
  /** The outcome. */
  readonly outcome: Outcome;
  /** The outcome in words, as stored. */
  readonly summary: Bilingual;
  /** The clauses and superior rules the decision rests on. */
  readonly citations: readonly TraceStep["citation"][];
  /** The reasoning, each step with its words as stored. */
  readonly trace: readonly {
    readonly check: string;
    readonly citation: TraceStep["citation"];
    readonly facts: { readonly [path: string]: JsonValue };
    readonly result: JsonValue;
    readonly text: Bilingual;
  }[];
  /** The interpretations applied. */
  readonly interpretations: Decision["interpretations"];
  /** Whether the facts fell on a contested point that changes the outcome. */
  readonly ambiguous: boolean;
  /** Each contested point, with its reason and the other outcomes as stored. */
  readonly ambiguities: readonly {
    readonly interpretation: Decision["ambiguities"][number]["interpretation"];
    readonly applied: Decision["ambiguities"][number]["applied"];
    readonly reason: Bilingual;
    readonly alternatives: readonly [
      { readonly alternative: Decision["ambiguities"][number]["applied"]; readonly outcome: Outcome; readonly summary: Bilingual },
      ...{ readonly alternative: Decision["ambiguities"][number]["applied"]; readonly outcome: Outcome; readonly summary: Bilingual }[],
    ];
  }[];
  /** The documented exception applied, or `null`. */
  readonly override: { readonly ruleOutcome: Outcome; readonly ruleSummary: Bilingual; readonly reason: string } | null;
}

/** A decision read back from storage: made by this version of the library's shape (2) or by version 1. */
export type StoredDecision<Outcome extends JsonValue = JsonValue> = Decision<Outcome> | DecisionV1<Outcome>;

function v1Schema(outcome: z.ZodType, parts: Parts): z.ZodType {
  const { AlternativeSchema, BilingualSchema, CitationIdSchema, TraceStepV1Schema, AppliedSchema, InterpretationIdSchema } = parts;
  const alternativeOutcome = z.strictObject({ alternative: AlternativeSchema, outcome, summary: BilingualSchema });
  return z.strictObject({
    schemaVersion: z.literal(1),
    rule: z.string(),
    question: BilingualSchema,
    outcome,
    summary: BilingualSchema,
    citations: z.array(CitationIdSchema).min(1),
    trace: z.array(TraceStepV1Schema),
    interpretations: z.array(AppliedSchema),
    ambiguous: z.boolean(),
    ambiguities: z.array(
      z.strictObject({
        interpretation: InterpretationIdSchema,
        applied: AlternativeSchema,
        reason: BilingualSchema,
        alternatives: z.tuple([alternativeOutcome], alternativeOutcome),
      }),
    ),
    override: z.strictObject({ ruleOutcome: outcome, ruleSummary: BilingualSchema, reason: z.string() }).nullable(),
  });
}

const ParamsSchema = z.record(z.string(), z.json());

function v2Schema(outcome: z.ZodType, parts: Parts): z.ZodType {
  const { AlternativeSchema, CitationIdSchema, TraceStepSchema, AppliedSchema, InterpretationIdSchema, ParamsSchema } = parts;
  const alternativeOutcome = z.strictObject({ alternative: AlternativeSchema, outcome });
  return z.strictObject({
    schemaVersion: z.literal(DECISION_SCHEMA_VERSION),
    rule: z.string(),
    library: z.string(),
    fingerprints: z.strictObject({ opinion: z.string(), interpretations: z.string() }),
    input: z.json(),
    options: z.json(),
    outcome,
    citations: z.array(CitationIdSchema).min(1),
    trace: z.array(TraceStepSchema),
    interpretations: z.array(AppliedSchema),
    ambiguous: z.boolean(),
    ambiguities: z.array(
      z.strictObject({
        interpretation: InterpretationIdSchema,
        applied: AlternativeSchema,
        reason: z.strictObject({ check: z.string(), params: ParamsSchema.optional() }),
        alternatives: z.tuple([alternativeOutcome], alternativeOutcome),
      }),
    ),
    override: z.strictObject({ ruleOutcome: outcome, reason: z.string() }).nullable(),
  });
}

// The parts every stored decision's schema is built of, copied as the library loads: each
// call of decisionSchema builds its own from the copy, so that what one caller writes into
// the schema it was given (or into an exported part, such as a citation's schema) reaches
// neither the library nor the next caller's schema.
const PARTS = z.strictObject({
  AlternativeSchema,
  AppliedSchema,
  BilingualSchema,
  CitationIdSchema,
  InterpretationIdSchema,
  ParamsSchema,
  TraceStepSchema,
  TraceStepV1Schema,
});
type Parts = (typeof PARTS)["shape"];
const freshParts = freshSchemas(PARTS);

/**
 * The zod schema of a stored decision: validates what a records system read back from
 * storage before it relies on it. It accepts decisions of this version (2) and of version
 * 1. Beyond the shape, it checks what can be checked from the decision alone (see the
 * module's description); `outcome` narrows the outcome further. What only deciding again
 * can show is {@link replay}'s.
 *
 * @param outcome - the schema of the rule's outcome (`z.json()` to accept any rule's; each rule's outcome schema is checked in any case)
 *
 * @example
 * ```ts
 * const stored = JSON.parse(text);
 * decisionSchema(z.json()).parse(stored); // throws if the record is not a decision, or has been edited inconsistently
 * decisionSchema(DocumentForAbsenceOutcomeSchema).parse(stored); // and it must be a documentForAbsence decision
 * ```
 */
export function decisionSchema<Outcome extends JsonValue>(outcome: z.ZodType<Outcome>): z.ZodType<StoredDecision<Outcome>> {
  requireSchema("decisionSchema", outcome);
  const parts = freshParts().shape;
  return z
    .discriminatedUnion("schemaVersion", [v2Schema(outcome, parts) as z.ZodObject, v1Schema(outcome, parts) as z.ZodObject])
    .check((ctx) => {
      checkConsistency(ctx.value as unknown as Checked, (path, message, code = "inconsistent") =>
        addBilingualIssue(ctx, { code, path, message }),
      );
    }) as unknown as z.ZodType<StoredDecision<Outcome>>;
}

let anyStoredDecision: z.ZodType<StoredDecision> | undefined;

/**
 * The library's own schema of any stored decision, `decisionSchema(z.json())`, which
 * `explain` and `replay` read their decisions with: built on its first use, not as the
 * library loads (it is among the largest of the library's schemas), and never handed out, so
 * no caller can write into it. Built from the parts copied at load, like every schema
 * `decisionSchema` builds. @internal
 */
export function storedDecisionSchema(): z.ZodType<StoredDecision> {
  anyStoredDecision ??= decisionSchema(z.json());
  return anyStoredDecision;
}

declare module "../locales/catalog.js" {
  interface Messages {
    /** A stored decision that fails its check: not a rule of the library (see RULE_NAMES). */
    "stored.not-a-rule": Record<never, never>;
    /** A stored decision that fails its check: not a valid outcome of the decision's rule. */
    "stored.not-an-outcome": Record<never, never>;
    /** A stored decision that fails its check: a citation given twice. */
    "stored.citation-repeated": Record<never, never>;
    /** A stored decision that fails its check: the step's clause is missing from the citations. */
    "stored.step-not-cited": Record<never, never>;
    /** A stored decision that fails its check: not a step this library records. */
    "stored.unknown-step": Record<never, never>;
    /** A stored decision that fails its check: an interpretation listed twice. */
    "stored.interpretation-repeated": Record<never, never>;
    /** A stored decision that fails its check: not a reading of this interpretation. */
    "stored.not-a-reading": Record<never, never>;
    /** A stored decision that fails its check: disagrees with the registered default reading. */
    "stored.default-disagrees": Record<never, never>;
    /** A stored decision that fails its check: a contested point listed twice. */
    "stored.contested-repeated": Record<never, never>;
    /** A stored decision that fails its check: disagrees with the interpretation applied. */
    "stored.applied-disagrees": Record<never, never>;
    /** A stored decision that fails its check: the other reading is repeated or is the one applied. */
    "stored.other-reading-repeated": Record<never, never>;
    /** A stored decision that fails its check: the other reading gives the same outcome: no ambiguity. */
    "stored.other-reading-same-outcome": Record<never, never>;
    /** A stored decision that fails its check: disagrees with the ambiguities listed. */
    "stored.ambiguous-disagrees": Record<never, never>;
    /** A stored decision that fails its check: an override step is recorded but no override. */
    "stored.override-step-without-override": Record<never, never>;
    /** A stored decision that fails its check: an override needs a visible reason. */
    "stored.override-without-reason": Record<never, never>;
    /** A stored decision that fails its check: this rule's outcome cannot be overridden. */
    "stored.not-overridable": Record<never, never>;
    /** A stored decision that fails its check: interpretation Q5 allows no override, yet one is recorded. */
    "stored.override-under-no-override": Record<never, never>;
    /** A stored decision that fails its check: the last step must record the override. */
    "stored.override-step-missing": Record<never, never>;
    /** A stored decision that fails its check: the override step's reason disagrees with the override. */
    "stored.override-step-reason-disagrees": Record<never, never>;
  }
}
