/**
 * Scenario files: a rule, its input, optional interpretation choices, and what the
 * policy officer expects. Read, checked and explained for people who do not write
 * TypeScript.
 *
 * @module
 */
import { inLocale } from "../locales/index.js";
import { z } from "zod";
import { CitationIdSchema, type CitationId } from "../clauses/citation.js";
import type { Decision, JsonValue } from "../decision/decision.js";
import { writeExplanation, type ExplainLocale } from "../decision/explain.js";
import { isRuleInputError, renderPath, validateInput, type InputIssue } from "../errors.js";
import { INTERPRETATION_IDS, alternativesOf, type InterpretationId } from "../interpretations/registry.js";
import { RULES, RULE_NAMES } from "../rules/registry.js";
import type { RuleName } from "../decision/rule.js";
import { nearest } from "./suggest.js";
import { say } from "../locales/tools.js";

/** A rule as the scenario runner sees it: untyped input and options in, a decision out. */
interface RunnableRule {
  readonly input: z.ZodType;
  readonly run: (input: unknown, options: unknown) => Decision<JsonValue>;
}

/** The rules a scenario can name: every rule of the registry. */
export type ScenarioRule = RuleName;

/** Every rule a scenario can name. */
export const SCENARIO_RULES: readonly ScenarioRule[] = RULE_NAMES;

/** A rule taken as untyped: it validates its own input and options, so widening is safe. */
function runnableRule(rule: ScenarioRule): RunnableRule {
  const declared = RULES[rule];
  return { input: declared.input, run: declared as unknown as (input: unknown, options: unknown) => Decision<JsonValue> };
}

/** What a scenario expects. Every field is optional; give only what you want checked. */
export interface ScenarioExpectation {
  /** The outcome, or part of it: every field given must match; fields left out are not checked. */
  readonly outcome?: JsonValue | undefined;
  /** Clauses or superior rules the decision must cite (it may cite others too). */
  readonly citations?: readonly CitationId[] | undefined;
  /** Whether the decision must be marked ambiguous, or must not be. */
  readonly ambiguous?: boolean | undefined;
  /** The input must be refused as invalid. */
  readonly refused?: boolean | undefined;
  /** The input must be refused with an issue at this path, written as in the messages (`absence.expectedReturn`). */
  readonly refusedAt?: string | undefined;
}

/** One scenario. */
export interface Scenario {
  /** What the scenario checks, in words. */
  readonly name: string;
  /** The rule to run. */
  readonly rule: ScenarioRule;
  /** The rule's input, as its schema describes. */
  readonly input: JsonValue;
  /** The rule's options: interpretation choices, an override. */
  readonly options?: JsonValue | undefined;
  /** What the officer expects. */
  readonly expect: ScenarioExpectation;
}

const ExpectationSchema = z.strictObject({
  outcome: (z.unknown() as unknown as z.ZodType<JsonValue>).optional(),
  citations: z.array(CitationIdSchema).optional(),
  ambiguous: z.boolean().optional(),
  refused: z.boolean().optional(),
  refusedAt: z.string().optional(),
}) as z.ZodType<ScenarioExpectation>;

/**
 * A value read from a scenario file: `JSON.parse` gave it, so it is JSON already, and the
 * rule validates it in its own terms; walking it again as `z.json()` cost more than
 * deciding the scenario.
 */
const FromJsonFile = z.unknown() as unknown as z.ZodType<JsonValue>;

const ScenarioSchema: z.ZodType<Scenario> = z.strictObject({
  name: z.string().min(1),
  rule: z.enum(SCENARIO_RULES as [ScenarioRule, ...ScenarioRule[]]),
  input: FromJsonFile,
  options: FromJsonFile.optional(),
  expect: ExpectationSchema,
});

/** A scenario file: some scenarios, with an optional description and a `$schema` for editors. */
export const ScenarioFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  scenarios: z.array(ScenarioSchema).min(1),
});

/** A problem found while checking, with where it is. */
export interface Finding {
  /** The path inside the file, for example `scenarios[2].input.departure`. */
  readonly where: string;
  /** What is wrong. */
  readonly message: string;
  /** The nearest known name, when a name looks misspelt: "did you mean …?". */
  readonly hint?: string;
}

/** The result of one scenario. */
export interface ScenarioResult {
  /** The scenario's name. */
  readonly name: string;
  /** Whether every expectation held. */
  readonly passed: boolean;
  /** Whether the rule gave a decision (rather than refusing the input or the options). */
  readonly decided: boolean;
  /** What did not hold: expectations the decision missed, or what was refused. Each problem appears once. */
  readonly findings: readonly Finding[];
  /** The explanation of the decision, or of the refusal. */
  readonly explanation: string;
}

