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
 *   grades it unqualified), or it is always unqualified (Q29).
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
import type { AlternativeOf } from "../interpretations/registry.js";
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

/** The names of the handlings, as a branch writes them (the words of the opinion and the Party Constitution). */
export const HANDLING_NAMES: { readonly [H in Handling]: Bilingual } = {
  commend: { zh: "给予表彰", en: "commendation" },
  affirm: { zh: "予以肯定鼓励", en: "affirmation and encouragement" },
  "help-improve": { zh: "指出不足并帮助改进提高", en: "pointing out shortcomings and helping to improve" },
  "criticize-and-educate": { zh: "批评教育", en: "criticism and education" },
  "correct-by-deadline": { zh: "限期改正", en: "correction within a set time" },
  "organizational-handling": {
    zh: "按党章及党内有关规定进行组织处理",
    en: "organizational handling under the Party Constitution and other Party rules",
  },
  "persuade-to-leave": {
    zh: "劝其退党（经支部大会讨论决定，并报上级党组织批准）",
    en: "persuasion to leave the Party (decided by the branch general meeting, approved by the Party organization above)",
  },
  remove: {
    zh: "除名（经支部大会决定，并报上级党组织批准）",
    en: "removal from the rolls (decided by the branch general meeting, approved by the Party organization above)",
  },
  "cancel-probationary-membership": {
    zh: "取消预备党员资格（经支部大会讨论通过和上级党组织批准）",
    en: "cancellation of probationary membership (passed by the branch general meeting, approved by the Party organization above)",
  },
};

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
  readonly [Level in keyof GradingStandard]: { readonly [T in keyof GradeThresholds]-?: ThresholdSource };
} = {
  excellent: {
    maxMissedOrganizationalLife: { source: "library", citation: "3.2.2", note: { zh: "优秀者无缺勤", en: "an excellent member misses nothing" } },
    maxMissedDues: { source: "superior", citation: "dues-rules-2008:12", note: { zh: "按月交纳党费", en: "dues are paid monthly" } },
    maxMissedAssignedWork: { source: "library", citation: "3.2.2", note: { zh: "优秀者完成全部工作", en: "an excellent member does all the work assigned" } },
    maxReportGaps: { source: "opinion", citation: "2.2.4", note: { zh: "每6个月汇报一次", en: "a report every 6 months" } },
    allowLongOutOfContact: { source: "opinion", citation: "2.1.2", note: { zh: "长期不联系的要批评教育", en: "a long silence brings criticism" } },
    allowTransferNotArranged: { source: "opinion", citation: "2.1.2", note: { zh: "无正当理由不及时办理组织关系转接的要批评教育", en: "a transfer not arranged promptly without proper reason brings criticism" } },
    allowCardNotPresented: { source: "opinion", citation: "2.2.5", note: { zh: "党组织通过查验《流动党员活动证》了解外出期间的表现，未向流入地党支部出示的无从查验", en: "the organization learns how the member performed by checking the card; a card never presented cannot be checked" } },
    requireOutstandingContribution: { source: "opinion", citation: "3.2.2", note: { zh: "表现突出的给予表彰", en: "outstanding performers are commended" } },
    allowDisciplineViolation: { source: "opinion", citation: "3.2.2", note: { zh: "三（二）2要求遵纪守法；默认标准对违纪违法一律评为不合格（解释二十九）", en: "3.2.2 requires observing discipline and the law; the default standard grades any violation unqualified (Q29)" } },
    allowLawViolation: { source: "opinion", citation: "3.2.2", note: { zh: "三（二）2要求遵纪守法；默认标准对违纪违法一律评为不合格（解释二十九）", en: "3.2.2 requires observing discipline and the law; the default standard grades any violation unqualified (Q29)" } },
  },
  qualified: {
    maxMissedOrganizationalLife: { source: "library", citation: "2.2.4", note: { zh: "允许少量不参加（暂定2个月，条文未规定）", en: "a little absence tolerated (provisionally 2 months; the text sets none)" } },
    maxMissedDues: { source: "opinion", citation: "2.2.4", note: { zh: "按规定交纳党费", en: "dues paid as required" } },
    maxMissedAssignedWork: { source: "library", citation: "3.2.2", note: { zh: "暂定2个月（条文未规定）", en: "provisionally 2 months (the text sets none)" } },
    maxReportGaps: { source: "opinion", citation: "2.2.4", note: { zh: "每6个月汇报一次", en: "a report every 6 months" } },
    allowLongOutOfContact: { source: "opinion", citation: "2.1.2", note: { zh: "长期不联系的要批评教育", en: "a long silence brings criticism" } },
    allowTransferNotArranged: { source: "opinion", citation: "2.1.2", note: { zh: "无正当理由不及时办理组织关系转接的要批评教育", en: "a transfer not arranged promptly without proper reason brings criticism" } },
    allowCardNotPresented: { source: "opinion", citation: "2.2.5", note: { zh: "党组织通过查验《流动党员活动证》了解外出期间的表现，未向流入地党支部出示的无从查验", en: "the organization learns how the member performed by checking the card; a card never presented cannot be checked" } },
    requireOutstandingContribution: { source: "library", citation: "3.2.2", note: { zh: "合格不要求突出表现", en: "qualified needs no outstanding contribution" } },
    allowDisciplineViolation: { source: "opinion", citation: "3.2.2", note: { zh: "三（二）2要求遵纪守法；默认标准对违纪违法一律评为不合格（解释二十九）", en: "3.2.2 requires observing discipline and the law; the default standard grades any violation unqualified (Q29)" } },
    allowLawViolation: { source: "opinion", citation: "3.2.2", note: { zh: "三（二）2要求遵纪守法；默认标准对违纪违法一律评为不合格（解释二十九）", en: "3.2.2 requires observing discipline and the law; the default standard grades any violation unqualified (Q29)" } },
  },
  basicallyQualified: {
    maxMissedOrganizationalLife: { source: "library", citation: "2.2.4", note: { zh: "暂定累计不超过5个月（条文未规定；党章第九条只规定连续六个月的界线）", en: "provisionally at most 5 months in all (the text sets none; art. 9 of the Party Constitution draws a line only for six consecutive months)" } },
    maxMissedDues: { source: "library", citation: "2.2.4", note: { zh: "暂定累计不超过5个月（条文未规定；党费规定只规定连续6个月不交纳的界线）", en: "provisionally at most 5 months in all (the text sets none; the dues rules draw a line only for six consecutive months)" } },
    maxMissedAssignedWork: { source: "library", citation: "3.2.2", note: { zh: "暂定累计不超过5个月（条文未规定；党章第九条只规定连续六个月的界线）", en: "provisionally at most 5 months in all (the text sets none; art. 9 of the Party Constitution draws a line only for six consecutive months)" } },
    maxReportGaps: { source: "library", citation: "2.2.4", note: { zh: "暂定允许缺1次（条文未规定）", en: "provisionally one missed report (the text sets none)" } },
    allowLongOutOfContact: { source: "library", citation: "2.1.2", note: { zh: "长期不联系的批评教育，不因此评为不合格", en: "a long silence is criticized, not by itself unqualified" } },
    allowTransferNotArranged: { source: "library", citation: "2.1.2", note: { zh: "无正当理由不及时办理组织关系转接的批评教育，不因此评为不合格", en: "a transfer not arranged promptly is criticized, not by itself unqualified" } },
    allowCardNotPresented: { source: "library", citation: "2.2.5", note: { zh: "暂定（条文未规定）", en: "provisional (the text sets none)" } },
    requireOutstandingContribution: { source: "library", citation: "3.2.2", note: { zh: "不要求突出表现", en: "no outstanding contribution required" } },
    allowDisciplineViolation: { source: "opinion", citation: "3.2.2", note: { zh: "三（二）2要求遵纪守法；默认标准对违纪违法一律评为不合格（解释二十九）", en: "3.2.2 requires observing discipline and the law; the default standard grades any violation unqualified (Q29)" } },
    allowLawViolation: { source: "opinion", citation: "3.2.2", note: { zh: "三（二）2要求遵纪守法；默认标准对违纪违法一律评为不合格（解释二十九）", en: "3.2.2 requires observing discipline and the law; the default standard grades any violation unqualified (Q29)" } },
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
  cardNotPresented: z.boolean(),
  transferNotArranged: z.boolean(),
  violation: z.enum(["none", "discipline", "law"]),
  outstandingContribution: z.boolean(),
});

