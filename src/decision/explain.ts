/**
 * Decisions in words: the outcome, the reasoning step by step with its clauses, the
 * interpretations applied, and the other outcome where the text is ambiguous.
 *
 * @module
 */
import { citationLabel, lookUpCitation, type CitationId } from "../clauses/citation.js";
import { readInput, type Bilingual } from "../errors.js";
import { deepFreeze } from "../frozen.js";
import { INTERPRETATIONS, type InterpretationAlternative, type InterpretationId } from "../interpretations/registry.js";
import { z } from "zod";
import type { AppliedInterpretation, Decision, JsonValue, TraceStep } from "./decision.js";
import { decisionSchema, type RULE_OUTCOME_SCHEMAS, type RuleName } from "./stored.js";

/** The languages {@link explain} writes. */
export type ExplainLocale = "zh-CN" | "en";

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** The language: `"zh-CN"` (default) or `"en"`. */
  readonly locale?: ExplainLocale;
  /** Also quote the text of every cited clause and superior rule. Default `false`. */
  readonly quoteClauses?: boolean;
}

const ExplainOptionsSchema = z.strictObject({
  locale: z.enum(["zh-CN", "en"]).optional(),
  quoteClauses: z.boolean().optional(),
});

const StoredDecisionSchema = decisionSchema(z.json());

/**
 * Each rule's name for a person: in Chinese, the matter as an officer names it, in the
 * text's own words; in English, a plain description. {@link explain} heads every
 * explanation with it, so that no function name appears in the Chinese text. Every rule
 * that makes decisions (`RULE_NAMES`) must have one: the type makes a missing
 * name a compile error.
 *
 * @example
 * ```ts
 * RULE_TITLES.documentForAbsence.zh; //=> "外出党员所持证明"
 * ```
 */
export const RULE_TITLES: { readonly [R in RuleName]: Bilingual } = deepFreeze({
  // 二（一）1: 开具组织关系介绍信、开具党员证明信、持《流动党员活动证》.
  documentForAbsence: { zh: "外出党员所持证明", en: "The document a member carries when going away" },
  // 二（一）3–6: 将组织关系转移到……; 二（一）1 and 二（二）1 when it stays.
  resolveReceivingOrg: { zh: "组织关系转移去向", en: "Where the member's organizational relationship goes" },
  // 一（二）3: 合理确定党员的管理方式.
  managementMode: { zh: "流动党员管理方式", en: "Which Party organization manages the mobile member" },
  // 二（二）5: 对其进行评议……按规定评定等次，作出相应处理.
  evaluationGrade: { zh: "流动党员评定等次及处理", en: "A mobile member's appraisal grade and what follows" },
  // 二（二）5 for each member, with the one-third limit on 优秀 of 民主评议党员.
  evaluationCohort: { zh: "党支部流动党员评定等次", en: "The appraisal grades of a branch's mobile members" },
  // 三（二）1: 应确定党支部书记或支部委员作为他们的联络员.
  liaisonAssignment: { zh: "确定流动党员联络员", en: "Assigning liaisons to a branch's mobile members" },
  // 二（一）2、7，二（二）2、4，三（二）3，三（三）.
  reportingSchedule: { zh: "汇报、审核、走访和检查日程", en: "Reports, reviews, visits and checks, with their dates" },
});

type OutcomeOf<R extends RuleName> = z.output<(typeof RULE_OUTCOME_SCHEMAS)[R]>;

/** The step of `trace` that produced `value`, if one did. */
function stepProducing(trace: readonly TraceStep[], value: JsonValue): CitationId | undefined {
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
  readonly [R in RuleName]: (outcome: OutcomeOf<R>, trace: readonly TraceStep[]) => CitationId | undefined;
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
 * (its step is the last); otherwise the rule's own deciding step (`DECIDED_BY`).
 */
function decidingClause(decision: Decision<JsonValue>): CitationId | undefined {
  if (decision.override !== null) return decision.trace.at(-1)?.citation;
  // The stored-decision check has matched the rule's name and the outcome to that rule.
  const rule = decision.rule as RuleName;
  const decidedBy = DECIDED_BY[rule] as (outcome: JsonValue, trace: readonly TraceStep[]) => CitationId | undefined;
  const clause = decidedBy(decision.outcome, decision.trace);
  return clause !== undefined && decision.citations.includes(clause) ? clause : undefined;
}

const CHINESE_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1–99 in Chinese numerals, as ordinals are written: 一, 十, 十一, 二十一. */
function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CHINESE_DIGITS[ones] ?? String(n);
  return `${tens === 1 ? "" : (CHINESE_DIGITS[tens] ?? "")}十${ones === 0 ? "" : (CHINESE_DIGITS[ones] ?? "")}`;
}

