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
import { addBilingualIssue, requireSchema, type Bilingual } from "../errors.js";
import { hasVisibleText } from "../input/text.js";
import {
  INTERPRETATIONS,
  INTERPRETATION_IDS,
  type InterpretationAlternative,
  type InterpretationId,
} from "../interpretations/registry.js";
import { DocumentForAbsenceOutcomeSchema } from "../rules/document-for-absence.js";
import { CohortOutcomeSchema } from "../rules/evaluation-cohort.js";
import { EvaluationOutcomeSchema } from "../rules/evaluation-grade.js";
import { LiaisonAssignmentOutcomeSchema } from "../rules/liaison-assignment.js";
import { ManagementModeOutcomeSchema } from "../rules/management-mode.js";
import { ReportingScheduleOutcomeSchema } from "../rules/reporting-schedule.js";
import { ReceivingOrgOutcomeSchema } from "../rules/resolve-receiving-org.js";
import { DECISION_SCHEMA_VERSION, type Decision, type JsonValue } from "./decision.js";

/**
 * Each rule's outcome schema, by the rule's name: what a stored decision's outcome must
 * match. The table is frozen; the schemas are zod's own objects.
 */
export const RULE_OUTCOME_SCHEMAS = Object.freeze({
  /** The outcome of `documentForAbsence`. */
  documentForAbsence: DocumentForAbsenceOutcomeSchema,
  /** The outcome of `managementMode`. */
  managementMode: ManagementModeOutcomeSchema,
  /** The outcome of `resolveReceivingOrg`. */
  resolveReceivingOrg: ReceivingOrgOutcomeSchema,
  /** The outcome of `liaisonAssignment`. */
  liaisonAssignment: LiaisonAssignmentOutcomeSchema,
  /** The outcome of `evaluationGrade`. */
  evaluationGrade: EvaluationOutcomeSchema,
  /** The outcome of `evaluationCohort`. */
  evaluationCohort: CohortOutcomeSchema,
  /** The outcome of `reportingSchedule`. */
  reportingSchedule: ReportingScheduleOutcomeSchema,
} as const);

/** The name of a rule that makes decisions. */
export type RuleName = keyof typeof RULE_OUTCOME_SCHEMAS;

/** Every {@link RuleName}. */
export const RULE_NAMES = Object.freeze(Object.keys(RULE_OUTCOME_SCHEMAS)) as readonly RuleName[];

// The rules whose outcome the text words "一般应当", so that a documented override may
// replace it (Q5).
const OVERRIDABLE: ReadonlySet<string> = new Set<RuleName>(["documentForAbsence", "resolveReceivingOrg"]);

/** The check of a trace step that records an override. */
const OVERRIDE_STEP = "documented-override";

const BilingualSchema = z.strictObject({ zh: z.string(), en: z.string() });
const InterpretationIdSchema = z.enum(INTERPRETATION_IDS as [InterpretationId, ...InterpretationId[]]);
const AlternativeSchema = z.string() as z.ZodType<InterpretationAlternative>;

function isAlternativeOf(id: InterpretationId, alternative: string): boolean {
  return Object.hasOwn(INTERPRETATIONS[id].alternatives, alternative);
}

