/**
 * # 二（二）5, 三（二）2 — appraisal, grade and handling
 *
 * **[2.2.5]** 5、党组织通过查验《流动党员活动证》、听取流动党员思想、工作情况汇报等方式,了解流动党员外出期间的
 * 表现情况,对其进行评议。要严格执行评议和处置标准,按规定评定等次,作出相应处理。
 *
 * > The organization learns how the member performed while away, from the activity card
 * > and the member's reports, and appraises them; it applies the appraisal and handling
 * > standards strictly, assigns a grade "according to the rules", and handles the member
 * > accordingly.
 *
 * **[3.2.2]** 2、流动党员目标管理制度。……对流动党员流动期间参加组织生活、交纳党费、遵纪守法,特别是发挥党员作用
 * 等提出具体明确的要求,制定操作性强的目标管理考核办法。对于表现突出的,要给予表彰。
 *
 * > Concrete requirements on organizational life, dues, discipline and law, and above all
 * > playing a member's role; an assessment method; commend those who perform outstandingly.
 *
 * **[2.2.4]** 流动党员要积极参加党的组织生活,按规定交纳党费。每6个月要……汇报思想、学习和工作情况……
 *
 * **[2.1.2]** ……流动党员无正当理由不及时办理组织关系转接事宜、长期不与流入地和流出地党组织联系的,党组织要进行
 * 批评教育。经教育仍不改正的,其正式组织关系所在党组织要按党章及党内有关规定进行组织处理。
 *
 * **党章 第9条** 党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，
 * 就被认为是自行脱党。……
 *
 * ## Readings
 * - The grades are not in the opinion (Q9): the four national grades, with a grading
 *   standard the caller may replace; the default says, threshold by threshold, whether it
 *   comes from the opinion, a superior rule or the library ({@link GRADING_STANDARD_SOURCES}).
 * - Six consecutive unexcused months of any one of no organizational life, no dues or no
 *   assigned work is lapse (党章 第9条); it overrides every grade.
 * - "长期不联系" is six consecutive months without contact (Q13).
 * - A month excused by a proper reason (正当理由) counts as no gap.
 * - Probationary members are appraised but get no grade (national practice).
 * - "优秀" is at most one third of those graded in a cohort (national practice, Q19).
 *
 * @module
 */
import { match } from "ts-pattern";
import { z } from "zod";
import {
  CalendarDateSchema,
  RuleDateSchema,
  formatFromDayNumber,
  toDayNumber,
  type CalendarDate,
} from "../calendar/date.js";
import { periodLastDayNumber, type PeriodOptions } from "../calendar/periods.js";
import type { CitationId } from "../clauses/citation.js";
import { runRule, type Decision, type Reasoning } from "../decision/decision.js";
import { addBilingualIssue, failInput, readInput, type Bilingual } from "../errors.js";
import { NonBlankTextSchema } from "../input/text.js";
import { InterpretationChoicesSchema, type RuleOptions } from "../interpretations/options.js";
import { deepFreeze } from "../frozen.js";
import { memberReportDues, memberReportReadings } from "./member-report-sequence.js";

/** The four national appraisal grades: 优秀, 合格, 基本合格, 不合格. */
export type AppraisalGrade = "excellent" | "qualified" | "basically-qualified" | "unqualified";

/** Every {@link AppraisalGrade}, best first. */
export const APPRAISAL_GRADES = [
  "excellent",
  "qualified",
  "basically-qualified",
  "unqualified",
] as const satisfies readonly AppraisalGrade[];

/** The grades' names. */
export const APPRAISAL_GRADE_NAMES: { readonly [Grade in AppraisalGrade]: Bilingual } = {
  excellent: { zh: "优秀", en: "excellent" },
  qualified: { zh: "合格", en: "qualified" },
  "basically-qualified": { zh: "基本合格", en: "basically qualified" },
  unqualified: { zh: "不合格", en: "unqualified" },
};

/** What follows a grade, or a lapse. */
export type Handling =
  | "commend"
  | "affirm"
  | "help-improve"
  | "criticize-and-educate"
  | "correct-by-deadline"
  | "organizational-handling"
  | "persuade-to-leave"
  | "remove";

