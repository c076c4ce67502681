/**
 * A roster, decided member by member: every rule that applies to each member's record,
 * streamed, and the worklist of the day built on the way; with `impact`, every member
 * decided again under each other reading of every interpretation its decisions read.
 *
 * @module
 */
import { ownedCopy } from "../frozen.js";
import { z } from "zod";
import { RuleDateSchema, type CalendarDate } from "../calendar/date.js";
import { choicesSchema, compiledSchema } from "../decision/rule.js";
import { sameJson, type Decision, type JsonValue } from "../decision/decision.js";
import { RuleInputError, failInput, isRuleInputError, readInput, type InputIssueCode } from "../errors.js";
import { alternativeInForce, type InterpretationChoices } from "../interpretations/options.js";
import { INTERPRETATIONS, INTERPRETATION_IDS, type InterpretationAlternative, type InterpretationId } from "../interpretations/registry.js";
import { bilingual } from "../locales/index.js";
import type { RuleOutcomes } from "../locales/catalog.js";
import { RULES } from "../rules/registry.js";
import { ImpactBuilder, type FlippedOutcome, type ImpactReport, type MemberFlip, type MemberImpact } from "./impact.js";
import { MemberRecordSchema, ROSTER_RULE_NAMES, rulesFor, type MemberRecord, type RosterOutcomes, type RosterRuleName, type RuleCall } from "./member-record.js";
import { WorklistBuilder, type AmbiguousDecision, type Worklist } from "./worklist.js";
import { privateSchema } from "../input/private-schema.js";

const SOURCE = "analyzeRoster";

/** The options of {@link analyzeRoster}. */
export interface RosterOptions {
  /** The day the worklist is drawn up for. */
  readonly asOf: CalendarDate;
  /** Readings chosen instead of the defaults; each rule is given only those it reads. */
  readonly interpretations?: InterpretationChoices | undefined;
  /**
   * Whether the worklist lists the decisions marked ambiguous. Finding them takes the full
   * decision (the trace, and the other readings of each contested point the facts fall
   * on), which costs more than the outcome alone: left out, only the outcomes are decided.
   */
  readonly ambiguities?: boolean | undefined;
  /**
   * Whether to decide every member again under each other reading of every interpretation
   * its decisions read, for the impact report (`impact()`) and each member's `impact`.
   * Outcomes alone, as the plain pass: at most one more pass per other reading that applies.
   */
  readonly impact?: boolean | undefined;
}

/** The zod schema of {@link RosterOptions}. @internal */
export const RosterOptionsSchema = z.strictObject({
  asOf: RuleDateSchema,
  interpretations: choicesSchema(INTERPRETATION_IDS).optional(),
  ambiguities: z.boolean().optional(),
  impact: z.boolean().optional(),
});

/** Where a record is wrong: a position in it and the kind of problem, never what it holds. */
export interface RecordIssue {
  /** Field names and list indexes, from the top of the record (a field the schema does not know is named by its position). */
  readonly path: readonly (string | number)[];
  /** The kind of problem. */
  readonly code: InputIssueCode;
}

/** A member's record, decided: the outcome of every rule that applies to it. */
export interface DecidedMember {
  /** Decided. */
  readonly valid: true;
  /** The record's place in the roster, from 0. */
  readonly position: number;
  /** The member's id. */
  readonly id: string;
  /** The member's branch. */
  readonly branch: string;
  /** The outcome of each rule that applies, by rule. */
  readonly outcomes: RosterOutcomes;
  /** With `impact`: what each other reading of the interpretations read would change. */
  readonly impact?: MemberImpact;
}

/** A record that could not be decided: where it is in the roster and where it is wrong. */
export interface RefusedMember {
  /** Refused. */
  readonly valid: false;
  /** The record's place in the roster, from 0. */
  readonly position: number;
  /** Every problem found, by position and kind. Never empty. */
  readonly issues: readonly RecordIssue[];
}

/** One member's result. */
export type MemberResult = DecidedMember | RefusedMember;

