import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import ICAL from "ical.js";
import {
  DUTIES,
  ICALENDAR_PROPERTIES,
  SCHEDULE_PARTY_NAMES,
  OBLIGATION_KINDS,
  addCalendarMonths,
  reportingSchedule,
  scheduleToICalendar,
  toDayNumber,
  type Decision,
  type JsonValue,
  type Obligation,
  type ScheduleFacts,
  type TraceStep,
} from "mobile-member-rules";
import { outcomeText, stepText } from "../../src/decision/render.js";
import { DUTY_TEXTS } from "../../src/locales/names.js";
import { calendarDate, underEachTimeZone } from "../support/arbitraries.js";
import { expectInputIssue, expectRefusal } from "../support/expect-input.js";
import { deepFreeze, plusDays, scheduleFacts, snapshot } from "../support/rule-arbitraries.js";

const fourteenMonths: ScheduleFacts = {
  departure: "2024-08-31",
  backOn: "2025-10-31",
  document: "activity-card",
  departmentConcentrated: true,
  period: { from: "2024-08-01", before: "2026-01-01" },
  asOf: "2025-03-15",
  done: [
    { kind: "departure-briefing", on: "2024-08-25" },
    { kind: "member-report", on: "2025-02-20" },
  ],
};

const readings = fc.record({
  "Q7.report-due-dates": fc.constantFrom("end-of-period" as const, "end-of-following-month" as const),
  "Q20.prompt-deadline": fc.constantFrom("one-month" as const, "fifteen-days" as const),
  "Q14.missing-corresponding-day": fc.constantFrom("last-day-of-month" as const, "first-day-of-next-month" as const),
  "Q21.member-report-sequence": fc.constantFrom("anchored-on-departure" as const, "chained-on-due-dates" as const, "from-last-report" as const),
  "Q28.card-review-year": fc.constantFrom("calendar-year" as const, "year-from-issue" as const),
});

const duesOf = (obligations: readonly Obligation[], kind: Obligation["kind"]) =>
  obligations.filter((o) => o.kind === kind).map((o) => o.due);

/** A step of a decision in Chinese and in English, as the catalogs say it. */
const said = (step: TraceStep | undefined, decision: Decision<JsonValue>) =>
  step === undefined ? undefined : { zh: stepText(step, decision, "zh-CN"), en: stepText(step, decision, "en") };

/** The decision's outcome in Chinese and in English. */
const summaryOf = (decision: Decision<JsonValue>) => ({
  zh: outcomeText(decision.rule, decision.outcome, "zh-CN"),
  en: outcomeText(decision.rule, decision.outcome, "en"),
});

/**
 * What every decision promises, for this rule: it survives JSON unchanged and its outcome
 * validates; each clause, interpretation and contested point once; every step's sentence
 * said in both languages, its clause among the citations; and a fact a step quotes under a
 * path of the input is the value the input holds there.
 */
function expectWellFormedSchedule(decision: Decision<JsonValue>, input: unknown): void {
  expect(reportingSchedule.outcome.safeParse(decision.outcome).success).toBe(true);
  expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  expect(new Set(decision.citations).size).toBe(decision.citations.length);
  expect(new Set(decision.interpretations.map((i) => i.id)).size).toBe(decision.interpretations.length);
  expect(new Set(decision.ambiguities.map((a) => a.interpretation)).size).toBe(decision.ambiguities.length);
  expect(summaryOf(decision).zh).not.toBe("");
  expect(summaryOf(decision).en).not.toBe("");
  for (const step of decision.trace) {
    const text = said(step, decision);
    expect(text?.zh, step.check).toMatch(/\p{Script=Han}/u);
    expect(text?.en, step.check).toMatch(/[a-z]/);
    expect(decision.citations).toContain(step.citation);
    for (const [path, value] of Object.entries(step.facts ?? {})) {
      let source: unknown = input;
      let found = true;
      for (const key of path.split(".")) {
        if (source === null || typeof source !== "object" || !Object.hasOwn(source, key)) {
          found = false;
          break;
        }
        source = (source as Record<string, unknown>)[key];
      }
      if (found) expect(value, `${step.check}: ${path}`).toEqual(source);
    }
  }
}

// Decided inside each test, not once per describe: a mutation run credits a test only with
// the code that runs while it runs.
const fourteenMonthsDecision = () => reportingSchedule(fourteenMonths);

