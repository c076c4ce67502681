import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import {
  APPRAISAL_GRADE_NAMES,
  AppraisalRecordSchema,
  CohortSchema,
  DEFAULT_GRADING_STANDARD,
  GRADING_STANDARD_SOURCES,
  HANDLING_NAMES,
  evaluationCohort,
  evaluationGrade,
  isCitationId,
  type AppraisalMonth,
  type AppraisalRecord,
  type Decision,
  type EvaluationOutcome,
  type GradeThresholds,
  type GradingStandard,
  type JsonValue,
} from "mobile-member-rules";
import type { TraceStep } from "../../src/decision/decision.js";
import { outcomeText, reasonText, stepText } from "../../src/decision/render.js";
import { underEachTimeZone } from "../support/arbitraries.js";
import { expectInputIssue } from "../support/expect-input.js";
import { appraisalRecord, deepFreeze, snapshot } from "../support/rule-arbitraries.js";

/** A step of a decision in both languages: by its position (negative from the end) or its `check`. */
function said(decision: Decision<JsonValue>, which: number | string): { zh: string; en: string } | undefined {
  const step = typeof which === "number" ? decision.trace.at(which) : decision.trace.find((s) => s.check === which);
  return step === undefined ? undefined : { zh: stepText(step, decision), en: stepText(step, decision, "en") };
}

/** A decision's outcome in both languages. */
function summaryOf(decision: Decision<JsonValue>): { zh: string; en: string } {
  return { zh: outcomeText(decision.rule, decision.outcome), en: outcomeText(decision.rule, decision.outcome, "en") };
}

/** Every step of a decision, those of the decisions made inside it included, each with the input path its facts are named from. */
function everyStep(trace: readonly TraceStep[], at = ""): { step: TraceStep; at: string }[] {
  return trace.flatMap((step) => [{ step, at }, ...(step.within === undefined ? [] : everyStep(step.within.trace, step.within.at))]);
}

/** What a decision says in Chinese: its outcome, every step (those made inside it too), and why it is ambiguous. */
function wordsOf(decision: Decision<JsonValue>): string {
  return [
    outcomeText(decision.rule, decision.outcome),
    ...everyStep(decision.trace).map(({ step }) => stepText(step, decision)),
    ...decision.ambiguities.map((a) => reasonText(a.reason)),
  ].join("\n");
}

