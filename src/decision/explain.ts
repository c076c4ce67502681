/**
 * Decisions in words: the outcome, the reasoning step by step with its clauses, the
 * interpretations applied, and the other outcome where the text is ambiguous.
 *
 * @module
 */
import { citationLabel, lookUpCitation, type CitationId } from "../clauses/citation.js";
import { readInput } from "../errors.js";
import type { Bilingual } from "../locales/catalog.js";
import { CATALOGS, LOCALES, type Locale, languageOf } from "../locales/index.js";
import { RULE_NAMES } from "../rules/registry.js";
import { questionOf, summaryOf, titleOf, wordsOfReason, wordsOfStep } from "./render.js";
import { deepFreeze } from "../frozen.js";
import { INTERPRETATIONS, type InterpretationAlternative, type InterpretationId } from "../interpretations/registry.js";
import { z } from "zod";
import type { AppliedInterpretation, Decision, JsonValue } from "./decision.js";
import { storedDecisionSchema, type RULE_OUTCOME_SCHEMAS, type RuleName, type StoredDecision } from "./stored.js";

/** A step of either version, as the explanation reads it. */
interface AnyStep {
  readonly check: string;
  readonly citation: CitationId;
  readonly result: JsonValue;
  readonly within?: { readonly rule: string; readonly trace: readonly AnyStep[] } | undefined;
}

/** The languages {@link explain} writes: every locale with a catalog. */
export type ExplainLocale = Locale;

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** The language: `"zh-CN"` (default) or any other of {@link LOCALES}. */
  readonly locale?: ExplainLocale;
  /** Also quote the text of every cited clause and superior rule. Default `false`. */
  readonly quoteClauses?: boolean;
}

const ExplainOptionsSchema = z.strictObject({
  locale: z.enum(LOCALES as [Locale, ...Locale[]]).optional(),
  quoteClauses: z.boolean().optional(),
});

/**
 * Each rule's name for a person, in Chinese and English, read from the catalogs: in
 * Chinese, the matter as an officer names it, in the text's own words; in English, a plain
 * description. {@link explain} heads every explanation with it.
 *
 * @example
 * ```ts
 * RULE_TITLES.documentForAbsence.zh; //=> "外出党员所持证明"
 * ```
 */
export const RULE_TITLES: { readonly [R in RuleName]: Bilingual } = deepFreeze(
  Object.fromEntries(RULE_NAMES.map((rule) => [rule, { zh: titleOf(rule, "zh-CN"), en: titleOf(rule, "en") }])) as {
    readonly [R in RuleName]: Bilingual;
  },
);

type OutcomeOf<R extends RuleName> = z.output<(typeof RULE_OUTCOME_SCHEMAS)[R]>;

/** The step of `trace` that produced `value`, if one did. */
function stepProducing(trace: readonly AnyStep[], value: JsonValue): CitationId | undefined {
  const wanted = JSON.stringify(value);
  return trace.find((step) => JSON.stringify(step.result) === wanted)?.citation;
}

/**
 * Where each rule records the clause that decided its outcome: the step that produced the
 * outcome's deciding part, or the outcome's own `basis`. `undefined` where no single clause
 * decides (a schedule, a cohort, the one clause of the liaison system): the grounds then
 * keep the order of first use.
 */
const DECIDED_BY: {
  readonly [R in RuleName]: (outcome: OutcomeOf<R>, trace: readonly AnyStep[]) => CitationId | undefined;
} = {
  documentForAbsence: (outcome, trace) => stepProducing(trace, outcome.document),
  resolveReceivingOrg: (outcome) => outcome.basis,
  managementMode: (outcome, trace) => trace.find((step) => step.check === outcome.basis)?.citation,
  evaluationGrade: (outcome, trace) => {
    if (outcome.grade !== null) return stepProducing(trace, outcome.grade);
    if (outcome.lapsedBy.length === 0) return undefined;
    // After a lapse, the step that decided what follows, where one did (for a probationary
    // member, 党章 第七条's cancellation rather than 第九条's removal); else the lapse itself.
    const handling: readonly JsonValue[] = outcome.handling;
    const follows = trace.find((step) => typeof step.result === "string" && handling.includes(step.result));
    return follows?.citation ?? stepProducing(trace, outcome.lapsedBy);
  },
  evaluationCohort: () => undefined,
  liaisonAssignment: () => undefined,
  reportingSchedule: () => undefined,
};

/**
 * The clause that decided the outcome: with an override, the clause whose "一般" allowed it
 * (its step is the last); otherwise the rule's own deciding step (`DECIDED_BY`). The
 * explanation's main ground, and the workbench's.
 * @internal
 */