/**
 * How an explanation names an interpretation: in Chinese by its number (`"解释一"` for
 * Q1), in English by its id, for developers.
 * @internal
 */
export function interpretationLabel(id: InterpretationId, lang: "zh" | "en"): string {
  if (lang === "en") return id;
  return `解释${chineseNumber(Number(/^Q(\d+)\./.exec(id)?.[1]))}`;
}

/**
 * Whether the outcome rests on an applied reading, as far as the decision itself shows:
 * the facts fall on its contested point and another reading gives another outcome (an
 * ambiguity); or a reading other than the default was chosen (the decision does not record
 * what the default would have given, so a chosen reading is never put among the routine
 * ones); or it is Q5's reading under which an override was made. Every other reading
 * applied is the default, with no ambiguity listed on it.
 */
function restsOn(applied: AppliedInterpretation, decision: Decision<JsonValue>): boolean {
  return (
    decision.ambiguities.some((ambiguity) => ambiguity.interpretation === applied.id) ||
    !applied.isDefault ||
    (applied.id === "Q5.generally-should-override" && decision.override !== null)
  );
}

interface Words {
  readonly rule: string;
  readonly question: string;
  readonly outcome: string;
  readonly overridden: (ruleSummary: string, reason: string) => string;
  readonly citations: string;
  readonly mainGround: string;
  readonly steps: string;
  readonly step: (label: string, text: string) => string;
  readonly interpretations: string;
  readonly restsOn: string;
  readonly alsoApplied: string;
  readonly none: string;
  readonly isDefault: string;
  readonly notDefault: string;
  readonly ambiguous: string;
  readonly otherReading: (reading: string, outcome: string) => string;
  readonly texts: string;
  readonly listSeparator: string;
  readonly colon: string;
}

const WORDS: { readonly [L in ExplainLocale]: Words } = {
  "zh-CN": {
    rule: "事项",
    question: "问题",
    outcome: "结论",
    overridden: (ruleSummary, reason) => `（作例外处理。按条文一般应为：${ruleSummary}；例外理由：${reason}）`,
    citations: "依据",
    mainGround: "（主要依据）",
    steps: "推理过程",
    step: (label, text) => `〔${label}〕${text}`,
    interpretations: "适用的解释",
    restsOn: "结论所依的解释",
    alsoApplied: "一并适用的解释（均按默认理解，本案未列为歧义）",
    none: "无",
    isDefault: "默认理解",
    notDefault: "另选理解",
    ambiguous: "存在歧义（本案事实恰在条文可作不同理解之处，理解不同，结论不同）",
    otherReading: (reading, outcome) => `按另一种理解（${reading}），结论为${outcome}`,
    texts: "条文",
    listSeparator: "；",
    colon: "：",
  },
  en: {
    rule: "Rule",
    question: "Question",
    outcome: "Outcome",
    overridden: (ruleSummary, reason) =>
      `(documented exception: the text would generally give "${ruleSummary}"; reason: ${reason})`,
    citations: "Grounds",
    mainGround: " (main ground)",
    steps: "Reasoning",
    step: (label, text) => `[${label}] ${text}`,
    interpretations: "Interpretations applied",
    restsOn: "Interpretations the outcome rests on",
    alsoApplied: "Interpretations also applied (at their defaults; not listed as ambiguous here)",
    none: "none",
    isDefault: "default",
    notDefault: "chosen, not the default",
    ambiguous: "Ambiguous (the facts fall on a contested point, and the readings differ)",
    otherReading: (reading, outcome) => `Under another reading (${reading}): ${outcome}`,
    texts: "Texts",
    listSeparator: "; ",
    colon: ": ",
  },
};

