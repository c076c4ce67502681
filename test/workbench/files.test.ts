/**
 * The workbench's scenario files, its ambiguities and its calendar, in a real browser from
 * `file://`: the starter scenarios pass there as on the command line; an opened folder is
 * searched as the command line searches one; a malformed or UTF-16 file is reported, never
 * a blank page; an ambiguous decision shows both outcomes side by side; the schedule's
 * calendar file downloads from the page itself. Nothing is asked of any network.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { documentForAbsence, outcomeText } from "mobile-member-rules";
import { checkScenarioText } from "../../src/cli/scenarios.js";
import { describeInBrowser, type OpenPage } from "./browser.js";

const starterFolder = fileURLToPath(new URL("../../examples/scenarios/", import.meta.url));
const starterFiles = readdirSync(starterFolder).filter((name) => name.endsWith(".json")).sort();

const scratch = mkdtempSync(join(tmpdir(), "mmr-workbench-files-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describeInBrowser("the workbench's scenario files, ambiguities and calendar", (open) => {
  // describeInBrowser checks and closes every page after each test.
  let current: OpenPage | undefined;

  it("checks the bundled starter scenarios with the command line's own checks: every one passes", async () => {
    current = await open();
    const { page } = current;
    let cases = 0;
    for (const file of starterFiles) {
      const result = checkScenarioText(file, readFileSync(join(starterFolder, file), "utf8"), "zh-CN");
      if (!result.malformed) cases += result.results.length;
    }
    await page.click("[data-check-starters]");
    const summary = page.locator("[data-results] .summary");
    await expect.poll(() => summary.getAttribute("data-passed")).toBe(String(cases));
    expect(await summary.getAttribute("data-failed")).toBe("0");
    expect(await summary.innerText()).toBe(`通过 ${cases} 项，未通过 0 项`);
    expect(await page.locator("[data-results] section.file").evaluateAll((sections) => sections.map((s) => s.getAttribute("data-file")))).toEqual(starterFiles);
  });

  it("opens a folder as the command line searches one: every .json file, not a schema, nothing hidden or installed", async () => {
    current = await open();
    const { page } = current;
    const folder = join(scratch, "情景");
    const text = (name: string) => readFileSync(join(starterFolder, name), "utf8");
    mkdirSync(join(folder, "子文件夹"), { recursive: true });
    mkdirSync(join(folder, "node_modules", "x"), { recursive: true });
    writeFileSync(join(folder, "document-for-absence.json"), text("document-for-absence.json"));
    writeFileSync(join(folder, "子文件夹", "management-mode.JSON"), text("management-mode.json"));
    writeFileSync(join(folder, "scenario.schema.json"), "{}");
    writeFileSync(join(folder, ".hidden.json"), "{}");
    writeFileSync(join(folder, "node_modules", "x", "y.json"), "{}");
    writeFileSync(join(folder, "notes.txt"), "not a scenario");
    await page.setInputFiles("[data-open-folder]", folder);
    await page.waitForSelector("[data-results] .summary");
    const files = await page.locator("[data-results] section.file").evaluateAll((sections) => sections.map((s) => s.getAttribute("data-file")));
    expect(files).toEqual(["情景/document-for-absence.json", "情景/子文件夹/management-mode.JSON"]);
    expect(await page.locator("[data-results] .summary").getAttribute("data-failed")).toBe("0");
  });

  it("reports a malformed file, a failing case and a UTF-16 file one by one, and still checks the good one", async () => {
    current = await open();
    const { page } = current;
    const good = join(scratch, "good.json");
    const broken = join(scratch, "broken.json");
    const failing = join(scratch, "failing.json");
    const utf16 = join(scratch, "utf16.json");
    const absence = { departure: "2024-03-10", expectedReturn: "2024-09-09", placeFixed: true };
    const file = (expect_: unknown) => JSON.stringify({ scenarios: [{ name: "不满6个月", rule: "documentForAbsence", input: absence, expect: expect_ }] });
    writeFileSync(good, file({ outcome: { document: "certificate-letter" } }));
    writeFileSync(failing, file({ outcome: { document: "transfer-letter" } }));
    writeFileSync(broken, '{ "scenarios": [ { "name": "x", ');
    writeFileSync(utf16, Buffer.from(`\uFEFF${file({})}`, "utf16le"));
    await page.setInputFiles("[data-open-files]", [good, broken, failing, utf16]);
    const summary = page.locator("[data-results] .summary");
    await expect.poll(() => summary.getAttribute("data-failed")).toBe("3");
    expect(await summary.getAttribute("data-passed")).toBe("1");
    const section = (name: string) => page.locator(`[data-results] section.file[data-file="${name}"]`);
    expect(await section("broken.json").innerText()).toContain("情景文件格式错误");
    expect(await section("failing.json").innerText()).toContain('期望 "transfer-letter"，实际 "certificate-letter"');
    expect(await section("utf16.json").innerText()).toContain("UTF-16");
    expect(await section("good.json").locator('li.case[data-passed="true"]').count()).toBe(1);
  });

  it("shows an ambiguous decision unmistakably, both outcomes side by side, and switches to the other at a click", async () => {
    current = await open();
    const { page } = current;
    await page.locator('[data-control="expectedReturn"]').fill("2024-09-10");
    const banner = page.locator("#answer .ambiguity[role=alert]");
    await banner.waitFor();
    const decision = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true });
    expect(decision.ambiguous).toBe(true);
    const sides = await banner.locator(".side .outcome").allInnerTexts();
    expect(sides).toEqual([outcomeText("documentForAbsence", decision.outcome), ...(decision.ambiguities[0]?.alternatives ?? []).map((a) => outcomeText("documentForAbsence", a.outcome))]);
    expect(await banner.innerText()).toContain("本案存在歧义");
    await banner.locator("button[data-use-reading]").first().click();
    await expect.poll(() => page.locator("#answer [data-outcome]").innerText()).toBe(sides[1]);
  });

  it("downloads the schedule's calendar file from the page itself", async () => {
    current = await open();
    const { page } = current;
    await page.click('[data-rule="reportingSchedule"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-calendar]")]);
    expect(download.url()).toMatch(/^blob:/u);
    expect(download.suggestedFilename()).toBe("流动党员管理日程.ics");
    const calendar = readFileSync(await download.path(), "utf8");
    expect(calendar.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(calendar).toContain("BEGIN:VEVENT");
  });

  it("never goes blank: an input no form can show is refused above the form, and the page stays usable", async () => {
    current = await open();
    const { page } = current;
    const odd = join(scratch, "odd.json");
    writeFileSync(odd, JSON.stringify({ scenarios: [{ name: "不是对象的输入", rule: "managementMode", input: [1, 2], expect: { refused: true } }] }));
    await page.setInputFiles("[data-open-files]", odd);
    await page.locator('li.case[data-case="不是对象的输入"] button.open').click();
    await page.waitForSelector("#answer [data-refused]");
    expect(await page.locator(".form-errors").innerText()).not.toBe("");
    expect(await page.locator("#page-error").isHidden()).toBe(true);
    await page.click('[data-rule="documentForAbsence"]');
    await page.waitForSelector("#answer [data-outcome]");
  });
});
