import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  APPRAISAL_GRADE_NAMES,
  DEFAULT_GRADING_STANDARD,
  GRADING_STANDARD_SOURCES,
  HANDLING_NAMES,
  evaluationCohort,
  evaluationGrade,
  explain,
  isCitationId,
  type AppraisalMonth,
  type AppraisalRecord,
  type EvaluationOutcome,
  type GradeThresholds,
  type GradingStandard,
} from "mobile-member-rules";
import { underEachTimeZone } from "../support/arbitraries.js";
import { expectWellFormedDecision } from "../support/expect-decision.js";
import { expectInputIssue } from "../support/expect-input.js";
import { appraisalRecord, deepFreeze, snapshot } from "../support/rule-arbitraries.js";

const YEAR = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

function month(name: string, overrides: Partial<AppraisalMonth> = {}): AppraisalMonth {
  return { month: name, organizationalLife: true, duesPaid: true, assignedWork: true, contact: true, excused: null, ...overrides };
}

const good: AppraisalRecord = {
  probationary: false,
  departure: "2023-06-01",
  period: { from: "2024-01-01", to: "2024-12-31" },
  months: YEAR.map((m) => month(m)),
  reports: ["2024-03-01", "2024-08-20"],
  activityCard: "verified",
  violation: "none",
  outstandingContribution: false,
  educatedWithoutCorrection: false,
};

/** A year with dues unpaid in the last `n` months, nothing excused. */
const unpaidDues = (n: number): AppraisalRecord => ({
  ...good,
  months: YEAR.map((m, i) => month(m, { duesPaid: i < 12 - n })),
});

const RANK: Record<string, number> = { lapsed: 0, unqualified: 1, "basically-qualified": 2, qualified: 3, excellent: 4 };
const rank = (outcome: EvaluationOutcome) => RANK[outcome.status === "lapsed" ? "lapsed" : (outcome.grade ?? "")] ?? -1;

/** Every way to improve a record in one criterion. */
function improvements(record: AppraisalRecord): AppraisalRecord[] {
  const out: AppraisalRecord[] = [];
  record.months.forEach((m, i) => {
    for (const field of ["organizationalLife", "duesPaid", "assignedWork", "contact"] as const) {
      if (!m[field]) out.push({ ...record, months: record.months.map((x, j) => (j === i ? { ...x, [field]: true } : x)) });
    }
  });
  if (record.activityCard === "not-verified") out.push({ ...record, activityCard: "verified" });
  if (record.violation !== "none") out.push({ ...record, violation: "none" });
  if (!record.outstandingContribution) out.push({ ...record, outstandingContribution: true });
  out.push({ ...record, reports: [...new Set([...record.reports, "2024-06-15"])] });
  return out;
}

