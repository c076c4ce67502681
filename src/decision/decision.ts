/**
 * The decision model: the one shape every rule returns.
 *
 * A decision holds the outcome; the clauses and superior rules it rests on; an ordered
 * trace of the conditions checked, each on named facts under a named clause; the
 * interpretations applied; any ambiguity, with the outcome each other reading would
 * give; and any documented override. It is plain JSON data with a schema version, so a
 * records system can store it and an auditor can read it years later
 * ({@link decisionSchema} validates a stored one).
 *
 * @module
 */
import { z } from "zod";
import { CitationIdSchema, lookUpCitation, type CitationId } from "../clauses/citation.js";
import { ownedCopy } from "../frozen.js";
import { addBilingualIssue, failInput, type Bilingual } from "../errors.js";
import { alternativeInForce, type InterpretationChoices, type Override } from "../interpretations/options.js";
import {
  INTERPRETATIONS,
  INTERPRETATION_IDS,
  type AlternativeOf,
  type InterpretationAlternative,
  type InterpretationId,
} from "../interpretations/registry.js";

/** The version of the decision shape. It changes only when a stored decision would no longer read the same. */
export const DECISION_SCHEMA_VERSION = 1;

/** Any value JSON can carry. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** One step of a decision's reasoning. */
export interface TraceStep {
  /** A stable id of the condition checked, for example `"absence-length"`. */
  readonly check: string;
  /** The clause or superior rule under which the condition is checked. */
  readonly citation: CitationId;
  /** The input facts the step read, by their path in the input. */
  readonly facts: { readonly [path: string]: JsonValue };
  /** What the check found. */
  readonly result: JsonValue;
  /** The step as a sentence, for a person. */
  readonly text: Bilingual;
}

/** An interpretation a decision applied. */
export interface AppliedInterpretation {
  /** The interpretation. */
  readonly id: InterpretationId;
  /** The alternative in force. */
  readonly alternative: InterpretationAlternative;
  /** Whether that alternative is the library's default. */
  readonly isDefault: boolean;
}

/** The outcome another reading of a contested point would give. */
export interface AlternativeOutcome<Outcome> {
  /** The other reading. */
  readonly alternative: InterpretationAlternative;
  /** The outcome under it. */
  readonly outcome: Outcome;
  /** That outcome in words. */
  readonly summary: Bilingual;
}

/** A contested point the facts fall on, where the reading changes the outcome. */
export interface Ambiguity<Outcome> {
  /** The interpretation in question. */
  readonly interpretation: InterpretationId;
  /** The alternative this decision applied. */
  readonly applied: InterpretationAlternative;
  /** Why these facts fall on the contested point. */
  readonly reason: Bilingual;
  /** The outcomes under the other readings that give a different outcome. Never empty. */
  readonly alternatives: readonly [AlternativeOutcome<Outcome>, ...AlternativeOutcome<Outcome>[]];
}

/** A documented exception that replaced the rule's outcome (interpretation Q5). */
export interface AppliedOverride<Outcome> {
  /** The outcome the rule itself reached. */
  readonly ruleOutcome: Outcome;
  /** That outcome in words. */
  readonly ruleSummary: Bilingual;
  /** The caller's reason for the exception. */
  readonly reason: string;
}

/**
 * What every rule returns.
 *
 * @typeParam Outcome - the rule's outcome, plain JSON data
 */
export interface Decision<Outcome extends JsonValue = JsonValue> {
  /** {@link DECISION_SCHEMA_VERSION} when the decision was made. */
  readonly schemaVersion: typeof DECISION_SCHEMA_VERSION;
  /** The function that decided, for example `"documentForAbsence"`. */
  readonly rule: string;
  /** The question the rule answers. */
  readonly question: Bilingual;
  /** The outcome (the override's, when one was applied). */
  readonly outcome: Outcome;
  /** The outcome in words. */
  readonly summary: Bilingual;
  /** Every clause and superior rule the decision rests on, in order of first use, without repeats. Never empty. */
  readonly citations: readonly CitationId[];
  /** The reasoning, step by step, in order. */
  readonly trace: readonly TraceStep[];
  /** The interpretations applied, in order of first use. */
  readonly interpretations: readonly AppliedInterpretation[];
  /** True when the facts fall on a contested point that changes the outcome: see `ambiguities`. */
  readonly ambiguous: boolean;
  /** Each contested point the facts fall on, with the other outcomes. */
  readonly ambiguities: readonly Ambiguity<Outcome>[];
  /** The documented exception applied, or `null`. */
  readonly override: AppliedOverride<Outcome> | null;
}

