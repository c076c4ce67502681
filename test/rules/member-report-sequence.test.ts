/**
 * The one generator of the member's report due dates (二（二）4), read on its own and
 * through the two rules that share it.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { fromDayNumber, toDayNumber } from "mobile-member-rules";
import { memberReportDues, type MemberReportSequenceOptions } from "../../src/rules/member-report-sequence.js";

const day = (date: string) => toDayNumber(date);
const dues = (departure: string, until: string, reports: readonly string[], options: Partial<MemberReportSequenceOptions>) =>
  memberReportDues(day(departure), day(until), reports.map(day), {
    anchor: "from-departure",
    sequence: "anchored-on-departure",
    periods: {},
    ...options,
  }).map((d) => ({
    due: fromDayNumber(d.due),
    windowStart: fromDayNumber(d.windowStart),
    metOn: d.metOn === null ? null : fromDayNumber(d.metOn),
  }));

describe("memberReportDues: the three readings of the sequence (Q21)", () => {
  it("anchored on the departure: the Nth report 6N months on, so month ends do not drift", () => {
    expect(dues("2024-08-31", "2026-12-31", [], {}).map((d) => d.due)).toEqual(["2025-02-28", "2025-08-31", "2026-02-28", "2026-08-31"]);
  });

  it("chained on the due dates: each 6 months after the last, drifting at month ends", () => {
    expect(dues("2024-08-31", "2026-12-31", [], { sequence: "chained-on-due-dates" }).map((d) => d.due)).toEqual([
      "2025-02-28",
      "2025-08-28",
      "2026-02-28",
      "2026-08-28",
    ]);
  });

  it("from the last report: each report starts six months afresh; with none, the due date does", () => {
    const sequence = dues("2024-01-15", "2025-12-31", ["2024-03-01", "2024-11-20"], { sequence: "from-last-report" });
    expect(sequence).toEqual([
      { due: "2024-07-15", windowStart: "2024-01-15", metOn: "2024-03-01" },
      { due: "2024-09-01", windowStart: "2024-03-01", metOn: "2024-11-20" },
      { due: "2025-05-20", windowStart: "2024-11-20", metOn: null },
      { due: "2025-11-20", windowStart: "2025-05-20", metOn: null },
    ]);
  });

  it("never repeats a date: two reports a day apart whose six months end on the same month end", () => {
    const sequence = dues("2024-02-29", "2025-06-30", ["2024-08-30", "2024-08-31"], { sequence: "from-last-report" });
    expect(sequence.map((d) => d.due)).toEqual(["2024-08-29", "2025-02-28", "2025-03-01"]);
  });

  it("by calendar half-years under Q8's alternative, whatever Q21 says", () => {
    for (const sequence of ["anchored-on-departure", "chained-on-due-dates", "from-last-report"] as const) {
      expect(dues("2024-08-31", "2025-12-31", ["2024-09-01"], { anchor: "calendar-half-years", sequence }).map((d) => d.due)).toEqual([
        "2024-12-31",
        "2025-06-30",
        "2025-12-31",
      ]);
    }
  });

  it("meets each date with the first report after its window opens; a late one meets the overdue date first", () => {
    expect(dues("2024-08-31", "2025-12-31", ["2025-03-10", "2025-04-01"], {})).toEqual([
      { due: "2025-02-28", windowStart: "2024-08-31", metOn: "2025-03-10" },
      { due: "2025-08-31", windowStart: "2025-02-28", metOn: "2025-04-01" },
    ]);
    // A report on the departure day itself opens nothing.
    expect(dues("2024-08-31", "2025-03-31", ["2024-08-31"], {})[0]?.metOn).toBeNull();
  });

  it("moves a last day past a holiday when asked (Q34), and still never repeats a date", () => {
    const holiday = day("2025-02-28");
    const extend = (d: number) => (d === holiday ? d + 1 : d);
    expect(dues("2024-08-31", "2025-12-31", [], { extend }).map((d) => d.due)).toEqual(["2025-03-01", "2025-08-31"]);
  });
});

const readings = fc.record({
  anchor: fc.constantFrom("from-departure" as const, "calendar-half-years" as const),
  sequence: fc.constantFrom("anchored-on-departure" as const, "chained-on-due-dates" as const, "from-last-report" as const),
  measure: fc.constantFrom("calendar-months" as const, "thirty-day-months" as const, "half-year-183-days" as const),
  missingDay: fc.constantFrom("last-day-of-month" as const, "first-day-of-next-month" as const),
});

describe("memberReportDues: invariants", () => {
  test.prop([
    fc.integer({ min: day("2000-01-01"), max: day("2090-01-01") }),
    fc.integer({ min: 0, max: 1500 }),
    fc.uniqueArray(fc.integer({ min: -30, max: 1500 }), { maxLength: 8 }),
    readings,
  ])("dates strictly increase within the absence; each report meets one date at most, after its window opens", (departure, length, offsets, r) => {
    const reports = offsets.map((o) => departure + o);
    const list = memberReportDues(departure, departure + length, reports, {
      anchor: r.anchor,
      sequence: r.sequence,
      periods: { measure: r.measure, missingDay: r.missingDay },
    });
    let previous = -Infinity;
    const used = new Set<number>();
    for (const d of list) {
      expect(d.due).toBeGreaterThan(previous);
      expect(d.due).toBeLessThanOrEqual(departure + length);
      if (d.metOn !== null) {
        expect(d.metOn).toBeGreaterThan(d.windowStart);
        expect(reports).toContain(d.metOn);
        expect(used.has(d.metOn)).toBe(false);
        used.add(d.metOn);
      }
      previous = d.due;
    }
    // No six months pass without a date falling due (the first, six months after the departure).
    if (r.anchor === "from-departure" && r.sequence !== "from-last-report" && r.measure === "calendar-months") {
      expect(list.length).toBeGreaterThanOrEqual(Math.floor(length / 184));
    }
  });
});
