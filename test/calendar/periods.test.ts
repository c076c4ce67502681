import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { addMonths as dateFnsAddMonths } from "date-fns";
import {
  RuleInputError,
  isRuleInputError,
  STATUTORY_BOUNDS,
  addCalendarMonths,
  comparePeriod,
  fromDayNumber,
  meetsBound,
  periodLastDay,
  toDayNumber,
  type MonthMeasure,
  type PeriodRelation,
  type StatutoryBound,
} from "mobile-member-rules";
import {
  calendarDate,
  engineDaysInMonth,
  isoOf,
  monthCount,
  underEachTimeZone,
} from "../support/arbitraries.js";
import { expectInputIssue } from "../support/expect-input.js";

const BOUNDS = Object.keys(STATUTORY_BOUNDS) as StatutoryBound[];
const RELATIONS: readonly PeriodRelation[] = ["shorter", "exact", "longer"];
const MEASURES: readonly MonthMeasure[] = ["calendar-months", "thirty-day-months", "half-year-183-days"];

function parts(date: string): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

/** A start date and an end date on or after it, at most three years apart. */
const span = fc
  .tuple(calendarDate, fc.integer({ min: 0, max: 3 * 366 }))
  .map(([start, days]) => [start, fromDayNumber(toDayNumber(start) + days)] as const);

describe("adding calendar months (民法典 第202条)", () => {
  it("pins the cases a policy officer asks about", () => {
    expect(addCalendarMonths("2024-01-31", 1)).toEqual({ date: "2024-02-29", clamped: true });
    expect(addCalendarMonths("2023-01-31", 1)).toEqual({ date: "2023-02-28", clamped: true });
    expect(addCalendarMonths("2024-08-31", 6)).toEqual({ date: "2025-02-28", clamped: true });
    expect(addCalendarMonths("2024-01-31", 6)).toEqual({ date: "2024-07-31", clamped: false });
    expect(addCalendarMonths("2024-02-29", 12)).toEqual({ date: "2025-02-28", clamped: true });
    expect(addCalendarMonths("2024-02-29", 48)).toEqual({ date: "2028-02-29", clamped: false });
    expect(addCalendarMonths("2024-03-31", -1)).toEqual({ date: "2024-02-29", clamped: true });
    expect(addCalendarMonths("2024-08-31", 6, { missingDay: "first-day-of-next-month" })).toEqual({
      date: "2025-03-01",
      clamped: true,
    });
  });

  test.prop([calendarDate, fc.integer({ min: -36, max: 36 })])(
    "keeps the day when the target month has it, and clamps exactly when it does not",
    (date, months) => {
      const [y, m, d] = parts(date);
      const shifted = addCalendarMonths(date, months);
      const index = y * 12 + (m - 1) + months;
      const ty = Math.floor(index / 12);
      const tm = index - ty * 12 + 1;
      const last = engineDaysInMonth(ty, tm);
      expect(shifted.clamped).toBe(d > last);
      expect(shifted.date).toBe(isoOf(ty, tm, Math.min(d, last)));
    },
  );

  test.prop([calendarDate, fc.integer({ min: -36, max: 36 })])(
    "agrees with date-fns addMonths, which also clamps to the month's end",
    (date, months) => {
      const [y, m, d] = parts(date);
      const viaDateFns = dateFnsAddMonths(new Date(y, m - 1, d, 12), months);
      const expected = isoOf(viaDateFns.getFullYear(), viaDateFns.getMonth() + 1, viaDateFns.getDate());
      expect(addCalendarMonths(date, months).date).toBe(expected);
    },
  );

  test.prop([calendarDate, calendarDate, monthCount])(
    "is monotone in the start date",
    (a, b, months) => {
      const [early, late] = toDayNumber(a) <= toDayNumber(b) ? [a, b] : [b, a];
      expect(toDayNumber(addCalendarMonths(early, months).date)).toBeLessThanOrEqual(
        toDayNumber(addCalendarMonths(late, months).date),
      );
    },
  );

  test.prop([calendarDate, monthCount, monthCount])("is monotone in the number of months", (date, a, b) => {
    const [few, many] = a <= b ? [a, b] : [b, a];
    expect(toDayNumber(addCalendarMonths(date, few).date)).toBeLessThanOrEqual(
      toDayNumber(addCalendarMonths(date, many).date),
    );
  });

  test.prop([calendarDate, monthCount])(
    "the missing-day alternative (Q14) differs from the default exactly when clamped, by one day",
    (date, months) => {
      const byDefault = addCalendarMonths(date, months);
      const rolled = addCalendarMonths(date, months, { missingDay: "first-day-of-next-month" });
      expect(rolled.clamped).toBe(byDefault.clamped);
      expect(toDayNumber(rolled.date) - toDayNumber(byDefault.date)).toBe(byDefault.clamped ? 1 : 0);
    },
  );

  it("refuses fractional counts, invalid dates and results past the supported years", () => {
    expect(() => addCalendarMonths("2024-01-31", 1.5)).toThrow(RuleInputError);
    expect(() => addCalendarMonths("2024-01-32", 1)).toThrow(RuleInputError);
    expect(() => addCalendarMonths("9999-12-01", 1)).toThrow(RuleInputError);
    expect(() => addCalendarMonths("1000-01-01", -1)).toThrow(RuleInputError);
  });
});

