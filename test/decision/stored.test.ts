/**
 * A stored decision edited by hand must not validate: each edit below is one a careless
 * or dishonest editor could make to a record, and each must be refused at its path.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DocumentForAbsenceOutcomeSchema,
  RULE_NAMES,
  RULE_OUTCOME_SCHEMAS,
  decisionSchema,
  documentForAbsence,
  evaluationGrade,
  managementMode,
  validateInput,
  type Decision,
  type JsonValue,
} from "mobile-member-rules";
import { expectInputIssue } from "../support/expect-input.js";

const Stored = decisionSchema(z.json());
const store = (value: unknown) => () => validateInput("test", Stored, value);

/** A plain JSON copy that can be edited (decisions themselves are frozen). */
function copy(decision: Decision<JsonValue>): Record<string, unknown> & Decision<JsonValue> {
  return JSON.parse(JSON.stringify(decision)) as Record<string, unknown> & Decision<JsonValue>;
}

const exact = copy(documentForAbsence({ departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true }));
const overridden = copy(
  documentForAbsence(
    { departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true },
    { override: { outcome: "certificate-letter", reason: "借调期间保留原关系，支部会议决定" } },
  ),
);
const plain = copy(
  managementMode({
    employment: "stable",
    workplaceHasPartyOrg: true,
    industryAssociation: false,
    personnelFileHolder: "other",
    residenceFixed: true,
    residenceChangesOften: false,
  }),
);

