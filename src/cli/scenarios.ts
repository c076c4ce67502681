/**
 * Scenario files: a rule, its input, optional interpretation choices, and what the
 * policy officer expects. Read, checked and explained for people who do not write
 * TypeScript.
 *
 * @module
 */
import { z } from "zod";
import { CitationIdSchema, type CitationId } from "../clauses/citation.js";
import type { Decision, JsonValue } from "../decision/decision.js";
import { explain, type ExplainLocale } from "../decision/explain.js";
import { RuleInputError, isRuleInputError, renderPath, validateInput, type InputIssue } from "../errors.js";
import { AbsenceSchema, documentForAbsence } from "../rules/document-for-absence.js";
import { CohortSchema, evaluationCohort } from "../rules/evaluation-cohort.js";
import { AppraisalRecordSchema, evaluationGrade } from "../rules/evaluation-grade.js";
import { LiaisonBranchSchema, liaisonAssignment } from "../rules/liaison-assignment.js";
import { ManagementFactsSchema, managementMode } from "../rules/management-mode.js";
import { ScheduleFactsSchema, reportingSchedule } from "../rules/reporting-schedule.js";
import { MemberSituationSchema, resolveReceivingOrg } from "../rules/resolve-receiving-org.js";

/** A rule as the scenario runner sees it: untyped input and options in, a decision out. */
interface RunnableRule {
  readonly input: z.ZodType;
  readonly run: (input: unknown, options: unknown) => Decision<JsonValue>;
}

/** A rule taken as untyped: it validates its own input and options, so widening is safe. */
function runnable<I, O>(input: z.ZodType<I>, rule: (input: I, options: O) => Decision<JsonValue>): RunnableRule {
  return { input, run: rule as (input: unknown, options: unknown) => Decision<JsonValue> };
}

const RULES = {
  documentForAbsence: runnable(AbsenceSchema, documentForAbsence),
  managementMode: runnable(ManagementFactsSchema, managementMode),
  resolveReceivingOrg: runnable(MemberSituationSchema, resolveReceivingOrg),
  liaisonAssignment: runnable(LiaisonBranchSchema, liaisonAssignment),
  evaluationGrade: runnable(AppraisalRecordSchema, evaluationGrade),
  evaluationCohort: runnable(CohortSchema, evaluationCohort),
  reportingSchedule: runnable(ScheduleFactsSchema, reportingSchedule),
} as const satisfies Record<string, RunnableRule>;

/** The rules a scenario can name. */
export type ScenarioRule = keyof typeof RULES;

/** Every rule a scenario can name. */
export const SCENARIO_RULES = Object.keys(RULES) as readonly ScenarioRule[];

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
  outcome: z.json().optional(),
  citations: z.array(CitationIdSchema).optional(),
  ambiguous: z.boolean().optional(),
  refused: z.boolean().optional(),
  refusedAt: z.string().optional(),
}) as z.ZodType<ScenarioExpectation>;

const ScenarioSchema: z.ZodType<Scenario> = z.strictObject({
  name: z.string().min(1),
  rule: z.enum(SCENARIO_RULES as [ScenarioRule, ...ScenarioRule[]]),
  input: z.json(),
  options: z.json().optional(),
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
}

/** The result of one scenario. */
export interface ScenarioResult {
  /** The scenario's name. */
  readonly name: string;
  /** Whether every expectation held. */
  readonly passed: boolean;
  /** What did not hold. */
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

/** Partial matching: every field of `expected` must equal the same field of `actual`; lists must match item by item. */
function mismatches(expected: JsonValue, actual: unknown, path: (string | number)[], out: Finding[], lang: ExplainLocale): void {
  const show = (value: unknown) => JSON.stringify(value) ?? "undefined";
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({ where: renderPath(path), message: word(lang, `期望 ${show(expected)}，实际 ${show(actual)}`, `expected ${show(expected)}, got ${show(actual)}`) });
      return;
    }
    expected.forEach((item, index) => mismatches(item, actual[index], [...path, index], out, lang));
    return;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      out.push({ where: renderPath(path), message: word(lang, `期望对象，实际 ${show(actual)}`, `expected an object, got ${show(actual)}`) });
      return;
    }
    for (const [key, value] of Object.entries(expected)) {
      mismatches(value, (actual as Record<string, unknown>)[key], [...path, key], out, lang);
    }
    return;
  }
  if (expected !== actual) {
    out.push({ where: renderPath(path), message: word(lang, `期望 ${show(expected)}，实际 ${show(actual)}`, `expected ${show(expected)}, got ${show(actual)}`) });
  }
}