/** The result of one file. */
export type FileResult =
  | { readonly file: string; readonly malformed: false; readonly results: readonly ScenarioResult[] }
  | { readonly file: string; readonly malformed: true; readonly findings: readonly Finding[] };

/**
 * The offset of the first JSON syntax error in `text`, found by walking the grammar
 * (Node's own messages do not always give one).
 */
function syntaxErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\r\n".includes(text[i] ?? "")) i += 1;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail();
    i += 1;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") {
      i += 1;
      space();
      if (text[i] === "}") return void (i += 1);
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ":") fail();
        i += 1;
        value();
        space();
        if (text[i] === ",") i += 1;
        else if (text[i] === "}") return void (i += 1);
        else fail();
      }
    }
    if (c === "[") {
      i += 1;
      space();
      if (text[i] === "]") return void (i += 1);
      for (;;) {
        value();
        space();
        if (text[i] === ",") i += 1;
        else if (text[i] === "]") return void (i += 1);
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === "t") return void literal("true");
    if (c === "f") return void literal("false");
    if (c === "n") return void literal("null");
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number === null) fail();
    i += number?.[0].length ?? 0;
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (offset) {
    return typeof offset === "number" ? offset : 0;
  }
}

/** A JSON parse error, with where it is as "line L, column C". */
function positionOf(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = text.slice(0, syntaxErrorOffset(text)).split("\n");
  return `${message} (line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1})`;
}

/** A value as JSON, for a finding. */
function shown(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}

/**
 * Partial matching: every field of `expected` must equal the same field of `actual`; lists
 * must match item by item. `path` is where the two are, extended and restored as the
 * comparison goes down: it is written out only for a mismatch (a check compares every
 * field of ten thousand outcomes, nearly all equal).
 */
function mismatches(expected: JsonValue, actual: unknown, path: (string | number)[], out: Finding[], lang: ExplainLocale): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({ where: renderPath(path), message: say(lang, "scenario.expected-other", { expected: shown(expected), actual: shown(actual) }) });
      return;
    }
    for (let index = 0; index < expected.length; index += 1) {
      path.push(index);
      mismatches(expected[index] as JsonValue, (actual as readonly unknown[])[index], path, out, lang);
      path.pop();
    }
    return;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      out.push({ where: renderPath(path), message: say(lang, "scenario.expected-object", { actual: shown(actual) }) });
      return;
    }
    for (const key of Object.keys(expected)) {
      path.push(key);
      mismatches((expected as { readonly [field: string]: JsonValue })[key] as JsonValue, (actual as Record<string, unknown>)[key], path, out, lang);
      path.pop();
    }
    return;
  }
  if (expected !== actual) {
    out.push({ where: renderPath(path), message: say(lang, "scenario.expected-other", { expected: shown(expected), actual: shown(actual) }) });
  }
}

type Path = readonly (string | number)[];

function issueLine(issue: InputIssue, prefix: Path, lang: ExplainLocale): Finding {
  return { where: renderPath([...prefix, ...issue.path]), message: inLocale(lang, issue.message) };
}

