/**
 * No shared mutable state. Whatever a caller does to a value the library returned (a
 * decision, a looked-up clause, a date shift) or to a table the library exports, the next
 * call with the same input gives the same answer, byte for byte; and every exported table
 * is frozen at every level, so writing to it changes nothing.
 *
 * Each test loads its own copy of the library: a defect found by one test cannot spill
 * into the next.
 */
import { beforeAll, describe, it, vi, expect } from "vitest";
import { fc } from "@fast-check/vitest";
import { z } from "zod";
import * as library from "mobile-member-rules";
import { RULES, callable, defect, describeThrown, unfrozenPart, vandalize, type Vandalism } from "../support/hostile.js";

type Library = typeof library;

const RUNS = 100;

/**
 * A copy of the library nobody has written to yet. The clause-coverage recorder wraps the
 * decision module with a mock that outlives `vi.resetModules`, and would tie every copy to
 * the first; these tests measure no coverage, so the copy is made without it.
 */
async function freshLibrary(): Promise<Library> {
  vi.doUnmock("../../src/decision/decision.js");
  vi.resetModules();
  return import("mobile-member-rules");
}

const exported = (lib: Library, name: string): unknown => (lib as unknown as Record<string, unknown>)[name];

/** Where two texts first differ, for the failure message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at character ${i}: …${a.slice(Math.max(0, i - 40), i + 40)}… became …${b.slice(Math.max(0, i - 40), i + 40)}…`;
}

const WHAT: { readonly [V in Vandalism]: string } = { write: "wrote to", delete: "deleted from" };

describe("what a caller does to a returned decision never changes a later decision", () => {
  for (const { name, valid } of RULES) {
    it(`${name}: writing to or deleting from every part of a decision leaves the next decision of the same input byte-identical`, async () => {
      const lib = await freshLibrary();
      const rule = callable(exported(lib, name));
      fc.assert(
        fc.property(valid, fc.constantFrom<Vandalism>("write", "delete"), ({ input, options }, how) => {
          const first = JSON.stringify(rule(input, options));
          const inputBefore = JSON.stringify(input);
          vandalize(rule(input, options), how);
          if (JSON.stringify(input) !== inputBefore) {
            defect(`${name}: a caller who ${WHAT[how]} a decision changed the caller's own input: the decision shares objects with its input`);
          }
          const next = JSON.stringify(rule(input, options));
          if (next !== first) {
            defect(`${name}: after a caller ${WHAT[how]} one decision, the next decision of the same input differs (shared mutable state) ${firstDifference(first, next)}`);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("documentForAbsence: a duty pushed onto one decision's duties is not among the next decision's duties", async () => {
    const lib = await freshLibrary();
    const absence = { departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true } as const;
    const duties = lib.documentForAbsence(absence).outcome.duties as string[];
    try {
      duties.push("x");
    } catch {
      // A frozen list refuses the push: that is the point.
    }
    const next = lib.documentForAbsence(absence).outcome.duties;
    if (next.includes("x" as never)) defect("documentForAbsence: outcome.duties is one array shared by every decision with the same document");
  });

  it("documentForAbsence: a step's parameters rewritten on one decision are not the next decision's", async () => {
    const lib = await freshLibrary();
    const absence = { departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true } as const;
    const step = lib.documentForAbsence(absence).trace.find((s) => s.params !== undefined) as { params: Record<string, unknown> };
    try {
      step.params["lastDay"] = "rewritten";
    } catch {
      // Frozen: fine.
    }
    const next = lib.documentForAbsence(absence).trace.find((s) => s.params !== undefined);
    if (next?.params?.["lastDay"] === "rewritten") defect("documentForAbsence: a step's parameters are one object shared by every decision");
  });

  it("reportingSchedule: an obligation's text rewritten on one schedule is not the next schedule's", async () => {
    const lib = await freshLibrary();
    const facts = {
      departure: "2024-08-31",
      backOn: "2025-10-31",
      document: "activity-card",
      departmentConcentrated: true,
      period: { from: "2024-08-01", before: "2026-01-01" },
      asOf: "2025-03-15",
      done: [],
    } as const;
    const [obligation] = lib.reportingSchedule(facts).outcome.obligations;
    if (obligation === undefined) throw new Error("expected an obligation");
    try {
      (obligation.what as { zh: string }).zh = "rewritten";
    } catch {
      // Frozen: fine.
    }
    if (lib.reportingSchedule(facts).outcome.obligations[0]?.what.zh === "rewritten") {
      defect("reportingSchedule: obligations[i].what is one object shared by every schedule");
    }
  });
});

/** Calls of the other functions that return objects or arrays. */
const RETURNED_OBJECTS: readonly (readonly [string, (lib: Library) => unknown])[] = [
  ["lookUpCitation", (lib) => [...lib.CLAUSE_IDS, ...lib.SUPERIOR_RULE_IDS].map((id) => lib.lookUpCitation(id))],
  ["alternativesOf", (lib) => lib.INTERPRETATION_IDS.map((id) => lib.alternativesOf(id))],
  ["addCalendarMonths", (lib) => [lib.addCalendarMonths("2024-08-31", 6), lib.addCalendarMonths("2024-01-15", -3)]],
  ["periodLastDay", (lib) => [lib.periodLastDay("2024-08-31", { months: 6 }), lib.periodLastDay("2024-03-10", { days: 30 })]],
  ["comparePeriod", (lib) => lib.comparePeriod("2024-08-31", "2025-02-28", { months: 6 })],
  [
    "assignmentOf",
    (lib) =>
      lib.assignmentOf(
        lib.liaisonAssignment({ mobileMembers: ["a", "b", "c"], officers: [{ id: "s", role: "secretary" }] }).outcome,
      ),
  ],
  ["validateInput", (lib) => lib.validateInput("caller", lib.AbsenceSchema, { departure: "2024-03-10", expectedReturn: null, placeFixed: true })],
];

