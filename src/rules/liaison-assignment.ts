/**
 * # 三（二）1 — the liaison system
 *
 * **[3.2.1]** 1、流动党员联系制度。凡有流动党员的党支部,应确定党支部书记或支部委员作为他们的联络员,
 * 每人联系15名流动党员。联络员负责与流动党员进行联络与沟通,协助党组织做好他们的思想政治工作,
 * 了解他们外出表现并如实向党组织报告。
 *
 * > Every branch with mobile members names its branch secretary or branch committee
 * > members as their liaisons, each keeping in touch with 15 mobile members. Liaisons keep
 * > in contact, help with political work, learn how the members perform while away and
 * > report truthfully to the Party organization.
 *
 * **[2.2.1]** (members the branch cannot yet give a liaison) ……做到教育不脱节,管理不断线……
 *
 * ## Readings
 * - "每人联系15名" is at most 15 (Q6): never a 16th member on anyone; the fewest liaisons
 *   needed, ⌈members / 15⌉. When the secretary and committee members are too few, the
 *   members that do not fit are left unassigned and the shortfall is reported.
 * - Members are packed, every liaison but one at 15, so that the links stay put: adding or
 *   removing one member moves at most one other (Q18; even loads are the alternative).
 * - A secretary or committee member who is also one of the branch's mobile members is
 *   away, and is not named a liaison (Q35, contested where the branch has one). Under
 *   Q35's other reading they are, but never as their own liaison: they change places with a
 *   member of another liaison, so every load stays as it was.
 * - Ids are ordered as strings (secretary first), so the result never depends on the
 *   order of the input lists.
 *
 * Every step of the decision is linear in the number of members (sorting aside): a branch
 * of 100,000 members is decided in one pass over them, and the steps' per-member
 * parameters are built only for a decision that keeps its trace.
 *
 * @module
 */
import { z } from "zod";
import type { Recorder } from "../decision/decision.js";
import { defineRule } from "../decision/rule.js";
import { addBilingualIssue, readInput } from "../errors.js";
import { MemberIdSchema, checkUniqueIds, compareText, isCanonicalId } from "../input/text.js";
import type { AlternativeOf } from "../interpretations/registry.js";
import { bilingual, type FieldWordIds } from "../locales/index.js";
import { privateSchema } from "../input/private-schema.js";

/** The most mobile members one liaison keeps in touch with (三（二）1). */
export const MEMBERS_PER_LIAISON = 15;

/** A branch officer's role: only the secretary and committee members may be liaisons. */
export type BranchRole = "secretary" | "committee-member" | "other";

/** A person the branch could name as a liaison. */
export interface BranchOfficer {
  /** A stable id of the person. */
  readonly id: string;
  /** The person's role in the branch. */
  readonly role: BranchRole;
}

/** The facts of one branch. */
export interface LiaisonBranch {
  /** The ids of the branch's mobile members. */
  readonly mobileMembers: readonly string[];
  /** The branch's secretary and committee members (others may be listed; they are never liaisons). */
  readonly officers: readonly BranchOfficer[];
  /** The current links, member id → liaison id; links that are still valid are kept. */
  readonly currentAssignment?: Readonly<Record<string, string>> | undefined;
}

/** One liaison and the members linked to them. */
export type LiaisonLoad = {
  /** The liaison's id. */
  readonly liaison: string;
  /** The members linked to the liaison, in id order. */
  readonly members: readonly string[];
};

/** The outcome of {@link liaisonAssignment}. */
export type LiaisonAssignmentOutcome = {
  /** The liaisons used, in order (secretary first, then by id), each with their members. */
  readonly liaisons: readonly LiaisonLoad[];
  /** How many liaisons the branch needs: ⌈members / 15⌉. */
  readonly liaisonsNeeded: number;
  /** How many more liaisons the branch must name (0 when it has enough). */
  readonly shortfall: number;
  /** Members left without a liaison because of the shortfall, in id order. */
  readonly unassigned: readonly string[];
  /** Members whose liaison changed from the current assignment, in id order. */
  readonly moved: readonly string[];
  /** Under "exactly fifteen" (Q6): the liaison holding the remainder, fewer than 15; otherwise `null`. */
  readonly belowFifteen: string | null;
};

