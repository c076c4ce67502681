/**
 * The browser the workbench's tests run in: Debian's Chromium, driven by playwright-core
 * (which downloads no browser), headless, with a fresh profile and nothing of its own on
 * the network. Where there is none, the tests say `skipped: no browser`, and fail under CI.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WORKBENCH_PAGE } from "../setup/workbench.js";

/** Where the browser is: `CHROMIUM_PATH`, or Debian's. */
export const BROWSER = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** The page as a user opens it. */
export const PAGE_URL = pathToFileURL(WORKBENCH_PAGE).href;

/** The flags the browser runs with: headless, and quiet on the network. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The URLs a page may ask for: itself, and what it makes (a data: or blob: URL). Nothing from a network. */
export const LOCAL_URL = /^(file|data|blob):/u;

/** An open page, with every URL it requested and every error it threw. */
export interface OpenPage {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}

/**
 * A suite that needs the browser: run in a fresh profile when there is one, every page a
 * test opened checked after it (nothing asked of a network, no error thrown) and closed;
 * otherwise
 * skipped with `skipped: no browser`, or failed when `CI` is set, so that CI never passes
 * without having run it.
 */
export function describeInBrowser(name: string, body: (open: () => Promise<OpenPage>) => void): void {
  if (!existsSync(BROWSER)) {
    console.warn(`skipped: no browser (${BROWSER} not found; install chromium, or set CHROMIUM_PATH)`);
    describe(name, () => {
      if (process.env["CI"] !== undefined) {
        it("has a browser to run in (CI must install chromium)", () => {
          throw new Error(`skipped: no browser at ${BROWSER}, and CI is set: install chromium (apt-get install chromium fonts-noto-cjk)`);
        });
      } else {
        it.skip("skipped: no browser", () => undefined);
      }
    });
    return;
  }
  describe(name, () => {
    let profile = "";
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      profile = mkdtempSync(join(tmpdir(), "mmr-chromium-"));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: BROWSER,
        headless: true,
        args: ARGS,
        acceptDownloads: true,
        locale: "zh-CN",
        viewport: { width: 1400, height: 1000 },
      });
    }, 60_000);
    // Every page a test opened: after the test, none may have asked for anything but itself
    // and what it made, none may have thrown, and all are closed.
    const opened: OpenPage[] = [];
    afterEach(async () => {
      const pages = opened.splice(0);
      try {
        for (const { requests, errors } of pages) {
          expect(requests.filter((url) => !LOCAL_URL.test(url))).toEqual([]);
          expect(errors).toEqual([]);
        }
      } finally {
        for (const { page } of pages) await page.close();
      }
    });
    afterAll(async () => {
      await context?.close();
      if (profile !== "") rmSync(profile, { recursive: true, force: true });
    });
    body(async () => {
      if (context === undefined) throw new Error("the browser did not start");
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(PAGE_URL);
      const open: OpenPage = { page, requests, errors };
      opened.push(open);
      await page.waitForSelector("[data-outcome], [data-refused]");
      return open;
    });
  });
}