/** The names of the handlings. */
export const HANDLING_NAMES: { readonly [H in Handling]: Bilingual } = {
  commend: { zh: "表彰", en: "commendation" },
  affirm: { zh: "肯定", en: "affirmation" },
  "help-improve": { zh: "指出不足、帮助改进", en: "point out gaps and help improve" },
  "criticize-and-educate": { zh: "批评教育", en: "criticism and education" },
  "correct-by-deadline": { zh: "限期改正（期限不超过1年）", en: "correction within a deadline of at most one year" },
  "organizational-handling": { zh: "组织处理", en: "organizational handling" },
  "persuade-to-leave": { zh: "劝其退党", en: "persuade to leave the Party" },
  remove: { zh: "除名（支部大会决定，报上级党组织批准）", en: "removal from the rolls (branch general meeting, approved above)" },
};

/** The three failures of 党章 第9条 that make a member lapsed after six consecutive months. */
export type LapseCriterion = "organizational-life" | "dues" | "assigned-work";

/** One month of a member's record. */
export interface AppraisalMonth {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Took part in organizational life that month. */
  readonly organizationalLife: boolean;
  /** Paid that month's dues (including arrears made up later, 2008 dues rules art. 12). */
  readonly duesPaid: boolean;
  /** Did the work the Party assigned. */
  readonly assignedWork: boolean;
  /** Was in contact with the inflow or the outflow organization. */
  readonly contact: boolean;
  /** A proper reason (正当理由) that excuses the month's gaps, or `null`. */
  readonly excused: string | null;
}

/** A member's record over an appraisal period. */
export interface AppraisalRecord {
  /** Whether the member is a probationary member (预备党员): appraised, but no grade. */
  readonly probationary: boolean;
  /** The day the member left: reports are counted from it (or from the period's start, if later). */
  readonly departure: CalendarDate;
  /** The appraisal period, both days included. */
  readonly period: {
    /** The first day. */
    readonly from: CalendarDate;
    /** The last day. */
    readonly to: CalendarDate;
  };
  /** Every month of the period, once each, in any order. */
  readonly months: readonly AppraisalMonth[];
  /** The dates of the member's reports (2.2.4). */
  readonly reports: readonly CalendarDate[];
  /** The activity card: not held, held and verified by the inflow branch, or held and not verified (2.1.2). */
  readonly activityCard: "not-held" | "verified" | "not-verified";
  /** A violation of discipline or of the law in the period (3.2.2 遵纪守法). */
  readonly violation: "none" | "discipline" | "law";
  /** An outstanding contribution: playing a member's role in an exemplary way (3.2.2 表现突出). */
  readonly outstandingContribution: boolean;
  /** Whether the member was already criticized and educated for these failings and did not correct them (2.1.2). */
  readonly educatedWithoutCorrection: boolean;
}

/** The thresholds a grade requires: a member's findings must be within every one. */
export type GradeThresholds = {
  /** Most unexcused months without organizational life. */
  readonly maxMissedOrganizationalLife: number;
  /** Most unexcused months of unpaid dues. */
  readonly maxMissedDues: number;
  /** Most unexcused months without doing the assigned work. */
  readonly maxMissedAssignedWork: number;
  /** Most six-month stretches without a report. */
  readonly maxReportGaps: number;
  /** Whether a long silence toward both organizations (2.1.2) still allows the grade. */
  readonly allowLongOutOfContact: boolean;
  /** Whether an unverified activity card still allows the grade. */
  readonly allowUnverifiedCard: boolean;
  /** Whether the grade needs an outstanding contribution. */
  readonly requireOutstandingContribution: boolean;
};

/**
 * A grading standard: the thresholds of the three upper grades (a member who meets none is
 * unqualified). A violation of discipline or law is always unqualified (3.2.2).
 */
export type GradingStandard = {
  /** 优秀. */
  readonly excellent: GradeThresholds;
  /** 合格. */
  readonly qualified: GradeThresholds;
  /** 基本合格. */
  readonly basicallyQualified: GradeThresholds;
};

