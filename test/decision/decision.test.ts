import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import {
  DECISION_SCHEMA_VERSION,
  RULE_NAMES,
  RULE_TITLES,
  RuleInputError,
  citationLabel,
  decisionSchema,
  documentForAbsence,
  evaluationGrade,
  explain,
  outcomeText,
  reportingSchedule,
  reasonText,
  resolveReceivingOrg,
  stepText,
  type Decision,
  type DocumentForAbsenceOptions,
  type InterpretationId,
  type JsonValue,
  fromDayNumber,
  toDayNumber,
  validateInput,
} from "mobile-member-rules";
import { interpretationLabel } from "../../src/decision/explain.js";
import { expectInputIssue } from "../support/expect-input.js";
import { calendarDate } from "../support/arbitraries.js";

const StoredDecision = decisionSchema(z.json());

/** A real rule's decision, since a stored decision must be one of the library's rules. */
const away = (expectedReturn: string, options: DocumentForAbsenceOptions = {}) =>
  documentForAbsence({ departure: "2024-03-10", expectedReturn, placeFixed: true }, options);

const absence = fc
  .tuple(calendarDate, fc.integer({ min: 0, max: 400 }))
  .map(([departure, days]) => ({ departure, expectedReturn: fromDayNumber(toDayNumber(departure) + days) }));

