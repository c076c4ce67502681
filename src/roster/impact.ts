/**
 * Interpretation impact: for every reading of the text a roster's decisions applied, what
 * the other readings would change, member by member and in all.
 *
 * @module
 */
import { ownedCopy } from "../frozen.js";
import { z } from "zod";
import { CalendarDateSchema, type CalendarDate } from "../calendar/date.js";
import { addBilingualIssue, failInput, readInput } from "../errors.js";
import type { InterpretationAlternative, InterpretationId } from "../interpretations/registry.js";
import { INTERPRETATIONS, INTERPRETATION_IDS } from "../interpretations/registry.js";
import { compareText } from "../input/text.js";
import { bilingual } from "../locales/index.js";
import { ROSTER_RULE_NAMES, type RosterOutcomes, type RosterRuleName } from "./member-record.js";
import { privateSchema } from "../input/private-schema.js";

/** How many flipped members a reading's report lists, the first by branch and id; every one is in the members' results. */
export const IMPACT_EXAMPLES = 20;

/** One rule's outcome for a member, under the reading in force and under another. */
export interface FlippedOutcome {
  /** The rule. */
  readonly rule: RosterRuleName;
  /** Its outcome under the readings in force. */
  readonly inForce: RosterOutcomes[RosterRuleName];
  /** Its outcome under the other reading. */
  readonly alternative: RosterOutcomes[RosterRuleName];
}

/**
 * What another reading of one interpretation does to a member: the outcomes it changes,
 * side by side, or `refused` when the record lacks a fact that reading needs (Q10's
 * registration date, Q23's whether the place is known, Q34's holidays, Q9's standard).
 */
export interface MemberFlip {
  /** The interpretation. */
  readonly interpretation: InterpretationId;
  /** The other reading. */
  readonly alternative: InterpretationAlternative;
  /** The record cannot be decided under it: a fact it needs is missing. */
  readonly refused: boolean;
  /** The outcomes that change, in the order of the rules; empty when refused. */
  readonly changed: readonly FlippedOutcome[];
}

/** A member's impact: every other reading, of the interpretations the member's decisions read, that changes an outcome or cannot be decided. */
export interface MemberImpact {
  /** The interpretations the member's decisions read: another reading of each was tried. */
  readonly read: readonly InterpretationId[];
  /** The readings that change an outcome or cannot be decided. */
  readonly flips: readonly MemberFlip[];
}

/** A member one reading flips, as the report lists them. */
export interface FlippedMember {
  /** The member's id. */
  readonly id: string;
  /** The member's branch. */
  readonly branch: string;
  /** Cannot be decided under the reading. */
  readonly refused: boolean;
  /** The outcomes that change. */
  readonly changed: readonly FlippedOutcome[];
}

/** One branch's share of a reading's impact. */
export interface BranchImpact {
  /** The branch. */
  readonly branch: string;
  /** Members whose decisions read the interpretation. */
  readonly read: number;
  /** Members with an outcome the reading changes. */
  readonly changed: number;
  /** Members the reading cannot decide. */
  readonly refused: number;
}

/** What one other reading of one interpretation would change across the roster. */
export interface ReadingImpact {
  /** The interpretation. */
  readonly interpretation: InterpretationId;
  /** The reading applied to the roster. */
  readonly inForce: InterpretationAlternative;
  /** The other reading. */
  readonly alternative: InterpretationAlternative;
  /** Members whose decisions read the interpretation. */
  readonly read: number;
  /** Members with an outcome the reading changes. */
  readonly changed: number;
  /** Members the reading cannot decide (a fact it needs is missing). */
  readonly refused: number;
  /** The same, by branch, in the order of the branches' names. */
  readonly branches: readonly BranchImpact[];
  /** The first {@link IMPACT_EXAMPLES} members flipped or refused, by branch and id. */
  readonly examples: readonly FlippedMember[];
}

/** The impact report of a roster. */
export interface ImpactReport {
  /** The day. */
  readonly asOf: CalendarDate;
  /** Members decided. */
  readonly members: number;
  /** For each interpretation read, each other reading: in the registry's order. */
  readonly readings: readonly ReadingImpact[];
}

interface Tally {
  read: number;
  changed: number;
  refused: number;
}