describe("period ends (民法典 第201–202条) and measures (Q2)", () => {
  it("does not count the start day", () => {
    expect(periodLastDay("2024-03-10", { days: 1 })).toEqual({ lastDay: "2024-03-11", clamped: false });
    expect(periodLastDay("2024-03-10", { months: 6 })).toEqual({ lastDay: "2024-09-10", clamped: false });
    expect(periodLastDay("2024-02-29", { years: 1 })).toEqual({ lastDay: "2025-02-28", clamped: true });
  });

  test.prop([calendarDate, fc.integer({ min: 0, max: 24 })])(
    "thirty-day months are 30 days each, and 183-day half-years are 183 days per six months",
    (start, months) => {
      const from = toDayNumber(start);
      const thirty = periodLastDay(start, { months }, { measure: "thirty-day-months" });
      expect(toDayNumber(thirty.lastDay) - from).toBe(30 * months);
      expect(thirty.clamped).toBe(false);
      const half = periodLastDay(start, { months: 6 * Math.floor(months / 6) }, { measure: "half-year-183-days" });
      expect(toDayNumber(half.lastDay) - from).toBe(183 * Math.floor(months / 6));
    },
  );

  test.prop([calendarDate, fc.integer({ min: 0, max: 5 })])("a year is twelve calendar months", (start, years) => {
    expect(periodLastDay(start, { years })).toEqual(periodLastDay(start, { months: 12 * years }));
  });

  test.prop([calendarDate, monthCount, fc.constantFrom(...MEASURES)])(
    "every measure is monotone in the number of months",
    (start, months, measure) => {
      const a = toDayNumber(periodLastDay(start, { months }, { measure }).lastDay);
      const b = toDayNumber(periodLastDay(start, { months: months + 1 }, { measure }).lastDay);
      expect(b).toBeGreaterThan(a);
    },
  );

  it("refuses negative and fractional periods", () => {
    expect(() => periodLastDay("2024-03-10", { months: -1 })).toThrow(RuleInputError);
    expect(() => periodLastDay("2024-03-10", { days: 0.5 })).toThrow(RuleInputError);
    expect(() => periodLastDay("2024-03-10", { years: Number.NaN })).toThrow(RuleInputError);
  });
});

