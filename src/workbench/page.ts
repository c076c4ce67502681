/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The workbench: one page, offline, where a policy officer chooses a matter, fills in the
 * member's facts and reads the answer as the library gives it, tries every other reading of
 * each interpretation the answer rests on, and saves, opens and checks scenario files.
 *
 * The page is the library bundled for the browser (`build.ts`); it loads nothing and sends
 * nothing. Its words are the catalogs'; its forms are the rules' input schemas; its answers
 * are the rules' decisions; its scenario checks are the command line's (`checkScenarioText`).
 *
 * @module
 */
import { SCENARIO_SCHEMA_ID } from "../cli/json-schema.js";
import { checkScenarioText, type FileResult } from "../cli/scenarios.js";
import { decodeScenarioBytes, isScenarioPathInFolder } from "../cli/scenario-sources.js";
import type { Decision, JsonValue } from "../decision/decision.js";
import { outcomeText, ruleQuestion, ruleTitle } from "../decision/render.js";
import type { RuleName } from "../decision/rule.js";
import { isRuleInputError, renderPath, type InputIssue } from "../errors.js";
import type { InterpretationId } from "../interpretations/registry.js";
import { CATALOGS, LOCALES, type Locale, inLocale } from "../locales/index.js";
import { say } from "../locales/tools.js";
import { inputFields } from "../rules/input-fields.js";
import { RULES, RULE_NAMES, isRuleName } from "../rules/registry.js";
import { renderAnswer } from "./answer.js";
import { append, download, h } from "./dom.js";
import { clearIssues, defaultOf, renderForm, showIssues, type FormContext, type Path, type VariantsField } from "./form.js";
import { choicesOf, clone, scenariosIn, startingScenario, type Choices, type LooseScenario, type ScenarioSource } from "./starters.js";
import { wordsIn, type PageWords } from "./words.js";

/** A rule as the page calls it: it validates its own input and options. */
type AnyRule = ((input: unknown, options?: unknown) => Decision<JsonValue>) & { readonly decideOutcome: (input: unknown, options?: unknown) => JsonValue };

const FIELDS = inputFields();

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The starter scenarios, bundled into the page. */
function readStarters(): ScenarioSource[] {
  const data = document.getElementById("starter-scenarios")?.textContent ?? "[]";
  const parsed = JSON.parse(data) as unknown;
  return Array.isArray(parsed) ? (parsed as ScenarioSource[]) : [];
}

const STARTERS = readStarters();

function starterFor(rule: RuleName, where?: (input: unknown) => boolean): LooseScenario | undefined {
  return startingScenario(STARTERS, rule, where);
}

// ── the page's state ─────────────────────────────────────────────────────────

const state = {
  locale: "zh-CN" as Locale,
  rule: RULE_NAMES[0] as RuleName,
  inputs: Object.fromEntries(RULE_NAMES.map((rule) => [rule, clone(starterFor(rule)?.input) ?? defaultOf(FIELDS[rule])])) as Record<RuleName, unknown>,
  choices: Object.fromEntries(RULE_NAMES.map((rule) => [rule, choicesOf(starterFor(rule))])) as Record<RuleName, Choices>,
  /** The last decision, or the refusal: what a saved scenario expects. */
  last: undefined as { readonly decision: Decision<JsonValue> } | { readonly issues: readonly InputIssue[] } | undefined,
  /** The scenario files last checked, checked again when the language changes. */
  checked: undefined as readonly ScenarioSource[] | undefined,
};

let words: PageWords = wordsIn(state.locale);

function optionsOf(rule: RuleName, choices: Choices = state.choices[rule]): unknown {
  return Object.keys(choices).length === 0 ? undefined : { interpretations: choices };
}

function getAt(root: unknown, path: Path): unknown {
  let at = root;
  for (const key of path) at = isRecord(at) || Array.isArray(at) ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

function setAt(path: Path, value: unknown): void {
  if (path.length === 0) {
    state.inputs[state.rule] = value;
    return;
  }
  let at = state.inputs[state.rule];
  for (const key of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[key];
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(at)) delete (at as Record<string, unknown>)[last];
  else (at as Record<string | number, unknown>)[last] = value;
}

// ── the page ─────────────────────────────────────────────────────────────────

const app = document.getElementById("app") as HTMLElement;
const pageError = h("div", { id: "page-error", role: "alert", hidden: true });

/** Anything that went wrong, shown: the page never goes blank. */
function showPageError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  pageError.hidden = false;
  pageError.textContent = words("workbench.unexpected", { message });
}

