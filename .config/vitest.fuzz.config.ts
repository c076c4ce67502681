import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// The fuzzing suite: `npm run fuzz` (FUZZ_RUNS sets the runs per property). The base
// config's include list is replaced, not merged, so only the fuzz files run.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/fuzz/**/*.fuzz.ts"],
    typecheck: { enabled: false },
    globalSetup: [],
    testTimeout: 1_800_000,
  },
});