/** The value at a path of the input (`"period.from"`, `"members[3].record"`), if the input has one. */
function atPath(root: unknown, path: string): { found: boolean; value?: unknown } {
  let current = root;
  for (const key of path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== "")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return { found: false };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

/**
 * What every decision of these rules promises: it survives JSON unchanged; its outcomes
 * (and the other readings') are the rule's; each clause, reading and contested point is
 * listed once; its outcome and every step, those of each member's appraisal included, are
 * said in both languages, and each step's clause is among the citations; a fact a step
 * quotes under a path of the input is the value the input holds there.
 */
function expectWellFormed(
  rule: typeof evaluationGrade | typeof evaluationCohort,
  decision: Decision<JsonValue>,
  input: unknown,
): void {
  expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  expect(decision.rule).toBe(rule.ruleName);
  expect(rule.outcome.safeParse(decision.outcome).success).toBe(true);
  for (const ambiguity of decision.ambiguities) {
    for (const other of ambiguity.alternatives) expect(rule.outcome.safeParse(other.outcome).success).toBe(true);
  }
  expect(new Set(decision.citations).size).toBe(decision.citations.length);
  expect(new Set(decision.interpretations.map((i) => i.id)).size).toBe(decision.interpretations.length);
  expect(new Set(decision.ambiguities.map((a) => a.interpretation)).size).toBe(decision.ambiguities.length);
  expect(summaryOf(decision).zh).not.toBe("");
  expect(summaryOf(decision).en).not.toBe("");
  for (const { step, at } of everyStep(decision.trace)) {
    expect(stepText(step, decision), step.check).toMatch(/\p{Script=Han}/u);
    expect(stepText(step, decision, "en"), step.check).toMatch(/[a-z]/);
    expect(decision.citations).toContain(step.citation);
    for (const [path, value] of Object.entries(step.facts ?? {})) {
      const source = atPath(input, at === "" ? path : `${at}.${path}`);
      if (source.found) expect(value, `${step.check}: ${path}`).toEqual(source.value);
    }
  }
}

const YEAR = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

const BOTH = { inflow: true, outflow: true } as const;
const NEITHER = { inflow: false, outflow: false } as const;
/** In contact with both organizations when `yes`, with neither otherwise. */
const contact = (yes: boolean) => (yes ? BOTH : NEITHER);

function month(name: string, overrides: Partial<AppraisalMonth> = {}): AppraisalMonth {
  return { month: name, organizationalLife: true, duesPaid: true, assignedWork: true, contact: BOTH, excused: null, ...overrides };
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
  transferNotArranged: null,
  outOfContactEducation: "not-yet-educated",
  correction: "not-yet-required",
};

/** A year with dues unpaid in the last `n` months, nothing excused. */
const unpaidDues = (n: number): AppraisalRecord => ({
  ...good,
  months: YEAR.map((m, i) => month(m, { duesPaid: i < 12 - n })),
});

const RANK: Record<string, number> = { lapsed: 0, unqualified: 1, "basically-qualified": 2, qualified: 3, excellent: 4 };
const rank = (outcome: EvaluationOutcome) =>
  RANK[outcome.status === "lapsed" || outcome.status === "probationary-cancelled" ? "lapsed" : (outcome.grade ?? "")] ?? -1;

/** Every way to improve a record in one criterion. */
function improvements(record: AppraisalRecord): AppraisalRecord[] {
  const out: AppraisalRecord[] = [];
  record.months.forEach((m, i) => {
    for (const field of ["organizationalLife", "duesPaid", "assignedWork"] as const) {
      if (!m[field]) out.push({ ...record, months: record.months.map((x, j) => (j === i ? { ...x, [field]: true } : x)) });
    }
    for (const side of ["inflow", "outflow"] as const) {
      if (!m.contact[side]) out.push({ ...record, months: record.months.map((x, j) => (j === i ? { ...x, contact: { ...x.contact, [side]: true } } : x)) });
    }
  });
  if (record.activityCard !== "verified" && record.activityCard !== "not-held") out.push({ ...record, activityCard: "verified" });
  if (record.transferNotArranged !== null) out.push({ ...record, transferNotArranged: null });
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
    expect(wordsOf(decision)).toContain("被认为是自行脱党");
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

  it("a violation is unqualified: education and a correction deadline, then, with no change by the deadline, persuasion to leave (党章 第九条)", () => {
    const first = evaluationGrade({ ...good, violation: "discipline" });
    // The term is the branch's to set (Q33's default): no date is made up.
    expect(first.outcome).toMatchObject({
      grade: "unqualified",
      handling: ["criticize-and-educate", "correct-by-deadline"],
      latestCorrectionDeadline: null,
    });
    const running = evaluationGrade({ ...good, violation: "discipline", correction: "deadline-running" });
    expect(running.outcome.handling).toEqual(["correct-by-deadline"]);
    const again = evaluationGrade({ ...good, violation: "discipline", correction: "no-change-after-deadline" });
    expect(again.outcome).toMatchObject({ grade: "unqualified", handling: ["persuade-to-leave"], latestCorrectionDeadline: null });
    expect(again.citations).toContain("party-constitution:9");
    expect(again.trace.at(-1)).toMatchObject({ check: "unqualified", citation: "party-constitution:9", facts: { correction: "no-change-after-deadline" } });
    expect(said(again, -1)?.zh).toBe("限期改正期满，经教育仍无转变：应当劝其退党；劝而不退的，由支部大会决定除名，并报上级党组织批准");
  });

  it("six months out of contact brings criticism and education (2.1.2, Q13); one year under Q13's alternative", () => {
    const silent = { ...good, months: YEAR.map((m, i) => month(m, { contact: contact(i < 6) })) };
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

  it("marks as provisional the basically-qualified counts, which total the months where 党章 第九条 draws a line for consecutive ones", () => {
    for (const threshold of ["maxMissedOrganizationalLife", "maxMissedDues", "maxMissedAssignedWork"] as const) {
      expect(GRADING_STANDARD_SOURCES.basicallyQualified[threshold].source).toBe("library");
      expect(GRADING_STANDARD_SOURCES.basicallyQualified[threshold].note.zh).toContain("条文未规定");
    }
  });

  it("gives its input schemas as zod objects, which a records system may extend with fields of its own", () => {
    const extended = AppraisalRecordSchema.safeExtend({ memberName: z.string() });
    expect(extended.safeParse({ ...good, memberName: "张三" }).success).toBe(true);
    expect(extended.safeParse({ ...good, months: good.months.slice(1), memberName: "张三" }).success).toBe(false);
    expect(CohortSchema.safeExtend({ branch: z.string() }).safeParse({ members: [{ id: "a", record: good }], branch: "一支部" }).success).toBe(true);
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
    expectWellFormed(evaluationGrade, evaluationGrade(record), record);
  });
});

describe("evaluationGrade: a second reading of the findings and the grade", () => {
  // Written from the text, independently of the rule: counts over the period's months and
  // runs that end in the period (counting back into the months before it, when given), in
  // calendar order (the input's order does not matter), and the best grade whose every
  // threshold holds.
  const inOrder = (months: readonly AppraisalMonth[]) => [...months].sort((a, b) => a.month.localeCompare(b.month));
  const unexcused = (months: readonly AppraisalMonth[], has: (m: AppraisalMonth) => boolean) =>
    inOrder(months).map((m) => !has(m) && m.excused === null);
  /** The most unexcused months counted back from a month of the period; an excused month stops the count, or is passed over when `pauses` (Q26). */
  const longest = (record: AppraisalRecord, has: (m: AppraisalMonth) => boolean, pauses = false) => {
    const before = inOrder(record.precedingMonths ?? []);
    const all = [...before, ...inOrder(record.months)];
    let best = 0;
    for (let end = before.length; end < all.length; end += 1) {
      const last = all[end] as AppraisalMonth;
      if (has(last) || last.excused !== null) continue;
      let n = 0;
      for (let at = end; at >= 0; at -= 1) {
        const m = all[at] as AppraisalMonth;
        if (has(m)) break;
        if (m.excused === null) n += 1;
        else if (!pauses) break;
      }
      best = Math.max(best, n);
    }
    return best;
  };
  /** The unexcused months counted back from the record's last month, as far as they go. */
  const atEnd = (record: AppraisalRecord, has: (m: AppraisalMonth) => boolean, pauses = false) => {
    const all = [...inOrder(record.precedingMonths ?? []), ...inOrder(record.months)];
    let n = 0;
    for (const m of all.reverse()) {
      if (has(m)) break;
      if (m.excused === null) n += 1;
      else if (!pauses) break;
    }
    return n;
  };
  const thresholds: fc.Arbitrary<GradeThresholds> = fc.record({
    maxMissedOrganizationalLife: fc.nat(4),
    maxMissedDues: fc.nat(4),
    maxMissedAssignedWork: fc.nat(4),
    maxReportGaps: fc.nat(2),
    allowLongOutOfContact: fc.boolean(),
    allowTransferNotArranged: fc.option(fc.boolean(), { nil: undefined }),
    allowCardNotPresented: fc.boolean(),
    requireOutstandingContribution: fc.boolean(),
    allowDisciplineViolation: fc.option(fc.boolean(), { nil: undefined }),
    allowLawViolation: fc.option(fc.boolean(), { nil: undefined }),
  });
  const holds = (o: EvaluationOutcome, t: GradeThresholds) =>
    o.findings.missedOrganizationalLife <= t.maxMissedOrganizationalLife &&
    o.findings.missedDues <= t.maxMissedDues &&
    o.findings.missedAssignedWork <= t.maxMissedAssignedWork &&
    o.findings.reportGaps <= t.maxReportGaps &&
    (t.allowLongOutOfContact || !o.findings.longOutOfContact) &&
    (t.allowTransferNotArranged === true || !o.findings.transferNotArranged) &&
    (t.allowCardNotPresented || !o.findings.cardNotPresented) &&
    (!t.requireOutstandingContribution || o.findings.outstandingContribution) &&
    (o.findings.violation !== "discipline" || t.allowDisciplineViolation === true) &&
    (o.findings.violation !== "law" || t.allowLawViolation === true);

  // More runs than the default: a scrambled order changes a run only when two gaps adjoin.
  test.prop(
    [
      appraisalRecord,
      fc.boolean(),
      fc.integer(),
      fc.constantFrom("six-consecutive-months" as const, "one-year" as const),
      fc.constantFrom("with-neither" as const, "with-either" as const),
      fc.constantFrom("breaks-run" as const, "pauses-run" as const),
    ],
    { numRuns: 200 },
  )(
    "the findings are the record's unexcused months, runs and card, whatever the order of the months, under each reading of Q13, Q25 and Q26",
    (record, probationary, seed, silence, whom, excusedMonth) => {
      // Months in a scrambled order: the rule must put them in calendar order before it counts runs.
      const order = record.months.map((m, i) => [Math.imul((i + 1) * 2654435761, seed ^ 0x5bd1e995) >>> 0, m] as const);
      const shuffled = { ...record, probationary, months: order.sort((a, b) => a[0] - b[0]).map(([, m]) => m) };
      const interpretations = { "Q13.long-out-of-contact": silence, "Q25.out-of-contact-with-whom": whom, "Q26.excused-month-in-run": excusedMonth } as const;
      const { findings, lapsedBy, status } = evaluationGrade(shuffled, { interpretations }).outcome;
      const pauses = excusedMonth === "pauses-run";
      const missed = (has: (m: AppraisalMonth) => boolean) => unexcused(record.months, has).filter(Boolean).length;
      const inContact = (m: AppraisalMonth) => (whom === "with-neither" ? m.contact.inflow || m.contact.outflow : m.contact.inflow && m.contact.outflow);
      const runs = {
        "organizational-life": longest(record, (m) => m.organizationalLife, pauses),
        dues: longest(record, (m) => m.duesPaid, pauses),
        "assigned-work": longest(record, (m) => m.assignedWork, pauses),
      };
      expect(findings).toEqual({
        missedOrganizationalLife: missed((m) => m.organizationalLife),
        missedDues: missed((m) => m.duesPaid),
        missedAssignedWork: missed((m) => m.assignedWork),
        longestRun: runs,
        runAtEnd: {
          "organizational-life": atEnd(record, (m) => m.organizationalLife, pauses),
          dues: atEnd(record, (m) => m.duesPaid, pauses),
          "assigned-work": atEnd(record, (m) => m.assignedWork, pauses),
        },
        reportGaps: findings.reportGaps,
        longestWithoutContact: longest(record, inContact, pauses),
        longOutOfContact: longest(record, inContact, pauses) >= (silence === "one-year" ? 12 : 6),
        cardNotPresented: record.activityCard === "not-presented",
        transferNotArranged: record.transferNotArranged !== null,
        violation: record.violation,
        outstandingContribution: record.outstandingContribution,
      });
      const lapsing = (Object.keys(runs) as (keyof typeof runs)[]).filter((c) => runs[c] >= 6);
      expect(lapsedBy).toEqual(lapsing);
      expect(status).toBe(
        lapsing.length > 0 ? (probationary ? "probationary-cancelled" : "lapsed") : probationary ? "probationary-no-grade" : "graded",
      );
    },
  );

  // More runs than the default: each threshold binds on its own only now and then.
  test.prop([appraisalRecord, thresholds, thresholds, thresholds, fc.constantFrom("standard-decides" as const, "always-unqualified" as const)], { numRuns: 300 })(
    "under a caller's standard, the grade is the best whose every threshold holds; a violation is unqualified unless the standard decides otherwise (Q29)",
    (record, excellent, qualified, basicallyQualified, violations) => {
      const standard: GradingStandard = { excellent, qualified, basicallyQualified };
      const decision = evaluationGrade(record, {
        interpretations: { "Q9.grading-standard": "caller-standard", "Q29.violation-and-grade": violations },
        standard,
      });
      const { outcome } = decision;
      fc.pre(outcome.status === "graded");
      const expected =
        record.violation !== "none" && violations === "always-unqualified"
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
      expect(summaryOf(decision).zh).toBe(`${APPRAISAL_GRADE_NAMES[expected].zh}${handling === "" ? "" : `；处理意见：${handling}`}`);
      const handlingEn = outcome.handling.map((h) => HANDLING_NAMES[h].en).join(", ");
      expect(summaryOf(decision).en).toBe(`${APPRAISAL_GRADE_NAMES[expected].en}${handlingEn === "" ? "" : `; handling: ${handlingEn}`}`);
      expect(new Set(outcome.handling).size).toBe(outcome.handling.length);
      // 二（一）2's grounds first, whatever the grade, then the grade's own handling.
      const stageHandling = { "not-yet-educated": ["criticize-and-educate"], "corrected-after-education": [], "not-corrected-after-education": ["organizational-handling"] } as const;
      const grounds = [
        ...(record.transferNotArranged === null ? [] : stageHandling[record.transferNotArranged]),
        ...(outcome.findings.longOutOfContact ? stageHandling[record.outOfContactEducation] : []),
      ];
      const forGrade = {
        excellent: ["commend"],
        qualified: ["affirm"],
        "basically-qualified": ["help-improve"],
        unqualified: { "not-yet-required": ["criticize-and-educate", "correct-by-deadline"], "deadline-running": ["correct-by-deadline"], "no-change-after-deadline": ["persuade-to-leave"] }[record.correction],
      }[expected];
      expect(outcome.handling).toEqual([...new Set([...grounds, ...forGrade])]);
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
  it("quotes the findings, the runs that lapse, the grade and what an unqualified grade brings, with the facts each read", () => {
    const decision = evaluationGrade({ ...good, violation: "law" });
    expect(decision.trace.map((s) => [s.check, s.citation, s.facts])).toEqual([
      ["findings", "2.2.5", { "period.from": "2024-01-01", "period.to": "2024-12-31", "months.length": 12, "precedingMonths.length": 0, "reports.length": 2 }],
      ["lapse", "party-constitution:9", { longestRun: { "organizational-life": 0, dues: 0, "assigned-work": 0 } }],
      ["grade", "2.2.5", { violation: "law", outstandingContribution: false }],
      ["unqualified", "party-constitution:9", { correction: "not-yet-required" }],
    ]);
    expect(said(decision, 0)?.zh).toBe(
      "评议期间2024年1月1日至2024年12月31日：无正当理由不参加党的组织生活0个月，不交纳党费0个月，不做党所分配的工作0个月；应汇报而未汇报0次；每月都与流入地或流出地党组织有联系",
    );
    expect(said(decision, 2)?.zh).toBe("有违纪违法行为，不符合三（二）2“遵纪守法”的要求，评定为“不合格”");
    expect(said(decision, 3)?.zh).toBe("评定为不合格：党的支部应当对其进行教育，要求限期改正（期限由党支部确定，解释三十三）");
    expect(said(evaluationGrade(good), 2)?.zh).toBe("按评定标准，评定为“合格”");
  });

  it("names the lapsing criteria, and cites the dues rules only for dues", () => {
    const noLife = { ...good, months: YEAR.map((m, i) => month(m, { organizationalLife: i < 6 })) };
    const decision = evaluationGrade(noLife);
    expect(said(decision, 1)?.zh).toBe("没有正当理由，连续六个月不参加党的组织生活，按党章第九条，被认为是自行脱党");
    expect(decision.citations).not.toContain("dues-rules-2008:13");
    expect(summaryOf(decision).zh).toBe("被认为是自行脱党；处理意见：" + HANDLING_NAMES.remove.zh);
  });

  it("records a long silence as its own step, and a probationary member's as well", () => {
    const silent = { ...good, probationary: true, months: YEAR.map((m, i) => month(m, { contact: contact(i < 5) })) };
    const decision = evaluationGrade(silent);
    expect(decision.trace.slice(2).map((s) => [s.check, s.citation, s.facts, s.result])).toEqual([
      ["long-out-of-contact", "2.1.2", { longestWithoutContact: 7, outOfContactEducation: "not-yet-educated" }, "criticize-and-educate"],
      ["probationary", "appraisal-practice", { probationary: true }, null],
    ]);
    expect(decision.outcome).toMatchObject({ handling: ["criticize-and-educate"], lapsedBy: [] });
    expect(summaryOf(decision).zh).toBe("预备党员，不评定等次；处理意见：" + HANDLING_NAMES["criticize-and-educate"].zh);
    expect(summaryOf(evaluationGrade({ ...good, probationary: true }))).toEqual({ zh: "预备党员，不评定等次", en: "probationary member, no grade" });
    expect(evaluationGrade(good).trace.some((s) => s.check === "long-out-of-contact")).toBe(false);
  });
});

describe("evaluationGrade: more edges", () => {
  it("refuses a month before the period as well as after it", () => {
    expectInputIssue(() => evaluationGrade({ ...good, months: [month("2023-12"), ...good.months.slice(1)] }), ["months", 0, "month"], "inconsistent");
  });

  it("a whole year out of contact is long under Q13's one-year reading", () => {
    const silent = { ...good, months: YEAR.map((m) => month(m, { contact: NEITHER })) };
    const decision = evaluationGrade(silent, { interpretations: { "Q13.long-out-of-contact": "one-year" } });
    expect(decision.outcome.findings.longOutOfContact).toBe(true);
    expect(said(decision, "long-out-of-contact")?.zh).toBe(
      "长期不与流入地和流出地党组织联系（连续12个月，解释十三）：党组织要进行批评教育",
    );
    // A year is long under either reading: the point is not contested.
    expect(decision.ambiguous).toBe(false);
  });

  it("counts report gaps in thirty-day months under Q2's alternative", () => {
    // 180 days from 2024-02-10 end on 2024-08-08: a report on 08-10 is late there, on time in calendar months.
    const record = { ...good, departure: "2024-02-10", reports: ["2024-08-10"] };
    expect(evaluationGrade(record).outcome.findings.reportGaps).toBe(0);
    expect(evaluationGrade(record, { interpretations: { "Q2.month-measure": "thirty-day-months" } }).outcome.findings.reportGaps).toBe(1);
  });

  it("lets a caller's standard allow a long silence, or not", () => {
    const silent = { ...good, months: YEAR.map((m, i) => month(m, { contact: contact(i < 6) })) };
    const strict: GradingStandard = { ...DEFAULT_GRADING_STANDARD, qualified: { ...DEFAULT_GRADING_STANDARD.qualified, allowLongOutOfContact: false } };
    const lenient: GradingStandard = { ...DEFAULT_GRADING_STANDARD, qualified: { ...DEFAULT_GRADING_STANDARD.qualified, allowLongOutOfContact: true } };
    const grade = (standard: GradingStandard) =>
      evaluationGrade(silent, { interpretations: { "Q9.grading-standard": "caller-standard" }, standard }).outcome.grade;
    expect(grade(lenient)).toBe("qualified");
    expect(grade(strict)).not.toBe("qualified");
  });

  it("says why there is no lapse, in both languages, and names the criteria in English too", () => {
    expect(said(evaluationGrade(good), 1)?.zh).toBe("无正当理由连续不参加党的组织生活、不交纳党费、不做党所分配的工作，均未满六个月");
    const noDues = evaluationGrade(unpaidDues(6));
    expect(said(noDues, 1)?.zh).toBe("没有正当理由，连续六个月不交纳党费，按党章第九条，被认为是自行脱党");
    expect(said(noDues, 1)?.en).toBe("Six consecutive months without proper reason of no dues: regarded as lapsed under art. 9 of the Party Constitution");
    expect(summaryOf(noDues).en).toBe(`lapsed; handling: ${HANDLING_NAMES.remove.en}`);
  });

  it("explains a violation and cites the rule for what follows an unqualified grade", () => {
    const first = evaluationGrade({ ...good, violation: "discipline" });
    expect(said(first, "grade")?.en).toBe("A violation of discipline or law, against 3.2.2's observing discipline and the law: unqualified");
    expect(said(evaluationGrade(good), -1)?.en).toBe("By the grading standard: qualified");
    // The 2019 regulation's one year is cited only where the reading that applies it is chosen (Q33).
    expect(first.citations).not.toContain("education-regulation-2019:30");
    expect(first.citations).toContain("party-constitution:9");
    expect(first.citations).not.toContain("2.1.2");
    // 二（一）2 is cited when one of its grounds is found, not for the grade.
    const again = evaluationGrade({ ...good, violation: "discipline", transferNotArranged: "not-corrected-after-education" });
    expect(again.citations).toContain("2.1.2");
    expect(evaluationGrade(good).citations).not.toContain("education-regulation-2019:30");
  });

  it("criticizes once when an unqualified member was also long out of contact", () => {
    const both = { ...good, violation: "law" as const, months: YEAR.map((m, i) => month(m, { contact: contact(i < 6) })) };
    expect(evaluationGrade(both).outcome.handling).toEqual(["criticize-and-educate", "correct-by-deadline"]);
    expect(evaluationGrade({ ...both, correction: "no-change-after-deadline" }).outcome.handling).toEqual([
      "criticize-and-educate",
      "persuade-to-leave",
    ]);
    expect(evaluationGrade({ ...both, outOfContactEducation: "not-corrected-after-education", correction: "no-change-after-deadline" }).outcome.handling).toEqual([
      "organizational-handling",
      "persuade-to-leave",
    ]);
  });
});

describe("evaluationGrade: 二（一）2's two grounds and their escalation, whatever the grade", () => {
  const silentHalfYear = { ...good, months: YEAR.map((m, i) => month(m, { contact: contact(i < 6) })) };

  it("a long silence still not corrected after education brings organizational handling, beside the grade's own handling", () => {
    const decision = evaluationGrade({ ...silentHalfYear, outOfContactEducation: "not-corrected-after-education" });
    expect(decision.outcome).toMatchObject({ grade: "basically-qualified", handling: ["organizational-handling", "help-improve"] });
    expect(decision.citations).toContain("2.1.2");
    expect(said(decision, "long-out-of-contact")?.zh).toBe(
      "长期不与流入地和流出地党组织联系（连续6个月，解释十三），经教育仍不改正：其正式组织关系所在党组织要按党章及党内有关规定进行组织处理",
    );
    expect(summaryOf(decision).zh).toBe("基本合格；处理意见：按党章及党内有关规定进行组织处理、指出不足并帮助改进提高");
  });

  it("a silence corrected after education brings no further handling, though it still bears on the grade", () => {
    const decision = evaluationGrade({ ...silentHalfYear, outOfContactEducation: "corrected-after-education" });
    expect(decision.outcome).toMatchObject({ grade: "basically-qualified", handling: ["help-improve"] });
    expect(decision.trace.find((s) => s.check === "long-out-of-contact")).toMatchObject({ result: null });
  });

  it("a transfer not arranged promptly without proper reason can now be stated: criticism first, organizational handling when not corrected", () => {
    const first = evaluationGrade({ ...good, transferNotArranged: "not-yet-educated" });
    expect(first.outcome.handling[0]).toBe("criticize-and-educate");
    expect(first.outcome.findings.transferNotArranged).toBe(true);
    expect(first.trace.find((s) => s.check === "transfer-not-arranged")).toMatchObject({
      citation: "2.1.2",
      facts: { transferNotArranged: "not-yet-educated" },
      result: "criticize-and-educate",
    });
    expect(said(first, "transfer-not-arranged")?.zh).toBe("经党组织认定（解释十一），无正当理由不及时办理组织关系转接事宜：党组织要进行批评教育");
    const again = evaluationGrade({ ...good, outstandingContribution: true, transferNotArranged: "not-corrected-after-education" });
    expect(again.outcome.handling).toEqual(["organizational-handling", "help-improve"]);
    const corrected = evaluationGrade({ ...good, transferNotArranged: "corrected-after-education" });
    expect(corrected.outcome.handling).toEqual(["help-improve"]);
    // Under the default standard the ground keeps a member from 合格 and 优秀, as a long silence does.
    expect([first, again, corrected].map((d) => d.outcome.grade)).toEqual(["basically-qualified", "basically-qualified", "basically-qualified"]);
  });

  it("the escalation does not wait for the grade: a standard that allows the ground still gets criticism or organizational handling", () => {
    const lenient: GradingStandard = {
      ...DEFAULT_GRADING_STANDARD,
      excellent: { ...DEFAULT_GRADING_STANDARD.excellent, allowTransferNotArranged: true },
      qualified: { ...DEFAULT_GRADING_STANDARD.qualified, allowTransferNotArranged: true },
    };
    const options = { interpretations: { "Q9.grading-standard": "caller-standard" }, standard: lenient } as const;
    expect(evaluationGrade({ ...good, outstandingContribution: true, transferNotArranged: "not-yet-educated" }, options).outcome).toMatchObject({
      grade: "excellent",
      handling: ["criticize-and-educate", "commend"],
    });
    expect(evaluationGrade({ ...good, transferNotArranged: "not-corrected-after-education" }, options).outcome).toMatchObject({
      grade: "qualified",
      handling: ["organizational-handling", "affirm"],
    });
    // A standard written before the ground existed, without the threshold, does not allow it.
    const { allowTransferNotArranged: _dropped, ...older } = DEFAULT_GRADING_STANDARD.qualified;
    const standard = { ...DEFAULT_GRADING_STANDARD, qualified: older, excellent: { ...DEFAULT_GRADING_STANDARD.excellent } };
    expect(
      evaluationGrade({ ...good, transferNotArranged: "not-yet-educated" }, { interpretations: { "Q9.grading-standard": "caller-standard" }, standard }).outcome.grade,
    ).toBe("basically-qualified");
  });

  it("both grounds, in the text's order, each handled once", () => {
    const decision = evaluationGrade({ ...silentHalfYear, transferNotArranged: "not-corrected-after-education", outOfContactEducation: "not-yet-educated" });
    expect(decision.outcome.handling).toEqual(["organizational-handling", "criticize-and-educate", "help-improve"]);
    expect(decision.trace.filter((s) => s.citation === "2.1.2").map((s) => s.check)).toEqual(["transfer-not-arranged", "long-out-of-contact"]);
  });

  it("a probationary member's uncorrected ground brings organizational handling, which for a probationary member is under 党章 第七条", () => {
    const decision = evaluationGrade({ ...silentHalfYear, probationary: true, outOfContactEducation: "not-corrected-after-education" });
    expect(decision.outcome).toMatchObject({ status: "probationary-no-grade", handling: ["organizational-handling"] });
    expect(said(decision, "long-out-of-contact")?.zh).toContain("对预备党员，按党章第七条延长预备期或者取消预备党员资格");
  });

  it("a removal takes the place of the grounds' handling, and the trace still shows them", () => {
    const lapsed = { ...unpaidDues(6), transferNotArranged: "not-corrected-after-education" as const };
    const decision = evaluationGrade(lapsed);
    expect(decision.outcome).toMatchObject({ status: "lapsed", handling: ["remove"] });
    expect(decision.trace.find((s) => s.check === "transfer-not-arranged")).toMatchObject({ result: null });
    expect(said(decision, "transfer-not-arranged")?.zh).toContain("现已按党章第九条除名，不再另行处理");
  });

  it("an education recorded for a silence this period does not show as long is said, not acted on", () => {
    const decision = evaluationGrade({ ...good, outOfContactEducation: "not-corrected-after-education" });
    expect(decision.outcome.handling).toEqual(["affirm"]);
    expect(decision.trace.find((s) => s.check === "long-out-of-contact")).toMatchObject({
      result: null,
    });
    expect(said(decision, "long-out-of-contact")?.zh).toBe("本评议期间每月都与流入地或流出地党组织有联系，不属长期不联系（解释十三），不按二（一）2处理");
  });
});

describe("evaluationGrade: a probationary member with 党章 第九条's six months (党章 第七条)", () => {
  it("has the probationary membership cancelled, not removed as lapsed, citing both articles", () => {
    const decision = evaluationGrade({ ...unpaidDues(6), probationary: true });
    expect(decision.outcome).toMatchObject({
      status: "probationary-cancelled",
      grade: null,
      handling: ["cancel-probationary-membership"],
      lapsedBy: ["dues"],
    });
    expect(decision.outcome.handling).not.toContain("remove");
    expect(decision.citations).toEqual(expect.arrayContaining(["party-constitution:9", "dues-rules-2008:13"]));
    expect(decision.trace.map((s) => s.check)).toContain("probationary-lapse");
    expect(said(decision, "lapse")?.zh).toBe("没有正当理由，连续六个月不交纳党费，属党章第九条所列情形");
    expect(summaryOf(decision).zh).toBe("预备党员不履行党员义务；处理意见：取消预备党员资格（经支部大会讨论通过和上级党组织批准）");
    expect(wordsOf(decision)).not.toContain("被认为是自行脱党");
    expect(wordsOf(decision)).not.toContain(HANDLING_NAMES.remove.zh);
  });

  it("a full member with the same months is still removed", () => {
    expect(evaluationGrade(unpaidDues(6)).outcome).toMatchObject({ status: "lapsed", handling: ["remove"] });
  });
});

describe("evaluationGrade: the activity card (2.1.2)", () => {
  it("a card presented and not verified is the inflow branch's failing: it bears on no grade, and the trace says whose duty it was", () => {
    const decision = evaluationGrade({ ...good, activityCard: "presented-not-verified" });
    expect(decision.outcome.grade).toBe("qualified");
    expect(decision.trace.find((s) => s.check === "card-not-verified")).toMatchObject({ citation: "2.1.2", result: null });
  });

  it("a card the member did not present keeps the member from 合格 under the default standard", () => {
    expect(evaluationGrade({ ...good, activityCard: "not-presented" }).outcome.grade).toBe("basically-qualified");
    expect(evaluationGrade({ ...good, activityCard: "not-presented" }).outcome.findings.cardNotPresented).toBe(true);
  });
});

describe("evaluationGrade: six consecutive months across the period's start", () => {
  const before = (n: number, overrides: Partial<AppraisalMonth>) =>
    Array.from({ length: n }, (_, i) => month(`2023-${String(13 - n + i).padStart(2, "0")}`, overrides));
  const firstTwoUnpaid = { ...good, months: YEAR.map((m, i) => month(m, { duesPaid: i >= 2 })) };

  it("four unpaid months before the period and two at its start are six consecutive months", () => {
    expect(evaluationGrade(firstTwoUnpaid).outcome.status).toBe("graded");
    const decision = evaluationGrade({ ...firstTwoUnpaid, precedingMonths: before(4, { duesPaid: false }) });
    expect(decision.outcome).toMatchObject({ status: "lapsed", lapsedBy: ["dues"] });
    // The counts stay the period's own.
    expect(decision.outcome.findings.missedDues).toBe(2);
  });

  it("a run that ended before the period was the earlier appraisal's to find", () => {
    const decision = evaluationGrade({ ...good, precedingMonths: before(7, { duesPaid: false }) });
    expect(decision.outcome.status).toBe("graded");
    expect(decision.outcome.findings.longestRun.dues).toBe(0);
    // Even when an excused month in the period would only pause it (Q26's alternative).
    const excusedFirst = { ...good, months: YEAR.map((m, i) => month(m, { duesPaid: i > 0, excused: i === 0 ? "住院治疗" : null })) };
    const paused = evaluationGrade({ ...excusedFirst, precedingMonths: before(7, { duesPaid: false }) }, { interpretations: { "Q26.excused-month-in-run": "pauses-run" } });
    expect(paused.outcome.status).toBe("graded");
  });

  it("says when the months before the period would matter and were not given", () => {
    expect(said(evaluationGrade(firstTwoUnpaid), 0)?.zh).toContain("评议期间第一个月即有缺失，此前的月份未提供，连续月数只从评议期间起算");
    expect(said(evaluationGrade(good), 0)?.zh).not.toContain("此前的月份");
    expect(said(evaluationGrade({ ...firstTwoUnpaid, precedingMonths: [] }), 0)?.zh).not.toContain("此前的月份");
    // What a gap is follows the reading of Q25: a first month in touch with one side only is a gap under its alternative.
    const oneSide = { ...good, months: YEAR.map((m, i) => month(m, { contact: i === 0 ? { inflow: true, outflow: false } : BOTH })) };
    expect(said(evaluationGrade(oneSide), 0)?.zh).not.toContain("此前的月份");
    expect(said(evaluationGrade(oneSide, { interpretations: { "Q25.out-of-contact-with-whom": "with-either" } }), 0)?.zh).toContain("此前的月份未提供");
  });

  it("refuses months before the period that do not lead up to it", () => {
    expectInputIssue(() => evaluationGrade({ ...good, precedingMonths: [month("2023-11")] }), ["precedingMonths", 0, "month"], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, precedingMonths: [month("2024-01")] }), ["precedingMonths", 0, "month"], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, precedingMonths: [month("2023-12"), month("2023-12")] }), ["precedingMonths", 1, "month"], "inconsistent");
    expectInputIssue(() => evaluationGrade({ ...good, precedingMonths: before(12, {}) }), ["precedingMonths"], "out-of-range");
  });
});

