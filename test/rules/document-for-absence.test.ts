import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  ABSENCE_DOCUMENTS,
  DUTIES,
  RuleInputError,
  addCalendarMonths,
  documentForAbsence,
  explain,
  toDayNumber,
  type Absence,
  type AbsenceDocument,
} from "mobile-member-rules";
import { calendarDate, underEachTimeZone } from "../support/arbitraries.js";
import { expectWellFormedDecision } from "../support/expect-decision.js";
import { expectInputIssue } from "../support/expect-input.js";
import { absence, deepFreeze, interpretationChoices, plusDays, snapshot } from "../support/rule-arbitraries.js";

const fixed = (departure: string, expectedReturn: string | null): Absence => ({
  departure,
  expectedReturn,
  placeFixed: true,
});

const documentOf = (input: Absence, interpretations = {}) =>
  documentForAbsence(input, { interpretations }).outcome.document;

describe("documentForAbsence: the cases a policy officer asks about", () => {
  it("gives the transfer letter for a fixed place and more than six months", () => {
    const decision = documentForAbsence(fixed("2024-03-10", "2024-12-01"));
    expect(decision.outcome.document).toBe("transfer-letter");
    expect(decision.ambiguous).toBe(false);
    expect(decision.citations).toContain("2.1.1");
    expect(decision.outcome.duties).toContain("complete-relationship-transfer");
  });

  it("gives the certificate letter within six months", () => {
    expect(documentOf(fixed("2024-03-10", "2024-09-09"))).toBe("certificate-letter");
  });

  it("gives the activity card when the time is uncertain, with the card's duties of 2.1.2", () => {
    const decision = documentForAbsence(fixed("2024-03-10", null));
    expect(decision.outcome.document).toBe("activity-card");
    expect(decision.outcome.duties).toEqual(
      expect.arrayContaining([
        "stamp-activity-card",
        "register-and-issue-activity-card",
        "verify-and-file-activity-card",
        "review-activity-card-yearly",
      ]),
    );
    expect(DUTIES["stamp-activity-card"].bearer).toBe("outflow-organ-party-committee");
    expect(DUTIES["verify-and-file-activity-card"].bearer).toBe("inflow-branch");
    expect(decision.citations).toEqual(expect.arrayContaining(["2.1.1", "2.1.2", "1.2.2"]));
  });

  it("marks exactly six months ambiguous, with the certificate letter as the other reading (Q1)", () => {
    const decision = documentForAbsence(fixed("2024-03-10", "2024-09-10"));
    expect(decision.outcome.document).toBe("transfer-letter");
    expect(decision.ambiguous).toBe(true);
    expect(decision.ambiguities.map((a) => a.interpretation)).toEqual(["Q1.six-month-boundary"]);
    expect(decision.ambiguities[0]?.alternatives.map((a) => a.outcome.document)).toEqual(["certificate-letter"]);
    expect(decision.citations).toContain("civil-code:1259");
  });

  it("31 August + six months ends on 28 February: ambiguous by Q1 and by the month-end rule (Q14)", () => {
    const decision = documentForAbsence(fixed("2024-08-31", "2025-02-28"));
    expect(decision.outcome.document).toBe("transfer-letter");
    expect(decision.ambiguities.map((a) => a.interpretation).sort()).toEqual(
      ["Q1.six-month-boundary", "Q14.missing-corresponding-day"].sort(),
    );
    expect(documentOf(fixed("2024-08-31", "2025-02-27"))).toBe("certificate-letter");
    expect(documentForAbsence(fixed("2024-08-31", "2025-03-01")).ambiguous).toBe(false);
  });

  it("place uncertain but time known: the activity card, flagged, with the certificate letter under 'both' (Q3)", () => {
    const decision = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-05-01", placeFixed: false });
    expect(decision.outcome.document).toBe("activity-card");
    expect(decision.ambiguities.map((a) => a.interpretation)).toEqual(["Q3.place-or-time-uncertain"]);
    expect(decision.ambiguities[0]?.alternatives[0]?.outcome.document).toBe("certificate-letter");
    expect(
      documentOf(
        { departure: "2024-03-10", expectedReturn: "2024-05-01", placeFixed: false },
        { "Q3.place-or-time-uncertain": "both-uncertain" },
      ),
    ).toBe("certificate-letter");
  });

  it("place and time both uncertain: the activity card, not ambiguous", () => {
    const decision = documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: false });
    expect(decision.outcome.document).toBe("activity-card");
    expect(decision.ambiguous).toBe(false);
  });

  it("over six months with no fixed place under 'both uncertain': Q4 decides, and is flagged", () => {
    const input = { departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: false };
    const choices = { "Q3.place-or-time-uncertain": "both-uncertain" } as const;
    const decision = documentForAbsence(input, { interpretations: choices });
    expect(decision.outcome.document).toBe("activity-card");
    expect(decision.ambiguities.map((a) => a.interpretation)).toEqual(["Q4.long-absence-place-not-fixed"]);
    expect(documentOf(input, { ...choices, "Q4.long-absence-place-not-fixed": "certificate-letter" })).toBe(
      "certificate-letter",
    );
  });

  it("explains itself in Chinese, naming the clause and the six-month period", () => {
    const text = explain(documentForAbsence(fixed("2024-08-31", "2025-02-28")));
    expect(text).toContain("结论：开具组织关系介绍信");
    expect(text).toContain("6个月期间至 2025-02-28 届满（到期月无对应日）");
    expect(text).toContain("〔二（一）1〕");
    expect(text).toContain("存在歧义");
  });
});

