/**
 * Replaying a stored decision: deciding its recorded input again with the installed
 * library, and saying what differs. It is the check a stored decision's own consistency
 * ({@link decisionSchema}) can never be — whether the outcome is right for the facts,
 * whether an ambiguity was left out — and the answer to "what would today's rules say
 * about a decision made in 2025?".
 *
 * @module
 */
import { readInput, isRuleInputError, type InputIssue } from "../errors.js";
import { RULES, isRuleName } from "../rules/registry.js";
import { sameJson, type DecidedBy, type Decision, type Fingerprints, type JsonValue } from "./decision.js";
import { FINGERPRINTS, LIBRARY } from "./fingerprints.js";
import { storedDecisionSchema, type StoredDecision, type decisionSchema } from "./stored.js";

/** What part of a decision differs when it is decided again. */
export type ReplayDifferenceKind =
  /** Today's library refuses the recorded input or options. */
  | "refused"
  /** The outcome. */
  | "outcome"
  /** The clauses and superior rules cited. */
  | "citations"
  /** The readings applied. */
  | "interpretations"
  /** Whether the decision is ambiguous, on which points, with which other outcomes. */
  | "ambiguities"
  /** The steps of the reasoning (their ids, clauses, facts and results; not their words). */
  | "trace"
  /** The documented exception. */
  | "override";

/** One difference between a stored decision and today's. */
export interface ReplayDifference {
  /** What differs. */
  readonly kind: ReplayDifferenceKind;
  /** The stored value. */
  readonly stored: JsonValue;
  /** Today's value; for `"refused"`, the positions and kinds of the problems found (never the caller's values). */
  readonly now: JsonValue;
}

/** What {@link replay} found. */
export interface ReplayReport {
  /** False for a version-1 decision: it did not record its input, so it cannot be decided again. */
  readonly replayable: boolean;
  /** True when today's decision has the same outcome, citations, readings, ambiguities, trace and override. */
  readonly same: boolean;
  /** Each part that differs, in the order of {@link ReplayDifferenceKind}. */
  readonly differences: readonly ReplayDifference[];
  /** The library that made the stored decision (`null` for version 1, which did not record it). */
  readonly madeBy: DecidedBy | null;
  /** The library that decided again. */
  readonly replayedBy: DecidedBy;
  /** Whether the opinion's text or the interpretation registry differ from those the decision was made under. */
  readonly changed: { readonly opinion: boolean; readonly interpretations: boolean } | null;
  /** Today's decision, or `null` when the decision could not be made again. */
  readonly decision: Decision | null;
}

function differences(stored: Decision, now: Decision): ReplayDifference[] {
  const found: ReplayDifference[] = [];
  const compare = (kind: ReplayDifferenceKind, a: unknown, b: unknown): void => {
    if (!sameJson(a as JsonValue, b as JsonValue)) found.push({ kind, stored: a as JsonValue, now: b as JsonValue });
  };
  compare("outcome", stored.outcome, now.outcome);
  compare("citations", stored.citations, now.citations);
  compare("interpretations", stored.interpretations, now.interpretations);
  compare(
    "ambiguities",
    stored.ambiguities.map(({ interpretation, applied, alternatives }) => ({ interpretation, applied, alternatives })),
    now.ambiguities.map(({ interpretation, applied, alternatives }) => ({ interpretation, applied, alternatives })),
  );
  compare("trace", stored.trace, now.trace);
  compare("override", stored.override, now.override);
  return found;
}

function issuesOf(error: unknown): JsonValue {
  if (!isRuleInputError(error)) throw error;
  return error.issues.map((issue: InputIssue) => ({ path: [...issue.path], code: issue.code }));
}

/**
 * Decides a stored decision's recorded input again, with its recorded options, by the
 * installed library, and reports what differs: the outcome, the citations, the readings
 * applied, the ambiguities, the trace (steps as data, not their words) and the override.
 * A decision that today's library refuses to make is reported as `"refused"`, with the
 * positions of the problems.
 *
 * The stored decision is validated first ({@link decisionSchema}). A version-1 decision
 * validates but did not record its input: it is reported as not replayable.
 *
 * @param stored - a decision returned by any rule, or read back from storage
 * @returns the report; `same` is true when nothing differs
 * @throws {@link RuleInputError} when `stored` is not a decision
 *
 * @example
 * ```ts
 * const stored = JSON.parse(record.decisionJson);
 * const report = replay(stored);
 * if (!report.same) for (const d of report.differences) console.log(d.kind, d.stored, "→", d.now);
 * report.changed; //=> { opinion: false, interpretations: true } when a reading's wording or default changed since
 * ```
 */
export function replay(stored: StoredDecision): ReplayReport {
  const valid = readInput("replay", storedDecisionSchema(), stored) as StoredDecision;
  if (valid.schemaVersion === 1) {
    return { replayable: false, same: false, differences: [], madeBy: null, replayedBy: LIBRARY, changed: null, decision: null };
  }
  const changed = {
    opinion: valid.fingerprints.opinion !== FINGERPRINTS.opinion,
    interpretations: valid.fingerprints.interpretations !== FINGERPRINTS.interpretations,
  };
  const base = { replayable: true, madeBy: valid.library, replayedBy: LIBRARY, changed } as const;
  // The stored-decision check has matched the rule's name to a rule of the library.
  const rule = isRuleName(valid.rule) ? (RULES[valid.rule] as unknown as (input: unknown, options: unknown) => Decision) : undefined;
  if (rule === undefined) return { ...base, same: false, differences: [], decision: null };
  let now: Decision;
  try {
    now = rule(valid.input, valid.options);
  } catch (error) {
    return { ...base, same: false, differences: [{ kind: "refused", stored: null, now: issuesOf(error) }], decision: null };
  }
  const found = differences(valid, now);
  return { ...base, same: found.length === 0, differences: found, decision: now };
}

/** A fingerprint pair, for tests and tools. @internal */
export type { Fingerprints };
