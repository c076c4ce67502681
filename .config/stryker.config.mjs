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
  // perTest: each mutant runs only the tests that reached it, the only setting that
  // finishes in reasonable time here. Its attribution in StrykerJS 9.6's vitest runner
  // misses some tests that do kill a mutant (checked by hand, see docs/quality.md);
  // `npm run mutation:thorough` runs every test against every mutant instead.
  coverageAnalysis: process.env.MUTATION_COVERAGE === "all" ? "all" : "perTest",
  // Mutants in module-level tables (the opinion's text, the registries) run only at load
  // and would need the whole suite per mutant; the registry tests check those tables.
  ignoreStatic: process.env.MUTATION_COVERAGE !== "all",
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
