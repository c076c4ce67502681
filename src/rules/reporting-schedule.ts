/**
 * # The calendar of reports, reviews, visits and checks
 *
 * **[2.2.2]** 2、党员外出前,党组织要对他们提出明确要求,告知联系方式。……
 * > Before a member leaves, the organization states clear requirements and gives contact details.
 *
 * **[2.1.2]** ……流入地党支部要及时验证并报上级党组织备案。《流动党员活动证》由流动党员正式组织关系所在
 * 党支部每年审核一次。……
 * > The inflow branch verifies the activity card promptly and files it with its own
 * > superior Party organization; the home branch reviews it once a year.
 *
 * **[2.2.4]** ……每6个月要以书信、电话或互联网等形式向组织关系所在地党组织汇报思想、学习和工作情况……
 * > Every 6 months the member reports to the organization holding the relationship.
 *
 * **[2.1.7]** ……党支部每半年将有关情况上报机关党委,机关党委每年底将有关情况上报区直机关工委。
 * > The branch reports every half year to the organ Party committee; the organ Party
 * > committee reports to the Working Committee at the end of every year.
 *
 * **[3.3]** ……各部门机关党组织每年底要逐级上报流动党员管理工作情况。区直工委每年对流动党员比较集中的
 * 部门进行一次抽查。
 * > Each department's organ Party organization reports on its mobile-member work at every
 * > year end, level by level; the Working Committee spot-checks, once a year, the
 * > departments where mobile members are concentrated.
 *
 * **[2.1.7]** 7、建立流动党员基本信息库。在党内基本信息库中,录入流动党员的基本情况,实行动态管理……基层党组织要
 * 设立《外出党员登记簿》和《外来党员登记簿》,记录流动党员的详细情况。……
 * > The information base, and the registers of outgoing and incoming members.
 *
 * **[3.2.3]** 3、……党员外出期间,党组织要定期、不定期地走访其家属……党员返回后,党组织要上门慰问,与流动党员谈心,
 * 听取他们的意见和建议。对外来党员,流入地党组织要热情走访……
 * > While the member is away, the organization visits the family; after the return it
 * > visits the member at home to convey its care (上门慰问); the inflow organization visits
 * > incoming members.
 *
 * **[3.3]** （三）各级党组织要经常深入基层调查研究,督促检查……对工作中不负责任、推诿扯皮的,要给予教育帮助;情节
 * 严重的,要作出必要的组织处理。
 * > Party organizations at every level supervise and check; neglect brings education and
 * > help, and in serious cases organizational handling.
 *
 * ## Readings
 * - The member's reports run from the departure until the return (Q8; calendar half-years
 *   are the alternative), the Nth due 6N months after the departure (Q21, 民法典
 *   第201–202条), so a month end does not pull later dates earlier: 31 August, 28 February,
 *   31 August. The dates, and which report met which, come from the generator the appraisal
 *   counts missed reports with (`member-report-sequence.ts`).
 * - "每半年" is due on 30 June and 31 December, "每年底" and the spot check on 31 December
 *   (Q7; the end of the following month is the alternative).
 * - The activity card is reviewed in each calendar year it is held, the year of issue and
 *   the year of return included: by the year's end as Q7 dates it, and on the return for
 *   the part-year before it (Q28; each full year from issue is the alternative). The
 *   departure is taken as the day of issue.
 * - "及时" (promptly) and "after the return" give one month (Q20).
 * - A last day on a statutory holiday does not move (Q34); under the alternative it moves to
 *   the day after the holidays given in `holidays` (民法典 第二百零三条), except the
 *   departure's own day and what falls due on the return. Where a date moved, the decision
 *   is worked out without the moves too, and is ambiguous if that changes the schedule.
 * - Organizational reports are listed for each half-year or year in which the member was
 *   away at least one day: the member is in them. The Working Committee's spot check is
 *   listed likewise, but only where the department is one where mobile members are
 *   concentrated (`departmentConcentrated`, stated by the organization, never inferred: Q11).
 * - What the text gives no date is returned as a named duty beside the obligations
 *   (`duties`): 二（一）7's information base and registers, 三（二）3's visits to the family
 *   and to incoming members, 三（三）'s supervision and its accountability for neglect.
 *   When an organization's obligation is overdue, the trace recalls 三（三）; it finds no one
 *   at fault.
 *
 * The module holds no words: what each obligation is, who owes it, when it falls due and
 * the steps' sentences are in the catalogs (`src/locales/`), under this rule's section.
 *
 * @module
 */