/** The library's default grading standard (Q9). See {@link GRADING_STANDARD_SOURCES} for where each threshold comes from. */
export const DEFAULT_GRADING_STANDARD: GradingStandard = {
  excellent: {
    maxMissedOrganizationalLife: 0,
    maxMissedDues: 0,
    maxMissedAssignedWork: 0,
    maxReportGaps: 0,
    allowLongOutOfContact: false,
    allowUnverifiedCard: false,
    requireOutstandingContribution: true,
  },
  qualified: {
    maxMissedOrganizationalLife: 2,
    maxMissedDues: 0,
    maxMissedAssignedWork: 2,
    maxReportGaps: 0,
    allowLongOutOfContact: false,
    allowUnverifiedCard: false,
    requireOutstandingContribution: false,
  },
  basicallyQualified: {
    maxMissedOrganizationalLife: 5,
    maxMissedDues: 5,
    maxMissedAssignedWork: 5,
    maxReportGaps: 1,
    allowLongOutOfContact: true,
    allowUnverifiedCard: true,
    requireOutstandingContribution: false,
  },
};

/** Where a threshold of the default standard comes from. */
export type ThresholdSource = {
  /** `opinion` (the 2013 text), `superior` (a superior rule), or `library` (the library's own default). */
  readonly source: "opinion" | "superior" | "library";
  /** The clause or rule it rests on. */
  readonly citation: CitationId;
  /** Why this value. */
  readonly note: Bilingual;
};

/** For every threshold of every grade of the default standard, its source. */
export const GRADING_STANDARD_SOURCES: {
  readonly [Level in keyof GradingStandard]: { readonly [T in keyof GradeThresholds]: ThresholdSource };
} = {
  excellent: {
    maxMissedOrganizationalLife: { source: "library", citation: "3.2.2", note: { zh: "优秀者无缺勤", en: "an excellent member misses nothing" } },
    maxMissedDues: { source: "superior", citation: "dues-rules-2008:12", note: { zh: "按月交纳党费", en: "dues are paid monthly" } },
    maxMissedAssignedWork: { source: "library", citation: "3.2.2", note: { zh: "优秀者完成全部工作", en: "an excellent member does all the work assigned" } },
    maxReportGaps: { source: "opinion", citation: "2.2.4", note: { zh: "每6个月汇报一次", en: "a report every 6 months" } },
    allowLongOutOfContact: { source: "opinion", citation: "2.1.2", note: { zh: "长期不联系的要批评教育", en: "a long silence brings criticism" } },
    allowUnverifiedCard: { source: "opinion", citation: "2.1.2", note: { zh: "活动证须验证", en: "the card must be verified" } },
    requireOutstandingContribution: { source: "opinion", citation: "3.2.2", note: { zh: "表现突出的给予表彰", en: "outstanding performers are commended" } },
  },
  qualified: {
    maxMissedOrganizationalLife: { source: "library", citation: "2.2.4", note: { zh: "允许少量未参加（本库默认2个月）", en: "a little absence tolerated (library default: 2 months)" } },
    maxMissedDues: { source: "opinion", citation: "2.2.4", note: { zh: "按规定交纳党费", en: "dues paid as required" } },
    maxMissedAssignedWork: { source: "library", citation: "3.2.2", note: { zh: "本库默认2个月", en: "library default: 2 months" } },
    maxReportGaps: { source: "opinion", citation: "2.2.4", note: { zh: "每6个月汇报一次", en: "a report every 6 months" } },
    allowLongOutOfContact: { source: "opinion", citation: "2.1.2", note: { zh: "长期不联系的要批评教育", en: "a long silence brings criticism" } },
    allowUnverifiedCard: { source: "opinion", citation: "2.1.2", note: { zh: "活动证须验证", en: "the card must be verified" } },
    requireOutstandingContribution: { source: "library", citation: "3.2.2", note: { zh: "合格不要求突出表现", en: "qualified needs no outstanding contribution" } },
  },
  basicallyQualified: {
    maxMissedOrganizationalLife: { source: "superior", citation: "party-constitution:9", note: { zh: "低于党章第九条连续六个月的界线", en: "below the six-month line of the Party Constitution art. 9" } },
    maxMissedDues: { source: "superior", citation: "dues-rules-2008:13", note: { zh: "低于连续6个月不交纳的界线", en: "below the six-month line for dues" } },
    maxMissedAssignedWork: { source: "superior", citation: "party-constitution:9", note: { zh: "低于党章第九条连续六个月的界线", en: "below the six-month line of the Party Constitution art. 9" } },
    maxReportGaps: { source: "library", citation: "2.2.4", note: { zh: "本库默认允许缺1次", en: "library default: one missed report" } },
    allowLongOutOfContact: { source: "library", citation: "2.1.2", note: { zh: "长期不联系者批评教育，不因此不合格", en: "a long silence is criticized, not by itself unqualified" } },
    allowUnverifiedCard: { source: "library", citation: "2.1.2", note: { zh: "本库默认", en: "library default" } },
    requireOutstandingContribution: { source: "library", citation: "3.2.2", note: { zh: "不要求", en: "not required" } },
  },
};

