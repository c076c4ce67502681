/**
 * Texts and ids as people write them. A reason made only of white space or invisible
 * characters (zero-width space, word joiner, byte-order mark, other format characters) is
 * blank, and a blank reason is refused wherever the text asks for one. A member whose id
 * is also the name of a property of Object.prototype ("__proto__", "constructor") is a
 * member like any other in every rule. Two ids that differ only by Unicode normalization,
 * surrounding white space or an invisible character name one person: they are refused or
 * taken as one, never as two people.
 */
import { describe, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import {
  NonBlankTextSchema,
  assignmentOf,
  documentForAbsence,
  evaluationCohort,
  evaluationGrade,
  liaisonAssignment,
  overridableRuleOptionsSchema,
  resolveReceivingOrg,
  validateInput,
  type LiaisonAssignmentOutcome,
} from "mobile-member-rules";
import { absence, appraisalRecord, destination, memberSituation } from "../support/rule-arbitraries.js";
import {
  PROTOTYPE_NAMES,
  attempt,
  blankText,
  defect,
  expectAnswerOrRefusal,
  idTwins,
  type Called,
} from "../support/hostile.js";

const RUNS = 100;

const show = (text: string) => JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

function expectRefused(called: Called, what: string): void {
  expectAnswerOrRefusal(called, what);
  if (called.kind !== "refused") defect(`${what}: accepted`);
}

describe("a reason made only of white space or invisible characters is blank, and refused", () => {
  test.prop([absence, fc.constantFrom("transfer-letter" as const, "certificate-letter" as const, "activity-card" as const), blankText], { numRuns: RUNS })(
    "documentForAbsence: an override with a blank reason is refused",
    (facts, outcome, reason) => {
      expectRefused(attempt(() => documentForAbsence(facts, { override: { outcome, reason } })), `documentForAbsence: the override reason ${show(reason)} is blank, yet it`);
    },
  );

  test.prop([absence, destination, blankText], { numRuns: RUNS })("resolveReceivingOrg: an override with a blank reason is refused", (facts, place, reason) => {
    const member = { category: "away", retired: false, absence: facts, destination: place, departmentHasMobileMemberOrg: false } as const;
    expectRefused(
      attempt(() => resolveReceivingOrg(member, { override: { outcome: "community-org", reason } })),
      `resolveReceivingOrg: the override reason ${show(reason)} is blank, yet it`,
    );
  });

  // Every category with a destination or a work unit, its "cannot receive" reason made blank.
  const withBlankCannotReceive = fc.tuple(memberSituation, fc.boolean(), blankText).map(([member, unitHasPartyOrg, reason]) => {
    const cannotReceive = { reason };
    if (member.category === "away" || (member.category === "restructured" && member.flow === "concentrated")) {
      return { member: { ...member, destination: { unitHasPartyOrg, cannotReceive } }, reason };
    }
    if (member.category === "demobilized-serviceman" || member.category === "graduate") {
      return { member: { ...member, workUnit: { unitHasPartyOrg, cannotReceive } }, reason };
    }
    return null;
  });

  test.prop([withBlankCannotReceive], { numRuns: RUNS })(
    "resolveReceivingOrg: asserting that the receiver truly cannot receive, with a blank reason, is refused (Q11's default)",
    (drawn) => {
      fc.pre(drawn !== null);
      if (drawn === null) return;
      expectRefused(attempt(() => resolveReceivingOrg(drawn.member)), `resolveReceivingOrg: the "cannot receive" reason ${show(drawn.reason)} is blank, yet it`);
    },
  );

  test.prop([appraisalRecord, fc.nat(11), blankText], { numRuns: RUNS })(
    "evaluationGrade: a month excused by a blank reason is refused",
    (record, month, reason) => {
      const months = record.months.map((m, i) => (i === month ? { ...m, excused: reason } : m));
      expectRefused(attempt(() => evaluationGrade({ ...record, months })), `evaluationGrade: the excuse ${show(reason)} is blank, yet it`);
    },
  );

  test.prop([appraisalRecord, fc.nat(11), blankText], { numRuns: RUNS })(
    "evaluationCohort: a member's month excused by a blank reason is refused",
    (record, month, reason) => {
      const months = record.months.map((m, i) => (i === month ? { ...m, excused: reason } : m));
      const members = [{ id: "m1", record: { ...record, months } }];
      expectRefused(attempt(() => evaluationCohort({ members })), `evaluationCohort: the excuse ${show(reason)} is blank, yet it`);
    },
  );

  test.prop([blankText], { numRuns: RUNS })("NonBlankTextSchema and the override schema refuse a blank text", (reason) => {
    expectRefused(attempt(() => validateInput("caller", NonBlankTextSchema, reason)), `NonBlankTextSchema: ${show(reason)} is blank, yet it`);
    const options = overridableRuleOptionsSchema(z.enum(["a", "b"]));
    expectRefused(
      attempt(() => validateInput("caller", options, { override: { outcome: "a", reason } })),
      `overridableRuleOptionsSchema: the reason ${show(reason)} is blank, yet it`,
    );
  });

  it.each([["\u200B"], ["\u2060"], ["\uFEFF"], ["\u200B \u2060"], ["\u00AD"]])("the reason %j is blank everywhere", (reason) => {
    const facts = { departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true } as const;
    expectRefused(attempt(() => documentForAbsence(facts, { override: { outcome: "activity-card", reason } })), `documentForAbsence: override reason ${show(reason)}`);
    const member = {
      category: "away",
      retired: false,
      absence: facts,
      destination: { unitHasPartyOrg: true, cannotReceive: { reason } },
      departmentHasMobileMemberOrg: false,
    } as const;
    expectRefused(attempt(() => resolveReceivingOrg(member)), `resolveReceivingOrg: "cannot receive" reason ${show(reason)}`);
  });
});

const officers = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `o${i}`, role: i === 0 ? ("secretary" as const) : ("committee-member" as const) }));

