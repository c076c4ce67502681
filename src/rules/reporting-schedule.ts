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
 *   departure's own day and what falls due on the return.
 * - Organizational reports are listed for each half-year or year in which the member was
 *   away at least one day: the member is in them. The Working Committee's spot check is
 *   listed likewise, but only where the department is one where mobile members are
 *   concentrated (`departmentConcentrated`, stated by the organization, never inferred).
 * - What the text gives no date is returned as a named duty beside the obligations
 *   (`duties`): 二（一）7's information base and registers, 三（二）3's visits to the family
 *   and to incoming members, 三（三）'s supervision and its accountability for neglect.
 *   When an organization's obligation is overdue, the trace recalls 三（三）; it finds no one
 *   at fault.
 *
 * @module
 */
import { match } from "ts-pattern";
import { z } from "zod";
import {
  CalendarDateSchema,
  RuleDateSchema,
  dayNumberFromParts,
  formatFromDayNumber,
  monthLength,
  partsFromDayNumber,
  toDayNumber,
  type CalendarDate,
  type DayNumber,
} from "../calendar/date.js";
import { periodLastDayNumber, type PeriodOptions } from "../calendar/periods.js";
import { isClauseId } from "../clauses/citation.js";
import type { ClauseId } from "../clauses/opinion.js";
import { runRule, type Decision, type JsonValue, type Reasoning } from "../decision/decision.js";
import { addBilingualIssue, failInput, readInput, type Bilingual } from "../errors.js";
import { RuleOptionsSchema, alternativeInForce, type RuleOptions } from "../interpretations/options.js";
import { ABSENCE_DOCUMENTS, recordDuties, type AbsenceDocument } from "./document-for-absence.js";
import { DutyIdSchema, type DutyId } from "./duties.js";
import { deepFreeze } from "../frozen.js";
import { memberReportDues, memberReportReadings } from "./member-report-sequence.js";
import type { AlternativeOf } from "../interpretations/registry.js";

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
  /** What is owed, in words. */
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
   * their bearer, clause and text are in `DUTIES`.
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
export const ObligationSchema: z.ZodType<Obligation> = z.strictObject({
  id: z.string(),
  kind: z.enum(OBLIGATION_KINDS),
  scope: z.enum(["member", "organization"]),
  due: CalendarDateSchema,
  owedBy: z.enum(PARTIES),
  owedTo: z.enum(PARTIES),
  what: z.strictObject({ zh: z.string(), en: z.string() }),
  clause: z.string().refine(isClauseId) as z.ZodType<ClauseId>,
  status: z.enum(["met", "pending", "overdue"]),
  metOn: CalendarDateSchema.nullable(),
  late: z.boolean(),
});

const KIND_ORDER = new Map<ObligationKind, number>(OBLIGATION_KINDS.map((kind, i) => [kind, i]));

