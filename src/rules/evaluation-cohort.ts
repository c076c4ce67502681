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
 * member is contested for the cohort, and the cohort is marked ambiguous when another
 * reading changes its outcome.
 *
 * @module
 */
import { z } from "zod";
import { runRule, type Decision, type DecisionRecorder, type Reasoning } from "../decision/decision.js";
import { readInput, type Bilingual } from "../errors.js";
import { MemberIdSchema, checkUniqueIds } from "../input/text.js";
import {
  APPRAISAL_GRADES,
  APPRAISAL_GRADE_NAMES,
  AppraisalRecordSchema,
  EVALUATION_STATUSES,
  HANDLINGS,
  DEFINITION as gradeRule,
  combineHandling,
  evaluationOptions,
  groundsHandlingOf,
  handlingOf,
  type AppraisalFindings,
  type AppraisalGrade,
  type AppraisalRecord,
  type EvaluationOptions,
  type EvaluationOutcome,
  type EvaluationStatus,
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
  /**
   * The members graded 优秀 whom the votes and the gaps cannot tell apart across the
   * ceiling, in id order: which of them stay 优秀 is for the branch to decide (the results
   * place them by id only provisionally). Empty when there is no such tie.
   */
  readonly tiedAtCeiling: readonly string[];
};

/** The zod schema of {@link CohortOutcome}, for checking a stored decision. */
export const CohortOutcomeSchema: z.ZodType<CohortOutcome> = z.strictObject({
  results: z.array(
    z.strictObject({
      id: MemberIdSchema,
      status: z.enum(EVALUATION_STATUSES),
      grade: z.enum(APPRAISAL_GRADES).nullable(),
      handling: z.array(z.enum(HANDLINGS as [Handling, ...Handling[]])),
      movedDown: z.boolean(),
    }),
  ),
  excellentCeiling: z.number().int().min(0),
  movedDown: z.array(z.strictObject({ id: MemberIdSchema, reason: z.strictObject({ zh: z.string(), en: z.string() }) })),
  tiedAtCeiling: z.array(MemberIdSchema),
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

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function decideCohort(
  input: { readonly members: readonly CohortMember[]; readonly standard: GradingStandard | undefined },
  recorder: DecisionRecorder<CohortOutcome>,
): CohortOutcome {
  const reasoning: Reasoning = recorder;
  // Each member is graded under this decision's readings, so that a reading contested for
  // one member is contested for the cohort too, and deciding it otherwise regrades them.
  const graded: Graded[] = [...input.members]
    .sort((a, b) => byId(a.id, b.id))
    .map((member) => {
      const decision = runRule(gradeRule, { record: member.record, standard: input.standard }, recorder.choices);
      for (const applied of decision.interpretations) reasoning.interpret(applied.id);
      for (const ambiguity of decision.ambiguities) {
        reasoning.contest(ambiguity.interpretation, {
          zh: `党员${member.id}：${ambiguity.reason.zh}`,
          en: `Member ${member.id}: ${ambiguity.reason.en}`,
        });
      }
      return { member, outcome: decision.outcome };
    });
  const base = reasoning.interpret("Q19.excellent-cap-base") === "graded-members"
    ? graded.filter((g) => g.outcome.status === "graded").length
    : graded.length;
  const ceiling = Math.floor(base / 3);
  const rank = (g: Graded) => [g.member.votes ?? 0, gaps(g.outcome.findings)] as const;
  const excellent = graded
    .filter((g) => g.outcome.grade === "excellent")
    .sort((a, b) => rank(b)[0] - rank(a)[0] || rank(a)[1] - rank(b)[1] || byId(a.member.id, b.member.id));
  const over = Math.max(0, excellent.length - ceiling);
  // "一般不超过": a ceiling that moves the rest down, or a guideline that reports them (Q27).
  const strict =
    (over > 0
      ? reasoning.contest("Q27.excellent-ceiling-generally", {
          zh: `按评定标准评为优秀${excellent.length}人，超过至多${ceiling}人的名额：严格执行名额的，超出的评为合格；作为一般要求的，不调整等次，由党组织研究确定`,
          en: `${excellent.length} graded excellent, over the ceiling of ${ceiling}: a strict ceiling moves the rest to qualified; a guideline leaves them for the organization to decide`,
        })
      : reasoning.interpret("Q27.excellent-ceiling-generally")) === "strict-ceiling";
  const moved = new Set(strict ? excellent.slice(ceiling).map((g) => g.member.id) : []);
  // Members the votes and the gaps cannot tell apart, some kept and some moved: the id
  // only places them provisionally.
  const lastKept = excellent[ceiling - 1];
  const firstMoved = strict ? excellent[ceiling] : undefined;
  const same = (a: Graded, b: Graded) => rank(a)[0] === rank(b)[0] && rank(a)[1] === rank(b)[1];
  const tied =
    lastKept !== undefined && firstMoved !== undefined && same(lastKept, firstMoved)
      ? excellent.filter((g) => same(g, firstMoved)).map((g) => g.member.id).sort(byId)
      : [];
  const tieText: Bilingual =
    tied.length > 0
      ? {
          zh: `；得票和缺项相同、难以区分的${tied.join("、")}，由支部委员会或者党员大会研究确定（现暂按编号排列）`,
          en: `; ${tied.join(", ")} cannot be told apart by votes and gaps: the branch committee or general meeting decides (placed by id for now)`,
        }
      : { zh: "", en: "" };
  const reason: Bilingual = {
    zh: `优秀一般不超过参评党员的三分之一（以${base}人为基数，至多${ceiling}人）；按民主测评得票多少、缺项多少排序，超出名额的评为合格${tieText.zh}`,
    en: `优秀 is normally at most one third (${ceiling} of a base of ${base}); ranked by votes, then fewest gaps, those over the ceiling are qualified${tieText.en}`,
  };
  const guideline: Bilingual =
    !strict && over > 0
      ? {
          zh: `；三分之一作为一般要求（解释二十七），超出名额${over}人，不调整等次，由党组织研究确定`,
          en: `; one third as a guideline (Q27): ${over} over the ceiling, grades not moved, for the organization to decide`,
        }
      : { zh: "", en: "" };
  reasoning.step({
    check: "excellent-ceiling",
    citation: "appraisal-practice",
    facts: { appraised: graded.length, base },
    result: { ceiling, excellent: excellent.length, movedDown: moved.size, tiedAtCeiling: tied },
    text: {
      zh: `参评${graded.length}人，以${base}人为基数（解释十九），优秀至多${ceiling}人；按评定标准评为优秀${excellent.length}人，因名额限制调为合格${moved.size}人${tieText.zh}${guideline.zh}`,
      en: `${graded.length} appraised, base ${base} (Q19), at most ${ceiling} excellent; ${excellent.length} graded excellent by the standard, ${moved.size} moved down to qualified${tieText.en}${guideline.en}`,
    },
  });
  // A member moved down with an outstanding contribution is commended all the same under
  // Q37's alternative ("不受优秀名额限制").
  const commendMoved =
    [...moved].some((id) => graded.some((g) => g.member.id === id && g.member.record.outstandingContribution)) &&
    reasoning.contest("Q37.commendation-basis", {
      zh: "表现突出的党员因名额限制调为合格：表彰以评为优秀为条件的，不予表彰；凡表现突出都给予表彰的，仍给予表彰",
      en: "Outstanding performers moved down by the ceiling: commended only if every outstanding performer is commended",
    }) === "outstanding-performance";
  reasoning.cite("2.2.5");
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
  return {
    results,
    excellentCeiling: ceiling,
    movedDown: [...moved].sort(byId).map((id) => ({ id, reason })),
    tiedAtCeiling: tied,
  };
}

const NOT_GRADED: readonly (readonly [EvaluationStatus, Bilingual])[] = [
  ["probationary-no-grade", { zh: "不评定等次的预备党员", en: "probationary, no grade" }],
  ["probationary-cancelled", { zh: "取消预备党员资格", en: "probationary membership cancelled" }],
  ["lapsed", { zh: "被认为是自行脱党", en: "lapsed" }],
];

function summarize(outcome: CohortOutcome): Bilingual {
  const count = (grade: AppraisalGrade) => outcome.results.filter((r) => r.grade === grade).length;
  const parts = APPRAISAL_GRADES.map((g) => [APPRAISAL_GRADE_NAMES[g], count(g)] as const);
  const others = NOT_GRADED.map(([status, name]) => [name, outcome.results.filter((r) => r.status === status).length] as const).filter(
    ([, n]) => n > 0,
  );
  const moved = outcome.movedDown.length;
  const over = count("excellent") - outcome.excellentCeiling;
  // Commended without the grade 优秀 (Q37's alternative).
  const commended = outcome.results.filter((r) => r.grade !== "excellent" && r.handling.includes("commend")).length;
  return {
    zh:
      parts.map(([name, n]) => `${name.zh}${n}名`).join("，") +
      (moved > 0 ? `（${moved}名因名额限制由优秀调为合格）` : "") +
      (over > 0 ? `（优秀超出名额${over}名，由党组织研究确定）` : "") +
      (commended > 0 ? `；未评为优秀、表现突出给予表彰的${commended}名` : "") +
      others.map(([name, n]) => `；${name.zh}${n}名`).join(""),
    en:
      parts.map(([name, n]) => `${name.en} ${n}`).join(", ") +
      (moved > 0 ? ` (${moved} moved down from excellent by the ceiling)` : "") +
      (over > 0 ? ` (${over} excellent over the ceiling, for the organization to decide)` : "") +
      (commended > 0 ? `; commended for outstanding performance without the grade excellent ${commended}` : "") +
      others.map(([name, n]) => `; ${name.en} ${n}`).join(""),
  };
}

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = {
  rule: "evaluationCohort",
  question: { zh: "党支部流动党员的评议等次如何（优秀一般不超过三分之一）？", en: "What grades does the branch's cohort receive, with at most a third excellent?" },
  decide: decideCohort,
  summarize,
};

/**
 * Appraises a whole branch: each member by {@link evaluationGrade}, then the national
 * practice that 优秀 is normally at most one third of those appraised; the members over
 * the ceiling are moved down to 合格, ranked by the votes recorded, then by the fewest
 * gaps, and listed with the reason; members still tied across the ceiling are listed for
 * the branch to decide.
 *
 * @clause 2.2.5
 *
 * @param cohort - the members, each with an id, a record and optionally their votes
 * @param options - as for {@link evaluationGrade}, plus Q19 (the base of the one-third ceiling) and Q27 (whether it is strict)
 * @returns the decision: each member's final result, the ceiling, who was moved down and who is tied at the ceiling
 * @throws {@link RuleInputError} for an invalid record (its path names the member) or a repeated id
 *
 * @example
 * ```ts
 * const result = evaluationCohort({ members: records.map((record, i) => ({ id: `m${i}`, record })) });
 * result.outcome.movedDown; //=> [{ id: "m7", reason: { zh: "优秀一般不超过参评党员的三分之一……", en: "…" } }, …]
 * ```
 */
export function evaluationCohort(
  cohort: Cohort,
  options: EvaluationOptions = {},
): Decision<CohortOutcome> {
  const valid = readInput("evaluationCohort", CohortSchema, cohort);
  const checked = evaluationOptions("evaluationCohort", options);
  // The records were validated with the cohort: each is decided without validating it again.
  return runRule(DEFINITION, { members: valid.members, standard: checked.standard }, checked.interpretations);
}
