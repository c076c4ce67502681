import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Examples and tests may import the package by name, as users do.
    alias: { "mobile-member-rules": `${root}src/index.ts` },
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/clause-coverage.ts"],
    // The workbench page, built once: its browser tests open it, the command line copies it.
    globalSetup: ["test/setup/workbench.ts"],
    // Type tests (`*.test-d.ts`) only check anything when typecheck is enabled with tsc.
    typecheck: {
      enabled: true,
      checker: "tsc",
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 60_000,
  },
});