function issueLines(issues: readonly InputIssue[], prefix: Path, lang: ExplainLocale): Finding[] {
  return issues.map((issue) => issueLine(issue, prefix, lang));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** "Did you mean …?" for the name nearest to a misspelt one, if any is near. */
function didYouMean(name: string, known: readonly string[], lang: ExplainLocale): { hint?: string } {
  const suggestion = nearest(name, known);
  return suggestion === undefined ? {} : { hint: say(lang, "scenario.did-you-mean", { suggestion }) };
}

/** The fields of an options object that some rule accepts. */
const OPTION_FIELDS = ["interpretations", "override", "standard"] as const;

/**
 * Interpretation choices the registry does not know, with the nearest id or alternative.
 * Checked before the rule runs, so that a misspelt choice is named even when the input is
 * refused too.
 */
function interpretationProblems(options: unknown, at: Path, lang: ExplainLocale, rule: ScenarioRule): Finding[] {
  const choices = isRecord(options) ? options["interpretations"] : undefined;
  if (!isRecord(choices)) return [];
  const problems: Finding[] = [];
  for (const [id, alternative] of Object.entries(choices)) {
    const where = renderPath([...at, "interpretations", id]);
    if (!(INTERPRETATION_IDS as readonly string[]).includes(id)) {
      problems.push({ where, message: say(lang, "scenario.no-such-interpretation"), ...didYouMean(id, INTERPRETATION_IDS, lang) });
      continue;
    }
    if (!(RULES[rule].reads as readonly string[]).includes(id)) {
      problems.push({ where, message: say(lang, "scenario.interpretation-not-read") });
      continue;
    }
    const alternatives: readonly string[] = alternativesOf(id as InterpretationId);
    if (typeof alternative === "string" && !alternatives.includes(alternative)) {
      problems.push({
        where,
        message: say(lang, "scenario.not-an-alternative", { alternatives }),
        ...didYouMean(alternative, alternatives, lang),
      });
    }
  }
  return problems;
}

/** What the rule made of an input and options. */
export type Evaluation =
  | { readonly kind: "decided"; readonly decision: Decision<JsonValue> }
  /** The input was refused: `findings` under `input`, `paths` the same inside the input, as `refusedAt` names them. */
  | { readonly kind: "input-refused"; readonly findings: readonly Finding[]; readonly paths: readonly string[] }
  /** The options were refused: `findings` under `options`. */
  | { readonly kind: "options-refused"; readonly findings: readonly Finding[] };

/**
 * Runs a rule on an input and options as read from a file, telling a refused input from
 * refused options: the rules report both alike, so when a run with options is refused the
 * rule runs again without them (rules are pure, so this changes nothing else).
 * Findings are placed under `at`.
 */
export function evaluate(rule: ScenarioRule, input: unknown, options: unknown, at: Path, lang: ExplainLocale): Evaluation {
  const runnable: RunnableRule = runnableRule(rule);
  const registry = interpretationProblems(options, [...at, "options"], lang, rule);
  if (registry.length > 0) return { kind: "options-refused", findings: registry };
  const inputRefused = (issues: readonly InputIssue[]): Evaluation => ({
    kind: "input-refused",
    findings: issueLines(issues, [...at, "input"], lang),
    paths: issueLines(issues, [], lang).map((f) => f.where),
  });
  try {
    // Only a missing options field means "no options": `null` is the rule's to refuse.
    return { kind: "decided", decision: runnable.run(input, options === undefined ? {} : options) };
  } catch (error) {
    if (!isRuleInputError(error)) throw error;
    if (options === undefined) return inputRefused(error.issues);
    try {
      runnable.run(input, {});
    } catch (again) {
      if (!isRuleInputError(again)) throw again;
      return inputRefused(again.issues);
    }
    const findings = error.issues.map((issue): Finding => {
      const [field] = issue.path;
      const misspelt = issue.path.length === 1 && typeof field === "string" && !(OPTION_FIELDS as readonly string[]).includes(field);
      return { ...issueLine(issue, [...at, "options"], lang), ...(misspelt ? didYouMean(field, OPTION_FIELDS, lang) : {}) };
    });
    return { kind: "options-refused", findings };
  }
}

/** Runs one scenario and checks its expectations. */
export function runScenario(scenario: Scenario, index: number, lang: ExplainLocale): ScenarioResult {
  const at: Path = ["scenarios", index];
  const { name } = scenario;
  const { refused, refusedAt } = scenario.expect;
  const refusalExpected = refused === true || refusedAt !== undefined;
  const evaluation = evaluate(scenario.rule, scenario.input, scenario.options, at, lang);
  if (evaluation.kind === "options-refused") {
    const explanation = say(lang, "scenario.options-refused");
    return { name, passed: false, decided: false, findings: evaluation.findings, explanation };
  }
  if (evaluation.kind === "input-refused") {
    // An unexpected refusal is the finding itself; the explanation does not repeat it.
    if (!refusalExpected) {
      const explanation = say(lang, "scenario.input-refused");
      return { name, passed: false, decided: false, findings: evaluation.findings, explanation };
    }
    const explanation = [
      say(lang, "scenario.refused-heading"),
      ...evaluation.findings.map((f) => `  ${say(lang, "scenario.refused-at", { where: f.where, message: f.message })}`),
    ].join("\n");
    if (refusedAt !== undefined && !evaluation.paths.includes(refusedAt)) {
      const where = evaluation.paths;
      const message = say(lang, "scenario.refused-elsewhere", { expected: refusedAt, actual: where });
      return { name, passed: false, decided: false, findings: [{ where: renderPath([...at, "expect", "refusedAt"]), message }], explanation };
    }
    return { name, passed: true, decided: false, findings: [], explanation };
  }
  const { decision } = evaluation;
  const findings: Finding[] = [];
  if (refusalExpected) {
    findings.push({ where: renderPath([...at, "expect", "refused"]), message: say(lang, "scenario.decided-not-refused") });
  }
  const expectation = scenario.expect;
  if (expectation.outcome !== undefined) mismatches(expectation.outcome, decision.outcome, ["outcome"], findings, lang);
  for (const citation of expectation.citations ?? []) {
    if (!decision.citations.includes(citation)) {
      findings.push({ where: "citations", message: say(lang, "scenario.not-cited", { citation }) });
    }
  }
  if (expectation.ambiguous !== undefined && expectation.ambiguous !== decision.ambiguous) {
    findings.push({ where: "ambiguous", message: say(lang, "scenario.ambiguous-other", { expected: expectation.ambiguous, actual: decision.ambiguous }) });
  }
  // Written only when read: a passing scenario's explanation is shown only with --verbose or --json.
  let explanation: string | undefined;
  return {
    name,
    passed: findings.length === 0,
    decided: true,
    findings,
    get explanation(): string {
      explanation ??= writeExplanation(decision, lang, false);
      return explanation;
    },
  };
}

/** JSON text parsed, or the syntax error with its line and column. A UTF-8 byte-order mark is skipped. */
export function parseJsonText(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, message: positionOf(body, error) };
  }
}

