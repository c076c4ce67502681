/**
 * Each rule declared once: what the registry says of a rule is what the rule does.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  INTERPRETATION_IDS,
  RULES,
  RULE_NAMES,
  RULE_OUTCOME_SCHEMAS,
  documentForAbsence,
  isRuleInputError,
  managementMode,
  rulesReading,
} from "mobile-member-rules";

describe("the registry of rules", () => {
  it("lists every rule once, by the name its decisions record", () => {
    expect(RULE_NAMES).toEqual(["documentForAbsence", "managementMode", "resolveReceivingOrg", "liaisonAssignment", "evaluationGrade", "evaluationCohort", "reportingSchedule"]);
    for (const name of RULE_NAMES) {
      expect(RULES[name].ruleName).toBe(name);
      expect(RULES[name].name).toBe(name);
      expect(RULE_OUTCOME_SCHEMAS[name]).toBe(RULES[name].outcome);
      expect(Object.isFrozen(RULES[name])).toBe(true);
    }
  });

  it("says which rules read each interpretation, and every interpretation is read by some rule", () => {
    expect(rulesReading("Q1.six-month-boundary")).toEqual(["documentForAbsence", "resolveReceivingOrg"]);
    for (const id of INTERPRETATION_IDS) expect(rulesReading(id).length, id).toBeGreaterThan(0);
  });

  it("gives schemas a records system can extend with fields of its own", () => {
    const record = documentForAbsence.input.safeExtend({ memberId: z.string() });
    expect(record.parse({ memberId: "m1", departure: "2024-03-10", expectedReturn: null, placeFixed: true }).memberId).toBe("m1");
    // The rule's own checks come along: a return before the departure is still refused.
    expect(record.safeParse({ memberId: "m1", departure: "2024-03-10", expectedReturn: "2024-03-01", placeFixed: true }).success).toBe(false);
    expect(managementMode.input.shape.employment).toBeDefined();
  });

  it("refuses a reading of an interpretation the rule does not read, naming it", () => {
    let message = "";
    try {
      documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: true }, { interpretations: { "Q6.liaison-load": "exactly-fifteen" } } as never);
    } catch (error) {
      if (!isRuleInputError(error)) throw error;
      message = error.message;
      expect(error.issues.map((issue) => issue.code)).toEqual(["invalid-value"]);
    }
    expect(message).toContain("本事项的规则不涉及解释六");
    expect(message).toContain("this rule does not read Q6.liaison-load");
    // Left undefined, a reading is no choice at all.
    expect(() => documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: true }, { interpretations: { "Q6.liaison-load": undefined } } as never)).not.toThrow();
  });

  it("decides the outcome alone as the full decision does", () => {
    const input = { departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true };
    expect(documentForAbsence.decideOutcome(input)).toEqual(documentForAbsence(input).outcome);
    const within = { interpretations: { "Q1.six-month-boundary": "exactly-six-months-is-within" } } as const;
    expect(documentForAbsence.decideOutcome(input, within)).toEqual(documentForAbsence(input, within).outcome);
  });
});