/** What the record shows over the period. */
export type AppraisalFindings = {
  /** Unexcused months without organizational life. */
  readonly missedOrganizationalLife: number;
  /** Unexcused months of unpaid dues. */
  readonly missedDues: number;
  /** Unexcused months without the assigned work. */
  readonly missedAssignedWork: number;
  /** The longest run of consecutive unexcused months, for each criterion of 党章 第9条. */
  readonly longestRun: { readonly [C in LapseCriterion]: number };
  /** Six-month stretches without a report (2.2.4). */
  readonly reportGaps: number;
  /** The longest run of consecutive unexcused months without contact. */
  readonly longestWithoutContact: number;
  /** Whether that run is "long" (Q13). */
  readonly longOutOfContact: boolean;
  /** Whether the activity card is held and not verified. */
  readonly unverifiedCard: boolean;
  /** The violation, if any. */
  readonly violation: "none" | "discipline" | "law";
  /** Whether an outstanding contribution was recorded. */
  readonly outstandingContribution: boolean;
};

/** The outcome of {@link evaluationGrade}. */
export type EvaluationOutcome = {
  /** Lapsed (党章 第9条), graded, or appraised without a grade (a probationary member). */
  readonly status: "lapsed" | "graded" | "probationary-no-grade";
  /** The grade, or `null` when lapsed or probationary. */
  readonly grade: AppraisalGrade | null;
  /** What follows, in order. */
  readonly handling: readonly Handling[];
  /** The criteria of six consecutive unexcused months, when lapsed. */
  readonly lapsedBy: readonly LapseCriterion[];
  /** The latest deadline a correction can be given (one year after the period, 2019 regulation art. 30), or `null`. */
  readonly latestCorrectionDeadline: CalendarDate | null;
  /** What the record shows. */
  readonly findings: AppraisalFindings;
};

/** Every {@link LapseCriterion}. */
export const LAPSE_CRITERIA = ["organizational-life", "dues", "assigned-work"] as const satisfies readonly LapseCriterion[];

/** Every {@link Handling}. */
export const HANDLINGS = Object.keys(HANDLING_NAMES) as readonly Handling[];

const CountSchema = z.number().int().min(0);

/** The zod schema of {@link AppraisalFindings}. */
export const AppraisalFindingsSchema: z.ZodType<AppraisalFindings> = z.strictObject({
  missedOrganizationalLife: CountSchema,
  missedDues: CountSchema,
  missedAssignedWork: CountSchema,
  longestRun: z.strictObject({ "organizational-life": CountSchema, dues: CountSchema, "assigned-work": CountSchema }),
  reportGaps: CountSchema,
  longestWithoutContact: CountSchema,
  longOutOfContact: z.boolean(),
  unverifiedCard: z.boolean(),
  violation: z.enum(["none", "discipline", "law"]),
  outstandingContribution: z.boolean(),
});

/** The zod schema of {@link EvaluationOutcome}, for checking a stored decision. */
export const EvaluationOutcomeSchema: z.ZodType<EvaluationOutcome> = z.strictObject({
  status: z.enum(["lapsed", "graded", "probationary-no-grade"]),
  grade: z.enum(APPRAISAL_GRADES).nullable(),
  handling: z.array(z.enum(HANDLINGS as [Handling, ...Handling[]])),
  lapsedBy: z.array(z.enum(LAPSE_CRITERIA)),
  latestCorrectionDeadline: CalendarDateSchema.nullable(),
  findings: AppraisalFindingsSchema,
});