describe("evaluationGrade: the cases a branch secretary asks about", () => {
  it("five unexcused months without dues: not lapsed, basically qualified", () => {
    const decision = evaluationGrade(unpaidDues(5));
    expect(decision.outcome.status).toBe("graded");
    expect(decision.outcome.grade).toBe("basically-qualified");
    expect(decision.outcome.handling).toEqual(["help-improve"]);
  });

  it("six unexcused months without dues: lapsed, whatever else, citing 党章 第9条", () => {
    const decision = evaluationGrade({ ...unpaidDues(6), outstandingContribution: true });
    expect(decision.outcome).toMatchObject({ status: "lapsed", grade: null, handling: ["remove"], lapsedBy: ["dues"] });
    expect(decision.citations).toEqual(expect.arrayContaining(["party-constitution:9", "dues-rules-2008:13"]));
    expect(explain(decision)).toContain("被认为是自行脱党");
  });

  it("six months excused by a proper reason are no gap at all", () => {
    const excused = { ...unpaidDues(6), months: unpaidDues(6).months.map((m) => (m.duesPaid ? m : { ...m, excused: "重病住院" })) };
    expect(evaluationGrade(excused).outcome.grade).toBe("qualified");
  });

  it("a blank excuse is no proper reason: six unpaid months with only white space or invisible characters are refused, never graded", () => {
    // 党章 第九条 “没有正当理由”: a reason must say something. Before the schema required
    // visible text, "  " counted as a reason and this record came back 合格.
    for (const blank of ["", "  ", "\u3000", "\t\n", "\u200b\u200b", "\ufeff", "\u2060 \u200d"]) {
      const record = { ...unpaidDues(6), months: unpaidDues(6).months.map((m) => (m.duesPaid ? m : { ...m, excused: blank })) };
      expectInputIssue(() => evaluationGrade(record), ["months", 6, "excused"], "missing");
      expectInputIssue(() => evaluationCohort({ members: [{ id: "a", record }] }), ["members", 0, "record", "months", 6, "excused"], "missing");
    }
  });

  it("a clean record with an outstanding contribution is excellent and commended (3.2.2)", () => {
    const decision = evaluationGrade({ ...good, outstandingContribution: true });
    expect(decision.outcome).toMatchObject({ grade: "excellent", handling: ["commend"] });
    expect(decision.citations).toContain("3.2.2");
  });

  it("a violation is unqualified: criticism and a correction deadline of at most a year, then organizational handling", () => {
    const first = evaluationGrade({ ...good, violation: "discipline" });
    expect(first.outcome).toMatchObject({
      grade: "unqualified",
      handling: ["criticize-and-educate", "correct-by-deadline"],
      latestCorrectionDeadline: "2025-12-31",
    });
    const again = evaluationGrade({ ...good, violation: "discipline", educatedWithoutCorrection: true });
    expect(again.outcome.handling).toEqual(["organizational-handling", "persuade-to-leave"]);
  });

  it("six months out of contact brings criticism and education (2.1.2, Q13); one year under Q13's alternative", () => {
    const silent = { ...good, months: YEAR.map((m, i) => month(m, { contact: i < 6 })) };
    expect(evaluationGrade(silent).outcome.handling).toContain("criticize-and-educate");
    expect(
      evaluationGrade(silent, { interpretations: { "Q13.long-out-of-contact": "one-year" } }).outcome.handling,
    ).not.toContain("criticize-and-educate");
  });

  it("a probationary member is appraised but gets no grade", () => {
    expect(evaluationGrade({ ...good, probationary: true }).outcome).toMatchObject({
      status: "probationary-no-grade",
      grade: null,
    });
  });

  it("counts a missing six-monthly report", () => {
    expect(evaluationGrade({ ...good, reports: ["2024-03-01"] }).outcome.findings.reportGaps).toBe(1);
    expect(evaluationGrade({ ...good, reports: [] }).outcome.findings.reportGaps).toBe(2);
  });

  it("takes a caller's standard only under Q9's 'caller-standard', and requires one there", () => {
    const lenient: GradingStandard = {
      ...DEFAULT_GRADING_STANDARD,
      qualified: { ...DEFAULT_GRADING_STANDARD.qualified, maxMissedDues: 5 },
    };
    expect(
      evaluationGrade(unpaidDues(5), { interpretations: { "Q9.grading-standard": "caller-standard" }, standard: lenient }).outcome.grade,
    ).toBe("qualified");
    expectInputIssue(() => evaluationGrade(good, { standard: lenient }), ["standard"], "inconsistent");
    expectInputIssue(() => evaluationGrade(good, { interpretations: { "Q9.grading-standard": "caller-standard" } }), ["standard"], "missing");
  });

  it("says where every threshold of the default standard comes from", () => {
    for (const level of ["excellent", "qualified", "basicallyQualified"] as const) {
      for (const [threshold, source] of Object.entries(GRADING_STANDARD_SOURCES[level])) {
        expect(threshold in DEFAULT_GRADING_STANDARD[level]).toBe(true);
        expect(["opinion", "superior", "library"]).toContain(source.source);
        expect(isCitationId(source.citation)).toBe(true);
        expect(source.source === "superior").toBe(!/^\d|preamble/.test(source.citation) );
      }
    }
  });

  it("refuses records that do not cover the period exactly", () => {
    expectInputIssue(() => evaluationGrade({ ...good, months: good.months.slice(1) }), ["months"], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, months: [...good.months, month("2024-05")] }), ["months", 12, "month"], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, months: [...good.months.slice(1), month("2025-01")] }), ["months", 11, "month"], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, reports: ["2025-02-01"] }), ["reports", 0], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, months: [month("2024-13"), ...good.months.slice(1)] }), ["months", 0, "month"], "invalid-format");
  });
});