/** The zod schema of {@link ReportingScheduleOutcome}, for checking a stored decision. */
export const ReportingScheduleOutcomeSchema: z.ZodType<ReportingScheduleOutcome> = z.strictObject({
  obligations: z.array(ObligationSchema),
  duties: z.array(DutyIdSchema),
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

/** The zod schema of {@link ScheduleFacts}. */
export const ScheduleFactsSchema: z.ZodType<ScheduleFacts> = z
  .strictObject({
    departure: RuleDateSchema,
    backOn: RuleDateSchema.nullable(),
    document: z.enum(ABSENCE_DOCUMENTS),
    departmentConcentrated: z.boolean(),
    period: z.strictObject({ from: RuleDateSchema, before: RuleDateSchema }),
    asOf: RuleDateSchema,
    done: z.array(z.strictObject({ kind: z.enum(OBLIGATION_KINDS), on: RuleDateSchema })),
    holidays: z.array(RuleDateSchema).optional(),
  })
  .check((ctx) => {
    const { departure, backOn, period, asOf, done } = ctx.value;
    const issue = (path: (string | number)[], zh: string, en: string) =>
      addBilingualIssue(ctx, { code: "inconsistent", path, message: { zh, en } });
    if (backOn !== null && backOn < departure) {
      issue(["backOn"], "返回日期早于外出日期", "the return is before the departure");
    }
    if (period.before <= period.from) {
      issue(["period", "before"], "期间的结束必须晚于开始", "the period must end after it starts");
    }
    done.forEach((record, index) => {
      if (record.on > asOf) {
        issue(["done", index, "on"], "记录日期晚于查询日期", "the record's date is after the day asked about (asOf)");
      }
    });
  });

interface Instance {
  readonly kind: ObligationKind;
  readonly due: DayNumber;
  /** Records after this day count toward the instance. */
  readonly windowStart: DayNumber;
  /** The record already matched to it (the member's reports, matched where their dates are made), if any. */
  readonly matched?: { readonly metOn: DayNumber | null };
}

const DESCRIPTIONS: {
  readonly [Kind in ObligationKind]: {
    readonly scope: "member" | "organization";
    readonly owedBy: ScheduleParty;
    readonly owedTo: ScheduleParty;
    readonly clause: ClauseId;
    readonly what: Bilingual;
  };
} = {
  "departure-briefing": {
    scope: "member",
    owedBy: "home-branch",
    owedTo: "member",
    clause: "2.2.2",
    what: { zh: "外出前提出明确要求、告知联系方式", en: "state clear requirements and give contact details before departure" },
  },
  "card-verification": {
    scope: "member",
    owedBy: "inflow-branch",
    // "流入地党支部要及时验证并报上级党组织备案": the inflow branch files with its own
    // superior, on the inflow side; the outflow organ Party committee only stamps the card.
    owedTo: "inflow-superior-org",
    clause: "2.1.2",
    what: {
      zh: "及时验证《流动党员活动证》，并报本支部的上级党组织备案",
      en: "verify the activity card promptly and file it with the branch's own superior Party organization",
    },
  },
  "member-report": {
    scope: "member",
    owedBy: "member",
    owedTo: "home-branch",
    clause: "2.2.4",
    what: { zh: "向组织关系所在地党组织汇报思想、学习和工作情况", en: "report on thinking, study and work to the organization holding the relationship" },
  },
  "card-annual-review": {
    scope: "member",
    owedBy: "home-branch",
    owedTo: "member",
    clause: "2.1.2",
    what: { zh: "年度审核《流动党员活动证》", en: "review the activity card for the year" },
  },
  "branch-half-year-report": {
    scope: "organization",
    owedBy: "home-branch",
    owedTo: "organ-party-committee",
    clause: "2.1.7",
    what: {
      zh: "党支部每半年向机关党委上报流动党员基本情况",
      en: "the branch's half-yearly report of the mobile members' particulars to the organ Party committee",
    },
  },
  "organ-committee-year-end-report": {
    scope: "organization",
    owedBy: "organ-party-committee",
    owedTo: "working-committee",
    clause: "2.1.7",
    // 二（一）7's "有关情况" are the members' basic particulars (流动党员基本情况定期报送制度);
    // the report on the management work is 三（三）'s, below.
    what: {
      zh: "机关党委年底向区直机关工委上报流动党员基本情况",
      en: "the organ Party committee's year-end report of the mobile members' particulars to the Working Committee",
    },
  },
  "department-year-end-work-report": {
    scope: "organization",
    owedBy: "department-organ-party-org",
    // "逐级上报": each level reports to the one above, the department's to the Working Committee.
    owedTo: "working-committee",
    clause: "3.3",
    what: {
      zh: "部门机关党组织年底逐级上报流动党员管理工作情况",
      en: "the department's organ Party organization's year-end report on its mobile-member work, up level by level",
    },
  },
  "working-committee-spot-check": {
    scope: "organization",
    owedBy: "working-committee",
    owedTo: "departments",
    clause: "3.3",
    what: {
      zh: "区直机关工委每年对流动党员比较集中的部门进行一次抽查",
      en: "the Working Committee's spot check, once a year, of the departments where mobile members are relatively concentrated",
    },
  },
  "return-visit": {
    scope: "member",
    owedBy: "home-branch",
    owedTo: "member",
    clause: "3.2.3",
    what: { zh: "党员返回后上门慰问，与其谈心，听取意见和建议", en: "visit the returned member at home to convey the organization's care, talk with them and hear their views" },
  },
};

/** The names of the parties. */
export const SCHEDULE_PARTY_NAMES: { readonly [Party in ScheduleParty]: Bilingual } = {
  member: { zh: "流动党员", en: "the mobile member" },
  "home-branch": { zh: "正式组织关系所在党支部", en: "the branch holding the relationship" },
  "inflow-branch": { zh: "流入地党支部", en: "the inflow branch" },
  "inflow-superior-org": { zh: "流入地党支部的上级党组织", en: "the inflow branch's superior Party organization" },
  "organ-party-committee": { zh: "机关党委", en: "the organ Party committee" },
  "department-organ-party-org": { zh: "部门机关党组织", en: "the department's organ Party organization" },
  "working-committee": { zh: "区直机关工委", en: "the Working Committee" },
  departments: { zh: "流动党员比较集中的部门", en: "the departments where mobile members are concentrated" },
};

const QUESTION: Bilingual = {
  zh: "这名流动党员外出期间，有关各方应在何时完成哪些汇报、审核、上报、走访和检查？",
  en: "Which reports, reviews, visits and checks fall due, when, and for whom, around this member's absence?",
};

/** A date as Chinese writes it in a sentence: 2025年2月28日. */
function zhDate(date: CalendarDate): string {
  const { year, month, day } = partsFromDayNumber(toDayNumber(date));
  return `${year}年${month}月${day}日`;
}

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

/**
 * The instances of every kind, from the departure, up to `horizon` (exclusive). Each
 * due date that is the last day of a period moves past the statutory holidays given,
 * under Q34's alternative; `moved.any` says whether one did.
 */
function instancesOf(facts: ScheduleFacts, horizon: DayNumber, readings: Readings, moved: { any: boolean }): Instance[] {
  const departure = toDayNumber(facts.departure);
  const back = facts.backOn === null ? null : toDayNumber(facts.backOn);
  const awayUntil = back ?? horizon;
  const { periods, dueRule, prompt } = readings;
  const holidays = new Set((readings.holiday === "extend-past-holidays" ? (facts.holidays ?? []) : []).map((d) => toDayNumber(d)));
  // 民法典 第二百零三条: a last day that is a statutory holiday gives way to the day after the holidays.
  const extend = (day: DayNumber): DayNumber => {
    let last = day;
    while (holidays.has(last)) last += 1;
    if (last !== day) moved.any = true;
    return last;
  };
  const lag = (day: DayNumber): DayNumber =>
    match(dueRule)
      .with("end-of-period", () => day)
      // The end of the month after: the last day of the month one month on.
      .with("end-of-following-month", () => {
        const { year, month } = partsFromDayNumber(day + 1);
        return dayNumberFromParts(year, month, monthLength(year, month));
      })
      .exhaustive();
  const promptly = (from: DayNumber): DayNumber =>
    extend(
      match(prompt)
        .with("one-month", () => periodLastDayNumber("reportingSchedule", from, { months: 1 }, periods).day)
        .with("fifteen-days", () => from + 15)
        .exhaustive(),
    );

  const out: Instance[] = [{ kind: "departure-briefing", due: departure, windowStart: Number.NEGATIVE_INFINITY }];
  if (readings.cardYear !== null) {
    const due = back === null ? promptly(departure) : Math.min(promptly(departure), back);
    out.push({ kind: "card-verification", due, windowStart: departure - 1 });
    out.push(...cardReviews(departure, back, awayUntil, horizon, readings.cardYear, periods, { lag, extend }));
  }

  // Member reports: from the one generator the appraisal counts missed reports with.
  const reports = facts.done.filter((record) => record.kind === "member-report").map((record) => toDayNumber(record.on));
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
      // Listed when the member was away at least one day of the half-year.
      if (departure <= end && awayUntil >= start) {
        out.push({ kind: "branch-half-year-report", due: extend(lag(end)), windowStart: start - 1 });
      }
    }
    const yearStart = dayNumberFromParts(year, 1, 1);
    if (departure <= yearEnd(year) && awayUntil >= yearStart) {
      const due = extend(lag(yearEnd(year)));
      out.push({ kind: "organ-committee-year-end-report", due, windowStart: yearStart - 1 });
      out.push({ kind: "department-year-end-work-report", due, windowStart: yearStart - 1 });
      // 三（三）: the Working Committee spot-checks "流动党员比较集中的部门", not every department.
      if (facts.departmentConcentrated) {
        out.push({ kind: "working-committee-spot-check", due, windowStart: yearStart - 1 });
      }
    }
  }
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
  return match(reading)
    .with("calendar-year", () => {
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
    })
    .with("year-from-issue", () => {
      let windowStart = departure - 1;
      for (let years = 1; ; years += 1) {
        const due = dates.extend(periodLastDayNumber("reportingSchedule", departure, { years }, periods).day);
        if (due > awayUntil || due >= horizon) return out;
        out.push({ kind: "card-annual-review", due, windowStart });
        windowStart = due;
      }
    })
    .exhaustive();
}