describe("documentForAbsence: overrides (Q5)", () => {
  it("replaces the document with a reason, keeps the rule's own, and shows both in the trace", () => {
    const decision = documentForAbsence(fixed("2024-03-10", "2024-12-01"), {
      override: { outcome: "certificate-letter", reason: "短期借调，经支部研究保留原关系" },
    });
    expect(decision.outcome.document).toBe("certificate-letter");
    expect(decision.outcome.duties).not.toContain("complete-relationship-transfer");
    expect(decision.override?.ruleOutcome.document).toBe("transfer-letter");
    expect(decision.trace.at(-1)?.check).toBe("documented-override");
    expect(explain(decision)).toContain("短期借调");
  });

  it.each([{ outcome: "certificate-letter" }, { outcome: "certificate-letter", reason: " " }, { reason: "x" }])(
    "refuses an override without a proper reason or outcome: %j",
    (override) => {
      expect(() => documentForAbsence(fixed("2024-03-10", "2024-12-01"), { override } as never)).toThrow(
        RuleInputError,
      );
    },
  );
});

describe("documentForAbsence: bad input", () => {
  it.each([
    [{ departure: "2024-03-10", placeFixed: true }, ["expectedReturn"], "missing"],
    [{ departure: "2024-02-30", expectedReturn: null, placeFixed: true }, ["departure"], "invalid-date"],
    [{ departure: "2024-03-10", expectedReturn: "2024-03-09", placeFixed: true }, ["expectedReturn"], "inconsistent"],
    [{ departure: "2024-03-10", expectedReturn: null, placeFixed: "yes" }, ["placeFixed"], "wrong-type"],
    [{ departure: "2024-03-10", expectedReturn: null, placeFixed: true, extra: 1 }, [], "unknown-field"],
  ] as const)("refuses %j at %j (%s)", (input, path, code) => {
    expectInputIssue(() => documentForAbsence(input as never), path, code);
  });
});

describe("documentForAbsence: the duties it lists", () => {
  it("says them in English as well, one clause's duties to a step", () => {
    const decision = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true });
    const step = decision.trace.find((s) => s.check === "duties-2.1.2");
    expect(step?.text.en).toMatch(/^Duties that follow: .+; .+$/);
    expect(step?.text.en).not.toContain("undefined");
  });

  it("shares nothing between decisions: changing one decision's duties and steps changes no other", () => {
    const input = { departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true };
    const first = documentForAbsence(input);
    const before = JSON.stringify(first);
    const changed = documentForAbsence(input) as unknown as {
      outcome: { duties: string[] };
      question: { en: string };
      trace: { text: { zh: string }; result: unknown }[];
    };
    changed.outcome.duties.push("x");
    changed.question.en = "changed";
    for (const step of changed.trace) {
      step.text.zh = "changed";
      if (Array.isArray(step.result)) step.result.push("x");
    }
    expect(JSON.stringify(documentForAbsence(input))).toBe(before);
    expect(JSON.stringify(first)).toBe(before);
  });
});