/** The zod schema of {@link EvaluationOutcome}, for checking a stored decision. */
export const EvaluationOutcomeSchema: z.ZodType<EvaluationOutcome> = z.strictObject({
  status: z.enum(EVALUATION_STATUSES),
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

/** The zod schema of {@link AppraisalRecord}: the months must cover the period exactly, the preceding months must lead up to it. */
export const AppraisalRecordSchema: z.ZodType<AppraisalRecord> = z
  .strictObject({
    probationary: z.boolean(),
    departure: RuleDateSchema,
    period: z.strictObject({ from: RuleDateSchema, to: RuleDateSchema }),
    months: z.array(AppraisalMonthSchema),
    precedingMonths: z.array(AppraisalMonthSchema).max(MAX_PRECEDING_MONTHS).optional(),
    reports: z.array(RuleDateSchema),
    activityCard: z.enum(ACTIVITY_CARD_STATES),
    violation: z.enum(["none", "discipline", "law"]),
    outstandingContribution: z.boolean(),
    transferNotArranged: z.enum(EDUCATION_STAGES).nullable(),
    outOfContactEducation: z.enum(EDUCATION_STAGES),
    correction: z.enum(CORRECTION_STAGES),
    correctionSetOn: RuleDateSchema.optional(),
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
    const preceding = ctx.value.precedingMonths ?? [];
    const before = new Set<number>();
    preceding.forEach((m, index) => {
      const at = monthIndex(m.month);
      if (at >= first || at < first - preceding.length) {
        issue(["precedingMonths", index, "month"], "该月不在评议期间开始前紧接的月份之内", "the month is not among those just before the period");
      } else if (before.has(at)) issue(["precedingMonths", index, "month"], "该月重复出现", "the month appears twice");
      before.add(at);
    });
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
  allowTransferNotArranged: z.boolean().optional(),
  allowCardNotPresented: z.boolean(),
  requireOutstandingContribution: z.boolean(),
  allowDisciplineViolation: z.boolean().optional(),
  allowLawViolation: z.boolean().optional(),
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

/** The three criteria of 党章 第九条, each as a test of a month. */
const CRITERIA: { readonly [C in LapseCriterion]: (m: AppraisalMonth) => boolean } = {
  "organizational-life": (m) => m.organizationalLife,
  dues: (m) => m.duesPaid,
  "assigned-work": (m) => m.assignedWork,
};

/** Whether a month counts as in contact (2.1.2), under each reading of Q25. */
const IN_CONTACT: { readonly [A in AlternativeOf<"Q25.out-of-contact-with-whom">]: (m: AppraisalMonth) => boolean } = {
  // "不与流入地和流出地党组织联系": silent toward both; contact with either one is contact.
  "with-neither": (m) => m.contact.inflow || m.contact.outflow,
  "with-either": (m) => m.contact.inflow && m.contact.outflow,
};

/** Works out the findings of a record. @internal */
export function findingsOf(record: AppraisalRecord, reasoning: Reasoning): AppraisalFindings {
  const byMonth = (list: readonly AppraisalMonth[]) => [...list].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  const months = byMonth(record.months);
  const preceding = byMonth(record.precedingMonths ?? []);
  const marks = (list: readonly AppraisalMonth[], has: (m: AppraisalMonth) => boolean): MonthMark[] =>
    list.map((m) => (has(m) ? "met" : m.excused === null ? "gap" : "excused"));
  const count = (list: readonly MonthMark[]) => list.filter((mark) => mark === "gap").length;
  // 党章 第九条's runs count the months before the period that lead into it; an excused
  // month breaks a run or is passed over (Q26).
  const run = (has: (m: AppraisalMonth) => boolean, pauses: boolean) =>
    longestRun([...marks(preceding, has), ...marks(months, has)], preceding.length, pauses);
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const pauses = reasoning.interpret("Q26.excused-month-in-run") === "pauses-run";
  const whom = reasoning.interpret("Q25.out-of-contact-with-whom");
  const longSilence = (months: number, reading: AlternativeOf<"Q13.long-out-of-contact">) =>
    months >= match(reading).with("six-consecutive-months", () => 6).with("one-year", () => 12).exhaustive();
  const silenceUnder = (reading: AlternativeOf<"Q25.out-of-contact-with-whom">, pausing: boolean) => run(IN_CONTACT[reading], pausing);
  const longestWithoutContact = silenceUnder(whom, pauses);
  const silence = reasoning.interpret("Q13.long-out-of-contact");
  if (longestWithoutContact >= 6 && longestWithoutContact < 12) {
    reasoning.contest("Q13.long-out-of-contact", {
      zh: `连续${longestWithoutContact}个月未联系：以连续6个月为长期的，属长期不联系；以1年为长期的，不属长期不联系`,
      en: `${longestWithoutContact} consecutive months without contact: long if six months are long, not if a year is`,
    });
  }
  const otherWhom = whom === "with-neither" ? "with-either" : "with-neither";
  if (longSilence(longestWithoutContact, silence) !== longSilence(silenceUnder(otherWhom, pauses), silence)) {
    reasoning.contest("Q25.out-of-contact-with-whom", {
      zh: "有的月份只与流入地、流出地党组织中的一方联系：两方都不联系才计入的，与一方不联系即计入的，长期不联系的认定不同",
      en: "In some months the member was in touch with only one of the two organizations: counting only months with neither, or months missing either, changes whether the silence is long",
    });
  }
  const runs = (pausing: boolean) => ({
    "organizational-life": run(CRITERIA["organizational-life"], pausing),
    dues: run(CRITERIA.dues, pausing),
    "assigned-work": run(CRITERIA["assigned-work"], pausing),
  });
  const longestRuns = runs(pauses);
  const otherRuns = runs(!pauses);
  const lapseDiffers = LAPSE_CRITERIA.some((c) => (longestRuns[c] >= 6) !== (otherRuns[c] >= 6));
  const silenceDiffers = longSilence(longestWithoutContact, silence) !== longSilence(silenceUnder(whom, !pauses), silence);
  if (lapseDiffers || silenceDiffers) {
    reasoning.contest("Q26.excused-month-in-run", {
      zh: "没有正当理由的月份中间隔有有正当理由的月份：前后合并计算的，与中断后重新起算的，连续月数的认定不同",
      en: "Months without proper reason are separated by an excused month: adding them up, or starting again after it, changes what the consecutive months come to",
    });
  }
  return {
    missedOrganizationalLife: count(marks(months, CRITERIA["organizational-life"])),
    missedDues: count(marks(months, CRITERIA.dues)),
    missedAssignedWork: count(marks(months, CRITERIA["assigned-work"])),
    longestRun: longestRuns,
    reportGaps: countReportGaps(record, { measure, missingDay }, memberReportReadings(reasoning)),
    longestWithoutContact,
    longOutOfContact: longSilence(longestWithoutContact, silence),
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

const LAPSE_NAMES: { readonly [C in LapseCriterion]: Bilingual } = {
  "organizational-life": { zh: "不参加党的组织生活", en: "no organizational life" },
  dues: { zh: "不交纳党费", en: "no dues" },
  "assigned-work": { zh: "不做党所分配的工作", en: "no assigned work" },
};

/**
 * The handling a grade brings (for an unqualified member, 党章 第九条 by where the
 * correction stands). With `commendOutstanding` (Q37's alternative), a member graded
 * 合格 or 基本合格 with an outstanding contribution is commended too.
 * @internal
 */
export function handlingOf(grade: AppraisalGrade, record: AppraisalRecord, commendOutstanding = false): Handling[] {
  const commend: Handling[] = commendOutstanding && record.outstandingContribution ? ["commend"] : [];
  return match(grade)
    .with("excellent", (): Handling[] => ["commend"])
    .with("qualified", (): Handling[] => ["affirm", ...commend])
    .with("basically-qualified", (): Handling[] => ["help-improve", ...commend])
    .with("unqualified", (): Handling[] =>
      match(record.correction)
        .with("not-yet-required", (): Handling[] => ["criticize-and-educate", "correct-by-deadline"])
        .with("deadline-running", (): Handling[] => ["correct-by-deadline"])
        .with("no-change-after-deadline", (): Handling[] => ["persuade-to-leave"])
        .exhaustive(),
    )
    .exhaustive();
}

/** What a ground of 二（一）2 brings, by where the education stands. */
function groundHandling(stage: EducationStage): Handling | null {
  return match(stage)
    .with("not-yet-educated", (): Handling => "criticize-and-educate")
    .with("corrected-after-education", () => null)
    .with("not-corrected-after-education", (): Handling => "organizational-handling")
    .exhaustive();
}

/**
 * The handling 二（一）2's grounds bring, in the text's order (the transfer, then the
 * silence), whatever the grade. @internal
 */
export function groundsHandlingOf(record: AppraisalRecord, findings: AppraisalFindings): Handling[] {
  const stages = [
    record.transferNotArranged,
    findings.longOutOfContact ? record.outOfContactEducation : null,
  ];
  return combineHandling(stages.map((stage) => (stage === null ? null : groundHandling(stage))).filter((h) => h !== null), []);
}

/** The grounds' handling, then the grade's, each once. @internal */
export function combineHandling(grounds: readonly Handling[], grade: readonly Handling[]): Handling[] {
  return [...new Set([...grounds, ...grade])];
}

/** How a silence is said under each reading of Q25: the text's words under the default. */
const SILENCE_WORDS: {
  readonly [A in AlternativeOf<"Q25.out-of-contact-with-whom">]: {
    readonly long: Bilingual;
    readonly run: (months: number) => Bilingual;
    readonly never: Bilingual;
    readonly readings: Bilingual;
  };
} = {
  "with-neither": {
    long: { zh: "长期不与流入地和流出地党组织联系", en: "Long out of contact with both organizations" },
    run: (n) => ({ zh: `最长连续${n}个月未与流入地和流出地党组织联系`, en: `longest silence toward both organizations ${n} months` }),
    never: { zh: "每月都与流入地或流出地党组织有联系", en: "in touch with one organization or both every month" },
    readings: { zh: "解释十三", en: "Q13" },
  },
  "with-either": {
    long: { zh: "长期与流入地、流出地党组织中至少一方不联系", en: "Long out of contact with at least one of the two organizations" },
    run: (n) => ({ zh: `最长连续${n}个月与流入地、流出地党组织中至少一方没有联系`, en: `longest run without contact with at least one organization ${n} months` }),
    never: { zh: "每月都与流入地、流出地党组织保持联系", en: "in touch with both organizations every month" },
    readings: { zh: "解释十三、二十五", en: "Q13, Q25" },
  },
};

const EDUCATION_TEXTS: { readonly [S in EducationStage]: Bilingual } = {
  "not-yet-educated": { zh: "：党组织要进行批评教育", en: ": criticism and education" },
  "corrected-after-education": { zh: "，经批评教育已改正", en: ", corrected after criticism and education" },
  "not-corrected-after-education": {
    zh: "，经教育仍不改正：其正式组织关系所在党组织要按党章及党内有关规定进行组织处理",
    en: ", not corrected after education: the organization holding the formal relationship handles the member organizationally under the Party Constitution and other Party rules",
  },
};

/**
 * Records 二（一）2's grounds, one step each, and returns their handling. A removal or a
 * cancellation (`absorbedBy`) takes the place of both: the member leaves the Party's
 * rolls, and neither criticism nor further handling follows.
 */
function reasonGrounds(
  record: AppraisalRecord,
  findings: AppraisalFindings,
  reasoning: Reasoning,
  absorbedBy: "remove" | "cancel-probationary-membership" | null,
): Handling[] {
  const then = (stage: EducationStage): Bilingual => {
    const text = EDUCATION_TEXTS[stage];
    if (stage === "corrected-after-education") return text;
    if (absorbedBy === "remove") {
      return { zh: `${text.zh}；现已按党章第九条除名，不再另行处理`, en: `${text.en}; the member is removed under art. 9 of the Party Constitution instead` };
    }
    if (absorbedBy === "cancel-probationary-membership") {
      return { zh: `${text.zh}；现已取消预备党员资格，不再另行处理`, en: `${text.en}; probationary membership is cancelled instead` };
    }
    if (stage === "not-corrected-after-education" && record.probationary) {
      reasoning.cite("party-constitution:7");
      return {
        zh: `${text.zh}（对预备党员，按党章第七条延长预备期或者取消预备党员资格）`,
        en: `${text.en} (for a probationary member, extension of the probation or cancellation of probationary membership, art. 7 of the Party Constitution)`,
      };
    }
    return text;
  };
  const handled = (stage: EducationStage) => (absorbedBy === null ? groundHandling(stage) : null);
  if (record.transferNotArranged !== null) {
    // "无正当理由" and "不及时" are not defined: the organization establishes them (Q11).
    reasoning.interpret("Q11.caller-asserted-facts");
    const stage = record.transferNotArranged;
    const text = then(stage);
    reasoning.step({
      check: "transfer-not-arranged",
      citation: "2.1.2",
      facts: { transferNotArranged: stage },
      result: handled(stage),
      text: {
        zh: `经党组织认定（解释十一），无正当理由不及时办理组织关系转接事宜${text.zh}`,
        en: `The organization found that the member did not arrange the transfer promptly, without proper reason${text.en}`,
      },
    });
  }
  const silence = record.outOfContactEducation;
  const words = SILENCE_WORDS[reasoning.interpret("Q25.out-of-contact-with-whom")];
  if (findings.longOutOfContact) {
    const text = then(silence);
    reasoning.step({
      check: "long-out-of-contact",
      citation: "2.1.2",
      facts: { longestWithoutContact: findings.longestWithoutContact, outOfContactEducation: silence },
      result: handled(silence),
      text: {
        zh: `${words.long.zh}（连续${findings.longestWithoutContact}个月，${words.readings.zh}）${text.zh}`,
        en: `${words.long.en} (${findings.longestWithoutContact} months, ${words.readings.en})${text.en}`,
      },
    });
  } else if (silence !== "not-yet-educated") {
    // The organization educated the member for a silence this period does not show as long.
    reasoning.step({
      check: "long-out-of-contact",
      citation: "2.1.2",
      facts: { longestWithoutContact: findings.longestWithoutContact, outOfContactEducation: silence },
      result: null,
      text: {
        zh: `本评议期间${findings.longestWithoutContact === 0 ? words.never.zh : words.run(findings.longestWithoutContact).zh}，不属长期不联系（${words.readings.zh}），不按二（一）2处理`,
        en: `In the period: ${findings.longestWithoutContact === 0 ? words.never.en : words.run(findings.longestWithoutContact).en}, not long (${words.readings.en}): 2.1.2 does not apply`,
      },
    });
  }
  return absorbedBy === null ? groundsHandlingOf(record, findings) : [];
}

/** The standard in force (Q9). @internal */
export function standardIn(options: EvaluationOptions | undefined, reasoning: Reasoning): GradingStandard {
  return match(reasoning.interpret("Q9.grading-standard"))
    .with("library-default-standard", () => DEFAULT_GRADING_STANDARD)
    .with("caller-standard", () => options?.standard ?? DEFAULT_GRADING_STANDARD)
    .exhaustive();
}

/** Writes a date the way a Chinese document does: 2024年3月10日. */
function zhDate(date: CalendarDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function decideEvaluation(
  input: { readonly record: AppraisalRecord; readonly standard: GradingStandard | undefined },
  reasoning: Reasoning,
): EvaluationOutcome {
  const { record } = input;
  const findings = findingsOf(record, reasoning);
  const whom = reasoning.interpret("Q25.out-of-contact-with-whom");
  const silenceWords = SILENCE_WORDS[whom];
  const { period } = record;
  const first = [...record.months].sort((a, b) => monthIndex(a.month) - monthIndex(b.month))[0];
  // A run from the period's first month may have begun before it: say so when those months are not given.
  const unseen =
    record.precedingMonths === undefined &&
    first !== undefined &&
    first.excused === null &&
    !(first.organizationalLife && first.duesPaid && first.assignedWork && IN_CONTACT[whom](first));
  reasoning.step({
    check: "findings",
    citation: "2.2.5",
    facts: {
      "period.from": period.from,
      "period.to": period.to,
      "months.length": record.months.length,
      "precedingMonths.length": record.precedingMonths?.length ?? 0,
      "reports.length": record.reports.length,
    },
    result: findings,
    text: {
      zh:
        `评议期间${zhDate(period.from)}至${zhDate(period.to)}：无正当理由不参加党的组织生活${findings.missedOrganizationalLife}个月，` +
        `不交纳党费${findings.missedDues}个月，不做党所分配的工作${findings.missedAssignedWork}个月；应汇报而未汇报${findings.reportGaps}次；` +
        (findings.longestWithoutContact === 0 ? silenceWords.never.zh : silenceWords.run(findings.longestWithoutContact).zh) +
        (unseen ? "；评议期间第一个月即有缺失，此前的月份未提供，连续月数只从评议期间起算" : ""),
      en:
        `Period ${period.from} to ${period.to}: unexcused months without organizational life ${findings.missedOrganizationalLife}, ` +
        `without dues ${findings.missedDues}, without assigned work ${findings.missedAssignedWork}; missed reports ${findings.reportGaps}; ` +
        (findings.longestWithoutContact === 0 ? silenceWords.never.en : silenceWords.run(findings.longestWithoutContact).en) +
        (unseen ? "; the period's first month has a gap and the months before it are not given, so runs are counted from the period's start" : ""),
    },
  });
  reasoning.cite("2.2.4");
  if (record.activityCard === "presented-not-verified") {
    reasoning.step({
      check: "card-not-verified",
      citation: "2.1.2",
      facts: { activityCard: record.activityCard },
      result: null,
      text: {
        zh: "党员已持《流动党员活动证》报到，流入地党支部未及时验证：验证是流入地党支部的职责，不影响对党员的评定",
        en: "The member presented the activity card and the inflow branch did not verify it promptly: verifying is the branch's duty and bears on no grade",
      },
    });
  }

  const lapsedBy = LAPSE_CRITERIA.filter((c) => findings.longestRun[c] >= 6);
  const names = { zh: lapsedBy.map((c) => LAPSE_NAMES[c].zh).join("、"), en: lapsedBy.map((c) => LAPSE_NAMES[c].en).join(", ") };
  reasoning.step({
    check: "lapse",
    citation: "party-constitution:9",
    facts: { longestRun: findings.longestRun },
    result: lapsedBy,
    text:
      lapsedBy.length === 0
        ? {
            zh: "无正当理由连续不参加党的组织生活、不交纳党费、不做党所分配的工作，均未满六个月",
            en: "No run of unexcused months without organizational life, dues or assigned work reaches six",
          }
        : record.probationary
          ? {
              zh: `没有正当理由，连续六个月${names.zh}，属党章第九条所列情形`,
              en: `Six consecutive months without proper reason of ${names.en}: the case of art. 9 of the Party Constitution`,
            }
          : {
              zh: `没有正当理由，连续六个月${names.zh}，按党章第九条，被认为是自行脱党`,
              en: `Six consecutive months without proper reason of ${names.en}: regarded as lapsed under art. 9 of the Party Constitution`,
            },
  });
  if (lapsedBy.length > 0) {
    if (lapsedBy.includes("dues")) reasoning.cite("dues-rules-2008:13");
    if (record.probationary) {
      // 党章 第七条 is the article on probationary members: their duties are a full member's,
      // and one who does not fulfil them has the probationary membership cancelled; 除名
      // (第九条) is for full members.
      reasoning.step({
        check: "probationary-lapse",
        citation: "party-constitution:7",
        facts: { probationary: true },
        result: "cancel-probationary-membership",
        text: {
          zh: "预备党员的义务同正式党员一样；不履行党员义务，不具备党员条件的，按党章第七条应当取消预备党员资格，不作除名处理",
          en: "A probationary member has a full member's duties; one who does not fulfil them and does not meet the conditions of membership has probationary membership cancelled under art. 7 of the Party Constitution, not removal as lapsed",
        },
      });
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
    reasonGrounds(record, findings, reasoning, "remove");
    return { status: "lapsed", grade: null, handling: ["remove"], lapsedBy, latestCorrectionDeadline: null, findings };
  }

  const grounds = reasonGrounds(record, findings, reasoning, null);

  if (record.probationary) {
    reasoning.step({
      check: "probationary",
      citation: "appraisal-practice",
      facts: { probationary: true },
      result: null,
      text: { zh: "预备党员参加评议，不评定等次", en: "A probationary member is appraised but gets no grade" },
    });
    const commend = commendsOutstanding(record, reasoning) ? (["commend"] as const) : [];
    return { status: "probationary-no-grade", grade: null, handling: combineHandling(grounds, commend), lapsedBy: [], latestCorrectionDeadline: null, findings };
  }

  const standard = standardIn({ standard: input.standard }, reasoning);
  const violation =
    record.violation === "none"
      ? null
      : reasoning.contest("Q29.violation-and-grade", {
          zh: "有违纪违法行为：由评定标准决定等次的，与一律评为不合格的，等次可能不同",
          en: "A violation of discipline or law: the grade may differ between the standard deciding and every violation being unqualified",
        });
  const grade = gradeOf(findings, standard, violation === "always-unqualified");
  reasoning.step({
    check: "grade",
    citation: "2.2.5",
    facts: { violation: record.violation, outstandingContribution: record.outstandingContribution },
    result: grade,
    text: {
      zh: `${
        violation === null
          ? "按评定标准"
          : grade === "unqualified"
            ? "有违纪违法行为，不符合三（二）2“遵纪守法”的要求"
            : "有违纪违法行为，按评定标准区分情节（解释二十九）"
      }，评定为“${APPRAISAL_GRADE_NAMES[grade].zh}”`,
      en: `${
        violation === null
          ? "By the grading standard"
          : grade === "unqualified"
            ? "A violation of discipline or law, against 3.2.2's observing discipline and the law"
            : "A violation of discipline or law, weighed by the grading standard (Q29)"
      }: ${APPRAISAL_GRADE_NAMES[grade].en}`,
    },
  });
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
  const basis = reasoning.contest("Q37.commendation-basis", {
    zh: "表现突出，但未评为优秀：表彰以评为优秀为条件的，不予表彰；凡表现突出都给予表彰的，给予表彰",
    en: "An outstanding contribution without the grade excellent: commended only if every outstanding performer is commended",
  });
  if (basis === "excellent-grade") return false;
  reasoning.step({
    check: "commendation",
    citation: "3.2.2",
    facts: { outstandingContribution: true },
    result: "commend",
    text: { zh: "对于表现突出的，要给予表彰（解释三十七）", en: "Those who perform outstandingly are commended (Q37)" },
  });
  return true;
}

/**
 * Records what an unqualified grade brings (党章 第九条) and returns the latest day the
 * deadline to correct may run to: only under Q33's one-year reading, counted from the day
 * the deadline was set, when that day is given.
 */
function reasonCorrection(record: AppraisalRecord, gradeHandling: readonly Handling[], reasoning: Reasoning): CalendarDate | null {
  const text = CORRECTION_TEXTS[record.correction];
  if (!gradeHandling.includes("correct-by-deadline")) {
    reasoning.step({ check: "unqualified", citation: "party-constitution:9", facts: { correction: record.correction }, result: [...gradeHandling], text });
    return null;
  }
  const term = reasoning.interpret("Q33.correction-deadline");
  let latest: CalendarDate | null = null;
  let termText: Bilingual = { zh: "（期限由党支部确定，解释三十三）", en: " (the branch sets the term, Q33)" };
  if (term === "one-year-2019-regulation") {
    reasoning.cite("education-regulation-2019:30");
    const setOn = record.correctionSetOn;
    if (setOn === undefined) {
      termText = {
        zh: "（期限不超过1年，自作出限期改正决定之日起计算，解释三十三）",
        en: " (at most one year from the day the deadline is set, Q33)",
      };
    } else {
      const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
      const end = periodLastDayNumber("evaluationGrade", toDayNumber(setOn), { years: 1 }, { missingDay });
      if (end.clamped) {
        reasoning.contest("Q14.missing-corresponding-day", {
          zh: `自${zhDate(setOn)}起1年，到期月没有对应日`,
          en: `One year from ${setOn}: the final month has no corresponding day`,
        });
      }
      latest = formatFromDayNumber(end.day);
      termText = {
        zh: `（期限不超过1年，自${zhDate(setOn)}作出限期改正决定之日起计算，至迟于${zhDate(latest)}届满，解释三十三）`,
        en: ` (at most one year from ${setOn}, when the deadline was set: by ${latest} at the latest, Q33)`,
      };
    }
  }
  reasoning.step({
    check: "unqualified",
    citation: "party-constitution:9",
    facts: record.correctionSetOn === undefined ? { correction: record.correction } : { correction: record.correction, correctionSetOn: record.correctionSetOn },
    result: [...gradeHandling],
    text: { zh: `${text.zh}${termText.zh}`, en: `${text.en}${termText.en}` },
  });
  return latest;
}

const CORRECTION_TEXTS: { readonly [S in CorrectionStage]: Bilingual } = {
  "not-yet-required": {
    zh: "评定为不合格：党的支部应当对其进行教育，要求限期改正",
    en: "Unqualified: the branch educates the member and requires correction within a set time",
  },
  "deadline-running": {
    zh: "评定为不合格，限期改正的期限尚未届满：继续教育帮助，督促按期改正",
    en: "Unqualified, and the time set to correct has not run out: the branch keeps educating and helping the member to correct in time",
  },
  "no-change-after-deadline": {
    zh: "限期改正期满，经教育仍无转变：应当劝其退党；劝而不退的，由支部大会决定除名，并报上级党组织批准",
    en: "The time set to correct has run out with no change after education: the member should be persuaded to leave the Party; one who refuses is removed by the branch general meeting, approved above",
  },
};

function summarize(outcome: EvaluationOutcome): Bilingual {
  const handling = outcome.handling.map((h) => HANDLING_NAMES[h]);
  const then = {
    zh: handling.length > 0 ? `；处理意见：${handling.map((h) => h.zh).join("、")}` : "",
    en: handling.length > 0 ? `; handling: ${handling.map((h) => h.en).join(", ")}` : "",
  };
  return match(outcome.status)
    .with("lapsed", () => ({ zh: `被认为是自行脱党${then.zh}`, en: `lapsed${then.en}` }))
    .with("probationary-cancelled", () => ({ zh: `预备党员不履行党员义务${then.zh}`, en: `probationary member not fulfilling a member's duties${then.en}` }))
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
      zh: "提供评定标准的，须按解释九选定“采用基层党组织制定的目标管理考核办法”",
      en: "a grading standard needs interpretation Q9 set to \"caller-standard\"",
    });
  }
  if (valid.standard === undefined && valid.interpretations?.["Q9.grading-standard"] === "caller-standard") {
    failInput(source, ["standard"], "missing", {
      zh: "按解释九选定“采用基层党组织制定的目标管理考核办法”的，须提供评定标准",
      en: "interpretation Q9 \"caller-standard\" needs a grading standard",
    });
  }
  return valid;
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
 * @clause 2.2.5
 * @clause 3.2.2
 * @clause 2.2.4
 * @clause 2.1.2
 *
 * @param record - the months of the period (and optionally those just before it), the reports, the card, violations, contributions, 二（一）2's grounds and the correction of an unqualified member
 * @param options - interpretation choices (Q2, Q9, Q11, Q13, Q14, Q25, Q26, Q29, Q33, Q37) and, under Q9 "caller-standard", the standard
 * @returns the decision: status, grade, handling, the lapse criteria, the correction deadline and the findings
 * @throws {@link RuleInputError} for invalid or inconsistent records (a month missing or repeated, say)
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
 */
export function evaluationGrade(record: AppraisalRecord, options: EvaluationOptions = {}): Decision<EvaluationOutcome> {
  const valid = readInput("evaluationGrade", AppraisalRecordSchema, record);
  const { interpretations, standard } = evaluationOptions("evaluationGrade", options);
  return runRule(DEFINITION, { record: valid, standard }, interpretations);
}

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
]) {
  deepFreeze(table);
}