/** Matches records to instances, kind by kind, in order: each instance takes the first unused record after its window opens. */
function statuses(instances: readonly Instance[], facts: ScheduleFacts): Map<Instance, { on: DayNumber } | null> {
  const byKind = new Map<ObligationKind, DayNumber[]>();
  for (const record of facts.done) {
    const list = byKind.get(record.kind) ?? [];
    list.push(toDayNumber(record.on));
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

function decideSchedule(facts: ScheduleFacts, reasoning: Reasoning): ReportingScheduleOutcome {
  const from = toDayNumber(facts.period.from);
  const before = toDayNumber(facts.period.before);
  const asOf = toDayNumber(facts.asOf);
  const horizon = Math.max(before, asOf + 1);
  const readings = readingsOf(facts, reasoning);
  const moved = { any: false };
  const instances = instancesOf(facts, horizon, readings, moved);
  if (moved.any) {
    // The facts fall on Q34's point: the engine works the schedule out without the moves too.
    reasoning.contest("Q34.holiday-last-day", {
      zh: "有期限的最后一日是所列的法定休假日",
      en: "a last day falls on a statutory holiday given",
    });
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
      what: description.what,
      clause: description.clause,
      status,
      metOn: record === null ? null : formatFromDayNumber(record.on),
      late: record !== null && record.on > instance.due,
    });
  }
  recordSteps(facts, obligations, readings, reasoning);
  recordOverdue(facts, obligations, reasoning);
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
  reasoning.step({
    check: "organization-obligations-overdue",
    citation: "3.3",
    facts: { asOf: facts.asOf },
    result: overdue,
    text: {
      zh: `党组织有${overdue.length}项逾期未办：各级党组织要督促检查；对工作中不负责任、推诿扯皮的，要给予教育帮助，情节严重的，要作出必要的组织处理（是否属于不负责任、推诿扯皮，由党组织认定）`,
      en: `${overdue.length} of the organizations' obligations are overdue: Party organizations at every level supervise and check; those irresponsible in the work or shifting responsibility get education and help, and in serious cases the necessary organizational handling (whether anyone was, the Party organization finds)`,
    },
  });
}