describe("reportingSchedule: a member away fourteen months from 31 August", () => {
  it("lists the member's reports 6, 12 … months from the departure, so a month end does not pull later dates earlier (Q21)", () => {
    const decision = fourteenMonthsDecision();
    expect(duesOf(decision.outcome.obligations, "member-report")).toEqual(["2025-02-28", "2025-08-31"]);
    expect(decision.interpretations).toContainEqual({ id: "Q21.member-report-sequence", alternative: "anchored-on-departure", isDefault: true });
  });

  it("under Q21's alternatives: chained on the due dates (drifting to 28 August), or from the report last made", () => {
    const chained = reportingSchedule(fourteenMonths, { interpretations: { "Q21.member-report-sequence": "chained-on-due-dates" } });
    expect(duesOf(chained.outcome.obligations, "member-report")).toEqual(["2025-02-28", "2025-08-28"]);
    const fromReport = reportingSchedule(fourteenMonths, { interpretations: { "Q21.member-report-sequence": "from-last-report" } });
    expect(duesOf(fromReport.outcome.obligations, "member-report")).toEqual(["2025-02-28", "2025-08-20"]);
    // Q21 arises only where the periods run from the departure.
    const halfYears = reportingSchedule(fourteenMonths, { interpretations: { "Q8.member-report-anchor": "calendar-half-years" } });
    expect(halfYears.interpretations.map((i) => i.id)).not.toContain("Q21.member-report-sequence");
  });

  it("lists the briefing, the card's verification and yearly review, the organizations' reports and checks, and the return visit", () => {
    const { obligations } = fourteenMonthsDecision().outcome;
    expect(duesOf(obligations, "departure-briefing")).toEqual(["2024-08-31"]);
    expect(duesOf(obligations, "card-verification")).toEqual(["2024-09-30"]);
    // Q28: each calendar year the card is held, the year of return on the return.
    expect(duesOf(obligations, "card-annual-review")).toEqual(["2024-12-31", "2025-10-31"]);
    expect(duesOf(obligations, "branch-half-year-report")).toEqual(["2024-12-31", "2025-06-30", "2025-12-31"]);
    expect(duesOf(obligations, "organ-committee-year-end-report")).toEqual(["2024-12-31", "2025-12-31"]);
    expect(duesOf(obligations, "department-year-end-work-report")).toEqual(["2024-12-31", "2025-12-31"]);
    expect(duesOf(obligations, "working-committee-spot-check")).toEqual(["2024-12-31", "2025-12-31"]);
    expect(duesOf(obligations, "return-visit")).toEqual(["2025-11-30"]);
  });

  it("marks what was done as met, what is past due as overdue, and the rest as pending", () => {
    const { obligations } = fourteenMonthsDecision().outcome;
    const status = (id: string) => obligations.find((o) => o.id === id);
    expect(status("departure-briefing:2024-08-31")).toMatchObject({ status: "met", metOn: "2024-08-25", late: false });
    expect(status("member-report:2025-02-28")).toMatchObject({ status: "met", metOn: "2025-02-20" });
    expect(status("card-verification:2024-09-30")?.status).toBe("overdue");
    expect(status("member-report:2025-08-31")?.status).toBe("pending");
  });

  it("cites each obligation's clause and explains in Chinese", () => {
    const decision = fourteenMonthsDecision();
    expect(decision.citations).toEqual(expect.arrayContaining(["2.2.2", "2.1.2", "2.2.4", "2.1.7", "3.3", "3.2.3"]));
    expect(decision.trace.map((step) => said(step, decision)?.zh).join("\n")).toContain(
      "自外出之日起每满6个月，至返回为止（解释八、解释二十一）：2025年2月28日、2025年8月31日",
    );
  });

  it("counts a late report against the overdue period first", () => {
    const late = reportingSchedule({ ...fourteenMonths, asOf: "2025-09-10", done: [{ kind: "member-report", on: "2025-03-10" }] });
    expect(late.outcome.obligations.find((o) => o.id === "member-report:2025-02-28")).toMatchObject({
      status: "met",
      late: true,
    });
    expect(late.outcome.obligations.find((o) => o.id === "member-report:2025-08-31")?.status).toBe("overdue");
  });

  it("follows calendar half-years under Q8's alternative, and the following month's end under Q7's", () => {
    const halfYears = reportingSchedule(fourteenMonths, { interpretations: { "Q8.member-report-anchor": "calendar-half-years" } });
    expect(duesOf(halfYears.outcome.obligations, "member-report")).toEqual(["2024-12-31", "2025-06-30"]);
    const lagged = reportingSchedule(fourteenMonths, { interpretations: { "Q7.report-due-dates": "end-of-following-month" } });
    expect(duesOf(lagged.outcome.obligations, "branch-half-year-report")).toEqual(["2025-01-31", "2025-07-31"]);
  });

  it("refuses contradictions: a record after asOf, a return before the departure, an empty period", () => {
    expectInputIssue(() => reportingSchedule({ ...fourteenMonths, done: [{ kind: "member-report", on: "2025-04-01" }] }), ["done", 0, "on"], "inconsistent");
    // The Chinese says it in words, with no field name in it.
    const [late] = expectRefusal(() => reportingSchedule({ ...fourteenMonths, done: [{ kind: "member-report", on: "2025-04-01" }] })).issues;
    expect(late?.message.zh).toBe("记录日期晚于查询日期");
    expectInputIssue(() => reportingSchedule({ ...fourteenMonths, backOn: "2024-08-30" }), ["backOn"], "inconsistent");
    expectInputIssue(
      () => reportingSchedule({ ...fourteenMonths, period: { from: "2025-01-01", before: "2025-01-01" } }),
      ["period", "before"],
      "inconsistent",
    );
    expectInputIssue(() => reportingSchedule({ ...fourteenMonths, done: [{ kind: "report" as never, on: "2025-01-01" }] }), ["done", 0, "kind"], "invalid-value");
  });
});