describe("what a caller does to any other returned value never changes a later result", () => {
  for (const [name, call] of RETURNED_OBJECTS) {
    for (const how of ["write", "delete"] as const) {
      it(`${name}: a caller who ${WHAT[how]} the result gets the same result next time`, async () => {
        const lib = await freshLibrary();
        const first = JSON.stringify(call(lib));
        vandalize(call(lib), how);
        let next: string;
        try {
          next = JSON.stringify(call(lib));
        } catch (error) {
          defect(`${name}: after a caller ${WHAT[how]} a result, the next call threw ${describeThrown(error)} (shared mutable state)`);
        }
        if (next !== first) defect(`${name}: after a caller ${WHAT[how]} a result, the next result differs (shared mutable state) ${firstDifference(first, next)}`);
      });
    }
  }
});

/** Is this a table whose every entry is a zod schema (RULE_OUTCOME_SCHEMAS)? Zod writes its own schemas' caches. */
function isTableOfSchemas(value: object): boolean {
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((entry) => entry instanceof z.ZodType);
}

/** Every exported object that is not a function, a zod schema or a table of zod schemas. */
function exportedTables(lib: Library): [string, object][] {
  return Object.entries(lib as unknown as Record<string, unknown>)
    .filter(
      (entry): entry is [string, object] =>
        entry[1] !== null && typeof entry[1] === "object" && !(entry[1] instanceof z.ZodType) && !isTableOfSchemas(entry[1]),
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

describe("a table of schemas", () => {
  it("RULE_OUTCOME_SCHEMAS cannot be written to: no rule's outcome schema can be swapped", async () => {
    const lib = await freshLibrary();
    const table = lib.RULE_OUTCOME_SCHEMAS as unknown as Record<string, unknown>;
    expect(Object.isFrozen(table)).toBe(true);
    expect(() => {
      table.documentForAbsence = z.json();
    }).toThrow(TypeError);
    expect(table.documentForAbsence).toBe(lib.DocumentForAbsenceOutcomeSchema);
  });
});

const TABLES = exportedTables(library);

// Sample inputs drawn once with a fixed seed: every table is judged on the same calls.
const SAMPLES = RULES.map(({ name, valid }) => ({ name, cases: fc.sample(valid, { numRuns: 8, seed: 20_240_301 }) }));

/**
 * Everything the library says, as one text: the decisions of the sample inputs, their
 * explanations in both languages with the clause texts, an iCalendar file, every citation
 * and reading, and two refusals.
 */
function everythingSaid(lib: Library): string {
  const said: unknown[] = [];
  for (const { name, cases } of SAMPLES) {
    const rule = callable(exported(lib, name));
    for (const { input, options } of cases) {
      const decision = rule(input, options) as Parameters<Library["explain"]>[0];
      said.push(decision, lib.explain(decision, { locale: "en", quoteClauses: true }), lib.explain(decision, { quoteClauses: true }));
    }
  }
  const schedule = lib.reportingSchedule({
    departure: "2024-08-31",
    backOn: "2025-10-31",
    document: "activity-card",
    departmentConcentrated: true,
    period: { from: "2024-08-01", before: "2026-01-01" },
    asOf: "2025-03-15",
    done: [{ kind: "member-report", on: "2025-02-20" }],
  });
  said.push(lib.scheduleToICalendar(schedule.outcome.obligations, { stampedOn: "2025-03-15" }));
  for (const id of [...lib.CLAUSE_IDS, ...lib.SUPERIOR_RULE_IDS]) said.push(lib.citationLabel(id), lib.lookUpCitation(id));
  for (const id of lib.INTERPRETATION_IDS) said.push(lib.alternativesOf(id), lib.chosenAlternative(undefined, id));
  for (const relation of ["shorter", "exact", "longer"] as const) {
    for (const word of ["以上", "以下", "以内", "届满", "不满", "超过", "以外"] as const) said.push(lib.meetsBound(relation, word));
  }
  for (const refused of [
    () => lib.documentForAbsence({ departure: "2024-02-30", expectedReturn: null, placeFixed: true }),
    () => lib.evaluationGrade({} as never),
  ]) {
    try {
      refused();
    } catch (error) {
      said.push(lib.isRuleInputError(error) ? error.issues : describeThrown(error));
    }
  }
  return JSON.stringify(said);
}

describe("what a caller writes to an exported table never changes a later result", () => {
  it("finds the exported tables", () => {
    const names = TABLES.map(([name]) => name);
    for (const expected of [
      "OPINION_CLAUSES",
      "SUPERIOR_RULES",
      "INTERPRETATIONS",
      "DEFAULT_GRADING_STANDARD",
      "DUTIES",
      "PARTY_ORGS",
      "PARTY_ORG_NAMES",
      "ABSENCE_DOCUMENTS",
      "ABSENCE_DOCUMENT_NAMES",
      "GRADING_STANDARD_SOURCES",
      "HANDLING_NAMES",
      "APPRAISAL_GRADE_NAMES",
      "DUTY_BEARER_NAMES",
      "SCHEDULE_PARTY_NAMES",
      "MANAGEMENT_CASE_TEXT",
    ]) {
      if (!names.includes(expected)) defect(`expected ${expected} among the exported tables; found ${names.join(", ")}`);
    }
  });

  // What an untouched copy says: a copy written to must say the same, even when the
  // writing comes before its first call (so no cache made by an earlier call can hide it).
  let untouched = "";
  beforeAll(async () => {
    untouched = everythingSaid(await freshLibrary());
  });

  for (const [name] of TABLES) {
    it(`${name}: writing to it, then deleting from it, leaves every later result byte-identical`, async () => {
      const lib = await freshLibrary();
      const before = untouched;
      for (const how of ["write", "delete"] as const) {
        vandalize(exported(lib, name), how);
        let after: string;
        try {
          after = everythingSaid(lib);
        } catch (error) {
          defect(`after a caller ${WHAT[how]} the exported ${name}, a later call threw ${describeThrown(error)} (the table is shared mutable state)`);
        }
        if (after !== before) defect(`after a caller ${WHAT[how]} the exported ${name}, later results differ (the table is shared mutable state) ${firstDifference(before, after)}`);
      }
    });
  }

  it("DEFAULT_GRADING_STANDARD: lowering a threshold does not change the next grade", async () => {
    const lib = await freshLibrary();
    // A faultless year without an outstanding contribution: qualified by the default standard.
    const record = {
      probationary: false,
      departure: "2023-06-01",
      period: { from: "2024-01-01", to: "2024-12-31" },
      months: Array.from({ length: 12 }, (_, i) => ({
        month: `2024-${String(i + 1).padStart(2, "0")}`,
        organizationalLife: true,
        duesPaid: true,
        assignedWork: true,
        contact: { inflow: true, outflow: true },
        excused: null,
      })),
      reports: ["2024-03-01", "2024-08-01"],
      activityCard: "verified",
      violation: "none",
      outstandingContribution: false,
      transferNotArranged: null,
      outOfContactEducation: "not-yet-educated",
      correction: "not-yet-required",
    } as const;
    const before = JSON.stringify(lib.evaluationGrade(record));
    try {
      (lib.DEFAULT_GRADING_STANDARD.excellent as { requireOutstandingContribution: boolean }).requireOutstandingContribution = false;
      (lib.DEFAULT_GRADING_STANDARD.qualified as { maxMissedDues: number }).maxMissedDues = 12;
    } catch {
      // Frozen: fine.
    }
    if (JSON.stringify(lib.evaluationGrade(record)) !== before) defect("evaluationGrade: writing to the exported DEFAULT_GRADING_STANDARD changed a later grade");
  });

  it("INTERPRETATIONS: changing a default reading does not change the next decision", async () => {
    const lib = await freshLibrary();
    const exact = { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true } as const;
    const before = JSON.stringify(lib.documentForAbsence(exact));
    try {
      (lib.INTERPRETATIONS["Q1.six-month-boundary"] as { default: string }).default = "exactly-six-months-is-within";
    } catch {
      // Frozen: fine.
    }
    let after: string;
    try {
      after = JSON.stringify(lib.documentForAbsence(exact));
    } catch (error) {
      defect(`documentForAbsence threw ${describeThrown(error)} after a caller wrote to the exported INTERPRETATIONS`);
    }
    if (after !== before) defect("documentForAbsence: writing to the exported INTERPRETATIONS changed a later decision");
  });
});

describe("every exported table is frozen at every level", () => {
  for (const [name, table] of TABLES) {
    it(`${name} is deep-frozen`, () => {
      const part = unfrozenPart(table);
      if (part !== null) defect(`the exported ${name} is not deep-frozen: ${name}${part === "(root)" ? "" : part} can be changed by any caller`);
    });
  }
});