/** When each kind falls due, in words, under the readings in force. */
function kindRule(kind: ObligationKind, readings: Readings): Bilingual {
  return match(kind)
    .with("departure-briefing", () => ({ zh: "外出之日前", en: "by the departure" }))
    .with("card-verification", () => ({ zh: "外出后及时（解释二十）", en: "promptly after the departure (Q20)" }))
    .with("member-report", () =>
      match(readings.report)
        .with({ anchor: "calendar-half-years" }, () => ({
          zh: "每个公历半年一次，至返回为止（解释八）",
          en: "once each calendar half-year until the return (Q8)",
        }))
        .with({ sequence: "anchored-on-departure" }, () => ({
          zh: "自外出之日起每满6个月，至返回为止（解释八、解释二十一）",
          en: "each time 6, 12, 18 … months from the departure have run, until the return (Q8, Q21)",
        }))
        .with({ sequence: "chained-on-due-dates" }, () => ({
          zh: "自外出之日起每6个月，自上一次期限届满之日起接续计算，至返回为止（解释八、解释二十一）",
          en: "every 6 months from the departure, each from the previous due date, until the return (Q8, Q21)",
        }))
        .with({ sequence: "from-last-report" }, () => ({
          zh: "自外出之日或上一次汇报之日起6个月内，至返回为止（解释八、解释二十一）",
          en: "within 6 months of the departure or of the last report, until the return (Q8, Q21)",
        }))
        .exhaustive(),
    )
    .with("card-annual-review", () =>
      readings.cardYear === "year-from-issue"
        ? { zh: "自发证之日起每满一年一次（解释二十八）", en: "each full year from issue (Q28)" }
        : {
            zh: "持证的每个公历年度一次，年底前；年度中途返回的，于返回时（解释七、解释二十八）",
            en: "once in each calendar year the card is held, by the year's end; on return for the part-year before it (Q7, Q28)",
          },
    )
    .with("branch-half-year-report", () => ({ zh: "每半年（解释七）", en: "every half year (Q7)" }))
    .with("organ-committee-year-end-report", "department-year-end-work-report", () => ({ zh: "每年底（解释七）", en: "at every year end (Q7)" }))
    .with("working-committee-spot-check", () => ({ zh: "每年一次（解释七）", en: "once a year (Q7)" }))
    .with("return-visit", () => ({ zh: "返回后（解释二十）", en: "after the return (Q20)" }))
    .exhaustive();
}

function stepFacts(kind: ObligationKind, facts: ScheduleFacts): { readonly [path: string]: JsonValue } {
  if (kind === "member-report" || kind === "departure-briefing") return { departure: facts.departure, backOn: facts.backOn };
  if (kind === "working-committee-spot-check") return { departmentConcentrated: facts.departmentConcentrated };
  return {};
}

