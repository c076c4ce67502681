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
 * then by id, and moves the rest down to 合格, saying who and why.
 *
 * @module
 */
import { z } from "zod";
import { runRule, type Decision, type Reasoning } from "../decision/decision.js";
import { readInput, type Bilingual } from "../errors.js";
import { MemberIdSchema, checkUniqueIds } from "../input/text.js";
import type { InterpretationId } from "../interpretations/registry.js";
import {
  APPRAISAL_GRADES,
  APPRAISAL_GRADE_NAMES,
  AppraisalRecordSchema,
  HANDLINGS,
  DEFINITION as gradeRule,
  evaluationOptions,
  handlingOf,
  type AppraisalFindings,
  type AppraisalGrade,
  type AppraisalRecord,
  type EvaluationOptions,
  type EvaluationOutcome,
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
  readonly status: EvaluationOutcome["status"];
  /** The grade after the ceiling is applied. */
  readonly grade: AppraisalGrade | null;
  /** The handling after the ceiling is applied. */
  readonly handling: readonly Handling[];
  /** Whether the member was moved down from 优秀 by the ceiling. */
  readonly movedDown: boolean;
};

/** A member moved down from 优秀 by the ceiling. */
export type MovedDown = {
  /** The member's id. */
  readonly id: string;
  /** Why. */
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
};

/** The zod schema of {@link CohortOutcome}, for checking a stored decision. */
export const CohortOutcomeSchema: z.ZodType<CohortOutcome> = z.strictObject({
  results: z.array(
    z.strictObject({
      id: MemberIdSchema,
      status: z.enum(["lapsed", "graded", "probationary-no-grade"]),
      grade: z.enum(APPRAISAL_GRADES).nullable(),
      handling: z.array(z.enum(HANDLINGS as [Handling, ...Handling[]])),
      movedDown: z.boolean(),
    }),
  ),
  excellentCeiling: z.number().int().min(0),
  movedDown: z.array(z.strictObject({ id: MemberIdSchema, reason: z.strictObject({ zh: z.string(), en: z.string() }) })),
});

/** The zod schema of a cohort: members with unique ids. */
export const CohortSchema: z.ZodType<Cohort> = z
  .strictObject({
    members: z.array(
      z.strictObject({ id: MemberIdSchema, record: AppraisalRecordSchema, votes: z.number().int().min(0).optional() }),
    ),
  })
  .check((ctx) => {
    checkUniqueIds(
      ctx,
      ctx.value.members.map((m) => m.id),
      (i) => ["members", i, "id"],
      (i) => `members[${i}].id`,
    );
  });

interface Graded {
  readonly member: CohortMember;
  readonly outcome: EvaluationOutcome;
}

function gaps(findings: AppraisalFindings): number {
  return findings.missedOrganizationalLife + findings.missedDues + findings.missedAssignedWork + findings.reportGaps;
}

