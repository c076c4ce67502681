/**
 * Decisions put into words, late: a step, a reason, an outcome, from the catalog of a
 * locale. {@link explain} writes a whole decision with these; the command line and the
 * workbench use them for single lines.
 *
 * @module
 */
import { z } from "zod";
import { CitationIdSchema, lookUpCitation, type CitationId } from "../clauses/citation.js";
import { readInput } from "../errors.js";
import type { StepFound } from "../locales/catalog.js";
import { CATALOGS, LOCALES, type Locale } from "../locales/index.js";
import type { ContestReason, JsonValue, TraceStep } from "./decision.js";
import type { RuleName } from "./rule.js";
import { OWN_OUTCOME_SCHEMAS, RULE_NAMES, isRuleName } from "../rules/registry.js";
import { privateSchema } from "../input/private-schema.js";

const NO_FACTS: StepFound["facts"] = Object.freeze({});

type AnyMessage = (params: unknown, found: StepFound) => string;
type AnySummary = (outcome: unknown) => string;


const LocaleSchema = z.enum(LOCALES as [Locale, ...Locale[]]);
const RuleNameTextSchema = z.enum(RULE_NAMES as [RuleName, ...RuleName[]]);

/** A rule's title, unchecked: the explanation's, on a decision already validated. @internal */
export function titleOf(rule: string, locale: Locale): string {
  return isRuleName(rule) ? CATALOGS[locale].rules[rule].title : rule;
}

/** A rule's question, unchecked. @internal */
export function questionOf(rule: string, locale: Locale): string {
  return isRuleName(rule) ? CATALOGS[locale].rules[rule].question : rule;
}

/**
 * A rule's title in a locale: the matter, as an officer names it.
 *
 * @example
 * ```ts
 * ruleTitle("documentForAbsence"); //=> "外出党员所持证明"
 * ```
 */
export function ruleTitle(rule: string, locale: Locale = "zh-CN"): string {
  return titleOf(readInput("ruleTitle", RuleNameTextSchema, rule), readInput("ruleTitle", LocaleSchema, locale));
}

/** The question a rule answers, in a locale. */
export function ruleQuestion(rule: string, locale: Locale = "zh-CN"): string {
  return questionOf(readInput("ruleQuestion", RuleNameTextSchema, rule), readInput("ruleQuestion", LocaleSchema, locale));
}

/**
 * An outcome of `rule` in words.
 *
 * @example
 * ```ts
 * outcomeText("documentForAbsence", documentForAbsence(absence).outcome); //=> "开具组织关系介绍信"
 * ```
 */
export function outcomeText(rule: string, outcome: JsonValue, locale: Locale = "zh-CN"): string {
  const name = readInput("outcomeText", RuleNameTextSchema, rule);
  const given = readInput("outcomeText", z.json(), outcome) as JsonValue;
  const language = readInput("outcomeText", LocaleSchema, locale);
  // Words are given only to an outcome the rule could have decided: one of another shape
  // (a stored decision edited, or from another version) is shown as it is stored.
  if (!isRuleName(name) || !OWN_OUTCOME_SCHEMAS[name]().safeParse(given).success) return JSON.stringify(given);
  return summaryOf(name, given, language);
}

/** An outcome in words, unchecked: the part of an outcome its words read is enough (a cohort member's grade). @internal */
export function summaryOf(rule: string, outcome: JsonValue, locale: Locale): string {
  if (!isRuleName(rule)) return JSON.stringify(outcome);
  const summary = CATALOGS[locale].rules[rule].summary as AnySummary;
  // A summary that still finds nothing to say (a defect) shows the outcome as stored too.
  try {
    const text: unknown = summary(outcome);
    if (typeof text === "string" && text !== "") return text;
  } catch {
    // shown as stored, below
  }
  return JSON.stringify(outcome);
}

function message(locale: Locale, check: string, params: unknown, found: StepFound): string {
  const catalog = CATALOGS[locale];
  const messages = catalog.messages as unknown as Readonly<Record<string, AnyMessage>>;
  const render = Object.hasOwn(messages, check) ? messages[check] : undefined;
  if (render === undefined) return catalog.explain.unknownStep(check);
  try {
    return render(params ?? {}, found);
  } catch {
    // A stored step from another version whose parameters this version reads otherwise.
    return catalog.explain.unknownStep(check);
  }
}

/** The words "一般应当" or "一般先" as the clause that allows an exception has them; plain "一般" otherwise. */
function generallyWords(clause: CitationId): string {
  return /一般(?:应当|先)?/u.exec(lookUpCitation(clause).entry.zh)?.[0] ?? "一般";
}

/** What a step of `rule`'s decision needs besides itself: the override, for its step. */
export interface StepContext {
  /** The rule whose decision the step is part of. */
  readonly rule: string;
  /** The decision's override, if any: its step says what it replaced. */
  readonly override?: { readonly ruleOutcome: JsonValue; readonly reason: string } | null | undefined;
  /** The decision's outcome: the override step says what the exception gave. */
  readonly outcome?: JsonValue;
}

/**
 * One step of a decision in words.
 *
 * @example
 * ```ts
 * const decision = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true });
 * stepText(decision.trace[0], decision); //=> "外出地点或工作单位相对固定：是"
 * ```
 */
export function stepText(step: TraceStep, context: StepContext, locale: Locale = "zh-CN"): string {
  return wordsOfStep(
    readInput("stepText", ownStepSchema(), step) as TraceStep,
    readInput("stepText", ContextSchema, context) as StepContext,
    readInput("stepText", LocaleSchema, locale),
  );
}

const StepSchema = z.looseObject({
  check: z.string(),
  citation: CitationIdSchema,
  result: z.json(),
  facts: z.record(z.string(), z.json()).optional(),
  params: z.record(z.string(), z.json()).optional(),
  within: z.looseObject({ rule: z.string(), at: z.string(), trace: z.array(z.unknown()) }).optional(),
});

// The library's own copy of StepSchema, which is built of exported schemas: a caller's writes into those do not reach it.
const ownStepSchema = privateSchema(StepSchema);

const ContextSchema = z.looseObject({
  rule: z.string(),
  override: z.looseObject({ ruleOutcome: z.json(), reason: z.string() }).nullable().optional(),
});

/** A step in words, unchecked: the explanation's, on a decision already validated. @internal */
export function wordsOfStep(step: TraceStep, context: StepContext, locale: Locale): string {
  const words = CATALOGS[locale].explain;
  if (step.check === "within" && step.within !== undefined) {
    return words.within(titleOf(step.within.rule, locale), summaryOf(step.within.rule, step.result, locale));
  }
  if (step.check === "documented-override" && context.override !== undefined && context.override !== null) {
    return words.overrideStep(
      generallyWords(step.citation),
      summaryOf(context.rule, context.override.ruleOutcome, locale),
      summaryOf(context.rule, step.result, locale),
      context.override.reason,
    );
  }
  return message(locale, step.check, step.params, { result: step.result, facts: step.facts ?? NO_FACTS });
}

const ReasonSchema = z.looseObject({ check: z.string(), params: z.record(z.string(), z.json()).optional() });

/** Why the facts fall on a contested point, in words. */
export function reasonText(reason: ContestReason, locale: Locale = "zh-CN"): string {
  return wordsOfReason(readInput("reasonText", ReasonSchema, reason) as ContestReason, readInput("reasonText", LocaleSchema, locale));
}

/** A reason in words, unchecked. @internal */
export function wordsOfReason(reason: ContestReason, locale: Locale): string {
  return message(locale, reason.check, reason.params, { result: null, facts: {} });
}