export function decidingClause(decision: StoredDecision): CitationId | undefined {
  if (decision.override !== null) return decision.trace.at(-1)?.citation;
  // The stored-decision check has matched the rule's name and the outcome to that rule.
  const rule = decision.rule as RuleName;
  const decidedBy = DECIDED_BY[rule] as (outcome: JsonValue, trace: readonly AnyStep[]) => CitationId | undefined;
  const clause = decidedBy(decision.outcome, decision.trace);
  return clause !== undefined && decision.citations.includes(clause) ? clause : undefined;
}

/**
 * How an explanation names an interpretation: in Chinese by its number (`"解释一"` for
 * Q1), in English by its id, for developers.
 * @internal
 */
export function interpretationLabel(id: InterpretationId, locale: Locale): string {
  return CATALOGS[locale].explain.interpretation(id, Number(/^Q(\d+)\./.exec(id)?.[1]));
}

/**
 * Whether the outcome rests on an applied reading, as far as the decision itself shows:
 * the facts fall on its contested point and another reading gives another outcome (an
 * ambiguity); or a reading other than the default was chosen (the decision does not record
 * what the default would have given, so a chosen reading is never put among the routine
 * ones); or it is Q5's reading under which an override was made. Every other reading
 * applied is the default, with no ambiguity listed on it.
 */
function restsOn(applied: AppliedInterpretation, decision: StoredDecision): boolean {
  return (
    decision.ambiguities.some((ambiguity) => ambiguity.interpretation === applied.id) ||
    !applied.isDefault ||
    (applied.id === "Q5.generally-should-override" && decision.override !== null)
  );
}

function readingText(id: InterpretationId, alternative: InterpretationAlternative, locale: Locale): string {
  const lang = languageOf(locale);
  const readings = INTERPRETATIONS[id].alternatives as Readonly<
    Record<string, { readonly text: { readonly zh: string; readonly en: string } }>
  >;
  return readings[alternative]?.text[lang] ?? alternative;
}

/** How an explanation in `locale` names a clause or superior rule; the workbench names them alike. @internal */
export function labelFor(id: CitationId, locale: Locale): string {
  const cited = lookUpCitation(id);
  if (languageOf(locale) === "zh") return citationLabel(id);
  return CATALOGS[locale].explain.citation(cited.entry.label, id, cited.source === "opinion" ? undefined : cited.entry.instrumentEn);
}

/** A reading's text set inside a sentence: without its closing full stop. */
function embedded(text: string): string {
  return text.replace(/[。.]$/u, "");
}

/**
 * Renders a decision as plain text for a person: the matter and the question, the
 * outcome, its grounds (the clause that decided the outcome first), each step of the
 * reasoning with its clause, the interpretations applied (those the outcome rests on set
 * apart from those also applied) and, when ambiguous, the outcome under each other reading.
 *
 * The Chinese text names rules by {@link RULE_TITLES} and interpretations by their number
 * (解释一 for Q1), and quotes each reading as it is registered, never inside another
 * quotation. The English text keeps the ids, in parentheses, for developers.
 *
 * An interpretation is one the outcome rests on when the decision itself shows that it may
 * have decided the case: the facts fall on its contested point and another reading gives
 * another outcome (it is listed under the ambiguity); a reading other than the default was
 * chosen; or it is Q5's reading, under which a documented exception was made. The others
 * are applied at their defaults and not listed as ambiguous. That is all a decision
 * records: a reading a rule applies to every case (how months are counted, Q2) is never
 * tried against the others, so "not listed as ambiguous" does not prove that another
 * reading would give the same outcome.
 *
 * @param decision - a decision returned by any rule, or read back from storage (it is validated first)
 * @param options - the language (`"zh-CN"` by default, or `"en"`) and whether to quote clause texts
 * @returns the explanation, lines separated by `\n`
 * @throws {@link RuleInputError} when `decision` is not a decision or the options are invalid
 *
 * @example
 * ```ts
 * const stored = JSON.parse(record.decisionJson);
 * console.log(explain(stored));
 * // 事项：外出党员所持证明
 * // 问题：党员外出，应当开具或持有何种证明？
 * // 结论：开具组织关系介绍信
 * // 依据：《实施意见》二（一）1（主要依据）；《民法典》第二百零二条；……
 * // 推理过程：
 * //   1. 〔二（一）1〕外出地点或工作单位相对固定：是
 * //   ……
 * // 结论所依的解释：
 * //   - 解释一（默认理解）：恰好6个月属于“6个月以上”：开具组织关系介绍信。
 * //   ……
 * console.log(explain(stored, { locale: "en", quoteClauses: true }));
 * ```
 */
export function explain(decision: StoredDecision, options: ExplainOptions = {}): string {
  const { locale = "zh-CN", quoteClauses = false } = readInput("explain", ExplainOptionsSchema, options);
  // The explanation reads the validated copy, never the caller's object a second time.
  const stored = readInput("explain", storedDecisionSchema(), decision) as StoredDecision;
  return writeExplanation(stored, locale, quoteClauses);
}