function recordSteps(facts: ScheduleFacts, obligations: readonly Obligation[], readings: Readings, reasoning: Reasoning): void {
  for (const kind of OBLIGATION_KINDS) {
    const ofKind = obligations.filter((o) => o.kind === kind);
    const yearEnds = obligations.some((o) => o.kind === "organ-committee-year-end-report");
    // Whether the department is concentrated is the Party organization's finding (Q11),
    // read wherever a year end, and so the spot check, is at stake.
    if (kind === "working-committee-spot-check" && yearEnds) reasoning.interpret("Q11.caller-asserted-facts");
    // A year end falls in the period, but the department is not one the check is for: say so.
    if (kind === "working-committee-spot-check" && !facts.departmentConcentrated && yearEnds) {
      reasoning.step({
        check: "department-not-concentrated",
        citation: "3.3",
        facts: { departmentConcentrated: false },
        result: false,
        text: {
          zh: "本部门不属于流动党员比较集中的部门：区直机关工委每年一次的抽查，不列入本部门的日程",
          en: "The department is not one where mobile members are concentrated: the Working Committee's yearly spot check is not in its schedule",
        },
      });
    }
    if (ofKind.length === 0) continue;
    const description = DESCRIPTIONS[kind];
    const counts = { met: 0, pending: 0, overdue: 0 };
    for (const o of ofKind) counts[o.status] += 1;
    const by = SCHEDULE_PARTY_NAMES[description.owedBy];
    reasoning.step({
      check: kind,
      citation: description.clause,
      facts: stepFacts(kind, facts),
      result: ofKind.map((o) => o.due),
      text: {
        zh: `${by.zh}：${description.what.zh}，${kindRule(kind, readings).zh}：${ofKind.map((o) => zhDate(o.due)).join("、")}（已履行${counts.met}项，未到期${counts.pending}项，逾期${counts.overdue}项）`,
        en: `${by.en}: ${description.what.en}, ${kindRule(kind, readings).en}: ${ofKind.map((o) => o.due).join(", ")} (met ${counts.met}, pending ${counts.pending}, overdue ${counts.overdue})`,
      },
    });
  }
  if (obligations.length === 0) {
    reasoning.step({
      check: "nothing-due",
      citation: "2.2.4",
      facts: { from: facts.period.from, before: facts.period.before },
      result: 0,
      text: { zh: "此期间没有到期事项", en: "Nothing falls due in the period" },
    });
  }
}

function summarize(outcome: ReportingScheduleOutcome): Bilingual {
  const overdue = outcome.obligations.filter((o) => o.status === "overdue").length;
  return {
    zh:
      outcome.obligations.length === 0
        ? "此期间没有到期事项"
        : `共${outcome.obligations.length}项到期事项${overdue > 0 ? `，其中${overdue}项逾期` : ""}`,
    en: `${outcome.obligations.length} obligations${overdue > 0 ? `, ${overdue} overdue` : ""}`,
  };
}

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = { rule: "reportingSchedule", question: QUESTION, decide: decideSchedule, summarize };

/**
 * The dated obligations around a member's absence, for the member and for the
 * organizations, over a period; each marked met, pending or overdue as of a date from
 * the records of what was done. Beside them, the duties the text gives no date.
 *
 * The member's Nth report falls 6N months after the departure (Q21), the organizations'
 * reports at each half-year and year end (Q7); the schedule for a period is the schedules
 * of its parts put together.
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
 */
export function reportingSchedule(facts: ScheduleFacts, options: RuleOptions = {}): Decision<ReportingScheduleOutcome> {
  const valid = readInput("reportingSchedule", ScheduleFactsSchema, facts);
  const { interpretations } = readInput("reportingSchedule", RuleOptionsSchema, options);
  const extending = alternativeInForce(interpretations, "Q34.holiday-last-day") === "extend-past-holidays";
  if (extending && valid.holidays === undefined) {
    failInput("reportingSchedule", ["holidays"], "missing", {
      zh: "选定解释三十四“顺延至法定休假日结束的次日”的，须列明有关的法定休假日",
      en: "interpretation Q34 \"extend-past-holidays\" needs the statutory holidays",
    });
  }
  if (!extending && valid.holidays !== undefined) {
    failInput("reportingSchedule", ["holidays"], "inconsistent", {
      zh: "列明法定休假日的，须选定解释三十四“顺延至法定休假日结束的次日”",
      en: "statutory holidays are given only with interpretation Q34 \"extend-past-holidays\"",
    });
  }
  return runRule(DEFINITION, valid, interpretations);
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [OBLIGATION_KINDS, SCHEDULE_PARTY_NAMES]) deepFreeze(table);
