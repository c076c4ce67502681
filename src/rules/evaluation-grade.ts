/**
 * # 二（二）5, 三（二）2, 二（一）2 — appraisal, grade and handling
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
 * > A member who without proper reason does not arrange the transfer of the relationship
 * > promptly, or is long out of contact with the inflow and outflow organizations, is
 * > criticized and educated; one who still does not correct after education is handled
 * > organizationally under the Party Constitution and other Party rules.
 *
 * **党章 第九条** 党员缺乏革命意志，不履行党员义务，不符合党员条件，党的支部应当对他进行教育，要求他限期改正；
 * 经教育仍无转变的，应当劝他退党。……党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所
 * 分配的工作，就被认为是自行脱党。支部大会应当决定把这样的党员除名，并报上级党组织批准。
 *
 * **党章 第七条** 预备党员的义务同正式党员一样。……不履行党员义务，不具备党员条件的，应当取消预备党员资格。
 *
 * ## Readings
 * - The grades are not in the opinion (Q9): the four national grades, with a grading
 *   standard the caller may replace; the default says, threshold by threshold, whether it
 *   comes from the opinion, a superior rule or the library ({@link GRADING_STANDARD_SOURCES}).
 * - Six consecutive unexcused months of any one of no organizational life, no dues or no
 *   assigned work is lapse (党章 第九条); it overrides every grade. A probationary member
 *   with the same months has not fulfilled a member's duties, whose duties are a full
 *   member's (党章 第七条): probationary membership is cancelled, not removed as lapsed.
 * - "长期不联系" is six consecutive months without contact (Q13), with neither organization
 *   (Q25); a silence between six months and a year, or months in touch with one side
 *   only, fall on those readings and are contested there.
 * - A month excused by a proper reason (正当理由) counts as no gap; whether it breaks a run
 *   of consecutive months or only pauses it is Q26, contested where it changes a finding.
 * - A violation of discipline or law: the grading standard decides (the default standard
 *   grades it unqualified), or it is always unqualified (Q29). The point is contested only
 *   where the standard grades the violation above 不合格: elsewhere both readings agree.
 * - The term of a deadline to correct is the branch's to set; the 2019 regulation's one
 *   year is a reading, counted from the day the deadline is set (Q33).
 * - Commendation goes with 优秀 (Q37's default); under the alternative every outstanding
 *   contribution is commended, whatever the grade short of 不合格.
 * - 二（一）2's two grounds each bring criticism and education, and organizational
 *   handling once the member was educated and did not correct, whatever the grade: the
 *   grade's handling is added to theirs. A removal (or a cancellation) absorbs them.
 * - Probationary members are appraised but get no grade (national practice).
 * - "优秀" is at most one third of those graded in a cohort (national practice, Q19).
 *
 * @module
 */
import { z } from "zod";
import {
  CalendarDateSchema,
  RuleDateSchema,
  formatFromDayNumber,
  dayNumberOf,
  type CalendarDate,
} from "../calendar/date.js";
import { periodLastDayNumber, type PeriodOptions } from "../calendar/periods.js";
import type { CitationId } from "../clauses/citation.js";
import type { Recorder } from "../decision/decision.js";
import { defineRule, type ChoicesFor } from "../decision/rule.js";
import { addBilingualIssue, failInput } from "../errors.js";
import { deepFreeze } from "../frozen.js";
import { NonBlankTextSchema } from "../input/text.js";
import type { AlternativeOf } from "../interpretations/registry.js";
import { bilingual, termsInBothLanguages, type Bilingual, type FieldWordIds } from "../locales/index.js";
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

/** The grades' names, in Chinese and English (from the catalogs). */
export const APPRAISAL_GRADE_NAMES: { readonly [Grade in AppraisalGrade]: Bilingual } = termsInBothLanguages("appraisalGrades");

/** What follows a grade, a ground of 二（一）2, or a lapse. */
export type Handling =
  | "commend"
  | "affirm"
  | "help-improve"
  | "criticize-and-educate"
  | "correct-by-deadline"
  | "organizational-handling"
  | "persuade-to-leave"
  | "remove"
  | "cancel-probationary-membership";

/** Every {@link Handling}, in the order the catalogs name them. */
export const HANDLINGS = [
  "commend",
  "affirm",
  "help-improve",
  "criticize-and-educate",
  "correct-by-deadline",
  "organizational-handling",
  "persuade-to-leave",
  "remove",
  "cancel-probationary-membership",
] as const satisfies readonly Handling[];

/**
 * The names of the handlings, as a branch writes them (the words of the opinion and the
 * Party Constitution), in Chinese and English (from the catalogs).
 */
export const HANDLING_NAMES: { readonly [H in Handling]: Bilingual } = termsInBothLanguages("handlings");

/**
 * Where the organization's criticism and education stand on a ground of 二（一）2: not yet
 * given, given and the member corrected, or given and the member did not correct
 * (经教育仍不改正).
 */
export type EducationStage = "not-yet-educated" | "corrected-after-education" | "not-corrected-after-education";

/** Every {@link EducationStage}. */
export const EDUCATION_STAGES = [
  "not-yet-educated",
  "corrected-after-education",
  "not-corrected-after-education",
] as const satisfies readonly EducationStage[];

/**
 * Where an unqualified member's correction stands (党章 第九条): no deadline set yet (the
 * branch educates the member and sets one), a deadline set and still running, or the
 * deadline passed without change (经教育仍无转变: persuade the member to leave).
 */
export type CorrectionStage = "not-yet-required" | "deadline-running" | "no-change-after-deadline";

/** Every {@link CorrectionStage}. */
export const CORRECTION_STAGES = [
  "not-yet-required",
  "deadline-running",
  "no-change-after-deadline",
] as const satisfies readonly CorrectionStage[];

/** The three failures of 党章 第九条 that make a member lapsed after six consecutive months. */
export type LapseCriterion = "organizational-life" | "dues" | "assigned-work";

/** With whom the member was in contact in a month (2.1.2). */
export interface MonthContact {
  /** With the inflow organization (流入地党组织). */
  readonly inflow: boolean;
  /** With the outflow organization (流出地党组织). */
  readonly outflow: boolean;
}

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
  /** Was in contact with the inflow organization, the outflow organization, both or neither. */
  readonly contact: MonthContact;
  /** A proper reason (正当理由) that excuses the month's gaps, or `null`. Never blank. */
  readonly excused: string | null;
}

/** Where the member's activity card stands with the inflow branch (2.1.2). */
export type ActivityCardState = "not-held" | "verified" | "presented-not-verified" | "not-presented";

