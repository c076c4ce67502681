/**
 * # 二（二）4 — when the member's reports fall due
 *
 * **[2.2.4]** ……流动党员……每6个月要以书信、电话或互联网等形式向组织关系所在地党组织汇报思想、学习和工作情况……
 * > Every 6 months the member reports on thinking, study and work, by letter, telephone or
 * > the internet, to the Party organization holding the relationship.
 *
 * One generator of the member's report due dates, and of which report met which, for the
 * two rules that need them: `reportingSchedule` lists them, `evaluationGrade` counts those
 * not met on time. With one generator the two cannot disagree: a report the schedule marks
 * met on time is never a missed report in the appraisal.
 *
 * ## Readings
 * - Q8: six months from the departure (default), or each calendar half-year.
 * - Q21, when counted from the departure: the Nth report is due 6N months after the
 *   departure (default: every date is counted once from the departure, so month ends do
 *   not pull later dates earlier: 31 August → 28 February → 31 August); or 6 months after
 *   the previous due date (31 August → 28 February → 28 August); or 6 months after the
 *   report last made, the first 6 months after the departure.
 * - Q2 and Q14: how six months are measured, and the last day when the final month has no
 *   corresponding day (民法典 第201–202条).
 * - Each report meets the earliest due date whose window it falls in: a window opens the
 *   day after the previous due date (the first, the day after the departure; under Q21's
 *   "from the last report", the day after that report), and a late report meets the
 *   overdue date before any later one.
 *
 * @module
 */
import { dayNumberFromParts, partsFromDayNumber, type DayNumber } from "../calendar/date.js";
import { periodLastDayNumber, type PeriodOptions } from "../calendar/periods.js";
import type { Recorder } from "../decision/decision.js";
import type { AlternativeOf } from "../interpretations/registry.js";

/** How the member's six-monthly reports follow one another (Q21). */
export type MemberReportSequence = AlternativeOf<"Q21.member-report-sequence">;

/** Where the member's report periods start (Q8). */
export type MemberReportAnchor = AlternativeOf<"Q8.member-report-anchor">;

/**
 * Reads Q8 and, where the periods run from the departure, Q21: the two rules that use the
 * generator read the same readings in the same way.
 * @internal
 */
export function memberReportReadings(
  reasoning: Pick<Recorder<"Q8.member-report-anchor" | "Q21.member-report-sequence">, "interpret">,
): {
  readonly anchor: MemberReportAnchor;
  readonly sequence: MemberReportSequence;
} {
  const anchor = reasoning.interpret("Q8.member-report-anchor");
  // Under calendar half-years the dates are fixed by the calendar: Q21 does not arise.
  const sequence = anchor === "from-departure" ? reasoning.interpret("Q21.member-report-sequence") : "anchored-on-departure";
  return { anchor, sequence };
}

/** One due date of the member's report, and the report that met it. @internal */
export interface MemberReportDue {
  /** The last day to report. */
  readonly due: DayNumber;
  /** Reports made after this day count toward it. */
  readonly windowStart: DayNumber;
  /** The day of the report that met it, or `null`. A report after `due` met it late. */
  readonly metOn: DayNumber | null;
}

/** What {@link memberReportDues} needs besides the dates. @internal */
export interface MemberReportSequenceOptions {
  /** Q8's reading. */
  readonly anchor: MemberReportAnchor;
  /** Q21's reading; read only when the periods run from the departure. */
  readonly sequence: MemberReportSequence;
  /** Q2 and Q14. */
  readonly periods: PeriodOptions;
  /** Moves a last day that is a statutory holiday (Q34); no move by default. */
  readonly extend?: ((day: DayNumber) => DayNumber) | undefined;
  /**
   * The first day the reports are known from (an appraisal is given only its period's).
   * A date due before it takes no report: its own was made, or missed, before the record
   * begins, and a later report is not taken for it.
   */
  readonly reportsKnownFrom?: DayNumber | undefined;
}

/**
 * The member's report due dates from the departure up to `until` (inclusive), each with
 * the report that met it. Not a rule of its own: `reportingSchedule` and `evaluationGrade`,
 * which use it, cite 二（二）4.
 *
 * @param departure - the day the member left
 * @param until - the last day a report may fall due: the return, or the end of what is asked about
 * @param reports - the days of the reports made, in any order
 * @param options - the readings
 * @returns the due dates in order, strictly increasing
 * @internal
 */
export function memberReportDues(
  departure: DayNumber,
  until: DayNumber,
  reports: readonly DayNumber[],
  options: MemberReportSequenceOptions,
): MemberReportDue[] {
  const sorted = [...reports].sort((a, b) => a - b);
  const extend = options.extend ?? ((day: DayNumber) => day);
  const sixMonthsAfter = (day: DayNumber) => periodLastDayNumber("memberReportDues", day, { months: 6 }, options.periods).day;
  const out: MemberReportDue[] = [];
  let next = 0;
  // Each due date takes the first report not yet used that falls after its window opens.
  const meet = (windowStart: DayNumber): DayNumber | null => {
    while (next < sorted.length && (sorted[next] ?? 0) <= windowStart) next += 1;
    const on = sorted[next];
    if (on === undefined) return null;
    next += 1;
    return on;
  };
  const rawDue = (n: number, previousDue: DayNumber, windowStart: DayNumber): DayNumber => {
    switch (options.anchor) {
      // The departure day is not counted (民法典 第201条): one leaving on 30 June owes no
      // report for the half-year that ends that day.
      case "calendar-half-years":
        return halfYearEndOnOrAfter(n === 1 ? departure + 1 : previousDue + 1);
      case "from-departure":
        switch (options.sequence) {
          case "anchored-on-departure":
            return periodLastDayNumber("memberReportDues", departure, { months: 6 * n }, options.periods).day;
          case "chained-on-due-dates":
            return sixMonthsAfter(n === 1 ? departure : previousDue);
          case "from-last-report":
            return sixMonthsAfter(windowStart);
          default: {
            const unreachable: never = options.sequence;
            return unreachable;
          }
        }
      default: {
        const unreachable: never = options.anchor;
        return unreachable;
      }
    }
  };
  let windowStart = departure;
  let previousDue = Number.NEGATIVE_INFINITY;
  for (let n = 1; ; n += 1) {
    const raw = rawDue(n, previousDue, windowStart);
    // A month end can map two start days onto one last day (30 and 31 August both end on
    // 28 February), and a holiday can move two last days onto one: a due date never repeats.
    const due = Math.max(extend(raw), previousDue + 1);
    if (due > until) return out;
    const metOn = due < (options.reportsKnownFrom ?? Number.NEGATIVE_INFINITY) ? null : meet(windowStart);
    out.push({ due, windowStart, metOn });
    previousDue = due;
    // "From the last report": the next six months run from the report that met this date,
    // or, while none has, from the date itself.
    windowStart = options.anchor === "from-departure" && options.sequence === "from-last-report" && metOn !== null ? metOn : due;
  }
}

/** The first 30 June or 31 December on or after `day`. */
function halfYearEndOnOrAfter(day: DayNumber): DayNumber {
  const { year } = partsFromDayNumber(day);
  const june = dayNumberFromParts(year, 6, 30);
  return day <= june ? june : dayNumberFromParts(year, 12, 31);
}