describe("evaluationGrade: invariants", () => {
  test.prop([appraisalRecord])("improving any single criterion never lowers the grade", (record) => {
    const before = rank(evaluationGrade(record).outcome);
    for (const better of improvements(record)) expect(rank(evaluationGrade(better).outcome)).toBeGreaterThanOrEqual(before);
  });

  test.prop([appraisalRecord, fc.nat(11)])("excusing a month never makes the result worse", (record, at) => {
    const excused = { ...record, months: record.months.map((m, i) => (i === at ? { ...m, excused: "因公出国" } : m)) };
    expect(rank(evaluationGrade(excused).outcome)).toBeGreaterThanOrEqual(rank(evaluationGrade(record).outcome));
  });

  test.prop([fc.constantFrom("organizationalLife" as const, "duesPaid" as const, "assignedWork" as const), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 6, max: 12 })])(
    "six consecutive unexcused months of any one criterion always lapse; five never do by themselves",
    (field, start, length) => {
      const run = (n: number) => ({
        ...good,
        months: YEAR.map((m, i) => month(m, { [field]: !(i >= start && i < start + n) })),
      });
      fc.pre(start + length <= 12);
      expect(evaluationGrade(run(length)).outcome.status).toBe("lapsed");
      expect(evaluationGrade(run(5)).outcome.status).not.toBe("lapsed");
    },
  );

  test.prop([appraisalRecord])("determinism and purity: frozen inputs, every time zone alike", (record) => {
    const frozen = deepFreeze(snapshot(record));
    const results = underEachTimeZone(() => evaluationGrade(frozen));
    for (const result of results) expect(result).toEqual(results[0]);
    expectWellFormedDecision(evaluationGrade(record), record);
  });
});

