import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  ABSENCE_DOCUMENTS,
  DUTIES,
  RuleInputError,
  addCalendarMonths,
  documentForAbsence,
  explain,
  stepText,
  toDayNumber,
  type Absence,
  type AbsenceDocument,
  type InterpretationChoices,
} from "mobile-member-rules";
import { calendarDate, underEachTimeZone } from "../support/arbitraries.js";
import { expectWellFormedDecision } from "../support/expect-decision.js";
import { expectInputIssue } from "../support/expect-input.js";
import { absence, deepFreeze, interpretationChoices, plusDays, readBy, snapshot, usableForAbsence } from "../support/rule-arbitraries.js";

const fixed = (departure: string, expectedReturn: string | "open-ended" | null): Absence => ({
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

  it("no fixed place, exactly six months, under 'both uncertain': the six-month boundary is contested too (Q1, then Q4)", () => {
    const input = { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: false };
    const decision = documentForAbsence(input, { interpretations: { "Q3.place-or-time-uncertain": "both-uncertain" } });
    // Q1's default reads exactly six months as "6个月以上"; with no fixed place that is Q4's question.
    expect(decision.outcome.document).toBe("activity-card");
    const applied = decision.interpretations.map((i) => i.id);
    expect(applied).toEqual(expect.arrayContaining(["Q1.six-month-boundary", "Q4.long-absence-place-not-fixed"]));
    const q1 = decision.ambiguities.find((a) => a.interpretation === "Q1.six-month-boundary");
    expect(q1?.alternatives.map((a) => a.outcome.document)).toEqual(["certificate-letter"]);
    expect(decision.citations).toContain("civil-code:1259");
    expect(
      documentOf(input, { "Q3.place-or-time-uncertain": "both-uncertain", "Q1.six-month-boundary": "exactly-six-months-is-within" }),
    ).toBe("certificate-letter");
    expect(
      documentOf(input, { "Q3.place-or-time-uncertain": "both-uncertain", "Q4.long-absence-place-not-fixed": "certificate-letter" }),
    ).toBe("certificate-letter");
  });

  it("reports Q4 whenever the place is not fixed and the absence is six months or more, whatever Q3 says", () => {
    const longer = { departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: false };
    const exact = { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: false };
    for (const input of [longer, exact]) {
      const decision = documentForAbsence(input);
      expect(decision.interpretations).toContainEqual({ id: "Q4.long-absence-place-not-fixed", alternative: "activity-card", isDefault: true });
      expect(decision.outcome.document).toBe("activity-card");
    }
    // The caller's choice of Q4 is recorded, even where Q3's default makes it change nothing.
    const chosen = documentForAbsence(longer, { interpretations: { "Q4.long-absence-place-not-fixed": "certificate-letter" } });
    expect(chosen.outcome.document).toBe("activity-card");
    expect(chosen.interpretations).toContainEqual({ id: "Q4.long-absence-place-not-fixed", alternative: "certificate-letter", isDefault: false });
    // Not its facts: a fixed place, or less than six months.
    for (const input of [fixed("2024-03-10", "2025-03-10"), { ...longer, expectedReturn: "2024-05-01" }]) {
      expect(documentForAbsence(input).interpretations.map((i) => i.id)).not.toContain("Q4.long-absence-place-not-fixed");
    }
  });

  it("explains itself in Chinese, naming the clause and the six-month period", () => {
    const text = explain(documentForAbsence(fixed("2024-08-31", "2025-02-28")));
    expect(text).toContain("结论：开具组织关系介绍信");
    expect(text).toContain("2024年8月31日外出（当日不计入），6个月期间至2025年2月28日届满（到期月无对应日）；预计2025年2月28日返回，外出时间恰好6个月");
    expect(text).toContain("〔二（一）1〕");
    expect(text).toContain("存在歧义");
  });
});

