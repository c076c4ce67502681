// @ts-check
/**
 * Mutation testing: `npm run mutation`. Every rule, calendar, decision and
 * interpretation module is mutated; the report goes to .ci/out/mutation/ and
 * `test/quality/mutation-report.ts` turns it into docs/quality.md.
 *
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: ".config/vitest.mutation.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/rules/**/*.ts", "src/calendar/**/*.ts", "src/decision/**/*.ts"],
  coverageAnalysis: "perTest",
  // Mutants in module-level tables (the opinion's text, the registries) run only at
  // load; each would need the whole suite rerun. The registry tests check those tables.
  ignoreStatic: true,
  mutator: {
    // Changing a sentence of a trace or a message is not a change of decision; the
    // explanation tests pin the texts that matter. See docs/quality.md.
    excludedMutations: ["StringLiteral"],
  },
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ["json", "clear-text", "progress"],
  // Runs over parts of src/ (--mutate) can write separate reports; the report script merges them.
  jsonReporter: { fileName: process.env.MUTATION_REPORT ?? ".ci/out/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
