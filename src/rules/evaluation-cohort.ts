/**
 * # 二（二）5 — a branch's appraisal, with the national one-third ceiling on 优秀
 *
 * **[2.2.5]** ……要严格执行评议和处置标准,按规定评定等次,作出相应处理。
 *
 * > Apply the appraisal and handling standards strictly, assign grades according to the
 * > rules and handle members accordingly.
 *
 * National practice of democratic appraisal (民主评议党员): 优秀 is normally at most one
 * third of the members appraised. Which third is the branch's to say; the library ranks
 * the members graded excellent by the votes the caller records, then by the fewest gaps,
 * and moves the rest down to 合格, saying who and why. Members the votes and the gaps
 * cannot tell apart across the ceiling are reported as tied, for the branch to decide; the
 * id places them only provisionally. A member moved down keeps the handling of 二（一）2's
 * grounds; only the grade's part changes.
 *
 * "一般不超过" is a strict ceiling by default; under Q27's alternative the excess is stated
 * and no grade is moved. A member moved down with an outstanding contribution is commended
 * all the same under Q37's alternative.
 *
 * Each member is graded under the cohort's own readings, so a reading contested for one
 * member is contested for the cohort (its reason naming the member), and the cohort is
 * marked ambiguous when another reading changes its outcome. Each member's reasoning is
 * kept in the cohort's decision, as a step made by the appraisal's logic (`within`), its
 * facts named from `members[i].record`: an explanation can say why a member got their
 * grade, and the cohort's citations include the clauses those steps rest on.
 *
 * @module
 */
import { z } from "zod";
import type { ContestReason, MessageParams, ParamsOf, Recorder } from "../decision/decision.js";
import { defineRule, type ChoicesFor } from "../decision/rule.js";
import { deepFreeze } from "../frozen.js";
import { MemberIdSchema, checkUniqueIds, compareText } from "../input/text.js";
import type { AlternativeOf } from "../interpretations/registry.js";
import { bilingual, type Bilingual, type MessageId, type FieldWordIds } from "../locales/index.js";
import {
  APPRAISAL_GRADES,
  AppraisalRecordSchema,
  EVALUATION_STATUSES,
  GRADE_READS,
  GradingStandardSchema,
  HANDLINGS,
  checkStandard,
  combineHandling,
  decideAppraisal,
  groundsHandlingOf,
  handlingOf,
  type AppraisalFindings,
  type AppraisalGrade,
  type AppraisalRecord,
  type EvaluationOutcome,
  type EvaluationStatus,
  type GradeReads,
  type GradingStandard,
  type Handling,
} from "./evaluation-grade.js";

/** One member of the cohort. */
export interface CohortMember {
  /** A stable id of the member. */
  readonly id: string;
  /** The member's record over the period. */
  readonly record: AppraisalRecord;
  /** The votes for 优秀 in the democratic appraisal, if counted: more votes rank first. */
  readonly votes?: number | undefined;
}

/** One member's result in the cohort. */
export type CohortResult = {
  /** The member's id. */
  readonly id: string;
  /** As in {@link EvaluationOutcome}. */
  readonly status: EvaluationStatus;
  /** The grade after the ceiling is applied. */
  readonly grade: AppraisalGrade | null;
  /** The handling after the ceiling is applied: 二（一）2's grounds keep theirs. */
  readonly handling: readonly Handling[];
  /** Whether the member was moved down from 优秀 by the ceiling. */
  readonly movedDown: boolean;
};

/** A member moved down from 优秀 by the ceiling. */
export type MovedDown = {
  /** The member's id. */
  readonly id: string;
  /** Why, in Chinese and English (from the catalogs). */
  readonly reason: Bilingual;
};

/** A cohort to appraise. */
export interface Cohort {
  /** The members, each with a unique id. */
  readonly members: readonly CohortMember[];
}

/** The outcome of {@link evaluationCohort}. */
export type CohortOutcome = {
  /** Every member's result, in id order. */
  readonly results: readonly CohortResult[];
  /** How many may be 优秀: a third of the base (Q19), rounded down. */
  readonly excellentCeiling: number;
  /** The members moved down, with the reason. */
  readonly movedDown: readonly MovedDown[];
  /**
   * The members graded 优秀 whom the votes and the gaps cannot tell apart across the
   * ceiling, in id order: which of them stay 优秀 is for the branch to decide (the results
   * place them by id only provisionally). Empty when there is no such tie.
   */
  readonly tiedAtCeiling: readonly string[];
};

/** The zod schema of {@link CohortOutcome}, for checking a stored decision. */
export const CohortOutcomeSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      id: MemberIdSchema,
      status: z.enum(EVALUATION_STATUSES),
      grade: z.enum(APPRAISAL_GRADES).nullable(),
      handling: z.array(z.enum(HANDLINGS)),
      movedDown: z.boolean(),
    }),
  ),
  excellentCeiling: z.number().int().min(0),
  movedDown: z.array(z.strictObject({ id: MemberIdSchema, reason: z.strictObject({ zh: z.string(), en: z.string() }) })),
  tiedAtCeiling: z.array(MemberIdSchema),
});