describe("documentForAbsence: a place known but not fixed (Q23), an absence with no planned return (Q24)", () => {
  const shifting = (expectedReturn: string | "open-ended" | null, placeKnown?: boolean): Absence => ({
    departure: "2024-03-10",
    expectedReturn,
    placeFixed: false,
    ...(placeKnown === undefined ? {} : { placeKnown }),
  });

  it("reads a place that is not fixed as uncertain, and says so (Q23's default)", () => {
    const decision = documentForAbsence(shifting("2024-05-01"));
    expect(decision.interpretations).toContainEqual({ id: "Q23.place-not-fixed-is-uncertain", alternative: "not-fixed-is-uncertain", isDefault: true });
    expect(stepText(decision.trace.find((s) => s.check === "place-uncertain")!, decision)).toBe("外出地点不固定，按地点不确定处理（解释二十三）");
    expect(decision.outcome.document).toBe("activity-card");
  });

  it("a known but shifting place is Q23's point itself: ambiguous, and under the other reading not uncertain at all", () => {
    const decision = documentForAbsence(shifting("2024-05-01", true));
    expect(decision.outcome.document).toBe("activity-card");
    const q23 = decision.ambiguities.find((a) => a.interpretation === "Q23.place-not-fixed-is-uncertain");
    expect(q23?.alternatives.map((a) => a.outcome.document)).toEqual(["certificate-letter"]);
    const distinct = { "Q23.place-not-fixed-is-uncertain": "known-not-fixed-is-distinct" } as const;
    expect(documentOf(shifting("2024-05-01", true), distinct)).toBe("certificate-letter");
    // Six months or more at a known, shifting place: Q4, not Q3, decides.
    const long = documentForAbsence(shifting("2025-03-10", true), { interpretations: distinct });
    expect(long.outcome.document).toBe("activity-card");
    expect(long.interpretations.map((i) => i.id)).not.toContain("Q3.place-or-time-uncertain");
    expect(documentOf(shifting("2025-03-10", true), { ...distinct, "Q4.long-absence-place-not-fixed": "certificate-letter" })).toBe(
      "certificate-letter",
    );
    // Time uncertain: only the time is, and the card either way.
    expect(documentOf(shifting(null, true), distinct)).toBe("activity-card");
  });

  it("a place not known at all is uncertain in fact: no reading is needed for it", () => {
    const decision = documentForAbsence(shifting("2024-05-01", false));
    expect(decision.interpretations.map((i) => i.id)).not.toContain("Q23.place-not-fixed-is-uncertain");
    expect(stepText(decision.trace.find((s) => s.check === "place-known")!, decision)).toBe("外出地点不确定（地点不知道）");
    const unknown = documentForAbsence(shifting(null, false));
    expect(stepText(unknown.trace.find((s) => s.check === "document")!, unknown)).toBe(
      "外出地点不确定、时间不确定：一般应当持《流动党员活动证》",
    );
  });

  it("Q23's other reading needs to be told whether the place is known; a fixed place is never unknown", () => {
    const distinct = { interpretations: { "Q23.place-not-fixed-is-uncertain": "known-not-fixed-is-distinct" } } as const;
    expectInputIssue(() => documentForAbsence(shifting("2024-05-01"), distinct), ["placeKnown"], "missing");
    expect(documentForAbsence(fixed("2024-03-10", "2024-05-01"), distinct).outcome.document).toBe("certificate-letter");
    expectInputIssue(() => documentForAbsence({ ...fixed("2024-03-10", null), placeKnown: false }), ["placeKnown"], "inconsistent");
  });

  it("no planned return to a fixed place: six months or more by default, the card under Q24's other reading; ambiguous", () => {
    const input = fixed("2024-03-10", "open-ended");
    const decision = documentForAbsence(input);
    expect(decision.outcome.document).toBe("transfer-letter");
    expect(decision.ambiguities.map((a) => a.interpretation)).toEqual(["Q24.open-ended-absence"]);
    expect(decision.ambiguities[0]?.alternatives.map((a) => a.outcome.document)).toEqual(["activity-card"]);
    const openEnded = decision.trace.find((s) => s.check === "absence-open-ended");
    expect(openEnded).toMatchObject({ facts: { expectedReturn: "open-ended" }, result: "longer" });
    expect(openEnded && stepText(openEnded, decision)).toBe("外出没有返回计划，按外出6个月以上处理（解释二十四）");
    expect(documentOf(input, { "Q24.open-ended-absence": "time-uncertain" })).toBe("activity-card");
    // No fixed place either: the card under every reading, Q24 recorded all the same.
    const loose = documentForAbsence(shifting("open-ended"));
    expect(loose.outcome.document).toBe("activity-card");
    expect(loose.ambiguous).toBe(false);
    expect(loose.interpretations.map((i) => i.id)).toContain("Q24.open-ended-absence");
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
    // A return is a date or "open-ended"; an impossible date is named as one.
    [{ departure: "2024-03-10", expectedReturn: "2023-02-29", placeFixed: true }, ["expectedReturn"], "invalid-date"],
    [{ departure: "2024-03-10", expectedReturn: "open", placeFixed: true }, ["expectedReturn"], "invalid-date"],
    [{ departure: "2024-03-10", expectedReturn: null, placeFixed: false, placeKnown: "yes" }, ["placeKnown"], "wrong-type"],
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
    const step = decision.trace.find((s) => s.check === "duties" && s.citation === "2.1.2");
    expect(step && stepText(step, decision, "en")).toMatch(/^Duties that follow: .+; .+$/);
    expect(step && stepText(step, decision, "en")).not.toContain("undefined");
  });

  it("shares nothing between decisions: changing one decision's duties and steps changes no other", () => {
    const input = { departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true };
    const first = documentForAbsence(input);
    const before = JSON.stringify(first);
    const changed = documentForAbsence(input) as unknown as {
      outcome: { duties: string[]; document: string };
      input: { departure: string };
      trace: { check: string; params?: Record<string, unknown>; result: unknown }[];
    };
    // The library's own lists are shared frozen: changing them is refused, never passed on.
    const attempt = (change: () => void) => {
      try {
        change();
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
      }
    };
    attempt(() => changed.outcome.duties.push("x"));
    changed.outcome.document = "changed";
    changed.input.departure = "changed";
    for (const step of changed.trace) {
      step.check = "changed";
      if (step.params !== undefined) step.params["changed"] = true;
      if (Array.isArray(step.result)) attempt(() => (step.result as unknown[]).push("x"));
    }
    expect(JSON.stringify(documentForAbsence(input))).toBe(before);
    expect(JSON.stringify(first)).toBe(before);
  });
});