describe("evaluationGrade: a silence between six months and a year falls on Q13", () => {
  it("is marked ambiguous, with the outcome under the one-year reading", () => {
    const silent = { ...good, months: YEAR.map((m, i) => month(m, { contact: contact(i < 5) })) };
    const decision = evaluationGrade(silent);
    expect(decision.outcome.handling).toContain("criticize-and-educate");
    expect(decision.ambiguities.map((a) => [a.interpretation, a.alternatives.map((x) => x.alternative)])).toEqual([
      ["Q13.long-out-of-contact", ["one-year"]],
    ]);
    expect(decision.ambiguities[0]?.alternatives[0].outcome.handling).toEqual(["affirm"]);
    expect(evaluationGrade(good).ambiguous).toBe(false);
  });
});

describe("evaluationGrade: the readings the appraisal rests on, consulted where the facts fall on them", () => {
  const ambiguousOn = (decision: { ambiguities: readonly { interpretation: string }[] }) => decision.ambiguities.map((a) => a.interpretation);

  it("Q25: months in touch with one organization only are contact under the default, silence under the alternative", () => {
    const inflowOnly = { ...good, months: YEAR.map((m, i) => month(m, { contact: i < 6 ? BOTH : { inflow: true, outflow: false } })) };
    const decision = evaluationGrade(inflowOnly);
    expect(decision.outcome.findings).toMatchObject({ longestWithoutContact: 0, longOutOfContact: false });
    expect(ambiguousOn(decision)).toEqual(["Q25.out-of-contact-with-whom"]);
    const either = evaluationGrade(inflowOnly, { interpretations: { "Q25.out-of-contact-with-whom": "with-either" } });
    expect(either.outcome.handling).toContain("criticize-and-educate");
    expect(said(either, "long-out-of-contact")?.zh).toBe(
      "长期与流入地、流出地党组织中至少一方不联系（连续6个月，解释十三、二十五）：党组织要进行批评教育",
    );
    // Every decision says which reading counted the silence; one with contact on both sides every month is not contested.
    expect(evaluationGrade(good).interpretations.map((i) => i.id)).toContain("Q25.out-of-contact-with-whom");
    expect(evaluationGrade(good).ambiguous).toBe(false);
  });

  it("Q26: three months, an excused month, three months: no lapse when the excused month breaks the run, lapse when it only pauses it", () => {
    const split = { ...good, months: YEAR.map((m, i) => month(m, { duesPaid: i < 5, excused: i === 8 ? "住院治疗" : null })) };
    const decision = evaluationGrade(split);
    expect(decision.outcome.status).toBe("graded");
    expect(ambiguousOn(decision)).toEqual(["Q26.excused-month-in-run"]);
    expect(decision.ambiguities[0]?.alternatives[0].outcome).toMatchObject({ status: "lapsed", lapsedBy: ["dues"] });
    expect(evaluationGrade(split, { interpretations: { "Q26.excused-month-in-run": "pauses-run" } }).outcome).toMatchObject({
      status: "lapsed",
      findings: { longestRun: { dues: 6 } },
    });
    // Without an excused month inside a run, the point is not reached.
    expect(evaluationGrade(unpaidDues(5)).ambiguous).toBe(false);
  });

  it("Q29: a caller's standard may weigh a violation; under the alternative every violation is unqualified", () => {
    const weighs: GradingStandard = {
      ...DEFAULT_GRADING_STANDARD,
      qualified: { ...DEFAULT_GRADING_STANDARD.qualified, allowDisciplineViolation: true },
    };
    const options = { interpretations: { "Q9.grading-standard": "caller-standard" }, standard: weighs } as const;
    const decision = evaluationGrade({ ...good, violation: "discipline" }, options);
    expect(decision.outcome.grade).toBe("qualified");
    expect(said(decision, "grade")?.zh).toBe("有违纪违法行为，按评定标准区分情节（解释二十九），评定为“合格”");
    expect(ambiguousOn(decision)).toEqual(["Q29.violation-and-grade"]);
    expect(
      evaluationGrade({ ...good, violation: "discipline" }, { ...options, interpretations: { ...options.interpretations, "Q29.violation-and-grade": "always-unqualified" } }).outcome.grade,
    ).toBe("unqualified");
    // A violation of the law is not allowed by a standard that allows only breaches of discipline.
    expect(evaluationGrade({ ...good, violation: "law" }, options).outcome.grade).toBe("unqualified");
    // Under the default standard both readings agree: applied, not ambiguous.
    const plain = evaluationGrade({ ...good, violation: "discipline" });
    expect(plain.interpretations.map((i) => i.id)).toContain("Q29.violation-and-grade");
    expect(plain.ambiguous).toBe(false);
    expect(evaluationGrade(good).interpretations.map((i) => i.id)).not.toContain("Q29.violation-and-grade");
  });

  it("Q33: the 2019 regulation's one year only under its reading, counted from the day the deadline was set", () => {
    const oneYear = { interpretations: { "Q33.correction-deadline": "one-year-2019-regulation" } } as const;
    const unqualified = { ...good, violation: "discipline" as const };
    expect(evaluationGrade(unqualified).outcome.latestCorrectionDeadline).toBeNull();
    const unknownDay = evaluationGrade(unqualified, oneYear);
    expect(unknownDay.outcome.latestCorrectionDeadline).toBeNull();
    expect(unknownDay.citations).toContain("education-regulation-2019:30");
    expect(said(unknownDay, -1)?.zh).toBe("评定为不合格：党的支部应当对其进行教育，要求限期改正（期限不超过1年，自作出限期改正决定之日起计算，解释三十三）");
    const setOn = evaluationGrade({ ...unqualified, correctionSetOn: "2025-01-15" }, oneYear);
    expect(setOn.outcome.latestCorrectionDeadline).toBe("2026-01-15");
    expect(said(setOn, -1)?.zh).toContain("自2025年1月15日作出限期改正决定之日起计算，至迟于2026年1月15日届满");
    // From 29 February the year's last day falls on Q14.
    const leap = evaluationGrade({ ...unqualified, correctionSetOn: "2024-02-29" }, oneYear);
    expect(leap.outcome.latestCorrectionDeadline).toBe("2025-02-28");
    expect(leap.ambiguities.find((a) => a.interpretation === "Q14.missing-corresponding-day")?.alternatives[0].outcome.latestCorrectionDeadline).toBe("2025-03-01");
    // No deadline is being set: no term to say.
    const persuaded = evaluationGrade({ ...unqualified, correction: "no-change-after-deadline", correctionSetOn: "2024-01-10" }, oneYear);
    expect(persuaded.interpretations.map((i) => i.id)).not.toContain("Q33.correction-deadline");
  });

  it("Q37: an outstanding contribution without the grade 优秀 is commended only under the alternative", () => {
    const outstandingButMissed = { ...good, outstandingContribution: true, months: YEAR.map((m, i) => month(m, { organizationalLife: i !== 3 })) };
    const decision = evaluationGrade(outstandingButMissed);
    expect(decision.outcome).toMatchObject({ grade: "qualified", handling: ["affirm"] });
    expect(ambiguousOn(decision)).toEqual(["Q37.commendation-basis"]);
    const everyone = evaluationGrade(outstandingButMissed, { interpretations: { "Q37.commendation-basis": "outstanding-performance" } });
    expect(everyone.outcome.handling).toEqual(["affirm", "commend"]);
    expect(said(everyone, "commendation")?.zh).toBe("对于表现突出的，要给予表彰（解释三十七）");
    // A member graded 优秀 is commended either way; an unqualified one under neither.
    expect(evaluationGrade({ ...good, outstandingContribution: true }).ambiguous).toBe(false);
    expect(evaluationGrade({ ...good, outstandingContribution: true, violation: "law" }, { interpretations: { "Q37.commendation-basis": "outstanding-performance" } }).outcome.handling).not.toContain("commend");
  });

  it("党章 第七条 is cited for a probationary member's cancellation and for the handling of an uncorrected ground", () => {
    expect(evaluationGrade({ ...unpaidDues(6), probationary: true }).citations).toEqual(expect.arrayContaining(["party-constitution:7", "party-constitution:9"]));
    const silent = { ...good, probationary: true, outOfContactEducation: "not-corrected-after-education" as const, months: YEAR.map((m, i) => month(m, { contact: contact(i < 6) })) };
    expect(evaluationGrade(silent).citations).toContain("party-constitution:7");
    expect(evaluationGrade({ ...good, probationary: true }).citations).not.toContain("party-constitution:7");
  });
});

