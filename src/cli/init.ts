/**
 * `init <folder>`: the starter scenarios, copied where a policy officer will edit them,
 * each with a `$schema` that resolves from there, and the package's own files found from
 * wherever the command runs (the built `dist/cli.js`, or `src/cli/main.ts` in this
 * repository).
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarioJsonSchema } from "./json-schema.js";

const PACKAGE_NAME = "mobile-member-rules";

/** The folder of this module: `dist/` once built, `src/cli/` from source. */
const here = dirname(fileURLToPath(import.meta.url));

/** The package's root: the nearest folder above this module whose package.json names the package. @internal */
export function packageRoot(): string {
  for (let dir = here; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`${PACKAGE_NAME}: package.json not found above ${here}`);
  }
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: unknown };
  return typeof version === "string" ? version : "unknown";
}

/** The starter scenarios: shipped in `dist/scenarios`, or `examples/scenarios` in this repository. */
function starterFolder(): string {
  const shipped = join(here, "scenarios");
  return existsSync(shipped) ? shipped : join(packageRoot(), "examples", "scenarios");
}

/** The schema file `init` copies beside the scenarios when no installed package provides one. */
export const SCHEMA_FILE_NAME = "scenario.schema.json";

/** What `init` did, or why it did nothing. */
export type InitResult =
  | { readonly ok: true; readonly written: readonly string[]; readonly schema: string }
  | { readonly ok: false; readonly existing: readonly string[] };

/**
 * The `$schema` for files in `folder`: the installed package's schema, found in the
 * `node_modules` of `folder` or of a folder above it, so that it follows the package's
 * upgrades; `undefined` when there is none.
 */
function installedSchema(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    const shipped = join(dir, "node_modules", PACKAGE_NAME, "dist", SCHEMA_FILE_NAME);
    if (existsSync(shipped)) {
      // `$schema` is a URI reference: forward slashes on every system.
      const path = relative(folder, shipped).split(sep).join("/");
      return path.startsWith(".") ? path : `./${path}`;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Copies the starter scenarios into `folder` (made if missing). Their `$schema` points at
 * the installed package's schema when `folder` is inside a project that has the package;
 * otherwise the schema is copied beside them as `scenario.schema.json`. Existing files are
 * left alone, and nothing is written, unless `force`.
 */
export function initScenarios(folder: string, force: boolean): InitResult {
  const target = resolve(folder);
  const source = starterFolder();
  const names = readdirSync(source)
    .filter((name) => name.toLowerCase().endsWith(".json"))
    .sort();
  const installed = installedSchema(target);
  const files = new Map<string, string>();
  for (const name of names) {
    const $schema = installed ?? `./${SCHEMA_FILE_NAME}`;
    // `$schema` first, where editors and readers look for it.
    const scenario = { $schema, ...(JSON.parse(readFileSync(join(source, name), "utf8")) as Record<string, unknown>) };
    scenario.$schema = $schema;
    files.set(name, `${JSON.stringify(scenario, null, 2)}\n`);
  }
  if (installed === undefined) files.set(SCHEMA_FILE_NAME, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  const existing = [...files.keys()].filter((name) => existsSync(join(target, name)));
  if (existing.length > 0 && !force) return { ok: false, existing };
  mkdirSync(target, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(target, name), text);
  return { ok: true, written: [...files.keys()], schema: installed ?? `./${SCHEMA_FILE_NAME}` };
}
