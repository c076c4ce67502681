/** Generators of member records and rosters, shared by the roster's tests. */
import fc from "fast-check";
import { toDayNumber, type InterpretationChoices } from "mobile-member-rules";
import type { MemberResult } from "../../src/roster/analyze.js";
import {
  absence,
  appraisalRecord,
  interpretationChoices,
  managementFacts,
  memberId,
  memberSituation,
  plusDays,
  scheduleFacts,
} from "./rule-arbitraries.js";

/** A member's record: an absence with, now and then, its schedule; any other blocks. */
export function memberRecord(id: string) {
  return fc
    .record(
      {
        branch: fc.constantFrom("第一支部", "第二支部", "__proto__", "第三支部"),
        away: fc.option(fc.tuple(absence, fc.option(scheduleFacts, { nil: undefined })), { nil: undefined }),
        management: managementFacts,
        situation: memberSituation,
        appraisal: appraisalRecord,
        committee: fc.constantFrom("区直机关工委", "自治区教育工委"),
        role: fc.constantFrom("secretary", "committee-member"),
        liaison: fc.constantFrom("书记甲", "委员乙", "m0"),
        documentIssuedOn: fc.option(fc.constantFrom("2024-01-10", "2024-07-01"), { nil: null }),
      },
      { requiredKeys: ["branch"] },
    )
    .map(({ branch, away, management, situation, appraisal, committee, role, liaison, documentIssuedOn }) => {
      const record: Record<string, unknown> = { id, branch };
      if (committee !== undefined) record.committee = committee;
      if (role !== undefined) record.role = role;
      if (liaison !== undefined) record.liaison = liaison;
      if (documentIssuedOn !== undefined) record.documentIssuedOn = documentIssuedOn;
      if (away !== undefined) {
        const [facts, schedule] = away;
        if (schedule === undefined) {
          record.absence = facts;
        } else {
          // The schedule's departure is the absence's: the absence is moved to it.
          const { departure, document: _document, ...rest } = schedule;
          const shift = toDayNumber(departure) - toDayNumber(facts.departure);
          const back = facts.expectedReturn;
          record.absence = {
            ...facts,
            departure,
            expectedReturn: back === null || back === "open-ended" ? back : plusDays(back, shift),
          };
          record.schedule = rest;
        }
      }
      if (management !== undefined) record.management = management;
      if (situation !== undefined) record.situation = situation;
      if (appraisal !== undefined) record.appraisal = appraisal;
      return record;
    });
}

/** A roster of members with distinct ids. */
export const roster: fc.Arbitrary<Record<string, unknown>[]> = fc
  .uniqueArray(memberId, { maxLength: 8 })
  .chain((ids) => (ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(memberRecord))));

/**
 * Mostly the defaults, sometimes any readings but Q9's caller standard (a roster takes no
 * grading standard yet, and refuses that reading up front).
 */
export const readings: fc.Arbitrary<InterpretationChoices | undefined> = fc.option(
  interpretationChoices.map(({ "Q9.grading-standard": q9, ...rest }) =>
    (q9 === "caller-standard" ? rest : { ...rest, "Q9.grading-standard": q9 }) as InterpretationChoices,
  ),
  { nil: undefined, freq: 2 },
);

/** Every member result of an analysis, in the order given. */
export async function collect(analysis: { members: AsyncIterable<MemberResult> }): Promise<MemberResult[]> {
  const results: MemberResult[] = [];
  for await (const member of analysis.members) results.push(member);
  return results;
}

/** The items, one a microtask: an async roster. */
export async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

/** A value that a refused record holds and its result must never repeat. */
export const SECRET = "S3CR3T";

/** Records refused for what they hold, each holding the secret somewhere. */
export const badRecord: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  SECRET,
  12345,
  null,
  [SECRET],
  { id: ` ${SECRET}`, branch: "第一支部" },
  { id: "x", branch: " \u200b " , note: SECRET },
  { id: "x", branch: "第一支部", [SECRET]: SECRET },
  { id: "x", branch: "第一支部", absence: { departure: `${SECRET}-01-01`, expectedReturn: null, placeFixed: false } },
  { id: "x", branch: "第一支部", absence: { departure: "2024-01-01", expectedReturn: SECRET, placeFixed: true } },
  { id: "x", branch: "第一支部", management: { employment: SECRET } },
  Object.defineProperty({ id: "x", branch: "第一支部" }, "absence", { get: () => SECRET, enumerable: true }),
  {
    id: "x",
    branch: "第一支部",
    schedule: { backOn: null, departmentConcentrated: false, period: { from: "2024-01-01", before: "2025-01-01" }, asOf: "2024-06-01", done: [] },
  },
  {
    id: "x",
    branch: "第一支部",
    absence: { departure: "2024-03-01", expectedReturn: "2024-12-01", placeFixed: true },
    schedule: { backOn: "2023-01-01", departmentConcentrated: false, period: { from: "2024-01-01", before: "2025-01-01" }, asOf: "2024-06-01", done: [] },
  },
);