describe("evaluationGrade: a second reading of the findings and the grade", () => {
  // Written from the text, independently of the rule: counts and runs over the months in
  // calendar order (the input's order does not matter), and the best grade whose every
  // threshold holds.
  const unexcused = (record: AppraisalRecord, has: (m: AppraisalMonth) => boolean) =>
    [...record.months].sort((a, b) => a.month.localeCompare(b.month)).map((m) => !has(m) && m.excused === null);
  const longest = (flags: boolean[]) => {
    let best = 0;
    for (let start = 0; start < flags.length; start += 1) {
      let end = start;
      while (flags[end] === true) end += 1;
      best = Math.max(best, end - start);
    }
    return best;
  };
  const thresholds: fc.Arbitrary<GradeThresholds> = fc.record({
    maxMissedOrganizationalLife: fc.nat(4),
    maxMissedDues: fc.nat(4),
    maxMissedAssignedWork: fc.nat(4),
    maxReportGaps: fc.nat(2),
    allowLongOutOfContact: fc.boolean(),
    allowUnverifiedCard: fc.boolean(),
    requireOutstandingContribution: fc.boolean(),
  });
  const holds = (o: EvaluationOutcome, t: GradeThresholds) =>
    o.findings.missedOrganizationalLife <= t.maxMissedOrganizationalLife &&
    o.findings.missedDues <= t.maxMissedDues &&
    o.findings.missedAssignedWork <= t.maxMissedAssignedWork &&
    o.findings.reportGaps <= t.maxReportGaps &&
    (t.allowLongOutOfContact || !o.findings.longOutOfContact) &&
    (t.allowUnverifiedCard || !o.findings.unverifiedCard) &&
    (!t.requireOutstandingContribution || o.findings.outstandingContribution);

  // More runs than the default: a scrambled order changes a run only when two gaps adjoin.
  test.prop([appraisalRecord, fc.boolean(), fc.integer(), fc.constantFrom("six-consecutive-months" as const, "one-year" as const)], {
    numRuns: 200,
  })(
    "the findings are the record's unexcused months, runs and card, whatever the order of the months",
    (record, probationary, seed, silence) => {
      // Months in a scrambled order: the rule must put them in calendar order before it counts runs.
      const order = record.months.map((m, i) => [Math.imul((i + 1) * 2654435761, seed ^ 0x5bd1e995) >>> 0, m] as const);
      const shuffled = { ...record, probationary, months: order.sort((a, b) => a[0] - b[0]).map(([, m]) => m) };
      const { findings, lapsedBy, status } = evaluationGrade(shuffled, { interpretations: { "Q13.long-out-of-contact": silence } }).outcome;
      const life = unexcused(record, (m) => m.organizationalLife);
      const dues = unexcused(record, (m) => m.duesPaid);
      const work = unexcused(record, (m) => m.assignedWork);
      const contact = unexcused(record, (m) => m.contact);
      const runs = { "organizational-life": longest(life), dues: longest(dues), "assigned-work": longest(work) };
      expect(findings).toMatchObject({
        missedOrganizationalLife: life.filter(Boolean).length,
        missedDues: dues.filter(Boolean).length,
        missedAssignedWork: work.filter(Boolean).length,
        longestRun: runs,
        longestWithoutContact: longest(contact),
        longOutOfContact: longest(contact) >= (silence === "one-year" ? 12 : 6),
        unverifiedCard: record.activityCard === "not-verified",
        violation: record.violation,
        outstandingContribution: record.outstandingContribution,
      });
      const lapsing = (Object.keys(runs) as (keyof typeof runs)[]).filter((c) => runs[c] >= 6);
      expect(lapsedBy).toEqual(lapsing);
      expect(status).toBe(lapsing.length > 0 ? "lapsed" : probationary ? "probationary-no-grade" : "graded");
    },
  );

  // More runs than the default: each threshold binds on its own only now and then.
  test.prop([appraisalRecord, thresholds, thresholds, thresholds], { numRuns: 300 })(
    "under a caller's standard, the grade is the best whose every threshold holds; a violation is unqualified",
    (record, excellent, qualified, basicallyQualified) => {
      const standard: GradingStandard = { excellent, qualified, basicallyQualified };
      const decision = evaluationGrade(record, { interpretations: { "Q9.grading-standard": "caller-standard" }, standard });
      const { outcome } = decision;
      fc.pre(outcome.status === "graded");
      const expected =
        record.violation !== "none"
          ? "unqualified"
          : holds(outcome, excellent)
            ? "excellent"
            : holds(outcome, qualified)
              ? "qualified"
              : holds(outcome, basicallyQualified)
                ? "basically-qualified"
                : "unqualified";
      expect(outcome.grade).toBe(expected);
      expect(decision.citations.includes("3.2.2")).toBe(expected === "excellent" || record.violation !== "none");
      const handling = outcome.handling.map((h) => HANDLING_NAMES[h].zh).join("、");
      expect(decision.summary.zh).toBe(`${APPRAISAL_GRADE_NAMES[expected].zh}${handling === "" ? "" : `；处理：${handling}`}`);
      const handlingEn = outcome.handling.map((h) => HANDLING_NAMES[h].en).join(", ");
      expect(decision.summary.en).toBe(`${APPRAISAL_GRADE_NAMES[expected].en}${handlingEn === "" ? "" : `; handling: ${handlingEn}`}`);
      expect(new Set(outcome.handling).size).toBe(outcome.handling.length);
      expect(outcome.handling.includes("criticize-and-educate")).toBe(outcome.findings.longOutOfContact || (expected === "unqualified" && !record.educatedWithoutCorrection));
    },
  );
});

