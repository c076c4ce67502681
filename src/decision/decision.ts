/**
 * The decision model: the one shape every rule returns.
 *
 * A decision holds the outcome; the clauses and superior rules it rests on; an ordered
 * trace of the conditions checked, each a typed step on named facts under a named clause;
 * the interpretations applied; any ambiguity, with the outcome each other reading would
 * give; any documented override; and what is needed to decide it again: the validated
 * input and options, the library's name and version, and fingerprints of the opinion's
 * text and of the interpretation registry. It holds no sentences: {@link explain} writes
 * them, in any locale, from the message catalogs. It is plain JSON data with a schema
 * version, so a records system can store it, {@link decisionSchema} can check it and
 * {@link replay} can decide it again years later.
 *
 * @module
 */
import type { CitationId } from "../clauses/citation.js";
import { ownedCopy } from "../frozen.js";
import { alternativeInForce, type InterpretationChoices } from "../interpretations/options.js";
import {
  INTERPRETATIONS,
  type AlternativeOf,
  type InterpretationAlternative,
  type InterpretationId,
} from "../interpretations/registry.js";
import type { MessageId, Messages } from "../locales/catalog.js";
import { FINGERPRINTS, LIBRARY } from "./fingerprints.js";


/** The version of the decision shape. It changes only when a stored decision would no longer read the same. */
export const DECISION_SCHEMA_VERSION = 2;

/** Any value JSON can carry. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** The named parameters of a step or a reason: what its sentence needs besides the facts. */
export type MessageParams = { readonly [name: string]: JsonValue };

/** One step of a decision's reasoning: typed data, put in words by the catalogs. */
export interface TraceStep {
  /** The step's id, for example `"absence-length"`: the key of its sentence in every catalog. */
  readonly check: string;
  /** The clause or superior rule under which the condition is checked. */
  readonly citation: CitationId;
  /** The input facts the step read, by their path in the input; left out when it read none. */
  readonly facts?: { readonly [path: string]: JsonValue } | undefined;
  /** What the check found. */
  readonly result: JsonValue;
  /** The named parameters of the step's sentence; left out when it has none. */
  readonly params?: MessageParams | undefined;
  /** For a step that is another rule's decision made inside this one: that decision's reasoning. */
  readonly within?: SubDecision | undefined;
}

/**
 * A decision of another rule made inside this one (2.1.6 sends some relationships "by
 * duration and workplace", that is by 2.1.1): which rule, on which part of the input, and
 * its reasoning. Its citations, interpretations and ambiguities are the enclosing
 * decision's.
 */
export interface SubDecision {
  /** The rule that decided. */
  readonly rule: string;
  /** The part of the input it decided on, as a path (`"absence"`, `"members[3].record"`); its steps' facts are named from there. */
  readonly at: string;
  /** Its reasoning, step by step. */
  readonly trace: readonly TraceStep[];
}

/** Why the facts fall on a contested point: a message id and its parameters. */
export interface ContestReason {
  /** The key of the reason's sentence in every catalog. */
  readonly check: string;
  /** The named parameters of the sentence; left out when it has none. */
  readonly params?: MessageParams;
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
}

/** A contested point the facts fall on, where the reading changes the outcome. */
export interface Ambiguity<Outcome> {
  /** The interpretation in question. */
  readonly interpretation: InterpretationId;
  /** The alternative this decision applied. */
  readonly applied: InterpretationAlternative;
  /** Why these facts fall on the contested point. */
  readonly reason: ContestReason;
  /** The outcomes under the other readings that give a different outcome. Never empty. */
  readonly alternatives: readonly [AlternativeOutcome<Outcome>, ...AlternativeOutcome<Outcome>[]];
}

/** A documented exception that replaced the rule's outcome (interpretation Q5). */
export interface AppliedOverride<Outcome> {
  /** The outcome the rule itself reached. */
  readonly ruleOutcome: Outcome;
  /** The caller's reason for the exception. */
  readonly reason: string;
}

/** The library that made a decision, as `name@version` (`"mobile-member-rules@0.1.0"`), as npm writes a package. */
export type DecidedBy = string;

/**
 * Fingerprints of what a decision was made under: the opinion's text and the
 * interpretation registry, each the first 16 hexadecimal digits of the SHA-256 of its
 * canonical JSON. A stored decision whose fingerprints differ from the installed
 * library's was made under another text or other readings.
 */
