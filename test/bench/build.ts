/**
 * Builds what `npm run bench` runs: the benchmark, bundled by tsup as the package is built
 * (run through tsx instead, every function expression would be wrapped by esbuild's
 * name-keeping helper at each call, which the published code never pays), and the command
 * line it times, `dist/cli.js`, rebuilt by `npm run build` when it is missing or older
 * than the sources.
 *
 * While a change is half made, some modules may import names their dependencies no longer
 * export, and neither the package nor the benchmark would bundle. Then the benchmark
 * bundle defines each such name as `undefined` (found from the bundler's own errors), so
 * that the registry loads and the rules that are whole can be measured; a rule that cannot
 * decide is skipped by the benchmark. When `npm run build` fails, the command line is
 * bundled the same way, as `tsup.config.ts` bundles it, into `.ci/out/bench/cli/`. Both are
 * written to `.ci/out/bench/build.json` and said at the top of the report.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build, type Options } from "tsup";

const root = resolve(import.meta.dirname, "../..");
const out = join(root, ".ci/out/bench");

/** Names to define, by module (relative to the root): what the bundler said is missing. */
const missing = new Map<string, Set<string>>();

const definesMissing: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "define-missing-exports",
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, (args) => {
      const names = missing.get(relative(root, args.path));
      if (names === undefined) return undefined;
      const text = readFileSync(args.path, "utf8");
      const added = [...names].map((name) => `export const ${name} = undefined as never;`).join("\n");
      return { contents: `${text}\n// Defined by test/bench/build.ts: imported elsewhere, no longer exported.\n${added}\n`, loader: "ts" };
    });
  },
};

/** Bundles, adding the names the bundler finds missing until it bundles (or fails for another reason). */
async function bundle(options: Options): Promise<void> {
  for (let pass = 0; ; pass += 1) {
    try {
      await build({
        config: false,
        silent: true,
        target: "node20",
        format: ["esm"],
        esbuildPlugins: [definesMissing],
        // The bundler's errors are read below; the ones that remain are thrown.
        esbuildOptions: (esbuild) => void (esbuild.logLevel = "silent"),
        ...options,
      });
      return;
    } catch (error) {
      const errors = (error as { errors?: readonly { text: string }[] }).errors ?? [];
      let added = 0;
      for (const { text } of errors) {
        const found = /^No matching export in "([^"]+)" for import "([^"]+)"$/.exec(text);
        if (found?.[1] === undefined || found[2] === undefined) continue;
        const names = missing.get(found[1]) ?? new Set<string>();
        if (!names.has(found[2])) added += 1;
        names.add(found[2]);
        missing.set(found[1], names);
      }
      if (added === 0 || pass > 8) throw error;
    }
  }
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function main(): Promise<void> {
  await bundle({
    entry: { run: "test/bench/run.ts" },
    outDir: out,
    external: ["json-rules-engine"],
  });

  const dist = join(root, "dist/cli.js");
  const sourcesChanged = Math.max(newestSource(join(root, "src")), statSync(join(root, "package.json")).mtimeMs);
  let cli: { path: string; how: string };
  // A build that failed on these very sources is not tried again.
  let failedOn: number | undefined;
  try {
    failedOn = (JSON.parse(readFileSync(join(out, "build.json"), "utf8")) as { buildFailedOn?: number }).buildFailedOn;
  } catch {
    failedOn = undefined;
  }
  let buildFailedOn: number | undefined;
  if (existsSync(dist) && statSync(dist).mtimeMs >= sourcesChanged) {
    cli = { path: "dist/cli.js", how: "dist/cli.js, built by npm run build" };
  } else {
    let built = false;
    if (failedOn !== sourcesChanged) {
      process.stdout.write("bench: dist/cli.js is missing or older than the sources: npm run build\n");
      built = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" }).status === 0;
    }
    if (!built) buildFailedOn = sourcesChanged;
    if (built) {
      cli = { path: "dist/cli.js", how: "dist/cli.js, built by npm run build" };
    } else {
      await bundle({ entry: { cli: "src/cli/bin.ts" }, outDir: join(out, "cli"), splitting: true, external: ["zod", "ts-pattern"] });
      cli = {
        path: ".ci/out/bench/cli/cli.js",
        how: `.ci/out/bench/cli/cli.js: \`npm run build\` fails on the sources as they are, so the command line is bundled as tsup.config.ts bundles it${missing.size > 0 ? ", with the same missing names defined" : ""}`,
      };
    }
  }
  const defined = Object.fromEntries([...missing].map(([module, names]) => [module, [...names].sort()]));
  writeFileSync(join(out, "build.json"), `${JSON.stringify({ defined, cli, buildFailedOn }, null, 2)}\n`);
  if (missing.size > 0) {
    process.stdout.write(`bench: the sources do not bundle as they are; defined as undefined: ${JSON.stringify(defined)}\n`);
  }
}

await main();