/** The overridden-outcome part of a rule's options, with what the recorder needs to explain it. @internal */
export interface OverrideRequest<Outcome> {
  readonly override: Override<Outcome> | undefined;
  /** The "一般应当" clause the exception departs from. */
  readonly clause: CitationId;
}

/**
 * The words of a clause that allow an exception, as the clause has them: "一般应当" in
 * 二（一）1, "一般先" in 二（一）5; plain "一般" where a clause words it otherwise.
 */
function generallyWords(clause: CitationId): string {
  return /一般(?:应当|先)?/u.exec(lookUpCitation(clause).entry.zh)?.[0] ?? "一般";
}

interface ContestedPoint {
  readonly id: InterpretationId;
  readonly reason: Bilingual;
}

/**
 * Collects a decision while a rule runs. Each rule call makes its own recorder, so no
 * state outlives the call.
 * @internal
 */
export class DecisionRecorder<Outcome extends JsonValue> {
  private readonly citations: CitationId[] = [];
  private readonly trace: TraceStep[] = [];
  private readonly interpretations: AppliedInterpretation[] = [];
  private readonly ambiguities: Ambiguity<Outcome>[] = [];
  /** The contested points the facts fell on, in order. */
  readonly contested: ContestedPoint[] = [];

  constructor(
    private readonly rule: string,
    private readonly question: Bilingual,
    readonly choices: InterpretationChoices | undefined,
  ) {}

  /** Adds a citation (once). */
  cite(id: CitationId): void {
    if (!this.citations.includes(id)) this.citations.push(id);
  }

  /** Adds a step of reasoning and cites its clause. */
  step(step: TraceStep): void {
    this.cite(step.citation);
    this.trace.push(step);
  }

  /** The alternative in force for `id`, recorded as applied. Use for readings that apply to every case (Q2, say). */
  interpret<Id extends InterpretationId>(id: Id): AlternativeOf<Id> {
    const alternative = alternativeInForce(this.choices, id);
    if (!this.interpretations.some((applied) => applied.id === id)) {
      this.interpretations.push({
        id,
        alternative,
        isDefault: alternative === INTERPRETATIONS[id].default,
      });
    }
    return alternative;
  }

  /**
   * The alternative in force for `id`, where the facts fall on the contested point
   * itself (exactly six months, say). {@link runRule} then decides the case under every
   * other reading and marks the decision ambiguous if any gives another outcome.
   */
  contest<Id extends InterpretationId>(id: Id, reason: Bilingual): AlternativeOf<Id> {
    if (!this.contested.some((point) => point.id === id)) this.contested.push({ id, reason });
    return this.interpret(id);
  }

  /** Records that the facts fall on a contested point; ignored when no alternative changes the outcome. */
  ambiguity(
    interpretation: InterpretationId,
    reason: Bilingual,
    alternatives: readonly AlternativeOutcome<Outcome>[],
  ): void {
    const [first, ...rest] = alternatives;
    if (first === undefined) return;
    this.ambiguities.push({
      interpretation,
      applied: this.interpret(interpretation),
      reason,
      alternatives: [first, ...rest],
    });
  }

  /**
   * Ends the decision. With an override, the override's outcome replaces the rule's, and
   * a last trace step records the replaced outcome and the reason.
   */
  decide(
    outcome: Outcome,
    summarize: (outcome: Outcome) => Bilingual,
    request?: OverrideRequest<Outcome>,
  ): Decision<Outcome> {
    const summary = summarize(outcome);
    let finalOutcome = outcome;
    let finalSummary = summary;
    let override: AppliedOverride<Outcome> | null = null;
    if (request?.override !== undefined) {
      const reading = this.interpret("Q5.generally-should-override");
      if (reading === "no-override") {
        failInput(this.rule, ["options", "override"], "inconsistent", {
          zh: "已按解释五选定不作例外处理，不能再提出例外",
          en: "interpretation Q5 is set to \"no-override\", so an override cannot be given",
        });
      }
      const { reason } = request.override;
      const generally = generallyWords(request.clause);
      finalOutcome = request.override.outcome;
      finalSummary = summarize(finalOutcome);
      override = { ruleOutcome: outcome, ruleSummary: summary, reason };
      this.step({
        check: "documented-override",
        citation: request.clause,
        facts: { "options.override.reason": reason },
        result: finalOutcome,
        text: {
          zh: `条文规定“${generally}”，本案作例外处理：按条文一般应为${summary.zh}，现改为${finalSummary.zh}；理由：${reason}`,
          en: `Documented exception (the text says "generally" here): the text would generally give "${summary.en}"; now "${finalSummary.en}"; reason: ${reason}`,
        },
      });
    }
    // A fresh copy of the whole tree: the decision would otherwise share the library's
    // tables (duty lists, texts) and the caller's snapshot with other decisions.
    return ownedCopy({
      schemaVersion: DECISION_SCHEMA_VERSION,
      rule: this.rule,
      question: this.question,
      outcome: finalOutcome,
      summary: finalSummary,
      citations: this.citations,
      trace: this.trace,
      interpretations: this.interpretations,
      ambiguous: this.ambiguities.length > 0,
      ambiguities: this.ambiguities,
      override,
    });
  }
}