export interface Fingerprints {
  /** The opinion's clauses: ids and Chinese text. */
  readonly opinion: string;
  /** The interpretation registry: ids, readings and defaults. */
  readonly interpretations: string;
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
  /** The library that decided, as `name@version`. */
  readonly library: DecidedBy;
  /** What the decision was made under. */
  readonly fingerprints: Fingerprints;
  /** The input as validated: what {@link replay} decides again. */
  readonly input: JsonValue;
  /** The options as validated. */
  readonly options: JsonValue;
  /** The outcome (the override's, when one was applied). */
  readonly outcome: Outcome;
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

/** A message's parameters as arguments: none for a message that takes none. @internal */
export type ParamsOf<Id extends MessageId> = keyof Messages[Id] extends never
  ? [params?: Messages[Id]]
  : [params: Messages[Id]];

interface ContestedPoint {
  readonly id: InterpretationId;
  readonly reason: ContestReason;
}

/** What a recorder gathers for the whole decision, shared with the sub-decisions made inside it. */
interface Gathered {
  readonly citations: CitationId[];
  readonly interpretations: AppliedInterpretation[];
  readonly contested: ContestedPoint[];
}

const NOTHING_GATHERED: Gathered = Object.freeze({
  citations: Object.freeze([]) as unknown as CitationId[],
  interpretations: Object.freeze([]) as unknown as AppliedInterpretation[],
  contested: Object.freeze([]) as unknown as ContestedPoint[],
});

/**
 * The ways a rule's logic records its reasoning. A rule records steps, cites clauses,
 * applies readings (only those of the interpretations it declares, `Reads`), contests the
 * readings its facts fall on, and decides parts of its input by other rules.
 *
 * A recorder that does not trace (`traced` false) is what a contested point's other
 * readings are decided with: it records nothing and only answers the readings.
 * @internal
 */
export class Recorder<Reads extends InterpretationId = InterpretationId> {
  /** The steps, or `null` when the recorder does not trace. */
  readonly trace: TraceStep[] | null;
  private readonly gathered: Gathered;

  constructor(
    readonly choices: InterpretationChoices | undefined,
    traced: boolean,
    gathered?: Gathered,
    /** Where the interpretations read are noted, without a trace: what a roster's impact pass re-decides. */
    private readonly touched?: Set<InterpretationId>,
  ) {
    this.trace = traced ? [] : null;
    // A recorder that does not trace never writes what it gathers: it shares one empty record.
    this.gathered = gathered ?? (traced ? { citations: [], interpretations: [], contested: [] } : NOTHING_GATHERED);
  }

  /** Whether steps are kept: logic that only builds a step's parameters may skip the work when not. */
  get traced(): boolean {
    return this.trace !== null;
  }

  /** Adds a citation (once). */
  cite(id: CitationId): void {
    if (this.trace === null) return;
    const { citations } = this.gathered;
    if (!citations.includes(id)) citations.push(id);
  }

  /** Adds a step of reasoning, and cites its clause. */
  step<Id extends MessageId>(
    check: Id,
    citation: CitationId,
    facts: { readonly [path: string]: JsonValue },
    result: JsonValue,
    ...params: ParamsOf<Id>
  ): void;
  // The signature above types the parameters by the message; this one takes them as a plain
  // argument, not a rest list, which would be a new array on every step.
  step(check: MessageId, citation: CitationId, facts: { readonly [path: string]: JsonValue }, result: JsonValue, params?: MessageParams): void {
    if (this.trace === null) return;
    this.cite(citation);
    // Every step has one shape, so that kept decisions stay compact; empty facts and
    // absent parameters are undefined, which JSON leaves out.
    let read: TraceStep["facts"];
    // Own keys only: a key set on Object.prototype by other code is not a fact.
    for (const path in facts) {
      if (!Object.hasOwn(facts, path)) continue;
      read = facts;
      break;
    }
    this.trace.push({ check, citation, facts: read, result, params });
  }

  /** The alternative in force for `id`, recorded as applied. Use for readings that apply to every case (Q2, say). */
  interpret<Id extends Reads>(id: Id): AlternativeOf<Id> {
    const alternative = alternativeInForce(this.choices, id);
    this.touched?.add(id);
    if (this.trace === null) return alternative;
    const { interpretations } = this.gathered;
    if (!interpretations.some((applied) => applied.id === id)) interpretations.push(appliedReading(id, alternative));
    return alternative;
  }