/**
 * Whether Q1 changes the document of an absence of exactly six months: "以内" gives the
 * certificate letter's case, "以上" the transfer letter's with a fixed place and Q4's
 * without; where the place is uncertain and either uncertainty suffices (Q3), the card
 * whichever Q1 says.
 */
function q1Matters(decision: ReturnType<typeof documentForAbsence>, interpretations: InterpretationChoices): boolean {
  const placeFixed = decision.trace[0]?.result === true;
  const knownNotFixed = decision.trace.some((s) => s.check === "place-uncertain" && s.result === false);
  const q3 = interpretations["Q3.place-or-time-uncertain"] ?? "either-uncertain";
  const q4 = interpretations["Q4.long-absence-place-not-fixed"] ?? "activity-card";
  return placeFixed || (q4 === "activity-card" && (knownNotFixed || q3 === "both-uncertain"));
}

describe("documentForAbsence: invariants", () => {
  test.prop([calendarDate, fc.boolean(), fc.constantFrom(undefined, true, false), interpretationChoices])(
    "exactly six months: Q1 is contested whatever the place, and changes the document exactly where the text's cases part",
    (departure, placeFixed, placeKnown, choices) => {
      const input: Absence = {
        departure,
        expectedReturn: addCalendarMonths(departure, 6).date,
        placeFixed,
        ...(placeKnown === undefined || (placeFixed && !placeKnown) ? {} : { placeKnown }),
      };
      // Calendar months, a month end for a missing day: the measure under which this return is exactly six months.
      const { "Q2.month-measure": _q2, "Q14.missing-corresponding-day": _q14, ...rest } = usableForAbsence(input, choices);
      const interpretations: InterpretationChoices = rest;
      const decision = documentForAbsence(input, { interpretations });
      expect(decision.interpretations.map((i) => i.id)).toContain("Q1.six-month-boundary");
      const atLeast = documentOf(input, { ...interpretations, "Q1.six-month-boundary": "exactly-six-months-is-at-least" });
      const within = documentOf(input, { ...interpretations, "Q1.six-month-boundary": "exactly-six-months-is-within" });
      expect(atLeast !== within).toBe(q1Matters(decision, interpretations));
      // Q4's facts, wherever they are: a place that is not fixed and, by Q1's reading, six months or more.
      const q1 = interpretations["Q1.six-month-boundary"] ?? "exactly-six-months-is-at-least";
      const q4Recorded = decision.interpretations.some((i) => i.id === "Q4.long-absence-place-not-fixed");
      expect(q4Recorded).toBe(!placeFixed && q1 === "exactly-six-months-is-at-least");
    },
  );

  test.prop([absence, interpretationChoices])(
    "totality: every valid absence gets one document, citing 2.1.1, under any readings",
    (input, choices) => {
      const interpretations = usableForAbsence(input, choices);
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
    (departure, a, b, choices) => {
      const interpretations = readBy(documentForAbsence, choices);
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
    (input, choices) => {
      const interpretations = usableForAbsence(input, choices);
      const atLeast = documentOf(input, { ...interpretations, "Q1.six-month-boundary": "exactly-six-months-is-at-least" });
      const within = documentOf(input, { ...interpretations, "Q1.six-month-boundary": "exactly-six-months-is-within" });
      const decision = documentForAbsence(input, { interpretations });
      const relation = decision.trace.find((s) => s.check === "absence-length")?.result;
      expect(atLeast !== within).toBe(relation === "exact" && q1Matters(decision, interpretations));
    },
  );

  test.prop([absence, interpretationChoices])(
    "determinism and purity: equal results for equal inputs, frozen inputs untouched, every time zone alike",
    (input, choices) => {
      const frozenInput = deepFreeze(snapshot(input));
      const options = deepFreeze({ interpretations: snapshot(usableForAbsence(input, choices)) });
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
      expect(decision.trace.some((s) => s.check === "documented-override" && s.facts?.["options.override.reason"] === reason)).toBe(true);
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