/** Every {@link ActivityCardState}. */
export const ACTIVITY_CARD_STATES = [
  "not-held",
  "verified",
  "presented-not-verified",
  "not-presented",
] as const satisfies readonly ActivityCardState[];

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
  /**
   * The months just before the period, optional: at most eleven, once each, in any order,
   * the last of them the month before the period's first. They are read only to find a run
   * of consecutive months that reaches into the period (党章 第九条's six months, and a
   * long silence, Q13), never for the period's counts.
   */
  readonly precedingMonths?: readonly AppraisalMonth[] | undefined;
  /** The dates of the member's reports (2.2.4). */
  readonly reports: readonly CalendarDate[];
  /**
   * The activity card: not held (the member left with a letter), held and verified by the
   * inflow branch, presented to the inflow branch and not verified (the branch's failing,
   * 2.1.2), or held and not presented to it.
   */
  readonly activityCard: ActivityCardState;
  /** A violation of discipline or of the law in the period (3.2.2 遵纪守法). */
  readonly violation: "none" | "discipline" | "law";
  /** An outstanding contribution: playing a member's role in an exemplary way (3.2.2 表现突出). */
  readonly outstandingContribution: boolean;
  /**
   * 二（一）2, first ground: the organization found that the member, without proper
   * reason, did not arrange the transfer of the relationship promptly (无正当理由不及时办理
   * 组织关系转接事宜), and where its education stands; `null` when the ground does not
   * arise (no transfer was due, it was arranged in time, or there was a proper reason).
   */
  readonly transferNotArranged: EducationStage | null;
  /**
   * 二（一）2, second ground: where the organization's education stands on the member's
   * long silence. Whether the silence is long is read from the months (Q13); this field
   * is acted on only when it is.
   */
  readonly outOfContactEducation: EducationStage;
  /**
   * 党章 第九条, for a member graded unqualified: where the correction stands. Acted on
   * only for that grade.
   */
  readonly correction: CorrectionStage;
  /**
   * The day the branch set (or sets, at this appraisal) the deadline to correct, optional.
   * Read only under Q33's one-year reading, which counts the year from it.
   */
  readonly correctionSetOn?: CalendarDate | undefined;
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
  /**
   * Whether a transfer not arranged promptly without proper reason (2.1.2) still allows
   * the grade. Optional, for standards written before the ground could be stated:
   * absent means it does not.
   */
  readonly allowTransferNotArranged?: boolean | undefined;
  /**
   * Whether an activity card the member did not present to the inflow branch still allows
   * the grade. A card presented and not verified is the branch's failing (2.1.2), never
   * the member's, and bears on no grade.
   */
  readonly allowCardNotPresented: boolean;
  /** Whether the grade needs an outstanding contribution. */
  readonly requireOutstandingContribution: boolean;
  /**
   * Whether a violation of Party discipline still allows the grade: read only under Q29's
   * default, where the standard decides. Optional: absent means it does not.
   */
  readonly allowDisciplineViolation?: boolean | undefined;
  /** Whether a violation of the law still allows the grade, as {@link GradeThresholds.allowDisciplineViolation}. */
  readonly allowLawViolation?: boolean | undefined;
};

/**
 * A grading standard: the thresholds of the three upper grades (a member who meets none is
 * unqualified). Whether a violation of discipline or law allows a grade is the standard's
 * to say (Q29's default; the default standard allows none), or never (Q29's alternative).
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
    allowTransferNotArranged: false,
    allowCardNotPresented: false,
    requireOutstandingContribution: true,
    allowDisciplineViolation: false,
    allowLawViolation: false,
  },
  qualified: {
    maxMissedOrganizationalLife: 2,
    maxMissedDues: 0,
    maxMissedAssignedWork: 2,
    maxReportGaps: 0,
    allowLongOutOfContact: false,
    allowTransferNotArranged: false,
    allowCardNotPresented: false,
    requireOutstandingContribution: false,
    allowDisciplineViolation: false,
    allowLawViolation: false,
  },
  basicallyQualified: {
    maxMissedOrganizationalLife: 5,
    maxMissedDues: 5,
    maxMissedAssignedWork: 5,
    maxReportGaps: 1,
    allowLongOutOfContact: true,
    allowTransferNotArranged: true,
    allowCardNotPresented: true,
    requireOutstandingContribution: false,
    allowDisciplineViolation: false,
    allowLawViolation: false,
  },
};

/** Why a threshold of the default standard has its value: the key of its note in the catalogs. */
export type ThresholdNote =
  | "excellent-misses-nothing"
  | "dues-monthly"
  | "excellent-does-all-work"
  | "report-every-six-months"
  | "silence-criticized"
  | "transfer-criticized"
  | "card-checked"
  | "outstanding-commended"
  | "observe-discipline-and-law"
  | "little-absence-tolerated"
  | "dues-as-required"
  | "work-two-months-provisional"
  | "qualified-needs-no-contribution"
  | "five-months-in-all"
  | "dues-five-months-in-all"
  | "one-report-provisional"
  | "silence-not-unqualified"
  | "transfer-not-unqualified"
  | "card-provisional"
  | "no-contribution-required";

/** Where a threshold of the default standard comes from. */
export type ThresholdSource = {
  /** `opinion` (the 2013 text), `superior` (a superior rule), or `library` (the library's own default). */
  readonly source: "opinion" | "superior" | "library";
  /** The clause or rule it rests on. */
  readonly citation: CitationId;
  /** Why this value. */
  readonly note: Bilingual;
};

const NOTES: { readonly [Note in ThresholdNote]: Bilingual } = termsInBothLanguages("gradingStandardNotes");

function source(from: ThresholdSource["source"], citation: CitationId, note: ThresholdNote): ThresholdSource {
  return { source: from, citation, note: NOTES[note] };
}

