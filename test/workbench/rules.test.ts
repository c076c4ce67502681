/**
 * The workbench in a real browser, opened from `file://`, for a case of every rule: the
 * form filled in gives the library's own answer; another reading chosen gives the outcome
 * the page had said it would; what is on screen saved as a scenario file, opened again,
 * passes; a bad field shows the library's message at that field; the Chinese page shows no
 * Latin identifiers; and the page asks for nothing but itself and what it makes.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  INTERPRETATIONS,
  RULES,
  RULE_NAMES,
  isRuleInputError,
  outcomeText,
  renderPath,
  type Decision,
  type JsonValue,
  type RuleName,
} from "mobile-member-rules";
import { optionWords } from "../../src/rules/input-fields.js";
import { choicesOf, clone, scenariosIn, startingScenario, type LooseScenario, type ScenarioSource } from "../../src/workbench/starters.js";
import { describeInBrowser, type OpenPage } from "./browser.js";

const starterFolder = fileURLToPath(new URL("../../examples/scenarios/", import.meta.url));
const STARTERS: ScenarioSource[] = readdirSync(starterFolder)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((file) => ({ file, text: readFileSync(`${starterFolder}${file}`, "utf8") }));

type AnyRule = ((input: unknown, options?: unknown) => Decision<JsonValue>) & { decideOutcome: (input: unknown, options?: unknown) => JsonValue };
const rule = (name: RuleName) => RULES[name] as unknown as AnyRule;

/** How the form is changed: the control at `path`, and what that does to the input. */
interface Change {
  readonly path: string;
  readonly act: (page: Page, control: string) => Promise<void>;
  readonly apply: (input: Record<string, any>) => unknown;
}

const fill = (value: string) => (page: Page, control: string) => page.locator(control).fill(value);
const check = (page: Page, control: string) => page.locator(control).check();
const choose = (name: RuleName, path: string, value: string) => (page: Page, control: string) =>
  page.locator(control).selectOption({ label: optionWords({ rule: name, path }, value, "zh-CN") }).then(() => undefined);

/** For each rule: a change that gives another answer, and a change that leaves a field bad. */
const CASES: { readonly [R in RuleName]: { readonly change: Change; readonly bad: Change } } = {
  documentForAbsence: {
    change: { path: "expectedReturn", act: fill("2024-09-10"), apply: (i) => ({ ...i, expectedReturn: "2024-09-10" }) },
    bad: { path: "departure", act: fill(""), apply: (i) => ({ ...i, departure: "" }) },
  },
  managementMode: {
    change: { path: "employment", act: choose("managementMode", "employment", "unstable"), apply: (i) => ({ ...i, employment: "unstable" }) },
    bad: { path: "residenceChangesOften", act: check, apply: (i) => ({ ...i, residenceChangesOften: true }) },
  },
  resolveReceivingOrg: {
    change: {
      path: "category",
      act: (page, control) => page.locator(control).selectOption("away").then(() => undefined),
      apply: () => startingScenario(STARTERS, "resolveReceivingOrg", (input) => (input as { category?: unknown }).category === "away")?.input,
    },
    bad: { path: "since", act: fill(""), apply: (i) => ({ ...i, since: "" }) },
  },
  liaisonAssignment: {
    change: {
      path: "officers[2].role",
      act: choose("liaisonAssignment", "officers.role", "other"),
      apply: (i) => ({ ...i, officers: i["officers"].map((o: object, n: number) => (n === 2 ? { ...o, role: "other" } : o)) }),
    },
    bad: { path: "mobileMembers[0]", act: fill(""), apply: (i) => ({ ...i, mobileMembers: ["", ...i["mobileMembers"].slice(1)] }) },
  },
  evaluationGrade: {
    change: { path: "violation", act: choose("evaluationGrade", "violation", "discipline"), apply: (i) => ({ ...i, violation: "discipline" }) },
    bad: { path: "period.to", act: fill(""), apply: (i) => ({ ...i, period: { ...i["period"], to: "" } }) },
  },
  evaluationCohort: {
    change: {
      path: "members[0].record.violation",
      act: choose("evaluationGrade", "violation", "discipline"),
      apply: (i) => ({ ...i, members: i["members"].map((m: any, n: number) => (n === 0 ? { ...m, record: { ...m.record, violation: "discipline" } } : m)) }),
    },
    bad: {
      path: "members[0].record.departure",
      act: fill(""),
      apply: (i) => ({ ...i, members: i["members"].map((m: any, n: number) => (n === 0 ? { ...m, record: { ...m.record, departure: "" } } : m)) }),
    },
  },
  reportingSchedule: {
    change: { path: "asOf", act: fill("2025-12-31"), apply: (i) => ({ ...i, asOf: "2025-12-31" }) },
    bad: { path: "departure", act: fill(""), apply: (i) => ({ ...i, departure: "" }) },
  },
};