/** A branch whose members include ids named like Object.prototype's properties. */
const branchWithPrototypeNames = fc
  .record({
    names: fc.uniqueArray(fc.constantFrom(...PROTOTYPE_NAMES), { minLength: 1 }),
    plain: fc.integer({ min: 0, max: 30 }),
    officerCount: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ names, plain, officerCount }) => ({
    mobileMembers: [...names, ...Array.from({ length: plain }, (_, i) => `m${String(i).padStart(3, "0")}`)],
    officers: officers(officerCount),
  }));

function listed(outcome: LiaisonAssignmentOutcome): string[] {
  return [...outcome.liaisons.flatMap((l) => l.members), ...outcome.unassigned];
}

describe('a member whose id is "__proto__" or "constructor" is a member like any other', () => {
  test.prop([branchWithPrototypeNames], { numRuns: RUNS })("liaisonAssignment: every member is listed exactly once", (branch) => {
    const outcome = liaisonAssignment(branch).outcome;
    const seen = listed(outcome).sort();
    const expected = [...branch.mobileMembers].sort();
    if (JSON.stringify(seen) !== JSON.stringify(expected)) {
      defect(`liaisonAssignment: members listed ${JSON.stringify(seen)} are not the branch's ${JSON.stringify(expected)}`);
    }
  });

  test.prop([branchWithPrototypeNames], { numRuns: RUNS })(
    "assignmentOf: every link survives the round trip, and passed back as currentAssignment moves nobody",
    (branch) => {
      const first = liaisonAssignment(branch).outcome;
      const links = assignmentOf(first);
      for (const { liaison, members } of first.liaisons) {
        for (const member of members) {
          if (!Object.hasOwn(links, member) || links[member] !== liaison) {
            defect(`assignmentOf: the link of member ${JSON.stringify(member)} to ${liaison} was lost (it is not an own key of the result)`);
          }
        }
      }
      const again = liaisonAssignment({ ...branch, currentAssignment: links }).outcome;
      if (again.moved.length > 0) defect(`liaisonAssignment: passing back assignmentOf's links moved ${JSON.stringify(again.moved)}`);
      if (JSON.stringify(again.liaisons) !== JSON.stringify(first.liaisons)) defect("liaisonAssignment: passing back assignmentOf's links changed the liaisons");
    },
  );

  it.each(PROTOTYPE_NAMES.map((name) => [name]))("liaisonAssignment: the current link of member %s is kept", (name) => {
    // Parsed from JSON, as records arrive: the key is an own property even when it is "__proto__".
    const branch = JSON.parse(
      `{"mobileMembers":[${JSON.stringify(name)}],"officers":[{"id":"s","role":"secretary"},{"id":"t","role":"committee-member"}],"currentAssignment":{${JSON.stringify(name)}:"t"}}`,
    ) as Parameters<typeof liaisonAssignment>[0];
    const outcome = liaisonAssignment(branch).outcome;
    const linked = outcome.liaisons.find((l) => l.members.includes(name))?.liaison;
    if (linked !== "t") defect(`liaisonAssignment: the current link of member ${name} to t was dropped (now ${String(linked)})`);
  });

  test.prop([fc.uniqueArray(fc.constantFrom(...PROTOTYPE_NAMES, "m1", "m2"), { minLength: 1, maxLength: 4 }), appraisalRecord], { numRuns: 30 })(
    "evaluationCohort: every member gets a result under their own id",
    (ids, record) => {
      const outcome = evaluationCohort({ members: ids.map((id) => ({ id, record })) }).outcome;
      const results = outcome.results.map((r) => r.id).sort();
      if (JSON.stringify(results) !== JSON.stringify([...ids].sort())) defect(`evaluationCohort: results ${JSON.stringify(results)} for members ${JSON.stringify(ids)}`);
    },
  );
});