/** Misspelt rule names in a file that failed its schema, with the nearest rule. */
function withRuleHints(findings: readonly Finding[], parsed: unknown, lang: ExplainLocale): Finding[] {
  const out = [...findings];
  const scenarios = isRecord(parsed) ? parsed["scenarios"] : undefined;
  if (!Array.isArray(scenarios)) return out;
  scenarios.forEach((scenario: unknown, index) => {
    const rule = isRecord(scenario) ? scenario["rule"] : undefined;
    if (typeof rule !== "string" || (SCENARIO_RULES as readonly string[]).includes(rule)) return;
    const { hint } = didYouMean(rule, SCENARIO_RULES, lang);
    if (hint === undefined) return;
    const where = renderPath(["scenarios", index, "rule"]);
    const at = out.findIndex((f) => f.where === where);
    const found = out[at];
    if (found !== undefined) out[at] = { ...found, hint };
    else out.push({ where, message: say(lang, "scenario.no-such-rule"), hint });
  });
  return out;
}

/** Checks the text of one scenario file. Never throws for a bad file: it reports it. */
export function checkScenarioText(file: string, text: string, lang: ExplainLocale): FileResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { file, malformed: true, findings: [{ where: "(JSON)", message: parsed.message }] };
  let valid: z.output<typeof ScenarioFileSchema>;
  try {
    // What JSON.parse gives is plain data: it needs no snapshot to be read safely. Only a
    // file that does not match is read again, for the positions of what is wrong.
    const quick = ScenarioFileSchema.safeParse(parsed.value);
    valid = quick.success ? quick.data : validateInput("check", ScenarioFileSchema, parsed.value);
  } catch (error) {
    if (!isRuleInputError(error)) throw error;
    return { file, malformed: true, findings: withRuleHints(issueLines(error.issues, [], lang), parsed.value, lang) };
  }
  return { file, malformed: false, results: valid.scenarios.map((s, i) => runScenario(s, i, lang)) };
}

/** Suggestions for a misspelt rule name, for the command line. @internal */
export function ruleHint(rule: string, lang: ExplainLocale): string | undefined {
  return didYouMean(rule, SCENARIO_RULES, lang).hint;
}

/** The input schemas of the rules, by rule, for the JSON Schema of scenario files. @internal */
export function scenarioInputSchemas(): { readonly [R in ScenarioRule]: z.ZodType } {
  return Object.fromEntries(SCENARIO_RULES.map((r) => [r, RULES[r].input])) as unknown as { [R in ScenarioRule]: z.ZodType };
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** A field of a scenario's expectation decided otherwise: both as JSON. */
    "scenario.expected-other": { readonly expected: string; readonly actual: string };
    /** An expectation that is an object, met by something else (as JSON). */
    "scenario.expected-object": { readonly actual: string };
    /** The nearest known name to a misspelt one. */
    "scenario.did-you-mean": { readonly suggestion: string };
    /** An interpretation choice under an id no interpretation has. */
    "scenario.no-such-interpretation": Record<never, never>;
    /** An interpretation choice for one the rule does not read. */
    "scenario.interpretation-not-read": Record<never, never>;
    /** A reading that is not one of the interpretation's, with its readings. */
    "scenario.not-an-alternative": { readonly alternatives: readonly string[] };
    /** A scenario's options refused: nothing decided. */
    "scenario.options-refused": Record<never, never>;
    /** A scenario's input refused where a decision was expected. */
    "scenario.input-refused": Record<never, never>;
    /** The heading of the issues of an input refused as expected. */
    "scenario.refused-heading": Record<never, never>;
    /** One issue of a refused input. */
    "scenario.refused-at": { readonly where: string; readonly message: string };
    /** An input refused at other paths than the one expected. */
    "scenario.refused-elsewhere": { readonly expected: string; readonly actual: readonly string[] };
    /** An input expected to be refused that was decided. */
    "scenario.decided-not-refused": Record<never, never>;
    /** A clause expected among the citations that is not there. */
    "scenario.not-cited": { readonly citation: string };
    /** `ambiguous` decided otherwise than expected. */
    "scenario.ambiguous-other": { readonly expected: boolean; readonly actual: boolean };
    /** A scenario's rule that does not exist. */
    "scenario.no-such-rule": Record<never, never>;
  }
}