describe("a stored decision", () => {
  it("validates as made, for every rule's decision", () => {
    expect(() => store(exact)()).not.toThrow();
    expect(() => store(overridden)()).not.toThrow();
    expect(() => store(plain)()).not.toThrow();
    expect(RULE_NAMES).toEqual(Object.keys(RULE_OUTCOME_SCHEMAS));
  });

  // Each edit: what was done, the edited decision, where the refusal points.
  const edits: [string, unknown, readonly (string | number)[]][] = [
    ["an unknown rule", { ...plain, rule: "managementModes" }, ["rule"]],
    ["an outcome outside its rule's outcomes", { ...plain, outcome: { manager: "original-org" } }, ["outcome"]],
    ["another rule's outcome", { ...plain, rule: "documentForAbsence" }, ["outcome"]],
    ["a duty that does not exist", { ...exact, outcome: { document: "transfer-letter", duties: ["pay-dues-twice"] } }, ["outcome"]],
    [
      "an other reading's outcome outside the rule",
      {
        ...exact,
        ambiguities: exact.ambiguities.map((a) => ({ ...a, alternatives: a.alternatives.map((o) => ({ ...o, outcome: "certificate" })) })),
      },
      ["ambiguities", 0, "alternatives", 0, "outcome"],
    ],
    ["a citation given twice", { ...plain, citations: [...plain.citations, plain.citations[0]] }, ["citations", plain.citations.length]],
    ["a step's clause dropped from the citations", { ...exact, citations: exact.citations.slice(1) }, ["trace", 0, "citation"]],
    [
      "isDefault true on a reading that is not the default",
      {
        ...exact,
        interpretations: exact.interpretations.map((i) =>
          i.id === "Q1.six-month-boundary" ? { ...i, alternative: "exactly-six-months-is-within", isDefault: true } : i,
        ),
      },
      ["interpretations", exact.interpretations.findIndex((i) => i.id === "Q1.six-month-boundary"), "isDefault"],
    ],
    [
      "isDefault false on the default reading",
      { ...exact, interpretations: exact.interpretations.map((i) => ({ ...i, isDefault: false })) },
      ["interpretations", 0, "isDefault"],
    ],
    [
      "an interpretation listed twice",
      { ...exact, interpretations: [...exact.interpretations, exact.interpretations[0]] },
      ["interpretations", exact.interpretations.length, "id"],
    ],
    ["ambiguous false while an ambiguity stays", { ...exact, ambiguous: false }, ["ambiguous"]],
    ["ambiguous true with no ambiguity", { ...plain, ambiguous: true }, ["ambiguous"]],
    [
      "an ambiguity on a reading that was not applied",
      { ...exact, interpretations: exact.interpretations.filter((i) => i.id !== "Q1.six-month-boundary") },
      ["ambiguities", exact.ambiguities.findIndex((a) => a.interpretation === "Q1.six-month-boundary"), "applied"],
    ],
    [
      "an ambiguity listed twice",
      { ...exact, ambiguities: [...exact.ambiguities, ...exact.ambiguities] },
      ["ambiguities", exact.ambiguities.length, "interpretation"],
    ],
    [
      "an other reading that is the one applied",
      {
        ...exact,
        ambiguities: exact.ambiguities.map((a) => ({ ...a, alternatives: a.alternatives.map((o) => ({ ...o, alternative: a.applied })) })),
      },
      ["ambiguities", 0, "alternatives", 0, "alternative"],
    ],
    [
      "an other reading with the same outcome",
      {
        ...exact,
        ambiguities: exact.ambiguities.map((a) => ({ ...a, alternatives: a.alternatives.map((o) => ({ ...o, outcome: exact.outcome })) })),
      },
      ["ambiguities", 0, "alternatives", 0, "outcome"],
    ],
    ["a blank override reason", { ...overridden, override: { ...overridden.override, reason: " \u200b " } }, ["override", "reason"]],
    ["a removed override reason", { ...overridden, override: { ...overridden.override, reason: "" } }, ["override", "reason"]],
    ["an override whose step was removed", { ...overridden, trace: overridden.trace.slice(0, -1) }, ["trace"]],
    ["an override removed but its step kept", { ...overridden, override: null }, ["override"]],
    [
      "an override's reason changed but not its step",
      { ...overridden, override: { ...overridden.override, reason: "另一理由" } },
      ["trace", overridden.trace.length - 1, "facts"],
    ],
    ["an override on a rule that allows none", { ...plain, override: { ruleOutcome: plain.outcome, ruleSummary: plain.summary, reason: "x" } }, ["override"]],
    [
      "an override while Q5 allows none",
      {
        ...overridden,
        interpretations: overridden.interpretations.map((i) =>
          i.id === "Q5.generally-should-override" ? { ...i, alternative: "no-override", isDefault: false } : i,
        ),
      },
      ["override"],
    ],
    [
      "the outcome changed under an override without its step",
      { ...overridden, outcome: { ...(overridden.outcome as object), document: "activity-card" } },
      ["trace"],
    ],
  ];

  for (const [what, edited, path] of edits) {
    it(`is refused when edited: ${what}`, () => {
      expectInputIssue(store(edited), path, expect.any(String) as never);
    });
  }

  it("narrows to one rule's outcome when given its schema", () => {
    expect(() => validateInput("test", decisionSchema(DocumentForAbsenceOutcomeSchema), exact)).not.toThrow();
    expect(() => validateInput("test", decisionSchema(DocumentForAbsenceOutcomeSchema), plain)).toThrow();
  });

  it("checks the outcome of every rule's decision against that rule", () => {
    const graded = copy(
      evaluationGrade({
        probationary: false,
        departure: "2024-01-01",
        period: { from: "2024-01-01", to: "2024-01-31" },
        months: [{ month: "2024-01", organizationalLife: true, duesPaid: true, assignedWork: true, contact: { inflow: true, outflow: true }, excused: null }],
        reports: [],
        activityCard: "not-held",
        violation: "none",
        outstandingContribution: false,
        transferNotArranged: null,
        outOfContactEducation: "not-yet-educated",
        correction: "not-yet-required",
      }),
    );
    expect(() => store(graded)()).not.toThrow();
    expectInputIssue(store({ ...graded, outcome: { ...(graded.outcome as object), grade: "superb" } }), ["outcome"], "invalid-value");
  });
});