describe("reportingSchedule: the duties with no date (二（一）7, 三（二）3, 三（三）)", () => {
  const scheduleDuties = [
    "enter-in-information-base",
    "record-in-outgoing-register",
    "record-in-incoming-register",
    "visit-family-during-absence",
    "visit-incoming-member",
    "inspect-and-solve-problems",
    "hold-neglect-to-account",
  ];

  it("returns the information base, the two registers, the visits and the accountability of organizations, each with its bearer and clause", () => {
    const decision = fourteenMonthsDecision();
    expect(decision.outcome.duties).toEqual(scheduleDuties);
    expect(DUTIES["enter-in-information-base"]).toMatchObject({ bearer: "outflow-primary-org", clause: "2.1.7" });
    expect(DUTIES["record-in-outgoing-register"]).toMatchObject({ bearer: "outflow-primary-org", clause: "2.1.7" });
    expect(DUTIES["record-in-incoming-register"]).toMatchObject({ bearer: "inflow-primary-org", clause: "2.1.7" });
    expect(DUTIES["visit-family-during-absence"]).toMatchObject({ bearer: "outflow-org", clause: "3.2.3" });
    expect(DUTIES["visit-incoming-member"]).toMatchObject({ bearer: "inflow-org", clause: "3.2.3" });
    expect(DUTIES["inspect-and-solve-problems"]).toMatchObject({ bearer: "party-orgs-at-every-level", clause: "3.3" });
    expect(DUTIES["hold-neglect-to-account"]).toMatchObject({ bearer: "party-orgs-at-every-level", clause: "3.3" });
    expect(DUTY_TEXTS["record-in-outgoing-register"].zh).toContain("《外出党员登记簿》");
    expect(DUTY_TEXTS["record-in-incoming-register"].zh).toContain("《外来党员登记簿》");
    expect(DUTY_TEXTS["hold-neglect-to-account"].zh).toBe("对工作中不负责任、推诿扯皮的，给予教育帮助；情节严重的，作出必要的组织处理");
  });

  it("says them in one step after the dated obligations, citing every clause that sets them and naming each duty's clause", () => {
    const decision = fourteenMonthsDecision();
    const { trace } = decision;
    const dutySteps = trace.filter((s) => s.check === "duties");
    expect(dutySteps.map((s) => [s.check, s.citation, s.result])).toEqual([
      [
        "duties",
        "2.1.7",
        [
          "enter-in-information-base",
          "record-in-outgoing-register",
          "record-in-incoming-register",
          "visit-family-during-absence",
          "visit-incoming-member",
          "inspect-and-solve-problems",
          "hold-neglect-to-account",
        ],
      ],
    ]);
    expect(decision.citations).toEqual(expect.arrayContaining(["2.1.7", "3.2.3", "3.3"]));
    const zh = said(dutySteps[0], decision)?.zh;
    expect(zh).toContain("依二（一）7，流出地基层党组织在党内基本信息库中录入流动党员的基本情况，实行动态管理");
    expect(zh).toContain("依三（二）3，");
    expect(zh).toContain("依三（三），");
    expect(trace.at(-1)).toMatchObject({ check: "duties", citation: "2.1.7" });
  });

  it("when an organization's obligation is overdue, recalls 三（三）'s accountability without finding anyone at fault", () => {
    const decision = fourteenMonthsDecision();
    const step = decision.trace.find((s) => s.check === "organization-obligations-overdue");
    expect(step).toMatchObject({ citation: "3.3", facts: { asOf: "2025-03-15" } });
    expect(step?.result).toEqual(["card-verification:2024-09-30", "card-annual-review:2024-12-31", "branch-half-year-report:2024-12-31", "organ-committee-year-end-report:2024-12-31", "department-year-end-work-report:2024-12-31", "working-committee-spot-check:2024-12-31"]);
    expect(said(step, decision)?.zh).toContain("是否属于不负责任、推诿扯皮，由党组织认定");
    // The member's own overdue report is 二（二）4's and 二（一）2's business, not this step's.
    const memberOnly = reportingSchedule({ ...fourteenMonths, asOf: "2025-03-01", period: { from: "2025-01-01", before: "2025-06-01" }, done: [] });
    expect(memberOnly.outcome.obligations.filter((o) => o.status === "overdue").map((o) => o.kind)).toEqual(["member-report"]);
    expect(memberOnly.trace.some((s) => s.check === "organization-obligations-overdue")).toBe(false);
  });
});

describe("reportingSchedule: invariants", () => {
  test.prop([scheduleFacts, readings])("sorted by due date, within the period, every obligation citing its clause", (facts, interpretations) => {
    const decision = reportingSchedule(facts, { interpretations });
    expectWellFormedSchedule(decision, facts);
    const { obligations } = decision.outcome;
    const days = obligations.map((o) => toDayNumber(o.due));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const o of obligations) {
      expect(o.due >= facts.period.from && o.due < facts.period.before).toBe(true);
      expect(o.clause.length).toBeGreaterThan(0);
    }
    expect(new Set(obligations.map((o) => o.id)).size).toBe(obligations.length);
  });

  test.prop([scheduleFacts, readings])("each member report six months after what Q21 counts from: the departure, the last due date, or the last report", (facts, interpretations) => {
    const missingDay = interpretations["Q14.missing-corresponding-day"];
    const sequence = interpretations["Q21.member-report-sequence"];
    const whole = { ...facts, period: { from: facts.departure, before: plusDays(facts.departure, 1000) } };
    const reports = reportingSchedule(whole, { interpretations }).outcome.obligations.filter((o) => o.kind === "member-report");
    let previous: Obligation | undefined;
    reports.forEach((report, i) => {
      const from = sequence === "anchored-on-departure" || previous === undefined ? facts.departure : sequence === "from-last-report" ? (previous.metOn ?? previous.due) : previous.due;
      const months = sequence === "anchored-on-departure" ? 6 * (i + 1) : 6;
      const expected = addCalendarMonths(from, months, { missingDay }).date;
      // Two starts whose six months end on one month end: the later date is the next day.
      expect(report.due).toBe(previous !== undefined && expected <= previous.due ? plusDays(previous.due, 1) : expected);
      previous = report;
    });
  });

  test.prop([scheduleFacts, readings, fc.uniqueArray(fc.integer({ min: -30, max: 1200 }), { maxLength: 60 })])(
    "under Q34's alternative no date falls on a holiday given, but the departure's and the return's own days; still sorted and one id each",
    (facts, interpretations, offsets) => {
      const holidays = offsets.map((o) => plusDays(facts.departure, o));
      const decision = reportingSchedule({ ...facts, holidays }, { interpretations: { ...interpretations, "Q34.holiday-last-day": "extend-past-holidays" } });
      const { obligations } = decision.outcome;
      for (const o of obligations) {
        if (o.kind === "departure-briefing" || o.due === facts.backOn) continue;
        expect(holidays).not.toContain(o.due);
      }
      expect(new Set(obligations.map((o) => o.id)).size).toBe(obligations.length);
      const days = obligations.map((o) => toDayNumber(o.due));
      expect(days).toEqual([...days].sort((a, b) => a - b));
      if (facts.backOn !== null) {
        for (const o of obligations) if (o.scope === "member" && o.kind !== "return-visit") expect(o.due <= facts.backOn).toBe(true);
      }
    },
  );

  test.prop([scheduleFacts, readings])("nothing about the member falls after the return but the return visit", (facts, interpretations) => {
    fc.pre(facts.backOn !== null);
    for (const o of reportingSchedule(facts, { interpretations }).outcome.obligations) {
      if (o.scope === "member" && o.kind !== "return-visit") expect(o.due <= (facts.backOn ?? "")).toBe(true);
    }
  });

  test.prop([scheduleFacts, readings, fc.integer({ min: 1, max: 899 })])(
    "the schedule for [a, c) is the schedules for [a, b) and [b, c) together",
    (facts, interpretations, split) => {
      const { from, before } = facts.period;
      const b = plusDays(from, split);
      fc.pre(b < before);
      const whole = reportingSchedule(facts, { interpretations }).outcome.obligations;
      const first = reportingSchedule({ ...facts, period: { from, before: b } }, { interpretations }).outcome.obligations;
      const second = reportingSchedule({ ...facts, period: { from: b, before } }, { interpretations }).outcome.obligations;
      expect([...first, ...second]).toEqual(whole);
    },
  );

  test.prop([scheduleFacts, readings])("determinism and purity: frozen inputs, every time zone alike", (facts, interpretations) => {
    const frozen = deepFreeze(snapshot(facts));
    const results = underEachTimeZone(() => reportingSchedule(frozen, deepFreeze({ interpretations: snapshot(interpretations) })));
    for (const result of results) expect(result).toEqual(results[0]);
  });
});