/** What {@link analyzeRoster} gives. */
export interface RosterAnalysis {
  /** Each member's result, in the roster's order, as the roster is read. Read once. */
  readonly members: AsyncIterable<MemberResult>;
  /** The worklist, once every member is read (reading them if no one has begun). */
  worklist(): Promise<Worklist>;
  /**
   * The impact report, once every member is read (reading them if no one has begun).
   *
   * @throws {@link RuleInputError} when the analysis was not asked for `impact`
   */
  impact(): Promise<ImpactReport>;
}

// The library's own copy of RosterOptionsSchema: a caller's writes into the exported one do not reach it.
const ownRosterOptionsSchema = privateSchema(RosterOptionsSchema);

/**
 * Decides every rule that applies to every member of a roster, one member at a time: the
 * roster is read once, and no more of it is held than the member at hand. A record that is
 * refused is reported by its position and where it is wrong, never by what it holds, and
 * the others go on.
 *
 * Each rule decides its outcome alone (`decideOutcome`), with only the readings it reads;
 * with `ambiguities`, each decides in full, so that the worklist can list the decisions
 * marked ambiguous (the outcomes are the same). With `impact`, each member is decided
 * again, outcomes alone, under each other reading of every interpretation its decisions
 * read (and only those: no other reading can change them).
 *
 * The roster is read once, by whichever comes first: iterating `members`, `worklist()` or
 * `impact()`. Those two are given when the members have been read to the end; one whose
 * reading was left unfinished (a `break`, an error) is refused, and one whose reading is
 * merely paused waits for it.
 *
 * @param roster - the members' records (see `MemberRecordSchema`), as an iterable or an async iterable
 * @throws {@link RuleInputError} when the options are invalid or the roster is not iterable
 * @example
 * ```ts
 * const analysis = analyzeRoster(records, { asOf: "2025-06-30", impact: true });
 * for await (const member of analysis.members) if (!member.valid) console.log(member.position, member.issues);
 * const worklist = await analysis.worklist();
 * const report = await analysis.impact();
 * ```
 */
export function analyzeRoster(roster: Iterable<unknown> | AsyncIterable<unknown>, options: RosterOptions): RosterAnalysis {
  const valid = readInput(SOURCE, ownRosterOptionsSchema(), options);
  if (!isIterable(roster)) failInput(SOURCE, ["roster"], "wrong-type", bilingual("roster.error.not-a-roster"));
  // Q9's caller standard needs a grading standard, which a roster does not take yet: refused
  // here once, rather than for every member with an appraisal.
  if (valid.interpretations?.["Q9.grading-standard"] !== undefined && !canTake("Q9.grading-standard", valid.interpretations["Q9.grading-standard"])) {
    failInput(SOURCE, ["interpretations", "Q9.grading-standard"], "inconsistent", bilingual("error.caller-reading-needs-standard"));
  }
  const readings = new RosterReadings(valid.interpretations);
  const builder = new WorklistBuilder(valid.asOf);
  const impact = valid.impact === true ? new ImpactBuilder(valid.asOf, (id) => readings.inForce(id), canTake) : undefined;
  const how: HowToDecide = { full: valid.ambiguities === true, impact: impact !== undefined };

  async function* read(): AsyncGenerator<MemberResult, RosterResult, undefined> {
    let position = 0;
    for await (const record of recordsOf(SOURCE, roster)) {
      const analyzed = analyzeMember(record, position, readings, how);
      position += 1;
      if (analyzed.record === undefined) builder.addRefused();
      else builder.add(analyzed.record, analyzed.outcomes, analyzed.ambiguous);
      if (impact !== undefined && analyzed.member.valid && analyzed.member.impact !== undefined) {
        impact.add(analyzed.member.id, analyzed.member.branch, analyzed.member.impact);
      }
      yield analyzed.member;
    }
    return { worklist: builder.build(), impact: impact?.build() };
  }

  return readOnceAnalysis(SOURCE, read, impact !== undefined);
}

/** What reading a roster to its end gives. @internal */
export interface RosterResult {
  readonly worklist: Worklist;
  /** The impact report, when it was asked for. */
  readonly impact: ImpactReport | undefined;
}

