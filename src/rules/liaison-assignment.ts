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
 * @module
 */
import { match } from "ts-pattern";
import { z } from "zod";
import { runRule, type Decision, type Reasoning } from "../decision/decision.js";
import { addBilingualIssue, readInput, type Bilingual } from "../errors.js";
import { RuleOptionsSchema, type RuleOptions } from "../interpretations/options.js";
import { MemberIdSchema, checkUniqueIds, isCanonicalId } from "../input/text.js";

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

/** The zod schema of {@link LiaisonAssignmentOutcome}, for checking a stored decision. */
export const LiaisonAssignmentOutcomeSchema: z.ZodType<LiaisonAssignmentOutcome> = z.strictObject({
  liaisons: z.array(z.strictObject({ liaison: MemberIdSchema, members: z.array(MemberIdSchema) })),
  liaisonsNeeded: z.number().int().min(0),
  shortfall: z.number().int().min(0),
  unassigned: z.array(MemberIdSchema),
  moved: z.array(MemberIdSchema),
  belowFifteen: MemberIdSchema.nullable(),
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
      addBilingualIssue(ctx, {
        code: "invalid-format",
        path: [index],
        message: {
          zh: "联系记录无效：党员编号和联络员编号都须为有效编号（不能为空，首尾无空白，无不可见字符，Unicode NFC 形式）",
          en: "invalid link: both the member's and the liaison's ids must be valid ids (not empty, no white space at either end, no invisible characters, Unicode NFC)",
        },
      });
    }
  });
}) as unknown as z.ZodType<Readonly<Record<string, string>>>;

/**
 * The zod schema of {@link LiaisonBranch}. Ids must be in their one written form
 * ({@link MemberIdSchema}); repeated member or officer ids are refused.
 */
