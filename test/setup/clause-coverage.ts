/**
 * Measures clause coverage while the tests run: every decision a rule makes, in any test,
 * is recorded with the test's name and the clauses it cites. At the end of each test file
 * the record is written to `.ci/out/clause-coverage/`, and `npm run coverage:clauses`
 * turns the records into the coverage report. Nothing here changes what a rule returns.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, expect, vi } from "vitest";

const exercised = new Map<string, Set<string>>();
const applied = new Map<string, Set<string>>();

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
    runRule: (...args: Parameters<typeof original.runRule>) => {
      const decision = original.runRule(...args);
      const test = currentTest();
      for (const citation of decision.citations) {
        const tests = exercised.get(citation) ?? new Set<string>();
        tests.add(`${decision.rule} :: ${test}`);
        exercised.set(citation, tests);
      }
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
  writeFileSync(file, JSON.stringify({ exercised: sorted(exercised), applied: sorted(applied) }, null, 1));
});