/**
 * The zod schema of a cohort: members with unique ids. A zod object: a records system may
 * `.safeExtend()` it with fields of its own.
 */
export const CohortSchema = z
  .strictObject({
    members: z.array(
      z.strictObject({ id: MemberIdSchema, record: AppraisalRecordSchema, votes: z.number().int().min(0).optional() }),
    ).readonly(),
  })
  .check((ctx) => {
    checkUniqueIds(
      ctx,
      ctx.value.members.map((m) => m.id),
      (i) => ["members", i, "id"],
      (i) => `members[${i}].id`,
    );
  });

/** The interpretations the cohort reads: the appraisal's, and the ceiling's (Q19, Q27). @internal */
export const COHORT_READS = [...GRADE_READS, "Q19.excellent-cap-base", "Q27.excellent-ceiling-generally"] as const;

type Reads = (typeof COHORT_READS)[number];

/** Options of {@link evaluationCohort}: as for {@link evaluationGrade}, plus Q19 and Q27. */
export interface CohortOptions {
  /** Alternatives chosen instead of the defaults, by interpretation id: only the interpretations the rule reads. */
  readonly interpretations?: ChoicesFor<Reads> | undefined;
  /** The caller's grading standard, for every member; requires Q9 "caller-standard". */
  readonly standard?: GradingStandard | undefined;
}

interface Graded {
  readonly member: CohortMember;
  readonly outcome: EvaluationOutcome;
}

function gaps(findings: AppraisalFindings): number {
  return findings.missedOrganizationalLife + findings.missedDues + findings.missedAssignedWork + findings.reportGaps;
}


/**
 * The recorder a member is appraised with: the member's recorder, whose contested points
 * (the cohort's, as every reading of the member's is) say which member they are about.
 */
function namingMember(member: string, recorder: Recorder<GradeReads>): Recorder<GradeReads> {
  const contest = <Id extends GradeReads, Reason extends MessageId>(
    id: Id,
    reason: Reason,
    ...[params]: ParamsOf<Reason>
  ): AlternativeOf<Id> => {
    const memberReason: ContestReason = { check: reason, params: (params as MessageParams | undefined) ?? {} };
    return recorder.contest(id, "reason.cohort-member", { member, reason: memberReason });
  };
  // Everything else is the member's recorder's own: its steps, citations and readings.
  return Object.create(recorder, { contest: { value: contest } }) as Recorder<GradeReads>;
}

/** The cohort's logic on validated members. @internal */
export function decideCohort(
  cohort: { readonly members: readonly CohortMember[] },
  recorder: Recorder<Reads>,
  options: { readonly standard?: GradingStandard | undefined },
): CohortOutcome {
  const { standard } = options;
  // 〔2.2.5〕“对其进行评议”: each member by the appraisal's logic, in id order, under this
  // decision's readings: a reading contested for one member is contested for the cohort,
  // and deciding it otherwise regrades them. Each member's reasoning is kept as a step.
  const graded: Graded[] = cohort.members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => compareText(a.member.id, b.member.id))
    .map(({ member, index }) => ({
      member,
      outcome: recorder.within(
        {
          name: "evaluationGrade",
          decide: (record: AppraisalRecord, r: Recorder<GradeReads>) => decideAppraisal(record, namingMember(member.id, r), { standard }),
        },
        `members[${index}].record`,
        "2.2.5",
        member.record,
      ),
    }));
  // National practice: 优秀 is normally at most one third of the members appraised; of whom, Q19.
  const base =
    recorder.interpret("Q19.excellent-cap-base") === "graded-members"
      ? graded.filter((g) => g.outcome.status === "graded").length
      : graded.length;
  const ceiling = Math.floor(base / 3);
  const rank = (g: Graded) => [g.member.votes ?? 0, gaps(g.outcome.findings)] as const;
  const excellent = graded
    .filter((g) => g.outcome.grade === "excellent")
    .sort((a, b) => rank(b)[0] - rank(a)[0] || rank(a)[1] - rank(b)[1] || compareText(a.member.id, b.member.id));
  const over = Math.max(0, excellent.length - ceiling);
  // "一般不超过": a ceiling that moves the rest down, or a guideline that reports them (Q27).
  // Only when some are over it can the reading change the outcome.
  const strict =
    (over > 0
      ? recorder.contest("Q27.excellent-ceiling-generally", "reason.cohort-over-ceiling", { excellent: excellent.length, ceiling })
      : recorder.interpret("Q27.excellent-ceiling-generally")) === "strict-ceiling";
  const moved = new Set(strict ? excellent.slice(ceiling).map((g) => g.member.id) : []);
  // Members the votes and the gaps cannot tell apart, some kept and some moved: the id
  // only places them provisionally.
  const lastKept = excellent[ceiling - 1];
  const firstMoved = strict ? excellent[ceiling] : undefined;
  const same = (a: Graded, b: Graded) => rank(a)[0] === rank(b)[0] && rank(a)[1] === rank(b)[1];
  const tied =
    lastKept !== undefined && firstMoved !== undefined && same(lastKept, firstMoved)
      ? excellent
          .filter((g) => same(g, firstMoved))
          .map((g) => g.member.id)
          .sort(compareText)
      : [];
  if (recorder.traced) {
    recorder.step(
      "excellent-ceiling",
      "appraisal-practice",
      { appraised: graded.length, base },
      { ceiling, excellent: excellent.length, movedDown: moved.size, tiedAtCeiling: tied },
      { strict },
    );
  }
  // 〔3.2.2〕“对于表现突出的,要给予表彰”: a member moved down with an outstanding
  // contribution is commended all the same under Q37's alternative ("不受优秀名额限制").
  const commendMoved =
    [...moved].some((id) => graded.some((g) => g.member.id === id && g.member.record.outstandingContribution)) &&
    recorder.contest("Q37.commendation-basis", "reason.cohort-commendation") === "outstanding-performance";
  recorder.cite("2.2.5");
  const results = graded.map(({ member, outcome }): CohortResult => {
    const down = moved.has(member.id);
    return {
      id: member.id,
      status: outcome.status,
      grade: down ? "qualified" : outcome.grade,
      // Only the grade's part changes: 二（一）2's grounds keep their handling.
      handling: down
        ? combineHandling(groundsHandlingOf(member.record, outcome.findings), handlingOf("qualified", member.record, commendMoved))
        : outcome.handling,
      movedDown: down,
    };
  });
  const reason = moved.size > 0 ? bilingual("cohort.moved-down", { base, ceiling, tied }) : null;
  return {
    results,
    excellentCeiling: ceiling,
    // Each entry its own reason: what a caller writes into one changes no other.
    movedDown: reason === null ? [] : [...moved].sort(compareText).map((id) => ({ id, reason: { ...reason } })),
    tiedAtCeiling: tied,
  };
}