/** Reads an iCalendar text back with ical.js into the fields an obligation carries. */
function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((event) => {
    const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
    const metOn = event.getFirstPropertyValue(ICALENDAR_PROPERTIES.metOn.toLowerCase());
    return {
      id: String(event.getFirstPropertyValue("uid")).replace(/@mobile-member-rules$/, ""),
      due: start.toString(),
      allDay: start.isDate,
      kind: event.getFirstPropertyValue(ICALENDAR_PROPERTIES.kind.toLowerCase()),
      clause: event.getFirstPropertyValue(ICALENDAR_PROPERTIES.clause.toLowerCase()),
      status: event.getFirstPropertyValue(ICALENDAR_PROPERTIES.status.toLowerCase()),
      metOn: metOn === null ? null : String(metOn),
      end: (event.getFirstPropertyValue("dtend") as ICAL.Time).toString(),
      summary: String(event.getFirstPropertyValue("summary")),
      description: String(event.getFirstPropertyValue("description")),
    };
  });
}

describe("reportingSchedule: statuses, steps and summary, read a second time", () => {
  test.prop([scheduleFacts, readings])("met when a record matched, else overdue after the due day, else pending; late when met after it", (facts, interpretations) => {
    for (const o of reportingSchedule(facts, { interpretations }).outcome.obligations) {
      expect(o.status).toBe(o.metOn !== null ? "met" : facts.asOf > o.due ? "overdue" : "pending");
      expect(o.late).toBe(o.metOn !== null && o.metOn > o.due);
      if (o.metOn !== null) {
        expect(o.metOn <= facts.asOf).toBe(true);
        expect(facts.done).toContainEqual({ kind: o.kind, on: o.metOn });
      }
      expect(o.id).toBe(`${o.kind}:${o.due}`);
    }
  });

  test.prop([scheduleFacts, readings])("each record serves one obligation at most, and obligations due the same day keep the kinds' order", (facts, interpretations) => {
    const { obligations } = reportingSchedule(facts, { interpretations }).outcome;
    for (const kind of OBLIGATION_KINDS) {
      const used = obligations.filter((o) => o.kind === kind && o.metOn !== null).map((o) => o.metOn);
      const records = facts.done.filter((r) => r.kind === kind).map((r) => r.on);
      for (const on of new Set(used)) expect(used.filter((u) => u === on).length).toBeLessThanOrEqual(records.filter((r) => r === on).length);
    }
    obligations.forEach((o, i) => {
      const next = obligations[i + 1];
      if (next !== undefined && next.due === o.due) expect(OBLIGATION_KINDS.indexOf(next.kind)).toBeGreaterThan(OBLIGATION_KINDS.indexOf(o.kind));
    });
  });

  test.prop([scheduleFacts, readings])("one step per kind due, in the kinds' order, with its dates and counts; the summary counts what is overdue", (facts, interpretations) => {
    const decision = reportingSchedule(facts, { interpretations });
    const { obligations } = decision.outcome;
    const yearEnds = obligations.some((o) => o.kind === "organ-committee-year-end-report");
    const kinds = OBLIGATION_KINDS.flatMap((kind) => [
      ...(kind === "working-committee-spot-check" && !facts.departmentConcentrated && yearEnds ? ["department-not-concentrated"] : []),
      ...(obligations.some((o) => o.kind === kind) ? [kind] : []),
    ]);
    const overdueOfOrganizations = obligations.filter((o) => o.status === "overdue" && o.owedBy !== "member").map((o) => o.id);
    // The duties' step, named here by its clause.
    expect(decision.trace.map((s) => (s.check === "duties" ? `duties@${s.citation}` : s.check))).toEqual([
      ...(kinds.length > 0 ? kinds : ["nothing-due"]),
      ...(overdueOfOrganizations.length > 0 ? ["organization-obligations-overdue"] : []),
      "duties@2.1.7",
    ]);
    expect(obligations.some((o) => o.kind === "working-committee-spot-check")).toBe(facts.departmentConcentrated && yearEnds);
    expect(decision.outcome.duties.map((id) => DUTIES[id].clause)).toEqual(["2.1.7", "2.1.7", "2.1.7", "3.2.3", "3.2.3", "3.3", "3.3"]);
    for (const step of decision.trace) {
      if (step.check === "duties") continue;
      if (step.check === "organization-obligations-overdue") {
        expect(step).toMatchObject({ citation: "3.3", facts: { asOf: facts.asOf }, result: overdueOfOrganizations });
        continue;
      }
      const ofKind = obligations.filter((o) => o.kind === step.check);
      if (step.check === "nothing-due") {
        expect(step.facts).toEqual({ from: facts.period.from, before: facts.period.before });
        continue;
      }
      if (step.check === "department-not-concentrated") {
        expect(step).toMatchObject({ citation: "3.3", facts: { departmentConcentrated: false }, result: false });
        continue;
      }
      expect(step.citation).toBe(ofKind[0]?.clause);
      expect(step.result).toEqual(ofKind.map((o) => o.due));
      // A step that read no input leaves its facts out.
      expect(step.facts).toEqual(
        step.check === "member-report" || step.check === "departure-briefing"
          ? { departure: facts.departure, backOn: facts.backOn }
          : step.check === "working-committee-spot-check"
            ? { departmentConcentrated: true }
            : undefined,
      );
      const n = (status: string) => ofKind.filter((o) => o.status === status).length;
      const zhDate = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
      const text = said(step, decision);
      expect(text?.zh).toContain(`${ofKind.map((o) => zhDate(o.due)).join("、")}（已履行${n("met")}项，未到期${n("pending")}项，逾期${n("overdue")}项）`);
      expect(text?.zh).not.toMatch(/\d{4}-\d{2}-\d{2}|[A-Za-z]/);
      expect(text?.en).toContain(`(met ${n("met")}, pending ${n("pending")}, overdue ${n("overdue")})`);
    }
    const overdue = obligations.filter((o) => o.status === "overdue").length;
    expect(summaryOf(decision).zh).toBe(
      obligations.length === 0 ? "此期间没有到期事项" : `共${obligations.length}项到期事项${overdue > 0 ? `，其中${overdue}项逾期` : ""}`,
    );
    expect(summaryOf(decision).en).toBe(`${obligations.length} obligations${overdue > 0 ? `, ${overdue} overdue` : ""}`);
  });
});