/**
 * The part of a recorder that decision logic uses: enough for one rule's logic to be
 * reused inside another's (resolveReceivingOrg reasons with documentForAbsence's).
 * @internal
 */
export type Reasoning = Pick<DecisionRecorder<JsonValue>, "cite" | "step" | "interpret" | "contest">;

/**
 * The same reasoning, for logic that reads part of the input: each step's facts are named
 * by their path from the input's root (`absence.departure`, not `departure`), so an
 * auditor can find every fact in the record the rule was given.
 * @internal
 */
export function factsUnder(path: string, reasoning: Reasoning): Reasoning {
  const prefix = `${path}.`;
  return {
    cite: (id) => reasoning.cite(id),
    interpret: (id) => reasoning.interpret(id),
    contest: (id, reason) => reasoning.contest(id, reason),
    step: (step) => {
      const paths = Object.keys(step.facts);
      // Steps that read no input (shared, frozen duty steps among them) pass unchanged.
      if (paths.length === 0) return reasoning.step(step);
      const facts: Record<string, JsonValue> = {};
      for (const key of paths) facts[prefix + key] = step.facts[key] as JsonValue;
      reasoning.step({ ...step, facts });
    },
  };
}

/** What {@link runRule} needs to know of a rule. @internal */
export interface RuleDefinition<Facts, Outcome extends JsonValue> {
  /** The exported function's name. */
  readonly rule: string;
  /** The question the rule answers. */
  readonly question: Bilingual;
  /** The decision logic: pure, recording its steps on the recorder. */
  readonly decide: (facts: Facts, recorder: DecisionRecorder<Outcome>) => Outcome;
  /** The outcome in words. */
  readonly summarize: (outcome: Outcome) => Bilingual;
}

/**
 * Runs a rule on validated facts. Where the facts fell on a contested point, it decides
 * them again under each other reading of that point, and marks the decision ambiguous,
 * with those outcomes, only if one of them differs: a contested point that does not
 * change the outcome is recorded as applied, not as ambiguous.
 * @internal
 */
export function runRule<Facts, Outcome extends JsonValue>(
  definition: RuleDefinition<Facts, Outcome>,
  facts: Facts,
  choices: InterpretationChoices | undefined,
  overrideFor?: (outcome: Outcome, recorder: DecisionRecorder<Outcome>) => OverrideRequest<Outcome> | undefined,
): Decision<Outcome> {
  const recorder = new DecisionRecorder<Outcome>(definition.rule, definition.question, choices);
  const outcome = definition.decide(facts, recorder);
  // Most decisions touch no contested point; only those pay for comparing outcomes.
  const key = recorder.contested.length > 0 ? JSON.stringify(outcome) : "";
  for (const point of recorder.contested) {
    const applied = alternativeInForce(choices, point.id);
    const others: AlternativeOutcome<Outcome>[] = [];
    for (const alternative of Object.keys(INTERPRETATIONS[point.id].alternatives)) {
      if (alternative === applied) continue;
      const rerun = new DecisionRecorder<Outcome>(definition.rule, definition.question, {
        ...choices,
        [point.id]: alternative,
      });
      const otherOutcome = definition.decide(facts, rerun);
      if (JSON.stringify(otherOutcome) !== key) {
        others.push({
          alternative: alternative as InterpretationAlternative,
          outcome: otherOutcome,
          summary: definition.summarize(otherOutcome),
        });
      }
    }
    recorder.ambiguity(point.id, point.reason, others);
  }
  return recorder.decide(outcome, definition.summarize, overrideFor?.(outcome, recorder));
}