/**
 * A roster analysis over a reading that can run once (in this thread, or spread over
 * worker threads): the members as the reading yields them, then the worklist and the
 * impact report it returns. Whichever is asked first starts the reading; the worklist and
 * the report wait for its end, and are refused if it was left unfinished. @internal
 */
export function readOnceAnalysis(
  source: string,
  read: () => AsyncGenerator<MemberResult, RosterResult, undefined>,
  asksImpact: boolean,
): RosterAnalysis {
  const readOnce = (): RuleInputError =>
    new RuleInputError(source, [{ path: ["members"], code: "inconsistent", message: bilingual("roster.error.read-once") }]);
  let state: "idle" | "reading" | "read" | "left" = "idle";
  let result: RosterResult | undefined;
  const waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  const settle = (error?: unknown): void => {
    for (const waiter of waiting.splice(0)) {
      if (result !== undefined) waiter.resolve();
      else waiter.reject(error ?? readOnce());
    }
  };

  async function* run(): AsyncGenerator<MemberResult, void, undefined> {
    try {
      result = yield* read();
      state = "read";
      settle();
    } catch (error) {
      state = "left";
      settle(error);
      throw error;
    } finally {
      if (state === "reading") {
        state = "left";
        settle();
      }
    }
  }

  const begin = (): AsyncGenerator<MemberResult, void, undefined> => {
    if (state !== "idle") throw readOnce();
    state = "reading";
    return run();
  };

  const finished = async (): Promise<RosterResult> => {
    if (state === "idle") {
      for await (const _member of { [Symbol.asyncIterator]: begin });
    }
    if (result !== undefined) return result;
    if (state === "left") throw readOnce();
    await new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
    if (result === undefined) throw readOnce();
    return result;
  };

  return Object.freeze({
    members: Object.freeze({ [Symbol.asyncIterator]: begin }),
    // Each call gets a copy of its own: what one caller writes into it reaches no other.
    worklist: async (): Promise<Worklist> => ownedCopy((await finished()).worklist),
    impact: async (): Promise<ImpactReport> => {
      if (!asksImpact) {
        throw new RuleInputError(source, [{ path: ["impact"], code: "missing", message: bilingual("roster.error.impact-not-asked") }]);
      }
      const report = (await finished()).impact;
      if (report === undefined) throw readOnce();
      return ownedCopy(report);
    },
  });
}

/** What iterating a roster needs of its iterator. */
interface RosterIterator {
  readonly next: () => unknown;
  readonly close: () => unknown;
}

/**
 * How a value is iterated, as `for await` chooses: its async iterator's method, else its
 * iterator's; nothing if it has neither, or if asking throws (a getter, a proxy's trap).
 */