function readingText(
  id: InterpretationId,
  alternative: InterpretationAlternative,
  lang: "zh" | "en",
): string {
  const readings = INTERPRETATIONS[id].alternatives as Readonly<
    Record<string, { readonly text: { readonly zh: string; readonly en: string } }>
  >;
  return readings[alternative]?.text[lang] ?? alternative;
}

function labelFor(id: CitationId, lang: "zh" | "en"): string {
  const cited = lookUpCitation(id);
  if (lang === "zh") return citationLabel(id);
  return cited.source === "opinion"
    ? `Opinion ${cited.entry.label} (${id})`
    : `${cited.entry.label} (${cited.entry.instrumentEn})`;
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
export function explain(decision: Decision<JsonValue>, options: ExplainOptions = {}): string {
  const { locale = "zh-CN", quoteClauses = false } = readInput(
    "explain",
    ExplainOptionsSchema,
    options,
  );
  // The explanation reads the validated copy, never the caller's object a second time.
  const stored = readInput("explain", StoredDecisionSchema, decision) as Decision<JsonValue>;
  const lang = locale === "zh-CN" ? "zh" : "en";
  const w = WORDS[locale];
  const lines: string[] = [];
  const title = RULE_TITLES[stored.rule as RuleName];
  lines.push(`${w.rule}${w.colon}${lang === "zh" ? title.zh : `${title.en} (${stored.rule})`}`);
  lines.push(`${w.question}${w.colon}${stored.question[lang]}`);
  lines.push(`${w.outcome}${w.colon}${stored.summary[lang]}`);
  if (stored.override !== null) {
    lines.push(`  ${w.overridden(stored.override.ruleSummary[lang], stored.override.reason)}`);
  }

  const main = decidingClause(stored);
  const grounds = main === undefined ? stored.citations : [main, ...stored.citations.filter((id) => id !== main)];
  const groundLabels = grounds.map((id) => `${labelFor(id, lang)}${id === main ? w.mainGround : ""}`);
  lines.push(`${w.citations}${w.colon}${groundLabels.join(w.listSeparator)}`);

  lines.push(`${w.steps}${w.colon}`);
  stored.trace.forEach((step, index) => {
    lines.push(`  ${index + 1}. ${w.step(lookUpCitation(step.citation).entry.label, step.text[lang])}`);
  });

  if (stored.interpretations.length === 0) lines.push(`${w.interpretations}${w.colon}${w.none}`);
  const restingOn = stored.interpretations.filter((applied) => restsOn(applied, stored));
  const alsoApplied = stored.interpretations.filter((applied) => !restsOn(applied, stored));
  for (const [heading, group] of [[w.restsOn, restingOn], [w.alsoApplied, alsoApplied]] as const) {
    if (group.length === 0) continue;
    lines.push(`${heading}${w.colon}`);
    for (const applied of group) {
      const label = interpretationLabel(applied.id, lang);
      const which = applied.isDefault ? w.isDefault : w.notDefault;
      const reading = readingText(applied.id, applied.alternative, lang);
      lines.push(lang === "zh" ? `  - ${label}（${which}）：${reading}` : `  - ${label} (${which}): ${reading}`);
      lines.push(`    ${INTERPRETATIONS[applied.id].question[lang]}`);
    }
  }

  if (stored.ambiguous) {
    lines.push(`${w.ambiguous}${w.colon}`);
    for (const ambiguity of stored.ambiguities) {
      lines.push(`  - ${interpretationLabel(ambiguity.interpretation, lang)}${w.colon}${ambiguity.reason[lang]}`);
      for (const other of ambiguity.alternatives) {
        const reading = embedded(readingText(ambiguity.interpretation, other.alternative, lang));
        lines.push(`    ${w.otherReading(reading, other.summary[lang])}`);
      }
    }
  }
  if (quoteClauses) {
    lines.push(`${w.texts}${w.colon}`);
    for (const id of stored.citations) {
      const cited = lookUpCitation(id);
      lines.push(`  ${labelFor(id, lang)}${w.colon}${lang === "zh" ? cited.entry.zh : cited.entry.en}`);
    }
  }
  return lines.join("\n");
}