describe("the decision model", () => {
  it("carries outcome, citations, trace, interpretations, and what it needs to be decided again", () => {
    const decision = away("2024-12-01");
    expect(decision.schemaVersion).toBe(DECISION_SCHEMA_VERSION);
    expect(decision.rule).toBe("documentForAbsence");
    expect(decision.outcome.document).toBe("transfer-letter");
    expect(decision.citations).toEqual(["2.1.1", "civil-code:202", "2.1.2", "1.2.2", "2.2.3", "3.1"]);
    expect(decision.trace.map((s) => s.check)).toEqual(["place-fixed", "absence-length", "document", "duties"]);
    expect(decision.interpretations).toEqual([
      { id: "Q2.month-measure", alternative: "calendar-months", isDefault: true },
      { id: "Q14.missing-corresponding-day", alternative: "last-day-of-month", isDefault: true },
    ]);
    expect(decision.ambiguous).toBe(false);
    expect(decision.override).toBeNull();
    expect(decision.input).toEqual({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true });
    expect(decision.options).toEqual({});
    expect(decision.library).toMatch(/^mobile-member-rules@\d+\.\d+\.\d+/u);
    expect(decision.fingerprints).toEqual({ opinion: expect.stringMatching(/^[0-9a-f]{16}$/u), interpretations: expect.stringMatching(/^[0-9a-f]{16}$/u) });
    // No sentence is stored: the words are the catalogs'.
    expect(JSON.stringify(decision)).not.toMatch(/\p{Script=Han}/u);
  });

  test.prop([absence])("is plain JSON: it survives a round trip and validates as a stored decision", (input) => {
    const decision = documentForAbsence({ ...input, placeFixed: true });
    const stored: unknown = JSON.parse(JSON.stringify(decision));
    expect(stored).toEqual(JSON.parse(JSON.stringify(decision)));
    expect(() => validateInput("test", StoredDecision, stored)).not.toThrow();
  });

  it("marks exactly six months as ambiguous, with the other outcome, and records the chosen reading", () => {
    const decision = away("2024-09-10");
    expect(decision.ambiguous).toBe(true);
    expect(decision.ambiguities).toEqual([
      {
        interpretation: "Q1.six-month-boundary",
        applied: "exactly-six-months-is-at-least",
        reason: { check: "reason.exactly-six-months" },
        alternatives: [{ alternative: "exactly-six-months-is-within", outcome: away("2024-06-01").outcome }],
      },
    ]);
    expect(reasonText(decision.ambiguities[0]!.reason)).toBe("外出恰好6个月：既是“6个月以上”，也是“6个月以内”");
    const flipped = away("2024-09-10", { interpretations: { "Q1.six-month-boundary": "exactly-six-months-is-within" } });
    expect(flipped.outcome.document).toBe("certificate-letter");
    expect(flipped.interpretations).toContainEqual({
      id: "Q1.six-month-boundary",
      alternative: "exactly-six-months-is-within",
      isDefault: false,
    });
  });

  it("applies a documented override, keeping the rule's own outcome and the reason in the trace", () => {
    const decision = away("2024-12-01", { override: { outcome: "certificate-letter", reason: "支部会议决定：借调期间保留原关系" } });
    expect(decision.outcome.document).toBe("certificate-letter");
    expect(decision.override).toEqual({ ruleOutcome: away("2024-12-01").outcome, reason: "支部会议决定：借调期间保留原关系" });
    const last = decision.trace.at(-1);
    expect(last?.check).toBe("documented-override");
    expect(last && stepText(last, decision)).toContain("支部会议决定");
    expect(decision.interpretations.map((i) => i.id)).toContain("Q5.generally-should-override");
  });

  it("refuses an override when Q5 is read as allowing none, and one without a reason", () => {
    expectInputIssue(
      () =>
        away("2024-12-01", {
          interpretations: { "Q5.generally-should-override": "no-override" },
          override: { outcome: "certificate-letter", reason: "x" },
        }),
      ["options", "override"],
      "inconsistent",
    );
    expect(() => away("2024-12-01", { override: { outcome: "certificate-letter" } } as never)).toThrow(RuleInputError);
  });

  it("refuses a stored decision that is not one", () => {
    const good = away("2024-09-10");
    const broken: unknown[] = [
      { ...good, schemaVersion: 3 },
      { ...good, trace: [{ ...good.trace[0], check: "no-such-step" }, ...good.trace.slice(1)] },
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

describe("outcomeText", () => {
  it("shows an outcome of another shape as it is stored, where the rule's words would give none", () => {
    // Found by the fuzz suite: a grade's status that is an object gave no words at all.
    const stored = { status: { polluted: true }, grade: "qualified" };
    expect(outcomeText("evaluationGrade", stored)).toBe(JSON.stringify(stored));
    expect(outcomeText("evaluationGrade", stored, "en")).toBe(JSON.stringify(stored));
    // Not a documentForAbsence outcome (which is the document with its duties): shown as given.
    expect(outcomeText("documentForAbsence", "activity-card")).toBe('"activity-card"');
    const decided = documentForAbsence({ departure: "2024-03-01", expectedReturn: "2024-05-01", placeFixed: true }).outcome;
    expect(outcomeText("documentForAbsence", decided)).not.toMatch(/undefined|^[{"]/u);
  });
});

describe("explain", () => {
  it("tells the decision in Chinese: the matter, question, outcome, grounds, steps with their clauses", () => {
    const text = explain(away("2024-09-10"));
    expect(text.split("\n")[0]).toBe("事项：外出党员所持证明");
    expect(text).toContain("问题：党员外出，应当开具或持有何种证明？");
    expect(text).toContain("结论：开具组织关系介绍信");
    expect(text).toContain("依据：《实施意见》二（一）1（主要依据）；《民法典》第二百零二条；《民法典》第一千二百五十九条；");
    expect(text).toContain("1. 〔二（一）1〕外出地点或工作单位相对固定：是");
    expect(text).toContain("2. 〔《民法典》第二百零二条〕2024年3月10日外出（当日不计入），6个月期间至2024年9月10日届满");
    expect(text).toContain("  - 解释一（默认理解）：恰好6个月属于“6个月以上”：开具组织关系介绍信。");
    expect(text).toContain("  - 解释一：外出恰好6个月");
    expect(text).toContain("    按另一种理解（恰好6个月属于“6个月以内”：开具党员证明信），结论为开具党员证明信");
  });

  it("names every rule in Chinese and English, the English keeping the function's name for developers", () => {
    expect(Object.keys(RULE_TITLES).sort()).toEqual([...RULE_NAMES].sort());
    for (const name of RULE_NAMES) {
      expect(RULE_TITLES[name].zh).toMatch(/^[\u4e00-\u9fff、]+$/u);
      expect(RULE_TITLES[name].en).not.toBe("");
    }
    expect(explain(away("2024-12-01"), { locale: "en" }).split("\n")[0]).toBe(
      "Rule: The document a member carries when going away (documentForAbsence)",
    );
  });

  it("names interpretations by their Chinese number", () => {
    expect(interpretationLabel("Q1.six-month-boundary", "zh-CN")).toBe("解释一");
    expect(interpretationLabel("Q10.placement-six-months-from", "zh-CN")).toBe("解释十");
    expect(interpretationLabel("Q14.missing-corresponding-day", "zh-CN")).toBe("解释十四");
    expect(interpretationLabel("Q20.prompt-deadline", "zh-CN")).toBe("解释二十");
    expect(interpretationLabel("Q37.later" as InterpretationId, "zh-CN")).toBe("解释三十七");
    expect(interpretationLabel("Q1.six-month-boundary", "en")).toBe("Q1.six-month-boundary");
  });

  it("tells it in English on request, and quotes the clauses when asked", () => {
    const decision = away("2024-12-01");
    const text = explain(decision, { locale: "en", quoteClauses: true });
    expect(text).toContain("Outcome: issue an organizational-relationship transfer letter");
    expect(text).toContain("Opinion 二（一）1 (2.1.1) (main ground); ");
    expect(text).toContain("  - Q2.month-measure (default): Calendar months");
    expect(text).toContain("Where the member's place of absence or workplace is relatively fixed");
    expect(explain(decision, { locale: "en" })).not.toContain("Where the member's place");
  });

  it("sets the readings the outcome rests on apart from those also applied at their defaults", () => {
    const headings = (text: string) => text.split("\n").filter((line) => !line.startsWith(" ")).map((line) => line.replace(/：.*$/u, ""));
    const readingsUnder = (text: string, heading: string) => {
      const lines = text.split("\n");
      const from = lines.findIndex((line) => line.startsWith(heading));
      if (from < 0) return [];
      const to = lines.findIndex((line, i) => i > from && !line.startsWith(" "));
      return lines.slice(from + 1, to < 0 ? undefined : to).filter((line) => line.startsWith("  - ")).map((line) => line.replace(/（.*$/u, "").trim());
    };
    const restsOn = "结论所依的解释";
    const also = "一并适用的解释";
    // Exactly six months: Q1 decides (another reading gives another outcome); Q2 and Q14 do not.
    const exact = explain(away("2024-09-10"));
    expect(readingsUnder(exact, restsOn)).toEqual(["- 解释一"]);
    expect(readingsUnder(exact, also)).toEqual(["- 解释二", "- 解释十四"]);
    expect(exact).toContain("一并适用的解释（均按默认理解，本案未列为歧义）：");
    // Nothing contested, nothing chosen: no reading is said to decide.
    const plain = explain(away("2024-12-01"));
    expect(headings(plain)).not.toContain(restsOn);
    // A reading chosen other than the default is never put among the routine ones.
    const chosen = explain(away("2024-12-01", { interpretations: { "Q2.month-measure": "thirty-day-months" } }));
    expect(readingsUnder(chosen, restsOn)).toEqual(["- 解释二"]);
    expect(chosen).toContain("  - 解释二（另选理解）：每月按30日计算。");
    // An override rests on Q5's reading that allows it.
    const overridden = explain(away("2024-12-01", { override: { outcome: "certificate-letter", reason: "借调" } }));
    expect(readingsUnder(overridden, restsOn)).toEqual(["- 解释五"]);
    // No interpretation at all.
    const none = { ...away("2024-12-01"), interpretations: [] };
    expect(explain(none).split("\n")).toContain("适用的解释：无");
    expect(explain(none, { locale: "en" })).toContain("Interpretations applied: none");
    expect(headings(exact)).toEqual(["事项", "问题", "结论", "依据", "推理过程", restsOn, "一并适用的解释（均按默认理解，本案未列为歧义）", "存在歧义（本案事实恰在条文可作不同理解之处，理解不同，结论不同）"]);
    const english = explain(away("2024-12-01"), { locale: "en", quoteClauses: true }).split("\n");
    expect(english).toContain("  Opinion 二（一）1 (2.1.1): 1. Where the member's place of absence or workplace is relatively fixed and the absence is 6 months or more, an organizational-relationship transfer letter should generally be issued; where the absence is within 6 months, a Party membership certificate letter should generally be issued; where the place and time of absence are uncertain [外出地点、时间: the text does not say whether one of the two suffices; see interpretation Q3], the member should generally carry a Mobile Party Member Activity Card.");
    const chinese = explain(away("2024-12-01"), { quoteClauses: true }).split("\n");
    expect(chinese.some((line) => line.startsWith("  《实施意见》二（一）1：1、党员外出地点或工作单位相对固定"))).toBe(true);
  });

  it("puts the clause that decided the outcome first among the grounds", () => {
    const grounds = (decision: Decision<JsonValue>) =>
      explain(decision).split("\n").find((line) => line.startsWith("依据："))?.slice("依据：".length).split("；");
    // The receiver is decided by 二（一）3, after 二（一）1 settled that the relationship moves.
    const moving = resolveReceivingOrg({
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: true },
      destination: { unitHasPartyOrg: true, cannotReceive: null },
      departmentHasMobileMemberOrg: false,
    });
    expect(moving.citations[0]).toBe("2.1.1");
    expect(grounds(moving)?.[0]).toBe("《实施意见》二（一）3（主要依据）");
    expect(grounds(moving)).toContain("《实施意见》二（一）1");
    // Six months without dues: 党章第九条 decides, not the appraisal clause cited first.
    const months = Array.from({ length: 6 }, (_, i) => ({
      month: `2024-0${i + 1}`,
      organizationalLife: true,
      duesPaid: false,
      assignedWork: true,
      contact: { inflow: true, outflow: true },
      excused: null,
    }));
    const lapsed = evaluationGrade({
      probationary: false,
      departure: "2023-12-01",
      period: { from: "2024-01-01", to: "2024-06-30" },
      months,
      reports: ["2024-05-31"],
      activityCard: "not-held",
      violation: "none",
      outstandingContribution: false,
      transferNotArranged: null,
      outOfContactEducation: "not-yet-educated",
      correction: "not-yet-required",
    });
    expect(lapsed.citations[0]).not.toBe("party-constitution:9");
    expect(grounds(lapsed)?.[0]).toBe("《中国共产党章程》第九条（主要依据）");
    // Where a step decides what follows the lapse, its clause comes first.
    const lapseStep = lapsed.trace.findIndex((step) => step.check === "lapse");
    // (Any step the library records will do: only its clause and result are read here.)
    const follows = { check: "place-fixed", citation: "dues-rules-2008:13" as const, result: "remove" };
    const decided = { ...lapsed, trace: [...lapsed.trace.slice(0, lapseStep + 1), follows, ...lapsed.trace.slice(lapseStep + 1)] };
    expect(grounds(decided)?.[0]).toBe("《关于中国共产党党费收缴、使用和管理的规定》第十三条（主要依据）");
    // The grounds are the decision's citations, each once.
    expect(grounds(lapsed)?.map((g) => g.replace("（主要依据）", "")).sort()).toEqual(lapsed.citations.map((c) => citationLabel(c)).sort());
    // Where no one clause decides (a schedule), the grounds keep their order and none is called the main one.
    const schedule = reportingSchedule({
      departure: "2024-08-31",
      backOn: null,
      document: "activity-card",
      departmentConcentrated: false,
      period: { from: "2024-08-31", before: "2025-08-31" },
      asOf: "2024-08-31",
      done: [],
    });
    expect(grounds(schedule)).toEqual(schedule.citations.map((c) => citationLabel(c)));
  });

  it("shows an override and its reason in an officer's words, quoting the clause's own 一般", () => {
    const decision = away("2024-12-01", { override: { outcome: "certificate-letter", reason: "借调" } });
    const text = explain(decision);
    expect(text).toContain("结论：开具党员证明信\n  （作例外处理。按条文一般应为：开具组织关系介绍信；例外理由：借调）");
    expect(stepText(decision.trace.at(-1)!, decision)).toBe("条文规定“一般应当”，本案作例外处理：按条文一般应为开具组织关系介绍信，现改为开具党员证明信；理由：借调");
    expect(groundsLine(text)).toMatch(/^依据：《实施意见》二（一）1（主要依据）；/u);
    const restructured = resolveReceivingOrg(
      { category: "restructured", flow: "uncertain", destination: null, departmentHasMobileMemberOrg: false },
      { override: { outcome: "original-org", reason: "本人申请暂留原单位" } },
    );
    expect(stepText(restructured.trace.at(-1)!, restructured)).toMatch(/^条文规定“一般先”，本案作例外处理：按条文一般应为.+，现改为.+；理由：本人申请暂留原单位$/u);
    expect(explain(decision, { locale: "en" })).toContain('(documented exception: the text would generally give "issue an organizational-relationship transfer letter"; reason: 借调)');
  });

  it("refuses what is not a decision, and unknown options, with the typed error", () => {
    expect(() => explain({ rule: "x" } as never)).toThrow(RuleInputError);
    const decision = away("2024-12-01");
    expect(() => explain(decision, { locale: "fr" } as never)).toThrow(RuleInputError);
  });
});

function groundsLine(text: string): string | undefined {
  return text.split("\n").find((line) => line.startsWith("依据："));
}