describe("comparing a span with a period, and the words of 民法典 第1259条", () => {
  it("pins the six-month boundaries", () => {
    expect(comparePeriod("2024-03-10", "2024-09-09", { months: 6 }).relation).toBe("shorter");
    expect(comparePeriod("2024-03-10", "2024-09-10", { months: 6 }).relation).toBe("exact");
    expect(comparePeriod("2024-03-10", "2024-09-11", { months: 6 }).relation).toBe("longer");
    expect(comparePeriod("2024-08-31", "2025-02-28", { months: 6 })).toEqual({
      relation: "exact",
      lastDay: "2025-02-28",
      clamped: true,
    });
    expect(
      comparePeriod("2024-08-31", "2025-02-28", { months: 6 }, { missingDay: "first-day-of-next-month" }).relation,
    ).toBe("shorter");
  });

  it("includes the number for 以上, 以下, 以内, 届满 and excludes it for 不满, 超过, 以外", () => {
    for (const word of BOUNDS) {
      expect(meetsBound("exact", word)).toBe(STATUTORY_BOUNDS[word].includesNumber);
    }
    expect(BOUNDS.filter((w) => STATUTORY_BOUNDS[w].includesNumber).sort()).toEqual(
      ["以上", "以下", "以内", "届满"].sort(),
    );
  });

  test.prop([span, fc.integer({ min: 0, max: 24 }), fc.constantFrom(...MEASURES)])(
    "以上 and 不满 partition every duration, as do 以内 and 超过, and 以下 and 以外",
    ([start, end], months, measure) => {
      const { relation } = comparePeriod(start, end, { months }, { measure });
      expect(meetsBound(relation, "以上")).toBe(!meetsBound(relation, "不满"));
      expect(meetsBound(relation, "以内")).toBe(!meetsBound(relation, "超过"));
      expect(meetsBound(relation, "以下")).toBe(!meetsBound(relation, "以外"));
      expect(meetsBound(relation, "届满")).toBe(meetsBound(relation, "以上"));
    },
  );

  test.prop([span, fc.integer({ min: 0, max: 24 })])(
    "the relation is exact exactly on the period's last day, shorter before and longer after",
    ([start, end], months) => {
      const result = comparePeriod(start, end, { months });
      const difference = toDayNumber(end) - toDayNumber(result.lastDay);
      expect(result.relation).toBe(difference < 0 ? "shorter" : difference === 0 ? "exact" : "longer");
    },
  );

  test.prop([calendarDate, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 24 })])(
    "a longer span never compares as shorter (monotone in the end date)",
    (start, a, b, months) => {
      const from = toDayNumber(start);
      const [near, far] = a <= b ? [a, b] : [b, a];
      const rank = (r: PeriodRelation) => RELATIONS.indexOf(r);
      const nearRelation = comparePeriod(start, fromDayNumber(from + near), { months }).relation;
      const farRelation = comparePeriod(start, fromDayNumber(from + far), { months }).relation;
      expect(rank(farRelation)).toBeGreaterThanOrEqual(rank(nearRelation));
    },
  );

  test.prop([fc.array(fc.tuple(span, monthCount), { minLength: 1, maxLength: 10 })])(
    "results are identical in every time zone",
    (cases) => {
      const results = underEachTimeZone(() =>
        cases.map(([[start, end], months]) => [
          comparePeriod(start, end, { months }),
          addCalendarMonths(start, months),
          periodLastDay(start, { months }, { measure: "half-year-183-days" }),
        ]),
      );
      for (const result of results) expect(result).toEqual(results[0]);
    },
  );

  it("refuses an end before the start, naming the end", () => {
    try {
      comparePeriod("2024-03-10", "2024-03-09", { months: 6 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleInputError);
      const issue = (error as RuleInputError).issues[0];
      expect(issue.path).toEqual(["end"]);
      expect(issue.code).toBe("inconsistent");
      expect(issue.message.zh).toContain("早于");
    }
  });
});

