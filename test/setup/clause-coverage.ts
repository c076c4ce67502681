/**
 * Measures clause coverage while the tests run: every decision a rule makes, in any test,
 * is recorded with the test's name and the clauses it cites. At the end of each test file
 * the record is written to `.ci/out/clause-coverage/`, and `npm run coverage:clauses`
 * turns the records into the coverage report. Nothing here changes what a rule returns.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, expect, vi } from "vitest";
import { DUTIES } from "../../src/rules/duties.js";

const exercised = new Map<string, Set<string>>();
const applied = new Map<string, Set<string>>();
/** How each clause reached a caller: as the ground of an outcome, a dated obligation or a named duty. */
const returnedAs = new Map<string, Set<string>>();

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Records the clauses a decision returns: its reasoning steps, its obligations, its duties. */
interface StepLike {
  readonly check: string;
  readonly citation: string;
  readonly within?: { readonly trace: readonly StepLike[] } | undefined;
}

function recordReturned(decision: { trace: readonly StepLike[]; outcome: unknown }, duties: Readonly<Record<string, { clause: string }>>): void {
  const steps = (trace: readonly StepLike[]): void => {
    for (const step of trace) {
      if (step.check !== "duties") addTo(returnedAs, step.citation, "outcome");
      if (step.within !== undefined) steps(step.within.trace);
    }
  };
  steps(decision.trace);
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (key === "duties" && typeof item === "string" && Object.hasOwn(duties, item)) addTo(returnedAs, duties[item]?.clause ?? "", "duty");
        else walk(item, key);
      }
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (key === "obligations" && typeof record.clause === "string") addTo(returnedAs, record.clause, "obligation");
      for (const [child, inner] of Object.entries(record)) walk(inner, child === "obligations" || child === "duties" ? child : key === "obligations" ? "" : child);
    }
  };
  walk(decision.outcome, "");
}

/** The test's name without fast-check's seed, so the record is the same run to run. */
function currentTest(): string {
  const state = expect.getState();
  const file = (state.testPath ?? "").replace(/^.*?\/test\//, "test/");
  const name = (state.currentTestName ?? "(outside a test)").replace(/ \(with seed=-?\d+\)$/, "");
  return `${file} > ${name}`;
}

vi.mock("../../src/decision/decision.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/decision/decision.js")>();
  return {
    ...original,
    decideFully: (...args: Parameters<typeof original.decideFully>) => {
      const decision = original.decideFully(...args);
      const test = currentTest();
      for (const citation of decision.citations) {
        const tests = exercised.get(citation) ?? new Set<string>();
        tests.add(`${decision.rule} :: ${test}`);
        exercised.set(citation, tests);
      }
      recordReturned(decision, DUTIES);
      for (const { id } of decision.interpretations) {
        const rules = applied.get(id) ?? new Set<string>();
        rules.add(decision.rule);
        applied.set(id, rules);
      }
      return decision;
    },
  };
});

afterAll(() => {
  if (exercised.size === 0) return;
  const folder = fileURLToPath(new URL("../../.ci/out/clause-coverage/", import.meta.url));
  mkdirSync(folder, { recursive: true });
  const file = `${folder}${(expect.getState().testPath ?? "unknown").replace(/[^\w.-]+/g, "_")}.json`;
  const sorted = (map: Map<string, Set<string>>) =>
    Object.fromEntries([...map].map(([key, values]) => [key, [...values].sort()]));
  writeFileSync(file, JSON.stringify({ exercised: sorted(exercised), applied: sorted(applied), returnedAs: sorted(returnedAs) }, null, 1));
});
