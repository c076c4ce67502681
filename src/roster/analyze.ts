/**
 * A roster, decided member by member: every rule that applies to each member's record,
 * streamed, and the worklist of the day built on the way.
 *
 * @module
 */
import { z } from "zod";
import { RuleDateSchema, dayNumberOf, formatFromDayNumber, type CalendarDate } from "../calendar/date.js";
import type { CitationId } from "../clauses/citation.js";
import { choicesSchema } from "../decision/rule.js";
import { RuleInputError, failInput, isRuleInputError, readInput, type InputIssueCode } from "../errors.js";
import type { InterpretationChoices } from "../interpretations/options.js";
import { INTERPRETATION_IDS, type InterpretationId } from "../interpretations/registry.js";
import { bilingual } from "../locales/index.js";
import type { RuleOutcomes } from "../locales/catalog.js";
import type { Decision, JsonValue } from "../decision/decision.js";
import type { AbsenceDocument, DocumentForAbsenceOutcome } from "../rules/document-for-absence.js";
import type { EvaluationOutcome, LapseCriterion } from "../rules/evaluation-grade.js";
import { RULES } from "../rules/registry.js";
import type { ObligationKind, ReportingScheduleOutcome } from "../rules/reporting-schedule.js";
import { MemberRecordSchema, rulesFor, type RosterOutcomes, type RosterRuleName, type RuleCall } from "./member-record.js";

const SOURCE = "analyzeRoster";

/** How many days ahead an obligation is listed as due soon. */
export const DUE_SOON_DAYS = 30;

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
}

