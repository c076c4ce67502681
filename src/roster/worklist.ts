/**
 * The worklist of a day: what a roster's decisions ask of its branches and committees,
 * gathered member by member, then put in one order.
 *
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, dayNumberOf, formatFromDayNumber, type CalendarDate } from "../calendar/date.js";
import { CitationIdSchema, type CitationId } from "../clauses/citation.js";
import { failInput, isRuleInputError, readInput } from "../errors.js";
import { INTERPRETATION_IDS, type InterpretationId } from "../interpretations/registry.js";
import { compareText } from "../input/text.js";
import { bilingual } from "../locales/index.js";
import { ABSENCE_DOCUMENTS, type AbsenceDocument, type DocumentForAbsenceOutcome } from "../rules/document-for-absence.js";
import { LAPSE_CRITERIA, LAPSE_WARNING_MONTHS, type EvaluationOutcome, type LapseCriterion } from "../rules/evaluation-grade.js";
import type { LiaisonAssignmentOutcome } from "../rules/liaison-assignment.js";
import { RULES } from "../rules/registry.js";
import { OBLIGATION_KINDS, type ObligationKind, type ReportingScheduleOutcome } from "../rules/reporting-schedule.js";
import { ROSTER_RULE_NAMES, type MemberRecord, type RosterOutcomes, type RosterRuleName } from "./member-record.js";
import { privateSchema } from "../input/private-schema.js";

/** How many days ahead an obligation (or a document) is listed as due soon. */
export const DUE_SOON_DAYS = 30;