describe("reportingSchedule: the edges a branch secretary asks about", () => {
  const base: ScheduleFacts = {
    departure: "2024-06-30",
    backOn: null,
    document: "activity-card",
    departmentConcentrated: true,
    period: { from: "2024-01-01", before: "2026-01-01" },
    asOf: "2024-07-01",
    done: [],
  };
  const dues = (facts: Partial<ScheduleFacts>, kind: Obligation["kind"], options = {}) =>
    duesOf(reportingSchedule({ ...base, ...facts }, options).outcome.obligations, kind);

  it("is on time when done on the due day itself", () => {
    const onTheDay = reportingSchedule({ ...base, done: [{ kind: "departure-briefing", on: "2024-06-30" }] }).outcome.obligations;
    expect(onTheDay[0]).toMatchObject({ kind: "departure-briefing", status: "met", late: false });
  });

  it("accepts a return on the departure day and a record made on asOf", () => {
    expect(dues({ backOn: "2024-06-30" }, "return-visit")).toEqual(["2024-07-30"]);
    const done = reportingSchedule({ ...base, done: [{ kind: "departure-briefing", on: "2024-07-01" }] }).outcome.obligations;
    expect(done[0]).toMatchObject({ kind: "departure-briefing", status: "met", metOn: "2024-07-01", late: true });
  });

  it("verifies the card promptly after the departure: one month, fifteen days under Q20, or by the return if sooner", () => {
    expect(dues({}, "card-verification")).toEqual(["2024-07-30"]);
    expect(dues({}, "card-verification", { interpretations: { "Q20.prompt-deadline": "fifteen-days" } })).toEqual(["2024-07-15"]);
    expect(dues({ backOn: "2024-07-10" }, "card-verification")).toEqual(["2024-07-10"]);
    expect(dues({ backOn: "2024-07-10" }, "return-visit", { interpretations: { "Q20.prompt-deadline": "fifteen-days" } })).toEqual(["2024-07-25"]);
    expect(dues({ document: "transfer-letter" }, "card-verification")).toEqual([]);
    expect(dues({ document: "certificate-letter" }, "card-annual-review")).toEqual([]);
  });

  it("has the inflow branch file the verified card with its own superior organization, not the outflow organ Party committee (二（一）2)", () => {
    const card = reportingSchedule(base).outcome.obligations.find((o) => o.kind === "card-verification");
    expect(card).toMatchObject({ owedBy: "inflow-branch", owedTo: "inflow-superior-org" });
    expect(SCHEDULE_PARTY_NAMES["inflow-superior-org"].zh).toBe("流入地党支部的上级党组织");
    expect(DUTIES["verify-and-file-activity-card"]).toMatchObject({ bearer: "inflow-branch" });
    expect(DUTY_TEXTS["verify-and-file-activity-card"].en).toContain("its own superior Party organization");
  });

  it("does not count a record from before the card's window opens", () => {
    const early = reportingSchedule({ ...base, done: [{ kind: "card-verification", on: "2024-06-29" }] }).outcome.obligations;
    expect(early.find((o) => o.kind === "card-verification")?.status).toBe("pending");
    const onTime = reportingSchedule({ ...base, done: [{ kind: "card-verification", on: "2024-06-30" }] }).outcome.obligations;
    expect(onTime.find((o) => o.kind === "card-verification")?.status).toBe("met");
  });

  it("lists a half-year or a year when the member was away one day of it, and not otherwise", () => {
    expect(dues({}, "branch-half-year-report")).toEqual(["2024-06-30", "2024-12-31", "2025-06-30", "2025-12-31"]);
    expect(dues({ departure: "2024-07-01", asOf: "2024-07-01" }, "branch-half-year-report")[0]).toBe("2024-12-31");
    expect(dues({ backOn: "2025-01-01" }, "branch-half-year-report")).toEqual(["2024-06-30", "2024-12-31", "2025-06-30"]);
    expect(dues({ backOn: "2024-12-31" }, "branch-half-year-report")).toEqual(["2024-06-30", "2024-12-31"]);
    expect(dues({ departure: "2024-12-31", asOf: "2024-12-31" }, "organ-committee-year-end-report")).toEqual(["2024-12-31", "2025-12-31"]);
    expect(dues({ backOn: "2025-01-01" }, "working-committee-spot-check")).toEqual(["2024-12-31", "2025-12-31"]);
    expect(dues({ backOn: "2024-12-31" }, "working-committee-spot-check")).toEqual(["2024-12-31"]);
  });

  it("lists the Working Committee's spot check only where the department is one where mobile members are concentrated (三（三）)", () => {
    const elsewhere = reportingSchedule({ ...base, departmentConcentrated: false, asOf: "2025-01-05" });
    expect(duesOf(elsewhere.outcome.obligations, "working-committee-spot-check")).toEqual([]);
    const step = elsewhere.trace.find((s) => s.check === "department-not-concentrated");
    expect(step).toMatchObject({ citation: "3.3", facts: { departmentConcentrated: false }, result: false });
    expect(said(step, elsewhere)?.zh).toBe("本部门不属于流动党员比较集中的部门：区直机关工委每年一次的抽查，不列入本部门的日程");
    const concentrated = reportingSchedule({ ...base, asOf: "2025-01-05" });
    const checks = concentrated.outcome.obligations.filter((o) => o.kind === "working-committee-spot-check");
    expect(checks.map((o) => o.due)).toEqual(["2024-12-31", "2025-12-31"]);
    expect(checks[0]).toMatchObject({ scope: "organization", owedBy: "working-committee", owedTo: "departments", clause: "3.3", status: "overdue" });
    expect(checks[0]?.what.zh).toBe("区直机关工委每年对流动党员比较集中的部门进行一次抽查");
    expect(concentrated.trace.find((s) => s.check === "working-committee-spot-check")?.facts).toEqual({ departmentConcentrated: true });
    expect(concentrated.trace.some((s) => s.check === "department-not-concentrated")).toBe(false);
    // The finding is the Party organization's (Q11), read either way.
    for (const decision of [elsewhere, concentrated]) expect(decision.interpretations.map((i) => i.id)).toContain("Q11.caller-asserted-facts");
    // Nothing of a year-end falls in the period: nothing is said of the check either.
    const spring = reportingSchedule({ ...base, departmentConcentrated: false, period: { from: "2024-01-01", before: "2024-07-01" } });
    expect(spring.trace.some((s) => s.check === "department-not-concentrated")).toBe(false);
    expect(spring.interpretations.map((i) => i.id)).not.toContain("Q11.caller-asserted-facts");
  });

  it("lists both year-end reports: 二（一）7's basic particulars and 三（三）'s report on the work, up level by level", () => {
    const { obligations } = reportingSchedule({ ...base, asOf: "2025-01-05" }).outcome;
    const particulars = obligations.find((o) => o.kind === "organ-committee-year-end-report");
    expect(particulars).toMatchObject({ owedBy: "organ-party-committee", owedTo: "working-committee", clause: "2.1.7", due: "2024-12-31" });
    expect(particulars?.what.zh).toBe("机关党委年底向区直机关工委上报流动党员基本情况");
    const work = obligations.find((o) => o.kind === "department-year-end-work-report");
    expect(work).toMatchObject({ scope: "organization", owedBy: "department-organ-party-org", owedTo: "working-committee", clause: "3.3", due: "2024-12-31", status: "overdue" });
    expect(work?.what.zh).toBe("部门机关党组织年底逐级上报流动党员管理工作情况");
    expect(SCHEDULE_PARTY_NAMES["department-organ-party-org"].zh).toBe("部门机关党组织");
    // A record of the one report does not meet the other.
    const done = reportingSchedule({ ...base, asOf: "2025-01-05", done: [{ kind: "organ-committee-year-end-report", on: "2024-12-20" }] }).outcome.obligations;
    expect(done.find((o) => o.id === "department-year-end-work-report:2024-12-31")?.status).toBe("overdue");
    const lagged = reportingSchedule({ ...base, asOf: "2025-01-05" }, { interpretations: { "Q7.report-due-dates": "end-of-following-month" } });
    expect(duesOf(lagged.outcome.obligations, "department-year-end-work-report")).toEqual(["2025-01-31"]);
  });

  it("needs the department's concentration stated: it is a fact of the case, never assumed", () => {
    const { departmentConcentrated: _, ...silent } = base;
    expectInputIssue(() => reportingSchedule(silent as ScheduleFacts), ["departmentConcentrated"], "missing");
  });

  it("reviews the card in each calendar year it is held, by the year's end, and the year of return on the return (Q28)", () => {
    expect(dues({ backOn: "2024-12-31" }, "card-annual-review")).toEqual(["2024-12-31"]);
    expect(dues({ backOn: "2024-12-30" }, "card-annual-review")).toEqual(["2024-12-30"]);
    expect(dues({ backOn: "2025-03-10" }, "card-annual-review")).toEqual(["2024-12-31", "2025-03-10"]);
    // Issued on 20 December: reviewed on 31 December by calendar year, a year on from issue under Q28's alternative.
    const december = { departure: "2024-12-20", asOf: "2024-12-20", period: { from: "2024-12-01", before: "2027-01-01" } };
    expect(dues(december, "card-annual-review")).toEqual(["2024-12-31", "2025-12-31", "2026-12-31"]);
    const fromIssue = { interpretations: { "Q28.card-review-year": "year-from-issue" } } as const;
    expect(dues(december, "card-annual-review", fromIssue)).toEqual(["2025-12-20", "2026-12-20"]);
    expect(dues({ departure: "2024-08-31", asOf: "2024-08-31", backOn: "2025-09-01" }, "card-annual-review", fromIssue)).toEqual(["2025-08-31"]);
    // By the following month's end under Q7's alternative; a return before that date is the review's day.
    const lagged = { interpretations: { "Q7.report-due-dates": "end-of-following-month" } } as const;
    expect(dues({}, "card-annual-review", lagged)).toEqual(["2025-01-31"]);
    expect(dues({ backOn: "2025-01-10" }, "card-annual-review", lagged)).toEqual(["2025-01-10"]);
    // Only the card is reviewed, and Q28 is read only for it.
    const letter = reportingSchedule({ ...base, document: "certificate-letter" });
    expect(letter.interpretations.map((i) => i.id)).not.toContain("Q28.card-review-year");
    expect(reportingSchedule(base).interpretations.map((i) => i.id)).toContain("Q28.card-review-year");
    // The first review's window opens at the departure, not at the start of the year.
    const review = (on: string) =>
      reportingSchedule({ ...base, asOf: "2025-01-05", done: [{ kind: "card-annual-review", on }] }).outcome.obligations.find((o) => o.kind === "card-annual-review")?.status;
    expect(review("2024-06-29")).toBe("overdue");
    expect(review("2024-06-30")).toBe("met");
  });

  it("moves a last day that is a statutory holiday to the day after, only under Q34's alternative, and marks the decision ambiguous", () => {
    const extend = { interpretations: { "Q34.holiday-last-day": "extend-past-holidays" } } as const;
    const holidays = ["2024-12-30", "2024-12-31", "2025-01-01"];
    const decision = reportingSchedule({ ...base, asOf: "2024-12-20", holidays }, extend);
    expect(duesOf(decision.outcome.obligations, "member-report")).toEqual(["2025-01-02", "2025-06-30", "2025-12-30"]);
    expect(duesOf(decision.outcome.obligations, "organ-committee-year-end-report")).toEqual(["2025-01-02", "2025-12-31"]);
    expect(decision.ambiguous).toBe(true);
    expect(decision.ambiguities[0]?.interpretation).toBe("Q34.holiday-last-day");
    expect(duesOf(decision.ambiguities[0]?.alternatives[0]?.outcome.obligations ?? [], "member-report")[0]).toBe("2024-12-30");
    // Holidays that move no date in the period change nothing.
    const quiet = reportingSchedule({ ...base, asOf: "2024-12-20", holidays: ["2024-05-01"] }, extend);
    expect(quiet.ambiguous).toBe(false);
    // By default nothing moves, and Q34 says so.
    const plain = reportingSchedule({ ...base, asOf: "2024-12-20" });
    expect(plain.interpretations).toContainEqual({ id: "Q34.holiday-last-day", alternative: "no-extension", isDefault: true });
    expect(duesOf(plain.outcome.obligations, "member-report")[0]).toBe("2024-12-30");
  });

  it("needs the holidays with Q34's alternative, and takes them only with it", () => {
    const extend = { interpretations: { "Q34.holiday-last-day": "extend-past-holidays" } } as const;
    expectInputIssue(() => reportingSchedule(base, extend), ["holidays"], "missing");
    expectInputIssue(() => reportingSchedule({ ...base, holidays: ["2025-01-01"] }), ["holidays"], "inconsistent");
    expectInputIssue(() => reportingSchedule({ ...base, holidays: ["2025-02-30"] }, extend), ["holidays", 0], "invalid-date");
  });

  it("is pending, not overdue, on the due day itself", () => {
    expect(reportingSchedule({ ...base, asOf: "2024-07-30" }).outcome.obligations.find((o) => o.kind === "card-verification")?.status).toBe("pending");
    expect(reportingSchedule({ ...base, asOf: "2024-07-31" }).outcome.obligations.find((o) => o.kind === "card-verification")?.status).toBe("overdue");
  });

  it("opens each half-year's and year's window on its first day, and the return visit's on the return day", () => {
    const statusOf = (done: ScheduleFacts["done"], kind: Obligation["kind"], due: string, facts: Partial<ScheduleFacts> = {}) =>
      reportingSchedule({ ...base, asOf: "2025-01-05", ...facts, done }).outcome.obligations.find((o) => o.kind === kind && o.due === due)?.status;
    const branch = [{ kind: "branch-half-year-report" as const, on: "2024-06-15" }, { kind: "branch-half-year-report" as const, on: "2024-07-01" }];
    expect(statusOf(branch, "branch-half-year-report", "2024-12-31")).toBe("met");
    for (const kind of ["organ-committee-year-end-report", "department-year-end-work-report", "working-committee-spot-check", "card-annual-review"] as const) {
      const done = [{ kind, on: "2024-12-31" }, { kind, on: "2025-01-01" }];
      expect(statusOf(done, kind, "2025-12-31", { asOf: "2025-01-05" }), kind).toBe("met");
    }
    const back = { backOn: "2024-07-10", asOf: "2024-07-10" };
    expect(statusOf([{ kind: "return-visit", on: "2024-07-10" }], "return-visit", "2024-08-10", back) ?? "none").toBe("met");
  });

  it("does not depend on the order of the records", () => {
    const done: ScheduleFacts["done"] = [
      { kind: "member-report", on: "2025-06-01" },
      { kind: "member-report", on: "2024-12-01" },
      { kind: "branch-half-year-report", on: "2025-01-02" },
      { kind: "branch-half-year-report", on: "2024-06-20" },
    ];
    const facts = { ...base, asOf: "2025-07-01", done };
    // The decision records the input as given; all else is the same.
    const { input: reversedInput, ...reversed } = reportingSchedule({ ...facts, done: [...done].reverse() });
    const { input: givenInput, ...given } = reportingSchedule(facts);
    expect(reversed).toEqual(given);
    expect(reversedInput).toEqual({ ...facts, done: [...done].reverse() });
    expect(givenInput).toEqual(facts);
    expect(reportingSchedule(facts).outcome.obligations.find((o) => o.id === "member-report:2024-12-30")?.metOn).toBe("2024-12-01");
  });

  it("follows a month end that has no corresponding day by Q14's reading", () => {
    const facts = { ...base, departure: "2024-08-31", asOf: "2024-09-01" };
    expect(dues(facts, "member-report").slice(0, 1)).toEqual(["2025-02-28"]);
    expect(dues(facts, "member-report", { interpretations: { "Q14.missing-corresponding-day": "first-day-of-next-month" } }).slice(0, 1)).toEqual(["2025-03-01"]);
  });

  it("under calendar half-years: no report for a half-year that ended before the departure, one due on the return day", () => {
    const halfYears = { interpretations: { "Q8.member-report-anchor": "calendar-half-years" } } as const;
    expect(dues({ departure: "2024-07-15", asOf: "2024-07-15" }, "member-report", halfYears)[0]).toBe("2024-12-31");
    expect(dues({ backOn: "2024-12-31", asOf: "2024-12-31" }, "member-report", halfYears).at(-1)).toBe("2024-12-31");
  });

  it("dates each kind's step in English as well", () => {
    const decision = reportingSchedule({ ...base, asOf: "2025-01-05" });
    expect(said(decision.trace.find((s) => s.check === "branch-half-year-report"), decision)?.en).toContain("2024-06-30, 2024-12-31, 2025-06-30, 2025-12-31 (met 0, ");
  });

  it("ends the member's reports at the return: a report due on the return day is listed, one due after is not", () => {
    expect(dues({ backOn: "2024-12-30", asOf: "2024-12-30" }, "member-report")).toEqual(["2024-12-30"]);
    expect(dues({ backOn: "2024-12-29", asOf: "2024-12-29" }, "member-report")).toEqual([]);
    expect(dues({ asOf: "2024-12-30", period: { from: "2024-01-01", before: "2024-12-30" } }, "member-report")).toEqual([]);
    expect(dues({ asOf: "2024-12-30", period: { from: "2024-12-30", before: "2024-12-31" } }, "member-report")).toEqual(["2024-12-30"]);
  });
});

