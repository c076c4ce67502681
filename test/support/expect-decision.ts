import { expect } from "vitest";
import { z } from "zod";
import { decisionSchema, type Decision, type JsonValue } from "mobile-member-rules";

/** The schema of any stored decision, whatever its outcome. */
export const storedDecision = decisionSchema(z.json());

/** The value at a dotted path of a trace fact (`"destination.unitHasPartyOrg"`), if the input has one. */
function atPath(root: unknown, path: string): { found: boolean; value?: unknown } {
  let current = root;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return { found: false };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

/**
 * What every decision promises whatever the rule: it validates as a stored decision and
 * survives JSON unchanged; every step's sentence is said in both languages and its clause
 * is among the citations; and a fact a step quotes under a path of the input (or of the
 * options, as `options.…`) is the value the input holds there. Derived facts (counts,
 * runs) have names that are not input paths and are pinned by the rules' own tests.
 */
export function expectWellFormedDecision(decision: Decision<JsonValue>, input: unknown, options: unknown = {}): void {
  const parsed = storedDecision.safeParse(decision);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
  expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  // Each clause, interpretation and contested point once.
  expect(new Set(decision.citations).size).toBe(decision.citations.length);
  expect(new Set(decision.interpretations.map((i) => i.id)).size).toBe(decision.interpretations.length);
  expect(new Set(decision.ambiguities.map((a) => a.interpretation)).size).toBe(decision.ambiguities.length);
  expect(decision.summary.zh).not.toBe("");
  expect(decision.summary.en).not.toBe("");
  for (const step of decision.trace) {
    expect(step.text.zh, step.check).toMatch(/\p{Script=Han}/u);
    expect(step.text.en, step.check).toMatch(/[a-z]/);
    expect(decision.citations).toContain(step.citation);
    for (const [path, value] of Object.entries(step.facts)) {
      const source = path.startsWith("options.") ? atPath(options, path.slice("options.".length)) : atPath(input, path);
      if (source.found) expect(value, `${step.check}: ${path}`).toEqual(source.value);
    }
  }
}