const RosterOptionsSchema = z.strictObject({
  asOf: RuleDateSchema,
  interpretations: choicesSchema(INTERPRETATION_IDS).optional(),
  ambiguities: z.boolean().optional(),
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

/** What an item of the worklist asks for. */
export type WorkItem =
  | {
      /** A document to issue for an absence (2.1.1), due on the departure. */
      readonly kind: "document";
      /** The member. */
      readonly memberId: string;
      /** The member's branch. */
      readonly branch: string;
      /** 2.1.1. */
      readonly clause: CitationId;
      /** The departure. */
      readonly due: CalendarDate;
      /** The document. */
      readonly document: AbsenceDocument;
    }
  | {
      /**
       * A dated obligation not met as of the day (2.2's schedule). An organization's
       * obligation (a branch's half-year report, say) is listed once for its branch, with
       * no member.
       */
      readonly kind: "obligation";
      /** The member, or `null` for an organization's obligation. */
      readonly memberId: string | null;
      /** The member's branch. */
      readonly branch: string;
      /** The clause that sets it. */
      readonly clause: CitationId;
      /** Its last day. */
      readonly due: CalendarDate;
      /** What kind of obligation it is. */
      readonly obligation: ObligationKind;
    }
  | {
      /** A member whose appraisal shows six consecutive months of a 党章 第九条 failure (or a probationary member's 第七条). */
      readonly kind: "lapse-candidate";
      /** The member. */
      readonly memberId: string;
      /** The member's branch. */
      readonly branch: string;
      /** 党章 第九条, or 第七条 for a probationary member. */
      readonly clause: CitationId;
      /** No date: the text sets none for the branch's handling. */
      readonly due: null;
      /** The criteria of six consecutive unexcused months. */
      readonly lapsedBy: readonly LapseCriterion[];
    }
  | {
      /** A decision marked ambiguous: the facts fall on a contested point whose readings give different outcomes. */
      readonly kind: "ambiguous";
      /** The member. */
      readonly memberId: string;
      /** The member's branch. */
      readonly branch: string;
      /** The rule's main clause. */
      readonly clause: CitationId;
      /** No date: it is for whoever settles the reading. */
      readonly due: null;
      /** The rule whose decision it is. */
      readonly rule: RosterRuleName;
      /** The interpretations in question. */
      readonly interpretations: readonly InterpretationId[];
    };

/** A branch's counts in the worklist. */
export interface BranchCounts {
  /** The branch. */
  readonly branch: string;
  /** Members decided. */
  readonly members: number;
  /** Documents to issue. */
  readonly documents: number;
  /** Obligations due soon. */
  readonly dueSoon: number;
  /** Obligations overdue. */
  readonly overdue: number;
  /** Lapse candidates. */
  readonly lapseCandidates: number;
  /** Decisions marked ambiguous. */
  readonly ambiguous: number;
}

/** The worklist of a day. Every list is in one order (due date, branch, member, then the rest), whatever the roster's. */
export interface Worklist {
  /** The day. */
  readonly asOf: CalendarDate;
  /** Documents to issue. */
  readonly documents: readonly WorkItem[];
  /** Obligations not met, due on `asOf` or within {@link DUE_SOON_DAYS} days after it. */
  readonly dueSoon: readonly WorkItem[];
  /** Obligations not met whose last day is before `asOf`. */
  readonly overdue: readonly WorkItem[];
  /** Members the appraisal shows lapsed (or whose probationary membership is to be cancelled). */
  readonly lapseCandidates: readonly WorkItem[];
  /** Decisions marked ambiguous, when they were asked for (`ambiguities`); empty otherwise. */
  readonly ambiguous: readonly WorkItem[];
  /** Counts by branch, in the order of the branches' names. */
  readonly branches: readonly BranchCounts[];
  /** Records refused. */
  readonly refused: number;
}

/** What {@link analyzeRoster} gives. */
export interface RosterAnalysis {
  /** Each member's result, in the roster's order, as the roster is read. Read once. */
  readonly members: AsyncIterable<MemberResult>;
  /** The worklist, once every member is read (reading them if no one has begun). */
  worklist(): Promise<Worklist>;
}

/**
 * Decides every rule that applies to every member of a roster, one member at a time: the
 * roster is read once, and no more of it is held than the member at hand. A record that is
 * refused is reported by its position and where it is wrong, never by what it holds, and
 * the others go on.
 *
 * Each rule decides its outcome alone (`decideOutcome`), with only the readings it reads;
 * with `ambiguities`, each decides in full, so that the worklist can list the decisions
 * marked ambiguous (the outcomes are the same).
 *
 * The roster is read once, by whichever comes first: iterating `members`, or `worklist()`.
 * The worklist is given when the members have been read to the end; one whose reading was
 * left unfinished (a `break`, an error) is refused, and one whose reading is merely paused
 * waits for it.
 *
 * @param roster - the members' records (see `MemberRecordSchema`), as an iterable or an async iterable
 * @throws {@link RuleInputError} when the options are invalid or the roster is not iterable
 */
export function analyzeRoster(roster: Iterable<unknown> | AsyncIterable<unknown>, options: RosterOptions): RosterAnalysis {
  const valid = readInput(SOURCE, RosterOptionsSchema, options);
  if (!isIterable(roster)) failInput(SOURCE, ["roster"], "wrong-type", bilingual("roster.error.not-a-roster"));
  // Q9's caller standard needs a grading standard, which a roster does not take yet: refused
  // here once, rather than for every member with an appraisal.
  if (valid.interpretations?.["Q9.grading-standard"] === "caller-standard") {
    failInput(SOURCE, ["interpretations", "Q9.grading-standard"], "inconsistent", bilingual("error.caller-reading-needs-standard"));
  }
  const choices = choicesByRule(valid.interpretations);
  const builder = new WorklistBuilder(valid.asOf);

  let state: "idle" | "reading" | "read" | "left" = "idle";
  let result: Worklist | undefined;
  const waiting: { resolve: (worklist: Worklist) => void; reject: (error: unknown) => void }[] = [];
  const settle = (error?: unknown): void => {
    for (const waiter of waiting.splice(0)) {
      if (result !== undefined) waiter.resolve(result);
      else waiter.reject(error ?? readOnce());
    }
  };

  async function* read(): AsyncGenerator<MemberResult, void, undefined> {
    let position = 0;
    try {
      for await (const record of roster) {
        const { member, departure, ambiguous } = analyzeMember(record, position, choices, valid.ambiguities === true);
        position += 1;
        builder.add(member, departure, ambiguous);
        yield member;
      }
      result = builder.build();
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
    return read();
  };

  return Object.freeze({
    members: Object.freeze({ [Symbol.asyncIterator]: begin }),
    worklist: async (): Promise<Worklist> => {
      if (state === "idle") {
        for await (const _member of { [Symbol.asyncIterator]: begin });
      }
      if (result !== undefined) return result;
      if (state === "left") throw readOnce();
      return new Promise<Worklist>((resolve, reject) => waiting.push({ resolve, reject }));
    },
  });
}

function readOnce(): RuleInputError {
  return new RuleInputError(SOURCE, [{ path: ["members"], code: "inconsistent", message: bilingual("roster.error.read-once") }]);
}

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return false;
  const target = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
  return typeof target[Symbol.asyncIterator] === "function" || typeof target[Symbol.iterator] === "function";
}

type RuleOptionsByRule = { readonly [Name in RosterRuleName]: { readonly interpretations: InterpretationChoices } | undefined };

/** Each rule's options: only the readings it reads, or none at all (the common call). */
function choicesByRule(choices: InterpretationChoices | undefined): RuleOptionsByRule {
  const byRule: Partial<Record<RosterRuleName, { readonly interpretations: InterpretationChoices } | undefined>> = {};
  for (const name of ["documentForAbsence", "managementMode", "resolveReceivingOrg", "evaluationGrade", "reportingSchedule"] as const) {
    const reads: readonly string[] = RULES[name].reads;
    const own = Object.fromEntries(Object.entries(choices ?? {}).filter(([id, reading]) => reads.includes(id) && reading !== undefined));
    byRule[name] = Object.keys(own).length === 0 ? undefined : Object.freeze({ interpretations: Object.freeze(own) as InterpretationChoices });
  }
  return byRule as RuleOptionsByRule;
}

/** A decision marked ambiguous: the rule, and the interpretations in question. @internal */
export interface AmbiguousDecision {
  /** The rule. */
  readonly rule: RosterRuleName;
  /** The interpretations in question. */
  readonly interpretations: readonly InterpretationId[];
}

interface CallableRule<Name extends RosterRuleName> {
  (input: unknown, options?: unknown): Decision<RuleOutcomes[Name] & JsonValue>;
  readonly decideOutcome: (input: unknown, options?: unknown) => RuleOutcomes[Name];
}

/**
 * Decides one rule: the outcome alone, or with `full`, the whole decision, for whether it
 * is ambiguous. The rule validates its input and options itself.
 */
function decide<Name extends RosterRuleName>(
  name: Name,
  input: unknown,
  options: RuleOptionsByRule[Name],
  full: boolean,
): { readonly outcome: RuleOutcomes[Name]; readonly ambiguous: AmbiguousDecision | undefined } {
  const rule = RULES[name] as unknown as CallableRule<Name>;
  if (!full) return { outcome: rule.decideOutcome(input, options), ambiguous: undefined };
  const decision = rule(input, options);
  const ambiguous = decision.ambiguous ? { rule: name, interpretations: decision.ambiguities.map((a) => a.interpretation) } : undefined;
  return { outcome: decision.outcome, ambiguous };
}

function issuesOf(error: unknown, at: readonly (string | number)[]): RecordIssue[] {
  if (!isRuleInputError(error)) throw error;
  return error.issues.map((issue) => ({ path: [...at, ...issue.path], code: issue.code }));
}

/** One record: validated once, then each rule that applies decided on the input derived from it. @internal */
export function analyzeMember(
  record: unknown,
  position: number,
  choices: RuleOptionsByRule,
  full = false,
): { readonly member: MemberResult; readonly departure: CalendarDate | undefined; readonly ambiguous: readonly AmbiguousDecision[] } {
  let valid;
  try {
    valid = readInput(SOURCE, MemberRecordSchema, record);
  } catch (error) {
    return { member: { valid: false, position, issues: issuesOf(error, []) }, departure: undefined, ambiguous: [] };
  }
  const outcomes: RosterOutcomes = {};
  const issues: RecordIssue[] = [];
  const ambiguous: AmbiguousDecision[] = [];
  for (const call of rulesFor(valid)) {
    const input = (call as RuleCall).input(outcomes);
    if (input === undefined) continue;
    try {
      const decided = decide(call.rule, input, choices[call.rule], full);
      (outcomes as Record<RosterRuleName, unknown>)[call.rule] = decided.outcome;
      if (decided.ambiguous !== undefined) ambiguous.push(decided.ambiguous);
    } catch (error) {
      // A check that depends on the readings chosen (Q23's placeKnown, Q34's holidays): the
      // record holds too little for them. The schedule's departure is the absence's.
      issues.push(...issuesOf(error, [call.block]).map((issue) => relocated(call.rule, issue)));
    }
  }
  if (issues.length > 0) return { member: { valid: false, position, issues }, departure: undefined, ambiguous: [] };
  return {
    member: { valid: true, position, id: valid.id, branch: valid.branch, outcomes },
    departure: valid.absence?.departure,
    ambiguous,
  };
}

function relocated(rule: RosterRuleName, issue: RecordIssue): RecordIssue {
  if (rule === "reportingSchedule" && issue.path[1] === "departure") return { ...issue, path: ["absence", ...issue.path.slice(1)] };
  return issue;
}

// ── the worklist ─────────────────────────────────────────────────────────────

interface Tally {
  members: number;
}

/** Gathers the worklist as members are decided; holds the items, never the members. @internal */
export class WorklistBuilder {
  private readonly items = new WorkItems();
  private readonly tallies = new Map<string, Tally>();
  private refused = 0;
  private readonly horizon: CalendarDate;

  constructor(private readonly asOf: CalendarDate) {
    this.horizon = formatFromDayNumber(dayNumberOf(asOf) + DUE_SOON_DAYS);
  }

  /** Adds a member's result; `departure` is the record's absence's, for the document's due date. */
  add(member: MemberResult, departure: CalendarDate | undefined, ambiguous: readonly AmbiguousDecision[] = []): void {
    if (!member.valid) {
      this.refused += 1;
      return;
    }
    const { id: memberId, branch, outcomes } = member;
    const tally = this.tallies.get(branch) ?? { members: 0 };
    tally.members += 1;
    this.tallies.set(branch, tally);
    const document: DocumentForAbsenceOutcome | undefined = outcomes.documentForAbsence;
    if (document !== undefined && departure !== undefined) this.addDocument(memberId, branch, document, departure);
    if (outcomes.reportingSchedule !== undefined) this.addObligations(memberId, branch, outcomes.reportingSchedule);
    if (outcomes.evaluationGrade !== undefined) this.addLapse(memberId, branch, outcomes.evaluationGrade);
    for (const { rule, interpretations } of ambiguous) {
      this.put({ kind: "ambiguous", memberId, branch, clause: RULES[rule].clauses[0], due: null, rule, interpretations });
    }
  }

  private put(item: WorkItem): void {
    this.items.add(item);
  }

  private addDocument(memberId: string, branch: string, outcome: DocumentForAbsenceOutcome, departure: CalendarDate): void {
    // 2.1.1: the document is issued before the member leaves.
    this.put({ kind: "document", memberId, branch, clause: "2.1.1", due: departure, document: outcome.document });
  }

  private addObligations(memberId: string, branch: string, outcome: ReportingScheduleOutcome): void {
    for (const obligation of outcome.obligations) {
      if (obligation.metOn !== null && obligation.metOn <= this.asOf) continue;
      if (obligation.due > this.horizon) continue;
      this.put({
        kind: "obligation",
        memberId: obligation.scope === "member" ? memberId : null,
        branch,
        clause: obligation.clause,
        due: obligation.due,
        obligation: obligation.kind,
      });
    }
  }

  private addLapse(memberId: string, branch: string, outcome: EvaluationOutcome): void {
    if (outcome.status !== "lapsed" && outcome.status !== "probationary-cancelled") return;
    this.put({
      kind: "lapse-candidate",
      memberId,
      branch,
      clause: outcome.status === "lapsed" ? "party-constitution:9" : "party-constitution:7",
      due: null,
      lapsedBy: outcome.lapsedBy,
    });
  }

  build(): Worklist {
    return worklistOf(this.asOf, this.items.all(), this.tallies, this.refused);
  }
}

/** The items of a worklist: an organization's obligation, the same for every member of its branch, kept once. */
class WorkItems {
  private readonly members: WorkItem[] = [];
  private readonly organizations = new Map<string, WorkItem>();

  add(item: WorkItem): void {
    if (item.kind === "obligation" && item.memberId === null) {
      this.organizations.set(JSON.stringify([item.branch, item.clause, item.due, item.obligation]), item);
    } else {
      this.members.push(item);
    }
  }

  all(): readonly WorkItem[] {
    return [...this.members, ...this.organizations.values()];
  }
}

/** One order, whatever the roster's: due date (none last), branch, member, then the rest. */
function sortedItems(items: readonly WorkItem[]): WorkItem[] {
  return items
    .map((item) => ({ item, key: JSON.stringify([item.due ?? "~", item.branch, item.memberId ?? "", item.kind, item.clause, item]) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

function worklistOf(
  asOf: CalendarDate,
  items: readonly WorkItem[],
  tallies: ReadonlyMap<string, { readonly members: number }>,
  refused: number,
): Worklist {
  const documents: WorkItem[] = [];
  const dueSoon: WorkItem[] = [];
  const overdue: WorkItem[] = [];
  const lapseCandidates: WorkItem[] = [];
  const ambiguous: WorkItem[] = [];
  const counts = new Map<string, { -readonly [Key in keyof BranchCounts]: BranchCounts[Key] }>();
  const countsOf = (branch: string) => {
    let found = counts.get(branch);
    if (found === undefined) {
      found = { branch, members: tallies.get(branch)?.members ?? 0, documents: 0, dueSoon: 0, overdue: 0, lapseCandidates: 0, ambiguous: 0 };
      counts.set(branch, found);
    }
    return found;
  };
  for (const branch of tallies.keys()) countsOf(branch);
  for (const item of sortedItems(items)) {
    const branch = countsOf(item.branch);
    if (item.kind === "document") {
      documents.push(item);
      branch.documents += 1;
    } else if (item.kind === "lapse-candidate") {
      lapseCandidates.push(item);
      branch.lapseCandidates += 1;
    } else if (item.kind === "ambiguous") {
      ambiguous.push(item);
      branch.ambiguous += 1;
    } else if (item.due < asOf) {
      overdue.push(item);
      branch.overdue += 1;
    } else {
      dueSoon.push(item);
      branch.dueSoon += 1;
    }
  }
  const branches = [...counts.values()].sort((a, b) => (a.branch < b.branch ? -1 : a.branch > b.branch ? 1 : 0));
  return { asOf, documents, dueSoon, overdue, lapseCandidates, ambiguous, branches, refused };
}

/**
 * Two worklists of one day as one: what the worklist of the two rosters together would be
 * (an organization's obligation listed in both is kept once).
 *
 * @throws {@link RuleInputError} when the days differ
 */
export function mergeWorklists(a: Worklist, b: Worklist): Worklist {
  if (a.asOf !== b.asOf) failInput("mergeWorklists", ["asOf"], "inconsistent", bilingual("roster.error.different-days"));
  const items = new WorkItems();
  for (const list of [a.documents, a.dueSoon, a.overdue, a.lapseCandidates, a.ambiguous, b.documents, b.dueSoon, b.overdue, b.lapseCandidates, b.ambiguous]) {
    for (const item of list) items.add(item);
  }
  const tallies = new Map<string, { members: number }>();
  for (const counts of [...a.branches, ...b.branches]) {
    tallies.set(counts.branch, { members: (tallies.get(counts.branch)?.members ?? 0) + counts.members });
  }
  return worklistOf(a.asOf, items.all(), tallies, a.refused + b.refused);
}