export const LiaisonBranchSchema: z.ZodType<LiaisonBranch> = z
  .strictObject({
    mobileMembers: z.array(MemberIdSchema),
    officers: z.array(
      z.strictObject({ id: MemberIdSchema, role: z.enum(["secretary", "committee-member", "other"]) }),
    ),
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

const QUESTION: Bilingual = {
  zh: "支部的流动党员分别由哪位联络员联系？",
  en: "Which liaison keeps in touch with each of the branch's mobile members?",
};

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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

  /** Takes the member with the greatest id from a liaison (the most recently added is not relied on). */
  takeLast(liaison: string): string | undefined {
    const list = this.members.get(liaison);
    if (list === undefined || list.length === 0) return undefined;
    let at = 0;
    for (let i = 1; i < list.length; i += 1) if (compareIds(list[i] ?? "", list[at] ?? "") > 0) at = i;
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

function decideLiaisons(branch: LiaisonBranch, reasoning: Reasoning): LiaisonAssignmentOutcome {
  const members = [...branch.mobileMembers].sort(compareIds);
  const memberSet = new Set(members);
  // A secretary or committee member who is one of the branch's mobile members is away:
  // whether they may be a liaison is Q35, contested where the branch has one.
  const awayOfficers = branch.officers.filter((o) => o.role !== "other" && memberSet.has(o.id)).length;
  const away =
    awayOfficers > 0
      ? reasoning.contest("Q35.away-officer-as-liaison", {
          zh: `支部书记、支部委员中有${awayOfficers}名本人也在外出`,
          en: `${awayOfficers} of the secretary and committee members are away themselves`,
        })
      : null;
  const eligible = branch.officers
    .filter((o) => o.role !== "other" && (away === "any-officer" || !memberSet.has(o.id)))
    .sort((a, b) => (a.role === b.role ? compareIds(a.id, b.id) : a.role === "secretary" ? -1 : 1))
    .map((o) => o.id);
  const order = new Map(eligible.map((id, index) => [id, index]));
  const needed = Math.ceil(members.length / MEMBERS_PER_LIAISON);
  let shortfall = Math.max(0, needed - eligible.length);
  const cap = reasoning.interpret("Q6.liaison-load");
  const awayWords = match(away)
    .with(null, () => ({ zh: "", en: "" }))
    .with("away-officer-excluded", () => ({
      zh: `（本人外出的${awayOfficers}名不担任，解释三十五）`,
      en: ` (not the ${awayOfficers} who are away themselves, Q35)`,
    }))
    .with("any-officer", () => ({
      zh: `（本人外出的${awayOfficers}名也担任，解释三十五）`,
      en: ` (the ${awayOfficers} who are away themselves included, Q35)`,
    }))
    .exhaustive();
  reasoning.step({
    check: "eligible-liaisons",
    citation: "3.2.1",
    facts: { "mobileMembers.length": members.length, "officers.length": branch.officers.length },
    result: eligible.length,
    text: {
      zh: `可任联络员的支部书记、支部委员${eligible.length}名${awayWords.zh}；流动党员${members.length}名，每名联络员联系不超过15名，需要联络员${needed}名`,
      en: `The secretary and committee members may be liaisons${awayWords.en}: ${eligible.length}; ${members.length} mobile members at most 15 each need ${needed} liaisons`,
    },
  });

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

  // Fill the liaisons already in use, fullest first, then name new ones in order.
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

  const spread = cap === "at-most-fifteen" ? reasoning.interpret("Q18.liaison-spread") : "stable-packing";
  if (spread === "even-loads") evenOut(loads);

  // Under Q35's "any officer", a liaison away themselves is one of the members: never their own liaison.
  const ownLinks = away === "any-officer" ? separateOwnLinks(loads, eligible) : { swaps: [], alone: [] };
  if (ownLinks.alone.length > 0) {
    left.push(...ownLinks.alone);
    left.sort(compareIds);
    shortfall = Math.max(shortfall, 1);
  }

  const liaisons = [...loads.members.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([liaison, list]) => ({ liaison, members: [...list].sort(compareIds) }));
  const finalLiaison = new Map<string, string>();
  for (const { liaison, members: list } of liaisons) for (const m of list) finalLiaison.set(m, liaison);
  const moved = members.filter((m) => {
    const before = current(m);
    const after = finalLiaison.get(m);
    return before !== undefined && after !== undefined && before !== after;
  });
  // Current links that still hold: a link to someone who cannot be a liaison is moved, not kept.
  const kept = members.filter((m) => current(m) !== undefined && finalLiaison.get(m) === current(m)).length;

  const belowFifteen = match(cap)
    .with("at-most-fifteen", () => null)
    .with("exactly-fifteen", () => liaisons.find((l) => l.members.length < MEMBERS_PER_LIAISON)?.liaison ?? null)
    .exhaustive();

  reasoning.step({
    check: "assignment",
    citation: "3.2.1",
    facts: { currentLinks: Object.keys(currentLinks).length },
    result: { liaisonsUsed: liaisons.length, kept, moved: moved.length, unassigned: left.length },
    text: {
      zh: `确定联络员${liaisons.length}名，每名联系不超过15名；保持原联系${kept}名，调整${moved.length}名${spread === "even-loads" ? "（均衡分配，解释十八）" : "（除一名外每名联系15名，解释十八）"}`,
      en: `${liaisons.length} liaisons used, none over 15; ${kept} current links kept, ${moved.length} moved${spread === "even-loads" ? " (even loads, Q18)" : " (all but one at 15, Q18)"}`,
    },
  });
  if (ownLinks.swaps.length > 0 || ownLinks.alone.length > 0) {
    const swapped = ownLinks.swaps.map((l) => ({ zh: `${l.member}由联络员${l.liaison}联系`, en: `${l.member} by ${l.liaison}` }));
    const alone = ownLinks.alone.map((m) => ({ zh: `${m}暂无其他联络员`, en: `${m} has no other liaison yet` }));
    const all = [...swapped, ...alone];
    reasoning.step({
      check: "own-link",
      citation: "3.2.1",
      facts: {},
      result: { swapped: ownLinks.swaps.map((l) => [l.member, l.liaison]), alone: ownLinks.alone },
      text: {
        zh: `本人也在外出的联络员，不联系自己：${all.map((t) => t.zh).join("；")}`,
        en: `A liaison who is away themselves is not their own liaison: ${all.map((t) => t.en).join("; ")}`,
      },
    });
  }
  if (shortfall > 0) {
    reasoning.step({
      check: "shortfall",
      citation: "3.2.1",
      facts: { eligible: eligible.length, needed },
      result: shortfall,
      text: {
        zh: `可任联络员的人数不足，还须确定联络员${shortfall}名；${left.length}名流动党员暂无联络员，在确定联络员之前由党支部直接联系，做到管理不断线（每名联络员联系不超过15名）`,
        en: `Too few eligible liaisons: ${shortfall} more must be named; ${left.length} members have no liaison yet, and the branch keeps in touch with them itself until one is named, so that management never breaks off (no liaison takes a 16th)`,
      },
    });
    // Members without a liaison are still managed: 2.2.1's "管理不断线".
    reasoning.cite("2.2.1");
  }
  if (belowFifteen !== null) {
    reasoning.step({
      check: "remainder",
      citation: "3.2.1",
      facts: {},
      result: belowFifteen,
      text: {
        zh: `按每名联系15名理解（解释六）：联络员${belowFifteen}联系不足15名，如实报告`,
        en: `Under "exactly fifteen" (Q6): liaison ${belowFifteen} holds fewer than 15, reported`,
      },
    });
  }
  return { liaisons, liaisonsNeeded: needed, shortfall, unassigned: left, moved, belowFifteen };
}

/** A liaison who is also a member, and the liaison who keeps in touch with them instead. */
interface OwnLink {
  readonly member: string;
  readonly liaison: string;
}

/**
 * Takes every liaison who is also one of the members off their own list (Q35's "any
 * officer"): swapped with the greatest id of the first other liaison in use, which leaves
 * every load as it was; failing one, given to the first eligible officer not yet in use;
 * failing that, left without a liaison.
 */
function separateOwnLinks(loads: Loads, eligible: readonly string[]): { swaps: OwnLink[]; alone: string[] } {
  const swaps: OwnLink[] = [];
  const alone: string[] = [];
  for (const liaison of eligible) {
    if (!(loads.members.get(liaison) ?? []).includes(liaison)) continue;
    loads.remove(liaison, liaison);
    const other = eligible.find((k) => k !== liaison && loads.load(k) > 0);
    if (other !== undefined) {
      // Never the liaison themselves: they were on their own list, not on this one.
      loads.add(liaison, loads.takeLast(other) ?? "");
      loads.add(other, liaison);
      swaps.push({ member: liaison, liaison: other });
      continue;
    }
    const spare = eligible.find((k) => k !== liaison);
    if (spare === undefined) {
      alone.push(liaison);
    } else {
      loads.add(spare, liaison);
      swaps.push({ member: liaison, liaison: spare });
    }
  }
  return { swaps, alone };
}

/** Q18's alternative: move members from the fullest to the emptiest until loads differ by at most one. */
function evenOut(loads: Loads): void {
  const used = [...loads.members.keys()].sort(
    (a, b) => loads.load(b) - loads.load(a) || (loads.order.get(a) ?? 0) - (loads.order.get(b) ?? 0),
  );
  const total = used.reduce((sum, l) => sum + loads.load(l), 0);
  const base = Math.floor(total / used.length);
  const extra = total % used.length;
  const target = (index: number) => base + (index < extra ? 1 : 0);
  for (let d = 0, r = used.length - 1; d < r; ) {
    if (loads.load(used[d] ?? "") <= target(d)) d += 1;
    else if (loads.load(used[r] ?? "") >= target(r)) r -= 1;
    else loads.add(used[r] ?? "", loads.takeLast(used[d] ?? "") ?? "");
  }
}

function summarize(outcome: LiaisonAssignmentOutcome): Bilingual {
  const shortfall =
    outcome.shortfall > 0
      ? { zh: `；还须确定联络员${outcome.shortfall}名`, en: `; ${outcome.shortfall} more liaisons must be named` }
      : { zh: "", en: "" };
  return {
    zh: `联络员${outcome.liaisons.length}名，每名联系流动党员不超过15名${shortfall.zh}`,
    en: `${outcome.liaisons.length} liaisons, none with more than 15 mobile members${shortfall.en}`,
  };
}

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = { rule: "liaisonAssignment", question: QUESTION, decide: decideLiaisons, summarize };

/**
 * Links each of a branch's mobile members to one liaison (the branch secretary or a
 * branch committee member), at most 15 each, with as few liaisons as needed; keeps the
 * current links that are still valid; and reports the shortfall when the branch has too
 * few eligible liaisons, never giving anyone a 16th member.
 *
 * The result does not depend on the order of the input lists, and adding or removing one
 * member moves at most one other member (under the default reading Q18).
 *
 * @clause 3.2.1
 *
 * @param branch - the mobile members, the officers, and optionally the current links
 * @param options - interpretation choices (Q6, Q18, Q35)
 * @returns the decision: each liaison's members, the liaisons needed, the shortfall, the unassigned and moved members
 * @throws {@link RuleInputError} for invalid input or repeated ids
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
 */
export function liaisonAssignment(
  branch: LiaisonBranch,
  options: RuleOptions = {},
): Decision<LiaisonAssignmentOutcome> {
  const valid = readInput("liaisonAssignment", LiaisonBranchSchema, branch);
  const { interpretations } = readInput("liaisonAssignment", RuleOptionsSchema, options);
  return runRule(DEFINITION, valid, interpretations);
}

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
  const { liaisons } = readInput("assignmentOf", LiaisonsSchema, outcome);
  const links: Record<string, string> = {};
  for (const { liaison, members } of liaisons) {
    // Defined, not assigned: a member id "__proto__" must stay an own key of the result.
    for (const member of members) Object.defineProperty(links, member, { value: liaison, enumerable: true, writable: true, configurable: true });
  }
  return links;
}

const LiaisonsSchema = z.object({
  liaisons: z.array(z.strictObject({ liaison: MemberIdSchema, members: z.array(MemberIdSchema) })),
});