window.addEventListener("error", (event) => showPageError(event.error ?? event.message));
window.addEventListener("unhandledrejection", (event) => showPageError(event.reason));

let formHolder = h("div", { class: "form-holder" });
let answerHolder = h("div", { id: "answer", "aria-live": "polite" });
let resultsHolder = h("div", { class: "results", "data-results": "" });
let nameInput = h("input", { type: "text" });
let pending: ReturnType<typeof setTimeout> | undefined;

function guarded(action: () => void): () => void {
  return () => {
    try {
      action();
    } catch (error) {
      showPageError(error);
    }
  };
}

function formContext(): FormContext {
  return {
    locale: state.locale,
    words,
    get: (path) => getAt(state.inputs[state.rule], path),
    set: setAt,
    changed: () => {
      if (pending !== undefined) clearTimeout(pending);
      pending = setTimeout(guarded(decide), 60);
    },
    restructure: guarded(() => {
      renderFormHolder();
      decide();
    }),
    variantStart: (field: VariantsField, value: string) => {
      const starter = starterFor(state.rule, (input) => isRecord(input) && input[field.key] === value);
      if (starter !== undefined) return clone(starter.input);
      const variant = field.variants.find((v) => v.value === value);
      return { [field.key]: value, ...(variant === undefined ? {} : (defaultOf({ kind: "object", words: field.words, fields: variant.fields }) as object)) };
    },
  };
}

function renderFormHolder(): void {
  formHolder.replaceChildren(renderForm(FIELDS[state.rule], formContext()));
}

function issueMessage(issue: InputIssue): string {
  return inLocale(state.locale, issue.message);
}

/** Decides the rule on the form's input and shows the answer, or the problems at their fields. */
function decide(): void {
  if (pending !== undefined) clearTimeout(pending);
  pending = undefined;
  const rule = RULES[state.rule] as unknown as AnyRule;
  const form = formHolder.firstElementChild as HTMLElement | null;
  const input = state.inputs[state.rule];
  try {
    const decision = rule(input, optionsOf(state.rule));
    state.last = { decision };
    if (form !== null) clearIssues(form);
    answerHolder.replaceChildren(
      renderAnswer(decision, {
        locale: state.locale,
        words,
        anyChosen: Object.keys(state.choices[state.rule]).length > 0,
        outcomeUnder: (id, alternative) => {
          try {
            return { outcome: rule.decideOutcome(input, optionsOf(state.rule, { ...state.choices[state.rule], [id]: alternative })) };
          } catch (error) {
            if (!isRuleInputError(error)) throw error;
            return { refused: error.issues.map(issueMessage).join(CATALOGS[state.locale].explain.listSeparator) };
          }
        },
        choose: (id: InterpretationId, alternative: string) => guarded(() => chooseReading(id, alternative))(),
        resetReadings: guarded(resetReadings),
      }),
    );
    nameInput.placeholder = `${ruleTitle(state.rule, state.locale)}${CATALOGS[state.locale].explain.colon}${outcomeText(state.rule, decision.outcome, state.locale)}`;
  } catch (error) {
    if (!isRuleInputError(error)) {
      answerHolder.replaceChildren(h("p", { class: "refused" }, words("workbench.unexpected", { message: error instanceof Error ? error.message : String(error) })));
      throw error;
    }
    state.last = { issues: error.issues };
    if (form !== null) showIssues(form, error.issues, issueMessage, words("workbench.refused-elsewhere"));
    const reset = h("button", { type: "button", "data-reset-readings": "" }, words("workbench.reset-readings"));
    reset.addEventListener("click", guarded(resetReadings));
    answerHolder.replaceChildren(
      h(
        "div",
        { class: "answer-body refused", "data-refused": "" },
        h("p", { class: "refused" }, words("workbench.refused")),
        h("ul", {}, ...error.issues.map((issue) => h("li", {}, issueMessage(issue)))),
        Object.keys(state.choices[state.rule]).length > 0 ? reset : null,
      ),
    );
    nameInput.placeholder = ruleTitle(state.rule, state.locale);
  }
}

function chooseReading(id: InterpretationId, alternative: string): void {
  state.choices[state.rule] = { ...state.choices[state.rule], [id]: alternative };
  decide();
}

function resetReadings(): void {
  state.choices[state.rule] = {};
  decide();
}