function iterationOf(value: unknown): { readonly open: (this: unknown) => unknown; readonly isAsync: boolean } | undefined {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return undefined;
  const target = value as { readonly [Symbol.iterator]?: unknown; readonly [Symbol.asyncIterator]?: unknown };
  try {
    const asyncOpen = target[Symbol.asyncIterator];
    if (typeof asyncOpen === "function") return { open: asyncOpen as (this: unknown) => unknown, isAsync: true };
    const open = target[Symbol.iterator];
    return typeof open === "function" ? { open: open as (this: unknown) => unknown, isAsync: false } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The roster's iterator, or nothing if it gives none: not an object, or one without a
 * `next` method. What the caller's `[Symbol.iterator]()` itself throws is the caller's, and
 * passes.
 */
function openIterator(roster: Iterable<unknown> | AsyncIterable<unknown>): { readonly iterator: RosterIterator; readonly isAsync: boolean } | undefined {
  const iteration = iterationOf(roster);
  if (iteration === undefined) return undefined;
  const { isAsync } = iteration;
  const opened: unknown = iteration.open.call(roster);
  if (opened === null || (typeof opened !== "object" && typeof opened !== "function")) return undefined;
  const it = opened as { readonly next?: unknown; readonly return?: unknown };
  let next: unknown;
  try {
    next = it.next;
  } catch {
    return undefined;
  }
  if (typeof next !== "function") return undefined;
  const step = next as (this: unknown) => unknown;
  return {
    isAsync,
    iterator: {
      next: () => step.call(opened),
      close: () => {
        const close = it.return;
        return typeof close === "function" ? (close as (this: unknown) => unknown).call(opened) : undefined;
      },
    },
  };
}

/**
 * The roster's records, read as `for await` reads them: each step awaited, and each value
 * of a plain iterator. An iterator that breaks the protocol (none at all, or a step that is
 * not an object) is refused with the typed error rather than the engine's `TypeError`; what
 * the caller's own iterator throws is the caller's, and passes. The iterator is closed, as
 * `for await` closes it, when the reading stops at a record (a `break`, an error in the
 * reading), not when the roster ended or failed by itself. @internal
 */
export async function* recordsOf(source: string, roster: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<unknown, void, undefined> {
  const notARoster = (): RuleInputError =>
    new RuleInputError(source, [{ path: ["roster"], code: "wrong-type", message: bilingual("roster.error.not-a-roster") }]);
  const opened = openIterator(roster);
  if (opened === undefined) throw notARoster();
  const { iterator, isAsync } = opened;
  let atRecord = false;
  try {
    for (;;) {
      const step: unknown = isAsync ? await iterator.next() : iterator.next();
      if (step === null || (typeof step !== "object" && typeof step !== "function")) throw notARoster();
      const { done, value } = step as { readonly done?: unknown; readonly value?: unknown };
      if (done) return;
      const record: unknown = isAsync ? value : await value;
      atRecord = true;
      yield record;
      atRecord = false;
    }
  } finally {
    if (atRecord) await iterator.close();
  }
}

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  return iterationOf(value) !== undefined;
}

type RuleOptions = { readonly interpretations: InterpretationChoices } | undefined;
type RuleOptionsByRule = { readonly [Name in RosterRuleName]: RuleOptions };

/** Each rule's options: only the readings it reads, or none at all (the common call). */
function choicesByRule(choices: InterpretationChoices | undefined): RuleOptionsByRule {
  const byRule: Partial<Record<RosterRuleName, RuleOptions>> = {};
  for (const name of ROSTER_RULE_NAMES) {
    const reads: readonly string[] = RULES[name].reads;
    const own = Object.fromEntries(Object.entries(choices ?? {}).filter(([id, reading]) => reads.includes(id) && reading !== undefined));
    byRule[name] = Object.keys(own).length === 0 ? undefined : Object.freeze({ interpretations: Object.freeze(own) as InterpretationChoices });
  }
  return byRule as RuleOptionsByRule;
}

/** Whether a roster can be decided under a reading: Q9's caller standard needs a grading standard, which a roster does not take. @internal */
export function canTake(id: InterpretationId, alternative: InterpretationAlternative): boolean {
  return !(id === "Q9.grading-standard" && alternative === "caller-standard");
}

/** The readings of a roster: those in force, and, made once each, every rule's options under one other reading. @internal */
export class RosterReadings {
  /** Each rule's options under the readings in force. */
  readonly inForceByRule: RuleOptionsByRule;
  private readonly others = new Map<string, RuleOptionsByRule>();

  constructor(readonly choices: InterpretationChoices | undefined) {
    this.inForceByRule = choicesByRule(choices);
  }

  /** The reading in force of an interpretation. */
  inForce(id: InterpretationId): InterpretationAlternative {
    return alternativeInForce(this.choices, id);
  }

  /** Each rule's options with one interpretation read another way. */
  under(id: InterpretationId, alternative: InterpretationAlternative): RuleOptionsByRule {
    const key = `${id}\u0000${alternative}`;
    let found = this.others.get(key);
    if (found === undefined) {
      found = choicesByRule({ ...this.choices, [id]: alternative } as InterpretationChoices);
      this.others.set(key, found);
    }
    return found;
  }
}

interface CallableRule<Name extends RosterRuleName> {
  (input: unknown, options?: unknown): Decision<RuleOutcomes[Name] & JsonValue>;
  readonly decideOutcome: (input: unknown, options?: unknown) => RuleOutcomes[Name];
  readonly decideOutcomeReading: (
    input: unknown,
    options?: unknown,
    validated?: boolean,
  ) => { readonly outcome: RuleOutcomes[Name]; readonly read: ReadonlySet<InterpretationId> };
  readonly decideValidOutcome: (input: unknown, options?: unknown) => RuleOutcomes[Name];
}

/** How a roster's members are decided. @internal */
export interface HowToDecide {
  /** In full, for the decisions marked ambiguous. */
  readonly full: boolean;
  /** Noting the interpretations read, and deciding again under their other readings. */
  readonly impact: boolean;
}

interface Decided<Name extends RosterRuleName> {
  readonly outcome: RuleOutcomes[Name];
  readonly ambiguous: AmbiguousDecision | undefined;
  readonly read: ReadonlySet<InterpretationId> | undefined;
}

/**
 * Decides one rule: the outcome alone; with `full`, the whole decision, for whether it is
 * ambiguous; with `impact`, the interpretations read as well. The rule validates its input
 * and options itself.
 */
function decide<Name extends RosterRuleName>(name: Name, input: unknown, options: RuleOptions, how: HowToDecide): Decided<Name> {
  const rule = RULES[name] as unknown as CallableRule<Name>;
  if (how.full) {
    const decision = rule(input, options);
    const ambiguous = decision.ambiguous ? { rule: name, interpretations: decision.ambiguities.map((a) => a.interpretation) } : undefined;
    // The interpretations read, by the logic and by the checks, which no decision records.
    const read = how.impact ? rule.decideOutcomeReading(input, options).read : undefined;
    return { outcome: decision.outcome, ambiguous, read };
  }
  // The record's schema is made of the rules' own input schemas: its blocks, and the
  // schedule's facts put together from them, are valid inputs already.
  if (how.impact) {
    const { outcome, read } = rule.decideOutcomeReading(input, options, true);
    return { outcome, ambiguous: undefined, read };
  }
  return { outcome: rule.decideValidOutcome(input, options), ambiguous: undefined, read: undefined };
}

function issuesOf(error: unknown, at: readonly (string | number)[]): RecordIssue[] {
  if (!isRuleInputError(error)) throw error;
  return error.issues.map((issue) => ({ path: [...at, ...issue.path], code: issue.code }));
}

/** One member, analyzed: the result, and for the worklist the record and its outcomes. @internal */
export interface AnalyzedMember {
  readonly member: MemberResult;
  /** The validated record, or `undefined` when refused. */
  readonly record: MemberRecord | undefined;
  readonly outcomes: RosterOutcomes;
  readonly ambiguous: readonly AmbiguousDecision[];
}

const NO_OUTCOMES: RosterOutcomes = Object.freeze({});
const NO_AMBIGUITIES: readonly AmbiguousDecision[] = Object.freeze([]);

// The library's own copy of MemberRecordSchema, which is built of the rules' exported input
// schemas: a caller's writes into those, or into it, do not reach it.
const ownMemberRecordSchema = privateSchema(MemberRecordSchema);

// The record's schema as zod compiles it (see compiledSchema), compiled when the first record
// is read: validating the record was the largest part of a member's time.
let recordValidator: typeof MemberRecordSchema | undefined;

/** One record: validated once, then each rule that applies decided on the input derived from it. @internal */
export function analyzeMember(record: unknown, position: number, readings: RosterReadings, how: HowToDecide): AnalyzedMember {
  let valid: MemberRecord;
  try {
    valid = readInput(SOURCE, (recordValidator ??= compiledSchema(ownMemberRecordSchema())), record);
  } catch (error) {
    return { member: { valid: false, position, issues: issuesOf(error, []) }, record: undefined, outcomes: NO_OUTCOMES, ambiguous: NO_AMBIGUITIES };
  }
  const calls = rulesFor(valid);
  const outcomes: RosterOutcomes = {};
  const issues: RecordIssue[] = [];
  const ambiguous: AmbiguousDecision[] = [];
  const read = new Map<RosterRuleName, ReadonlySet<InterpretationId>>();
  for (const call of calls) {
    const input = (call as RuleCall).input(outcomes);
    if (input === undefined) continue;
    try {
      const decided = decide(call.rule, input, readings.inForceByRule[call.rule], how);
      (outcomes as Record<RosterRuleName, unknown>)[call.rule] = decided.outcome;
      if (decided.ambiguous !== undefined) ambiguous.push(decided.ambiguous);
      if (decided.read !== undefined) read.set(call.rule, decided.read);
    } catch (error) {
      // A check that depends on the readings chosen (Q23's placeKnown, Q34's holidays): the
      // record holds too little for them. The schedule's departure is the absence's.
      issues.push(...issuesOf(error, [call.block]).map((issue) => relocated(call.rule, issue)));
    }
  }
  if (issues.length > 0) {
    return { member: { valid: false, position, issues }, record: undefined, outcomes: NO_OUTCOMES, ambiguous: NO_AMBIGUITIES };
  }
  const member: DecidedMember = how.impact
    ? { valid: true, position, id: valid.id, branch: valid.branch, outcomes, impact: impactOf(calls, outcomes, read, readings) }
    : { valid: true, position, id: valid.id, branch: valid.branch, outcomes };
  return { member, record: valid, outcomes, ambiguous };
}

/**
 * The member decided again under each other reading of each interpretation its decisions
 * read: a rule is decided again only if it read that interpretation, or if its input is
 * derived from an outcome that changed (the schedule, from the document).
 */
function impactOf(
  calls: readonly RuleCall[],
  outcomes: RosterOutcomes,
  read: ReadonlyMap<RosterRuleName, ReadonlySet<InterpretationId>>,
  readings: RosterReadings,
): MemberImpact {
  const ids = new Set<InterpretationId>();
  for (const set of read.values()) for (const id of set) ids.add(id);
  const ordered = INTERPRETATION_IDS.filter((id) => ids.has(id));
  const flips: MemberFlip[] = [];
  for (const id of ordered) {
    const applied = readings.inForce(id);
    for (const alternative of Object.keys(INTERPRETATIONS[id].alternatives) as InterpretationAlternative[]) {
      if (alternative === applied || !canTake(id, alternative)) continue;
      const options = readings.under(id, alternative);
      const other: RosterOutcomes = {};
      let refused = false;
      let upstreamChanged = false;
      for (const call of calls) {
        const base = outcomes[call.rule];
        if (base === undefined) continue;
        const reads = read.get(call.rule)?.has(id) === true;
        if (!reads && !(call.chained && upstreamChanged)) {
          (other as Record<RosterRuleName, unknown>)[call.rule] = base;
          continue;
        }
        const input = (call as RuleCall).input(other);
        if (input === undefined) continue;
        try {
          const outcome = (RULES[call.rule] as unknown as CallableRule<typeof call.rule>).decideValidOutcome(input, options[call.rule]);
          (other as Record<RosterRuleName, unknown>)[call.rule] = outcome;
          if (!sameJson(outcome as JsonValue, base as JsonValue)) upstreamChanged = true;
        } catch (error) {
          if (!isRuleInputError(error)) throw error;
          refused = true;
          break;
        }
      }
      if (refused) {
        flips.push({ interpretation: id, alternative, refused: true, changed: [] });
        continue;
      }
      const changed: FlippedOutcome[] = [];
      for (const call of calls) {
        const base = outcomes[call.rule];
        const now = other[call.rule];
        if (base === undefined || now === undefined || sameJson(base as JsonValue, now as JsonValue)) continue;
        changed.push({ rule: call.rule, inForce: base, alternative: now });
      }
      if (changed.length > 0) flips.push({ interpretation: id, alternative, refused: false, changed });
    }
  }
  return { read: ordered, flips };
}

function relocated(rule: RosterRuleName, issue: RecordIssue): RecordIssue {
  if (rule === "reportingSchedule" && issue.path[1] === "departure") return { ...issue, path: ["absence", ...issue.path.slice(1)] };
  return issue;
}

declare module "../locales/catalog.js" {
  interface Messages {
    /** The impact report was asked of an analysis made without `impact`. */
    "roster.error.impact-not-asked": Record<never, never>;
  }
}
