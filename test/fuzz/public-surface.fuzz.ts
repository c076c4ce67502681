/**
 * Fuzzing the public surface. Every exported function, fed arbitrary JSON-like values,
 * either answers or throws the library's typed input error; nothing else is ever thrown,
 * and no argument is ever changed. Every rule, fed near-miss records (valid ones with one
 * field broken), is refused with the typed error; fed valid ones, it returns a decision
 * that validates as a stored decision.
 *
 * Runs: FUZZ_RUNS (CI sets 10,000 per property; `npm run fuzz` defaults to 50,000).
 */
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import * as library from "mobile-member-rules";
import { isRuleInputError } from "mobile-member-rules";
import {
  absence,
  appraisalRecord,
  interpretationChoices,
  readBy,
  managementFacts,
  memberSituation,
  scheduleFacts,
} from "../support/rule-arbitraries.js";
import { storedDecision } from "../support/expect-decision.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 50_000);

const isClass = (value: unknown) => typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
const functions = Object.entries(library as Record<string, unknown>)
  .filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function" && !isClass(entry[1]))
  .sort(([a], [b]) => a.localeCompare(b));

function cloneOrNull(value: unknown): { value: unknown } | null {
  try {
    return { value: structuredClone(value) };
  } catch {
    return null;
  }
}

/** Calls and returns what happened: a value, or the typed error. Anything else fails the test. */
function call(fn: (...args: unknown[]) => unknown, args: unknown[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: fn(...args) };
  } catch (error) {
    if (!isRuleInputError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.message.zh.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    return { ok: false };
  }
}

const jsonLike = fc.anything({ maxDepth: 3, maxKeys: 6, withBigInt: false, withDate: true, withMap: false, withSet: false });

describe("every exported function, on arbitrary values", () => {
  test("finds the functions to fuzz", () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  for (const [name, fn] of functions) {
    test.prop([fc.array(jsonLike, { maxLength: 4 })], { numRuns: RUNS })(`${name}: answers or throws the typed error, never mutating`, (args) => {
      const before = cloneOrNull(args);
      const result = call(fn, args);
      if (before !== null) expect(args).toEqual(before.value);
      if (result.ok && result.value !== null && typeof result.value === "object" && "schemaVersion" in result.value) {
        expect(storedDecision.safeParse(result.value).success).toBe(true);
      }
    });
  }
});

type Breakage = "delete" | "impossible-date" | "wrong-type" | "null" | "unknown-field";

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
}

function broken(value: unknown, path: (string | number)[], breakage: Breakage): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? "";
  if (breakage === "delete") {
    if (Array.isArray(parent)) parent.push({ stray: true });
    else delete parent[last];
  }
  if (breakage === "impossible-date") parent[last] = "2023-02-29";
  if (breakage === "wrong-type") parent[last] = typeof parent[last] === "number" ? "7" : 7;
  if (breakage === "null") parent[last] = parent[last] === null ? 0 : null;
  if (breakage === "unknown-field") {
    if (Array.isArray(parent)) parent.push(7);
    else parent[`${String(last)}Typo`] = true;
  }
  return copy;
}

const breakage = fc.constantFrom<Breakage>("delete", "impossible-date", "wrong-type", "null", "unknown-field");

/** Free-text leaves, where a date-like text or a missing key can still be valid. */
const OPTIONAL = new Set(["placeKnown", "permittedManagerDeclined", "precedingMonths", "correctionSetOn", "holidays"]);
const FREE_TEXT = new Set(["reason", "excused", "expectedReturn", "backOn", "placementRegisteredOn", "workUnit", "destination", "cannotReceive", "transferNotArranged"]);

const rules: [string, fc.Arbitrary<unknown>, (input: unknown, options: unknown) => unknown][] = [
  ["documentForAbsence", absence, library.documentForAbsence as never],
  ["managementMode", managementFacts, library.managementMode as never],
  ["resolveReceivingOrg", memberSituation, library.resolveReceivingOrg as never],
  ["evaluationGrade", appraisalRecord, library.evaluationGrade as never],
  ["reportingSchedule", scheduleFacts, library.reportingSchedule as never],
];

describe("every rule, on near-miss records", () => {
  for (const [name, valid, rule] of rules) {
    test.prop([valid, fc.nat(), breakage], { numRuns: RUNS })(`${name}: a record with one field broken is refused with the typed error`, (input, pick, how) => {
      const paths = leafPaths(input).filter(
        (p) =>
          !FREE_TEXT.has(String(p.at(-1))) &&
          !p.some((k) => FREE_TEXT.has(String(k)) && how === "null") &&
          // Facts that may be left out: deleting them leaves a valid record.
          !(how === "delete" && OPTIONAL.has(String(p.at(-1)))),
      );
      fc.pre(paths.length > 0);
      const path = paths[pick % paths.length] ?? [];
      const record = broken(input, path, how);
      let refused = false;
      try {
        rule(record, {});
      } catch (error) {
        if (!isRuleInputError(error)) throw error;
        refused = true;
      }
      expect(refused, `${JSON.stringify(path)} ${how}`).toBe(true);
    });

    test.prop([valid, interpretationChoices], { numRuns: Math.ceil(RUNS / 10) })(`${name}: a valid record gets a decision that validates as stored`, (input, interpretations) => {
      const before = structuredClone(input);
      // Q9's, Q10's, Q23's and Q34's alternatives need a fact these records may lack (a
      // standard, a registration date, whether a place is known, the holidays).
      const options = {
        interpretations: {
          // Only the readings of interpretations the rule reads: it refuses any other.
          ...readBy(library.RULES[name as keyof typeof library.RULES], interpretations),
          "Q10.placement-six-months-from": undefined,
          "Q9.grading-standard": undefined,
          "Q23.place-not-fixed-is-uncertain": undefined,
          "Q34.holiday-last-day": undefined,
        },
      };
      const decision = rule(input, options);
      expect(storedDecision.safeParse(JSON.parse(JSON.stringify(decision))).success).toBe(true);
      expect(input).toEqual(before);
    });
  }
});

