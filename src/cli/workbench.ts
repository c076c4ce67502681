/**
 * `workbench [--out <folder>]`: writes the workbench page, one HTML file that works offline,
 * into a folder (by default a folder of its own in the system's temporary folder), prints
 * its path and, run from a terminal, opens it in the default browser.
 *
 * The page is built with the package (`dist/workbench/index.html`); in this repository,
 * `npm run workbench` builds it into `docs/workbench/index.html`.
 *
 * @module
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bilingual } from "../locales/catalog.js";
import { bilingual } from "../locales/tools.js";
import { WORKBENCH_MARK } from "../workbench/mark.js";
import { packageRoot } from "./init.js";

export { WORKBENCH_MARK };

/** The folder of this module: `dist/` once built, `src/cli/` from source. */
const here = dirname(fileURLToPath(import.meta.url));

/** The built page: shipped beside the command, or built in this repository. */
function builtPage(): string | undefined {
  const candidates = [join(here, "workbench", "index.html")];
  try {
    const root = packageRoot();
    // From source: the page `npm run workbench` built last, or the one `npm run build` did.
    candidates.push(join(root, "docs", "workbench", "index.html"), join(root, "dist", "workbench", "index.html"));
  } catch {
    // No package root: only the shipped page can be found.
  }
  return candidates.find((path) => existsSync(path));
}

/** The folder the page goes to when none is given. */
export function defaultWorkbenchFolder(): string {
  return join(tmpdir(), "mobile-member-rules-workbench");
}

/** What `workbench` did, or why it did nothing. */
export type WorkbenchResult = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly why: Bilingual };

/** Writes the page as `index.html` in `folder` (made if missing); a file there that is no workbench page is left alone. */
export function writeWorkbench(folder: string): WorkbenchResult {
  const source = builtPage();
  if (source === undefined) {
    return {
      ok: false,
      why: bilingual("cli.workbench.missing"),
    };
  }
  const path = join(resolve(folder), "index.html");
  if (existsSync(path) && !readFileSync(path, "utf8").includes(WORKBENCH_MARK)) {
    return { ok: false, why: bilingual("cli.workbench.not-ours", { path }) };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, readFileSync(source));
  return { ok: true, path };
}

/**
 * Opens a file in the default browser, without waiting and without failing: where no
 * opener exists (`xdg-open`, `open`, `start`), nothing happens and the printed path remains.
 */
export function openInBrowser(path: string): void {
  const [command, args] =
    process.platform === "darwin" ? ["open", [path]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", path]] : ["xdg-open", [path]];
  try {
    const child = spawn(command, args, { detached: true, stdio: "ignore" });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No browser to open it with: the path is printed.
  }
}

/** Whether to open the page: only for someone at a terminal, never in a pipe, a test or CI. */
export function shouldOpen(): boolean {
  return process.stdout.isTTY === true && process.env["CI"] === undefined;
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** The built workbench page is not there to copy. */
    "cli.workbench.missing": Record<never, never>;
    /** The file to write is there and is another page. */
    "cli.workbench.not-ours": { readonly path: string };
  }
}
