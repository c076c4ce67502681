/**
 * Builds what `npm run bench` runs: the package (`npm run build`, so that the command line
 * the benchmark times is `dist/cli.js` as published), then the benchmark, bundled by tsup
 * as the package is built. (Run through tsx instead, every function expression would be
 * wrapped by esbuild's name-keeping helper at each call, which the published code never
 * pays.) A build that fails stops the benchmark: nothing half-built is measured.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "tsup";

const root = resolve(import.meta.dirname, "../..");
const out = join(root, ".ci/out/bench");

process.stdout.write("bench: npm run build\n");
const built = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8", stdio: "inherit" });
if (built.status !== 0) {
  process.stderr.write("bench: npm run build failed; nothing was measured\n");
  process.exit(1);
}
await build({
  config: false,
  silent: true,
  target: "node20",
  format: ["esm"],
  // The roster's worker thread beside the benchmark, where analyzeInWorkers looks for it
  // (next to the module that holds it), as in the package's dist/.
  entry: { run: "test/bench/run.ts", "roster-worker": "src/cli/roster-worker.ts" },
  outDir: out,
  external: ["json-rules-engine"],
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "build.json"), `${JSON.stringify({ defined: {}, cli: { path: "dist/cli.js", how: "dist/cli.js, built by npm run build" } }, null, 2)}\n`);
