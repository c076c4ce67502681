import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import {
  DECISION_SCHEMA_VERSION,
  RuleInputError,
  decisionSchema,
  documentForAbsence,
  explain,
  type DocumentForAbsenceOptions,
  fromDayNumber,
  toDayNumber,
  validateInput,
} from "mobile-member-rules";
import { expectInputIssue } from "../support/expect-input.js";
import { demoLongAbsence } from "../support/demo-rule.js";
import { calendarDate } from "../support/arbitraries.js";

const StoredDecision = decisionSchema(z.json());

/** A real rule's decision, since a stored decision must be one of the library's rules. */
const away = (expectedReturn: string, options: DocumentForAbsenceOptions = {}) =>
  documentForAbsence({ departure: "2024-03-10", expectedReturn, placeFixed: true }, options);

const absence = fc
  .tuple(calendarDate, fc.integer({ min: 0, max: 400 }))
  .map(([departure, days]) => ({ departure, expectedReturn: fromDayNumber(toDayNumber(departure) + days) }));

describe("the decision model", () => {
  it("carries outcome, question, citations, trace and interpretations", () => {
    const decision = demoLongAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01" });
    expect(decision.schemaVersion).toBe(DECISION_SCHEMA_VERSION);
    expect(decision.outcome).toBe("six-months-or-more");
    expect(decision.citations).toEqual(["civil-code:202", "2.1.1", "civil-code:1259"]);
    expect(decision.trace.map((s) => s.check)).toEqual(["absence-length", "six-month-bound"]);
    expect(decision.interpretations).toEqual([
      { id: "Q2.month-measure", alternative: "calendar-months", isDefault: true },
      { id: "Q14.missing-corresponding-day", alternative: "last-day-of-month", isDefault: true },
    ]);
    expect(decision.ambiguous).toBe(false);
    expect(decision.override).toBeNull();
  });

  test.prop([absence])("is plain JSON: it survives a round trip and validates as a stored decision", (input) => {
    const decision = documentForAbsence({ ...input, placeFixed: true });
    const stored: unknown = JSON.parse(JSON.stringify(decision));
    expect(stored).toEqual(decision);
    expect(() => validateInput("test", StoredDecision, stored)).not.toThrow();
  });

  it("marks exactly six months as ambiguous, with the other outcome, and records the chosen reading", () => {
    const decision = demoLongAbsence({ departure: "2024-03-10", expectedReturn: "2024-09-10" });
    expect(decision.ambiguous).toBe(true);
    expect(decision.ambiguities).toEqual([
      {
        interpretation: "Q1.six-month-boundary",
        applied: "exactly-six-months-is-at-least",
        reason: { zh: "恰好6个月", en: "exactly 6 months" },
        alternatives: [
          {
            alternative: "exactly-six-months-is-within",
            outcome: "within-six-months",
            summary: { zh: "外出6个月以内", en: "away within 6 months" },
          },
        ],
      },
    ]);
    const flipped = demoLongAbsence(
      { departure: "2024-03-10", expectedReturn: "2024-09-10" },
      { interpretations: { "Q1.six-month-boundary": "exactly-six-months-is-within" } },
    );
    expect(flipped.outcome).toBe("within-six-months");
    expect(flipped.interpretations).toContainEqual({
      id: "Q1.six-month-boundary",
      alternative: "exactly-six-months-is-within",
      isDefault: false,
    });
  });

  it("applies a documented override, keeping the rule's own outcome and the reason in the trace", () => {
    const decision = demoLongAbsence(
      { departure: "2024-03-10", expectedReturn: "2024-12-01" },
      { override: { outcome: "within-six-months", reason: "支部会议决定：借调期间保留原关系" } },
    );
    expect(decision.outcome).toBe("within-six-months");
    expect(decision.override).toEqual({
      ruleOutcome: "six-months-or-more",
      ruleSummary: { zh: "外出6个月以上", en: "away 6 months or more" },
      reason: "支部会议决定：借调期间保留原关系",
    });
    const last = decision.trace.at(-1);
    expect(last?.check).toBe("documented-override");
    expect(last?.text.zh).toContain("支部会议决定");
    expect(decision.interpretations.map((i) => i.id)).toContain("Q5.generally-should-override");
  });

  it("refuses an override when Q5 is read as allowing none, and one without a reason", () => {
    expectInputIssue(
      () =>
        demoLongAbsence(
          { departure: "2024-03-10", expectedReturn: "2024-12-01" },
          {
            interpretations: { "Q5.generally-should-override": "no-override" },
            override: { outcome: "within-six-months", reason: "x" },
          },
        ),
      ["options", "override"],
      "inconsistent",
    );
    expect(() =>
      demoLongAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01" }, { override: { outcome: "within-six-months" } }),
    ).toThrow(RuleInputError);
  });

  it("refuses a stored decision that is not one", () => {
    const good = away("2024-09-10");
    const broken: unknown[] = [
      { ...good, schemaVersion: 2 },
      { ...good, citations: ["2.1.8"] },
      { ...good, citations: [] },
      { ...good, ambiguous: false },
      { ...good, interpretations: [{ id: "Q1.six-month-boundary", alternative: "calendar-months", isDefault: false }] },
      { ...good, extra: 1 },
      "not a decision",
    ];
    for (const value of broken) {
      expect(() => validateInput("test", StoredDecision, value)).toThrow(RuleInputError);
    }
  });

  it("says where a stored decision's readings or ambiguity disagree", () => {
    const good = away("2024-09-10");
    const [ambiguity] = good.ambiguities;
    expect(ambiguity).toBeDefined();
    const store = (value: unknown) => () => validateInput("test", StoredDecision, value);
    const q1 = good.interpretations.findIndex((i) => i.id === "Q1.six-month-boundary");
    const readings = good.interpretations.map((i, index) => (index === q1 ? { ...i, alternative: "calendar-months" } : i));
    expectInputIssue(store({ ...good, interpretations: readings }), ["interpretations", q1, "alternative"], "invalid-value");
    expectInputIssue(store({ ...good, ambiguous: false }), ["ambiguous"], "inconsistent");
    expectInputIssue(store({ ...good, ambiguous: true, ambiguities: [] }), ["ambiguous"], "inconsistent");
    expectInputIssue(store({ ...good, ambiguities: [{ ...ambiguity, applied: "nonsense" }] }), ["ambiguities", 0, "applied"], "inconsistent");
    const alternatives = ambiguity?.alternatives.map((a) => ({ ...a, alternative: "nonsense" }));
    expectInputIssue(store({ ...good, ambiguities: [{ ...ambiguity, alternatives }] }), ["ambiguities", 0, "alternatives", 0, "alternative"], "invalid-value");
  });
});

