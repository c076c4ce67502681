/**
 * The scenarios the page starts from: each rule's form is filled with the first starter
 * scenario of that rule that expects a decision (one choosing no reading, where there is
 * one), and each variant of a discriminated input with the first of its variant.
 *
 * @module
 */
import { parseJsonText } from "../cli/scenarios.js";
import type { RuleName } from "../decision/rule.js";
import { isRuleName } from "../rules/registry.js";

/** A scenario file as the page holds it: its name and its text, or why it could not be read as text. */
export interface ScenarioSource {
  readonly file: string;
  readonly text?: string;
  readonly unreadable?: string;
}

/** A scenario as read from a file, enough to open it on the page. */
export interface LooseScenario {
  readonly name?: unknown;
  readonly rule?: unknown;
  readonly input?: unknown;
  readonly options?: unknown;
  readonly expect?: { readonly refused?: unknown; readonly refusedAt?: unknown };
}

/** Interpretation choices, by id. */
export type Choices = Record<string, string>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A copy of plain data. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The scenarios of a file, each as it is written; none for a file that is not a scenario file. */
export function scenariosIn(source: ScenarioSource): LooseScenario[] {
  if (source.text === undefined) return [];
  const parsed = parseJsonText(source.text);
  if (!parsed.ok || !isRecord(parsed.value) || !Array.isArray(parsed.value["scenarios"])) return [];
  return (parsed.value["scenarios"] as unknown[]).filter(isRecord) as LooseScenario[];
}

function expectsDecision(scenario: LooseScenario): boolean {
  return scenario.expect?.refused !== true && scenario.expect?.refusedAt === undefined;
}

/** The first scenario of `rule` among `sources` that expects a decision and whose input `where` takes. */
export function startingScenario(
  sources: readonly ScenarioSource[],
  rule: RuleName,
  where: (input: unknown) => boolean = () => true,
): LooseScenario | undefined {
  const candidates = sources.flatMap(scenariosIn).filter((s) => isRuleName(s.rule) && s.rule === rule && expectsDecision(s) && where(s.input));
  return candidates.find((s) => s.options === undefined) ?? candidates[0];
}

/** The interpretation choices of a scenario's options. */
export function choicesOf(scenario: LooseScenario | undefined): Choices {
  const chosen = isRecord(scenario?.options) ? scenario.options["interpretations"] : undefined;
  return isRecord(chosen) ? (clone(chosen) as Choices) : {};
}