/** Options of {@link evaluationGrade}: interpretation choices and, under Q9's "caller-standard", the standard. */
export interface EvaluationOptions extends RuleOptions {
  /** The caller's grading standard (3.2.2: each primary organization sets its own); requires Q9 "caller-standard". */
  readonly standard?: GradingStandard | undefined;
}

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The zod schema of {@link AppraisalRecord}: the months must cover the period exactly. */
export const AppraisalRecordSchema: z.ZodType<AppraisalRecord> = z
  .strictObject({
    probationary: z.boolean(),
    departure: RuleDateSchema,
    period: z.strictObject({ from: RuleDateSchema, to: RuleDateSchema }),
    months: z.array(
      z.strictObject({
        month: MonthSchema,
        organizationalLife: z.boolean(),
        duesPaid: z.boolean(),
        assignedWork: z.boolean(),
        contact: z.boolean(),
        excused: NonBlankTextSchema.nullable(),
      }),
    ),
    reports: z.array(RuleDateSchema),
    activityCard: z.enum(["not-held", "verified", "not-verified"]),
    violation: z.enum(["none", "discipline", "law"]),
    outstandingContribution: z.boolean(),
    educatedWithoutCorrection: z.boolean(),
  })
  .check((ctx) => {
    const { period, months } = ctx.value;
    const issue = (path: (string | number)[], zh: string, en: string) =>
      addBilingualIssue(ctx, { code: "inconsistent", path, message: { zh, en } });
    if (period.to < period.from) {
      issue(["period", "to"], "评议期间的结束早于开始", "the appraisal period ends before it starts");
      return;
    }
    const first = monthIndex(period.from.slice(0, 7));
    const last = monthIndex(period.to.slice(0, 7));
    const seen = new Set<number>();
    months.forEach((m, index) => {
      const at = monthIndex(m.month);
      if (at < first || at > last) issue(["months", index, "month"], "该月不在评议期间内", "the month is outside the period");
      else if (seen.has(at)) issue(["months", index, "month"], "该月重复出现", "the month appears twice");
      seen.add(at);
    });
    if (seen.size < last - first + 1) {
      issue(["months"], "月度记录须覆盖评议期间的每一个月", "the monthly records must cover every month of the period");
    }
    ctx.value.reports.forEach((date, index) => {
      if (date < period.from || date > period.to) {
        issue(["reports", index], "汇报日期不在评议期间内", "the report's date is outside the period");
      }
    });
  });

const StandardThresholdsSchema = z.strictObject({
  maxMissedOrganizationalLife: z.number().int().min(0),
  maxMissedDues: z.number().int().min(0),
  maxMissedAssignedWork: z.number().int().min(0),
  maxReportGaps: z.number().int().min(0),
  allowLongOutOfContact: z.boolean(),
  allowUnverifiedCard: z.boolean(),
  requireOutstandingContribution: z.boolean(),
});

/** The zod schema of {@link GradingStandard}. */
export const GradingStandardSchema: z.ZodType<GradingStandard> = z.strictObject({
  excellent: StandardThresholdsSchema,
  qualified: StandardThresholdsSchema,
  basicallyQualified: StandardThresholdsSchema,
});

const EvaluationOptionsSchema: z.ZodType<EvaluationOptions> = z.strictObject({
  interpretations: InterpretationChoicesSchema.optional(),
  standard: GradingStandardSchema.optional(),
});