describe("evaluationGrade: six-monthly reports and the period's edges", () => {
  const gaps = (overrides: Partial<AppraisalRecord>) => evaluationGrade({ ...good, ...overrides }).outcome.findings.reportGaps;

  it("a report on the day six months run out is in time; the day after is one gap", () => {
    // Departure 2024-02-10: the first six months end on 2024-08-10.
    expect(gaps({ departure: "2024-02-10", reports: ["2024-08-10"] })).toBe(0);
    expect(gaps({ departure: "2024-02-10", reports: ["2024-08-11"] })).toBe(1);
  });

  it("counts a stretch that runs out on the period's last day, not one that runs out the day after", () => {
    // Six months from 2024-06-30 run out on 2024-12-30.
    expect(gaps({ departure: "2024-06-30", period: { from: "2024-01-01", to: "2024-12-30" }, reports: [] })).toBe(1);
    expect(gaps({ departure: "2024-06-30", period: { from: "2024-01-01", to: "2024-12-29" }, reports: [] })).toBe(0);
  });

  it("does not count a report made before the departure", () => {
    // From the departure, six months run out in 2025; from the earlier report they would run out on 2024-07-02.
    expect(gaps({ departure: "2024-07-05", reports: ["2024-01-02"] })).toBe(0);
  });

  it("accepts reports on the period's first and last days, and a period of one day", () => {
    expect(gaps({ reports: ["2024-01-01", "2024-12-31"] })).toBe(1);
    const oneDay = evaluationGrade({ ...good, period: { from: "2024-05-05", to: "2024-05-05" }, months: [month("2024-05")], reports: [] });
    expect(oneDay.outcome.status).toBe("graded");
    expectInputIssue(() => evaluationGrade({ ...good, period: { from: "2024-05-05", to: "2024-05-04" } }), ["period", "to"], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, reports: ["2023-12-31"] }), ["reports", 0], "inconsistent");
  });

  it("covers a period across a year's end month by month", () => {
    const months = ["2024-11", "2024-12", "2025-01"].map((m) => month(m));
    const decision = evaluationGrade({ ...good, period: { from: "2024-11-15", to: "2025-01-20" }, months, reports: [] });
    expect(decision.outcome.findings.missedDues).toBe(0);
    expectInputIssue(
      () => evaluationGrade({ ...good, period: { from: "2024-11-15", to: "2025-01-20" }, months: months.slice(0, 2), reports: [] }),
      ["months"],
      "inconsistent",
    );
  });
});

describe("evaluationGrade: the trace", () => {
  it("quotes the findings, the runs that lapse, and the grade with the facts it read", () => {
    const decision = evaluationGrade({ ...good, violation: "law" });
    expect(decision.trace.map((s) => [s.check, s.citation, s.facts])).toEqual([
      ["findings", "2.2.5", { "period.from": "2024-01-01", "period.to": "2024-12-31", "months.length": 12, "reports.length": 2 }],
      ["lapse", "party-constitution:9", { longestRun: { "organizational-life": 0, dues: 0, "assigned-work": 0 } }],
      ["grade", "2.2.5", { violation: "law", outstandingContribution: false }],
    ]);
    expect(decision.trace[2]?.text.zh).toBe("有违纪违法行为（三（二）2 遵纪守法），评定为“不合格”");
    expect(evaluationGrade(good).trace[2]?.text.zh).toBe("按评定标准，评定为“合格”");
  });

  it("names the lapsing criteria, and cites the dues rules only for dues", () => {
    const noLife = { ...good, months: YEAR.map((m, i) => month(m, { organizationalLife: i < 6 })) };
    const decision = evaluationGrade(noLife);
    expect(decision.trace[1]?.text.zh).toBe("无正当理由连续六个月不参加党的组织生活：被认为是自行脱党");
    expect(decision.citations).not.toContain("dues-rules-2008:13");
    expect(decision.summary.zh).toBe("自行脱党；处理：" + HANDLING_NAMES.remove.zh);
  });

  it("records a long silence as its own step, and a probationary member's as well", () => {
    const silent = { ...good, probationary: true, months: YEAR.map((m, i) => month(m, { contact: i < 5 })) };
    const decision = evaluationGrade(silent);
    expect(decision.trace.slice(2).map((s) => [s.check, s.citation, s.facts, s.result])).toEqual([
      ["long-out-of-contact", "2.1.2", { longestWithoutContact: 7 }, true],
      ["probationary", "appraisal-practice", { probationary: true }, null],
    ]);
    expect(decision.outcome).toMatchObject({ handling: ["criticize-and-educate"], lapsedBy: [] });
    expect(decision.summary.zh).toBe("预备党员，不评定等次；处理：" + HANDLING_NAMES["criticize-and-educate"].zh);
    expect(evaluationGrade({ ...good, probationary: true }).summary).toEqual({ zh: "预备党员，不评定等次", en: "probationary member, no grade" });
    expect(evaluationGrade(good).trace.some((s) => s.check === "long-out-of-contact")).toBe(false);
  });
});

