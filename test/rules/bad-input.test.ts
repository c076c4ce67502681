/**
 * Near-miss records: a valid input with one field broken always gets the typed error,
 * never an outcome and never another exception.
 */
import { describe } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  documentForAbsence,
  evaluationGrade,
  liaisonAssignment,
  managementMode,
  reportingSchedule,
  resolveReceivingOrg,
} from "mobile-member-rules";
import { expectRefusal } from "../support/expect-input.js";
import {
  absence,
  appraisalRecord,
  managementFacts,
  memberSituation,
  scheduleFacts,
} from "../support/rule-arbitraries.js";

type Breakage = "delete" | "impossible-date" | "wrong-type" | "unknown-field";

/** Every path to a leaf of a JSON-like value. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

/** A copy of `value` with the field at `path` broken. */
function broken(value: unknown, path: string[], breakage: Breakage): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path.at(-1) ?? "";
  if (breakage === "delete") delete parent[last];
  if (breakage === "impossible-date") parent[last] = "2023-02-29";
  if (breakage === "wrong-type") parent[last] = typeof parent[last] === "number" ? "7" : 7;
  if (breakage === "unknown-field") {
    // In a list, a stray element of the wrong kind; in a record, a misspelt field.
    if (Array.isArray(parent)) parent.push(7);
    else parent[`${last}Typo`] = true;
  }
  return copy;
}

const breakage = fc.constantFrom<Breakage>("delete", "impossible-date", "wrong-type", "unknown-field");

/** Facts that may be left out: deleting them leaves a valid record. */
const OPTIONAL = new Set(["placeKnown", "permittedManagerDeclined"]);
const required = (p: string[], how: Breakage) => !(how === "delete" && OPTIONAL.has(p.at(-1) ?? ""));

/** Each rule, a generator of valid input, and the leaves where a breakage may still be valid. */
const rules: [string, fc.Arbitrary<unknown>, (input: never) => unknown, (path: string[], how: Breakage) => boolean][] = [
  // An optional fact may be left out: deleting it leaves a valid input (inside an away member's absence too).
  ["documentForAbsence", absence, documentForAbsence, required],
  ["managementMode", managementFacts, managementMode, required],
  // A free-text reason is a leaf where a date-like text is still valid.
  ["resolveReceivingOrg", memberSituation, resolveReceivingOrg, (p, how) => p.at(-1) !== "reason" && required(p, how)],
  ["reportingSchedule", scheduleFacts, reportingSchedule, () => true],
  ["evaluationGrade", appraisalRecord, evaluationGrade, (p) => p.at(-1) !== "excused"],
  [
    "liaisonAssignment",
    fc
      .uniqueArray(fc.string({ minLength: 1 }), { minLength: 1 })
      .map((members) => ({ mobileMembers: members, officers: [{ id: "\u0000secretary", role: "secretary" }] })),
    liaisonAssignment,
    // Ids are free text, so an id replaced by a date-like text is still an id.
    (p, how) => how !== "impossible-date" || p.at(-1) === "role",
  ],
];

describe("near-miss records get the typed error", () => {
  for (const [name, valid, rule, breakable] of rules) {
    test.prop([valid, fc.nat(), breakage])(name, (input, pick, how) => {
      const paths = leafPaths(input).filter((p) => breakable(p, how));
      const path = paths[pick % paths.length] ?? [];
      expectRefusal(() => rule(broken(input, path, how) as never));
    });
  }
});