  /**
   * The alternative in force for `id`, where the facts fall on the contested point itself
   * (exactly six months, say). The decision is then made again under every other reading
   * of that point, without a trace, and marked ambiguous if any gives another outcome.
   * Where every reading of a point gives the same outcome on the branch at hand, the logic
   * {@link Recorder.interpret}s it instead, and nothing is decided twice.
   */
  contest<Id extends Reads, Reason extends MessageId>(id: Id, reason: Reason, ...params: ParamsOf<Reason>): AlternativeOf<Id>;
  // As for step: the parameters as a plain argument, not a rest list.
  contest<Id extends Reads>(id: Id, reason: MessageId, params?: MessageParams): AlternativeOf<Id> {
    if (this.trace !== null) {
      const { contested } = this.gathered;
      if (!contested.some((point) => point.id === id)) {
        contested.push({ id, reason: params === undefined ? { check: reason } : { check: reason, params } });
      }
    }
    return this.interpret(id);
  }

  /**
   * Decides part of the input by another rule's logic: its steps are kept, as one step of
   * this decision (`within`), its facts named from `at`; its citations, readings and
   * contested points are this decision's.
   */
  within<Facts, Outcome extends JsonValue, SubReads extends Reads>(
    rule: { readonly name: string; readonly decide: (facts: Facts, recorder: Recorder<SubReads>) => Outcome },
    at: string,
    citation: CitationId,
    facts: Facts,
  ): Outcome {
    const inner = new Recorder<SubReads>(this.choices, this.trace !== null, this.gathered, this.touched);
    const outcome = rule.decide(facts, inner);
    if (this.trace !== null && inner.trace !== null) {
      this.cite(citation);
      this.trace.push({
        check: "within",
        citation,
        facts: undefined,
        result: outcome,
        params: undefined,
        within: { rule: rule.name, at, trace: inner.trace },
      });
    }
    return outcome;
  }

  /** The contested points the facts fell on, in order. */
  get contested(): readonly ContestedPoint[] {
    return this.gathered.contested;
  }

  /** The citations gathered. */
  get citations(): readonly CitationId[] {
    return this.gathered.citations;
  }

  /** The interpretations applied. */
  get interpretations(): readonly AppliedInterpretation[] {
    return this.gathered.interpretations;
  }
}

/**
 * Every reading a decision can apply, made once from the registry and frozen: decisions
 * share these entries rather than each making its own.
 */
const APPLIED_READINGS: ReadonlyMap<string, ReadonlyMap<string, AppliedInterpretation>> = new Map(
  (Object.keys(INTERPRETATIONS) as InterpretationId[]).map((id) => [
    id,
    new Map(
      Object.keys(INTERPRETATIONS[id].alternatives).map((alternative): [string, AppliedInterpretation] => [
        alternative,
        Object.freeze({ id, alternative: alternative as InterpretationAlternative, isDefault: alternative === INTERPRETATIONS[id].default }),
      ]),
    ),
  ]),
);

function appliedReading(id: InterpretationId, alternative: InterpretationAlternative): AppliedInterpretation {
  return APPLIED_READINGS.get(id)?.get(alternative) ?? Object.freeze({ id, alternative, isDefault: false });
}

/** Whether two JSON values are equal, structurally: what another reading's outcome is compared by. @internal */
export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // As JSON sees them: a key whose value is undefined is no key at all.
  const left = a as { readonly [key: string]: JsonValue | undefined };
  const right = b as { readonly [key: string]: JsonValue | undefined };
  for (const key of Object.keys(left)) if (!sameJson(left[key], Object.hasOwn(right, key) ? right[key] : undefined)) return false;
  for (const key of Object.keys(right)) if (!Object.hasOwn(left, key) && right[key] !== undefined) return false;
  return true;
}

/** What {@link decideFully} needs of a rule. @internal */
export interface DecisionLogic<Facts, Outcome extends JsonValue, Reads extends InterpretationId> {
  readonly name: string;
  readonly decide: (facts: Facts, recorder: Recorder<Reads>) => Outcome;
}

/** A documented exception a caller asked for, with the "一般" clause it departs from. @internal */
export interface OverrideRequest<Outcome> {
  readonly outcome: Outcome;
  readonly reason: string;
  readonly clause: CitationId;
}

/** Only the outcome, as quickly as the logic allows: no trace, no other readings. @internal */
export function decideOutcome<Facts, Outcome extends JsonValue, Reads extends InterpretationId>(
  logic: DecisionLogic<Facts, Outcome, Reads>,
  facts: Facts,
  choices: InterpretationChoices | undefined,
): Outcome {
  return logic.decide(facts, new Recorder<Reads>(choices, false));
}