describe("documentForAbsence: invariants", () => {
  test.prop([absence, interpretationChoices])(
    "totality: every valid absence gets one document, citing 2.1.1, under any readings",
    (input, interpretations) => {
      const decision = documentForAbsence(input, { interpretations });
      expectWellFormedDecision(decision, input, { interpretations });
      expect(ABSENCE_DOCUMENTS).toContain(decision.outcome.document);
      expect(decision.citations).toContain("2.1.1");
      expect(decision.ambiguous).toBe(decision.ambiguities.length > 0);
      for (const ambiguity of decision.ambiguities) {
        for (const other of ambiguity.alternatives) expect(other.outcome).not.toEqual(decision.outcome);
      }
    },
  );

  test.prop([calendarDate, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), interpretationChoices])(
    "monotonicity: with the place fixed, a longer absence never goes back from the transfer letter to the certificate letter",
    (departure, a, b, interpretations) => {
      const [shorter, longer] = a <= b ? [a, b] : [b, a];
      const first = documentOf(fixed(departure, plusDays(departure, shorter)), interpretations);
      const second = documentOf(fixed(departure, plusDays(departure, longer)), interpretations);
      if (first === "transfer-letter") expect(second).toBe("transfer-letter");
      const rank: Record<AbsenceDocument, number> = { "certificate-letter": 0, "transfer-letter": 1, "activity-card": 2 };
      expect(rank[second]).toBeGreaterThanOrEqual(rank[first]);
    },
  );

  test.prop([calendarDate])(
    "boundaries: the day before six months, exactly six months and the day after, for every departure",
    (departure) => {
      const { date: sixMonths, clamped } = addCalendarMonths(departure, 6);
      const before = documentForAbsence(fixed(departure, plusDays(sixMonths, -1)));
      const exact = documentForAbsence(fixed(departure, sixMonths));
      const after = documentForAbsence(fixed(departure, plusDays(sixMonths, 1)));
      expect(before.outcome.document).toBe("certificate-letter");
      expect(before.ambiguous).toBe(false);
      expect(exact.outcome.document).toBe("transfer-letter");
      expect(exact.ambiguous).toBe(true);
      expect(exact.ambiguities.map((a) => a.interpretation).sort()).toEqual(
        clamped ? ["Q1.six-month-boundary", "Q14.missing-corresponding-day"] : ["Q1.six-month-boundary"],
      );
      expect(after.outcome.document).toBe("transfer-letter");
      expect(after.ambiguous).toBe(false);
    },
  );

  test.prop([calendarDate, fc.integer({ min: 0, max: 800 })])(
    "only the exact (or clamped) six-month boundary is ambiguous when the place is fixed",
    (departure, days) => {
      const back = plusDays(departure, days);
      const decision = documentForAbsence(fixed(departure, back));
      expect(decision.ambiguous).toBe(back === addCalendarMonths(departure, 6).date);
    },
  );

  test.prop([absence, interpretationChoices])(
    "switching Q1 changes exactly the decisions on the six-month boundary with a fixed place",
    (input, interpretations) => {
      const atLeast = documentOf(input, { ...interpretations, "Q1.six-month-boundary": "exactly-six-months-is-at-least" });
      const within = documentOf(input, { ...interpretations, "Q1.six-month-boundary": "exactly-six-months-is-within" });
      const relation =
        input.expectedReturn === null
          ? "unknown"
          : documentForAbsence(input, { interpretations }).trace.find((s) => s.check === "absence-length")?.result;
      expect(atLeast !== within).toBe(input.placeFixed && relation === "exact");
    },
  );

  test.prop([absence, interpretationChoices])(
    "determinism and purity: equal results for equal inputs, frozen inputs untouched, every time zone alike",
    (input, interpretations) => {
      const frozenInput = deepFreeze(snapshot(input));
      const options = deepFreeze({ interpretations: snapshot(interpretations) });
      const results = underEachTimeZone(() => documentForAbsence(frozenInput, options));
      for (const result of results) expect(result).toEqual(results[0]);
      expect(frozenInput).toEqual(input);
    },
  );

  test.prop([absence, fc.constantFrom(...ABSENCE_DOCUMENTS), fc.string({ minLength: 1 }).filter((s) => s.trim() !== "")])(
    "an override with a reason always sets the document and is in the trace",
    (input, document, reason) => {
      const decision = documentForAbsence(input, { override: { outcome: document, reason } });
      expect(decision.outcome.document).toBe(document);
      expect(decision.override?.reason).toBe(reason);
      expect(decision.trace.some((s) => s.check === "documented-override" && s.facts["options.override.reason"] === reason)).toBe(true);
    },
  );

  test.prop([absence, fc.integer({ min: 1, max: 400 })])(
    "bad input: a return before the departure is refused, never answered",
    (input, days) => {
      const broken = { ...input, expectedReturn: plusDays(input.departure, -days) };
      expect(() => documentForAbsence(broken)).toThrow(RuleInputError);
    },
  );

  it("uses the calendar, not the clock: the decision depends only on the dates given", () => {
    const a = documentForAbsence(fixed("2013-07-19", "2014-01-19"));
    expect(toDayNumber("2014-01-19") - toDayNumber("2013-07-19")).toBe(184);
    expect(a.outcome.document).toBe("transfer-letter");
    expect(a.ambiguous).toBe(true);
  });
});
