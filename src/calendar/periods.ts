/**
 * Periods of months and years, and the statutory words that compare a length with a
 * number.
 *
 * 民法典 第201条: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。
 * (When a period is counted in years, months or days, the start day is not counted.)
 *
 * 民法典 第202条: 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，
 * 月末日为期间的最后一日。 (A period of months ends on the corresponding day of the final
 * month, or on that month's last day where it has none.)
 *
 * 民法典 第1259条: 民法所称的“以上”“以下”“以内”“届满”，包括本数；所称的“不满”“超过”
 * “以外”，不包括本数。 (以上, 以下, 以内, 届满 include the number; 不满, 超过, 以外 exclude it.)
 *
 * So 6 months from 2024-01-31 end on 2024-07-31, and 6 months from 2024-08-31 end on
 * 2025-02-28: February has no 31st, and the period is *clamped* to the month's end.
 * Every function here says when it clamped, because a decision that depends on the
 * clamping depends on a contested reading (interpretation Q14), and must say so.
 *
 * Applying civil-law period rules to Party periods is itself an interpretation (Q2):
 * the `measure` option offers the alternatives (30-day months, 183-day half-years).
 *
 * @module
 */
import { z } from "zod";
import { failInput, readInput } from "../errors.js";
import {
  MAX_YEAR,
  MIN_YEAR,
  dayNumberFromParts,
  monthLength,
  formatFromDayNumber,
  partsFromDayNumber,
  dayNumberIn,
  type CalendarDate,
  type DayNumber,
} from "./date.js";
import { deepFreeze } from "../frozen.js";
import { bilingual } from "../locales/index.js";
import { privateSchema } from "../input/private-schema.js";

/**
 * How "N months" is measured (interpretation Q2).
 * - `calendar-months`: 民法典 第201–202条, the corresponding day of the final month (default).
 * - `thirty-day-months`: each month is 30 days.
 * - `half-year-183-days`: each 6 months is 183 days (N months are ⌈N × 30.5⌉ days).
 */
export type MonthMeasure = "calendar-months" | "thirty-day-months" | "half-year-183-days";

/**
 * Where a calendar-month period ends when the final month has no corresponding day
 * (interpretation Q14).
 * - `last-day-of-month`: that month's last day, as 民法典 第202条 says (default).
 * - `first-day-of-next-month`: the day after it, as date libraries that roll over do.
 */
export type MissingDayRule = "last-day-of-month" | "first-day-of-next-month";

/** Options of the period functions. Each defaults to the civil-code reading. */
export interface PeriodOptions {
  /** How months are measured (Q2). Default `"calendar-months"`. */
  readonly measure?: MonthMeasure | undefined;
  /** Where a month period ends when its final month has no corresponding day (Q14). Default `"last-day-of-month"`. */
  readonly missingDay?: MissingDayRule | undefined;
}

/** A length of time: a whole number of months, years or days, zero or more. */
export type Period =
  | {
      /** Whole calendar months (measured as {@link PeriodOptions.measure} says). */
      readonly months: number;
    }
  | {
      /** Whole calendar years: always twelve calendar months each. */
      readonly years: number;
    }
  | {
      /** Whole days. */
      readonly days: number;
    };

/** The result of adding months to a date. */
export interface MonthShift {
  /** The resulting date. */
  readonly date: CalendarDate;
  /**
   * True when the target month has no day with the start's number (31 August + 6 months:
   * there is no 31 February), so the result was moved to a month end (or, under
   * `first-day-of-next-month`, just past it). False whenever the day exists.
   */
  readonly clamped: boolean;
}

/** The last day of a period, with whether the month-end rule decided it. */
export interface PeriodEnd {
  /** The last day of the period (the start day is not counted, 民法典 第201条). */
  readonly lastDay: CalendarDate;
  /** True when the final month had no corresponding day (see {@link MonthShift.clamped}). Always false for day measures. */
  readonly clamped: boolean;
}