/**
 * Only the outcome, and the interpretations whose readings it depended on: no other reading
 * can change the outcome of these facts but one of theirs. @internal
 */
export function decideOutcomeReading<Facts, Outcome extends JsonValue, Reads extends InterpretationId>(
  logic: DecisionLogic<Facts, Outcome, Reads>,
  facts: Facts,
  choices: InterpretationChoices | undefined,
  read: Set<InterpretationId> = new Set(),
): { readonly outcome: Outcome; readonly read: ReadonlySet<InterpretationId> } {
  return { outcome: logic.decide(facts, new Recorder<Reads>(choices, false, undefined, read)), read };
}

/**
 * Decides, with the full trace. Where the facts fell on a contested point, decides them
 * again under each other reading of it, without a trace, and marks the decision ambiguous,
 * with those outcomes, only if one differs (compared structurally). A contested point that
 * does not change the outcome is recorded as applied, not as ambiguous.
 * @internal
 */
export function decideFully<Facts, Outcome extends JsonValue, Reads extends InterpretationId>(
  logic: DecisionLogic<Facts, Outcome, Reads>,
  facts: Facts,
  choices: InterpretationChoices | undefined,
  recorded: { readonly input: JsonValue; readonly options: JsonValue },
  override?: OverrideRequest<Outcome>,
): Decision<Outcome> {
  const recorder = new Recorder<Reads>(choices, true);
  const outcome = logic.decide(facts, recorder);
  const ambiguities: Ambiguity<Outcome>[] = [];
  for (const point of recorder.contested) {
    const applied = alternativeInForce(choices, point.id);
    const others: AlternativeOutcome<Outcome>[] = [];
    for (const alternative of Object.keys(INTERPRETATIONS[point.id].alternatives)) {
      if (alternative === applied) continue;
      const other = decideOutcome(logic, facts, { ...choices, [point.id]: alternative });
      if (!sameJson(other, outcome)) others.push({ alternative: alternative as InterpretationAlternative, outcome: other });
    }
    const [first, ...rest] = others;
    if (first !== undefined) {
      ambiguities.push({ interpretation: point.id, applied, reason: point.reason, alternatives: [first, ...rest] });
    }
  }
  let finalOutcome = outcome;
  let applied: AppliedOverride<Outcome> | null = null;
  if (override !== undefined) {
    finalOutcome = override.outcome;
    applied = { ruleOutcome: outcome, reason: override.reason };
    // The Q5 check ran before the rule decided; here the reading is recorded as applied.
    (recorder as Recorder).interpret("Q5.generally-should-override");
    recorder.step("documented-override", override.clause, { "options.override.reason": override.reason }, finalOutcome);
  }
  // The decision owns everything in it that can be changed. The logic builds its outcomes,
  // steps and parameters for this call; what it takes from the library's tables is frozen
  // (the duty lists), so decisions share it safely. The shared-state tests vandalize every
  // part of every rule's decisions to hold the rules to this.
  const trace = exactLength(recorder.trace ?? []);
  return {
    schemaVersion: DECISION_SCHEMA_VERSION,
    rule: logic.name,
    library: LIBRARY,
    fingerprints: FINGERPRINTS,
    // The snapshots the rule read, made for this call, copied into ordinary objects for
    // whoever reads the decision (an empty options record is one frozen object, shared).
    input: ownedCopy(recorded.input),
    options: ownedCopy(recorded.options),
    outcome: finalOutcome,
    citations: [...recorder.citations],
    trace,
    interpretations: [...recorder.interpretations],
    ambiguous: ambiguities.length > 0,
    // No ambiguity is the common case: one frozen empty list serves every such decision.
    ambiguities: ambiguities.length === 0 ? NONE : ambiguities,
    override: applied,
  };
}

/** A trace at its exact length (and its sub-decisions'), so a kept decision holds no spare room. */
function exactLength(trace: readonly TraceStep[]): TraceStep[] {
  const exact = trace.slice();
  for (const step of exact as { -readonly [K in keyof TraceStep]: TraceStep[K] }[]) {
    if (step.within !== undefined) step.within = { ...step.within, trace: exactLength(step.within.trace) };
  }
  return exact;
}

const NONE: readonly never[] = Object.freeze([]);

declare module "../locales/catalog.js" {
  interface Messages {
    /** A documented exception replaced the rule's outcome (Q5). */
    "documented-override": Record<never, never>;
    /** Another rule's decision, made inside this one (its words are the explanation's, see `ExplainWords.within`). */
    within: Record<never, never>;
  }
}