/**
 * Appraises a whole branch: each member by {@link evaluationGrade}, then the national
 * practice that 优秀 is normally at most one third of those appraised; the members over
 * the ceiling are moved down to 合格, ranked by the votes recorded, then by the fewest
 * gaps, and listed with the reason; members still tied across the ceiling are listed for
 * the branch to decide. Each member's reasoning is a step of the cohort's decision, its
 * facts named from `members[i].record`.
 *
 * The function carries its declaration: `evaluationCohort.input` (the schema of
 * {@link Cohort}), `.options`, `.outcome`, `.reads`, `.clauses`, and `.decideOutcome`,
 * which gives the outcome alone, without a trace.
 *
 * @clause 2.2.5
 *
 * @param cohort - the members, each with an id, a record and optionally their votes
 * @param options - as for {@link evaluationGrade}, plus Q19 (the base of the one-third ceiling) and Q27 (whether it is strict)
 * @returns the decision: each member's final result, the ceiling, who was moved down and who is tied at the ceiling
 * @throws {@link RuleInputError} for an invalid record (its path names the member), a repeated id, or a standard without Q9 "caller-standard" (or that reading without a standard)
 *
 * @example
 * ```ts
 * const result = evaluationCohort({ members: records.map((record, i) => ({ id: `m${i}`, record })) });
 * result.outcome.movedDown; //=> [{ id: "m7", reason: { zh: "优秀一般不超过参评党员的三分之一……", en: "…" } }, …]
 * ```
 *
 * @function
 */
export const evaluationCohort = defineRule({
  name: "evaluationCohort",
  clauses: ["2.2.5"],
  input: CohortSchema,
  outcome: CohortOutcomeSchema,
  reads: COHORT_READS,
  options: { standard: GradingStandardSchema.optional() },
  check: (_cohort, options) => checkStandard("evaluationCohort", options.extra.standard, options.interpretations),
  decide: decideCohort,
});

deepFreeze(COHORT_READS);

declare module "../locales/catalog.js" {
  interface RuleOutcomes {
    evaluationCohort: CohortOutcome;
  }
  interface Messages {
    "excellent-ceiling": { readonly strict: boolean };
    "cohort.moved-down": { readonly base: number; readonly ceiling: number; readonly tied: readonly string[] };
    "reason.cohort-member": { readonly member: string; readonly reason: ContestReason };
    "reason.cohort-over-ceiling": { readonly excellent: number; readonly ceiling: number };
    "reason.cohort-commendation": Record<never, never>;
  }
  // The words of the input's fields, for forms and the JSON Schema of scenario files (FieldWordIds).
  interface ToolMessages
    extends FieldWordIds<
      "evaluationCohort",
      {
        members: never;
        "members.id": never;
        "members.record": never;
        "members.votes": never;
      }
    > {}
}