// ── scenario files ───────────────────────────────────────────────────────────

function fileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, "_").trim() || "scenario"}.json`;
}

/** What is on screen as a scenario file, in the command line's format, expecting the answer shown. */
function savedScenarioFile(): string {
  const rule = state.rule;
  const name = nameInput.value.trim() || nameInput.placeholder;
  const options = optionsOf(rule);
  const last = state.last;
  const expect =
    last !== undefined && "decision" in last
      ? { outcome: last.decision.outcome, ambiguous: last.decision.ambiguous }
      : { refusedAt: renderPath(last?.issues[0]?.path ?? []) };
  const scenario = { name, rule, input: state.inputs[rule], ...(options === undefined ? {} : { options }), expect };
  const file = { $schema: SCENARIO_SCHEMA_ID, description: words("workbench.saved-description", { title: ruleTitle(rule, state.locale) }), scenarios: [scenario] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function openScenario(scenario: LooseScenario): void {
  if (!isRuleName(scenario.rule)) return;
  state.rule = scenario.rule;
  state.inputs[state.rule] = clone(scenario.input);
  state.choices[state.rule] = choicesOf(scenario);
  renderPage();
  nameInput.value = typeof scenario.name === "string" ? scenario.name : "";
  window.scrollTo({ top: 0 });
}

async function readFiles(files: readonly File[], folder: boolean): Promise<ScenarioSource[]> {
  const chosen = folder
    ? files.filter((file) => isScenarioPathInFolder((file.webkitRelativePath || file.name).split("/").slice(1).join("/") || file.name))
    : files;
  const sources: ScenarioSource[] = [];
  for (const file of chosen) {
    const name = file.webkitRelativePath || file.name;
    const decoded = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
    sources.push(decoded.ok ? { file: name, text: decoded.text } : { file: name, unreadable: inLocale(state.locale, decoded.why) });
  }
  return sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Checks scenario files as the command line's `check` does, and lists every case, passed or failed. */
function checkSources(sources: readonly ScenarioSource[]): void {
  state.checked = sources;
  let passed = 0;
  let failed = 0;
  const sections = sources.map((source) => {
    const section = h("section", { class: "file", "data-file": source.file }, h("h4", {}, source.file));
    if (source.text === undefined) {
      failed += 1;
      append(section, h("p", { class: "case failed" }, `✗ ${words("workbench.unreadable", { message: source.unreadable ?? "" })}`));
      return section;
    }
    const result: FileResult = checkScenarioText(source.file, source.text, state.locale);
    if (result.malformed) {
      failed += 1;
      append(
        section,
        h("p", { class: "case failed", "data-passed": "false" }, `✗ ${words("workbench.malformed")}`),
        h("ul", { class: "findings" }, ...result.findings.map((f) => h("li", {}, h("code", {}, f.where), ` ${f.message}${f.hint === undefined ? "" : `（${f.hint}）`}`))),
      );
      return section;
    }
    const scenarios = scenariosIn(source);
    const cases = result.results.map((r, index) => {
      if (r.passed) passed += 1;
      else failed += 1;
      const open = h("button", { type: "button", class: "open" }, words("workbench.open-in-form"));
      const scenario = scenarios[index];
      open.addEventListener("click", guarded(() => (scenario === undefined ? undefined : openScenario(scenario))));
      return h(
        "li",
        { class: `case ${r.passed ? "passed" : "failed"}`, "data-passed": String(r.passed), "data-case": r.name },
        h("span", { class: "mark", "aria-label": words(r.passed ? "workbench.passed" : "workbench.failed") }, r.passed ? "✓" : "✗"),
        ` ${r.name} `,
        open,
        r.findings.length === 0
          ? null
          : h("ul", { class: "findings" }, ...r.findings.map((f) => h("li", {}, h("code", {}, f.where), ` ${f.message}${f.hint === undefined ? "" : `（${f.hint}）`}`))),
        h("details", {}, h("summary", {}, words("workbench.explanation")), h("pre", {}, r.explanation)),
      );
    });
    append(section, h("ul", { class: "cases" }, ...cases));
    return section;
  });
  const summary =
    passed + failed === 0
      ? h("p", { class: "summary", "data-passed": "0", "data-failed": "0" }, words("workbench.nothing-checked"))
      : h("p", { class: `summary ${failed === 0 ? "passed" : "failed"}`, "data-passed": String(passed), "data-failed": String(failed) }, words("workbench.summary", { passed, failed }));
  resultsHolder.replaceChildren(h("h3", {}, words("workbench.results")), summary, ...sections);
}

function scenarioPanel(): HTMLElement {
  nameInput = h("input", { type: "text", id: "scenario-name", "data-scenario-name": "" });
  const save = h("button", { type: "button", "data-save": "" }, words("workbench.save"));
  save.addEventListener(
    "click",
    guarded(() => download(fileName(nameInput.value.trim() || nameInput.placeholder), savedScenarioFile(), "application/json;charset=utf-8")),
  );
  const files = h("input", { type: "file", id: "open-files", multiple: true, accept: ".json,application/json", "data-open-files": "" });
  const folder = h("input", { type: "file", id: "open-folder", multiple: true, webkitdirectory: true, "data-open-folder": "" });
  files.addEventListener("change", () => {
    readFiles(Array.from(files.files ?? []), false).then((sources) => guarded(() => checkSources(sources))(), showPageError);
  });
  folder.addEventListener("change", () => {
    readFiles(Array.from(folder.files ?? []), true).then((sources) => guarded(() => checkSources(sources))(), showPageError);
  });
  const starters = h("button", { type: "button", "data-check-starters": "" }, words("workbench.check-starters"));
  starters.addEventListener("click", guarded(() => checkSources(STARTERS)));
  resultsHolder = h("div", { class: "results", "data-results": "" });
  if (state.checked !== undefined) checkSources(state.checked);
  return h(
    "section",
    { class: "scenarios", "aria-labelledby": "scenarios-heading" },
    h("h2", { id: "scenarios-heading" }, words("workbench.scenarios")),
    h("p", { class: "help" }, words("workbench.scenarios-intro")),
    h(
      "div",
      { class: "row" },
      h("label", { for: "scenario-name" }, words("workbench.scenario-name")),
      nameInput,
      save,
      h("span", { class: "help" }, words("workbench.save-note")),
    ),
    h(
      "div",
      { class: "row" },
      h("label", { for: "open-files" }, words("workbench.open-files")),
      files,
      h("label", { for: "open-folder" }, words("workbench.open-folder")),
      folder,
    ),
    h("div", { class: "row" }, h("span", {}, `${words("workbench.starters")}：`), starters),
    resultsHolder,
  );
}

function renderPage(): void {
  words = wordsIn(state.locale);
  document.documentElement.lang = state.locale;
  document.title = words("workbench.title");
  const languages = h(
    "div",
    { class: "languages", role: "group", "aria-label": words("workbench.language") },
    ...LOCALES.map((locale) => {
      const button = h("button", { type: "button", lang: locale, "aria-pressed": String(locale === state.locale), "data-locale": locale }, say(locale, "locale.name"));
      button.addEventListener(
        "click",
        guarded(() => {
          state.locale = locale;
          renderPage();
        }),
      );
      return button;
    }),
  );
  const tabs = h(
    "nav",
    { class: "matters", "aria-label": words("workbench.matters") },
    ...RULE_NAMES.map((rule) => {
      const button = h("button", { type: "button", "aria-current": rule === state.rule ? "page" : undefined, "data-rule": rule }, ruleTitle(rule, state.locale));
      button.addEventListener(
        "click",
        guarded(() => {
          state.rule = rule;
          renderPage();
        }),
      );
      return button;
    }),
  );
  formHolder = h("div", { class: "form-holder" });
  answerHolder = h("div", { id: "answer", "aria-live": "polite" });
  const panel = scenarioPanel();
  app.replaceChildren(
    h("header", {}, h("div", {}, h("h1", {}, words("workbench.title")), h("p", { class: "intro" }, words("workbench.intro"))), languages),
    pageError,
    tabs,
    h(
      "main",
      {},
      h(
        "section",
        { class: "facts", "aria-labelledby": "facts-heading", "data-form": state.rule },
        h("h2", { id: "facts-heading" }, `${words("workbench.facts")}${CATALOGS[state.locale].explain.colon}${ruleTitle(state.rule, state.locale)}`),
        h("p", { class: "question" }, ruleQuestion(state.rule, state.locale)),
        formHolder,
      ),
      h("section", { class: "answer", "aria-labelledby": "answer-heading" }, h("h2", { id: "answer-heading" }, words("workbench.answer")), answerHolder),
    ),
    panel,
  );
  renderFormHolder();
  decide();
}

guarded(renderPage)();