/** What an item of the worklist asks for. */
export type WorkItem =
  | {
      /**
       * A document to issue for an absence (2.1.1), due on the departure: listed when the
       * record has no day of issue and the departure is at most {@link DUE_SOON_DAYS} days away.
       */
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
      /**
       * A member whose appraisal shows six consecutive unexcused months of a 党章 第九条
       * criterion (lapsed; a probationary member's membership to be cancelled, 第七条), or
       * five still running at the record's end, one month short of it.
       */
      readonly kind: "lapse-candidate";
      /** The member. */
      readonly memberId: string;
      /** The member's branch. */
      readonly branch: string;
      /** 党章 第九条, or 第七条 for a probationary member. */
      readonly clause: CitationId;
      /** No date: the text sets none for the branch's handling. */
      readonly due: null;
      /** Six: the appraisal found the member lapsed (or to be cancelled); five: a run of five still going. */
      readonly months: 5 | 6;
      /** The criteria of the run. */
      readonly criteria: readonly LapseCriterion[];
    }
  | {
      /** A member away on the day with no liaison on record (3.2.1). */
      readonly kind: "liaison";
      /** The member. */
      readonly memberId: string;
      /** The member's branch. */
      readonly branch: string;
      /** 3.2.1. */
      readonly clause: CitationId;
      /** No date: the text sets none. */
      readonly due: null;
      /** The liaison 3.2.1's assignment gives the member, or `null` when the branch has too few officers (its shortfall). */
      readonly proposed: string | null;
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

/** The counts of a branch, or of a committee's branches together. */
export interface WorkCounts {
  /** Members decided. */
  readonly members: number;
  /** Documents to issue. */
  readonly documents: number;
  /** Obligations due soon. */
  readonly dueSoon: number;
  /** Obligations overdue. */
  readonly overdue: number;
  /** Lapse candidates (six months, and five). */
  readonly lapseCandidates: number;
  /** Members away without a liaison on record. */
  readonly withoutLiaison: number;
  /** Liaisons the branch lacks (3.2.1's shortfall). */
  readonly liaisonShortfall: number;
  /** Decisions marked ambiguous. */
  readonly ambiguous: number;
}

/** A branch's counts in the worklist. */
export interface BranchCounts extends WorkCounts {
  /** The branch. */
  readonly branch: string;
  /**
   * The committees its records name, in name order: one, as a rule. A branch whose records
   * name more than one is counted under the first, and shown here so it can be corrected.
   */
  readonly committees: readonly string[];
}

/** An organ Party committee's counts: its branches' together. */
export interface CommitteeCounts extends WorkCounts {
  /** The committee. */
  readonly committee: string;
  /** Its branches. */
  readonly branches: number;
}

/** A branch's facts for 3.2.1's liaisons: {@link liaisonAssignment}'s input, gathered from its records. */
export interface BranchLiaisonFacts {
  /** The branch. */
  readonly branch: string;
  /** The members away on the day, by id, in id order. */
  readonly mobileMembers: readonly string[];
  /** The secretary and the committee members, in id order. */
  readonly officers: readonly { readonly id: string; readonly role: "secretary" | "committee-member" }[];
  /** The liaisons on record, by member away. */
  readonly currentAssignment: Readonly<Record<string, string>>;
}

/** The worklist of a day. Every list is in one order (due date, branch, member, then the rest), whatever the roster's. */
export interface Worklist {
  /** The day. */
  readonly asOf: CalendarDate;
  /** Documents to issue: not issued on record, the departure at most {@link DUE_SOON_DAYS} days away or past. */
  readonly documents: readonly WorkItem[];
  /** Obligations not met, due on `asOf` or within {@link DUE_SOON_DAYS} days after it. */
  readonly dueSoon: readonly WorkItem[];
  /** Obligations not met whose last day is before `asOf`. */
  readonly overdue: readonly WorkItem[];
  /** Members the appraisal shows lapsed (or whose probationary membership is to be cancelled), or five months into a run. */
  readonly lapseCandidates: readonly WorkItem[];
  /** Members away on the day without a liaison on record, with the liaison 3.2.1's assignment gives them. */
  readonly withoutLiaison: readonly WorkItem[];
  /** Decisions marked ambiguous, when they were asked for (`ambiguities`); empty otherwise. */
  readonly ambiguous: readonly WorkItem[];
  /** Counts by branch, in the order of the branches' names. */
  readonly branches: readonly BranchCounts[];
  /** Counts by committee, in the order of their names. */
  readonly committees: readonly CommitteeCounts[];
  /** Each branch's facts for its liaisons (members away on the day, officers, liaisons on record), in the order of the branches' names. */
  readonly liaisons: readonly BranchLiaisonFacts[];
  /** Records refused. */
  readonly refused: number;
  /** Branches whose liaisons could not be assigned from their records (a liaison on record refused by 3.2.1's rule), by name. */
  readonly liaisonsRefused: readonly string[];
}

/** A decision marked ambiguous: the rule, and the interpretations in question. @internal */
export interface AmbiguousDecision {
  /** The rule. */
  readonly rule: RosterRuleName;
  /** The interpretations in question. */
  readonly interpretations: readonly InterpretationId[];
}

interface BranchGathering {
  /** The branch's name, one string however many records name it: the items all share it. */
  readonly name: string;
  members: number;
  readonly committees: Set<string>;
  readonly mobileMembers: string[];
  readonly officers: { readonly id: string; readonly role: "secretary" | "committee-member" }[];
  readonly currentAssignment: Record<string, string>;
}


/** Whether the member is away on the day: gone, and not back by the schedule's record. */
function awayOn(record: MemberRecord, asOf: CalendarDate): boolean {
  const { absence, schedule } = record;
  if (absence === undefined || absence.departure > asOf) return false;
  const back = schedule?.backOn ?? null;
  return back === null || back > asOf;
}

/** Gathers the worklist as members are decided; holds the items and each branch's liaison facts, never the members. @internal */
export class WorklistBuilder {
  private readonly items = new WorkItems();
  private readonly branches = new Map<string, BranchGathering>();
  private refused = 0;
  private readonly horizon: CalendarDate;
  // A roster of a million members lists hundreds of thousands of items on a few thousand
  // days: each day is held once.
  private readonly days = new Map<string, CalendarDate>();

  private day(date: CalendarDate): CalendarDate {
    const held = this.days.get(date);
    if (held !== undefined) return held;
    this.days.set(date, date);
    return date;
  }

  constructor(private readonly asOf: CalendarDate) {
    this.horizon = formatFromDayNumber(dayNumberOf(asOf) + DUE_SOON_DAYS);
  }

  /** Adds a refused record. */
  addRefused(): void {
    this.refused += 1;
  }

  /** Adds a decided member: the record and its outcomes. */
  add(record: MemberRecord, outcomes: RosterOutcomes, ambiguous: readonly AmbiguousDecision[] = []): void {
    const gathering = gatheringOf(this.branches, record.branch);
    const { id: memberId } = record;
    const branch = gathering.name;
    gathering.members += 1;
    if (record.committee !== undefined) gathering.committees.add(record.committee);
    if (record.role !== undefined) gathering.officers.push({ id: memberId, role: record.role });
    if (awayOn(record, this.asOf)) {
      gathering.mobileMembers.push(memberId);
      if (record.liaison !== undefined) gathering.currentAssignment[memberId] = record.liaison;
    }
    const document: DocumentForAbsenceOutcome | undefined = outcomes.documentForAbsence;
    const departure = record.absence?.departure;
    const issued = record.documentIssuedOn ?? null;
    if (document !== undefined && departure !== undefined && (issued === null || issued > this.asOf) && departure <= this.horizon) {
      // 2.1.1: the document is issued before the member leaves.
      this.items.add({ kind: "document", memberId, branch, clause: "2.1.1", due: this.day(departure), document: document.document });
    }
    if (outcomes.reportingSchedule !== undefined) this.addObligations(memberId, branch, outcomes.reportingSchedule);
    if (outcomes.evaluationGrade !== undefined) this.addLapse(memberId, branch, outcomes.evaluationGrade);
    for (const { rule, interpretations } of ambiguous) {
      this.items.add({ kind: "ambiguous", memberId, branch, clause: RULES[rule].clauses[0], due: null, rule, interpretations });
    }
  }

  private addObligations(memberId: string, branch: string, outcome: ReportingScheduleOutcome): void {
    for (const obligation of outcome.obligations) {
      if (obligation.metOn !== null && obligation.metOn <= this.asOf) continue;
      if (obligation.due > this.horizon) continue;
      this.items.add({
        kind: "obligation",
        memberId: obligation.scope === "member" ? memberId : null,
        branch,
        clause: obligation.clause,
        due: this.day(obligation.due),
        obligation: obligation.kind,
      });
    }
  }

  private addLapse(memberId: string, branch: string, outcome: EvaluationOutcome): void {
    const clause: CitationId = outcome.status === "probationary-cancelled" || outcome.status === "probationary-no-grade" ? "party-constitution:7" : "party-constitution:9";
    if (outcome.status === "lapsed" || outcome.status === "probationary-cancelled") {
      // A list of the worklist's own: the member's result, which the caller is given, keeps its.
      this.items.add({ kind: "lapse-candidate", memberId, branch, clause, due: null, months: 6, criteria: [...outcome.lapsedBy] });
      return;
    }
    const running = LAPSE_CRITERIA.filter((criterion) => outcome.findings.runAtEnd[criterion] === LAPSE_WARNING_MONTHS);
    if (running.length > 0) this.items.add({ kind: "lapse-candidate", memberId, branch, clause, due: null, months: 5, criteria: running });
  }

  /** The worklist: the liaisons of each branch are assigned now, on all its members. */
  build(): Worklist {
    const facts = [...this.branches.entries()].map(([branch, gathering]) => liaisonFactsOf(branch, gathering));
    const tallies = new Map([...this.branches.entries()].map(([branch, gathering]) => [branch, { members: gathering.members, committees: [...gathering.committees] }]));
    return worklistOf(this.asOf, this.items.all(), tallies, facts, this.refused);
  }
}

function gatheringOf(branches: Map<string, BranchGathering>, branch: string): BranchGathering {
  let gathering = branches.get(branch);
  if (gathering === undefined) {
    gathering = { name: branch, members: 0, committees: new Set(), mobileMembers: [], officers: [], currentAssignment: Object.create(null) as Record<string, string> };
    branches.set(branch, gathering);
  }
  return gathering;
}

function liaisonFactsOf(branch: string, gathering: Pick<BranchGathering, "mobileMembers" | "officers" | "currentAssignment">): BranchLiaisonFacts {
  const currentAssignment: Record<string, string> = Object.create(null) as Record<string, string>;
  const mobileMembers = [...gathering.mobileMembers].sort(compareText);
  for (const member of mobileMembers) {
    const liaison = gathering.currentAssignment[member];
    if (liaison !== undefined) currentAssignment[member] = liaison;
  }
  return {
    branch,
    mobileMembers,
    officers: [...gathering.officers].sort((a, b) => compareText(a.id, b.id)),
    currentAssignment,
  };
}

/** The items of a worklist: an organization's obligation, the same for every member of its branch, kept once. */
class WorkItems {
  private readonly members: WorkItem[] = [];
  private readonly organizations = new Map<string, WorkItem>();

  add(item: WorkItem): void {
    if (item.kind === "obligation" && item.memberId === null) {
      this.organizations.set(`${item.branch}\u0000${item.clause}\u0000${item.due}\u0000${item.obligation}`, item);
    } else {
      this.members.push(item);
    }
  }

  all(): readonly WorkItem[] {
    return [...this.members, ...this.organizations.values()];
  }
}

/**
 * One order, whatever the roster's: due date (none last), branch, member, kind, clause,
 * then the rest of the item (compared as JSON only where all those are equal).
 */
function compareItems(a: WorkItem, b: WorkItem): number {
  return (
    compareText(a.due ?? "~", b.due ?? "~") ||
    compareText(a.branch, b.branch) ||
    compareText(a.memberId ?? "", b.memberId ?? "") ||
    compareText(a.kind, b.kind) ||
    compareText(a.clause, b.clause) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}

function sortedItems(items: readonly WorkItem[]): WorkItem[] {
  return [...items].sort(compareItems);
}

type MutableCounts = { -readonly [Key in keyof WorkCounts]: WorkCounts[Key] };

const noCounts = (members: number): MutableCounts => ({
  members,
  documents: 0,
  dueSoon: 0,
  overdue: 0,
  lapseCandidates: 0,
  withoutLiaison: 0,
  liaisonShortfall: 0,
  ambiguous: 0,
});

/** 3.2.1 on a branch's gathered facts: the members without a liaison on record, each with the one the assignment gives, and the shortfall. */
function liaisonWork(facts: BranchLiaisonFacts): { readonly items: WorkItem[]; readonly shortfall: number } | null {
  if (facts.mobileMembers.length === 0) return { items: [], shortfall: 0 };
  let outcome: LiaisonAssignmentOutcome;
  try {
    outcome = RULES.liaisonAssignment.decideOutcome({
      mobileMembers: facts.mobileMembers,
      officers: facts.officers,
      currentAssignment: facts.currentAssignment,
    });
  } catch (error) {
    if (isRuleInputError(error)) return null;
    throw error;
  }
  const assigned = new Map<string, string>();
  for (const load of outcome.liaisons) for (const member of load.members) assigned.set(member, load.liaison);
  const items: WorkItem[] = [];
  for (const memberId of facts.mobileMembers) {
    if (Object.hasOwn(facts.currentAssignment, memberId)) continue;
    items.push({ kind: "liaison", memberId, branch: facts.branch, clause: "3.2.1", due: null, proposed: assigned.get(memberId) ?? null });
  }
  return { items, shortfall: outcome.shortfall };
}

function worklistOf(
  asOf: CalendarDate,
  memberItems: readonly WorkItem[],
  tallies: ReadonlyMap<string, { readonly members: number; readonly committees: readonly string[] }>,
  liaisonFacts: readonly BranchLiaisonFacts[],
  refused: number,
): Worklist {
  const documents: WorkItem[] = [];
  const dueSoon: WorkItem[] = [];
  const overdue: WorkItem[] = [];
  const lapseCandidates: WorkItem[] = [];
  const withoutLiaison: WorkItem[] = [];
  const ambiguous: WorkItem[] = [];
  const counts = new Map<string, MutableCounts>();
  const countsOf = (branch: string): MutableCounts => {
    let found = counts.get(branch);
    if (found === undefined) {
      found = noCounts(tallies.get(branch)?.members ?? 0);
      counts.set(branch, found);
    }
    return found;
  };
  for (const branch of tallies.keys()) countsOf(branch);
  const items = [...memberItems];
  const liaisons = [...liaisonFacts].sort((a, b) => compareText(a.branch, b.branch));
  const liaisonsRefused: string[] = [];
  for (const facts of liaisons) {
    const work = liaisonWork(facts);
    if (work === null) {
      liaisonsRefused.push(facts.branch);
      continue;
    }
    // One at a time: spreading a branch's items into push passes each as an argument, and
    // a branch of more than about 120,000 overflowed the stack.
    for (const item of work.items) items.push(item);
    countsOf(facts.branch).liaisonShortfall += work.shortfall;
  }
  for (const item of sortedItems(items)) {
    const branch = countsOf(item.branch);
    switch (item.kind) {
      case "document":
        documents.push(item);
        branch.documents += 1;
        break;
      case "lapse-candidate":
        lapseCandidates.push(item);
        branch.lapseCandidates += 1;
        break;
      case "liaison":
        withoutLiaison.push(item);
        branch.withoutLiaison += 1;
        break;
      case "ambiguous":
        ambiguous.push(item);
        branch.ambiguous += 1;
        break;
      case "obligation":
        if (item.due < asOf) {
          overdue.push(item);
          branch.overdue += 1;
        } else {
          dueSoon.push(item);
          branch.dueSoon += 1;
        }
        break;
    }
  }
  const branches: BranchCounts[] = [...counts.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([branch, tally]) => ({ branch, committees: [...(tallies.get(branch)?.committees ?? [])].sort(compareText), ...tally }));
  const committees = new Map<string, MutableCounts & { branches: number }>();
  for (const branch of branches) {
    const [committee] = branch.committees;
    if (committee === undefined) continue;
    const sum = committees.get(committee) ?? { ...noCounts(0), branches: 0 };
    sum.branches += 1;
    for (const key of Object.keys(noCounts(0)) as (keyof WorkCounts)[]) sum[key] += branch[key];
    committees.set(committee, sum);
  }
  return {
    asOf,
    documents,
    dueSoon,
    overdue,
    lapseCandidates,
    withoutLiaison,
    ambiguous,
    branches,
    committees: [...committees.entries()].sort(([a], [b]) => compareText(a, b)).map(([committee, sum]) => ({ committee, ...sum })),
    liaisons,
    refused,
    liaisonsRefused,
  };
}

const Count = z.number().int().min(0);
const Text = z.string();

/** The zod schema of a {@link WorkItem}: what a stored worklist's items are checked by. */
export const WorkItemSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("document"), memberId: Text, branch: Text, clause: CitationIdSchema, due: CalendarDateSchema, document: z.enum(ABSENCE_DOCUMENTS) }),
  z.strictObject({ kind: z.literal("obligation"), memberId: Text.nullable(), branch: Text, clause: CitationIdSchema, due: CalendarDateSchema, obligation: z.enum(OBLIGATION_KINDS) }),
  z.strictObject({
    kind: z.literal("lapse-candidate"),
    memberId: Text,
    branch: Text,
    clause: CitationIdSchema,
    due: z.null(),
    months: z.union([z.literal(5), z.literal(6)]),
    criteria: z.array(z.enum(LAPSE_CRITERIA)),
  }),
  z.strictObject({ kind: z.literal("liaison"), memberId: Text, branch: Text, clause: CitationIdSchema, due: z.null(), proposed: Text.nullable() }),
  z.strictObject({
    kind: z.literal("ambiguous"),
    memberId: Text,
    branch: Text,
    clause: CitationIdSchema,
    due: z.null(),
    rule: z.enum(ROSTER_RULE_NAMES),
    interpretations: z.array(z.enum(INTERPRETATION_IDS as readonly InterpretationId[] as [InterpretationId, ...InterpretationId[]])),
  }),
]);

