/**
 * `npm run workbench:screenshots`: builds the workbench and writes one picture per rule,
 * the Chinese page with an answer shown, into `docs/workbench/screenshots/<rule>.png`. The
 * first matter is shown on its contested point (exactly six months away, 解释一), so that
 * its picture shows how an ambiguity reads. Needs Chromium (`CHROMIUM_PATH`, or Debian's
 * `/usr/bin/chromium`) and CJK fonts.
 *
 * @module
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { RULE_NAMES } from "../rules/registry.js";
import { buildWorkbench } from "./build.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const browser = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
if (!existsSync(browser)) {
  process.stderr.write(`no browser at ${browser}: install chromium and fonts-noto-cjk, or set CHROMIUM_PATH\n`);
  process.exit(1);
}

const page = await buildWorkbench(join(root, "docs", "workbench", "index.html"));
const out = join(root, "docs", "workbench", "screenshots");
mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "mmr-screenshots-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browser,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN"],
  locale: "zh-CN",
  // Chromium on Linux takes its own language (a date field's order, a file field's button) from the environment.
  env: { ...process.env, LANGUAGE: "zh_CN", LANG: "zh_CN.UTF-8" },
  viewport: { width: 1280, height: 1200 },
});
try {
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(page.path).href);
  for (const rule of RULE_NAMES) {
    await tab.click(`[data-rule="${rule}"]`);
    if (rule === "documentForAbsence") await tab.locator('[data-control="expectedReturn"]').fill("2024-09-10");
    await tab.waitForSelector("#answer [data-outcome]");
    await tab.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await tab.waitForTimeout(200);
    const file = join(out, `${rule}.png`);
    await tab.screenshot({ path: file });
    process.stdout.write(`${file}\n`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