/**
 * How a span from a start date to an end date compares with a period counted from the
 * same start date.
 * - `shorter`: the end comes before the period's last day (不满).
 * - `exact`: the end is the period's last day: the period has just run out (届满).
 * - `longer`: the end comes after the period's last day (超过).
 */
export type PeriodRelation = "shorter" | "exact" | "longer";

/** The result of {@link comparePeriod}. */
export interface PeriodComparison extends PeriodEnd {
  /** How the span compares with the period. */
  readonly relation: PeriodRelation;
}

/**
 * The statutory words of 民法典 第1259条 that bound a length by a number.
 * 以上 (at least), 以下 (at most), 以内 (within) and 届满 (expired) include the number;
 * 不满 (less than), 超过 (more than) and 以外 (beyond) exclude it.
 */
export type StatutoryBound = "以上" | "以下" | "以内" | "届满" | "不满" | "超过" | "以外";

/** Every statutory bound word, with whether it includes the number and its English name. */
export const STATUTORY_BOUNDS: {
  readonly [Word in StatutoryBound]: {
    /** Whether a length equal to the number satisfies the word. */
    readonly includesNumber: boolean;
    /** The word in English. */
    readonly en: string;
  };
} = {
  以上: { includesNumber: true, en: "at least" },
  届满: { includesNumber: true, en: "expired (reached)" },
  以下: { includesNumber: true, en: "at most" },
  以内: { includesNumber: true, en: "within" },
  不满: { includesNumber: false, en: "less than" },
  超过: { includesNumber: false, en: "more than" },
  以外: { includesNumber: false, en: "beyond" },
};

/**
 * Does a length in this relation to N satisfy "N + word"? 民法典 第1259条.
 *
 * @example
 * ```ts
 * meetsBound("exact", "以上"); //=> true  (exactly 6 months is "6个月以上")
 * meetsBound("exact", "以内"); //=> true  (and also "6个月以内": interpretation Q1)
 * meetsBound("exact", "不满"); //=> false
 * ```
 */
export function meetsBound(relation: PeriodRelation, word: StatutoryBound): boolean {
  if (relation !== "shorter" && relation !== "exact" && relation !== "longer") {
    failInput("meetsBound", ["relation"], "invalid-value", bilingual("error.relation-not-known"));
  }
  // Written out rather than looked up: this runs for every decision.
  switch (word) {
    case "以上":
    case "届满":
      return relation !== "shorter";
    case "以下":
    case "以内":
      return relation !== "longer";
    case "不满":
      return relation === "shorter";
    case "超过":
    case "以外":
      return relation === "longer";
    default:
      return failInput("meetsBound", ["word"], "invalid-value", bilingual("error.bound-word-not-known"));
  }
}

function assertWholeMonths(value: unknown): number {
  if (!Number.isSafeInteger(value)) {
    failInput("addCalendarMonths", ["months"], "out-of-range", bilingual("error.months-not-whole"));
  }
  return value as number;
}

function outOfYears(source: string): never {
  return failInput(source, [], "out-of-range", bilingual("error.result-out-of-years", { from: MIN_YEAR, to: MAX_YEAR }));
}

const count = z.number().int().min(0);

/** The zod schema of a {@link Period}: exactly one of months, years or days. */
export const PeriodSchema: z.ZodType<Period> = z.union([
  z.strictObject({ months: count }),
  z.strictObject({ years: count }),
  z.strictObject({ days: count }),
]);

/** The zod schema of {@link PeriodOptions}. */
export const PeriodOptionsSchema: z.ZodType<PeriodOptions> = z.strictObject({
  measure: z.enum(["calendar-months", "thirty-day-months", "half-year-183-days"]).optional(),
  missingDay: z.enum(["last-day-of-month", "first-day-of-next-month"]).optional(),
});

/** The day number of `months` calendar months after a start day, per 民法典 第202条 (or Q14's alternative). @internal */
export interface DayShift {
  readonly day: DayNumber;
  readonly clamped: boolean;
}

