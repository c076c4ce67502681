import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  CalendarDateSchema,
  RuleInputError,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  validateInput,
} from "mobile-member-rules";
import { calendarDate, engineDaysInMonth, isoOf, underEachTimeZone } from "../support/arbitraries.js";

const MS_PER_DAY = 86_400_000;

describe("calendar dates", () => {
  test.prop([calendarDate])("a day number converts back to the same date", (date) => {
    expect(fromDayNumber(toDayNumber(date))).toBe(date);
  });

  test.prop([calendarDate])("day numbers agree with the engine's UTC calendar", (date) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    const probe = new Date(0);
    probe.setUTCFullYear(y, m - 1, d);
    expect(toDayNumber(date)).toBe(Math.round(probe.getTime() / MS_PER_DAY));
  });

  test.prop([fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 })])(
    "the month lengths agree with the engine's calendar",
    (year, month) => {
      expect(daysInMonth(year, month)).toBe(engineDaysInMonth(year, month));
    },
  );

  test.prop([fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 })])(
    "a YYYY-MM-DD text is a date exactly when that day exists",
    (year, month, day) => {
      const text = isoOf(year, month, day);
      expect(isCalendarDate(text)).toBe(day >= 1 && day <= engineDaysInMonth(year, month));
    },
  );

  it("accepts 29 February only in leap years", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2023-02-29")).toBe(false);
  });

  it.each([
    "2024-02-30",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-2-3",
    "24-02-03",
    "2024/02/03",
    "2024-02-03T00:00:00Z",
    " 2024-02-03",
    "0999-12-31",
    "",
  ])("refuses %j with a bilingual invalid-date error", (text) => {
    expect(isCalendarDate(text)).toBe(false);
    let caught: unknown;
    try {
      toDayNumber(text, ["departure"]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleInputError);
    const issue = (caught as RuleInputError).issues[0];
    expect(issue.path).toEqual(["departure"]);
    expect(issue.code).toBe("invalid-date");
    expect(issue.message.zh).toMatch(/日期无效/);
    expect(issue.message.en).toMatch(/invalid date/);
  });

  it("the schema refuses wrong types and impossible dates with the typed error", () => {
    for (const bad of [20240203, null, undefined, {}, "2021-02-29"]) {
      expect(() => validateInput("test", CalendarDateSchema, bad)).toThrow(RuleInputError);
    }
    expect(validateInput("test", CalendarDateSchema, "2024-02-29")).toBe("2024-02-29");
  });

  it("refuses a day number that is not an integer or leaves the supported years", () => {
    expect(() => fromDayNumber(1.5)).toThrow(RuleInputError);
    expect(() => fromDayNumber(Number.NaN)).toThrow(RuleInputError);
    expect(() => fromDayNumber(toDayNumber("9999-12-31") + 1)).toThrow(RuleInputError);
    expect(() => fromDayNumber(toDayNumber("1000-01-01") - 1)).toThrow(RuleInputError);
  });

  test.prop([fc.array(calendarDate, { minLength: 1, maxLength: 20 })])(
    "conversions are identical in every time zone",
    (dates) => {
      const results = underEachTimeZone(() => dates.map((d) => [toDayNumber(d), fromDayNumber(toDayNumber(d))]));
      for (const result of results) expect(result).toEqual(results[0]);
    },
  );
});