import { z } from "zod";
import {
  CalendarDateSchema,
  RuleDateSchema,
  dayNumberFromParts,
  formatFromDayNumber,
  monthLength,
  partsFromDayNumber,
  dayNumberOf,
  type CalendarDate,
  type DayNumber,
} from "../calendar/date.js";
import { periodLastDayNumber, type PeriodOptions } from "../calendar/periods.js";
import { isClauseId } from "../clauses/citation.js";
import type { ClauseId } from "../clauses/opinion.js";
import type { JsonValue, Recorder } from "../decision/decision.js";
import { defineRule } from "../decision/rule.js";
import { addBilingualIssue, failInput } from "../errors.js";
import { deepFreeze } from "../frozen.js";
import { alternativeInForce, type InterpretationChoices } from "../interpretations/options.js";
import type { AlternativeOf } from "../interpretations/registry.js";
import { bilingual, termsInBothLanguages, type Bilingual, type FieldWordIds } from "../locales/index.js";
import { ABSENCE_DOCUMENTS, recordDuties, type AbsenceDocument } from "./document-for-absence.js";
import { DutyIdSchema, type DutyId } from "./duties.js";
import { memberReportDues, memberReportReadings } from "./member-report-sequence.js";

/** The kinds of dated obligation. */
export type ObligationKind =
  | "departure-briefing"
  | "card-verification"
  | "card-annual-review"
  | "member-report"
  | "branch-half-year-report"
  | "organ-committee-year-end-report"
  | "department-year-end-work-report"
  | "working-committee-spot-check"
  | "return-visit";

/** Every {@link ObligationKind}, in the order obligations due the same day are listed. */
export const OBLIGATION_KINDS = [
  "departure-briefing",
  "card-verification",
  "member-report",
  "card-annual-review",
  "branch-half-year-report",
  "organ-committee-year-end-report",
  "department-year-end-work-report",
  "working-committee-spot-check",
  "return-visit",
] as const satisfies readonly ObligationKind[];

/** Who owes an obligation, or is owed it. */
export type ScheduleParty =
  | "member"
  | "home-branch"
  | "inflow-branch"
  | "inflow-superior-org"
  | "organ-party-committee"
  | "department-organ-party-org"
  | "working-committee"
  | "departments";

/** Where an obligation stands as of a date. */
export type ObligationStatus = "met" | "pending" | "overdue";

/** Every {@link ObligationStatus}. */
const OBLIGATION_STATUSES = ["met", "pending", "overdue"] as const satisfies readonly ObligationStatus[];

/** One dated obligation. */
export type Obligation = {
  /** A stable id: the kind and the due date. */
  readonly id: string;
  /** What kind of obligation it is. */
  readonly kind: ObligationKind;
  /** Whether it concerns this member (`member`) or the organizations' reporting and checking (`organization`). */
  readonly scope: "member" | "organization";
  /** The last day to meet it. */
  readonly due: CalendarDate;
  /** Who owes it. */
  readonly owedBy: ScheduleParty;
  /** To whom. */
  readonly owedTo: ScheduleParty;
  /** What is owed, in words (from the catalogs), so that a stored schedule reads the same later. */
  readonly what: Bilingual;
  /** The clause that sets it. */
  readonly clause: ClauseId;
  /** Met, pending (not yet due) or overdue, as of the `asOf` date. */
  readonly status: ObligationStatus;
  /** The date of the record that met it, or `null`. */
  readonly metOn: CalendarDate | null;
  /** Whether it was met after its due date. */
  readonly late: boolean;
};

/** A record of something done. */
export interface DoneRecord {
  /** What kind of obligation it meets. */
  readonly kind: ObligationKind;
  /** The day it was done, on or before `asOf`. */
  readonly on: CalendarDate;
}

/** The facts {@link reportingSchedule} works from. */
export interface ScheduleFacts {
  /** The day the member left. */
  readonly departure: CalendarDate;
  /** The day the member came back (or is expected back), or `null` while away with no date. */
  readonly backOn: CalendarDate | null;
  /** The document the member carries (from `documentForAbsence`): the activity card brings its own obligations. */
  readonly document: AbsenceDocument;
  /**
   * Whether the member's department is one where mobile members are relatively
   * concentrated (流动党员比较集中的部门, 三（三）), as the Party organization finds it. The
   * text leaves the measure to judgement, so it is stated, never inferred. Only such a
   * department has the Working Committee's yearly spot check in its schedule.
   */
  readonly departmentConcentrated: boolean;
  /** The period to list: obligations due on or after `from` and before `before`. */
  readonly period: {
    /** The first day of the period. */
    readonly from: CalendarDate;
    /** The day after the period's last day. */
    readonly before: CalendarDate;
  };
  /** The day statuses are worked out for. */
  readonly asOf: CalendarDate;
  /** What has been done, in any order. */
  readonly done: readonly DoneRecord[];
  /**
   * The statutory holidays (法定休假日) on or near the due dates, for interpretation Q34's
   * alternative, under which a last day that is a holiday gives way to the day after the
   * holidays (民法典 第二百零三条). Give them only with that reading chosen.
   */
  readonly holidays?: readonly CalendarDate[] | undefined;
}