describe("evaluationCohort", () => {
  test.prop([fc.array(fc.tuple(appraisalRecord, fc.boolean(), fc.nat(20)), { minLength: 0, maxLength: 30 })])(
    "never more than one third 优秀, and the moved-down members are the listed ones",
    (rows) => {
      const members = rows.map(([record, probationary, votes], i) => ({ id: `m${String(i).padStart(2, "0")}`, record: { ...record, probationary }, votes }));
      const decision = evaluationCohort({ members });
      expectWellFormed(evaluationCohort, decision, { members });
      const { outcome } = decision;
      const graded = outcome.results.filter((r) => r.status === "graded").length;
      const excellent = outcome.results.filter((r) => r.grade === "excellent").length;
      expect(excellent * 3).toBeLessThanOrEqual(graded);
      expect(outcome.results.filter((r) => r.movedDown).map((r) => r.id)).toEqual(outcome.movedDown.map((m) => m.id));
      for (const r of outcome.results.filter((x) => x.movedDown)) expect(r.grade).toBe("qualified");
      // Each moved-down entry owns its reason: what a caller writes into one changes no other.
      const [first, ...rest] = outcome.movedDown;
      if (first !== undefined) {
        (first.reason as { zh: string }).zh = "edited";
        for (const other of rest) expect(other.reason.zh).not.toBe("edited");
      }
    },
  );

  // Mostly excellent records (an outstanding contribution, few gaps), few distinct vote
  // counts and some without votes, so that ties go to the gaps and then stay ties.
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
    "a second reading: one third of the base stay excellent, ranked by votes, then fewest gaps, ties placed by id and reported; the rest are qualified and keep their grounds' handling",
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
      // Each member alone, under the same standard: Q19 is the cohort's, not the appraisal's.
      const gradeOptions = lenient ? { interpretations: { "Q9.grading-standard": "caller-standard" }, standard: lenientExcellent } as const : {};
      const alone = members.map((m) => ({ ...m, outcome: evaluationGrade(m.record, gradeOptions).outcome }));
      const baseCount = base === "graded-members" ? alone.filter((m) => m.outcome.status === "graded").length : alone.length;
      const ceiling = Math.floor(baseCount / 3);
      const gapsOf = (o: EvaluationOutcome) => o.findings.missedOrganizationalLife + o.findings.missedDues + o.findings.missedAssignedWork + o.findings.reportGaps;
      const ranked = alone
        .filter((m) => m.outcome.grade === "excellent")
        .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || gapsOf(a.outcome) - gapsOf(b.outcome) || (a.id < b.id ? -1 : 1));
      const moved = new Set(ranked.slice(ceiling).map((m) => m.id));
      const key = (m: (typeof ranked)[number]) => `${m.votes ?? 0}/${gapsOf(m.outcome)}`;
      const cut = ranked[ceiling];
      const tied =
        ceiling > 0 && cut !== undefined && key(ranked[ceiling - 1] ?? cut) === key(cut) ? ranked.filter((m) => key(m) === key(cut)).map((m) => m.id).sort() : [];
      // 二（一）2's grounds keep their handling when the grade is moved down.
      const stageHandling = { "not-yet-educated": ["criticize-and-educate"], "corrected-after-education": [], "not-corrected-after-education": ["organizational-handling"] } as const;
      const groundsOf = (m: (typeof alone)[number]) => [
        ...(m.record.transferNotArranged === null ? [] : stageHandling[m.record.transferNotArranged]),
        ...(m.outcome.findings.longOutOfContact ? stageHandling[m.record.outOfContactEducation] : []),
      ];
      const byId = [...alone].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(decision.outcome.excellentCeiling).toBe(ceiling);
      expect(decision.outcome.results).toEqual(
        byId.map((m) => ({
          id: m.id,
          status: m.outcome.status,
          grade: moved.has(m.id) ? "qualified" : m.outcome.grade,
          handling: moved.has(m.id) ? [...new Set([...groundsOf(m), "affirm"])] : m.outcome.handling,
          movedDown: moved.has(m.id),
        })),
      );
      expect(decision.outcome.movedDown.map((m) => m.id)).toEqual([...moved].sort());
      expect(decision.outcome.tiedAtCeiling).toEqual(tied);
      expect(decision.trace.find((step) => step.check === "excellent-ceiling")).toMatchObject({
        facts: { appraised: members.length, base: baseCount },
        result: { ceiling, excellent: ranked.length, movedDown: moved.size, tiedAtCeiling: tied },
      });
      const count = (grade: string) => decision.outcome.results.filter((r) => r.grade === grade).length;
      const statusCount = (status: string) => decision.outcome.results.filter((r) => r.status === status).length;
      const grades = ["excellent", "qualified", "basically-qualified", "unqualified"] as const;
      const others = [
        ["probationary-no-grade", "不评定等次的预备党员", "probationary, no grade"],
        ["probationary-cancelled", "取消预备党员资格", "probationary membership cancelled"],
        ["lapsed", "被认为是自行脱党", "lapsed"],
      ].filter(([status]) => statusCount(status ?? "") > 0);
      expect(summaryOf(decision).zh).toBe(
        grades.map((g) => `${APPRAISAL_GRADE_NAMES[g].zh}${count(g)}名`).join("，") +
          (moved.size > 0 ? `（${moved.size}名因名额限制由优秀调为合格）` : "") +
          others.map(([status, zh]) => `；${zh}${statusCount(status ?? "")}名`).join(""),
      );
      expect(summaryOf(decision).en).toBe(
        grades.map((g) => `${APPRAISAL_GRADE_NAMES[g].en} ${count(g)}`).join(", ") +
          (moved.size > 0 ? ` (${moved.size} moved down from excellent by the ceiling)` : "") +
          others.map(([status, , en]) => `; ${en} ${statusCount(status ?? "")}`).join(""),
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
    expect(evaluationCohort({ members: [] }).interpretations.map((i) => i.id)).toEqual(["Q19.excellent-cap-base", "Q27.excellent-ceiling-generally"]);
  });

  it("orders a large cohort by id, and places full ties by id, whatever the input order, reporting them as ties", () => {
    // Over 64 members, so the engine's sort merges runs instead of only inserting.
    const members = Array.from({ length: 100 }, (_, i) => ({ id: `m${String(i).padStart(3, "0")}`, record: { ...good, outstandingContribution: true } }));
    const scrambled = members.map((_, i) => members[(i * 37) % 100] as (typeof members)[number]);
    const decision = evaluationCohort({ members: scrambled });
    expect(decision.outcome.results.map((r) => r.id)).toEqual(members.map((m) => m.id));
    expect(decision.outcome.results.filter((r) => r.grade === "excellent").map((r) => r.id)).toEqual(members.slice(0, 33).map((m) => m.id));
    expect(decision.outcome.tiedAtCeiling).toEqual(members.map((m) => m.id));
  });

  it("reports members tied on votes and gaps across the ceiling, for the branch to decide, instead of deciding by id in silence", () => {
    const members = [
      { id: "a", record: { ...good, outstandingContribution: true }, votes: 5 },
      { id: "b", record: { ...good, outstandingContribution: true }, votes: 5 },
      { id: "c", record: good, votes: 9 },
    ];
    const decision = evaluationCohort({ members });
    expect(decision.outcome).toMatchObject({ excellentCeiling: 1, tiedAtCeiling: ["a", "b"] });
    expect(decision.outcome.movedDown.map((m) => m.id)).toEqual(["b"]);
    expect(said(decision, "excellent-ceiling")?.zh).toContain("得票和缺项相同、难以区分的a、b，由支部委员会或者党员大会研究确定（现暂按编号排列）");
    // Votes that tell them apart leave no tie.
    const apart = evaluationCohort({ members: members.map((m) => (m.id === "b" ? { ...m, votes: 6 } : m)) });
    expect(apart.outcome.tiedAtCeiling).toEqual([]);
    expect(apart.outcome.movedDown.map((m) => m.id)).toEqual(["a"]);
  });

  it("a member moved down keeps the handling of 二（一）2's grounds; only the grade's part changes", () => {
    const lenient: GradingStandard = {
      ...DEFAULT_GRADING_STANDARD,
      excellent: { ...DEFAULT_GRADING_STANDARD.excellent, allowTransferNotArranged: true },
    };
    const uncorrected = { ...good, outstandingContribution: true, transferNotArranged: "not-corrected-after-education" as const };
    const decision = evaluationCohort(
      { members: [{ id: "a", record: uncorrected, votes: 1 }, { id: "b", record: { ...good, outstandingContribution: true }, votes: 2 }, { id: "c", record: good }] },
      { interpretations: { "Q9.grading-standard": "caller-standard" }, standard: lenient },
    );
    expect(decision.outcome.results.find((r) => r.id === "a")).toMatchObject({
      grade: "qualified",
      movedDown: true,
      handling: ["organizational-handling", "affirm"],
    });
  });

  it("a reading contested for one member is contested for the cohort, which is regraded under the other reading", () => {
    const silent = { ...good, months: YEAR.map((m, i) => month(m, { contact: contact(i < 5) })) };
    const decision = evaluationCohort({ members: [{ id: "a", record: silent }, { id: "b", record: good }] });
    expect(decision.ambiguous).toBe(true);
    expect(decision.ambiguities[0]).toMatchObject({ interpretation: "Q13.long-out-of-contact", applied: "six-consecutive-months" });
    const reason = decision.ambiguities[0]?.reason;
    expect(reason && reasonText(reason)).toMatch(/^党员a：/);
    expect(decision.ambiguities[0]?.alternatives[0].outcome.results[0]).toMatchObject({ id: "a", grade: "qualified", handling: ["affirm"] });
    expect(evaluationCohort({ members: [{ id: "b", record: good }] }).ambiguous).toBe(false);
  });

  it("Q27: two excellent members of two: both moved down under the strict ceiling; under the guideline, none, and the excess is stated", () => {
    const members = [
      { id: "a", record: { ...good, outstandingContribution: true } },
      { id: "b", record: { ...good, outstandingContribution: true } },
    ];
    const strict = evaluationCohort({ members });
    expect(strict.outcome.movedDown.map((m) => m.id)).toEqual(["a", "b"]);
    expect(strict.ambiguities.map((a) => a.interpretation)).toEqual(expect.arrayContaining(["Q27.excellent-ceiling-generally"]));
    const guideline = evaluationCohort({ members }, { interpretations: { "Q27.excellent-ceiling-generally": "ceiling-as-guideline" } });
    expect(guideline.outcome).toMatchObject({ excellentCeiling: 0, movedDown: [], tiedAtCeiling: [] });
    expect(guideline.outcome.results.map((r) => r.grade)).toEqual(["excellent", "excellent"]);
    expect(said(guideline, "excellent-ceiling")?.zh).toContain("三分之一作为一般要求（解释二十七），超出名额2人，不调整等次，由党组织研究确定");
    expect(summaryOf(guideline).zh).toBe("优秀2名，合格0名，基本合格0名，不合格0名（优秀超出名额2名，由党组织研究确定）");
  });

  it("Q37: a member moved down by the ceiling is commended all the same under the alternative", () => {
    const members = [
      { id: "a", record: { ...good, outstandingContribution: true }, votes: 2 },
      { id: "b", record: { ...good, outstandingContribution: true }, votes: 1 },
      { id: "c", record: good },
    ];
    const decision = evaluationCohort({ members });
    expect(decision.outcome.results.find((r) => r.id === "b")).toMatchObject({ movedDown: true, handling: ["affirm"] });
    expect(decision.ambiguities.map((a) => a.interpretation)).toContain("Q37.commendation-basis");
    const everyone = evaluationCohort({ members }, { interpretations: { "Q37.commendation-basis": "outstanding-performance" } });
    expect(everyone.outcome.results.find((r) => r.id === "b")).toMatchObject({ movedDown: true, handling: ["affirm", "commend"] });
    // The summary says so, so the two readings' conclusions read differently.
    expect(summaryOf(everyone).zh).toBe("优秀1名，合格2名，基本合格0名，不合格0名（1名因名额限制由优秀调为合格）；未评为优秀、表现突出给予表彰的1名");
    const other = decision.ambiguities.find((a) => a.interpretation === "Q37.commendation-basis")?.alternatives[0].outcome;
    expect(other && outcomeText("evaluationCohort", other)).toBe(summaryOf(everyone).zh);
  });

  it("counts, in its summary, the members who get no grade", () => {
    const decision = evaluationCohort({
      members: [
        { id: "a", record: good },
        { id: "b", record: { ...good, probationary: true } },
        { id: "c", record: { ...unpaidDues(6), probationary: true } },
        { id: "d", record: unpaidDues(6) },
      ],
    });
    expect(summaryOf(decision).zh).toBe("优秀0名，合格1名，基本合格0名，不合格0名；不评定等次的预备党员1名；取消预备党员资格1名；被认为是自行脱党1名");
  });

  it("keeps each member's appraisal as a step of its own decision, its facts named from the member's record", () => {
    const silent = { ...good, months: YEAR.map((m, i) => month(m, { contact: contact(i < 5) })) };
    const members = [
      { id: "b", record: { ...good, violation: "law" as const } },
      { id: "a", record: silent },
    ];
    const decision = evaluationCohort({ members });
    // One step per member, in id order, then the cohort's own.
    expect(decision.trace.map((s) => [s.check, s.citation, s.within?.rule, s.within?.at])).toEqual([
      ["within", "2.2.5", "evaluationGrade", "members[1].record"],
      ["within", "2.2.5", "evaluationGrade", "members[0].record"],
      ["excellent-ceiling", "appraisal-practice", undefined, undefined],
    ]);
    for (const [step, member] of [
      [decision.trace[0], members[1]],
      [decision.trace[1], members[0]],
    ] as const) {
      const alone = evaluationGrade(member?.record as AppraisalRecord);
      // Why the member got their grade: the appraisal's own reasoning, step for step.
      expect(step?.result).toEqual(alone.outcome);
      expect(step?.within?.trace).toEqual(alone.trace);
      expect(step && stepText(step, decision)).toBe(`流动党员评定等次及处理：${summaryOf(alone).zh}`);
      for (const citation of alone.citations) expect(decision.citations).toContain(citation);
    }
    expect(said(decision, "excellent-ceiling")?.zh).toBe("参评2人，以2人为基数（解释十九），优秀至多0人；按评定标准评为优秀0人，因名额限制调为合格0人");
    expectWellFormed(evaluationCohort, decision, { members });
    // The member's own reason, naming the member.
    expect(decision.ambiguities.map((a) => [a.interpretation, reasonText(a.reason), reasonText(a.reason, "en")])).toEqual([
      [
        "Q13.long-out-of-contact",
        "党员a：连续7个月未联系：以连续6个月为长期的，属长期不联系；以1年为长期的，不属长期不联系",
        "Member a: 7 consecutive months without contact: long if six months are long, not if a year is",
      ],
    ]);
    // Only the outcome, without a trace, is the same.
    expect(evaluationCohort.decideOutcome({ members })).toEqual(decision.outcome);
  });

  it("refuses repeated ids, naming the member", () => {
    expectInputIssue(
      () => evaluationCohort({ members: [{ id: "a", record: good }, { id: "a", record: good }] }),
      ["members", 1, "id"],
      "inconsistent",
    );
  });
});
