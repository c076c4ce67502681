/**
 * What the workbench is made of: the library's main entry bundles for the browser with no
 * `node:` import; the page is one file that loads nothing (no script, style, font or image
 * from elsewhere, and a policy that forbids it), with the starter scenarios inside it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { WORKBENCH_CSP } from "../../src/workbench/build.js";
import { WORKBENCH_PAGE } from "../setup/workbench.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the workbench's parts", () => {
  it("bundles the main entry for the browser: nothing in its graph imports node:", async () => {
    const result = await build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      external: ["zod"],
      logLevel: "silent",
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((path) => path.startsWith("node:"))).toEqual([]);
  });

  it("is one page that loads nothing, with the starter scenarios inside it", () => {
    const page = readFileSync(WORKBENCH_PAGE, "utf8");
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${WORKBENCH_CSP}">`);
    expect(WORKBENCH_CSP).toMatch(/^default-src 'none';/u);
    expect(page).not.toMatch(/<(script|img|iframe)[^>]*\ssrc=/iu);
    expect(page).not.toMatch(/<link[^>]*\shref=/iu);
    expect(page).not.toMatch(/@import|url\(\s*['"]?(https?:|\/\/)/iu);
    expect(page.match(/<script>/gu)).toHaveLength(1);
    const data = /<script type="application\/json" id="starter-scenarios">(.*?)<\/script>/su.exec(page)?.[1] ?? "[]";
    const starters = JSON.parse(data) as { file: string; text: string }[];
    const folder = `${root}examples/scenarios/`;
    expect(starters).toEqual(readdirSync(folder).filter((name) => name.endsWith(".json")).sort().map((file) => ({ file, text: readFileSync(`${folder}${file}`, "utf8") })));
  });
});
