/**
 * Calendar dates: `YYYY-MM-DD` strings, converted in this one place to integer day
 * numbers.
 *
 * The opinion speaks of days and months, never of instants. A JS `Date` is an instant,
 * and reading one in local time moves a date by a day in some time zones. So the
 * library never makes a `Date`: a date is a validated `YYYY-MM-DD` string, and all
 * arithmetic is integer arithmetic on day numbers (days since 1970-01-01 in the
 * proleptic Gregorian calendar, 民法典 第200条). The result is the same in every time
 * zone by construction, and parsing costs nanoseconds instead of the microseconds of a
 * general ISO parser.
 *
 * @module
 */
import { z } from "zod";
import { addBilingualIssue, failInput, readPath } from "../errors.js";
import type { Bilingual } from "../locales/catalog.js";
import { bilingual } from "../locales/index.js";

/** A calendar date written `YYYY-MM-DD` (ISO 8601 calendar date, Gregorian), for example `"2024-08-31"`. */
export type CalendarDate = string;

/** Days since 1970-01-01 (which is day 0). An integer; earlier dates are negative. */
export type DayNumber = number;

/** The earliest year the library accepts. */
export const MIN_YEAR = 1000;
/** The latest year the library accepts. */
export const MAX_YEAR = 9999;

/** A date split into its parts; `month` is 1–12 and `day` 1–31. */
export interface DateParts {
  /** The year, {@link MIN_YEAR}–{@link MAX_YEAR}. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The days of a month, unchecked: the hot path of every date. @internal */
export function monthLength(year: number, month: number): number {
  if (month === 2) return leap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function checkYear(source: string, year: unknown): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    failInput(source, ["year"], "out-of-range", bilingual("error.year-out-of-range", { from: MIN_YEAR, to: MAX_YEAR }));
  }
  return year;
}

/**
 * Is `year` a Gregorian leap year?
 * @throws {@link RuleInputError} when `year` is not a whole number in the supported years
 */
export function isLeapYear(year: number): boolean {
  return leap(checkYear("isLeapYear", year));
}

/**
 * The number of days in `month` (1–12) of `year`.
 * @throws {@link RuleInputError} when the year or the month is out of range
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); //=> 29
 * daysInMonth(2023, 2); //=> 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  checkYear("daysInMonth", year);
  if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12) {
    failInput("daysInMonth", ["month"], "out-of-range", bilingual("error.month-out-of-range"));
  }
  return monthLength(year, month);
}

// Howard Hinnant's days_from_civil: exact integer arithmetic, no Date involved.
/** @internal */
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

// Howard Hinnant's civil_from_days, the inverse of dayNumberFromParts.
/** @internal */
export function partsFromDayNumber(dayNumber: DayNumber): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * The day number of a `YYYY-MM-DD` text, or `NaN` when it is not a real calendar date in
 * the supported years. Never throws, and makes no object: every date a rule reads, and
 * every date its schema validates, passes here. @internal
 */
export function dayNumberOfText(text: string): DayNumber {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return Number.NaN;
  if (day > monthLength(year, month)) return Number.NaN;
  return dayNumberFromParts(year, month, day);
}

/** Is `value` a real calendar date written `YYYY-MM-DD`, in years {@link MIN_YEAR}–{@link MAX_YEAR}? Never throws. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && !Number.isNaN(dayNumberOfText(value));
}

/** The bilingual message for a text that is not a calendar date: the form expected, never the value given. @internal */
export function invalidDateMessage(): Bilingual {
  return bilingual("error.invalid-date", { from: MIN_YEAR, to: MAX_YEAR });
}

/**
 * The day number of a `YYYY-MM-DD` date.
 *
 * @param date - a calendar date, for example `"2024-02-29"`
 * @param path - where the date sits in the caller's input, for the error message
 * @returns days since 1970-01-01
 * @throws {@link RuleInputError} when `date` is not a real calendar date
 *
 * @example
 * ```ts
 * toDayNumber("1970-01-02"); //=> 1
 * toDayNumber("2023-02-29"); // throws RuleInputError (2023 is not a leap year)
 * ```
 */
export function toDayNumber(
  date: CalendarDate,
  path: readonly (string | number)[] = [],
): DayNumber {
  return dayNumberIn("toDayNumber", date, readPath("toDayNumber", path, ["path"]));
}

/**
 * {@link toDayNumber} inside another exported function: a date that is not one is refused
 * in that function's name, the one the caller called. @internal
 */