/** The outcome of {@link reportingSchedule}. */
export type ReportingScheduleOutcome = {
  /** The obligations due in the period, by due date. */
  readonly obligations: readonly Obligation[];
  /**
   * The duties around the absence that the text gives no date (二（一）7's information base
   * and registers, 三（二）3's visits, 三（三）'s supervision and accountability), by id;
   * their bearer, clause and text are in `DUTIES` and `DUTY_TEXTS`.
   */
  readonly duties: readonly DutyId[];
};

const PARTIES = [
  "member",
  "home-branch",
  "inflow-branch",
  "inflow-superior-org",
  "organ-party-committee",
  "department-organ-party-org",
  "working-committee",
  "departments",
] as const satisfies readonly ScheduleParty[];

/** The zod schema of one {@link Obligation}, for reading a stored schedule back. */
export const ObligationSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(OBLIGATION_KINDS),
  scope: z.enum(["member", "organization"]),
  due: CalendarDateSchema,
  owedBy: z.enum(PARTIES),
  owedTo: z.enum(PARTIES),
  what: z.strictObject({ zh: z.string(), en: z.string() }),
  clause: z.string().refine(isClauseId) as z.ZodType<ClauseId>,
  status: z.enum(OBLIGATION_STATUSES),
  metOn: CalendarDateSchema.nullable(),
  late: z.boolean(),
});

const KIND_ORDER = new Map<ObligationKind, number>(OBLIGATION_KINDS.map((kind, i) => [kind, i]));

/** The zod schema of {@link ReportingScheduleOutcome}, for checking a stored decision. */
export const ReportingScheduleOutcomeSchema = z.strictObject({
  obligations: z.array(ObligationSchema).readonly(),
  duties: z.array(DutyIdSchema).readonly(),
});

/** The duties with no date that every absence brings, in the order of the clauses. */
const SCHEDULE_DUTIES: readonly DutyId[] = Object.freeze([
  "enter-in-information-base",
  "record-in-outgoing-register",
  "record-in-incoming-register",
  "visit-family-during-absence",
  "visit-incoming-member",
  "inspect-and-solve-problems",
  "hold-neglect-to-account",
]);

/**
 * The zod schema of {@link ScheduleFacts}. A return before the departure, an empty period
 * and a record dated after `asOf` are refused. A zod object: a records system may
 * `.safeExtend()` it with fields of its own.
 */
export const ScheduleFactsSchema = z
  .strictObject({
    departure: RuleDateSchema,
    backOn: RuleDateSchema.nullable(),
    document: z.enum(ABSENCE_DOCUMENTS),
    departmentConcentrated: z.boolean(),
    period: z.strictObject({ from: RuleDateSchema, before: RuleDateSchema }),
    asOf: RuleDateSchema,
    done: z.array(z.strictObject({ kind: z.enum(OBLIGATION_KINDS), on: RuleDateSchema })).readonly(),
    holidays: z.array(RuleDateSchema).readonly().optional(),
  })
  .check((ctx) => {
    const { departure, backOn, period, asOf, done } = ctx.value;
    if (backOn !== null && backOn < departure) {
      addBilingualIssue(ctx, { code: "inconsistent", path: ["backOn"], message: bilingual("error.schedule-back-before-departure") });
    }
    if (period.before <= period.from) {
      addBilingualIssue(ctx, { code: "inconsistent", path: ["period", "before"], message: bilingual("error.schedule-empty-period") });
    }
    done.forEach((record, index) => {
      if (record.on > asOf) {
        addBilingualIssue(ctx, { code: "inconsistent", path: ["done", index, "on"], message: bilingual("error.schedule-record-after-as-of") });
      }
    });
  });

/** The interpretations the schedule reads. @internal */
export const SCHEDULE_READS = [
  "Q2.month-measure",
  "Q7.report-due-dates",
  "Q8.member-report-anchor",
  "Q11.caller-asserted-facts",
  "Q14.missing-corresponding-day",
  "Q20.prompt-deadline",
  "Q21.member-report-sequence",
  "Q28.card-review-year",
  "Q34.holiday-last-day",
] as const;

type Reads = (typeof SCHEDULE_READS)[number];
type Reasoning = Recorder<Reads>;

interface Instance {
  readonly kind: ObligationKind;
  readonly due: DayNumber;
  /** Records after this day count toward the instance. */
  readonly windowStart: DayNumber;
  /** The record already matched to it (the member's reports, matched where their dates are made), if any. */
  readonly matched?: { readonly metOn: DayNumber | null };
}