interface ReadingTally extends Tally {
  readonly interpretation: InterpretationId;
  readonly inForce: InterpretationAlternative;
  readonly alternative: InterpretationAlternative;
  readonly branches: Map<string, Tally>;
  examples: FlippedMember[];
}

const byBranchAndId = (a: FlippedMember, b: FlippedMember): number => compareText(a.branch, b.branch) || compareText(a.id, b.id);

/** The order of the registry: interpretations by number, alternatives as declared. */
const ORDER: ReadonlyMap<string, number> = new Map(
  INTERPRETATION_IDS.flatMap((id) => Object.keys(INTERPRETATIONS[id].alternatives).map((alternative) => `${id}\u0000${alternative}`))
    .map((key, index) => [key, index]),
);

/** Gathers a roster's impact report member by member; holds counts and a few examples, never the members. @internal */
export class ImpactBuilder {
  private readonly readings = new Map<string, ReadingTally>();
  private members = 0;

  constructor(
    private readonly asOf: CalendarDate,
    private readonly inForce: (id: InterpretationId) => InterpretationAlternative,
    private readonly canTake: (id: InterpretationId, alternative: InterpretationAlternative) => boolean,
  ) {}

  /** Adds a decided member's impact. */
  add(id: string, branch: string, impact: MemberImpact): void {
    this.members += 1;
    for (const interpretation of impact.read) {
      const applied = this.inForce(interpretation);
      for (const alternative of Object.keys(INTERPRETATIONS[interpretation].alternatives) as InterpretationAlternative[]) {
        if (alternative === applied || !this.canTake(interpretation, alternative)) continue;
        const tally = this.tallyOf(interpretation, applied, alternative);
        tally.read += 1;
        branchTally(tally, branch).read += 1;
      }
    }
    for (const flip of impact.flips) {
      const tally = this.tallyOf(flip.interpretation, this.inForce(flip.interpretation), flip.alternative);
      const share = branchTally(tally, branch);
      if (flip.refused) {
        tally.refused += 1;
        share.refused += 1;
      } else {
        tally.changed += 1;
        share.changed += 1;
      }
      keepExample(tally, { id, branch, refused: flip.refused, changed: flip.changed });
    }
  }

  private tallyOf(interpretation: InterpretationId, inForce: InterpretationAlternative, alternative: InterpretationAlternative): ReadingTally {
    const key = `${interpretation}\u0000${alternative}`;
    let tally = this.readings.get(key);
    if (tally === undefined) {
      tally = { interpretation, inForce, alternative, read: 0, changed: 0, refused: 0, branches: new Map(), examples: [] };
      this.readings.set(key, tally);
    }
    return tally;
  }

  /** The report. */
  build(): ImpactReport {
    return reportOf(this.asOf, this.members, [...this.readings.values()]);
  }
}

function branchTally(tally: ReadingTally, branch: string): Tally {
  let share = tally.branches.get(branch);
  if (share === undefined) {
    share = { read: 0, changed: 0, refused: 0 };
    tally.branches.set(branch, share);
  }
  return share;
}

/** Keeps the first examples by branch and id, whatever order the members come in. */
function keepExample(tally: ReadingTally, member: FlippedMember): void {
  const { examples } = tally;
  if (examples.length === IMPACT_EXAMPLES && byBranchAndId(member, examples[examples.length - 1] as FlippedMember) >= 0) return;
  let at = examples.length;
  while (at > 0 && byBranchAndId(member, examples[at - 1] as FlippedMember) < 0) at -= 1;
  // The report's own copy of what changed: the member's result, which the caller is given,
  // keeps its own.
  examples.splice(at, 0, { ...member, changed: ownedCopy(member.changed) });
  if (examples.length > IMPACT_EXAMPLES) examples.pop();
}

function reportOf(asOf: CalendarDate, members: number, tallies: readonly ReadingTally[]): ImpactReport {
  const rank = (tally: ReadingTally) => ORDER.get(`${tally.interpretation}\u0000${tally.alternative}`) ?? Number.MAX_SAFE_INTEGER;
  const readings = [...tallies]
    .sort((a, b) => rank(a) - rank(b))
    .map(
      (tally): ReadingImpact => ({
        interpretation: tally.interpretation,
        inForce: tally.inForce,
        alternative: tally.alternative,
        read: tally.read,
        changed: tally.changed,
        refused: tally.refused,
        branches: [...tally.branches.entries()]
          .sort(([a], [b]) => compareText(a, b))
          .map(([branch, share]) => ({ branch, read: share.read, changed: share.changed, refused: share.refused })),
        examples: [...tally.examples],
      }),
    );
  return { asOf, members, readings };
}