/** Equal as JSON values, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Issue = (path: readonly (string | number)[], message: Bilingual, code?: "inconsistent" | "invalid-value") => void;

function checkConsistency(decision: Decision<JsonValue>, issue: Issue): void {
  const { rule, citations, trace, interpretations, ambiguities, ambiguous, override } = decision;
  const outcomeSchema = Object.hasOwn(RULE_OUTCOME_SCHEMAS, rule) ? RULE_OUTCOME_SCHEMAS[rule as RuleName] : undefined;
  if (outcomeSchema === undefined) {
    issue(["rule"], { zh: "不是已有的规则", en: "not a rule of the library (see RULE_NAMES)" }, "invalid-value");
  } else {
    const notAnOutcome = { zh: "不是该规则的有效结论", en: "not a valid outcome of the decision's rule" };
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
    if (citations.indexOf(id) !== i) issue(["citations", i], { zh: "引用重复", en: "a citation given twice" });
  });
  trace.forEach((step, i) => {
    if (!citations.includes(step.citation)) {
      issue(["trace", i, "citation"], { zh: "该步骤的依据不在引用之列", en: "the step's clause is missing from the citations" });
    }
  });

  const applied = new Map<InterpretationId, string>();
  interpretations.forEach((entry, i) => {
    if (applied.has(entry.id)) issue(["interpretations", i, "id"], { zh: "同一解释列出两次", en: "an interpretation listed twice" });
    applied.set(entry.id, entry.alternative);
    if (!isAlternativeOf(entry.id, entry.alternative)) {
      issue(["interpretations", i, "alternative"], { zh: "不是该解释的读法", en: "not a reading of this interpretation" }, "invalid-value");
    } else if (entry.isDefault !== (entry.alternative === INTERPRETATIONS[entry.id].default)) {
      issue(["interpretations", i, "isDefault"], { zh: "与登记的默认读法不符", en: "disagrees with the registered default reading" });
    }
  });

  const contested = new Set<InterpretationId>();
  ambiguities.forEach((ambiguity, i) => {
    const at = ["ambiguities", i] as const;
    if (contested.has(ambiguity.interpretation)) issue([...at, "interpretation"], { zh: "同一争议点列出两次", en: "a contested point listed twice" });
    contested.add(ambiguity.interpretation);
    if (applied.get(ambiguity.interpretation) !== ambiguity.applied) {
      issue([...at, "applied"], { zh: "与所适用的解释不符", en: "disagrees with the interpretation applied" });
    }
    const seen = new Set<string>();
    ambiguity.alternatives.forEach((other, j) => {
      const where = [...at, "alternatives", j, "alternative"];
      if (!isAlternativeOf(ambiguity.interpretation, other.alternative)) {
        issue(where, { zh: "不是该解释的读法", en: "not a reading of this interpretation" }, "invalid-value");
      }
      if (other.alternative === ambiguity.applied || seen.has(other.alternative)) {
        issue(where, { zh: "另一读法重复或就是所适用的读法", en: "the other reading is repeated or is the one applied" });
      }
      seen.add(other.alternative);
      const ruleOutcome = override === null ? decision.outcome : override.ruleOutcome;
      if (sameJson(other.outcome, ruleOutcome)) {
        issue([...at, "alternatives", j, "outcome"], { zh: "另一读法的结论与本结论相同，不构成歧义", en: "the other reading gives the same outcome: no ambiguity" });
      }
    });
  });
  if (ambiguous !== ambiguities.length > 0) {
    issue(["ambiguous"], { zh: "与所列歧义不一致", en: "disagrees with the ambiguities listed" });
  }

  const overrideSteps = trace.flatMap((step, i) => (step.check === OVERRIDE_STEP ? [i] : []));
  if (override === null) {
    if (overrideSteps.length > 0) issue(["override"], { zh: "记录了例外处理的步骤，却没有例外", en: "an override step is recorded but no override" });
    return;
  }
  if (!hasVisibleText(override.reason)) {
    issue(["override", "reason"], { zh: "例外处理须写明理由", en: "an override needs a visible reason" }, "invalid-value");
  }
  if (!OVERRIDABLE.has(rule)) issue(["override"], { zh: "该规则的结论不允许例外处理", en: "this rule's outcome cannot be overridden" });
  if (applied.get("Q5.generally-should-override") === "no-override") {
    issue(["override"], { zh: "已按解释五选定不作例外处理，却记有例外处理", en: "interpretation Q5 allows no override, yet one is recorded" });
  }
  const lastIndex = trace.length - 1;
  const last = trace[lastIndex];
  if (overrideSteps.length !== 1 || last === undefined || last.check !== OVERRIDE_STEP || !sameJson(last.result, decision.outcome)) {
    issue(["trace"], { zh: "缺少记录例外处理的最后一步", en: "the last step must record the override" });
  } else if (last.facts["options.override.reason"] !== override.reason) {
    issue(["trace", lastIndex, "facts"], { zh: "例外处理步骤的理由与例外不符", en: "the override step's reason disagrees with the override" });
  }
}

/**
 * The zod schema of a stored decision: validates what a records system read back from
 * storage before it relies on it. Beyond the shape, it checks what can be checked from the
 * decision alone (see the module's description); `outcome` narrows the outcome further.
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
export function decisionSchema<Outcome extends JsonValue>(outcome: z.ZodType<Outcome>): z.ZodType<Decision<Outcome>> {
  requireSchema("decisionSchema", outcome);
  const alternativeOutcome = z.strictObject({
    alternative: AlternativeSchema,
    outcome,
    summary: BilingualSchema,
  });
  return z
    .strictObject({
      schemaVersion: z.literal(DECISION_SCHEMA_VERSION),
      rule: z.string(),
      question: BilingualSchema,
      outcome,
      summary: BilingualSchema,
      citations: z.array(CitationIdSchema).min(1),
      trace: z.array(
        z.strictObject({
          check: z.string(),
          citation: CitationIdSchema,
          facts: z.record(z.string(), z.json()),
          result: z.json(),
          text: BilingualSchema,
        }),
      ),
      interpretations: z.array(
        z.strictObject({
          id: InterpretationIdSchema,
          alternative: AlternativeSchema,
          isDefault: z.boolean(),
        }),
      ),
      ambiguous: z.boolean(),
      ambiguities: z.array(
        z.strictObject({
          interpretation: InterpretationIdSchema,
          applied: AlternativeSchema,
          reason: BilingualSchema,
          alternatives: z.tuple([alternativeOutcome], alternativeOutcome),
        }),
      ),
      override: z
        .strictObject({ ruleOutcome: outcome, ruleSummary: BilingualSchema, reason: z.string() })
        .nullable(),
    })
    .check((ctx) => {
      checkConsistency(ctx.value as Decision<JsonValue>, (path, message, code = "inconsistent") =>
        addBilingualIssue(ctx, { code, path, message }),
      );
    }) as unknown as z.ZodType<Decision<Outcome>>;
}