describe("evaluationGrade: more edges", () => {
  it("refuses a month before the period as well as after it", () => {
    expectInputIssue(() => evaluationGrade({ ...good, months: [month("2023-12"), ...good.months.slice(1)] }), ["months", 0, "month"], "inconsistent");
  });

  it("a whole year out of contact is long under Q13's one-year reading", () => {
    const silent = { ...good, months: YEAR.map((m) => month(m, { contact: false })) };
    const decision = evaluationGrade(silent, { interpretations: { "Q13.long-out-of-contact": "one-year" } });
    expect(decision.outcome.findings.longOutOfContact).toBe(true);
    expect(decision.trace.find((s) => s.check === "long-out-of-contact")?.text.zh).toBe(
      "长期不与流入地和流出地党组织联系（连续 12 个月，解释 Q13）：党组织要进行批评教育",
    );
  });

  it("counts report gaps in thirty-day months under Q2's alternative", () => {
    // 180 days from 2024-02-10 end on 2024-08-08: a report on 08-10 is late there, on time in calendar months.
    const record = { ...good, departure: "2024-02-10", reports: ["2024-08-10"] };
    expect(evaluationGrade(record).outcome.findings.reportGaps).toBe(0);
    expect(evaluationGrade(record, { interpretations: { "Q2.month-measure": "thirty-day-months" } }).outcome.findings.reportGaps).toBe(1);
  });

  it("lets a caller's standard allow a long silence, or not", () => {
    const silent = { ...good, months: YEAR.map((m, i) => month(m, { contact: i < 6 })) };
    const strict: GradingStandard = { ...DEFAULT_GRADING_STANDARD, qualified: { ...DEFAULT_GRADING_STANDARD.qualified, allowLongOutOfContact: false } };
    const lenient: GradingStandard = { ...DEFAULT_GRADING_STANDARD, qualified: { ...DEFAULT_GRADING_STANDARD.qualified, allowLongOutOfContact: true } };
    const grade = (standard: GradingStandard) =>
      evaluationGrade(silent, { interpretations: { "Q9.grading-standard": "caller-standard" }, standard }).outcome.grade;
    expect(grade(lenient)).toBe("qualified");
    expect(grade(strict)).not.toBe("qualified");
  });

  it("says why there is no lapse, in both languages, and names the criteria in English too", () => {
    expect(evaluationGrade(good).trace[1]?.text.zh).toBe("没有无正当理由连续六个月不参加组织生活、不交党费或不做分配的工作的情形");
    const noDues = evaluationGrade(unpaidDues(6));
    expect(noDues.trace[1]?.text.en).toBe("Six consecutive months without proper reason of no dues: regarded as lapsed");
    expect(noDues.summary.en).toBe(`lapsed; handling: ${HANDLING_NAMES.remove.en}`);
  });

  it("explains a violation and cites the rule for what follows an unqualified grade", () => {
    const first = evaluationGrade({ ...good, violation: "discipline" });
    expect(first.trace.at(-1)?.text.en).toBe("A violation of discipline or law (3.2.2): unqualified");
    expect(evaluationGrade(good).trace.at(-1)?.text.en).toBe("By the grading standard: qualified");
    expect(first.citations).toContain("education-regulation-2019:30");
    expect(first.citations).not.toContain("2.1.2");
    const again = evaluationGrade({ ...good, violation: "discipline", educatedWithoutCorrection: true });
    expect(again.citations).toContain("2.1.2");
    expect(evaluationGrade(good).citations).not.toContain("education-regulation-2019:30");
  });

  it("criticizes once when an unqualified member was also long out of contact", () => {
    const both = { ...good, violation: "law" as const, months: YEAR.map((m, i) => month(m, { contact: i < 6 })) };
    expect(evaluationGrade(both).outcome.handling).toEqual(["criticize-and-educate", "correct-by-deadline"]);
    expect(evaluationGrade({ ...both, educatedWithoutCorrection: true }).outcome.handling).toEqual([
      "criticize-and-educate",
      "organizational-handling",
      "persuade-to-leave",
    ]);
  });
});

