/**
 * Citations: one typed id for an opinion clause or a superior rule.
 *
 * @module
 */
import { z } from "zod";
import { addBilingualIssue, failInput } from "../errors.js";
import { CLAUSE_IDS, OPINION_CLAUSES, type ClauseId, type OpinionClause } from "./opinion.js";
import {
  SUPERIOR_RULES,
  SUPERIOR_RULE_IDS,
  type SuperiorRule,
  type SuperiorRuleId,
} from "./superior.js";

/**
 * What a decision can cite: a clause of the opinion (`"2.1.1"`) or a superior rule
 * (`"civil-code:1259"`). The two sets of ids never overlap: opinion ids are outline
 * numbers, superior ids carry an instrument prefix.
 */
export type CitationId = ClauseId | SuperiorRuleId;

/** A citation looked up in its registry. */
export type CitedText =
  | {
      /** The citation is a clause of the opinion. */
      readonly source: "opinion";
      /** The clause. */
      readonly entry: OpinionClause;
    }
  | {
      /** The citation is a superior rule. */
      readonly source: "superior";
      /** The superior rule. */
      readonly entry: SuperiorRule;
    };

const CLAUSE_ID_SET: ReadonlySet<string> = new Set(CLAUSE_IDS);
const SUPERIOR_ID_SET: ReadonlySet<string> = new Set(SUPERIOR_RULE_IDS);

/** Is `value` a clause id of the opinion? */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === "string" && CLAUSE_ID_SET.has(value);
}

/** Is `value` a superior-rule id? */
export function isSuperiorRuleId(value: unknown): value is SuperiorRuleId {
  return typeof value === "string" && SUPERIOR_ID_SET.has(value);
}

/** Is `value` any citation id? */
export function isCitationId(value: unknown): value is CitationId {
  return isClauseId(value) || isSuperiorRuleId(value);
}

/**
 * Looks a citation up in the opinion or superior-rule registry.
 *
 * @example
 * ```ts
 * lookUpCitation("2.1.1").entry.label; //=> "二（一）1"
 * lookUpCitation("civil-code:1259").source; //=> "superior"
 * ```
 */
export function lookUpCitation(id: CitationId): CitedText {
  if (!isCitationId(id)) {
    failInput("lookUpCitation", [], "invalid-value", {
      zh: "不是已登记的条文或上位规定编号（见 CLAUSE_IDS、SUPERIOR_RULE_IDS）",
      en: "not a registered clause or superior-rule id (see CLAUSE_IDS, SUPERIOR_RULE_IDS)",
    });
  }
  return isClauseId(id)
    ? { source: "opinion", entry: OPINION_CLAUSES[id] }
    : { source: "superior", entry: SUPERIOR_RULES[id] };
}

/**
 * How a reader cites the id: the Chinese label, prefixed for the opinion so it is
 * clear which document is meant.
 *
 * @example
 * ```ts
 * citationLabel("2.1.1"); //=> "《实施意见》二（一）1"
 * citationLabel("party-constitution:9"); //=> "《中国共产党章程》第九条"
 * ```
 */
export function citationLabel(id: CitationId): string {
  const cited = lookUpCitation(id);
  return cited.source === "opinion" ? `《实施意见》${cited.entry.label}` : cited.entry.label;
}

/** The zod schema of a {@link CitationId}: a registered clause or superior-rule id. */
export const CitationIdSchema: z.ZodType<CitationId> = z.string().check((ctx) => {
  if (!isCitationId(ctx.value)) {
    addBilingualIssue(ctx, {
      code: "invalid-value",
      message: {
        zh: "不是已登记的条文或上位规定编号",
        en: "not a registered clause or superior-rule id",
      },
    });
  }
}) as z.ZodType<CitationId>;
