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

describe("near-miss records get the typed error", () => {
  test.prop([absence, fc.nat(), breakage])("documentForAbsence", (input, pick, how) => {
    const paths = leafPaths(input);
    const path = paths[pick % paths.length] ?? [];
    expectRefusal(() => documentForAbsence(broken(input, path, how) as never));
  });

  test.prop([managementFacts, fc.nat(), breakage])("managementMode", (input, pick, how) => {
    const paths = leafPaths(input);
    const path = paths[pick % paths.length] ?? [];
    expectRefusal(() => managementMode(broken(input, path, how) as never));
  });

  test.prop([memberSituation, fc.nat(), breakage])("resolveReceivingOrg", (input, pick, how) => {
    // A free-text reason is the one leaf where a date-like text is still valid.
    const paths = leafPaths(input).filter((p) => p.at(-1) !== "reason");
    const path = paths[pick % paths.length] ?? [];
    expectRefusal(() => resolveReceivingOrg(broken(input, path, how) as never));
  });

  test.prop([scheduleFacts, fc.nat(), breakage])("reportingSchedule", (input, pick, how) => {
    const paths = leafPaths(input);
    const path = paths[pick % paths.length] ?? [];
    expectRefusal(() => reportingSchedule(broken(input, path, how) as never));
  });

  test.prop([appraisalRecord, fc.nat(), breakage])("evaluationGrade", (input, pick, how) => {
    // A free-text reason is the one leaf where a date-like text is still valid.
    const paths = leafPaths(input).filter((p) => p.at(-1) !== "excused");
    const path = paths[pick % paths.length] ?? [];
    expectRefusal(() => evaluationGrade(broken(input, path, how) as never));
  });

  test.prop([fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1 }), fc.nat(), breakage])(
    "liaisonAssignment",
    (members, pick, how) => {
      const input = { mobileMembers: members, officers: [{ id: "\u0000secretary", role: "secretary" }] };
      // Ids are free text, so an id replaced by a date-like text is still an id.
      const paths = leafPaths(input).filter((p) => how !== "impossible-date" || p.at(-1) === "role");
      const path = paths[pick % paths.length] ?? [];
      expectRefusal(() => liaisonAssignment(broken(input, path, how) as never));
    },
  );
});