/**
 * A member's or officer's id as a caller writes it: {@link MemberIdSchema}, which checks a
 * string, typed as taking one so that the rule's parameter says what it takes.
 */
const IdSchema = MemberIdSchema as z.ZodType<string, string>;

/**
 * A list in the input, typed as the read-only list a caller may pass (zod's `.readonly()`
 * would also freeze the validated copy and mark the list read-only in the JSON Schema of
 * scenario files).
 */
function inputList<Item>(item: z.ZodType<Item, Item>): z.ZodType<readonly Item[], readonly Item[]> {
  return z.array(item) as unknown as z.ZodType<readonly Item[], readonly Item[]>;
}

/**
 * The zod schema of {@link LiaisonAssignmentOutcome}, for checking a stored decision. A zod
 * object: a records system may `.safeExtend()` it.
 */
export const LiaisonAssignmentOutcomeSchema = z.strictObject({
  liaisons: z.array(z.strictObject({ liaison: IdSchema, members: z.array(IdSchema) })),
  liaisonsNeeded: z.number().int().min(0),
  shortfall: z.number().int().min(0),
  unassigned: z.array(IdSchema),
  moved: z.array(IdSchema),
  belowFifteen: IdSchema.nullable(),
});

/**
 * The current links, checked entry by entry: a key is a member's id, so a problem is
 * named by the entry's position (`currentAssignment[3]`, counted from 0 in the record's
 * order), never by the id.
 */
const CurrentAssignmentSchema = z.record(z.string(), z.unknown()).check((ctx) => {
  Object.keys(ctx.value).forEach((member, index) => {
    const liaison = ctx.value[member];
    const valid = isCanonicalId(member) && typeof liaison === "string" && isCanonicalId(liaison);
    if (!valid) {
      addBilingualIssue(ctx, { code: "invalid-format", path: [index], message: bilingual("error.liaison-link-invalid") });
    }
  });
}) as unknown as z.ZodType<Readonly<Record<string, string>>, Readonly<Record<string, string>>>;

/**
 * The zod schema of {@link LiaisonBranch}. Ids must be in their one written form
 * ({@link MemberIdSchema}); repeated member or officer ids are refused. A zod object: a
 * records system may `.safeExtend()` it with fields of its own.
 */
export const LiaisonBranchSchema = z
  .strictObject({
    mobileMembers: inputList(IdSchema),
    officers: inputList(z.strictObject({ id: IdSchema, role: z.enum(["secretary", "committee-member", "other"]) })),
    currentAssignment: CurrentAssignmentSchema.optional(),
  })
  .check((ctx) => {
    checkUniqueIds(ctx, ctx.value.mobileMembers, (i) => ["mobileMembers", i], (i) => `mobileMembers[${i}]`);
    checkUniqueIds(
      ctx,
      ctx.value.officers.map((o) => o.id),
      (i) => ["officers", i, "id"],
      (i) => `officers[${i}].id`,
    );
  });

/** The interpretations 3.2.1 reads. */
const LIAISON_READS = ["Q6.liaison-load", "Q18.liaison-spread", "Q35.away-officer-as-liaison"] as const;

type Reads = (typeof LIAISON_READS)[number];
type Reasoning = Recorder<Reads>;

/** Whether the officers who are away themselves may be liaisons (Q35); `null` where none is away. */
type AwayOfficers = AlternativeOf<"Q35.away-officer-as-liaison"> | null;

/**
 * How the members were spread over the liaisons: by Q18's reading under Q6's "at most
 * fifteen", or every liaison but one at 15 under "exactly fifteen", where Q18 is not read.
 */
type Spread = AlternativeOf<"Q18.liaison-spread"> | "exactly-fifteen";

/** A liaison who is also a member, and the liaison who keeps in touch with them instead. */
type OwnLink = {
  readonly member: string;
  readonly liaison: string;
};