/** Who owes each kind of obligation, to whom, and under which clause; its words are the catalogs'. */
const DESCRIPTIONS: {
  readonly [Kind in ObligationKind]: {
    readonly scope: "member" | "organization";
    readonly owedBy: ScheduleParty;
    readonly owedTo: ScheduleParty;
    readonly clause: ClauseId;
  };
} = {
  "departure-briefing": { scope: "member", owedBy: "home-branch", owedTo: "member", clause: "2.2.2" },
  "card-verification": {
    scope: "member",
    owedBy: "inflow-branch",
    // "流入地党支部要及时验证并报上级党组织备案": the inflow branch files with its own
    // superior, on the inflow side; the outflow organ Party committee only stamps the card.
    owedTo: "inflow-superior-org",
    clause: "2.1.2",
  },
  "member-report": { scope: "member", owedBy: "member", owedTo: "home-branch", clause: "2.2.4" },
  "card-annual-review": { scope: "member", owedBy: "home-branch", owedTo: "member", clause: "2.1.2" },
  "branch-half-year-report": { scope: "organization", owedBy: "home-branch", owedTo: "organ-party-committee", clause: "2.1.7" },
  // 二（一）7's "有关情况" are the members' basic particulars (流动党员基本情况定期报送制度);
  // the report on the management work is 三（三）'s, below.
  "organ-committee-year-end-report": { scope: "organization", owedBy: "organ-party-committee", owedTo: "working-committee", clause: "2.1.7" },
  // "逐级上报": each level reports to the one above, the department's to the Working Committee.
  "department-year-end-work-report": { scope: "organization", owedBy: "department-organ-party-org", owedTo: "working-committee", clause: "3.3" },
  "working-committee-spot-check": { scope: "organization", owedBy: "working-committee", owedTo: "departments", clause: "3.3" },
  "return-visit": { scope: "member", owedBy: "home-branch", owedTo: "member", clause: "3.2.3" },
};

/** The names of the parties, in Chinese and English (from the catalogs). */
export const SCHEDULE_PARTY_NAMES: { readonly [Party in ScheduleParty]: Bilingual } = termsInBothLanguages("scheduleParties");

/** What each kind of obligation is, in Chinese and English (from the catalogs): each obligation's `what`. */
const OBLIGATION_TEXTS: { readonly [Kind in ObligationKind]: Bilingual } = termsInBothLanguages("obligations");

function yearEnd(year: number): DayNumber {
  return dayNumberFromParts(year, 12, 31);
}

function halfYearEnd(year: number, half: 1 | 2): DayNumber {
  return half === 1 ? dayNumberFromParts(year, 6, 30) : yearEnd(year);
}

/** The readings a schedule is worked out under, each read once. */
interface Readings {
  readonly periods: PeriodOptions;
  readonly dueRule: AlternativeOf<"Q7.report-due-dates">;
  readonly prompt: AlternativeOf<"Q20.prompt-deadline">;
  readonly report: ReturnType<typeof memberReportReadings>;
  /** Q28, read only when the member carries the activity card. */
  readonly cardYear: AlternativeOf<"Q28.card-review-year"> | null;
  readonly holiday: AlternativeOf<"Q34.holiday-last-day">;
}

// Each of these readings applies to every schedule and dates it throughout: applied, not
// contested; where another reading would give other dates, the caller chooses it. Only
// Q34 is contested, where a date moved.
function readingsOf(facts: ScheduleFacts, reasoning: Reasoning): Readings {
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  return {
    periods: { measure, missingDay },
    dueRule: reasoning.interpret("Q7.report-due-dates"),
    report: memberReportReadings(reasoning),
    prompt: reasoning.interpret("Q20.prompt-deadline"),
    cardYear: facts.document === "activity-card" ? reasoning.interpret("Q28.card-review-year") : null,
    holiday: reasoning.interpret("Q34.holiday-last-day"),
  };
}

/** 二（一）7's and 三（三）'s dates by Q7: the due date of a half-year or a year ending on `day`. */
function lagged(day: DayNumber, dueRule: AlternativeOf<"Q7.report-due-dates">): DayNumber {
  switch (dueRule) {
    case "end-of-period":
      return day;
    case "end-of-following-month": {
      // The end of the month after: the last day of the month one month on.
      const { year, month } = partsFromDayNumber(day + 1);
      return dayNumberFromParts(year, month, monthLength(year, month));
    }
    default: {
      const unknown: never = dueRule;
      return unknown;
    }
  }
}

/** "及时" and "after the return", by Q20: the last day, from `from`. */
function promptlyAfter(from: DayNumber, prompt: AlternativeOf<"Q20.prompt-deadline">, periods: PeriodOptions): DayNumber {
  switch (prompt) {
    case "one-month":
      return periodLastDayNumber("reportingSchedule", from, { months: 1 }, periods).day;
    case "fifteen-days":
      return from + 15;
    default: {
      const unknown: never = prompt;
      return unknown;
    }
  }
}

/**
 * The instances of every kind, from the departure, up to `horizon` (exclusive). Each
 * due date that is the last day of a period moves past the statutory holidays given,
 * under Q34's alternative; `moved.any` says whether one did.
 */
