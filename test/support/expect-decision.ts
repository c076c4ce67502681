import { expect } from "vitest";
import { z } from "zod";
import { CATALOGS, decisionSchema, outcomeText, reasonText, stepText, type Decision, type JsonValue, type TraceStep } from "mobile-member-rules";

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
 * survives JSON unchanged; every step's sentence, the outcome and every reason are said in
 * both languages from the catalogs (never the "no words for this step" fallback), and each
 * step's clause is among the citations; and a fact a step quotes under a path of the input (or of the
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
  expect(outcomeText(decision.rule, decision.outcome, "zh-CN")).toMatch(/\p{Script=Han}/u);
  expect(outcomeText(decision.rule, decision.outcome, "en")).toMatch(/[a-z]/);
  for (const ambiguity of decision.ambiguities) {
    expect(reasonText(ambiguity.reason, "zh-CN"), ambiguity.reason.check).toMatch(/\p{Script=Han}/u);
    expect(reasonText(ambiguity.reason, "en"), ambiguity.reason.check).toMatch(/[a-z]/);
  }
  const everyStep = (trace: readonly TraceStep[]): TraceStep[] => trace.flatMap((step) => [step, ...(step.within === undefined ? [] : everyStep(step.within.trace))]);
  for (const step of everyStep(decision.trace)) {
    const zh = stepText(step, decision, "zh-CN");
    expect(zh, step.check).toMatch(/\p{Script=Han}/u);
    expect(zh, step.check).not.toBe(CATALOGS["zh-CN"].explain.unknownStep(step.check));
    expect(stepText(step, decision, "en"), step.check).toMatch(/[a-z]/);
    expect(decision.citations).toContain(step.citation);
  }
  // A sub-decision's facts are named from the part of the input it decided on.
  const checkFacts = (trace: readonly TraceStep[], root: unknown): void => {
    for (const step of trace) {
      for (const [path, value] of Object.entries(step.facts ?? {})) {
        const source = path.startsWith("options.") ? atPath(options, path.slice("options.".length)) : atPath(root, path);
        if (source.found) expect(value, `${step.check}: ${path}`).toEqual(source.value);
      }
      if (step.within !== undefined) {
        const part = atPath(root, step.within.at.replace(/\[(\d+)\]/gu, ".$1"));
        expect(part.found, `${step.check}: ${step.within.at} is a part of the input`).toBe(true);
        checkFacts(step.within.trace, part.value);
      }
    }
  };
  checkFacts(decision.trace, input);
}