const countsShape = {
  members: Count,
  documents: Count,
  dueSoon: Count,
  overdue: Count,
  lapseCandidates: Count,
  withoutLiaison: Count,
  liaisonShortfall: Count,
  ambiguous: Count,
};

/**
 * The zod schema of a {@link Worklist}, as stored (a JSON round trip of one): what
 * {@link mergeWorklists} checks its arguments by.
 */
export const WorklistSchema = z.strictObject({
  asOf: CalendarDateSchema,
  documents: z.array(WorkItemSchema),
  dueSoon: z.array(WorkItemSchema),
  overdue: z.array(WorkItemSchema),
  lapseCandidates: z.array(WorkItemSchema),
  withoutLiaison: z.array(WorkItemSchema),
  ambiguous: z.array(WorkItemSchema),
  branches: z.array(z.strictObject({ branch: Text, committees: z.array(Text), ...countsShape })),
  committees: z.array(z.strictObject({ committee: Text, branches: Count, ...countsShape })),
  liaisons: z.array(
    z.strictObject({
      branch: Text,
      mobileMembers: z.array(Text),
      officers: z.array(z.strictObject({ id: Text, role: z.enum(["secretary", "committee-member"]) })),
      currentAssignment: z.record(Text, Text),
    }),
  ),
  refused: Count,
  liaisonsRefused: z.array(Text),
});