export function dayNumberIn(source: string, date: unknown, path: readonly (string | number)[]): DayNumber {
  const dayNumber = typeof date === "string" ? dayNumberOfText(date) : Number.NaN;
  if (Number.isNaN(dayNumber)) failInput(source, path, "invalid-date", invalidDateMessage());
  return dayNumber;
}

/**
 * The day number of a date the rule's schema has already validated: the rules' unchecked
 * form of {@link toDayNumber}, which would read its arguments again. @internal
 */
export function dayNumberOf(date: CalendarDate): DayNumber {
  const dayNumber = dayNumberOfText(date);
  if (Number.isNaN(dayNumber)) failInput("dayNumberOf", [], "invalid-date", invalidDateMessage());
  return dayNumber;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Formats parts as `YYYY-MM-DD` (years are always four digits here). @internal */
export function formatParts(year: number, month: number, day: number): CalendarDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The `YYYY-MM-DD` date of a day number known to be in range: the rules' unchecked form. @internal */
export function formatFromDayNumber(dayNumber: DayNumber): CalendarDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return formatParts(year, month, day);
}

/**
 * The `YYYY-MM-DD` date of a day number.
 *
 * @throws {@link RuleInputError} when the day number is not an integer or falls outside the supported years
 *
 * @example
 * ```ts
 * fromDayNumber(0); //=> "1970-01-01"
 * fromDayNumber(19782); //=> "2024-02-29"
 * ```
 */
export function fromDayNumber(dayNumber: DayNumber): CalendarDate {
  if (!Number.isSafeInteger(dayNumber)) {
    failInput("fromDayNumber", [], "wrong-type", bilingual("error.day-number-not-integer"));
  }
  const { year, month, day } = partsFromDayNumber(dayNumber);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    failInput("fromDayNumber", [], "out-of-range", bilingual("error.day-number-out-of-range", { from: MIN_YEAR, to: MAX_YEAR }));
  }
  return formatParts(year, month, day);
}

/**
 * The zod schema of a calendar date: a string `YYYY-MM-DD` naming a day that exists
 * (so `2024-02-29` passes and `2023-02-29`, `2024-02-30` and `2024-2-3` fail), in years
 * {@link MIN_YEAR}–{@link MAX_YEAR}.
 */
export const CalendarDateSchema = z.string().check((ctx) => {
  if (Number.isNaN(dayNumberOfText(ctx.value))) {
    addBilingualIssue(ctx, { code: "invalid-date", message: invalidDateMessage() });
  }
});

/**
 * The last year a rule takes in its facts. The rules look at most a few years beyond a
 * date they are given (six months for a document, a year for a correction deadline or a
 * review window), so every date of their facts up to this year gets an answer with every
 * date of the answer still in the supported years; a later date is refused at its path.
 */
export const MAX_RULE_YEAR = MAX_YEAR - 10;

// The last day a rule takes, as a day number: NaN (a date that is no date) compares below it.
const LAST_RULE_DAY: DayNumber = dayNumberFromParts(MAX_RULE_YEAR, 12, 31);

/**
 * The zod schema of a date in a rule's facts: a {@link CalendarDateSchema} date in years
 * {@link MIN_YEAR}–{@link MAX_RULE_YEAR}.
 */
export const RuleDateSchema = CalendarDateSchema.check((ctx) => {
  // A valid date after the last day of MAX_RULE_YEAR (an invalid one is the schema's first check's).
  if (dayNumberOfText(ctx.value) > LAST_RULE_DAY) {
    addBilingualIssue(ctx, {
      code: "out-of-range",
      message: bilingual("error.rule-date-out-of-range", { from: MIN_YEAR, to: MAX_RULE_YEAR }),
    });
  }
});

declare module "../locales/catalog.js" {
  interface Messages {
    /** A year outside the supported years. */
    "error.year-out-of-range": { readonly from: number; readonly to: number };
    /** A month that is not 1–12. */
    "error.month-out-of-range": Record<never, never>;
    /** A text that is not a calendar date of the supported years. */
    "error.invalid-date": { readonly from: number; readonly to: number };
    /** A day number that is not an integer. */
    "error.day-number-not-integer": Record<never, never>;
    /** A day number whose date falls outside the supported years. */
    "error.day-number-out-of-range": { readonly from: number; readonly to: number };
    /** A date of a rule's facts after the last year a rule takes. */
    "error.rule-date-out-of-range": { readonly from: number; readonly to: number };
  }
}