function instancesOf(facts: ScheduleFacts, horizon: DayNumber, readings: Readings, moved: { any: boolean }): Instance[] {
  const departure = dayNumberOf(facts.departure);
  const back = facts.backOn === null ? null : dayNumberOf(facts.backOn);
  const awayUntil = back ?? horizon;
  const { periods, dueRule, prompt } = readings;
  const holidays = new Set((readings.holiday === "extend-past-holidays" ? (facts.holidays ?? []) : []).map((d) => dayNumberOf(d)));
  // 民法典 第二百零三条: a last day that is a statutory holiday gives way to the day after the holidays.
  const extend = (day: DayNumber): DayNumber => {
    let last = day;
    while (holidays.has(last)) last += 1;
    if (last !== day) moved.any = true;
    return last;
  };
  const lag = (day: DayNumber): DayNumber => lagged(day, dueRule);
  const promptly = (from: DayNumber): DayNumber => extend(promptlyAfter(from, prompt, periods));

  // 〔2.2.2〕“党员外出前,党组织要对他们提出明确要求,告知联系方式”
  const out: Instance[] = [{ kind: "departure-briefing", due: departure, windowStart: Number.NEGATIVE_INFINITY }];
  if (readings.cardYear !== null) {
    // 〔2.1.2〕“流入地党支部要及时验证并报上级党组织备案”: promptly (Q20), and by the return at the latest.
    const due = back === null ? promptly(departure) : Math.min(promptly(departure), back);
    out.push({ kind: "card-verification", due, windowStart: departure - 1 });
    // 〔2.1.2〕“《流动党员活动证》由流动党员正式组织关系所在党支部每年审核一次”
    out.push(...cardReviews(departure, back, awayUntil, horizon, readings.cardYear, periods, { lag, extend }));
  }

  // 〔2.2.4〕“每6个月要以书信、电话或互联网等形式向组织关系所在地党组织汇报思想、学习和工作情况”:
  // from the one generator the appraisal counts missed reports with.
  const reports = facts.done.filter((record) => record.kind === "member-report").map((record) => dayNumberOf(record.on));
  const { anchor, sequence } = readings.report;
  for (const { due, windowStart, metOn } of memberReportDues(departure, Math.min(awayUntil, horizon - 1), reports, {
    anchor,
    sequence,
    periods,
    extend,
  })) {
    out.push({ kind: "member-report", due, windowStart, matched: { metOn } });
  }

  const { year: firstYear } = partsFromDayNumber(departure);
  const { year: lastYear } = partsFromDayNumber(Math.min(awayUntil, horizon));
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const half of [1, 2] as const) {
      const start = half === 1 ? dayNumberFromParts(year, 1, 1) : dayNumberFromParts(year, 7, 1);
      const end = halfYearEnd(year, half);
      // 〔2.1.7〕“党支部每半年将有关情况上报机关党委”: listed when the member was away at
      // least one day of the half-year.
      if (departure <= end && awayUntil >= start) {
        out.push({ kind: "branch-half-year-report", due: extend(lag(end)), windowStart: start - 1 });
      }
    }
    const yearStart = dayNumberFromParts(year, 1, 1);
    if (departure <= yearEnd(year) && awayUntil >= yearStart) {
      const due = extend(lag(yearEnd(year)));
      // 〔2.1.7〕“机关党委每年底将有关情况上报区直机关工委”
      out.push({ kind: "organ-committee-year-end-report", due, windowStart: yearStart - 1 });
      // 〔3.3〕“各部门机关党组织每年底要逐级上报流动党员管理工作情况”
      out.push({ kind: "department-year-end-work-report", due, windowStart: yearStart - 1 });
      // 〔3.3〕“区直工委每年对流动党员比较集中的部门进行一次抽查”: not every department.
      if (facts.departmentConcentrated) {
        out.push({ kind: "working-committee-spot-check", due, windowStart: yearStart - 1 });
      }
    }
  }
  // 〔3.2.3〕“党员返回后,党组织要上门慰问,与流动党员谈心,听取他们的意见和建议”: promptly (Q20).
  if (back !== null) out.push({ kind: "return-visit", due: promptly(back), windowStart: back - 1 });
  out.sort((a, b) => a.due - b.due || (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
  // Holidays running for months could move two dates of a kind onto one day: one obligation.
  return out.filter((instance, i) => {
    const previous = out[i - 1];
    return previous === undefined || previous.kind !== instance.kind || previous.due !== instance.due;
  });
}

/**
 * 二（一）2 "每年审核一次", by Q28's reading. By calendar year: every year the card is held,
 * the year of issue and the year of return included, by the year's end (dates by Q7); the
 * part-year before a return, on the return. By a year from issue: each full year from the
 * departure, taken as the day of issue, while the member is away.
 */
function cardReviews(
  departure: DayNumber,
  back: DayNumber | null,
  awayUntil: DayNumber,
  horizon: DayNumber,
  reading: AlternativeOf<"Q28.card-review-year">,
  periods: PeriodOptions,
  dates: { readonly lag: (day: DayNumber) => DayNumber; readonly extend: (day: DayNumber) => DayNumber },
): Instance[] {
  const out: Instance[] = [];
  switch (reading) {
    case "calendar-year": {
      const { year: firstYear } = partsFromDayNumber(departure);
      const { year: lastYear } = partsFromDayNumber(Math.min(awayUntil, horizon));
      for (let year = firstYear; year <= lastYear; year += 1) {
        const windowStart = Math.max(dayNumberFromParts(year, 1, 1) - 1, departure - 1);
        // A year the member comes back in is reviewed on the return. A year-end review due
        // after the return (in the following month, under Q7's alternative) is made on the
        // return too, and is the return year's review.
        const atYearEnd = dates.extend(dates.lag(yearEnd(year)));
        const due = back !== null && back <= Math.max(yearEnd(year), atYearEnd) ? back : atYearEnd;
        out.push({ kind: "card-annual-review", due, windowStart });
        if (due === back) break;
      }
      return out;
    }
    case "year-from-issue": {
      let windowStart = departure - 1;
      for (let years = 1; ; years += 1) {
        const due = dates.extend(periodLastDayNumber("reportingSchedule", departure, { years }, periods).day);
        if (due > awayUntil || due >= horizon) return out;
        out.push({ kind: "card-annual-review", due, windowStart });
        windowStart = due;
      }
    }
    default: {
      const unknown: never = reading;
      return unknown;
    }
  }
}

/** Matches records to instances, kind by kind, in order: each instance takes the first unused record after its window opens. */
function statuses(instances: readonly Instance[], facts: ScheduleFacts): Map<Instance, { on: DayNumber } | null> {
  const byKind = new Map<ObligationKind, DayNumber[]>();
  for (const record of facts.done) {
    const list = byKind.get(record.kind) ?? [];
    list.push(dayNumberOf(record.on));
    byKind.set(record.kind, list);
  }
  for (const list of byKind.values()) list.sort((a, b) => a - b);
  const next = new Map<ObligationKind, number>();
  const result = new Map<Instance, { on: DayNumber } | null>();
  for (const instance of instances) {
    if (instance.matched !== undefined) {
      const { metOn } = instance.matched;
      result.set(instance, metOn === null ? null : { on: metOn });
      continue;
    }
    const records = byKind.get(instance.kind) ?? [];
    let i = next.get(instance.kind) ?? 0;
    while (i < records.length && (records[i] ?? 0) <= instance.windowStart) i += 1;
    const on = records[i];
    if (on === undefined) {
      result.set(instance, null);
      next.set(instance.kind, i);
    } else {
      result.set(instance, { on });
      next.set(instance.kind, i + 1);
    }
  }
  return result;
}

/** The rule's logic on the facts: the obligations in the period, then the duties with no date. @internal */
export function decideSchedule(facts: ScheduleFacts, reasoning: Reasoning): ReportingScheduleOutcome {
  const from = dayNumberOf(facts.period.from);
  const before = dayNumberOf(facts.period.before);
  const asOf = dayNumberOf(facts.asOf);
  const horizon = Math.max(before, asOf + 1);
  const readings = readingsOf(facts, reasoning);
  const moved = { any: false };
  const instances = instancesOf(facts, horizon, readings, moved);
  if (moved.any) {
    // The facts fall on Q34's point: the schedule is worked out without the moves too. A
    // moved date outside the period can still change which record met a date inside it.
    reasoning.contest("Q34.holiday-last-day", "reason.schedule-holiday-last-day");
  }
  const met = statuses(instances, facts);
  const obligations: Obligation[] = [];
  for (const instance of instances) {
    if (instance.due < from || instance.due >= before) continue;
    const description = DESCRIPTIONS[instance.kind];
    const record = met.get(instance) ?? null;
    const status: ObligationStatus = record !== null ? "met" : asOf > instance.due ? "overdue" : "pending";
    const due = formatFromDayNumber(instance.due);
    obligations.push({
      id: `${instance.kind}:${due}`,
      kind: instance.kind,
      scope: description.scope,
      due,
      owedBy: description.owedBy,
      owedTo: description.owedTo,
      what: OBLIGATION_TEXTS[instance.kind],
      clause: description.clause,
      status,
      metOn: record === null ? null : formatFromDayNumber(record.on),
      late: record !== null && record.on > instance.due,
    });
  }
  // The steps only say what was found: an untraced decision (another reading's) skips them.
  if (reasoning.traced) {
    recordSteps(facts, obligations, readings, reasoning);
    recordOverdue(facts, obligations, reasoning);
  }
  recordDuties(reasoning, SCHEDULE_DUTIES);
  return { obligations, duties: SCHEDULE_DUTIES };
}

/**
 * 三（三）: an organization's obligation past its date is what supervision is for. Whether
 * anyone was irresponsible or shifted responsibility is for the Party organization to
 * find; the schedule finds no one at fault.
 */
function recordOverdue(facts: ScheduleFacts, obligations: readonly Obligation[], reasoning: Reasoning): void {
  const overdue = obligations.filter((o) => o.status === "overdue" && o.owedBy !== "member").map((o) => o.id);
  if (overdue.length === 0) return;
  // 〔3.3〕“各级党组织要经常深入基层调查研究,督促检查”
  // 〔3.3〕“对工作中不负责任、推诿扯皮的,要给予教育帮助”
  reasoning.step("organization-obligations-overdue", "3.3", { asOf: facts.asOf }, overdue);
}

/** When each kind falls due, under the readings in force: the key of its words in the catalogs. */
function timingOf(kind: ObligationKind, readings: Readings): ObligationTiming {
  switch (kind) {
    case "departure-briefing":
      return "before-departure";
    case "card-verification":
      return "promptly-after-departure";
    case "member-report":
      // Under calendar half-years the dates are fixed by the calendar: Q21 does not arise.
      return readings.report.anchor === "calendar-half-years" ? "calendar-half-years" : readings.report.sequence;
    case "card-annual-review":
      return readings.cardYear === "year-from-issue" ? "year-from-issue" : "calendar-year";
    case "branch-half-year-report":
      return "every-half-year";
    case "organ-committee-year-end-report":
    case "department-year-end-work-report":
      return "every-year-end";
    case "working-committee-spot-check":
      return "once-a-year";
    case "return-visit":
      return "after-return";
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

function stepFacts(kind: ObligationKind, facts: ScheduleFacts): { readonly [path: string]: JsonValue } {
  if (kind === "member-report" || kind === "departure-briefing") return { departure: facts.departure, backOn: facts.backOn };
  if (kind === "working-committee-spot-check") return { departmentConcentrated: facts.departmentConcentrated };
  return {};
}

function recordSteps(facts: ScheduleFacts, obligations: readonly Obligation[], readings: Readings, reasoning: Reasoning): void {
  const yearEnds = obligations.some((o) => o.kind === "organ-committee-year-end-report");
  for (const kind of OBLIGATION_KINDS) {
    if (kind === "working-committee-spot-check" && yearEnds) {
      // Whether the department is concentrated is the Party organization's finding (Q11),
      // read wherever a year end, and so the spot check, is at stake.
      reasoning.interpret("Q11.caller-asserted-facts");
      // 〔3.3〕“区直工委每年对流动党员比较集中的部门进行一次抽查”: a year end falls in the
      // period, but the department is not one the check is for: say so.
      if (!facts.departmentConcentrated) {
        reasoning.step("department-not-concentrated", "3.3", { departmentConcentrated: false }, false);
      }
    }
    const ofKind = obligations.filter((o) => o.kind === kind);
    if (ofKind.length === 0) continue;
    const description = DESCRIPTIONS[kind];
    const counts = { met: 0, pending: 0, overdue: 0 };
    for (const o of ofKind) counts[o.status] += 1;
    reasoning.step(
      kind,
      description.clause,
      stepFacts(kind, facts),
      ofKind.map((o) => o.due),
      { owedBy: description.owedBy, timing: timingOf(kind, readings), ...counts },
    );
  }
  if (obligations.length === 0) {
    reasoning.step("nothing-due", "2.2.4", { from: facts.period.from, before: facts.period.before }, 0);
  }
}

/**
 * Q34's alternative needs the holidays, and the holidays are given only with it: refused,
 * at `holidays`, otherwise. It depends on the options, so it runs after the input is read.
 */
function requireHolidaysWithQ34(facts: ScheduleFacts, choices: InterpretationChoices | undefined): void {
  const extending = alternativeInForce(choices, "Q34.holiday-last-day") === "extend-past-holidays";
  if (extending && facts.holidays === undefined) {
    failInput("reportingSchedule", ["holidays"], "missing", bilingual("error.schedule-holidays-needed"));
  }
  if (!extending && facts.holidays !== undefined) {
    failInput("reportingSchedule", ["holidays"], "inconsistent", bilingual("error.schedule-holidays-not-asked"));
  }
}

/**
 * The dated obligations around a member's absence, for the member and for the
 * organizations, over a period; each marked met, pending or overdue as of a date from
 * the records of what was done. Beside them, the duties the text gives no date.
 *
 * The member's Nth report falls 6N months after the departure (Q21), the organizations'
 * reports at each half-year and year end (Q7); the schedule for a period is the schedules
 * of its parts put together.
 *
 * The function carries its declaration: `reportingSchedule.input` (the schema of
 * {@link ScheduleFacts}), `.options`, `.outcome`, `.reads` (the interpretations it reads),
 * `.clauses`, and `.decideOutcome`, which gives the outcome alone, without a trace.
 *
 * @clause 2.2.4
 * @clause 2.2.2
 * @clause 2.1.2
 * @clause 2.1.7
 * @clause 3.3
 * @clause 3.2.3
 *
 * @param facts - the departure, the return (or `null`), the document, whether the department is one where mobile members are concentrated, the period, the as-of date and the records
 * @param options - interpretation choices (Q2, Q7, Q8, Q11, Q14, Q20, Q21, Q28, Q34)
 * @returns the decision: the obligations, sorted by due date, and the duties with no date
 * @throws {@link RuleInputError} for invalid or contradictory facts (a record dated after `asOf`, say), or holidays without Q34's alternative and the alternative without holidays
 *
 * @example
 * ```ts
 * const schedule = reportingSchedule({
 *   departure: "2024-08-31",
 *   backOn: "2025-10-31",
 *   document: "activity-card",
 *   departmentConcentrated: false,
 *   period: { from: "2024-08-01", before: "2026-01-01" },
 *   asOf: "2025-03-15",
 *   done: [{ kind: "member-report", on: "2025-02-20" }],
 * });
 * schedule.outcome.obligations.filter((o) => o.kind === "member-report").map((o) => o.due);
 * //=> ["2025-02-28", "2025-08-31"]
 * ```
 *
 * @function
 */
export const reportingSchedule = defineRule({
  name: "reportingSchedule",
  clauses: ["2.2.4", "2.2.2", "2.1.2", "2.1.7", "3.3", "3.2.3"],
  input: ScheduleFactsSchema,
  outcome: ReportingScheduleOutcomeSchema,
  reads: SCHEDULE_READS,
  check: (facts, options) => requireHolidaysWithQ34(facts, options.interpretations),
  decide: decideSchedule,
});

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [OBLIGATION_KINDS, SCHEDULE_PARTY_NAMES, OBLIGATION_TEXTS, DESCRIPTIONS]) deepFreeze(table);

/**
 * When a kind of obligation falls due, as its step says it: the readings in force (Q7, Q8,
 * Q20, Q21, Q28) choose among them. @internal
 */
export type ObligationTiming =
  | "before-departure"
  | "promptly-after-departure"
  | "calendar-half-years"
  | "anchored-on-departure"
  | "chained-on-due-dates"
  | "from-last-report"
  | "calendar-year"
  | "year-from-issue"
  | "every-half-year"
  | "every-year-end"
  | "once-a-year"
  | "after-return";

/** The parameters of the step of each kind of obligation: who owes it, when, and how many stand where. @internal */
export type ObligationStepParams = {
  readonly owedBy: ScheduleParty;
  readonly timing: ObligationTiming;
  readonly met: number;
  readonly pending: number;
  readonly overdue: number;
};

declare module "../locales/catalog.js" {
  interface RuleOutcomes {
    reportingSchedule: ReportingScheduleOutcome;
  }
  interface Terms {
    /** What each kind of obligation is (二（二）2, 二（一）2, 二（二）4, 二（一）7, 三（三）, 三（二）3). */
    readonly obligations: { readonly [Kind in ObligationKind]: string };
    /** Who owes an obligation, or is owed it. */
    readonly scheduleParties: { readonly [Party in ScheduleParty]: string };
    /** Where an obligation stands. */
    readonly obligationStatuses: { readonly [Status in ObligationStatus]: string };
  }
  interface Messages {
    "departure-briefing": ObligationStepParams;
    "card-verification": ObligationStepParams;
    "member-report": ObligationStepParams;
    "card-annual-review": ObligationStepParams;
    "branch-half-year-report": ObligationStepParams;
    "organ-committee-year-end-report": ObligationStepParams;
    "department-year-end-work-report": ObligationStepParams;
    "working-committee-spot-check": ObligationStepParams;
    "return-visit": ObligationStepParams;
    "department-not-concentrated": Record<never, never>;
    "organization-obligations-overdue": Record<never, never>;
    "nothing-due": Record<never, never>;
    "reason.schedule-holiday-last-day": Record<never, never>;
    "error.schedule-back-before-departure": Record<never, never>;
    "error.schedule-empty-period": Record<never, never>;
    "error.schedule-record-after-as-of": Record<never, never>;
    "error.schedule-holidays-needed": Record<never, never>;
    "error.schedule-holidays-not-asked": Record<never, never>;
  }
  // The words of the input's fields, for forms and the JSON Schema of scenario files (FieldWordIds).
  interface ToolMessages
    extends FieldWordIds<
      "reportingSchedule",
      {
        departure: never;
        backOn: "null";
        document: AbsenceDocument;
        departmentConcentrated: never;
        period: never;
        "period.from": never;
        "period.before": never;
        asOf: never;
        done: never;
        "done.kind": ObligationKind;
        "done.on": never;
        holidays: never;
      }
    > {}
}
