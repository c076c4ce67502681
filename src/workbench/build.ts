/**
 * Builds the workbench: one self-contained HTML file, the page's script (the library
 * bundled for the browser) and its style inline, the starter scenarios inside it, nothing
 * loaded from anywhere. It opens from `file://`.
 *
 * `npm run workbench` writes `docs/workbench/index.html`; `npm run build` writes
 * `dist/workbench/index.html`, which the package ships and `mobile-member-rules workbench`
 * copies. Run directly: `tsx src/workbench/build.ts [out.html]`.
 *
 * @module
 */
import { mkdirSync, readFileSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { WORKBENCH_MARK } from "./mark.js";
import { say } from "../locales/tools.js";
import "./words.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");

/** The page's Content Security Policy: its own inline script and style, and nothing from anywhere. */
export const WORKBENCH_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";

/** A built page: where it was written and its size in bytes. */
export interface BuiltWorkbench {
  readonly path: string;
  readonly bytes: number;
}

/** The starter scenarios, as the page holds them: each file's name and text. */
function starterScenarios(): { readonly file: string; readonly text: string }[] {
  const folder = join(root, "examples", "scenarios");
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith(".json"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(folder, file), "utf8") }));
}

/**
 * zod's messages in its own English only. zod's namespace brings every language's messages
 * with it (some 190 kB of the page); the library never shows them, since every message it
 * gives is its own, in Chinese and English.
 */
const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      loader: "js",
    }));
  },
};

/** The page's script: the library and the page, for the browser, in one piece. */
async function pageScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, "page.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: ["chrome100", "edge100", "firefox100", "safari15"],
    minify: true,
    write: false,
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    tsconfig: join(root, "tsconfig.json"),
    plugins: [zodEnglishOnly],
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("the workbench's script was not built");
  return output.text;
}

/** The page: the script and the data set inside it safely (no `</script>` can end them early). */
export async function workbenchHtml(): Promise<string> {
  const script = (await pageScript()).replace(/<\/(script)/giu, "<\\/$1").replace(/<!--/gu, "<\\!--");
  const style = readFileSync(join(here, "page.css"), "utf8");
  const starters = JSON.stringify(starterScenarios()).replace(/</gu, "\\u003c");
  return [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    WORKBENCH_MARK,
    `<meta http-equiv="Content-Security-Policy" content="${WORKBENCH_CSP}">`,
    `<title>${say("zh-CN", "workbench.title")}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    `<div id="app"><noscript>${say("zh-CN", "workbench.no-script")} ${say("en", "workbench.no-script")}</noscript></div>`,
    `<script type="application/json" id="starter-scenarios">${starters}</script>`,
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Builds the page into `out`, making its folder if missing. */
export async function buildWorkbench(out: string): Promise<BuiltWorkbench> {
  const html = await workbenchHtml();
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return { path, bytes: Buffer.byteLength(html) };
}

function isProgram(): boolean {
  const script = process.argv[1];
  try {
    return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isProgram()) {
  const built = await buildWorkbench(process.argv[2] ?? join(root, "docs", "workbench", "index.html"));
  process.stdout.write(`${built.path} (${Math.round(built.bytes / 1024)} kB)\n`);
}