/** @internal */
export function shiftMonths(
  source: string,
  start: DayNumber,
  months: number,
  missingDay: MissingDayRule,
): DayShift {
  const { year, month, day } = partsFromDayNumber(start);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) outOfYears(source);
  const lastDay = monthLength(targetYear, targetMonth);
  if (day <= lastDay) {
    return { day: dayNumberFromParts(targetYear, targetMonth, day), clamped: false };
  }
  const monthEnd = dayNumberFromParts(targetYear, targetMonth, lastDay);
  if (missingDay === "last-day-of-month") return { day: monthEnd, clamped: true };
  // December always has the day, so rolling past a month end never leaves year 9999.
  return { day: monthEnd + 1, clamped: true };
}

/** The days a month measure gives to `months` months, or `undefined` for calendar months. @internal */
export function daysForMonths(months: number, measure: MonthMeasure): number | undefined {
  switch (measure) {
    case "calendar-months":
      return undefined;
    case "thirty-day-months":
      return months * 30;
    case "half-year-183-days":
      return Math.ceil((months * 183) / 6);
  }
}

const MAX_DAY = dayNumberFromParts(MAX_YEAR, 12, 31);

/**
 * The last day of a period of months, years or days that starts after `start`, as a
 * day number. The internal, allocation-light form of {@link periodLastDay}: the period is
 * taken as valid (the public functions check it with {@link PeriodSchema}; the rules pass
 * constants).
 * @internal
 */
export function periodLastDayNumber(
  source: string,
  start: DayNumber,
  period: Period,
  options: PeriodOptions | undefined,
): DayShift {
  const measure = options?.measure ?? "calendar-months";
  const missingDay = options?.missingDay ?? "last-day-of-month";
  let days: number | undefined;
  let months: number | undefined;
  if ("days" in period) {
    days = period.days;
  } else if ("years" in period) {
    // Years are always calendar years (民法典 第202条); Q2 is about months.
    months = period.years * 12;
  } else {
    months = period.months;
    days = daysForMonths(months, measure);
  }
  if (days !== undefined) {
    // 民法典 第201条: the start day is not counted, so day 1 of the period is start + 1
    // and its last day is start + days.
    const day = start + days;
    if (day > MAX_DAY) outOfYears(source);
    return { day, clamped: false };
  }
  return shiftMonths(source, start, months ?? 0, missingDay);
}

// The library's own copy of PeriodOptionsSchema: a caller's writes into the exported one do not reach it.
const ownPeriodOptionsSchema = privateSchema(PeriodOptionsSchema);

/**
 * Adds whole calendar months to a date, per 民法典 第202条: the same day of the target
 * month, or the month's last day where that day does not exist, and says whether it
 * clamped.
 *
 * @param date - the start date, `YYYY-MM-DD`
 * @param months - a whole number of months; negative counts back
 * @param options - `missingDay` (Q14); `measure` does not apply here
 * @returns the date and whether it was clamped
 * @throws {@link RuleInputError} for an invalid date, a fractional count or a result outside the supported years
 *
 * @example
 * ```ts
 * addCalendarMonths("2024-01-31", 1); //=> { date: "2024-02-29", clamped: true }
 * addCalendarMonths("2024-08-31", 6); //=> { date: "2025-02-28", clamped: true }
 * addCalendarMonths("2024-08-30", 1); //=> { date: "2024-09-30", clamped: false }
 * ```
 */
export function addCalendarMonths(
  date: CalendarDate,
  months: number,
  options?: Pick<PeriodOptions, "missingDay">,
): MonthShift {
  const start = dayNumberIn("addCalendarMonths", date, ["date"]);
  const checked = assertWholeMonths(months);
  const { missingDay } = readInput("addCalendarMonths", ownPeriodOptionsSchema(), options ?? {});
  const shifted = shiftMonths("addCalendarMonths", start, checked, missingDay ?? "last-day-of-month");
  return { date: formatFromDayNumber(shifted.day), clamped: shifted.clamped };
}

// The library's own copy of PeriodSchema: a caller's writes into the exported one do not reach it.
const ownPeriodSchema = privateSchema(PeriodSchema);