// The library's own copy of WorklistSchema: a caller's writes into the exported one do not reach it.
const ownWorklistSchema = privateSchema(WorklistSchema);

/**
 * Two worklists of one day as one: what the worklist of the two rosters together would be
 * (an organization's obligation listed in both is kept once; a branch in both has its
 * liaisons assigned again on all its members).
 *
 * @throws {@link RuleInputError} when either is not a worklist ({@link WorklistSchema}) or the days differ
 */
export function mergeWorklists(first: Worklist, second: Worklist): Worklist {
  // Read once into plain data and checked: a worklist may come from storage or from another thread.
  const a = readInput("mergeWorklists", ownWorklistSchema(), first) as Worklist;
  const b = readInput("mergeWorklists", ownWorklistSchema(), second) as Worklist;
  if (a.asOf !== b.asOf) failInput("mergeWorklists", ["asOf"], "inconsistent", bilingual("roster.error.different-days"));
  const items = new WorkItems();
  for (const list of [a.documents, a.dueSoon, a.overdue, a.lapseCandidates, a.ambiguous, b.documents, b.dueSoon, b.overdue, b.lapseCandidates, b.ambiguous]) {
    for (const item of list) items.add(item);
  }
  const tallies = new Map<string, { members: number; committees: Set<string> }>();
  for (const counts of [...a.branches, ...b.branches]) {
    const tally = tallies.get(counts.branch) ?? { members: 0, committees: new Set<string>() };
    tally.members += counts.members;
    for (const committee of counts.committees) tally.committees.add(committee);
    tallies.set(counts.branch, tally);
  }
  const gathered = new Map<string, Pick<BranchGathering, "mobileMembers" | "officers" | "currentAssignment">>();
  for (const facts of [...a.liaisons, ...b.liaisons]) {
    const gathering = gathered.get(facts.branch) ?? { mobileMembers: [], officers: [], currentAssignment: Object.create(null) as Record<string, string> };
    // One at a time, not spread into push: a branch of 120,000 overflowed the stack.
    for (const officer of facts.officers) gathering.officers.push(officer);
    for (const member of facts.mobileMembers) {
      gathering.mobileMembers.push(member);
      const liaison = facts.currentAssignment[member];
      if (liaison !== undefined && Object.hasOwn(facts.currentAssignment, member)) gathering.currentAssignment[member] = liaison;
    }
    gathered.set(facts.branch, gathering);
  }
  return worklistOf(
    a.asOf,
    items.all(),
    new Map([...tallies.entries()].map(([branch, tally]) => [branch, { members: tally.members, committees: [...tally.committees] }])),
    [...gathered.entries()].map(([branch, gathering]) => liaisonFactsOf(branch, gathering)),
    a.refused + b.refused,
  );
}