/** Liaisons as they are filled: an ordered list of loads that stay sorted by member id at the end. */
class Loads {
  readonly members = new Map<string, string[]>();
  constructor(readonly order: ReadonlyMap<string, number>) {}

  load(liaison: string): number {
    return this.members.get(liaison)?.length ?? 0;
  }

  add(liaison: string, member: string): void {
    const list = this.members.get(liaison);
    if (list === undefined) this.members.set(liaison, [member]);
    else list.push(member);
  }

  /** Whether a liaison holds a given member (at most 15 to look through). */
  holds(liaison: string, member: string): boolean {
    return this.members.get(liaison)?.includes(member) ?? false;
  }

  /** Takes the member with the greatest id from a liaison (the most recently added is not relied on). */
  takeLast(liaison: string): string | undefined {
    const list = this.members.get(liaison);
    if (list === undefined || list.length === 0) return undefined;
    let at = 0;
    for (let i = 1; i < list.length; i += 1) if (compareText(list[i] ?? "", list[at] ?? "") > 0) at = i;
    const [taken] = list.splice(at, 1);
    if (list.length === 0) this.members.delete(liaison);
    return taken;
  }

  /** Takes a given member from a liaison. */
  remove(liaison: string, member: string): void {
    const list = this.members.get(liaison);
    if (list === undefined) return;
    const at = list.indexOf(member);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.members.delete(liaison);
  }