describe("the calendar's refusals name the argument at fault", () => {
  it("meetsBound refuses an unknown relation or word", () => {
    expectInputIssue(() => meetsBound("equal" as never, "以上"), ["relation"], "invalid-value");
    expectInputIssue(() => meetsBound("exact", "大于" as never), ["word"], "invalid-value");
  });

  it("period functions name the count, the dates and the options", () => {
    expectInputIssue(() => addCalendarMonths("2024-01-31", 1.5), ["months"], "out-of-range");
    expectInputIssue(() => addCalendarMonths("2024-01-32", 1), ["date"], "invalid-date");
    expectInputIssue(() => addCalendarMonths("2024-01-31", 1, { missingDay: "roll" as never }), ["missingDay"], "invalid-value");
    expectInputIssue(() => periodLastDay("2024-03-10", { months: -1 }), ["months"], "out-of-range");
    expectInputIssue(() => periodLastDay("2024-03-10", { weeks: 2 } as never), [], "invalid-value");
    expectInputIssue(() => periodLastDay("2024-03-10", { months: 6 }, { measure: "lunar" as never }), ["measure"], "invalid-value");
    expectInputIssue(() => comparePeriod("2024-03-10", "2024-13-01", { months: 6 }), ["end"], "invalid-date");
    expectInputIssue(() => comparePeriod("2024-03-32", "2024-04-01", { months: 6 }), ["start"], "invalid-date");
    expectInputIssue(() => periodLastDay("2024-02-30", { months: 6 }), ["start"], "invalid-date");
  });

  it("a date that is not one is refused in the name of the function the caller called", () => {
    const sourceOf = (call: () => unknown): unknown => {
      try {
        call();
      } catch (error) {
        return isRuleInputError(error) ? error.source : error;
      }
      return "answered";
    };
    expect(sourceOf(() => addCalendarMonths("2024-01-32", 1))).toBe("addCalendarMonths");
    expect(sourceOf(() => periodLastDay("2024-02-30", { months: 6 }))).toBe("periodLastDay");
    expect(sourceOf(() => comparePeriod("2024-03-10", "2024-13-01", { months: 6 }))).toBe("comparePeriod");
    expect(sourceOf(() => toDayNumber("2024-13-01"))).toBe("toDayNumber");
  });

  it("refuses results past the supported years, under either month-end rule and for day counts", () => {
    expect(addCalendarMonths("9999-11-30", 1)).toEqual({ date: "9999-12-30", clamped: false });
    expect(addCalendarMonths("9999-10-31", 1, { missingDay: "first-day-of-next-month" })).toEqual({ date: "9999-12-01", clamped: true });
    expectInputIssue(() => addCalendarMonths("9999-11-30", 2), [], "out-of-range");
    expect(periodLastDay("9999-12-30", { days: 1 }).lastDay).toBe("9999-12-31");
    expectInputIssue(() => periodLastDay("9999-12-31", { days: 1 }), [], "out-of-range");
    expectInputIssue(() => addCalendarMonths("1000-01-31", -1), [], "out-of-range");
  });

  it("returns the same day for zero months, and a span of zero days is shorter than any period", () => {
    expect(addCalendarMonths("2024-02-29", 0)).toEqual({ date: "2024-02-29", clamped: false });
    expect(comparePeriod("2024-03-10", "2024-03-10", { days: 1 }).relation).toBe("shorter");
    expect(comparePeriod("2024-03-10", "2024-03-10", { days: 0 }).relation).toBe("exact");
  });
});

describe("the words of 民法典 第1259条, as a table", () => {
  it.each([
    ["以上", true, true, false],
    ["届满", true, true, false],
    ["以下", false, true, true],
    ["以内", false, true, true],
    ["不满", false, false, true],
    ["超过", true, false, false],
    ["以外", true, false, false],
  ] as const)("%s: longer %s, exact %s, shorter %s", (word, longer, exact, shorter) => {
    expect(meetsBound("longer", word)).toBe(longer);
    expect(meetsBound("exact", word)).toBe(exact);
    expect(meetsBound("shorter", word)).toBe(shorter);
  });

  it("measures months in days under Q2's alternatives, and refuses negative days and years", () => {
    expect(periodLastDay("2024-01-01", { months: 6 }, { measure: "half-year-183-days" }).lastDay).toBe("2024-07-02");
    expect(periodLastDay("2024-01-01", { months: 1 }, { measure: "half-year-183-days" }).lastDay).toBe("2024-02-01");
    expect(periodLastDay("2024-01-01", { months: 2 }, { measure: "thirty-day-months" }).lastDay).toBe("2024-03-01");
    expectInputIssue(() => periodLastDay("2024-03-10", { days: -1 }), ["days"], "out-of-range");
    expectInputIssue(() => periodLastDay("2024-03-10", { years: -1 }), ["years"], "out-of-range");
    expectInputIssue(() => addCalendarMonths("2024-03-10", "6" as never), ["months"], "out-of-range");
    expectInputIssue(() => addCalendarMonths("2024-03-10", Number.NaN), ["months"], "out-of-range");
    expect(addCalendarMonths("1000-02-15", -1).date).toBe("1000-01-15");
    expect(addCalendarMonths("9999-11-15", 1).date).toBe("9999-12-15");
  });
});