/** For every threshold of every grade of the default standard, its source. */
export const GRADING_STANDARD_SOURCES: {
  readonly [Level in keyof GradingStandard]: { readonly [T in keyof GradeThresholds]-?: ThresholdSource };
} = {
  excellent: {
    maxMissedOrganizationalLife: source("library", "3.2.2", "excellent-misses-nothing"),
    maxMissedDues: source("superior", "dues-rules-2008:12", "dues-monthly"),
    maxMissedAssignedWork: source("library", "3.2.2", "excellent-does-all-work"),
    maxReportGaps: source("opinion", "2.2.4", "report-every-six-months"),
    allowLongOutOfContact: source("opinion", "2.1.2", "silence-criticized"),
    allowTransferNotArranged: source("opinion", "2.1.2", "transfer-criticized"),
    allowCardNotPresented: source("opinion", "2.2.5", "card-checked"),
    requireOutstandingContribution: source("opinion", "3.2.2", "outstanding-commended"),
    allowDisciplineViolation: source("opinion", "3.2.2", "observe-discipline-and-law"),
    allowLawViolation: source("opinion", "3.2.2", "observe-discipline-and-law"),
  },
  qualified: {
    maxMissedOrganizationalLife: source("library", "2.2.4", "little-absence-tolerated"),
    maxMissedDues: source("opinion", "2.2.4", "dues-as-required"),
    maxMissedAssignedWork: source("library", "3.2.2", "work-two-months-provisional"),
    maxReportGaps: source("opinion", "2.2.4", "report-every-six-months"),
    allowLongOutOfContact: source("opinion", "2.1.2", "silence-criticized"),
    allowTransferNotArranged: source("opinion", "2.1.2", "transfer-criticized"),
    allowCardNotPresented: source("opinion", "2.2.5", "card-checked"),
    requireOutstandingContribution: source("library", "3.2.2", "qualified-needs-no-contribution"),
    allowDisciplineViolation: source("opinion", "3.2.2", "observe-discipline-and-law"),
    allowLawViolation: source("opinion", "3.2.2", "observe-discipline-and-law"),
  },
  basicallyQualified: {
    maxMissedOrganizationalLife: source("library", "2.2.4", "five-months-in-all"),
    maxMissedDues: source("library", "2.2.4", "dues-five-months-in-all"),
    maxMissedAssignedWork: source("library", "3.2.2", "five-months-in-all"),
    maxReportGaps: source("library", "2.2.4", "one-report-provisional"),
    allowLongOutOfContact: source("library", "2.1.2", "silence-not-unqualified"),
    allowTransferNotArranged: source("library", "2.1.2", "transfer-not-unqualified"),
    allowCardNotPresented: source("library", "2.2.5", "card-provisional"),
    requireOutstandingContribution: source("library", "3.2.2", "no-contribution-required"),
    allowDisciplineViolation: source("opinion", "3.2.2", "observe-discipline-and-law"),
    allowLawViolation: source("opinion", "3.2.2", "observe-discipline-and-law"),
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
  /** The longest run of consecutive unexcused months, for each criterion of 党章 第九条. */
  readonly longestRun: { readonly [C in LapseCriterion]: number };
  /**
   * The run still going at the record's last month, for each criterion of 党章 第九条: at
   * five, one more unexcused month makes the six (what a branch is warned of).
   */
  readonly runAtEnd: { readonly [C in LapseCriterion]: number };
  /** Six-month stretches without a report (2.2.4). */
  readonly reportGaps: number;
  /** The longest run of consecutive unexcused months without contact. */
  readonly longestWithoutContact: number;
  /** Whether that run is "long" (Q13). */
  readonly longOutOfContact: boolean;
  /** Whether the member held an activity card and did not present it to the inflow branch. */
  readonly cardNotPresented: boolean;
  /** Whether the organization found the transfer not arranged promptly without proper reason (2.1.2). */
  readonly transferNotArranged: boolean;
  /** The violation, if any. */
  readonly violation: "none" | "discipline" | "law";
  /** Whether an outstanding contribution was recorded. */
  readonly outstandingContribution: boolean;
};

/**
 * What the appraisal comes to: lapsed (党章 第九条), graded, appraised without a grade (a
 * probationary member), or a probationary member whose probationary membership is to be
 * cancelled (党章 第七条).
 */
export type EvaluationStatus = "lapsed" | "graded" | "probationary-no-grade" | "probationary-cancelled";

/** Every {@link EvaluationStatus}. */
export const EVALUATION_STATUSES = [
  "lapsed",
  "graded",
  "probationary-no-grade",
  "probationary-cancelled",
] as const satisfies readonly EvaluationStatus[];

/** The outcome of {@link evaluationGrade}. */
export type EvaluationOutcome = {
  /** What the appraisal comes to. */
  readonly status: EvaluationStatus;
  /** The grade, or `null` when lapsed or probationary. */
  readonly grade: AppraisalGrade | null;
  /** What follows, in order: 二（一）2's grounds first, then the grade's. */
  readonly handling: readonly Handling[];
  /** The criteria of six consecutive unexcused months, when lapsed or cancelled. */
  readonly lapsedBy: readonly LapseCriterion[];
  /** The latest deadline a correction can be given (one year after the period, 2019 regulation art. 30), or `null`. */
  readonly latestCorrectionDeadline: CalendarDate | null;
  /** What the record shows. */
  readonly findings: AppraisalFindings;
};

/** Every {@link LapseCriterion}. */
export const LAPSE_CRITERIA = ["organizational-life", "dues", "assigned-work"] as const satisfies readonly LapseCriterion[];

const CountSchema = z.number().int().min(0);

const ViolationSchema = z.enum(["none", "discipline", "law"]);

/** The zod schema of {@link AppraisalFindings}. */
export const AppraisalFindingsSchema = z.strictObject({
  missedOrganizationalLife: CountSchema,
  missedDues: CountSchema,
  missedAssignedWork: CountSchema,
  longestRun: z.strictObject({ "organizational-life": CountSchema, dues: CountSchema, "assigned-work": CountSchema }),
  runAtEnd: z.strictObject({ "organizational-life": CountSchema, dues: CountSchema, "assigned-work": CountSchema }),
  reportGaps: CountSchema,
  longestWithoutContact: CountSchema,
  longOutOfContact: z.boolean(),
  cardNotPresented: z.boolean(),
  transferNotArranged: z.boolean(),
  violation: ViolationSchema,
  outstandingContribution: z.boolean(),
});

/** The zod schema of {@link EvaluationOutcome}, for checking a stored decision. */
export const EvaluationOutcomeSchema = z.strictObject({
  status: z.enum(EVALUATION_STATUSES),
  grade: z.enum(APPRAISAL_GRADES).nullable(),
  handling: z.array(z.enum(HANDLINGS)),
  lapsedBy: z.array(z.enum(LAPSE_CRITERIA)),
  latestCorrectionDeadline: CalendarDateSchema.nullable(),
  findings: AppraisalFindingsSchema,
});

// The zod message is never shown: a failed pattern is reported as a wrong format.
const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

const AppraisalMonthSchema = z.strictObject({
  month: MonthSchema,
  organizationalLife: z.boolean(),
  duesPaid: z.boolean(),
  assignedWork: z.boolean(),
  contact: z.strictObject({ inflow: z.boolean(), outflow: z.boolean() }),
  excused: NonBlankTextSchema.nullable(),
});

/** The most months before the period a record may carry: enough for a year's silence (Q13) to reach into the period. */
const MAX_PRECEDING_MONTHS = 11;

/**
 * The zod schema of {@link AppraisalRecord}: the months must cover the period exactly, the
 * preceding months must lead up to it. A zod object: a records system may `.safeExtend()`
 * it with fields of its own.
 */
export const AppraisalRecordSchema = z
  .strictObject({
    probationary: z.boolean(),
    departure: RuleDateSchema,
    period: z.strictObject({ from: RuleDateSchema, to: RuleDateSchema }),
    months: z.array(AppraisalMonthSchema).readonly(),
    precedingMonths: z.array(AppraisalMonthSchema).max(MAX_PRECEDING_MONTHS).readonly().optional(),
    reports: z.array(RuleDateSchema).readonly(),
    activityCard: z.enum(ACTIVITY_CARD_STATES),
    violation: ViolationSchema,
    outstandingContribution: z.boolean(),
    transferNotArranged: z.enum(EDUCATION_STAGES).nullable(),
    outOfContactEducation: z.enum(EDUCATION_STAGES),
    correction: z.enum(CORRECTION_STAGES),
    correctionSetOn: RuleDateSchema.optional(),
  })
  .check((ctx) => {
    const { period, months } = ctx.value;
    const issue = (path: (string | number)[], message: Bilingual) => addBilingualIssue(ctx, { code: "inconsistent", path, message });
    if (period.to < period.from) {
      issue(["period", "to"], bilingual("error.appraisal-period-reversed"));
      return;
    }
    const first = monthIndex(period.from.slice(0, 7));
    const last = monthIndex(period.to.slice(0, 7));
    const seen = new Set<number>();
    months.forEach((m, index) => {
      const at = monthIndex(m.month);
      if (at < first || at > last) issue(["months", index, "month"], bilingual("error.appraisal-month-outside-period"));
      else if (seen.has(at)) issue(["months", index, "month"], bilingual("error.appraisal-month-repeated"));
      seen.add(at);
    });
    if (seen.size < last - first + 1) issue(["months"], bilingual("error.appraisal-months-incomplete"));
    const preceding = ctx.value.precedingMonths ?? [];
    const before = new Set<number>();
    preceding.forEach((m, index) => {
      const at = monthIndex(m.month);
      if (at >= first || at < first - preceding.length) {
        issue(["precedingMonths", index, "month"], bilingual("error.appraisal-month-not-preceding"));
      } else if (before.has(at)) issue(["precedingMonths", index, "month"], bilingual("error.appraisal-month-repeated"));
      before.add(at);
    });
    ctx.value.reports.forEach((date, index) => {
      if (date < period.from || date > period.to) issue(["reports", index], bilingual("error.appraisal-report-outside-period"));
    });
  });

const StandardThresholdsSchema = z.strictObject({
  maxMissedOrganizationalLife: z.number().int().min(0),
  maxMissedDues: z.number().int().min(0),
  maxMissedAssignedWork: z.number().int().min(0),
  maxReportGaps: z.number().int().min(0),
  allowLongOutOfContact: z.boolean(),
  allowTransferNotArranged: z.boolean().optional(),
  allowCardNotPresented: z.boolean(),
  requireOutstandingContribution: z.boolean(),
  allowDisciplineViolation: z.boolean().optional(),
  allowLawViolation: z.boolean().optional(),
});

/** The zod schema of {@link GradingStandard}. */
export const GradingStandardSchema = z.strictObject({
  excellent: StandardThresholdsSchema,
  qualified: StandardThresholdsSchema,
  basicallyQualified: StandardThresholdsSchema,
});

/** The interpretations the appraisal reads (Q8 and Q21 through the report generator). @internal */
export const GRADE_READS = [
  "Q2.month-measure",
  "Q8.member-report-anchor",
  "Q9.grading-standard",
  "Q11.caller-asserted-facts",
  "Q13.long-out-of-contact",
  "Q14.missing-corresponding-day",
  "Q21.member-report-sequence",
  "Q25.out-of-contact-with-whom",
  "Q26.excused-month-in-run",
  "Q29.violation-and-grade",
  "Q33.correction-deadline",
  "Q37.commendation-basis",
] as const;

/** The interpretations {@link evaluationGrade} reads. @internal */
export type GradeReads = (typeof GRADE_READS)[number];

type Reasoning = Recorder<GradeReads>;

/** Options of {@link evaluationGrade}: interpretation choices and, under Q9's "caller-standard", the standard. */
export interface EvaluationOptions {
  /** Alternatives chosen instead of the defaults, by interpretation id: only the interpretations the rule reads. */
  readonly interpretations?: ChoicesFor<GradeReads> | undefined;
  /** The caller's grading standard (3.2.2: each primary organization sets its own); requires Q9 "caller-standard". */
  readonly standard?: GradingStandard | undefined;
}

/** The options the appraisal's logic reads besides the interpretations. @internal */
export interface AppraisalOptions {
  /** The caller's grading standard, if any. */
  readonly standard?: GradingStandard | undefined;
}

/**
 * A standard is given exactly when Q9's "caller-standard" is chosen: one without the other
 * is refused, at `standard`. @internal
 */
export function checkStandard(
  rule: string,
  standard: GradingStandard | undefined,
  choices: { readonly "Q9.grading-standard"?: AlternativeOf<"Q9.grading-standard"> | undefined } | undefined,
): void {
  const callerStandard = choices?.["Q9.grading-standard"] === "caller-standard";
  if (standard !== undefined && !callerStandard) {
    failInput(rule, ["standard"], "inconsistent", bilingual("error.standard-needs-caller-reading"));
  }
  if (standard === undefined && callerStandard) {
    failInput(rule, ["standard"], "missing", bilingual("error.caller-reading-needs-standard"));
  }
}

/** A month, for one criterion: met, not met with a proper reason, or not met without one. */
type MonthMark = "met" | "excused" | "gap";

/**
 * The longest run of consecutive gaps that reaches into the period (the first `before`
 * marks are the months before it). A met month ends a run; an excused month ends it too,
 * or is passed over when `excusedPauses` (interpretation Q26's alternative).
 */
function longestRun(marks: readonly MonthMark[], before = 0, excusedPauses = false): number {
  let best = 0;
  let run = 0;
  marks.forEach((mark, index) => {
    if (mark === "gap") run += 1;
    else if (mark === "met" || !excusedPauses) run = 0;
    // Only a gap in the period counts a run: one that ends before it (excused months
    // after it or not) was the earlier appraisal's to find.
    if (index >= before && mark === "gap" && run > best) best = run;
  });
  return best;
}

/** The run of gaps still going at the last mark, counted back; an excused month ends it, or is passed over when `excusedPauses` (Q26). */
function runAtEnd(marks: readonly MonthMark[], excusedPauses = false): number {
  let run = 0;
  for (let index = marks.length - 1; index >= 0; index -= 1) {
    const mark = marks[index];
    if (mark === "gap") run += 1;
    else if (mark === "met" || !excusedPauses) break;
  }
  return run;
}

/** The run at which a branch is warned: one month short of 党章 第九条's six. */
export const LAPSE_WARNING_MONTHS = 5;

/**
 * Counts the member's reports not made on time (2.2.4): the due dates in the period, from
 * the generator the schedule lists them with (Q8, Q21), that no report met by its date. A
 * report made late meets its date late, as the schedule marks it, and is counted here.
 * Only the period's reports are in the record, so a date due before the period takes none.
 */
function countReportGaps(record: AppraisalRecord, periods: PeriodOptions, readings: ReturnType<typeof memberReportReadings>): number {
  const from = dayNumberOf(record.period.from);
  const dues = memberReportDues(
    dayNumberOf(record.departure),
    dayNumberOf(record.period.to),
    record.reports.map((d) => dayNumberOf(d)),
    { ...readings, periods, reportsKnownFrom: from },
  );
  return dues.filter((d) => d.due >= from && (d.metOn === null || d.metOn > d.due)).length;
}

/** The three criteria of 党章 第九条, each as a test of a month. */
const CRITERIA: { readonly [C in LapseCriterion]: (m: AppraisalMonth) => boolean } = {
  "organizational-life": (m) => m.organizationalLife,
  dues: (m) => m.duesPaid,
  "assigned-work": (m) => m.assignedWork,
};

/** Whether a month counts as in contact (2.1.2), under each reading of Q25. */
const IN_CONTACT: { readonly [A in AlternativeOf<"Q25.out-of-contact-with-whom">]: (m: AppraisalMonth) => boolean } = {
  // 〔2.1.2〕“长期不与流入地和流出地党组织联系的”: silent toward both; contact with either one is contact.
  "with-neither": (m) => m.contact.inflow || m.contact.outflow,
  "with-either": (m) => m.contact.inflow && m.contact.outflow,
};

/** How many consecutive months without contact are "长期", under each reading of Q13. */
const LONG_SILENCE_MONTHS: { readonly [A in AlternativeOf<"Q13.long-out-of-contact">]: number } = {
  "six-consecutive-months": 6,
  "one-year": 12,
};

function inCalendarOrder(list: readonly AppraisalMonth[]): AppraisalMonth[] {
  // Months are "YYYY-MM" with four-digit years (MonthSchema): their text's order is the calendar's.
  return [...list].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** Works out the findings of a record. @internal */
export function findingsOf(record: AppraisalRecord, reasoning: Reasoning): AppraisalFindings {
  const months = inCalendarOrder(record.months);
  const preceding = inCalendarOrder(record.precedingMonths ?? []);
  const marks = (list: readonly AppraisalMonth[], has: (m: AppraisalMonth) => boolean): MonthMark[] =>
    list.map((m) => (has(m) ? "met" : m.excused === null ? "gap" : "excused"));
  const count = (list: readonly MonthMark[]) => list.filter((mark) => mark === "gap").length;
  // 党章 第九条's runs count the months before the period that lead into it; an excused
  // month breaks a run or is passed over (Q26).
  const sequence = (has: (m: AppraisalMonth) => boolean) => [...marks(preceding, has), ...marks(months, has)];
  const run = (has: (m: AppraisalMonth) => boolean, pauses: boolean) => longestRun(sequence(has), preceding.length, pauses);
  const runs = (pausing: boolean) => ({
    "organizational-life": run(CRITERIA["organizational-life"], pausing),
    dues: run(CRITERIA.dues, pausing),
    "assigned-work": run(CRITERIA["assigned-work"], pausing),
  });
  const going = (has: (m: AppraisalMonth) => boolean, pauses: boolean) => runAtEnd(sequence(has), pauses);
  const runsAtEnd = (pausing: boolean) => ({
    "organizational-life": going(CRITERIA["organizational-life"], pausing),
    dues: going(CRITERIA.dues, pausing),
    "assigned-work": going(CRITERIA["assigned-work"], pausing),
  });
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const pauses = reasoning.interpret("Q26.excused-month-in-run") === "pauses-run";
  const whom = reasoning.interpret("Q25.out-of-contact-with-whom");
  const longestWithoutContact = run(IN_CONTACT[whom], pauses);
  const silence = reasoning.interpret("Q13.long-out-of-contact");
  const isLong = (monthsSilent: number) => monthsSilent >= LONG_SILENCE_MONTHS[silence];
  const longestRuns = runs(pauses);
  const endRuns = runsAtEnd(pauses);
  // Each point is contested only where its other reading changes a finding the outcome
  // rests on; without a trace, contesting is only reading, so the comparisons are skipped.
  if (reasoning.traced) {
    // 〔2.1.2〕“长期不与流入地和流出地党组织联系的,党组织要进行批评教育”: six months to a year is long under one reading of Q13 only.
    if (longestWithoutContact >= 6 && longestWithoutContact < 12) {
      reasoning.contest("Q13.long-out-of-contact", "reason.grade-silence-length", { months: longestWithoutContact });
    }
    const otherWhom = whom === "with-neither" ? "with-either" : "with-neither";
    if (isLong(longestWithoutContact) !== isLong(run(IN_CONTACT[otherWhom], pauses))) {
      reasoning.contest("Q25.out-of-contact-with-whom", "reason.grade-silence-one-side");
    }
    const otherRuns = runs(!pauses);
    const otherEndRuns = runsAtEnd(!pauses);
    const lapseDiffers = LAPSE_CRITERIA.some(
      (c) =>
        (longestRuns[c] >= 6) !== (otherRuns[c] >= 6) ||
        (endRuns[c] === LAPSE_WARNING_MONTHS) !== (otherEndRuns[c] === LAPSE_WARNING_MONTHS),
    );
    const silenceDiffers = isLong(longestWithoutContact) !== isLong(run(IN_CONTACT[whom], !pauses));
    if (lapseDiffers || silenceDiffers) reasoning.contest("Q26.excused-month-in-run", "reason.grade-excused-month");
  }
  return {
    missedOrganizationalLife: count(marks(months, CRITERIA["organizational-life"])),
    missedDues: count(marks(months, CRITERIA.dues)),
    missedAssignedWork: count(marks(months, CRITERIA["assigned-work"])),
    longestRun: longestRuns,
    runAtEnd: endRuns,
    // 〔2.2.4〕“每6个月要以书信、电话或互联网等形式向组织关系所在地党组织汇报思想、学习和工作情况”
    reportGaps: countReportGaps(record, { measure, missingDay }, memberReportReadings(reasoning)),
    longestWithoutContact,
    longOutOfContact: isLong(longestWithoutContact),
    cardNotPresented: record.activityCard === "not-presented",
    transferNotArranged: record.transferNotArranged !== null,
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
    (t.allowTransferNotArranged === true || !findings.transferNotArranged) &&
    (t.allowCardNotPresented || !findings.cardNotPresented) &&
    (!t.requireOutstandingContribution || findings.outstandingContribution) &&
    (findings.violation !== "discipline" || t.allowDisciplineViolation === true) &&
    (findings.violation !== "law" || t.allowLawViolation === true)
  );
}

/**
 * The grade a standard gives: the best whose thresholds all hold. A violation is
 * unqualified whatever the standard when `violationAlwaysUnqualified` (Q29's alternative).
 * @internal
 */
export function gradeOf(findings: AppraisalFindings, standard: GradingStandard, violationAlwaysUnqualified = false): AppraisalGrade {
  if (findings.violation !== "none" && violationAlwaysUnqualified) return "unqualified";
  if (meets(findings, standard.excellent)) return "excellent";
  if (meets(findings, standard.qualified)) return "qualified";
  if (meets(findings, standard.basicallyQualified)) return "basically-qualified";
  return "unqualified";
}

/**
 * The handling a grade brings (for an unqualified member, 党章 第九条 by where the
 * correction stands). With `commendOutstanding` (Q37's alternative), a member graded
 * 合格 or 基本合格 with an outstanding contribution is commended too.
 * @internal
 */
export function handlingOf(grade: AppraisalGrade, record: AppraisalRecord, commendOutstanding = false): Handling[] {
  const commend: Handling[] = commendOutstanding && record.outstandingContribution ? ["commend"] : [];
  switch (grade) {
    case "excellent":
      return ["commend"];
    case "qualified":
      return ["affirm", ...commend];
    case "basically-qualified":
      return ["help-improve", ...commend];
    case "unqualified":
      return unqualifiedHandling(record.correction);
    default: {
      const unknown: never = grade;
      return unknown;
    }
  }
}

/** 党章 第九条, by where an unqualified member's correction stands. */
function unqualifiedHandling(stage: CorrectionStage): Handling[] {
  switch (stage) {
    // 《中国共产党章程》第九条：“党的支部应当对他进行教育，要求他限期改正”
    case "not-yet-required":
      return ["criticize-and-educate", "correct-by-deadline"];
    case "deadline-running":
      return ["correct-by-deadline"];
    // 《中国共产党章程》第九条：“经教育仍无转变的，应当劝他退党”
    case "no-change-after-deadline":
      return ["persuade-to-leave"];
    default: {
      const unknown: never = stage;
      return unknown;
    }
  }
}

/** What a ground of 二（一）2 brings, by where the education stands. */
function groundHandling(stage: EducationStage): Handling | null {
  switch (stage) {
    // 〔2.1.2〕“党组织要进行批评教育”
    case "not-yet-educated":
      return "criticize-and-educate";
    case "corrected-after-education":
      return null;
    // 〔2.1.2〕“经教育仍不改正的,其正式组织关系所在党组织要按党章及党内有关规定进行组织处理”
    case "not-corrected-after-education":
      return "organizational-handling";
    default: {
      const unknown: never = stage;
      return unknown;
    }
  }
}

/**
 * The handling 二（一）2's grounds bring, in the text's order (the transfer, then the
 * silence), whatever the grade. @internal
 */
export function groundsHandlingOf(record: AppraisalRecord, findings: AppraisalFindings): Handling[] {
  const stages = [record.transferNotArranged, findings.longOutOfContact ? record.outOfContactEducation : null];
  return combineHandling(stages.map((stage) => (stage === null ? null : groundHandling(stage))).filter((h) => h !== null), []);
}

/** The grounds' handling, then the grade's, each once. @internal */
export function combineHandling(grounds: readonly Handling[], grade: readonly Handling[]): Handling[] {
  return [...new Set([...grounds, ...grade])];
}

/** What takes the place of 二（一）2's handling: a removal, a cancellation, or nothing. */
type Absorption = "remove" | "cancel-probationary-membership" | null;

/**
 * Records 二（一）2's grounds, one step each, and returns their handling. A removal or a
 * cancellation (`absorbedBy`) takes the place of both: the member leaves the Party's
 * rolls, and neither criticism nor further handling follows.
 */
function reasonGrounds(record: AppraisalRecord, findings: AppraisalFindings, reasoning: Reasoning, absorbedBy: Absorption): Handling[] {
  // A probationary member's organizational handling is under 党章 第七条: cited before the step that says so.
  const citeProbation = (stage: EducationStage) => {
    if (stage === "not-corrected-after-education" && absorbedBy === null && record.probationary) reasoning.cite("party-constitution:7");
  };
  const handled = (stage: EducationStage) => (absorbedBy === null ? groundHandling(stage) : null);
  const words = { absorbedBy, probationary: record.probationary };
  if (record.transferNotArranged !== null) {
    // 〔2.1.2〕“流动党员无正当理由不及时办理组织关系转接事宜”: "无正当理由" and "不及时" are
    // not defined; the organization establishes them (Q11).
    reasoning.interpret("Q11.caller-asserted-facts");
    const stage = record.transferNotArranged;
    citeProbation(stage);
    reasoning.step("transfer-not-arranged", "2.1.2", { transferNotArranged: stage }, handled(stage), words);
  }
  const silence = record.outOfContactEducation;
  const whom = reasoning.interpret("Q25.out-of-contact-with-whom");
  const facts = { longestWithoutContact: findings.longestWithoutContact, outOfContactEducation: silence };
  if (findings.longOutOfContact) {
    // 〔2.1.2〕“长期不与流入地和流出地党组织联系的,党组织要进行批评教育”
    citeProbation(silence);
    reasoning.step("long-out-of-contact", "2.1.2", facts, handled(silence), { ...words, whom, long: true });
  } else if (silence !== "not-yet-educated") {
    // The organization educated the member for a silence this period does not show as long.
    reasoning.step("long-out-of-contact", "2.1.2", facts, null, { ...words, whom, long: false });
  }
  return absorbedBy === null ? groundsHandlingOf(record, findings) : [];
}

/** The standard in force (Q9). @internal */
export function standardIn(standard: GradingStandard | undefined, reasoning: Pick<Reasoning, "interpret">): GradingStandard {
  const reading = reasoning.interpret("Q9.grading-standard");
  switch (reading) {
    case "library-default-standard":
      return DEFAULT_GRADING_STANDARD;
    // 〔3.2.2〕“制定操作性强的目标管理考核办法”: the primary organization's own standard.
    case "caller-standard":
      return standard ?? DEFAULT_GRADING_STANDARD;
    default: {
      const unknown: never = reading;
      return unknown;
    }
  }
}

/**
 * Whether the period's first month has a gap while the months before it are not given: a
 * run from it may have begun earlier, and the findings step says so.
 */
function runMayStartEarlier(record: AppraisalRecord, whom: AlternativeOf<"Q25.out-of-contact-with-whom">): boolean {
  if (record.precedingMonths !== undefined) return false;
  const first = inCalendarOrder(record.months)[0];
  return (
    first !== undefined &&
    first.excused === null &&
    !(first.organizationalLife && first.duesPaid && first.assignedWork && IN_CONTACT[whom](first))
  );
}

/**
 * The appraisal's logic on a validated record: the findings, a lapse, 二（一）2's grounds,
 * then the grade (or none, for a probationary member) and its handling. @internal
 */
export function decideAppraisal(record: AppraisalRecord, reasoning: Reasoning, options: AppraisalOptions): EvaluationOutcome {
  const findings = findingsOf(record, reasoning);
  const whom = reasoning.interpret("Q25.out-of-contact-with-whom");
  // 〔2.2.5〕“了解流动党员外出期间的表现情况,对其进行评议”
  if (reasoning.traced) {
    const { period } = record;
    reasoning.step(
      "findings",
      "2.2.5",
      {
        "period.from": period.from,
        "period.to": period.to,
        "months.length": record.months.length,
        "precedingMonths.length": record.precedingMonths?.length ?? 0,
        "reports.length": record.reports.length,
      },
      findings,
      { whom, unseen: runMayStartEarlier(record, whom) },
    );
  }
  reasoning.cite("2.2.4");
  // 〔2.1.2〕“流入地党支部要及时验证并报上级党组织备案”: the branch's duty, which bears on no grade of the member's.
  if (record.activityCard === "presented-not-verified") {
    reasoning.step("card-not-verified", "2.1.2", { activityCard: record.activityCard }, null);
  }

  // 《中国共产党章程》第九条：“党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党”
  const lapsedBy = LAPSE_CRITERIA.filter((c) => findings.longestRun[c] >= 6);
  reasoning.step("lapse", "party-constitution:9", { longestRun: findings.longestRun }, lapsedBy, { probationary: record.probationary });
  if (lapsedBy.length > 0) {
    if (lapsedBy.includes("dues")) reasoning.cite("dues-rules-2008:13");
    if (record.probationary) {
      // 《中国共产党章程》第七条：“预备党员的义务同正式党员一样”“不履行党员义务，不具备党员条件的，应当取消预备党员资格”;
      // 除名 (第九条) is for full members.
      reasoning.step("probationary-lapse", "party-constitution:7", { probationary: true }, "cancel-probationary-membership");
      reasonGrounds(record, findings, reasoning, "cancel-probationary-membership");
      return {
        status: "probationary-cancelled",
        grade: null,
        handling: ["cancel-probationary-membership"],
        lapsedBy,
        latestCorrectionDeadline: null,
        findings,
      };
    }
    // 《中国共产党章程》第九条：“支部大会应当决定把这样的党员除名，并报上级党组织批准”
    reasonGrounds(record, findings, reasoning, "remove");
    return { status: "lapsed", grade: null, handling: ["remove"], lapsedBy, latestCorrectionDeadline: null, findings };
  }

  const grounds = reasonGrounds(record, findings, reasoning, null);

  if (record.probationary) {
    // National practice: a probationary member is appraised but gets no grade.
    reasoning.step("probationary", "appraisal-practice", { probationary: true }, null);
    const commend: Handling[] = commendsOutstanding(record, reasoning) ? ["commend"] : [];
    return {
      status: "probationary-no-grade",
      grade: null,
      handling: combineHandling(grounds, commend),
      lapsedBy: [],
      latestCorrectionDeadline: null,
      findings,
    };
  }

  // 〔2.2.5〕“要严格执行评议和处置标准,按规定评定等次,作出相应处理”
  const standard = standardIn(options.standard, reasoning);
  const byStandard = gradeOf(findings, standard);
  let grade = byStandard;
  if (record.violation !== "none") {
    // 〔3.2.2〕“遵纪守法”: the standard weighs a violation, or every violation is unqualified
    // (Q29). Where the standard grades this one unqualified itself, both readings agree.
    const reading =
      byStandard === "unqualified"
        ? reasoning.interpret("Q29.violation-and-grade")
        : reasoning.contest("Q29.violation-and-grade", "reason.grade-violation");
    if (reading === "always-unqualified") grade = "unqualified";
  }
  reasoning.step("grade", "2.2.5", { violation: record.violation, outstandingContribution: record.outstandingContribution }, grade);
  reasoning.cite("appraisal-practice");
  if (grade === "excellent") reasoning.cite("3.2.2");
  if (record.violation !== "none") reasoning.cite("3.2.2");
  const commend = grade === "qualified" || grade === "basically-qualified" ? commendsOutstanding(record, reasoning) : false;
  const gradeHandling = handlingOf(grade, record, commend);
  const latestCorrectionDeadline = grade === "unqualified" ? reasonCorrection(record, gradeHandling, reasoning) : null;
  return { status: "graded", grade, handling: combineHandling(grounds, gradeHandling), lapsedBy: [], latestCorrectionDeadline, findings };
}

/**
 * Whether a member with an outstanding contribution who is not graded 优秀 is commended
 * (3.2.2 “对于表现突出的，要给予表彰”): only with the grade (Q37's default), or whenever the
 * contribution is recorded (its alternative). The facts fall on the point only when there
 * is such a contribution.
 */
function commendsOutstanding(record: AppraisalRecord, reasoning: Reasoning): boolean {
  if (!record.outstandingContribution) return false;
  const basis = reasoning.contest("Q37.commendation-basis", "reason.grade-commendation");
  if (basis === "excellent-grade") return false;
  // 〔3.2.2〕“对于表现突出的,要给予表彰”
  reasoning.step("commendation", "3.2.2", { outstandingContribution: true }, "commend");
  return true;
}

/** How the term of a deadline to correct is said: none to say, set by the branch, or at most a year (Q33). */
type CorrectionTerm = "none" | "set-by-branch" | "one-year";

/**
 * Records what an unqualified grade brings (党章 第九条) and returns the latest day the
 * deadline to correct may run to: only under Q33's one-year reading, counted from the day
 * the deadline was set, when that day is given.
 */
function reasonCorrection(record: AppraisalRecord, gradeHandling: readonly Handling[], reasoning: Reasoning): CalendarDate | null {
  if (!gradeHandling.includes("correct-by-deadline")) {
    // 《中国共产党章程》第九条：“经教育仍无转变的，应当劝他退党”
    reasoning.step("unqualified", "party-constitution:9", { correction: record.correction }, [...gradeHandling], {
      term: "none",
      latest: null,
    });
    return null;
  }
  // 《中国共产党章程》第九条：“要求他限期改正”: how long is Q33's.
  const reading = reasoning.interpret("Q33.correction-deadline");
  let term: CorrectionTerm = "set-by-branch";
  let latest: CalendarDate | null = null;
  if (reading === "one-year-2019-regulation") {
    reasoning.cite("education-regulation-2019:30");
    term = "one-year";
    const setOn = record.correctionSetOn;
    if (setOn !== undefined) {
      const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
      const end = periodLastDayNumber("evaluationGrade", dayNumberOf(setOn), { years: 1 }, { missingDay });
      if (end.clamped) reasoning.contest("Q14.missing-corresponding-day", "reason.grade-deadline-no-corresponding-day", { setOn });
      latest = formatFromDayNumber(end.day);
    }
  }
  reasoning.step(
    "unqualified",
    "party-constitution:9",
    record.correctionSetOn === undefined
      ? { correction: record.correction }
      : { correction: record.correction, correctionSetOn: record.correctionSetOn },
    [...gradeHandling],
    { term, latest },
  );
  return latest;
}

/**
 * Appraises a member's record over a period: one of the four grades and the handling
 * that follows, or lapse, which overrides every grade: six consecutive months, without
 * proper reason, of no organizational life, or no dues, or no assigned work (党章 第九条).
 * A probationary member is appraised but gets no grade; one with such six months has the
 * probationary membership cancelled (党章 第七条). 二（一）2's grounds (a transfer not
 * arranged promptly, a long silence) bring criticism and education, and organizational
 * handling when the member was educated and did not correct, whatever the grade.
 *
 * The function carries its declaration: `evaluationGrade.input` (the schema of
 * {@link AppraisalRecord}), `.options`, `.outcome`, `.reads` (the interpretations it reads),
 * `.clauses`, and `.decideOutcome`, which gives the outcome alone, without a trace.
 *
 * @clause 2.2.5
 * @clause 3.2.2
 * @clause 2.2.4
 * @clause 2.1.2
 *
 * @param record - the months of the period (and optionally those just before it), the reports, the card, violations, contributions, 二（一）2's grounds and the correction of an unqualified member
 * @param options - interpretation choices (Q2, Q8, Q9, Q11, Q13, Q14, Q21, Q25, Q26, Q29, Q33, Q37) and, under Q9 "caller-standard", the standard
 * @returns the decision: status, grade, handling, the lapse criteria, the correction deadline and the findings, with citations, trace and interpretations
 * @throws {@link RuleInputError} for invalid or inconsistent records (a month missing or repeated, say), or a standard without Q9 "caller-standard" (or that reading without a standard)
 *
 * @example
 * ```ts
 * const months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"].map((month) => ({
 *   month, organizationalLife: true, duesPaid: month < "2024-03", assignedWork: true,
 *   contact: { inflow: true, outflow: true }, excused: null,
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
 *   transferNotArranged: null,
 *   outOfContactEducation: "not-yet-educated",
 *   correction: "not-yet-required",
 * }).outcome.grade;
 * //=> "basically-qualified" (four unpaid months: not yet six)
 * ```
 *
 * @function
 */
export const evaluationGrade = defineRule({
  name: "evaluationGrade",
  clauses: ["2.2.5", "3.2.2", "2.2.4", "2.1.2"],
  input: AppraisalRecordSchema,
  outcome: EvaluationOutcomeSchema,
  reads: GRADE_READS,
  options: { standard: GradingStandardSchema.optional() },
  check: (_record, options) => checkStandard("evaluationGrade", options.extra.standard, options.interpretations),
  decide: decideAppraisal,
});

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [
  APPRAISAL_GRADES,
  APPRAISAL_GRADE_NAMES,
  HANDLING_NAMES,
  DEFAULT_GRADING_STANDARD,
  GRADING_STANDARD_SOURCES,
  ACTIVITY_CARD_STATES,
  CORRECTION_STAGES,
  EDUCATION_STAGES,
  EVALUATION_STATUSES,
  HANDLINGS,
  LAPSE_CRITERIA,
  GRADE_READS,
]) {
  deepFreeze(table);
}

declare module "../locales/catalog.js" {
  interface RuleOutcomes {
    evaluationGrade: EvaluationOutcome;
  }
  interface Terms {
    /** The four appraisal grades. */
    readonly appraisalGrades: { readonly [Grade in AppraisalGrade]: string };
    /** What follows a grade, a ground of 二（一）2 or a lapse, as a branch writes it. */
    readonly handlings: { readonly [H in Handling]: string };
    /** The failures of 党章 第九条, as its sentence names them. */
    readonly lapseCriteria: { readonly [C in LapseCriterion]: string };
    /** Why each threshold of the default grading standard has its value. */
    readonly gradingStandardNotes: { readonly [Note in ThresholdNote]: string };
  }
  interface Messages {
    findings: { readonly whom: AlternativeOf<"Q25.out-of-contact-with-whom">; readonly unseen: boolean };
    "card-not-verified": Record<never, never>;
    lapse: { readonly probationary: boolean };
    "probationary-lapse": Record<never, never>;
    "transfer-not-arranged": { readonly absorbedBy: Absorption; readonly probationary: boolean };
    "long-out-of-contact": {
      readonly whom: AlternativeOf<"Q25.out-of-contact-with-whom">;
      readonly long: boolean;
      readonly absorbedBy: Absorption;
      readonly probationary: boolean;
    };
    probationary: Record<never, never>;
    grade: Record<never, never>;
    commendation: Record<never, never>;
    unqualified: { readonly term: CorrectionTerm; readonly latest: string | null };
    "reason.grade-silence-length": { readonly months: number };
    "reason.grade-silence-one-side": Record<never, never>;
    "reason.grade-excused-month": Record<never, never>;
    "reason.grade-violation": Record<never, never>;
    "reason.grade-commendation": Record<never, never>;
    "reason.grade-deadline-no-corresponding-day": { readonly setOn: string };
    "error.appraisal-period-reversed": Record<never, never>;
    "error.appraisal-month-outside-period": Record<never, never>;
    "error.appraisal-month-repeated": Record<never, never>;
    "error.appraisal-months-incomplete": Record<never, never>;
    "error.appraisal-month-not-preceding": Record<never, never>;
    "error.appraisal-report-outside-period": Record<never, never>;
    "error.standard-needs-caller-reading": Record<never, never>;
    "error.caller-reading-needs-standard": Record<never, never>;
  }
  // The words of the input's fields, for forms and the JSON Schema of scenario files (FieldWordIds).
  interface ToolMessages
    extends FieldWordIds<
      "evaluationGrade",
      {
        probationary: never;
        departure: never;
        period: never;
        "period.from": never;
        "period.to": never;
        months: never;
        "months.month": never;
        "months.organizationalLife": never;
        "months.duesPaid": never;
        "months.assignedWork": never;
        "months.contact": never;
        "months.contact.inflow": never;
        "months.contact.outflow": never;
        "months.excused": "null";
        precedingMonths: never;
        reports: never;
        activityCard: ActivityCardState;
        violation: AppraisalRecord["violation"];
        outstandingContribution: never;
        transferNotArranged: EducationStage | "null";
        outOfContactEducation: EducationStage;
        correction: CorrectionStage;
        correctionSetOn: never;
      }
    > {}
}

/** The parameters of {@link evaluationGrade}'s steps, for the catalogs. @internal */
export type GradeAbsorption = Absorption;
/** @internal */
export type GradeCorrectionTerm = CorrectionTerm;