describe("explain", () => {
  it("tells the decision in Chinese: question, outcome, grounds, steps with their clauses", () => {
    const text = explain(away("2024-09-10"));
    expect(text).toContain("问题：党员外出，应当开具或持有何种证明？");
    expect(text).toContain("结论：开具组织关系介绍信");
    expect(text).toContain("依据：《实施意见》二（一）1；《民法典》第二百零二条；《民法典》第一千二百五十九条；");
    expect(text).toContain("1. [二（一）1] 外出地点或工作单位相对固定：是");
    expect(text).toContain("2. [《民法典》第二百零二条] 自 2024-03-10 外出（当日不计入），6个月期间至 2024-09-10 届满");
    expect(text).toContain("Q1.six-month-boundary (默认)：恰好6个月属于“6个月以上”：开具组织关系介绍信。");
    expect(text).toContain("结论为：开具党员证明信");
  });

  it("tells it in English on request, and quotes the clauses when asked", () => {
    const decision = away("2024-12-01");
    const text = explain(decision, { locale: "en", quoteClauses: true });
    expect(text).toContain("Outcome: issue an organizational-relationship transfer letter");
    expect(text).toContain("Opinion 二（一）1 (2.1.1)");
    expect(text).toContain("Interpretations applied: ");
    expect(text).toContain("Where the member's place of absence or workplace is relatively fixed");
    expect(explain(decision, { locale: "en" })).not.toContain("Where the member's place");
  });

  it("lists interpretations under their heading, says 无 when there are none, and the ambiguity only when there is one", () => {
    const ambiguous = explain(away("2024-09-10")).split("\n");
    const plain = away("2024-12-01");
    expect(ambiguous.some((line) => line.startsWith("存在歧义"))).toBe(true);
    expect(explain(plain).split("\n").some((line) => line.startsWith("存在歧义"))).toBe(false);
    const heading = (lines: string[]) => lines.find((line) => line.startsWith("适用的解释"));
    expect(heading(ambiguous)).toBe("适用的解释：");
    const none = { ...plain, interpretations: [] };
    expect(heading(explain(none).split("\n"))).toBe("适用的解释：无");
    expect(explain(none, { locale: "en" })).toContain("Interpretations applied: none");
    const english = explain(plain, { locale: "en", quoteClauses: true }).split("\n");
    expect(english[0]).toBe("Rule: documentForAbsence");
    expect(english.find((line) => line.startsWith("Grounds"))).toContain("Opinion 二（一）1 (2.1.1); ");
    expect(english).toContain("  Opinion 二（一）1 (2.1.1): 1. Where the member's place of absence or workplace is relatively fixed and the absence is 6 months or more, an organizational-relationship transfer letter should generally be issued; where the absence is within 6 months, a Party membership certificate letter should generally be issued; where the place and time of absence are uncertain [外出地点、时间: the text does not say whether one of the two suffices; see interpretation Q3], the member should generally carry a Mobile Party Member Activity Card.");
    const chinese = explain(plain, { quoteClauses: true }).split("\n");
    expect(chinese.some((line) => line.startsWith("  《实施意见》二（一）1：1、党员外出地点或工作单位相对固定"))).toBe(true);
  });

  it("shows an override and its reason", () => {
    const decision = away("2024-12-01", { override: { outcome: "certificate-letter", reason: "借调" } });
    expect(explain(decision)).toContain("按例外处理：规则本身的结论为“开具组织关系介绍信”；理由：借调");
  });

  it("refuses what is not a decision, and unknown options, with the typed error", () => {
    expect(() => explain({ rule: "x" } as never)).toThrow(RuleInputError);
    const decision = away("2024-12-01");
    expect(() => explain(decision, { locale: "fr" } as never)).toThrow(RuleInputError);
  });
});