function longestRun(flags: readonly boolean[]): number {
  let best = 0;
  let run = 0;
  for (const flag of flags) {
    run = flag ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * Counts the member's reports not made on time (2.2.4): the due dates in the period, from
 * the generator the schedule lists them with (Q8, Q21), that no report met by its date. A
 * report made late meets its date late, as the schedule marks it, and is counted here.
 * Only the period's reports are in the record, so a date due before the period takes none.
 */
function countReportGaps(record: AppraisalRecord, periods: PeriodOptions, readings: ReturnType<typeof memberReportReadings>): number {
  const from = toDayNumber(record.period.from);
  const dues = memberReportDues(
    toDayNumber(record.departure),
    toDayNumber(record.period.to),
    record.reports.map((d) => toDayNumber(d)),
    { ...readings, periods, reportsKnownFrom: from },
  );
  return dues.filter((d) => d.due >= from && (d.metOn === null || d.metOn > d.due)).length;
}

/** Works out the findings of a record. @internal */
export function findingsOf(record: AppraisalRecord, reasoning: Reasoning): AppraisalFindings {
  const months = [...record.months].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  const gap = (has: (m: AppraisalMonth) => boolean) => months.map((m) => !has(m) && m.excused === null);
  const life = gap((m) => m.organizationalLife);
  const dues = gap((m) => m.duesPaid);
  const work = gap((m) => m.assignedWork);
  const contact = gap((m) => m.contact);
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const longSilence = match(reasoning.interpret("Q13.long-out-of-contact"))
    .with("six-consecutive-months", () => 6)
    .with("one-year", () => 12)
    .exhaustive();
  const longestWithoutContact = longestRun(contact);
  return {
    missedOrganizationalLife: count(life),
    missedDues: count(dues),
    missedAssignedWork: count(work),
    longestRun: { "organizational-life": longestRun(life), dues: longestRun(dues), "assigned-work": longestRun(work) },
    reportGaps: countReportGaps(record, { measure, missingDay }, memberReportReadings(reasoning)),
    longestWithoutContact,
    longOutOfContact: longestWithoutContact >= longSilence,
    unverifiedCard: record.activityCard === "not-verified",
    violation: record.violation,
    outstandingContribution: record.outstandingContribution,
  };
}

function meets(findings: AppraisalFindings, t: GradeThresholds): boolean {
  return (
    findings.missedOrganizationalLife <= t.maxMissedOrganizationalLife &&
    findings.missedDues <= t.maxMissedDues &&
    findings.missedAssignedWork <= t.maxMissedAssignedWork &&
    findings.reportGaps <= t.maxReportGaps &&
    (t.allowLongOutOfContact || !findings.longOutOfContact) &&
    (t.allowUnverifiedCard || !findings.unverifiedCard) &&
    (!t.requireOutstandingContribution || findings.outstandingContribution)
  );
}

/** The grade a standard gives: the best whose thresholds all hold. @internal */
export function gradeOf(findings: AppraisalFindings, standard: GradingStandard): AppraisalGrade {
  if (findings.violation !== "none") return "unqualified";
  if (meets(findings, standard.excellent)) return "excellent";
  if (meets(findings, standard.qualified)) return "qualified";
  if (meets(findings, standard.basicallyQualified)) return "basically-qualified";
  return "unqualified";
}

const LAPSE_NAMES: { readonly [C in LapseCriterion]: Bilingual } = {
  "organizational-life": { zh: "不参加党的组织生活", en: "no organizational life" },
  dues: { zh: "不交纳党费", en: "no dues" },
  "assigned-work": { zh: "不做党所分配的工作", en: "no assigned work" },
};

/** The handling a grade brings. @internal */
export function handlingOf(grade: AppraisalGrade, record: AppraisalRecord): Handling[] {
  return match(grade)
    .with("excellent", (): Handling[] => ["commend"])
    .with("qualified", (): Handling[] => ["affirm"])
    .with("basically-qualified", (): Handling[] => ["help-improve"])
    .with("unqualified", (): Handling[] =>
      record.educatedWithoutCorrection
        ? ["organizational-handling", "persuade-to-leave"]
        : ["criticize-and-educate", "correct-by-deadline"],
    )
    .exhaustive();
}

/** The standard in force (Q9). @internal */
export function standardIn(options: EvaluationOptions | undefined, reasoning: Reasoning): GradingStandard {
  return match(reasoning.interpret("Q9.grading-standard"))
    .with("library-default-standard", () => DEFAULT_GRADING_STANDARD)
    .with("caller-standard", () => options?.standard ?? DEFAULT_GRADING_STANDARD)
    .exhaustive();
}

function decideEvaluation(
  input: { readonly record: AppraisalRecord; readonly standard: GradingStandard | undefined },
  reasoning: Reasoning,
): EvaluationOutcome {
  const { record } = input;
  const findings = findingsOf(record, reasoning);
  reasoning.step({
    check: "findings",
    citation: "2.2.5",
    facts: {
      "period.from": record.period.from,
      "period.to": record.period.to,
      "months.length": record.months.length,
      "reports.length": record.reports.length,
    },
    result: findings,
    text: {
      zh: `评议期间 ${record.period.from} 至 ${record.period.to}：无正当理由未参加组织生活 ${findings.missedOrganizationalLife} 个月、未交党费 ${findings.missedDues} 个月、未完成分配工作 ${findings.missedAssignedWork} 个月；缺少汇报 ${findings.reportGaps} 次；最长连续失联 ${findings.longestWithoutContact} 个月`,
      en: `Period ${record.period.from} to ${record.period.to}: unexcused months without organizational life ${findings.missedOrganizationalLife}, without dues ${findings.missedDues}, without assigned work ${findings.missedAssignedWork}; missed reports ${findings.reportGaps}; longest silence ${findings.longestWithoutContact} months`,
    },
  });
  reasoning.cite("2.2.4");

  const lapsedBy = (Object.keys(findings.longestRun) as LapseCriterion[]).filter((c) => findings.longestRun[c] >= 6);
  reasoning.step({
    check: "lapse",
    citation: "party-constitution:9",
    facts: { longestRun: findings.longestRun },
    result: lapsedBy,
    text:
      lapsedBy.length > 0
        ? {
            zh: `无正当理由连续六个月${lapsedBy.map((c) => LAPSE_NAMES[c].zh).join("、")}：被认为是自行脱党`,
            en: `Six consecutive months without proper reason of ${lapsedBy.map((c) => LAPSE_NAMES[c].en).join(", ")}: regarded as lapsed`,
          }
        : {
            zh: "没有无正当理由连续六个月不参加组织生活、不交党费或不做分配的工作的情形",
            en: "No six consecutive unexcused months of no organizational life, no dues or no assigned work",
          },
  });
  if (lapsedBy.length > 0) {
    if (lapsedBy.includes("dues")) reasoning.cite("dues-rules-2008:13");
    return {
      status: "lapsed",
      grade: null,
      handling: ["remove"],
      lapsedBy,
      latestCorrectionDeadline: null,
      findings,
    };
  }

  const criticism: Handling[] = findings.longOutOfContact ? ["criticize-and-educate"] : [];
  if (findings.longOutOfContact) {
    reasoning.step({
      check: "long-out-of-contact",
      citation: "2.1.2",
      facts: { longestWithoutContact: findings.longestWithoutContact },
      result: true,
      text: {
        zh: `长期不与流入地和流出地党组织联系（连续 ${findings.longestWithoutContact} 个月，解释 Q13）：党组织要进行批评教育`,
        en: `Long out of contact with both organizations (${findings.longestWithoutContact} months, Q13): criticism and education`,
      },
    });
  }

  if (record.probationary) {
    reasoning.step({
      check: "probationary",
      citation: "appraisal-practice",
      facts: { probationary: true },
      result: null,
      text: { zh: "预备党员参加评议，但不评定等次", en: "A probationary member is appraised but gets no grade" },
    });
    return { status: "probationary-no-grade", grade: null, handling: criticism, lapsedBy: [], latestCorrectionDeadline: null, findings };
  }

  const standard = standardIn({ standard: input.standard }, reasoning);
  const grade = gradeOf(findings, standard);
  reasoning.step({
    check: "grade",
    citation: "2.2.5",
    facts: { violation: record.violation, outstandingContribution: record.outstandingContribution },
    result: grade,
    text: {
      zh: `${record.violation === "none" ? "按评定标准" : "有违纪违法行为（三（二）2 遵纪守法）"}，评定为“${APPRAISAL_GRADE_NAMES[grade].zh}”`,
      en: `${record.violation === "none" ? "By the grading standard" : "A violation of discipline or law (3.2.2)"}: ${APPRAISAL_GRADE_NAMES[grade].en}`,
    },
  });
  reasoning.cite("appraisal-practice");
  if (grade === "excellent") reasoning.cite("3.2.2");
  if (record.violation !== "none") reasoning.cite("3.2.2");
  let handling = handlingOf(grade, record);
  if (grade === "unqualified") {
    reasoning.cite(record.educatedWithoutCorrection ? "2.1.2" : "education-regulation-2019:30");
  }
  handling = [...criticism.filter((h) => !handling.includes(h)), ...handling];
  const latestCorrectionDeadline = handling.includes("correct-by-deadline")
    ? formatFromDayNumber(periodLastDayNumber("evaluationGrade", toDayNumber(record.period.to), { years: 1 }, undefined).day)
    : null;
  return { status: "graded", grade, handling, lapsedBy: [], latestCorrectionDeadline, findings };
}

function summarize(outcome: EvaluationOutcome): Bilingual {
  const handling = outcome.handling.map((h) => HANDLING_NAMES[h]);
  const then = {
    zh: handling.length > 0 ? `；处理：${handling.map((h) => h.zh).join("、")}` : "",
    en: handling.length > 0 ? `; handling: ${handling.map((h) => h.en).join(", ")}` : "",
  };
  return match(outcome.status)
    .with("lapsed", () => ({ zh: `自行脱党${then.zh}`, en: `lapsed${then.en}` }))
    .with("probationary-no-grade", () => ({ zh: `预备党员，不评定等次${then.zh}`, en: `probationary member, no grade${then.en}` }))
    .with("graded", () => {
      const grade = APPRAISAL_GRADE_NAMES[outcome.grade ?? "unqualified"];
      return { zh: `${grade.zh}${then.zh}`, en: `${grade.en}${then.en}` };
    })
    .exhaustive();
}

const QUESTION: Bilingual = { zh: "流动党员评议为何等次，如何处理？", en: "What grade does the mobile member receive, and what follows?" };

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = { rule: "evaluationGrade", question: QUESTION, decide: decideEvaluation, summarize };

/** Validates the options of the evaluation rules. @internal */
export function evaluationOptions(source: string, options: EvaluationOptions): EvaluationOptions {
  const valid = readInput(source, EvaluationOptionsSchema, options);
  if (valid.standard !== undefined && valid.interpretations?.["Q9.grading-standard"] !== "caller-standard") {
    failInput(source, ["standard"], "inconsistent", {
      zh: "提供评定标准时，须将解释 Q9 设为“caller-standard”",
      en: "a grading standard needs interpretation Q9 set to \"caller-standard\"",
    });
  }
  if (valid.standard === undefined && valid.interpretations?.["Q9.grading-standard"] === "caller-standard") {
    failInput(source, ["standard"], "missing", {
      zh: "解释 Q9 设为“caller-standard”时，须提供评定标准",
      en: "interpretation Q9 \"caller-standard\" needs a grading standard",
    });
  }
  return valid;
}

/**
 * Appraises a member's record over a period: one of the four grades and the handling
 * that follows, or lapse, which overrides every grade: six consecutive months, without
 * proper reason, of no organizational life, or no dues, or no assigned work (党章 第9条).
 * A probationary member is appraised but gets no grade.
 *
 * @clause 2.2.5
 * @clause 3.2.2
 * @clause 2.2.4
 * @clause 2.1.2
 *
 * @param record - the months of the period, the reports, the card, violations and contributions
 * @param options - interpretation choices (Q9, Q13, Q2, Q14) and, under Q9 "caller-standard", the standard
 * @returns the decision: status, grade, handling, the lapse criteria, the correction deadline and the findings
 * @throws {@link RuleInputError} for invalid or inconsistent records (a month missing or repeated, say)
 *
 * @example
 * ```ts
 * const months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"].map((month) => ({
 *   month, organizationalLife: true, duesPaid: month < "2024-03", assignedWork: true, contact: true, excused: null,
 * }));
 * evaluationGrade({
 *   probationary: false,
 *   departure: "2023-06-01",
 *   period: { from: "2024-01-01", to: "2024-06-30" },
 *   months,
 *   reports: ["2024-05-01"],
 *   activityCard: "not-held",
 *   violation: "none",
 *   outstandingContribution: false,
 *   educatedWithoutCorrection: false,
 * }).outcome.grade;
 * //=> "basically-qualified" (four unpaid months: not yet six)
 * ```
 */
export function evaluationGrade(record: AppraisalRecord, options: EvaluationOptions = {}): Decision<EvaluationOutcome> {
  const valid = readInput("evaluationGrade", AppraisalRecordSchema, record);
  const { interpretations, standard } = evaluationOptions("evaluationGrade", options);
  return runRule(DEFINITION, { record: valid, standard }, interpretations);
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [APPRAISAL_GRADES, APPRAISAL_GRADE_NAMES, HANDLING_NAMES, HANDLINGS, LAPSE_CRITERIA, DEFAULT_GRADING_STANDARD, GRADING_STANDARD_SOURCES]) deepFreeze(table);
