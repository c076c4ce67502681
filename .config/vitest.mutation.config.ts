import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// The suite StrykerJS runs once per mutant: the unit, property and fuzz tests, without the
// tests that pack the package or spawn processes (they test the build, not the rules),
// without type tests (tsc is not re-run per mutant) and without the coverage recorder.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "test/calendar/**/*.test.ts",
      "test/decision/**/*.test.ts",
      "test/interpretations/**/*.test.ts",
      "test/rules/**/*.test.ts",
      "test/cli/**/*.test.ts",
      "test/errors.test.ts",
      // The fuzz suite too, at a few runs per property (test/setup/mutation.ts): it is the
      // suite that feeds every export bad values.
      "test/fuzz/**/*.fuzz.ts",
    ],
    exclude: ["test/package.test.ts", "test/examples.test.ts", "test/cli/process.test.ts"],
    setupFiles: ["test/setup/mutation.ts"],
    typecheck: { enabled: false },
    globalSetup: [],
  },
});