/**
 * {@link explain} of a decision the library has just made, which needs no checking: what
 * the command line explains its own decisions with.
 * @internal
 */
export function writeExplanation(stored: StoredDecision, locale: Locale, quoteClauses: boolean): string {
  const lang = languageOf(locale);
  const w = CATALOGS[locale].explain;
  const v1 = stored.schemaVersion === 1 ? stored : null;
  // Version 1 stored its words in Chinese and English; any other locale is written from the catalogs.
  const storedWords = (text: Bilingual, rendered: () => string): string => (v1 !== null && locale in { "zh-CN": 1, en: 1 } ? text[lang] : rendered());
  const outcomeWords = (outcome: JsonValue, stored1: Bilingual | undefined): string =>
    stored1 !== undefined && v1 !== null ? storedWords(stored1, () => summaryOf(stored.rule, outcome, locale)) : summaryOf(stored.rule, outcome, locale);
  const lines: string[] = [];
  lines.push(`${w.rule}${w.colon}${w.ruleHeading(titleOf(stored.rule, locale), stored.rule)}`);
  lines.push(`${w.question}${w.colon}${v1 !== null ? storedWords(v1.question, () => questionOf(stored.rule, locale)) : questionOf(stored.rule, locale)}`);
  lines.push(`${w.outcome}${w.colon}${outcomeWords(stored.outcome, v1?.summary)}`);
  if (stored.override !== null) {
    const ruleSummary = outcomeWords(stored.override.ruleOutcome, v1?.override?.ruleSummary);
    lines.push(`  ${w.overridden(ruleSummary, stored.override.reason)}`);
  }

  const main = decidingClause(stored);
  const grounds = main === undefined ? stored.citations : [main, ...stored.citations.filter((id) => id !== main)];
  const groundLabels = grounds.map((id) => `${labelFor(id, locale)}${id === main ? w.mainGround : ""}`);
  lines.push(`${w.citations}${w.colon}${groundLabels.join(w.listSeparator)}`);

  lines.push(`${w.steps}${w.colon}`);
  if (v1 !== null) {
    v1.trace.forEach((step, index) => {
      lines.push(`  ${index + 1}. ${w.step(lookUpCitation(step.citation).entry.label, storedWords(step.text, () => step.check))}`);
    });
  } else {
    const v2 = stored as Decision<JsonValue>;
    const writeSteps = (trace: Decision<JsonValue>["trace"], indent: string, context: { rule: string }): void => {
      trace.forEach((step, index) => {
        lines.push(`${indent}${index + 1}. ${w.step(lookUpCitation(step.citation).entry.label, wordsOfStep(step, { ...context, override: v2.override }, locale))}`);
        if (step.within !== undefined) writeSteps(step.within.trace, `${indent}   `, { rule: step.within.rule });
      });
    };
    writeSteps(v2.trace, "  ", { rule: v2.rule });
  }

  if (stored.interpretations.length === 0) lines.push(`${w.interpretations}${w.colon}${w.none}`);
  const restingOn = stored.interpretations.filter((applied) => restsOn(applied, stored));
  const alsoApplied = stored.interpretations.filter((applied) => !restsOn(applied, stored));
  for (const [heading, group] of [[w.restsOn, restingOn], [w.alsoApplied, alsoApplied]] as const) {
    if (group.length === 0) continue;
    lines.push(`${heading}${w.colon}`);
    for (const applied of group) {
      const label = interpretationLabel(applied.id, locale);
      const which = applied.isDefault ? w.isDefault : w.notDefault;
      lines.push(`  - ${w.reading(label, which, readingText(applied.id, applied.alternative, locale))}`);
      lines.push(`    ${INTERPRETATIONS[applied.id].question[lang]}`);
    }
  }

  if (stored.ambiguous) {
    lines.push(`${w.ambiguous}${w.colon}`);
    for (const ambiguity of stored.ambiguities) {
      const reason = v1 !== null ? storedWords((ambiguity.reason as Bilingual), () => "") : wordsOfReason(ambiguity.reason as Decision["ambiguities"][number]["reason"], locale);
      lines.push(`  - ${interpretationLabel(ambiguity.interpretation, locale)}${w.colon}${reason}`);
      for (const other of ambiguity.alternatives) {
        const reading = embedded(readingText(ambiguity.interpretation, other.alternative, locale));
        const summary = outcomeWords(other.outcome, "summary" in other ? (other.summary as Bilingual) : undefined);
        lines.push(`    ${w.otherReading(reading, summary)}`);
      }
    }
  }
  if (quoteClauses) {
    lines.push(`${w.texts}${w.colon}`);
    for (const id of stored.citations) {
      const cited = lookUpCitation(id);
      lines.push(`  ${labelFor(id, locale)}${w.colon}${lang === "zh" ? cited.entry.zh : cited.entry.en}`);
    }
  }
  return lines.join("\n");
}