interface ReadingCase {
  readonly scenario: LooseScenario;
  readonly id: string;
  readonly alternative: string;
  readonly outcome: JsonValue;
  /** The outcome under every default reading. */
  readonly byDefault: JsonValue;
}

/**
 * A starter scenario of the rule, an interpretation its decision applied and another
 * reading of it that changes the outcome: one whose words change too, where there is one.
 */
function readingThatChanges(name: RuleName): ReadingCase {
  const found: ReadingCase[] = [];
  for (const scenario of STARTERS.flatMap(scenariosIn).filter((s) => s.rule === name && s.expect?.refused === undefined && s.expect?.refusedAt === undefined)) {
    const choices = choicesOf(scenario);
    const options = Object.keys(choices).length === 0 ? undefined : { interpretations: choices };
    let decision: Decision<JsonValue>;
    try {
      decision = rule(name)(scenario.input, options);
    } catch {
      continue;
    }
    for (const applied of decision.interpretations) {
      for (const alternative of Object.keys(INTERPRETATIONS[applied.id].alternatives)) {
        if (alternative === applied.alternative) continue;
        try {
          const outcome = rule(name).decideOutcome(scenario.input, { interpretations: { ...choices, [applied.id]: alternative } });
          if (JSON.stringify(outcome) !== JSON.stringify(decision.outcome)) {
            const byDefault = rule(name).decideOutcome(scenario.input);
            const found1 = { scenario, id: applied.id, alternative, outcome, byDefault };
            if (outcomeText(name, outcome) !== outcomeText(name, decision.outcome)) return found1;
            found.push(found1);
          }
        } catch {
          // A reading this scenario cannot be decided under.
        }
      }
    }
  }
  if (found[0] !== undefined) return found[0];
  throw new Error(`no starter scenario of ${name} has a reading that changes its outcome`);
}

const control = (path: string) => `[data-control="${path}"]`;
const outcomeOf = (page: Page) => page.locator("#answer [data-outcome]").first().innerText();

async function openRule(open: () => Promise<OpenPage>, name: RuleName): Promise<OpenPage> {
  const opened = await open();
  await opened.page.click(`[data-rule="${name}"]`);
  await opened.page.waitForSelector(`[data-form="${name}"]`);
  return opened;
}