/**
 * The last day of a period that starts after `start` (民法典 第201条: the start day
 * itself is not counted) and lasts `period` (第202条 for months and years).
 *
 * @param start - the day the period is counted from, `YYYY-MM-DD` (for example a departure date)
 * @param period - `{ months }`, `{ years }` or `{ days }`
 * @param options - the month measure (Q2) and the missing-day rule (Q14)
 *
 * @example
 * ```ts
 * periodLastDay("2024-03-10", { months: 6 }); //=> { lastDay: "2024-09-10", clamped: false }
 * periodLastDay("2024-08-31", { months: 6 }); //=> { lastDay: "2025-02-28", clamped: true }
 * periodLastDay("2024-08-31", { months: 6 }, { measure: "thirty-day-months" });
 * //=> { lastDay: "2025-02-27", clamped: false }
 * ```
 */
export function periodLastDay(
  start: CalendarDate,
  period: Period,
  options?: PeriodOptions,
): PeriodEnd {
  const startDay = dayNumberIn("periodLastDay", start, ["start"]);
  const end = periodLastDayNumber(
    "periodLastDay",
    startDay,
    readInput("periodLastDay", ownPeriodSchema(), period),
    readInput("periodLastDay", ownPeriodOptionsSchema(), options ?? {}),
  );
  return { lastDay: formatFromDayNumber(end.day), clamped: end.clamped };
}

/** @internal */
export function relationOf(end: DayNumber, lastDay: DayNumber): PeriodRelation {
  return end < lastDay ? "shorter" : end === lastDay ? "exact" : "longer";
}

/**
 * Compares the span from `start` to `end` with a period counted from `start`: is an
 * absence from 2024-03-10 to 2024-09-10 shorter than, exactly, or longer than 6 months?
 * Combine the relation with {@link meetsBound} to read "6个月以上" or "6个月以内".
 *
 * @param start - the first date (not counted, 民法典 第201条), for example the departure
 * @param end - the last date, on or after `start`, for example the return
 * @param period - the period to compare with
 * @param options - the month measure (Q2) and the missing-day rule (Q14)
 * @throws {@link RuleInputError} when a date is invalid or `end` is before `start`
 *
 * @example
 * ```ts
 * comparePeriod("2024-03-10", "2024-09-10", { months: 6 });
 * //=> { relation: "exact", lastDay: "2024-09-10", clamped: false }
 * comparePeriod("2024-08-31", "2025-02-28", { months: 6 });
 * //=> { relation: "exact", lastDay: "2025-02-28", clamped: true }
 * ```
 */
export function comparePeriod(
  start: CalendarDate,
  end: CalendarDate,
  period: Period,
  options?: PeriodOptions,
): PeriodComparison {
  const startDay = dayNumberIn("comparePeriod", start, ["start"]);
  const endDay = dayNumberIn("comparePeriod", end, ["end"]);
  if (endDay < startDay) {
    // The dates are the caller's: named by position, never quoted.
    failInput("comparePeriod", ["end"], "inconsistent", bilingual("error.end-before-start"));
  }
  const last = periodLastDayNumber(
    "comparePeriod",
    startDay,
    readInput("comparePeriod", ownPeriodSchema(), period),
    readInput("comparePeriod", ownPeriodOptionsSchema(), options ?? {}),
  );
  return {
    relation: relationOf(endDay, last.day),
    lastDay: formatFromDayNumber(last.day),
    clamped: last.clamped,
  };
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [STATUTORY_BOUNDS]) deepFreeze(table);

declare module "../locales/catalog.js" {
  interface Messages {
    /** A length's relation to a number that is none of shorter, exact, longer. */
    "error.relation-not-known": Record<never, never>;
    /** A bound word that is none of 民法典 第1259条's. */
    "error.bound-word-not-known": Record<never, never>;
    /** A count of months that is not a whole number. */
    "error.months-not-whole": Record<never, never>;
    /** A date worked out past the years the library supports. */
    "error.result-out-of-years": { readonly from: number; readonly to: number };
    /** A period whose end comes before its start. */
    "error.end-before-start": Record<never, never>;
  }
}
