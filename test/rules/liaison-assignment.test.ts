import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  MEMBERS_PER_LIAISON,
  assignmentOf,
  explain,
  liaisonAssignment,
  type BranchOfficer,
  type Decision,
  type InterpretationChoices,
  type LiaisonAssignmentOutcome,
  type LiaisonBranch,
  type RuleInputError,
} from "mobile-member-rules";
import { outcomeText, reasonText, stepText } from "../../src/decision/render.js";
import type { Locale } from "../../src/locales/index.js";
import { underEachTimeZone } from "../support/arbitraries.js";
import { expectWellFormedDecision } from "../support/expect-decision.js";
import { expectInputIssue } from "../support/expect-input.js";
import { deepFreeze, memberId, snapshot } from "../support/rule-arbitraries.js";

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(6, "0")}`);

const officers = (count: number): BranchOfficer[] =>
  ids("officer-", count).map((id, i) => ({ id, role: i === 0 ? "secretary" : "committee-member" }));

// Sizes are drawn uniformly up to 120, so branches around every multiple of 15 occur
// (fast-check's own array sizes stay small), with a few free-form ids mixed in.
const branch = fc
  .record({
    count: fc.integer({ min: 0, max: 120 }),
    extra: fc.uniqueArray(memberId, { maxLength: 3 }),
    officerCount: fc.integer({ min: 0, max: 10 }),
    secretaryAt: fc.nat(9),
    others: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ count, extra, officerCount, secretaryAt, others }): LiaisonBranch => ({
    mobileMembers: [...new Set([...ids("m", count), ...extra])],
    officers: [
      // The secretary anywhere in id order, so "secretary first" is not id order by accident.
      ...ids("officer-", officerCount).map((id, i) => ({
        id,
        role: i === secretaryAt % officerCount ? ("secretary" as const) : ("committee-member" as const),
      })),
      ...ids("clerk-", others).map((id) => ({ id, role: "other" as const })),
    ],
  }));

const readings = fc.record({
  "Q6.liaison-load": fc.constantFrom("at-most-fifteen" as const, "exactly-fifteen" as const),
  "Q18.liaison-spread": fc.constantFrom("stable-packing" as const, "even-loads" as const),
});

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The words of a decision's step, found by its check, in a locale. */
function stepWords(decision: Decision<LiaisonAssignmentOutcome>, check: string, locale: Locale = "zh-CN"): string | undefined {
  const step = decision.trace.find((s) => s.check === check);
  return step === undefined ? undefined : stepText(step, decision, locale);
}

/** An outcome's summary, in a locale. */
const summaryOf = (outcome: LiaisonAssignmentOutcome, locale: Locale = "zh-CN") => outcomeText("liaisonAssignment", outcome, locale);

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const copy = [...values];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function checkInvariants(input: LiaisonBranch, outcome: LiaisonAssignmentOutcome): void {
  const members = new Set(input.mobileMembers);
  const eligible = new Set(
    input.officers.filter((o) => o.role !== "other" && !members.has(o.id)).map((o) => o.id),
  );
  const linked = outcome.liaisons.flatMap((l) => l.members);
  // Each member exactly once: linked or unassigned, never both, never twice.
  expect([...linked, ...outcome.unassigned].sort()).toEqual([...members].sort());
  for (const { liaison, members: list } of outcome.liaisons) {
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(MEMBERS_PER_LIAISON);
    expect(eligible.has(liaison)).toBe(true);
  }
  const needed = Math.ceil(members.size / MEMBERS_PER_LIAISON);
  expect(outcome.liaisonsNeeded).toBe(needed);
  if (eligible.size >= needed) {
    expect(outcome.liaisons).toHaveLength(needed);
    expect(outcome.shortfall).toBe(0);
    expect(outcome.unassigned).toEqual([]);
  } else {
    expect(outcome.shortfall).toBe(needed - eligible.size);
    expect(outcome.liaisons).toHaveLength(eligible.size);
    expect(outcome.unassigned).toHaveLength(members.size - MEMBERS_PER_LIAISON * eligible.size);
  }
}

describe("liaisonAssignment: a branch of 47 mobile members and 3 committee members", () => {
  const members = ids("m", 47);

  it("gives three liaisons 15 each, reports a shortfall of one, and leaves two without a liaison rather than a 16th", () => {
    const decision = liaisonAssignment({ mobileMembers: members, officers: officers(3) });
    expect(decision.outcome.liaisons.map((l) => l.members.length)).toEqual([15, 15, 15]);
    expect(decision.outcome.liaisonsNeeded).toBe(4);
    expect(decision.outcome.shortfall).toBe(1);
    expect(decision.outcome.unassigned).toEqual(["m000046", "m000047"]);
    // The two without a liaison are still the branch's to keep in touch with: 2.2.1, 管理不断线.
    expect(decision.citations).toEqual(["3.2.1", "2.2.1"]);
    expect(explain(decision)).toContain("还须确定联络员1名");
    expect(stepWords(decision, "shortfall")).toBe(
      "可任联络员的人数不足，还须确定联络员1名；2名流动党员暂无联络员，在确定联络员之前由党支部直接联系，做到管理不断线（每名联络员联系不超过15名）",
    );
    expect(stepWords(decision, "eligible-liaisons")).toBe(
      "可任联络员的支部书记、支部委员3名；流动党员47名，每名联络员联系不超过15名，需要联络员4名",
    );
  });

  it("with a fourth committee member, needs no more and links everyone", () => {
    const enough = liaisonAssignment({ mobileMembers: members, officers: officers(4) }).outcome;
    expect(enough.liaisons.map((l) => l.members.length)).toEqual([15, 15, 15, 2]);
    expect(enough.shortfall).toBe(0);
    expect(enough.belowFifteen).toBeNull();
  });

  it("reports the remainder under 'exactly fifteen' (Q6), and spreads evenly under Q18's alternative", () => {
    const decision = liaisonAssignment(
      { mobileMembers: members, officers: officers(4) },
      { interpretations: { "Q6.liaison-load": "exactly-fifteen" } },
    );
    const exactly = decision.outcome;
    expect(exactly.belowFifteen).toBe("officer-000004");
    expect(stepWords(decision, "remainder")).toBe("按每名联系15名理解（解释六）：联络员officer-000004联系不足15名，如实报告");
    expect(stepWords(decision, "remainder", "en")).toBe('Under "exactly fifteen" (Q6): liaison officer-000004 holds fewer than 15, reported');
    // Q18 is not read under "exactly fifteen": the packing is Q6's, and the step says so.
    expect(decision.interpretations.map((i) => i.id)).toEqual(["Q6.liaison-load"]);
    expect(stepWords(decision, "assignment")).toBe("确定联络员4名，每名联系不超过15名；保持原联系0名，调整0名（除一名外每名联系15名，解释六）");
    expect(stepWords(decision, "assignment", "en")).toBe("4 liaisons used, none over 15; 0 current links kept, 0 moved (all but one at 15, Q6)");
    const even = liaisonAssignment(
      { mobileMembers: members, officers: officers(4) },
      { interpretations: { "Q18.liaison-spread": "even-loads" } },
    ).outcome;
    expect(even.liaisons.map((l) => l.members.length)).toEqual([12, 12, 12, 11]);
  });

  it("never names an ordinary member, or an officer who is away, as a liaison", () => {
    const outcome = liaisonAssignment({
      mobileMembers: ["a", "b", "officer-000001"],
      officers: [...officers(2), { id: "clerk", role: "other" }],
    }).outcome;
    expect(outcome.liaisons.map((l) => l.liaison)).toEqual(["officer-000002"]);
  });

  it("keeps the current links that are still valid", () => {
    const outcome = liaisonAssignment({
      mobileMembers: ["a", "b", "c"],
      officers: officers(3),
      currentAssignment: { a: "officer-000002", b: "officer-000002", c: "officer-000002", gone: "officer-000001" },
    }).outcome;
    expect(outcome.liaisons).toEqual([{ liaison: "officer-000002", members: ["a", "b", "c"] }]);
    expect(outcome.moved).toEqual([]);
  });

  it("packs two half-full liaisons into one full one, moving the donor's greatest ids, and evens them out under Q18's alternative", () => {
    const members = ids("m", 16);
    const halves = Object.fromEntries(members.map((m, i) => [m, i < 8 ? "officer-000001" : "officer-000002"]));
    const packed = liaisonAssignment({ mobileMembers: members, officers: officers(2), currentAssignment: halves }).outcome;
    expect(packed.liaisons).toEqual([
      { liaison: "officer-000001", members: [...members.slice(0, 8), ...members.slice(9)] },
      { liaison: "officer-000002", members: [members[8]] },
    ]);
    expect(packed.moved).toEqual(members.slice(9));
    const fullAndOne = Object.fromEntries(members.map((m, i) => [m, i < 15 ? "officer-000001" : "officer-000002"]));
    const even = liaisonAssignment(
      { mobileMembers: members, officers: officers(2), currentAssignment: fullAndOne },
      { interpretations: { "Q18.liaison-spread": "even-loads" } },
    );
    expect(even.outcome.liaisons).toEqual([
      { liaison: "officer-000001", members: members.slice(0, 8) },
      { liaison: "officer-000002", members: members.slice(8) },
    ]);
    expect(even.outcome.moved).toEqual(members.slice(8, 15));
    expect(even.trace.find((step) => step.check === "assignment")?.result).toEqual({ liaisonsUsed: 2, kept: 9, moved: 7, unassigned: 0 });
  });

  it("fills a liaison already in use before naming a new one, the fullest first", () => {
    const members = ids("m", 20);
    // officer-000003 holds 10, officer-000002 holds 3; the 7 newcomers go to the fuller one first.
    const current = Object.fromEntries(members.slice(0, 13).map((m, i) => [m, i < 10 ? "officer-000003" : "officer-000002"]));
    const outcome = liaisonAssignment({ mobileMembers: members, officers: officers(3), currentAssignment: current }).outcome;
    expect(outcome.liaisons.map((l) => [l.liaison, l.members.length])).toEqual([
      ["officer-000002", 5],
      ["officer-000003", 15],
    ]);
    expect(outcome.liaisons[1]?.members).toEqual([...members.slice(0, 10), ...members.slice(13, 18)]);
  });

  const linked = (links: Record<string, readonly string[]>) =>
    Object.fromEntries(Object.entries(links).flatMap(([liaison, list]) => list.map((m) => [m, liaison])));

  it("fills the fullest liaison in use first, the earlier one when equally full", () => {
    // officer-000002's members have the lower ids, so it is the first one met; officer-000003 is fuller.
    const current = linked({ "officer-000002": ["a01", "a02", "a03"], "officer-000003": ids("b", 10) });
    const fuller = liaisonAssignment({ mobileMembers: [...Object.keys(current), ...ids("c", 7)], officers: officers(3), currentAssignment: current }).outcome;
    expect(fuller.liaisons.map((l) => [l.liaison, l.members.length])).toEqual([
      ["officer-000002", 5],
      ["officer-000003", 15],
    ]);
    // Equally full: the earlier liaison first, though officer-000003's members are met first.
    const equal = linked({ "officer-000002": ids("b", 5), "officer-000003": ids("a", 5) });
    const tie = liaisonAssignment({ mobileMembers: [...Object.keys(equal), ...ids("c", 12)], officers: officers(3), currentAssignment: equal }).outcome;
    expect(tie.liaisons.map((l) => [l.liaison, l.members.length])).toEqual([
      ["officer-000002", 15],
      ["officer-000003", 7],
    ]);
  });

  it("packs from the emptiest liaisons in turn, past one that has given all it had", () => {
    const current = linked({ "officer-000001": ids("a", 14), "officer-000002": ["b1"], "officer-000003": ["c1"] });
    const outcome = liaisonAssignment({ mobileMembers: Object.keys(current), officers: officers(3), currentAssignment: current }).outcome;
    expect(outcome.liaisons).toEqual([
      { liaison: "officer-000001", members: [...ids("a", 14), "c1"] },
      { liaison: "officer-000002", members: ["b1"] },
    ]);
    expect(outcome.moved).toEqual(["c1"]);
  });

  it("under even loads, the fullest liaison gives its greatest ids, not the members it took last", () => {
    const current = linked({ "officer-000002": ["m00"], "officer-000001": ids("m2", 10) });
    const members = [...Object.keys(current), ...ids("m0", 5)];
    const decision = liaisonAssignment(
      { mobileMembers: members, officers: officers(2), currentAssignment: current },
      { interpretations: { "Q18.liaison-spread": "even-loads" } },
    );
    const bigger = ids("m2", 10);
    expect(decision.outcome.liaisons).toEqual([
      { liaison: "officer-000001", members: [...ids("m0", 5), ...bigger.slice(0, 3)] },
      { liaison: "officer-000002", members: ["m00", ...bigger.slice(3)] },
    ]);
    expect(decision.outcome.moved).toEqual(bigger.slice(3));
    expect(stepWords(decision, "assignment")).toBe("确定联络员2名，每名联系不超过15名；保持原联系4名，调整7名（均衡分配，解释十八）");
    expect(stepWords(decision, "assignment", "en")).toBe("2 liaisons used, none over 15; 4 current links kept, 7 moved (even loads, Q18)");
    const packed = liaisonAssignment({ mobileMembers: members, officers: officers(2), currentAssignment: current });
    expect(stepWords(packed, "assignment", "en")).toBe("2 liaisons used, none over 15; 11 current links kept, 0 moved (all but one at 15, Q18)");
    expect(stepWords(packed, "assignment")).toBe("确定联络员2名，每名联系不超过15名；保持原联系11名，调整0名（除一名外每名联系15名，解释十八）");
  });

  it("under even loads, the earlier of two equally full liaisons keeps the extra member, whoever was met first", () => {
    // officer-000003's members are met first; after packing both it and officer-000002 hold 15.
    const current = linked({ "officer-000003": ids("a", 15), "officer-000002": ids("b", 14), "officer-000001": ids("c", 5) });
    const outcome = liaisonAssignment(
      { mobileMembers: Object.keys(current), officers: officers(3), currentAssignment: current },
      { interpretations: { "Q18.liaison-spread": "even-loads" } },
    ).outcome;
    expect(outcome.liaisons.map((l) => [l.liaison, l.members.length])).toEqual([
      ["officer-000001", 11],
      ["officer-000002", 12],
      ["officer-000003", 11],
    ]);
  });

  it("says what it read and what it found, and the summary without a shortfall", () => {
    const decision = liaisonAssignment({ mobileMembers: ids("m", 47), officers: [...officers(3), { id: "clerk", role: "other" }] });
    expect(decision.trace.map((s) => [s.check, s.facts, s.result])).toEqual([
      ["eligible-liaisons", { "mobileMembers.length": 47, "officers.length": 4 }, 3],
      ["assignment", { currentLinks: 0 }, { liaisonsUsed: 3, kept: 0, moved: 0, unassigned: 2 }],
      ["shortfall", { eligible: 3, needed: 4 }, 1],
    ]);
    const { outcome } = liaisonAssignment({ mobileMembers: ids("m", 20), officers: officers(2) });
    expect({ zh: summaryOf(outcome), en: summaryOf(outcome, "en") }).toEqual({
      zh: "联络员2名，每名联系流动党员不超过15名",
      en: "2 liaisons, none with more than 15 mobile members",
    });
  });

  it("names a repeated member or officer by its positions, never by its id", () => {
    const messageOf = (branch: LiaisonBranch) => {
      try {
        liaisonAssignment(branch);
      } catch (error) {
        return (error as RuleInputError).issues[0]?.message;
      }
      return undefined;
    };
    expect(messageOf({ mobileMembers: ["a", "a"], officers: [] })).toEqual({
      zh: "编号重复：与 mobileMembers[0] 相同",
      en: "repeated id: the same as mobileMembers[0]",
    });
    expect(messageOf({ mobileMembers: [], officers: [...officers(1), ...officers(1)] })?.zh).toBe("编号重复：与 officers[0].id 相同");
  });

  it("turns an outcome back into current links with assignmentOf", () => {
    const outcome = liaisonAssignment({ mobileMembers: ids("m", 17), officers: officers(2) }).outcome;
    expect(assignmentOf(outcome)).toEqual(Object.fromEntries(ids("m", 17).map((m, i) => [m, i < 15 ? "officer-000001" : "officer-000002"])));
  });

  it("is not fooled by member ids that are names of object properties", () => {
    const outcome = liaisonAssignment({ mobileMembers: ["constructor", "toString"], officers: officers(1), currentAssignment: {} }).outcome;
    expect(outcome.moved).toEqual([]);
    expect(outcome.liaisons[0]?.members).toEqual(["constructor", "toString"]);
  });
});

describe("liaisonAssignment: a secretary or committee member who is away (Q35)", () => {
  const anyOfficer = { interpretations: { "Q35.away-officer-as-liaison": "any-officer" } } as const;

  it("is not named by default, and the decision is marked ambiguous where naming them changes the links", () => {
    const branch: LiaisonBranch = {
      mobileMembers: [...ids("m", 20), "officer-000002"],
      officers: officers(2),
    };
    const decision = liaisonAssignment(branch);
    expect(decision.outcome.liaisons.map((l) => l.liaison)).toEqual(["officer-000001"]);
    expect(decision.outcome.shortfall).toBe(1);
    expect(decision.ambiguities.map((a) => a.interpretation)).toEqual(["Q35.away-officer-as-liaison"]);
    const reason = decision.ambiguities[0]?.reason;
    expect(reason === undefined ? undefined : reasonText(reason)).toBe("支部书记、支部委员中有1名本人也在外出");
    expect(reason === undefined ? undefined : reasonText(reason, "en")).toBe("1 of the secretary and committee members are away themselves");
    expect(stepWords(decision, "eligible-liaisons")).toBe(
      "可任联络员的支部书记、支部委员1名（本人外出的1名不担任，解释三十五）；流动党员21名，每名联络员联系不超过15名，需要联络员2名",
    );
    const namedDecision = liaisonAssignment(branch, anyOfficer);
    const named = namedDecision.outcome;
    expect(stepWords(namedDecision, "eligible-liaisons")).toBe(
      "可任联络员的支部书记、支部委员2名（本人外出的1名也担任，解释三十五）；流动党员21名，每名联络员联系不超过15名，需要联络员2名",
    );
    expect(stepWords(namedDecision, "own-link")).toBe("本人也在外出的联络员，不联系自己：officer-000002由联络员officer-000001联系");
    expect(stepWords(namedDecision, "own-link", "en")).toBe("A liaison who is away themselves is not their own liaison: officer-000002 by officer-000001");
    expect(named.liaisons.map((l) => l.liaison)).toEqual(["officer-000001", "officer-000002"]);
    expect(named.shortfall).toBe(0);
    // Never their own liaison.
    expect(named.liaisons.find((l) => l.liaison === "officer-000002")?.members).not.toContain("officer-000002");
    expect(named.liaisons.flatMap((l) => l.members).sort()).toEqual([...branch.mobileMembers].sort());
  });

  it("one officer, away: under 'any officer' a liaison for the others, but not for themselves", () => {
    const decision = liaisonAssignment({ mobileMembers: ["m1", "officer-000001"], officers: officers(1) }, anyOfficer);
    expect(decision.outcome.liaisons).toEqual([{ liaison: "officer-000001", members: ["m1"] }]);
    expect(decision.outcome.unassigned).toEqual(["officer-000001"]);
    expect(decision.outcome.shortfall).toBe(1);
    expect(stepWords(decision, "own-link")).toBe("本人也在外出的联络员，不联系自己：officer-000001暂无其他联络员");
  });

  it("applies no reading when no officer is away", () => {
    const decision = liaisonAssignment({ mobileMembers: ids("m", 3), officers: officers(1) });
    expect(decision.interpretations.map((i) => i.id)).not.toContain("Q35.away-officer-as-liaison");
  });

  test.prop([
    fc.integer({ min: 0, max: 70 }),
    fc.integer({ min: 1, max: 6 }),
    fc.uniqueArray(fc.nat(5), { maxLength: 6 }),
    fc.constantFrom("at-most-fifteen" as const, "exactly-fifteen" as const),
    fc.constantFrom("stable-packing" as const, "even-loads" as const),
  ])("under 'any officer': each member once, never their own liaison, none over 15", (count, officerCount, awayAt, q6, q18) => {
    const team = officers(officerCount);
    const awayIds = awayAt.filter((i) => i < officerCount).map((i) => team[i]?.id ?? "");
    const branch: LiaisonBranch = { mobileMembers: [...ids("m", count), ...awayIds], officers: team };
    const { outcome } = liaisonAssignment(branch, {
      interpretations: { "Q35.away-officer-as-liaison": "any-officer", "Q6.liaison-load": q6, "Q18.liaison-spread": q18 },
    });
    const linked = outcome.liaisons.flatMap((l) => l.members);
    expect([...linked, ...outcome.unassigned].sort()).toEqual([...branch.mobileMembers].sort());
    for (const { liaison, members } of outcome.liaisons) {
      expect(members).not.toContain(liaison);
      expect(members.length).toBeGreaterThan(0);
      expect(members.length).toBeLessThanOrEqual(MEMBERS_PER_LIAISON);
      expect(team.some((o) => o.id === liaison)).toBe(true);
    }
    if (outcome.unassigned.length > 0) expect(outcome.shortfall).toBeGreaterThan(0);
  });
});

describe("liaisonAssignment: invariants", () => {
  test.prop([branch, readings])("each member once, no liaison over 15, only eligible liaisons, the fewest needed, the right shortfall", (input, interpretations) => {
    const decision = liaisonAssignment(input, { interpretations });
    expectWellFormedDecision(decision, input, { interpretations });
    checkInvariants(input, decision.outcome);
    // The outcome alone, decided without a trace, is the same.
    expect(liaisonAssignment.decideOutcome(input, { interpretations })).toEqual(decision.outcome);
  });

  test.prop([branch, readings])(
    "with no current links: the secretary, then committee members in id order, each take the next 15 members in id order",
    (input, interpretations) => {
      fc.pre(interpretations["Q18.liaison-spread"] === "stable-packing" || interpretations["Q6.liaison-load"] === "exactly-fifteen");
      const members = [...input.mobileMembers].sort(byId);
      const liaisons = input.officers
        .filter((o) => o.role !== "other")
        .sort((a, b) => Number(b.role === "secretary") - Number(a.role === "secretary") || byId(a.id, b.id))
        .map((o) => o.id);
      const expected = liaisons
        .map((liaison, i) => ({ liaison, members: members.slice(i * MEMBERS_PER_LIAISON, (i + 1) * MEMBERS_PER_LIAISON) }))
        .filter((l) => l.members.length > 0);
      const outcome = liaisonAssignment(input, { interpretations }).outcome;
      expect(outcome.liaisons).toEqual(expected);
      expect(outcome.unassigned).toEqual(members.slice(liaisons.length * MEMBERS_PER_LIAISON));
      expect(outcome.moved).toEqual([]);
      const last = expected.at(-1);
      expect(outcome.belowFifteen).toBe(
        interpretations["Q6.liaison-load"] === "exactly-fifteen" && last !== undefined && last.members.length < MEMBERS_PER_LIAISON
          ? last.liaison
          : null,
      );
    },
  );

  test.prop([branch])(
    "under even loads with no current links: loads differ by one at most, the earlier liaisons take the extra members, each keeps its lowest ids",
    (input) => {
      const outcome = liaisonAssignment(input, { interpretations: { "Q18.liaison-spread": "even-loads" } }).outcome;
      const packed = liaisonAssignment(input).outcome;
      expect(outcome.liaisons.map((l) => l.liaison)).toEqual(packed.liaisons.map((l) => l.liaison));
      const total = packed.liaisons.reduce((n, l) => n + l.members.length, 0);
      const count = packed.liaisons.length;
      expect(outcome.liaisons.map((l) => l.members.length)).toEqual(
        packed.liaisons.map((_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0)),
      );
      outcome.liaisons.forEach((l, i) => {
        const own = packed.liaisons[i]?.members ?? [];
        const kept = l.members.filter((m) => own.includes(m));
        expect(kept).toEqual(own.slice(0, kept.length));
      });
      expect(outcome.unassigned).toEqual(packed.unassigned);
    },
  );

  test.prop([branch, readings, fc.integer({ min: 1, max: 3 }), fc.integer(), fc.integer()])(
    "with current links: the moved members are exactly those whose liaison changed, and the steps report the counts",
    (input, interpretations, crowd, seed, dropSeed) => {
      const candidates = shuffled([...input.officers.map((o) => o.id), "stranger"], seed);
      const currentAssignment: Record<string, string> = {};
      shuffled(input.mobileMembers, dropSeed).forEach((member, i) => {
        if (i % 4 !== 3) currentAssignment[member] = candidates[i % Math.min(crowd + 1, candidates.length)] ?? "stranger";
      });
      const decision = liaisonAssignment({ ...input, currentAssignment }, { interpretations });
      const { outcome } = decision;
      const after = new Map(outcome.liaisons.flatMap((l) => l.members.map((m) => [m, l.liaison] as const)));
      const moved = [...input.mobileMembers]
        .sort(byId)
        .filter((m) => currentAssignment[m] !== undefined && after.has(m) && after.get(m) !== currentAssignment[m]);
      expect(outcome.moved).toEqual(moved);
      const assignment = decision.trace.find((step) => step.check === "assignment");
      expect(assignment?.facts).toEqual({ currentLinks: Object.keys(currentAssignment).length });
      const kept = input.mobileMembers.filter((m) => currentAssignment[m] !== undefined && after.get(m) === currentAssignment[m]).length;
      expect(assignment?.result).toEqual({
        liaisonsUsed: outcome.liaisons.length,
        kept,
        moved: moved.length,
        unassigned: outcome.unassigned.length,
      });
      // Never a negative count: links to someone who cannot be a liaison are moved, not kept.
      expect(stepWords(decision, "assignment")).toContain(`保持原联系${kept}名，调整${moved.length}名`);
      expect(stepWords(decision, "assignment", "en")).toContain(`${kept} current links kept, ${moved.length} moved`);
      expect(decision.trace.some((step) => step.check === "shortfall")).toBe(outcome.shortfall > 0);
      expect(decision.trace.some((step) => step.check === "remainder")).toBe(outcome.belowFifteen !== null);
      expect(summaryOf(outcome).includes("还须确定")).toBe(outcome.shortfall > 0);
      checkInvariants(input, outcome);
    },
  );

  test.prop([branch, readings, fc.integer({ min: 1, max: 3 }), fc.integer()])(
    "any current assignment, however wrong, still gives a valid one",
    (input, interpretations, crowd, seed) => {
      const candidates = shuffled([...input.officers.map((o) => o.id), "stranger"], seed);
      const currentAssignment: Record<string, string> = {};
      // Crowd the links onto a few people, so some hold more than 15 and some are not eligible.
      input.mobileMembers.forEach((member, i) => {
        currentAssignment[member] = candidates[i % Math.min(crowd, candidates.length)] ?? "stranger";
      });
      checkInvariants(input, liaisonAssignment({ ...input, currentAssignment }, { interpretations }).outcome);
    },
  );

  test.prop([branch, readings, fc.integer(), fc.integer()])(
    "the order of the input lists does not matter",
    (input, interpretations, seedA, seedB) => {
      const reordered = {
        mobileMembers: shuffled(input.mobileMembers, seedA),
        officers: shuffled(input.officers, seedB),
      };
      // Everything but the input as given, which the decision records in the caller's order.
      const { input: given, ...decision } = liaisonAssignment(reordered, { interpretations });
      const { input: original, ...expected } = liaisonAssignment(input, { interpretations });
      expect(decision).toEqual(expected);
      expect(given).toEqual(reordered);
      expect(original).toEqual(input);
    },
  );

  test.prop([branch, memberId, fc.nat()])(
    "adding or removing one member moves at most one other member",
    (input, newcomer, pick) => {
      fc.pre(!input.mobileMembers.includes(newcomer) && !input.officers.some((o) => o.id === newcomer));
      const before = liaisonAssignment(input).outcome;
      const current = assignmentOf(before);
      const added = liaisonAssignment({ ...input, mobileMembers: [...input.mobileMembers, newcomer], currentAssignment: current });
      expect(added.outcome.moved.length).toBeLessThanOrEqual(1);
      checkInvariants({ ...input, mobileMembers: [...input.mobileMembers, newcomer] }, added.outcome);
      if (input.mobileMembers.length > 0) {
        const leaving = input.mobileMembers[pick % input.mobileMembers.length];
        const remaining = input.mobileMembers.filter((m) => m !== leaving);
        const removed = liaisonAssignment({ ...input, mobileMembers: remaining, currentAssignment: current });
        expect(removed.outcome.moved.length).toBeLessThanOrEqual(1);
        checkInvariants({ ...input, mobileMembers: remaining }, removed.outcome);
      }
    },
  );

  test.prop([branch])("under even loads (Q18), loads differ by at most one", (input) => {
    const outcome = liaisonAssignment(input, { interpretations: { "Q18.liaison-spread": "even-loads" } }).outcome;
    const loads = outcome.liaisons.map((l) => l.members.length);
    if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  test.prop([branch, readings])("determinism and purity: frozen inputs, every time zone alike", (input, interpretations) => {
    const frozen = deepFreeze(snapshot(input));
    const options = deepFreeze({ interpretations: snapshot(interpretations) as InterpretationChoices });
    const results = underEachTimeZone(() => liaisonAssignment(frozen, options));
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it("refuses repeated ids and empty ones", () => {
    expectInputIssue(() => liaisonAssignment({ mobileMembers: ["a", "a"], officers: [] }), ["mobileMembers", 1], "inconsistent");
    expectInputIssue(
      () => liaisonAssignment({ mobileMembers: [], officers: [...officers(1), ...officers(1)] }),
      ["officers", 1, "id"],
      "inconsistent",
    );
    expectInputIssue(() => liaisonAssignment({ mobileMembers: [""], officers: [] }), ["mobileMembers", 0], "invalid-format");
    expectInputIssue(
      () => liaisonAssignment({ mobileMembers: [], officers: [{ id: "x", role: "deputy" as never }] }),
      ["officers", 0, "role"],
      "invalid-value",
    );
  });
});

describe("liaisonAssignment at the scale of an organ Party committee's roster", () => {
  it("assigns 100,000 members across 500 branches, and re-assigns after a change moving at most one member a branch", () => {
    const branches = Array.from({ length: 500 }, (_, b) => ({
      mobileMembers: ids(`b${b}-m`, 200),
      officers: officers(14).map((o) => ({ ...o, id: `b${b}-${o.id}` })),
    }));
    const results = branches.map((b) => liaisonAssignment(b));
    const again = branches.map((b, i) =>
      liaisonAssignment({ ...b, mobileMembers: b.mobileMembers.slice(1), currentAssignment: assignmentOf(results[i]?.outcome ?? ({} as never)) }),
    );
    expect(results.reduce((n, r) => n + r.outcome.liaisons.reduce((m, l) => m + l.members.length, 0), 0)).toBe(100_000);
    expect(again.every((r) => r.outcome.moved.length <= 1)).toBe(true);
    branches.forEach((b, i) => {
      const first = results[i]?.outcome;
      const second = again[i]?.outcome;
      if (first === undefined || second === undefined) throw new Error("a branch without a result");
      checkInvariants(b, first);
      checkInvariants({ ...b, mobileMembers: b.mobileMembers.slice(1) }, second);
    });
  });

  it("assigns one branch of 100,000 members: each exactly once, every liaison but one at 15", () => {
    const input = { mobileMembers: ids("m", 100_000), officers: officers(7000) };
    const outcome = liaisonAssignment(input).outcome;
    expect(outcome.liaisons).toHaveLength(6667);
    checkInvariants(input, outcome);
    const loads = outcome.liaisons.map((l) => l.members.length);
    expect(loads.filter((n) => n === MEMBERS_PER_LIAISON)).toHaveLength(6666);
    expect(loads.filter((n) => n < MEMBERS_PER_LIAISON)).toEqual([100_000 - 6666 * MEMBERS_PER_LIAISON]);
    expect(outcome.unassigned).toEqual([]);
    expect(outcome.shortfall).toBe(0);
  });
});