const Count = z.number().int().min(0);
const InterpretationIdSchema = z.enum(INTERPRETATION_IDS as readonly InterpretationId[] as [InterpretationId, ...InterpretationId[]]);
const AlternativeSchema = z.enum(
  [...new Set(INTERPRETATION_IDS.flatMap((id) => Object.keys(INTERPRETATIONS[id].alternatives)))] as [InterpretationAlternative, ...InterpretationAlternative[]],
);
const FlippedOutcomeSchema = z.strictObject({
  rule: z.enum(ROSTER_RULE_NAMES),
  inForce: z.json(),
  alternative: z.json(),
});

/**
 * The zod schema of an {@link ImpactReport}, as stored (a JSON round trip of one): what
 * {@link mergeImpactReports} checks its arguments by. Each reading must be one of its
 * interpretation's.
 */
export const ImpactReportSchema = z.strictObject({
  asOf: CalendarDateSchema,
  members: Count,
  readings: z.array(
    z
      .strictObject({
        interpretation: InterpretationIdSchema,
        inForce: AlternativeSchema,
        alternative: AlternativeSchema,
        read: Count,
        changed: Count,
        refused: Count,
        branches: z.array(z.strictObject({ branch: z.string(), read: Count, changed: Count, refused: Count })),
        examples: z.array(z.strictObject({ id: z.string(), branch: z.string(), refused: z.boolean(), changed: z.array(FlippedOutcomeSchema) })),
      })
      .check((ctx) => {
        const readings: readonly string[] = Object.keys(INTERPRETATIONS[ctx.value.interpretation].alternatives);
        for (const field of ["inForce", "alternative"] as const) {
          if (!readings.includes(ctx.value[field])) {
            addBilingualIssue(ctx, { code: "invalid-value", path: [field], message: bilingual("roster.error.not-a-reading") });
          }
        }
      }),
  ),
});

// The library's own copy of ImpactReportSchema: a caller's writes into the exported one do not reach it.
const ownImpactReportSchema = privateSchema(ImpactReportSchema);

/**
 * Two impact reports of one day and the same readings as one: the report of the two
 * rosters together.
 *
 * @throws {@link RuleInputError} when either is not an impact report ({@link ImpactReportSchema}), or the days or the readings in force differ
 */
export function mergeImpactReports(first: ImpactReport, second: ImpactReport): ImpactReport {
  // Read once into plain data and checked: a report may come from storage or from another thread.
  const a = readInput("mergeImpactReports", ownImpactReportSchema(), first) as unknown as ImpactReport;
  const b = readInput("mergeImpactReports", ownImpactReportSchema(), second) as unknown as ImpactReport;
  if (a.asOf !== b.asOf) failInput("mergeImpactReports", ["asOf"], "inconsistent", bilingual("roster.error.different-days"));
  const tallies = new Map<string, ReadingTally>();
  for (const reading of [...a.readings, ...b.readings]) {
    const key = `${reading.interpretation}\u0000${reading.alternative}`;
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = { ...reading, read: 0, changed: 0, refused: 0, branches: new Map(), examples: [] };
      tallies.set(key, tally);
    } else if (tally.inForce !== reading.inForce) {
      failInput("mergeImpactReports", ["readings"], "inconsistent", bilingual("roster.error.different-readings"));
    }
    tally.read += reading.read;
    tally.changed += reading.changed;
    tally.refused += reading.refused;
    for (const share of reading.branches) {
      const sum = branchTally(tally, share.branch);
      sum.read += share.read;
      sum.changed += share.changed;
      sum.refused += share.refused;
    }
    for (const example of reading.examples) keepExample(tally, example);
  }
  return reportOf(a.asOf, a.members + b.members, [...tallies.values()]);
}

declare module "../locales/catalog.js" {
  interface Messages {
    /** A reading named in an impact report is not one of its interpretation's. */
    "roster.error.not-a-reading": Record<never, never>;
    /** Two impact reports made under different readings were merged. */
    "roster.error.different-readings": Record<never, never>;
  }
}