describeInBrowser("the workbench, for every rule", (open) => {
  // describeInBrowser checks every page after each test (no network at all, no error) and closes it.
  let current: OpenPage | undefined;

  it.each(RULE_NAMES)("%s: the form filled in gives the library's answer; saved as a scenario and opened again, it passes", async (name) => {
    current = await openRule(open, name);
    const { page } = current;
    const start = startingScenario(STARTERS, name);
    expect(start).toBeDefined();
    const initial = rule(name)(start?.input, undefined);
    await expect.poll(() => outcomeOf(page)).toBe(outcomeText(name, initial.outcome));

    const { change } = CASES[name];
    await change.act(page, control(change.path));
    const input = change.apply(clone(start?.input) as Record<string, unknown>);
    const decision = rule(name)(input);
    expect(JSON.stringify(decision.outcome)).not.toBe(JSON.stringify(initial.outcome));
    await expect.poll(() => outcomeOf(page)).toBe(outcomeText(name, decision.outcome));
    expect(await page.locator("#answer .ambiguity").count()).toBe(decision.ambiguous ? 1 : 0);
    // Every step, with its clause's text a click away.
    expect(await page.locator("#answer .answer-body > ol.steps > li").count()).toBe(decision.trace.length);
    const firstClause = page.locator("#answer ol.steps details.clause").first();
    await firstClause.locator("summary").click();
    expect((await firstClause.locator("blockquote").first().innerText()).length).toBeGreaterThan(10);

    // Saved, then opened again: it passes.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-save]")]);
    const saved = await download.path();
    const file = JSON.parse(readFileSync(saved, "utf8")) as { scenarios: { rule: string; input: unknown; expect: { outcome: unknown; ambiguous: boolean } }[] };
    expect(file.scenarios).toHaveLength(1);
    expect(file.scenarios[0]?.rule).toBe(name);
    expect(file.scenarios[0]?.input).toEqual(input);
    expect(file.scenarios[0]?.expect).toEqual({ outcome: decision.outcome, ambiguous: decision.ambiguous });
    await page.setInputFiles("[data-open-files]", saved);
    const summary = page.locator("[data-results] .summary");
    await expect.poll(() => summary.getAttribute("data-passed")).toBe("1");
    expect(await summary.getAttribute("data-failed")).toBe("0");
    expect(await page.locator('[data-results] li.case[data-passed="true"]').count()).toBe(1);
  });

  it.each(RULE_NAMES)("%s: another reading, chosen, gives at once the outcome the page said it would", async (name) => {
    current = await openRule(open, name);
    const { page } = current;
    const { scenario, id, alternative, outcome, byDefault } = readingThatChanges(name);
    // Opened from the starter scenarios bundled in the page.
    await page.click("[data-check-starters]");
    await page.locator(`li.case[data-case="${String(scenario.name)}"] button.open`).first().click();
    await page.waitForSelector(`[data-form="${name}"]`);
    const radio = page.locator(`input[data-reading="${id}=${alternative}"]`);
    const expected = outcomeText(name, outcome);
    const preview = await radio.locator("xpath=..").locator(".preview").innerText();
    expect(preview).toContain(expected);
    await radio.check();
    await expect.poll(() => outcomeOf(page)).toBe(expected);
    await expect.poll(() => page.locator(`input[data-reading="${id}=${alternative}"]`).isChecked()).toBe(true);
    // And back to the defaults.
    await page.click("#answer [data-reset-readings]");
    await expect.poll(() => outcomeOf(page)).toBe(outcomeText(name, byDefault));
    expect(await page.locator("input[data-reading]:checked").evaluateAll((radios) => radios.every((r) => r.closest(".reading")?.textContent?.includes("默认理解")))).toBe(true);
  });

  it.each(RULE_NAMES)("%s: a bad field shows the library's message at that field", async (name) => {
    current = await openRule(open, name);
    const { page } = current;
    const { bad } = CASES[name];
    const start = startingScenario(STARTERS, name);
    const input = bad.apply(clone(start?.input) as Record<string, unknown>);
    let message = "";
    try {
      rule(name)(input);
    } catch (error) {
      if (!isRuleInputError(error)) throw error;
      message = error.issues.find((issue) => renderPath(issue.path) === bad.path)?.message.zh ?? "";
    }
    expect(message).not.toBe("");
    await bad.act(page, control(bad.path));
    const shown = page.locator(`[data-path="${bad.path}"] .field-error[data-error-for="${bad.path}"]`);
    await expect.poll(() => shown.count()).toBe(1);
    expect(await shown.innerText()).toBe(message);
    expect(await page.locator("#answer [data-refused]").count()).toBe(1);
    expect(await page.locator(`${control(bad.path)}[aria-invalid="true"]`).count()).toBe(1);
  });

  it.each(RULE_NAMES)("%s: the Chinese page shows no Latin identifiers, and switches to English", async (name) => {
    current = await openRule(open, name);
    const { page } = current;
    // Every reading's preview, the ambiguity banner and the steps are shown; the language switch names English in English.
    const text = (await page.locator("#app").innerText()).replace("English", "");
    expect(text.match(/[A-Za-z]{2,}[\w.-]*/gu) ?? []).toEqual([]);
    await page.click('[data-locale="en"]');
    await expect.poll(() => page.locator("h1").innerText()).toBe("Mobile Party members: the rules workbench");
    const start = startingScenario(STARTERS, name);
    expect(await outcomeOf(page)).toBe(outcomeText(name, rule(name)(start?.input).outcome, "en"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });
});