const twinNote = (kind: string, a: string, b: string) => `${show(a)} and ${show(b)} (${kind})`;

describe("two ids for one person are refused or taken as one, never as two people", () => {
  test.prop([idTwins], { numRuns: RUNS })("liaisonAssignment: a member listed under both ids", ([a, b, kind]) => {
    const called = attempt(() => liaisonAssignment({ mobileMembers: [a, b], officers: officers(2) }));
    expectAnswerOrRefusal(called, "liaisonAssignment");
    if (called.kind === "returned" && listed((called.value as { outcome: LiaisonAssignmentOutcome }).outcome).length !== 1) {
      defect(`liaisonAssignment: ${twinNote(kind, a, b)} name one member, but were linked as two`);
    }
  });

  test.prop([idTwins], { numRuns: RUNS })("liaisonAssignment: an officer listed under both ids", ([a, b, kind]) => {
    const members = Array.from({ length: 16 }, (_, i) => `m${String(i).padStart(2, "0")}`);
    const called = attempt(() =>
      liaisonAssignment({ mobileMembers: members, officers: [{ id: a, role: "secretary" }, { id: b, role: "committee-member" }] }),
    );
    expectAnswerOrRefusal(called, "liaisonAssignment");
    if (called.kind === "returned") {
      const used = (called.value as { outcome: LiaisonAssignmentOutcome }).outcome.liaisons.map((l) => l.liaison);
      if (used.includes(a) && used.includes(b)) defect(`liaisonAssignment: ${twinNote(kind, a, b)} name one officer, but were used as two liaisons`);
    }
  });

  test.prop([idTwins], { numRuns: RUNS })("liaisonAssignment: an officer who is also a mobile member under the other id is not a liaison", ([a, b, kind]) => {
    const called = attempt(() =>
      liaisonAssignment({ mobileMembers: [b, "m1"], officers: [{ id: a, role: "secretary" }, { id: "c", role: "committee-member" }] }),
    );
    expectAnswerOrRefusal(called, "liaisonAssignment");
    if (called.kind === "returned") {
      const used = (called.value as { outcome: LiaisonAssignmentOutcome }).outcome.liaisons.map((l) => l.liaison);
      if (used.includes(a)) defect(`liaisonAssignment: officer ${twinNote(kind, a, b)} is away as a mobile member, yet was named a liaison`);
    }
  });

  test.prop([idTwins, fc.boolean()], { numRuns: RUNS })(
    "liaisonAssignment: a current link written under the other id of the member or of the liaison is kept or refused",
    ([a, b, kind], twinIsLiaison) => {
      const branch = twinIsLiaison
        ? { mobileMembers: ["m1"], officers: [{ id: "s", role: "secretary" as const }, { id: a, role: "committee-member" as const }], currentAssignment: { m1: b } }
        : { mobileMembers: [a], officers: [{ id: "s", role: "secretary" as const }, { id: "t", role: "committee-member" as const }], currentAssignment: { [b]: "t" } };
      const called = attempt(() => liaisonAssignment(branch));
      expectAnswerOrRefusal(called, "liaisonAssignment");
      if (called.kind === "returned") {
        const outcome = (called.value as { outcome: LiaisonAssignmentOutcome }).outcome;
        const member = twinIsLiaison ? "m1" : a;
        const linked = outcome.liaisons.find((l) => l.members.includes(member))?.liaison;
        const expected = twinIsLiaison ? a : "t";
        if (linked !== expected) {
          defect(`liaisonAssignment: the current link under ${twinNote(kind, a, b)} was taken for another person's and dropped`);
        }
      }
    },
  );

  test.prop([idTwins, appraisalRecord], { numRuns: 30 })("evaluationCohort: a member listed under both ids", ([a, b, kind], record) => {
    const called = attempt(() => evaluationCohort({ members: [{ id: a, record }, { id: b, record }] }));
    expectAnswerOrRefusal(called, "evaluationCohort");
    if (called.kind === "returned" && (called.value as { outcome: { results: unknown[] } }).outcome.results.length !== 1) {
      defect(`evaluationCohort: ${twinNote(kind, a, b)} name one member, but were appraised as two`);
    }
  });
});