function decideCohort(
  input: { readonly graded: readonly Graded[]; readonly appliedToMembers: readonly InterpretationId[] },
  reasoning: Reasoning,
): CohortOutcome {
  // The readings that graded the members are readings of this decision too.
  for (const id of input.appliedToMembers) reasoning.interpret(id);
  const graded = [...input.graded].sort((a, b) => (a.member.id < b.member.id ? -1 : a.member.id > b.member.id ? 1 : 0));
  const base = reasoning.interpret("Q19.excellent-cap-base") === "graded-members"
    ? graded.filter((g) => g.outcome.status === "graded").length
    : graded.length;
  const ceiling = Math.floor(base / 3);
  const excellent = graded
    .filter((g) => g.outcome.grade === "excellent")
    .sort(
      (a, b) =>
        (b.member.votes ?? 0) - (a.member.votes ?? 0) ||
        gaps(a.outcome.findings) - gaps(b.outcome.findings) ||
        (a.member.id < b.member.id ? -1 : 1),
    );
  const moved = new Set(excellent.slice(ceiling).map((g) => g.member.id));
  const reason: Bilingual = {
    zh: `优秀名额不超过参评党员的三分之一（${base} 人中至多 ${ceiling} 人），按得票、缺失情况排序后调为“合格”`,
    en: `优秀 is at most one third (${ceiling} of ${base}); ranked by votes and gaps, the rest become qualified`,
  };
  reasoning.step({
    check: "excellent-ceiling",
    citation: "appraisal-practice",
    facts: { appraised: graded.length, base },
    result: { ceiling, excellent: excellent.length, movedDown: moved.size },
    text: {
      zh: `参评 ${graded.length} 人，基数 ${base} 人（解释 Q19），优秀至多 ${ceiling} 人；评为优秀 ${excellent.length} 人，调整 ${moved.size} 人`,
      en: `${graded.length} appraised, base ${base} (Q19), at most ${ceiling} excellent; ${excellent.length} graded excellent, ${moved.size} moved down`,
    },
  });
  reasoning.cite("2.2.5");
  const results = graded.map(({ member, outcome }): CohortResult => {
    const down = moved.has(member.id);
    return {
      id: member.id,
      status: outcome.status,
      grade: down ? "qualified" : outcome.grade,
      handling: down ? handlingOf("qualified", member.record) : outcome.handling,
      movedDown: down,
    };
  });
  return {
    results,
    excellentCeiling: ceiling,
    movedDown: [...moved].sort().map((id) => ({ id, reason })),
  };
}

function summarize(outcome: CohortOutcome): Bilingual {
  const count = (grade: AppraisalGrade) => outcome.results.filter((r) => r.grade === grade).length;
  const parts = (["excellent", "qualified", "basically-qualified", "unqualified"] as const).map((g) => [APPRAISAL_GRADE_NAMES[g], count(g)] as const);
  return {
    zh: parts.map(([name, n]) => `${name.zh} ${n}`).join("，") + (outcome.movedDown.length > 0 ? `（${outcome.movedDown.length} 人由优秀调为合格）` : ""),
    en: parts.map(([name, n]) => `${name.en} ${n}`).join(", ") + (outcome.movedDown.length > 0 ? ` (${outcome.movedDown.length} moved down from excellent)` : ""),
  };
}

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = {
  rule: "evaluationCohort",
  question: { zh: "支部全体流动党员的评议等次如何（优秀不超过三分之一）？", en: "What grades does the branch's cohort receive, with at most a third excellent?" },
  decide: decideCohort,
  summarize,
};

/**
 * Appraises a whole branch: each member by {@link evaluationGrade}, then the national
 * practice that 优秀 is normally at most one third of those appraised; the members over
 * the ceiling are moved down to 合格, ranked by the votes recorded, then by the fewest
 * gaps, then by id, and listed with the reason.
 *
 * @clause 2.2.5
 *
 * @param cohort - the members, each with an id, a record and optionally their votes
 * @param options - as for {@link evaluationGrade}, plus Q19 (the base of the one-third ceiling)
 * @returns the decision: each member's final result, the ceiling and who was moved down
 * @throws {@link RuleInputError} for an invalid record (its path names the member) or a repeated id
 *
 * @example
 * ```ts
 * const result = evaluationCohort({ members: records.map((record, i) => ({ id: `m${i}`, record })) });
 * result.outcome.movedDown; //=> [{ id: "m7", reason: { zh: "优秀名额不超过……", en: "…" } }, …]
 * ```
 */
export function evaluationCohort(
  cohort: Cohort,
  options: EvaluationOptions = {},
): Decision<CohortOutcome> {
  const valid = readInput("evaluationCohort", CohortSchema, cohort);
  const checked = evaluationOptions("evaluationCohort", options);
  // The records were validated with the cohort: decide each without validating it again.
  const decisions = valid.members.map((member) => ({
    member,
    decision: runRule(gradeRule, { record: member.record, standard: checked.standard }, checked.interpretations),
  }));
  const graded = decisions.map(({ member, decision }) => ({ member, outcome: decision.outcome }));
  const appliedToMembers = [...new Set(decisions.flatMap(({ decision }) => decision.interpretations.map((i) => i.id)))];
  return runRule(DEFINITION, { graded, appliedToMembers }, checked.interpretations);
}
