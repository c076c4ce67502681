/**
 * Decisions put into words, late: a step, a reason, an outcome, from the catalog of a
 * locale. {@link explain} writes a whole decision with these; the command line and the
 * workbench use them for single lines.
 *
 * @module
 */
import { lookUpCitation, type CitationId } from "../clauses/citation.js";
import type { StepFound } from "../locales/catalog.js";
import { CATALOGS, type Locale } from "../locales/index.js";
import type { ContestReason, JsonValue, TraceStep } from "./decision.js";
import type { RuleName } from "./rule.js";

const NO_FACTS: StepFound["facts"] = Object.freeze({});

type AnyMessage = (params: unknown, found: StepFound) => string;
type AnySummary = (outcome: unknown) => string;

function isRuleName(rule: string): rule is RuleName {
  return Object.hasOwn(CATALOGS["zh-CN"].rules, rule);
}

/** A rule's title in a locale: the matter, as an officer names it. */
export function ruleTitle(rule: string, locale: Locale = "zh-CN"): string {
  return isRuleName(rule) ? CATALOGS[locale].rules[rule].title : rule;
}

/** The question a rule answers, in a locale. */
export function ruleQuestion(rule: string, locale: Locale = "zh-CN"): string {
  return isRuleName(rule) ? CATALOGS[locale].rules[rule].question : rule;
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
  if (!isRuleName(rule)) return JSON.stringify(outcome);
  const summary = CATALOGS[locale].rules[rule].summary as AnySummary;
  try {
    return summary(outcome);
  } catch {
    return JSON.stringify(outcome);
  }
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
  const words = CATALOGS[locale].explain;
  if (step.check === "within" && step.within !== undefined) {
    return words.within(ruleTitle(step.within.rule, locale), outcomeText(step.within.rule, step.result, locale));
  }
  if (step.check === "documented-override" && context.override !== undefined && context.override !== null) {
    return words.overrideStep(
      generallyWords(step.citation),
      outcomeText(context.rule, context.override.ruleOutcome, locale),
      outcomeText(context.rule, step.result, locale),
      context.override.reason,
    );
  }
  return message(locale, step.check, step.params, { result: step.result, facts: step.facts ?? NO_FACTS });
}

/** Why the facts fall on a contested point, in words. */
export function reasonText(reason: ContestReason, locale: Locale = "zh-CN"): string {
  return message(locale, reason.check, reason.params, { result: null, facts: {} });
}