function word(lang: ExplainLocale, zh: string, en: string): string {
  return lang === "zh-CN" ? zh : en;
}

function issueLines(issues: readonly InputIssue[], prefix: (string | number)[], lang: ExplainLocale): Finding[] {
  return issues.map((issue) => ({
    where: renderPath([...prefix, ...issue.path]),
    message: lang === "zh-CN" ? issue.message.zh : issue.message.en,
  }));
}

/** Runs one scenario and checks its expectations. */
export function runScenario(scenario: Scenario, index: number, lang: ExplainLocale): ScenarioResult {
  const rule: RunnableRule = RULES[scenario.rule];
  const at: (string | number)[] = ["scenarios", index];
  let decision: Decision<JsonValue>;
  try {
    decision = rule.run(scenario.input, scenario.options ?? {});
  } catch (error) {
    if (!isRuleInputError(error)) throw error;
    const refusal = issueLines(error.issues, [...at, "input"], lang);
    const explanation = [word(lang, "输入被拒绝：", "Input refused:"), ...refusal.map((f) => `  ${f.where}：${f.message}`)].join("\n");
    const { refused, refusedAt } = scenario.expect;
    if (refused !== true && refusedAt === undefined) return { name: scenario.name, passed: false, findings: refusal, explanation };
    const where = issueLines(error.issues, [], lang).map((f) => f.where);
    if (refusedAt !== undefined && !where.includes(refusedAt)) {
      const message = word(lang, `期望在 ${refusedAt} 处被拒绝，实际在 ${where.join("、")}`, `expected a refusal at ${refusedAt}, got ${where.join(", ")}`);
      return { name: scenario.name, passed: false, findings: [{ where: renderPath([...at, "expect", "refusedAt"]), message }], explanation };
    }
    return { name: scenario.name, passed: true, findings: [], explanation };
  }
  const findings: Finding[] = [];
  const expectation = scenario.expect;
  if (expectation.refused === true || expectation.refusedAt !== undefined) {
    findings.push({ where: renderPath([...at, "expect", "refused"]), message: word(lang, "期望输入被拒绝，但得到了结论", "expected the input to be refused, but it was decided") });
  }
  if (expectation.outcome !== undefined) mismatches(expectation.outcome, decision.outcome, ["outcome"], findings, lang);
  for (const citation of expectation.citations ?? []) {
    if (!decision.citations.includes(citation)) {
      findings.push({ where: "citations", message: word(lang, `未引用 ${citation}`, `does not cite ${citation}`) });
    }
  }
  if (expectation.ambiguous !== undefined && expectation.ambiguous !== decision.ambiguous) {
    findings.push({ where: "ambiguous", message: word(lang, `期望 ambiguous 为 ${expectation.ambiguous}，实际 ${decision.ambiguous}`, `expected ambiguous ${expectation.ambiguous}, got ${decision.ambiguous}`) });
  }
  return { name: scenario.name, passed: findings.length === 0, findings, explanation: explain(decision, { locale: lang }) };
}

/** Checks the text of one scenario file. Never throws for a bad file: it reports it. */
export function checkScenarioText(file: string, text: string, lang: ExplainLocale): FileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { file, malformed: true, findings: [{ where: "(JSON)", message: positionOf(text, error) }] };
  }
  let valid: z.output<typeof ScenarioFileSchema>;
  try {
    valid = validateInput("check", ScenarioFileSchema, parsed);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    return { file, malformed: true, findings: issueLines(error.issues, [], lang) };
  }
  return { file, malformed: false, results: valid.scenarios.map((s, i) => runScenario(s, i, lang)) };
}

/** The input schemas of the rules, by rule, for the JSON Schema of scenario files. @internal */
export function scenarioInputSchemas(): { readonly [R in ScenarioRule]: z.ZodType } {
  return Object.fromEntries(SCENARIO_RULES.map((r) => [r, RULES[r].input])) as { [R in ScenarioRule]: z.ZodType };
}