  /** Used liaisons that hold fewer than 15, fullest first, then in liaison order. */
  notFull(): string[] {
    return [...this.members.keys()]
      .filter((l) => this.load(l) < MEMBERS_PER_LIAISON)
      .sort((a, b) => this.load(b) - this.load(a) || (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }
}

/** The rule's logic on a valid branch. */
function decideLiaisons(branch: LiaisonBranch, reasoning: Reasoning): LiaisonAssignmentOutcome {
  const members = [...branch.mobileMembers].sort(compareText);
  const memberSet = new Set(members);
  // 〔3.2.1〕“党支部书记或支部委员”: the text does not say whether one who is away
  // themselves may be a liaison (Q35). Contested wherever the branch has one: naming
  // them can change who is a liaison and the shortfall.
  let awayOfficers = 0;
  for (const officer of branch.officers) if (officer.role !== "other" && memberSet.has(officer.id)) awayOfficers += 1;
  const away: AwayOfficers =
    awayOfficers > 0 ? reasoning.contest("Q35.away-officer-as-liaison", "liaison.reason.away-officers", { awayOfficers }) : null;
  // 〔3.2.1〕“凡有流动党员的党支部,应确定党支部书记或支部委员作为他们的联络员”
  const eligible = branch.officers
    .filter((o) => o.role !== "other" && (away === "any-officer" || !memberSet.has(o.id)))
    .sort((a, b) => (a.role === b.role ? compareText(a.id, b.id) : a.role === "secretary" ? -1 : 1))
    .map((o) => o.id);
  const order = new Map(eligible.map((id, index) => [id, index]));
  // 〔3.2.1〕“每人联系15名流动党员”: at most 15 each (Q6), so the fewest liaisons needed.
  const needed = Math.ceil(members.length / MEMBERS_PER_LIAISON);
  let shortfall = Math.max(0, needed - eligible.length);
  const cap = reasoning.interpret("Q6.liaison-load");
  reasoning.step(
    "eligible-liaisons",
    "3.2.1",
    { "mobileMembers.length": members.length, "officers.length": branch.officers.length },
    eligible.length,
    { eligible: eligible.length, members: members.length, needed, away, awayOfficers },
  );

  const currentLinks = branch.currentAssignment ?? {};
  // Own keys only: a member id such as "constructor" must not find Object.prototype's.
  const current = (member: string): string | undefined =>
    Object.hasOwn(currentLinks, member) ? currentLinks[member] : undefined;
  const loads = new Loads(order);
  const unassigned: string[] = [];
  for (const member of members) {
    const liaison = current(member);
    if (liaison !== undefined && order.has(liaison) && loads.load(liaison) < MEMBERS_PER_LIAISON) {
      loads.add(liaison, member);
    } else {
      unassigned.push(member);
    }
  }

  // 〔3.2.1〕“每人联系15名流动党员”: fill the liaisons already in use, fullest first, then
  // name new ones in order.
  let next = 0;
  for (const liaison of loads.notFull()) {
    while (next < unassigned.length && loads.load(liaison) < MEMBERS_PER_LIAISON) {
      loads.add(liaison, unassigned[next] ?? "");
      next += 1;
    }
  }
  for (const liaison of eligible) {
    if (next >= unassigned.length) break;
    if (loads.load(liaison) > 0) continue;
    while (next < unassigned.length && loads.load(liaison) < MEMBERS_PER_LIAISON) {
      loads.add(liaison, unassigned[next] ?? "");
      next += 1;
    }
  }
  const left = unassigned.slice(next);

  // Pack: move members from the emptiest liaisons below 15 to the fullest ones, so that at
  // most one stays below 15 and the number used falls to ⌈assigned / 15⌉.
  const open = loads.notFull();
  for (let r = 0, d = open.length - 1; r < d; ) {
    const receiver = open[r] ?? "";
    const donor = open[d] ?? "";
    if (loads.load(receiver) >= MEMBERS_PER_LIAISON) r += 1;
    else if (loads.load(donor) === 0) d -= 1;
    else loads.add(receiver, loads.takeLast(donor) ?? "");
  }

  // 〔3.2.1〕“每人联系15名流动党员”: over the fewest liaisons, packed or even (Q18); under
  // "exactly fifteen" (Q6) every liaison but one holds 15, and Q18 is not read.
  const spread: Spread = cap === "at-most-fifteen" ? reasoning.interpret("Q18.liaison-spread") : "exactly-fifteen";
  if (spread === "even-loads") evenOut(loads);

  // 〔3.2.1〕“联络员负责与流动党员进行联络与沟通”: under Q35's "any officer", a liaison
  // away themselves is one of the members, and never their own liaison.
  const ownLinks = away === "any-officer" ? separateOwnLinks(loads, eligible) : { swaps: [], alone: [] };
  if (ownLinks.alone.length > 0) {
    left.push(...ownLinks.alone);
    left.sort(compareText);
    shortfall = Math.max(shortfall, 1);
  }

  const liaisons = [...loads.members.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([liaison, list]) => ({ liaison, members: [...list].sort(compareText) }));
  const finalLiaison = new Map<string, string>();
  for (const { liaison, members: list } of liaisons) for (const m of list) finalLiaison.set(m, liaison);
  const moved = members.filter((m) => {
    const before = current(m);
    const after = finalLiaison.get(m);
    return before !== undefined && after !== undefined && before !== after;
  });

  let belowFifteen: string | null;
  switch (cap) {
    case "at-most-fifteen":
      belowFifteen = null;
      break;
    case "exactly-fifteen":
      // 〔3.2.1〕“每人联系15名流动党员”: read as exactly 15 (Q6), the remainder is reported.
      belowFifteen = liaisons.find((l) => l.members.length < MEMBERS_PER_LIAISON)?.liaison ?? null;
      break;
    default: {
      const exhaustive: never = cap;
      belowFifteen = exhaustive;
    }
  }

  if (reasoning.traced) {
    // Current links that still hold: a link to someone who cannot be a liaison is moved, not kept.
    let kept = 0;
    for (const m of members) if (current(m) !== undefined && finalLiaison.get(m) === current(m)) kept += 1;
    reasoning.step(
      "assignment",
      "3.2.1",
      { currentLinks: Object.keys(currentLinks).length },
      { liaisonsUsed: liaisons.length, kept, moved: moved.length, unassigned: left.length },
      { liaisons: liaisons.length, kept, moved: moved.length, spread },
    );
    if (ownLinks.swaps.length > 0 || ownLinks.alone.length > 0) {
      reasoning.step(
        "own-link",
        "3.2.1",
        {},
        { swapped: ownLinks.swaps.map((l) => [l.member, l.liaison]), alone: ownLinks.alone },
        { swapped: ownLinks.swaps, alone: ownLinks.alone },
      );
    }
  }
  if (shortfall > 0) {
    reasoning.step("shortfall", "3.2.1", { eligible: eligible.length, needed }, shortfall, { shortfall, unassigned: left.length });
    // 〔2.2.1〕“管理不断线”: members without a liaison are still the branch's to keep in touch with.
    reasoning.cite("2.2.1");
  }
  if (belowFifteen !== null) {
    reasoning.step("remainder", "3.2.1", {}, belowFifteen, { liaison: belowFifteen });
  }
  return { liaisons, liaisonsNeeded: needed, shortfall, unassigned: left, moved, belowFifteen };
}

/** The first two liaisons in use, in the order of `eligible`. */
function firstTwoInUse(loads: Loads, eligible: readonly string[]): [string | undefined, string | undefined] {
  let first: string | undefined;
  for (const liaison of eligible) {
    if (loads.load(liaison) === 0) continue;
    if (first !== undefined) return [first, liaison];
    first = liaison;
  }
  return [first, undefined];
}

/**
 * Takes every liaison who is also one of the members off their own list (Q35's "any
 * officer"): swapped with the greatest id of the first other liaison in use, which leaves
 * every load as it was; failing one, given to the first eligible officer not yet in use;
 * failing that, left without a liaison.
 *
 * A swap leaves the same liaisons in use, so the first two in use are looked up once, and
 * again only after a member is given to an officer not yet in use: one pass over the
 * officers, not one for each liaison who is away.
 */
function separateOwnLinks(loads: Loads, eligible: readonly string[]): { swaps: OwnLink[]; alone: string[] } {
  const swaps: OwnLink[] = [];
  const alone: string[] = [];
  let inUse = firstTwoInUse(loads, eligible);
  for (const liaison of eligible) {
    if (!loads.holds(liaison, liaison)) continue;
    loads.remove(liaison, liaison);
    const other = inUse[0] !== liaison ? inUse[0] : inUse[1];
    if (other !== undefined) {
      // Never the liaison themselves: they were on their own list, not on this one.
      loads.add(liaison, loads.takeLast(other) ?? "");
      loads.add(other, liaison);
      swaps.push({ member: liaison, liaison: other });
      continue;
    }
    const spare = eligible[0] !== liaison ? eligible[0] : eligible[1];
    if (spare === undefined) {
      alone.push(liaison);
    } else {
      loads.add(spare, liaison);
      swaps.push({ member: liaison, liaison: spare });
    }
    inUse = firstTwoInUse(loads, eligible);
  }
  return { swaps, alone };
}

/** Q18's alternative: move members from the fullest to the emptiest until loads differ by at most one. */
function evenOut(loads: Loads): void {
  const used = [...loads.members.keys()].sort(
    (a, b) => loads.load(b) - loads.load(a) || (loads.order.get(a) ?? 0) - (loads.order.get(b) ?? 0),
  );
  let total = 0;
  for (const l of used) total += loads.load(l);
  const base = Math.floor(total / used.length);
  const extra = total % used.length;
  const target = (index: number) => base + (index < extra ? 1 : 0);
  for (let d = 0, r = used.length - 1; d < r; ) {
    if (loads.load(used[d] ?? "") <= target(d)) d += 1;
    else if (loads.load(used[r] ?? "") >= target(r)) r -= 1;
    else loads.add(used[r] ?? "", loads.takeLast(used[d] ?? "") ?? "");
  }
}

/**
 * Links each of a branch's mobile members to one liaison (the branch secretary or a
 * branch committee member), at most 15 each, with as few liaisons as needed; keeps the
 * current links that are still valid; and reports the shortfall when the branch has too
 * few eligible liaisons, never giving anyone a 16th member.
 *
 * The result does not depend on the order of the input lists, and adding or removing one
 * member moves at most one other member (under the default reading Q18).
 *
 * The function carries its declaration: `liaisonAssignment.input` (the schema of
 * {@link LiaisonBranch}), `.options`, `.outcome`, `.reads` (the interpretations it reads),
 * `.clauses`, and `.decideOutcome`, which gives the outcome alone, without a trace.
 *
 * @clause 3.2.1
 * @clause 2.2.1
 *
 * @param branch - the mobile members, the officers, and optionally the current links
 * @param options - interpretation choices (Q6, Q18, Q35)
 * @returns the decision: each liaison's members, the liaisons needed, the shortfall, the unassigned and moved members
 * @throws {@link RuleInputError} for invalid input or repeated ids, or options with an interpretation this rule does not read
 *
 * @example
 * ```ts
 * const members = Array.from({ length: 47 }, (_, i) => `m${String(i + 1).padStart(2, "0")}`);
 * const decision = liaisonAssignment({
 *   mobileMembers: members,
 *   officers: [
 *     { id: "secretary", role: "secretary" },
 *     { id: "c1", role: "committee-member" },
 *     { id: "c2", role: "committee-member" },
 *   ],
 * });
 * decision.outcome.liaisonsNeeded; //=> 4
 * decision.outcome.shortfall; //=> 1
 * decision.outcome.unassigned.length; //=> 2
 * ```
 *
 * @function
 */
export const liaisonAssignment = defineRule({
  name: "liaisonAssignment",
  clauses: ["3.2.1", "2.2.1"],
  input: LiaisonBranchSchema,
  outcome: LiaisonAssignmentOutcomeSchema,
  reads: LIAISON_READS,
  decide: decideLiaisons,
});

/**
 * The links of an outcome as member id → liaison id: what to pass back as
 * `currentAssignment` next time.
 *
 * @example
 * ```ts
 * const next = liaisonAssignment({ ...branch, currentAssignment: assignmentOf(previous.outcome) });
 * ```
 */
export function assignmentOf(outcome: Pick<LiaisonAssignmentOutcome, "liaisons">): Record<string, string> {
  const { liaisons } = readInput("assignmentOf", ownLiaisonsSchema(), outcome);
  const links: Record<string, string> = {};
  for (const { liaison, members } of liaisons) {
    // Defined, not assigned: a member id "__proto__" must stay an own key of the result.
    for (const member of members) Object.defineProperty(links, member, { value: liaison, enumerable: true, writable: true, configurable: true });
  }
  return links;
}

const LiaisonsSchema = z.object({
  liaisons: z.array(z.strictObject({ liaison: IdSchema, members: z.array(IdSchema) })),
});

// The library's own copy of LiaisonsSchema, which is built of exported schemas: a caller's writes into those do not reach it.
const ownLiaisonsSchema = privateSchema(LiaisonsSchema);

declare module "../locales/catalog.js" {
  interface RuleOutcomes {
    liaisonAssignment: LiaisonAssignmentOutcome;
  }
  interface Messages {
    "eligible-liaisons": {
      readonly eligible: number;
      readonly members: number;
      readonly needed: number;
      readonly away: AwayOfficers;
      readonly awayOfficers: number;
    };
    assignment: { readonly liaisons: number; readonly kept: number; readonly moved: number; readonly spread: Spread };
    "own-link": { readonly swapped: readonly OwnLink[]; readonly alone: readonly string[] };
    shortfall: { readonly shortfall: number; readonly unassigned: number };
    remainder: { readonly liaison: string };
    "liaison.reason.away-officers": { readonly awayOfficers: number };
    "error.liaison-link-invalid": Record<never, never>;
  }
  // The words of the input's fields, for forms and the JSON Schema of scenario files (FieldWordIds).
  interface ToolMessages
    extends FieldWordIds<
      "liaisonAssignment",
      {
        mobileMembers: never;
        officers: never;
        "officers.id": never;
        "officers.role": BranchRole;
        currentAssignment: never;
        "currentAssignment.key": never;
        "currentAssignment.value": never;
      }
    > {}
}