describe("the iCalendar export", () => {
  const exported = () => {
    const { obligations } = fourteenMonthsDecision().outcome;
    return { obligations, ics: scheduleToICalendar(obligations, { stampedOn: "2025-03-15" }) };
  };

  it("is RFC 5545 text: CRLF lines, none over 75 octets, one event per obligation", () => {
    const { obligations, ics } = exported();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const octets = (text: string) => new TextEncoder().encode(text).length;
    const lines = ics.split("\r\n");
    lines.forEach((line, i) => {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // Folded as late as possible: the next line's first character would not have fitted.
      const next = lines[i + 1];
      if (next?.startsWith(" ")) expect(octets(line) + octets([...next.slice(1)][0] ?? "")).toBeGreaterThan(75);
    });
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(obligations.length);
  });

  it("folds a long first line at exactly 75 octets", () => {
    const ics = scheduleToICalendar([], { stampedOn: "2025-03-15", name: "x".repeat(100) });
    const line = ics.split("\r\n").find((l) => l.startsWith("X-WR-CALNAME:"));
    expect(line).toHaveLength(75);
  });

  it("parses in ical.js and reads back every obligation, Chinese text included", () => {
    const { obligations, ics } = exported();
    const events = readBack(ics);
    expect(events.map((e) => e.id)).toEqual(obligations.map((o) => o.id));
    events.forEach((event, i) => {
      const o = obligations[i] as Obligation;
      expect(event).toMatchObject({ due: o.due, allDay: true, kind: o.kind, clause: o.clause, status: o.status, metOn: o.metOn });
      expect(event.summary).toContain(o.what.zh);
      expect(event.description).toContain(o.what.en);
      expect(event.end).toBe(plusDays(o.due, 1));
      const status = { met: "已履行", pending: "未到期", overdue: "逾期" }[o.status];
      expect(event.description).toContain(`状态：${status}${o.metOn === null ? "\n" : `（${o.metOn}${o.late ? "，逾期履行" : ""}）`}`);
    });
  });

  test.prop([scheduleFacts])("survives a round trip through a standard parser and its writer", (facts) => {
    const { obligations: list } = reportingSchedule(facts).outcome;
    const text = scheduleToICalendar(list, { stampedOn: facts.asOf, name: "测试, 日程; \\ 名称" });
    const once = readBack(text);
    const rewritten = new ICAL.Component(ICAL.parse(text)).toString();
    expect(readBack(rewritten)).toEqual(once);
    expect(once.map((e) => [e.id, e.due, e.kind, e.status, e.metOn])).toEqual(list.map((o) => [o.id, o.due, o.kind, o.status, o.metOn]));
    once.forEach((event, i) => {
      const o = list[i] as Obligation;
      expect(event.description).toContain(`${o.metOn === null ? "" : `（${o.metOn}${o.late ? "，逾期履行" : ""}）`}\n`);
    });
    // ical.js leaves an X- property's text escaped as written: backslash, semicolon and comma each escaped once.
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue("x-wr-calname")).toBe("测试\\, 日程\\; \\\\ 名称");
  });

  it("refuses obligations it did not make, and a missing stamp", () => {
    expectInputIssue(() => scheduleToICalendar([{ id: "x" } as never], { stampedOn: "2025-03-15" }), [0, "kind"], "missing");
    const { obligations } = exported();
    expectInputIssue(() => scheduleToICalendar(obligations, {} as never), ["stampedOn"], "missing");
  });
});
