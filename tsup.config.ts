import { defineConfig } from "tsup";

// zod, the one runtime library, stays external: it is a peer dependency.
const external = ["zod"];

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "node20",
    treeshake: true,
    external,
  },
  {
    // The command line: ESM only, with its #! line kept. Split, so that `--help` loads
    // only the entry and the rules load with the first command that needs them. With it,
    // the roster's worker thread (`roster-worker.js`), which `analyzeInWorkers` starts from
    // beside the chunk it is in: it shares the rules' chunk rather than a copy of them.
    entry: { cli: "src/cli/bin.ts", "roster-worker": "src/cli/roster-worker.ts" },
    format: ["esm"],
    splitting: true,
    // The chunks the command line loads on demand, named after it.
    esbuildOptions: (options) => {
      options.chunkNames = "cli-[name]-[hash]";
    },
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node20",
    external,
  },
]);
