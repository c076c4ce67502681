/**
 * The one generator of the member's report due dates (二（二）4), read on its own and
 * through the two rules that share it.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { evaluationGrade, fromDayNumber, reportingSchedule, toDayNumber, type AppraisalRecord } from "mobile-member-rules";
import { memberReportDues, type MemberReportSequenceOptions } from "../../src/rules/member-report-sequence.js";
import { appraisalRecord, plusDays } from "../support/rule-arbitraries.js";

/** A year of appraisal with nothing amiss but what a test changes: the reports. */
function aGoodYear(): AppraisalRecord {
  const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);
  return {
    probationary: false,
    departure: "2023-06-01",
    period: { from: "2024-01-01", to: "2024-12-31" },
    months: months.map((month) => ({
      month,
      organizationalLife: true,
      duesPaid: true,
      assignedWork: true,
      contact: { inflow: true, outflow: true },
      excused: null,
    })),
    reports: [],
    activityCard: "not-held",
    violation: "none",
    outstandingContribution: false,
    transferNotArranged: null,
    outOfContactEducation: "not-yet-educated",
    correction: "not-yet-required",
  };
}

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

  it("by calendar half-years, none for the half-year that ends on the departure day", () => {
    expect(dues("2024-06-30", "2025-06-30", [], { anchor: "calendar-half-years" }).map((d) => d.due)).toEqual(["2024-12-31", "2025-06-30"]);
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

describe("the schedule and the appraisal read the member's reports alike (Q8, Q21)", () => {
  it("two reports the schedule marks met on time are no missed report in the appraisal", () => {
    // Away from 31 December: the 2nd report is due 12 months on, on 31 December, not 30 December.
    const appraisal = evaluationGrade({ ...aGoodYear(), departure: "2023-12-31", reports: ["2024-02-01", "2024-12-31"] });
    expect(appraisal.outcome.findings.reportGaps).toBe(0);
    expect(appraisal.interpretations.map((i) => i.id)).toEqual(expect.arrayContaining(["Q8.member-report-anchor", "Q21.member-report-sequence"]));
    const schedule = reportingSchedule({
      departure: "2023-12-31",
      backOn: null,
      document: "certificate-letter",
      departmentConcentrated: false,
      period: { from: "2024-01-01", before: "2025-01-01" },
      asOf: "2024-12-31",
      done: [
        { kind: "member-report", on: "2024-02-01" },
        { kind: "member-report", on: "2024-12-31" },
      ],
    });
    expect(schedule.outcome.obligations.filter((o) => o.kind === "member-report").map((o) => [o.due, o.status, o.late])).toEqual([
      ["2024-06-30", "met", false],
      ["2024-12-31", "met", false],
    ]);
    // Chained on the due dates, both say the second was late.
    const chained = { interpretations: { "Q21.member-report-sequence": "chained-on-due-dates" } } as const;
    expect(evaluationGrade({ ...aGoodYear(), departure: "2023-12-31", reports: ["2024-02-01", "2024-12-31"] }, chained).outcome.findings.reportGaps).toBe(1);
  });

  it("the appraisal follows calendar half-years under Q8's alternative", () => {
    const record = { ...aGoodYear(), departure: "2023-06-01", reports: ["2024-06-15"] };
    expect(evaluationGrade(record).outcome.findings.reportGaps).toBe(2);
    const halfYears = evaluationGrade(record, { interpretations: { "Q8.member-report-anchor": "calendar-half-years" } });
    expect(halfYears.outcome.findings.reportGaps).toBe(1);
    expect(halfYears.interpretations.map((i) => i.id)).not.toContain("Q21.member-report-sequence");
  });

  test.prop([
    appraisalRecord,
    fc.integer({ min: -730, max: 365 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { maxLength: 5 }),
    readings,
  ])(
    "when every report due before the period was made on its day, the appraisal's missed reports are the schedule's reports due in the period not met on time",
    (record, departureOffset, reportDays, r) => {
      const departure = plusDays("2024-01-01", departureOffset);
      const reports = reportDays.map((d) => plusDays("2024-01-01", d)).filter((d) => d <= "2024-12-31");
      const interpretations = {
        "Q8.member-report-anchor": r.anchor,
        "Q21.member-report-sequence": r.sequence,
        "Q2.month-measure": r.measure,
        "Q14.missing-corresponding-day": r.missingDay,
      } as const;
      const facts = {
        departure,
        backOn: null,
        document: "certificate-letter" as const,
        departmentConcentrated: false,
        period: { from: "2024-01-01", before: "2025-01-01" },
        // The appraisal looks back on the whole period: a date on its last day has passed.
        asOf: "2025-01-01",
        done: reports.map((on) => ({ kind: "member-report" as const, on })),
      };
      const earlier =
        departure < "2024-01-01"
          ? reportingSchedule({ ...facts, period: { from: departure, before: "2024-01-01" }, done: [] }, { interpretations }).outcome.obligations
          : [];
      const onTime = earlier.filter((o) => o.kind === "member-report").map((o) => ({ kind: "member-report" as const, on: o.due }));
      const schedule = reportingSchedule({ ...facts, done: [...onTime, ...facts.done] }, { interpretations });
      const notOnTime = schedule.outcome.obligations.filter((o) => o.kind === "member-report" && (o.status === "overdue" || o.late)).length;
      const appraisal = evaluationGrade({ ...record, departure, reports }, { interpretations });
      expect(appraisal.outcome.findings.reportGaps).toBe(notOnTime);
    },
  );
});
