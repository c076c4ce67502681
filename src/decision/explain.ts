/**
 * Decisions in words: the outcome, the reasoning step by step with its clauses, the
 * interpretations applied, and the other outcome where the text is ambiguous.
 *
 * @module
 */
import { citationLabel, lookUpCitation } from "../clauses/citation.js";
import { readInput } from "../errors.js";
import { INTERPRETATIONS, type InterpretationAlternative, type InterpretationId } from "../interpretations/registry.js";
import { z } from "zod";
import type { Decision, JsonValue } from "./decision.js";
import { decisionSchema } from "./stored.js";

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

interface Words {
  readonly rule: string;
  readonly question: string;
  readonly outcome: string;
  readonly overridden: (ruleSummary: string, reason: string) => string;
  readonly citations: string;
  readonly steps: string;
  readonly interpretations: string;
  readonly none: string;
  readonly isDefault: string;
  readonly notDefault: string;
  readonly ambiguous: string;
  readonly otherReading: (reading: string, outcome: string) => string;
  readonly texts: string;
}

const WORDS: { readonly [L in ExplainLocale]: Words } = {
  "zh-CN": {
    rule: "规则",
    question: "问题",
    outcome: "结论",
    overridden: (ruleSummary, reason) => `（按例外处理：规则本身的结论为“${ruleSummary}”；理由：${reason}）`,
    citations: "依据",
    steps: "推理过程",
    interpretations: "适用的解释",
    none: "无",
    isDefault: "默认",
    notDefault: "调用方选择",
    ambiguous: "存在歧义（事实恰好落在有争议之处，不同读法结论不同）",
    otherReading: (reading, outcome) => `若采用“${reading}”，结论为：${outcome}`,
    texts: "条文",
  },
  en: {
    rule: "Rule",
    question: "Question",
    outcome: "Outcome",
    overridden: (ruleSummary, reason) =>
      `(documented exception: the rule itself gave "${ruleSummary}"; reason: ${reason})`,
    citations: "Grounds",
    steps: "Reasoning",
    interpretations: "Interpretations applied",
    none: "none",
    isDefault: "default",
    notDefault: "chosen by the caller",
    ambiguous: "Ambiguous (the facts fall on a contested point, and the readings differ)",
    otherReading: (reading, outcome) => `Reading "${reading}" gives: ${outcome}`,
    texts: "Texts",
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

function labelFor(id: Parameters<typeof citationLabel>[0], lang: "zh" | "en"): string {
  const cited = lookUpCitation(id);
  if (lang === "zh") return citationLabel(id);
  return cited.source === "opinion"
    ? `Opinion ${cited.entry.label} (${id})`
    : `${cited.entry.label} (${cited.entry.instrumentEn})`;
}

/**
 * Renders a decision as plain text for a person: the question, the outcome, its
 * grounds, each step of the reasoning with its clause, the interpretations applied and,
 * when ambiguous, the outcome under each other reading.
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
 * // 规则：……
 * // 问题：……
 * // 结论：……
 * // 依据：《实施意见》二（一）1；……
 * // 推理过程：
 * //   1. [二（一）1] ……
 * console.log(explain(stored, { locale: "en", quoteClauses: true }));
 * ```
 */
export function explain(given: Decision<JsonValue>, options: ExplainOptions = {}): string {
  const { locale = "zh-CN", quoteClauses = false } = readInput(
    "explain",
    ExplainOptionsSchema,
    options,
  );
  // The explanation reads the validated copy, never the caller's object a second time.
  const decision = readInput("explain", StoredDecisionSchema, given) as Decision<JsonValue>;
  const lang = locale === "zh-CN" ? "zh" : "en";
  const w = WORDS[locale];
  const sep = lang === "zh" ? "：" : ": ";
  const lines: string[] = [];
  lines.push(`${w.rule}${sep}${decision.rule}`);
  lines.push(`${w.question}${sep}${decision.question[lang]}`);
  lines.push(`${w.outcome}${sep}${decision.summary[lang]}`);
  if (decision.override !== null) {
    lines.push(`  ${w.overridden(decision.override.ruleSummary[lang], decision.override.reason)}`);
  }
  lines.push(`${w.citations}${sep}${decision.citations.map((c) => labelFor(c, lang)).join(lang === "zh" ? "；" : "; ")}`);
  lines.push(`${w.steps}${sep}`);
  decision.trace.forEach((step, index) => {
    lines.push(`  ${index + 1}. [${lookUpCitation(step.citation).entry.label}] ${step.text[lang]}`);
  });
  lines.push(`${w.interpretations}${sep}${decision.interpretations.length === 0 ? w.none : ""}`);
  for (const applied of decision.interpretations) {
    const question = INTERPRETATIONS[applied.id].question[lang];
    lines.push(
      `  - ${applied.id} (${applied.isDefault ? w.isDefault : w.notDefault})${sep}${readingText(applied.id, applied.alternative, lang)}`,
    );
    lines.push(`    ${question}`);
  }
  if (decision.ambiguous) {
    lines.push(`${w.ambiguous}${sep}`);
    for (const ambiguity of decision.ambiguities) {
      lines.push(`  - ${ambiguity.interpretation}${sep}${ambiguity.reason[lang]}`);
      for (const other of ambiguity.alternatives) {
        lines.push(
          `    ${w.otherReading(readingText(ambiguity.interpretation, other.alternative, lang), other.summary[lang])}`,
        );
      }
    }
  }
  if (quoteClauses) {
    lines.push(`${w.texts}${sep}`);
    for (const id of decision.citations) {
      const cited = lookUpCitation(id);
      lines.push(`  ${labelFor(id, lang)}${sep}${lang === "zh" ? cited.entry.zh : cited.entry.en}`);
    }
  }
  return lines.join("\n");
}