describe("evaluationCohort", () => {
  test.prop([fc.array(fc.tuple(appraisalRecord, fc.boolean(), fc.nat(20)), { minLength: 0, maxLength: 30 })])(
    "never more than one third 优秀, and the moved-down members are the listed ones",
    (rows) => {
      const members = rows.map(([record, probationary, votes], i) => ({ id: `m${String(i).padStart(2, "0")}`, record: { ...record, probationary }, votes }));
      const decision = evaluationCohort({ members });
      expectWellFormedDecision(decision, { members });
      const { outcome } = decision;
      const graded = outcome.results.filter((r) => r.status === "graded").length;
      const excellent = outcome.results.filter((r) => r.grade === "excellent").length;
      expect(excellent * 3).toBeLessThanOrEqual(graded);
      expect(outcome.results.filter((r) => r.movedDown).map((r) => r.id)).toEqual(outcome.movedDown.map((m) => m.id));
      for (const r of outcome.results.filter((x) => x.movedDown)) expect(r.grade).toBe("qualified");
    },
  );

  // Mostly excellent records (an outstanding contribution, few gaps), few distinct vote
  // counts and some without votes, so that ties go to the gaps and then to the id.
  const cohortRow = fc.tuple(
    appraisalRecord.map((r) => ({ ...r, outstandingContribution: true, violation: "none" as const, activityCard: "verified" as const })),
    fc.boolean(),
    fc.option(fc.nat(2), { nil: undefined }),
    fc.nat(40),
  );

  // Under the default standard every excellent record is without gaps; a caller's lenient
  // standard lets the gaps decide between equal votes.
  const lenientExcellent: GradingStandard = {
    ...DEFAULT_GRADING_STANDARD,
    excellent: { ...DEFAULT_GRADING_STANDARD.excellent, maxMissedOrganizationalLife: 3, maxMissedDues: 3, maxMissedAssignedWork: 3, maxReportGaps: 2 },
  };

  test.prop(
    [fc.array(cohortRow, { maxLength: 24 }), fc.constantFrom("graded-members" as const, "all-appraised" as const), fc.boolean()],
    { numRuns: 150 },
  )(
    "a second reading: one third of the base stay excellent, ranked by votes, then fewest gaps, then id; the rest are qualified",
    (rows, base, lenient) => {
      const members = rows.map(([record, probationary, votes, n]) => ({
        id: `m${String(n).padStart(2, "0")}`,
        record: { ...record, probationary: probationary && n % 3 === 0 },
        ...(votes === undefined ? {} : { votes }),
      }));
      fc.pre(new Set(members.map((m) => m.id)).size === members.length);
      const options = lenient
        ? { interpretations: { "Q19.excellent-cap-base": base, "Q9.grading-standard": "caller-standard" }, standard: lenientExcellent } as const
        : { interpretations: { "Q19.excellent-cap-base": base } } as const;
      const decision = evaluationCohort({ members: [...members].reverse() }, options);
      const alone = members.map((m) => ({ ...m, outcome: evaluationGrade(m.record, options).outcome }));
      const baseCount = base === "graded-members" ? alone.filter((m) => m.outcome.status === "graded").length : alone.length;
      const ceiling = Math.floor(baseCount / 3);
      const gapsOf = (o: EvaluationOutcome) => o.findings.missedOrganizationalLife + o.findings.missedDues + o.findings.missedAssignedWork + o.findings.reportGaps;
      const ranked = alone
        .filter((m) => m.outcome.grade === "excellent")
        .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || gapsOf(a.outcome) - gapsOf(b.outcome) || (a.id < b.id ? -1 : 1));
      const moved = new Set(ranked.slice(ceiling).map((m) => m.id));
      const byId = [...alone].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(decision.outcome.excellentCeiling).toBe(ceiling);
      expect(decision.outcome.results).toEqual(
        byId.map((m) => ({
          id: m.id,
          status: m.outcome.status,
          grade: moved.has(m.id) ? "qualified" : m.outcome.grade,
          handling: moved.has(m.id) ? ["affirm"] : m.outcome.handling,
          movedDown: moved.has(m.id),
        })),
      );
      expect(decision.outcome.movedDown.map((m) => m.id)).toEqual([...moved].sort());
      expect(decision.trace.find((step) => step.check === "excellent-ceiling")).toMatchObject({
        facts: { appraised: members.length, base: baseCount },
        result: { ceiling, excellent: ranked.length, movedDown: moved.size },
      });
      const count = (grade: string) => decision.outcome.results.filter((r) => r.grade === grade).length;
      const grades = ["excellent", "qualified", "basically-qualified", "unqualified"] as const;
      expect(decision.summary.zh).toBe(
        grades.map((g) => `${APPRAISAL_GRADE_NAMES[g].zh} ${count(g)}`).join("，") + (moved.size > 0 ? `（${moved.size} 人由优秀调为合格）` : ""),
      );
      expect(decision.summary.en).toBe(
        grades.map((g) => `${APPRAISAL_GRADE_NAMES[g].en} ${count(g)}`).join(", ") + (moved.size > 0 ? ` (${moved.size} moved down from excellent)` : ""),
      );
    },
  );

  it("keeps the members with the most votes, and says who was moved down and why", () => {
    const members = Array.from({ length: 7 }, (_, i) => ({
      id: `m${i}`,
      record: { ...good, outstandingContribution: true },
      votes: i,
    }));
    const decision = evaluationCohort({ members });
    expect(decision.outcome.excellentCeiling).toBe(2);
    expect(decision.outcome.results.filter((r) => r.grade === "excellent").map((r) => r.id)).toEqual(["m5", "m6"]);
    expect(decision.outcome.movedDown.map((m) => m.id)).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(decision.outcome.movedDown[0]?.reason.zh).toContain("三分之一");
  });

  it("lists the readings that graded the members among its own interpretations", () => {
    const members = [{ id: "a", record: good }];
    const applied = (options = {}) => evaluationCohort({ members }, options).interpretations.map((i) => [i.id, i.alternative]);
    expect(applied()).toEqual(expect.arrayContaining([["Q13.long-out-of-contact", "six-consecutive-months"], ["Q19.excellent-cap-base", "graded-members"]]));
    expect(applied({ interpretations: { "Q13.long-out-of-contact": "one-year" } })).toContainEqual(["Q13.long-out-of-contact", "one-year"]);
    expect(evaluationGrade(good).interpretations.map((i) => i.id).every((id) => applied().some(([a]) => a === id))).toBe(true);
    expect(evaluationCohort({ members: [] }).interpretations.map((i) => i.id)).toEqual(["Q19.excellent-cap-base"]);
  });

  it("orders a large cohort by id, and breaks full ties by id, whatever the input order", () => {
    // Over 64 members, so the engine's sort merges runs instead of only inserting.
    const members = Array.from({ length: 100 }, (_, i) => ({ id: `m${String(i).padStart(3, "0")}`, record: { ...good, outstandingContribution: true } }));
    const scrambled = members.map((_, i) => members[(i * 37) % 100] as (typeof members)[number]);
    const decision = evaluationCohort({ members: scrambled });
    expect(decision.outcome.results.map((r) => r.id)).toEqual(members.map((m) => m.id));
    expect(decision.outcome.results.filter((r) => r.grade === "excellent").map((r) => r.id)).toEqual(members.slice(0, 33).map((m) => m.id));
  });

  it("refuses repeated ids, naming the member", () => {
    expectInputIssue(
      () => evaluationCohort({ members: [{ id: "a", record: good }, { id: "a", record: good }] }),
      ["members", 1, "id"],
      "inconsistent",
    );
  });
});
