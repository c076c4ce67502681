import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  documentForAbsence,
  evaluationGrade,
  isRuleInputError,
  managementMode,
  reportingSchedule,
  resolveReceivingOrg,
  type AppraisalMonth,
  type AppraisalRecord,
  type InterpretationChoices,
} from "mobile-member-rules";
import { analyzeRoster, type MemberResult } from "../../src/roster/analyze.js";
import { mergeWorklists, type Worklist } from "../../src/roster/worklist.js";
import { IMPACT_EXAMPLES, mergeImpactReports } from "../../src/roster/impact.js";
import { INTERPRETATIONS, INTERPRETATION_IDS } from "../../src/interpretations/registry.js";
import { alternativeInForce } from "../../src/interpretations/options.js";
import { MemberRecordSchema } from "../../src/roster/member-record.js";
import { YEAR_2024, readBy } from "../support/rule-arbitraries.js";
import { SECRET, badRecord, collect, readings, roster, slowly } from "../support/roster-arbitraries.js";

const AS_OF = "2024-06-30";

/** A record of 2024's appraisal: every month kept, but for what `month` changes, nothing excused. */
function appraisal2024(month: (index: number) => Partial<AppraisalMonth>, record: Partial<AppraisalRecord> = {}): AppraisalRecord {
  return {
    probationary: false,
    departure: "2023-06-01",
    period: { from: "2024-01-01", to: "2024-12-31" },
    months: YEAR_2024.map((name, i) => ({
      month: name,
      organizationalLife: true,
      duesPaid: true,
      assignedWork: true,
      contact: { inflow: true, outflow: true },
      excused: null,
      ...month(i),
    })),
    reports: ["2024-03-01", "2024-09-01"],
    activityCard: "verified",
    violation: "none",
    outstandingContribution: false,
    transferNotArranged: null,
    outOfContactEducation: "not-yet-educated",
    correction: "not-yet-required",
    ...record,
  };
}

/** What the single rules say of a record: its outcomes, or that one of them refuses it. */
function singleRules(record: Record<string, any>, choices: InterpretationChoices | undefined) {
  const options = (rule: { reads: readonly string[] }) => {
    const own = readBy(rule, choices ?? {});
    return Object.keys(own).length === 0 ? undefined : { interpretations: own };
  };
  try {
    const outcomes: Record<string, unknown> = {};
    if (record.absence !== undefined) outcomes.documentForAbsence = documentForAbsence(record.absence, options(documentForAbsence)).outcome;
    if (record.management !== undefined) outcomes.managementMode = managementMode(record.management, options(managementMode)).outcome;
    if (record.situation !== undefined) outcomes.resolveReceivingOrg = resolveReceivingOrg(record.situation, options(resolveReceivingOrg)).outcome;
    if (record.appraisal !== undefined) outcomes.evaluationGrade = evaluationGrade(record.appraisal, options(evaluationGrade)).outcome;
    if (record.schedule !== undefined) {
      const document = (outcomes.documentForAbsence as { document: string }).document;
      outcomes.reportingSchedule = reportingSchedule(
        { ...record.schedule, departure: record.absence.departure, document },
        options(reportingSchedule),
      ).outcome;
    }
    return { refused: false as const, outcomes };
  } catch (error) {
    if (!isRuleInputError(error)) throw error;
    return { refused: true as const };
  }
}

describe("analyzeRoster: the population", () => {
  test.prop([roster, readings], { numRuns: 40 })(
    "the roster's answer for a member is the single rules' answer for that member",
    async (members, choices) => {
      const results = await collect(analyzeRoster(members, { asOf: AS_OF, interpretations: choices }));
      expect(results).toHaveLength(members.length);
      results.forEach((result, position) => {
        const record = members[position] as Record<string, any>;
        const expected = singleRules(record, choices);
        expect(result.position).toBe(position);
        if (expected.refused) {
          expect(result.valid).toBe(false);
        } else {
          expect(result).toEqual({ valid: true, position, id: record.id, branch: record.branch, outcomes: expected.outcomes });
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        }
      });
    },
  );

  test.prop([roster], { numRuns: 30 })("under the default readings, every record of the generators is decided", async (members) => {
    const results = await collect(analyzeRoster(members, { asOf: AS_OF }));
    expect(results.every((result) => result.valid)).toBe(true);
  });

  const shuffled = roster.chain((members) =>
    fc.tuple(fc.constant(members), fc.shuffledSubarray(members.map((_, i) => i), { minLength: members.length, maxLength: members.length })),
  );

  test.prop([shuffled, readings], { numRuns: 30 })(
    "permuting the roster permutes nothing in the answers",
    async ([members, order], choices) => {
      const permuted = order.map((i) => members[i]);
      const whole = analyzeRoster(members, { asOf: AS_OF, interpretations: choices });
      const shuffled = analyzeRoster(slowly(permuted), { asOf: AS_OF, interpretations: choices });
      const [a, b] = [await collect(whole), await collect(shuffled)];
      order.forEach((from, to) => expect(b[to]).toEqual({ ...a[from], position: to }));
      expect(await shuffled.worklist()).toEqual(await whole.worklist());
    },
  );

  test.prop([roster, fc.nat(), readings, fc.constantFrom("2024-01-15", AS_OF, "2025-03-01"), fc.boolean()], { numRuns: 30 })(
    "splitting a roster in two and merging the worklists gives the whole roster's worklist",
    async (members, cut, choices, asOf, ambiguities) => {
      const at = members.length === 0 ? 0 : cut % (members.length + 1);
      const options = { asOf, interpretations: choices, ambiguities };
      const whole = await analyzeRoster(members, options).worklist();
      const first = await analyzeRoster(members.slice(0, at), options).worklist();
      const second = await analyzeRoster(slowly(members.slice(at)), options).worklist();
      expect(mergeWorklists(first, second)).toEqual(whole);
      expect(mergeWorklists(second, first)).toEqual(whole);
    },
  );
});

describe("analyzeRoster: interpretation impact", () => {
  /** Every other reading a roster can be analyzed under: all but Q9's caller standard, which needs a grading standard. */
  const otherReadings = (choices: InterpretationChoices | undefined) =>
    INTERPRETATION_IDS.flatMap((id) =>
      Object.keys(INTERPRETATIONS[id].alternatives)
        .filter((alternative) => alternative !== alternativeInForce(choices, id) && !(id === "Q9.grading-standard" && alternative === "caller-standard"))
        .map((alternative) => ({ id, alternative })),
    );

  test.prop([roster, readings], { numRuns: 25 })(
    "the impact report's counts equal a naive re-run of every member under every reading",
    async (members, choices) => {
      const analysis = analyzeRoster(members, { asOf: AS_OF, interpretations: choices, impact: true });
      const results = await collect(analysis);
      const report = await analysis.impact();
      const plain = await collect(analyzeRoster(members, { asOf: AS_OF, interpretations: choices }));
      // The impact pass decides the same outcomes as the plain one.
      expect(results.map((r) => (r.valid ? { ...r, impact: undefined } : r))).toEqual(plain.map((r) => (r.valid ? { ...r, impact: undefined } : r)));
      for (const { id, alternative } of otherReadings(choices)) {
        const again = await collect(analyzeRoster(members, { asOf: AS_OF, interpretations: { ...choices, [id]: alternative } as InterpretationChoices }));
        let changed = 0;
        let refused = 0;
        plain.forEach((before, position) => {
          const after = again[position] as MemberResult;
          const flip = results[position]?.valid === true ? results[position].impact?.flips.find((f) => f.interpretation === id && f.alternative === alternative) : undefined;
          if (!before.valid) return;
          if (!after.valid) {
            refused += 1;
            expect(flip?.refused, `${id} ${alternative} at ${position}`).toBe(true);
          } else if (JSON.stringify(after.outcomes) !== JSON.stringify(before.outcomes)) {
            changed += 1;
            expect(flip?.refused, `${id} ${alternative} at ${position}`).toBe(false);
            for (const side of flip?.changed ?? []) {
              expect(side.inForce).toEqual(before.outcomes[side.rule]);
              expect(side.alternative).toEqual(after.outcomes[side.rule]);
            }
            expect(flip?.changed.map((side) => side.rule).sort()).toEqual(
              Object.keys(after.outcomes).filter((rule) => JSON.stringify(after.outcomes[rule as keyof typeof after.outcomes]) !== JSON.stringify(before.outcomes[rule as keyof typeof before.outcomes])).sort(),
            );
          } else {
            expect(flip, `${id} ${alternative} at ${position}`).toBeUndefined();
          }
        });
        const line = report.readings.find((r) => r.interpretation === id && r.alternative === alternative);
        expect({ changed: line?.changed ?? 0, refused: line?.refused ?? 0 }, `${id} ${alternative}`).toEqual({ changed, refused });
        if (line !== undefined) {
          expect(line.read).toBeGreaterThanOrEqual(line.changed + line.refused);
          expect(line.branches.reduce((sum, b) => sum + b.changed, 0)).toBe(line.changed);
          expect(line.examples.length).toBe(Math.min(line.changed + line.refused, IMPACT_EXAMPLES));
        }
      }
      expect(report.members).toBe(plain.filter((r) => r.valid).length);
    },
  );

  test.prop([roster, fc.nat(), readings], { numRuns: 20 })(
    "splitting a roster in two and merging the impact reports gives the whole roster's; permuting it changes nothing",
    async (members, cut, choices) => {
      const at = members.length === 0 ? 0 : cut % (members.length + 1);
      const options = { asOf: AS_OF, interpretations: choices, impact: true };
      const whole = await analyzeRoster(members, options).impact();
      const first = await analyzeRoster(members.slice(0, at), options).impact();
      const second = await analyzeRoster(members.slice(at), options).impact();
      expect(mergeImpactReports(first, second)).toEqual(whole);
      expect(await analyzeRoster([...members].reverse(), options).impact()).toEqual(whole);
    },
  );

  it("merges worklists and impact reports as stored, and refuses what is not one, naming where", async () => {
    const records = [
      { id: "甲", branch: "第一支部", absence: { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true } },
      { id: "乙", branch: "第二支部", absence: { departure: "2024-06-20", expectedReturn: null, placeFixed: false } },
    ];
    const options = { asOf: AS_OF, impact: true };
    const [a, b] = [analyzeRoster(records.slice(0, 1), options), analyzeRoster(records.slice(1), options)];
    const whole = analyzeRoster(records, options);
    const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as never;
    expect(mergeWorklists(stored(await a.worklist()), stored(await b.worklist()))).toEqual(await whole.worklist());
    expect(mergeImpactReports(stored(await a.impact()), stored(await b.impact()))).toEqual(await whole.impact());
    const edited = stored(await a.worklist()) as { documents: { document: string }[] };
    edited.documents[0] = { ...edited.documents[0], document: "passport" } as never;
    const [otherWorklist, otherReport] = [stored(await b.worklist()), stored(await b.impact())];
    expect(() => mergeWorklists(edited as never, otherWorklist)).toThrow(expect.objectContaining({ name: "RuleInputError" }));
    expect(() => mergeImpactReports({ asOf: AS_OF } as never, otherReport)).toThrow(expect.objectContaining({ name: "RuleInputError" }));
  });

  it("refuses, with the typed error, a roster that throws when asked how to iterate it", () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error("hostile");
      },
    });
    expect(() => analyzeRoster(hostile, { asOf: AS_OF })).toThrow(expect.objectContaining({ name: "RuleInputError" }));
  });

  it("refuses the impact report of an analysis not asked for it", async () => {
    await expect(analyzeRoster([], { asOf: AS_OF }).impact()).rejects.toMatchObject({ name: "RuleInputError" });
  });

  it("shows, for an absence of exactly six months, what Q1's other reading gives", async () => {
    const analysis = analyzeRoster(
      [{ id: "甲", branch: "第一支部", absence: { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true } }],
      { asOf: AS_OF, impact: true },
    );
    const report = await analysis.impact();
    const q1 = report.readings.find((r) => r.interpretation === "Q1.six-month-boundary");
    expect(q1).toMatchObject({ read: 1, changed: 1, refused: 0, branches: [{ branch: "第一支部", read: 1, changed: 1, refused: 0 }] });
    expect(q1?.examples[0]?.changed).toEqual([
      { rule: "documentForAbsence", inForce: expect.objectContaining({ document: "transfer-letter" }), alternative: expect.objectContaining({ document: "certificate-letter" }) },
    ]);
  });
});

describe("analyzeRoster: decisions marked ambiguous", () => {
  test.prop([roster, readings], { numRuns: 30 })(
    "asked for, they are the full decisions marked ambiguous, and the outcomes and the rest of the worklist are the same",
    async (members, choices) => {
      const plain = analyzeRoster(members, { asOf: AS_OF, interpretations: choices });
      const full = analyzeRoster(members, { asOf: AS_OF, interpretations: choices, ambiguities: true });
      expect(await collect(full)).toEqual(await collect(plain));
      const [withAmbiguities, without] = [await full.worklist(), await plain.worklist()];
      expect({
        ...withAmbiguities,
        ambiguous: [],
        branches: withAmbiguities.branches.map((b) => ({ ...b, ambiguous: 0 })),
        committees: withAmbiguities.committees.map((c) => ({ ...c, ambiguous: 0 })),
      }).toEqual(without);
      const expected = members.flatMap((record: Record<string, any>) => {
        const options = (rule: { reads: readonly string[] }) => {
          const own = readBy(rule, choices ?? {});
          return Object.keys(own).length === 0 ? undefined : { interpretations: own };
        };
        if (singleRules(record, choices).refused) return [];
        const away = record.absence === undefined ? undefined : documentForAbsence(record.absence, options(documentForAbsence));
        const decisions = [
          away,
          record.management === undefined ? undefined : managementMode(record.management, options(managementMode)),
          record.situation === undefined ? undefined : resolveReceivingOrg(record.situation, options(resolveReceivingOrg)),
          record.appraisal === undefined ? undefined : evaluationGrade(record.appraisal, options(evaluationGrade)),
          record.schedule === undefined || away === undefined
            ? undefined
            : reportingSchedule(
                { ...record.schedule, departure: record.absence.departure, document: away.outcome.document },
                options(reportingSchedule),
              ),
        ];
        return decisions
          .filter((decision) => decision?.ambiguous === true)
          .map((decision) => `${record.id} ${decision?.rule} ${decision?.ambiguities.map((a) => a.interpretation).join()}`);
      });
      const listed = withAmbiguities.ambiguous.map((item) => (item.kind === "ambiguous" ? `${item.memberId} ${item.rule} ${item.interpretations.join()}` : ""));
      expect(listed.sort()).toEqual(expected.sort());
    },
  );

  it("lists an absence of exactly six months, which Q1 decides", async () => {
    const worklist = await analyzeRoster(
      [{ id: "丁", branch: "第一支部", absence: { departure: "2024-01-15", expectedReturn: "2024-07-15", placeFixed: true } }],
      { asOf: AS_OF, ambiguities: true },
    ).worklist();
    expect(worklist.ambiguous).toEqual([
      {
        kind: "ambiguous",
        memberId: "丁",
        branch: "第一支部",
        clause: "2.1.1",
        due: null,
        rule: "documentForAbsence",
        interpretations: ["Q1.six-month-boundary"],
      },
    ]);
  });
});

describe("analyzeRoster: bad records", () => {
  test.prop([roster, fc.array(fc.tuple(fc.nat(), badRecord), { minLength: 1, maxLength: 3 })], { numRuns: 40 })(
    "a bad record is reported by its position, never stops the others, and never repeats what it holds",
    async (members, bad) => {
      const mixed: unknown[] = [...members];
      for (const [at, record] of bad) mixed.splice(at % (mixed.length + 1), 0, record);
      const badPositions = new Set(mixed.map((record, i) => (members.includes(record as never) ? -1 : i)).filter((i) => i >= 0));
      const clean = await collect(analyzeRoster(members, { asOf: AS_OF }));
      const results = await collect(analyzeRoster(mixed, { asOf: AS_OF }));
      expect(results).toHaveLength(mixed.length);
      let next = 0;
      results.forEach((result, position) => {
        if (badPositions.has(position)) {
          expect(result.valid).toBe(false);
          if (result.valid) return;
          expect(result.issues.length).toBeGreaterThan(0);
          expect(JSON.stringify(result)).not.toContain(SECRET);
          for (const issue of result.issues) expect(Object.keys(issue).sort()).toEqual(["code", "path"]);
        } else {
          expect(result).toEqual({ ...clean[next], position });
          next += 1;
        }
      });
    },
  );

  it("reports where a bad record is wrong, within the block its rule reads", async () => {
    const [missingAbsence, earlyReturn] = await collect(
      analyzeRoster(
        [
          {
            id: "a",
            branch: "第一支部",
            schedule: { backOn: null, departmentConcentrated: false, period: { from: "2024-01-01", before: "2025-01-01" }, asOf: "2024-06-01", done: [] },
          },
          {
            id: "b",
            branch: "第一支部",
            absence: { departure: "2024-03-01", expectedReturn: "2024-12-01", placeFixed: true },
            schedule: { backOn: "2023-01-01", departmentConcentrated: false, period: { from: "2024-01-01", before: "2025-01-01" }, asOf: "2024-06-01", done: [] },
          },
        ],
        { asOf: AS_OF },
      ),
    );
    expect(missingAbsence).toEqual({ valid: false, position: 0, issues: [{ path: ["absence"], code: "missing" }] });
    expect(earlyReturn).toEqual({ valid: false, position: 1, issues: [{ path: ["schedule", "backOn"], code: "inconsistent" }] });
  });

  it("reports a record the chosen readings need more facts of, at the fact", async () => {
    const [result] = await collect(
      analyzeRoster([{ id: "a", branch: "第一支部", absence: { departure: "2024-03-01", expectedReturn: null, placeFixed: false } }], {
        asOf: AS_OF,
        interpretations: { "Q23.place-not-fixed-is-uncertain": "known-not-fixed-is-distinct" } as InterpretationChoices,
      }),
    );
    expect(result?.valid).toBe(false);
    if (result?.valid === false) expect(result.issues[0]?.path.slice(0, 2)).toEqual(["absence", "placeKnown"]);
  });
});

describe("analyzeRoster: the worklist of a day", () => {
  const member = {
    id: "甲",
    branch: "第一支部",
    absence: { departure: "2024-03-01", expectedReturn: "2024-12-01", placeFixed: true },
    schedule: { backOn: null, departmentConcentrated: false, period: { from: "2024-03-01", before: "2025-03-01" }, asOf: AS_OF, done: [] },
  };

  it("lists the document to issue, and the obligations overdue and due within 30 days, each with its clause and due date", async () => {
    const worklist = await analyzeRoster([member], { asOf: AS_OF }).worklist();
    expect(worklist.documents).toEqual([
      { kind: "document", memberId: "甲", branch: "第一支部", clause: "2.1.1", due: "2024-03-01", document: "transfer-letter" },
    ]);
    const schedule = reportingSchedule({ ...member.schedule, departure: member.absence.departure, document: "transfer-letter" }).outcome;
    const horizon = "2024-07-30";
    const open = schedule.obligations.filter((o) => o.metOn === null && o.due <= horizon);
    expect(worklist.overdue.map((item) => item.due)).toEqual(open.filter((o) => o.due < AS_OF).map((o) => o.due).sort());
    expect(worklist.dueSoon.map((item) => item.due)).toEqual(open.filter((o) => o.due >= AS_OF).map((o) => o.due).sort());
    for (const item of [...worklist.overdue, ...worklist.dueSoon]) {
      expect(item.kind).toBe("obligation");
      expect(item.clause).toMatch(/^\d/);
    }
    expect(worklist.branches).toEqual([
      {
        branch: "第一支部",
        committees: [],
        members: 1,
        documents: 1,
        dueSoon: worklist.dueSoon.length,
        overdue: worklist.overdue.length,
        lapseCandidates: 0,
        // Away on the day, with no liaison on record and no officer to name: the branch lacks one.
        withoutLiaison: 1,
        liaisonShortfall: 1,
        ambiguous: 0,
      },
    ]);
    expect(worklist.withoutLiaison).toEqual([{ kind: "liaison", memberId: "甲", branch: "第一支部", clause: "3.2.1", due: null, proposed: null }]);
  });

  it("lists a document only until it is issued, and only from 30 days before the departure", async () => {
    const issued = { ...member, documentIssuedOn: "2024-02-20" };
    const later = { ...member, id: "乙", absence: { ...member.absence, departure: "2024-08-01", expectedReturn: "2025-06-01" }, schedule: undefined };
    const soon = { ...later, id: "丙", absence: { ...later.absence, departure: "2024-07-30" } };
    const worklist = await analyzeRoster([issued, later, soon], { asOf: AS_OF }).worklist();
    expect(worklist.documents.map((item) => item.memberId)).toEqual(["丙"]);
  });

  it("names a liaison for each member away without one, from the branch's officers, and counts the shortfall", async () => {
    const away = (id: string, liaison?: string) => ({
      id,
      branch: "第一支部",
      committee: "区直机关工委",
      absence: { departure: "2024-03-01", expectedReturn: "2024-12-01", placeFixed: true },
      ...(liaison === undefined ? {} : { liaison }),
    });
    const members = Array.from({ length: 31 }, (_, i) => away(`m${String(i).padStart(2, "0")}`, i < 10 ? "书记" : undefined));
    const officers = [
      { id: "书记", branch: "第一支部", committee: "区直机关工委", role: "secretary" },
      { id: "委员", branch: "第一支部", committee: "区直机关工委", role: "committee-member" },
    ];
    const worklist = await analyzeRoster([...members, ...officers], { asOf: AS_OF }).worklist();
    // 31 members need three liaisons at 15 each (3.2.1, Q6); the branch has two officers.
    expect(worklist.branches[0]).toMatchObject({ members: 33, withoutLiaison: 21, liaisonShortfall: 1 });
    expect(worklist.withoutLiaison).toHaveLength(21);
    expect(worklist.withoutLiaison.filter((item) => item.kind === "liaison" && item.proposed === null)).toHaveLength(1);
    for (const item of worklist.withoutLiaison) if (item.kind === "liaison" && item.proposed !== null) expect(["书记", "委员"]).toContain(item.proposed);
    expect(worklist.committees).toEqual([
      expect.objectContaining({ committee: "区直机关工委", branches: 1, members: 33, withoutLiaison: 21, liaisonShortfall: 1 }),
    ]);
    expect(worklist.liaisons[0]?.mobileMembers).toHaveLength(31);
  });

  it("counts a branch whose records name two committees under the first, and shows both", async () => {
    const worklist = await analyzeRoster(
      [
        { id: "a", branch: "第一支部", committee: "乙工委" },
        { id: "b", branch: "第一支部", committee: "甲工委" },
      ],
      { asOf: AS_OF },
    ).worklist();
    expect(worklist.branches[0]?.committees).toEqual(["乙工委", "甲工委"].sort());
    expect(worklist.committees.map((c) => c.committee)).toEqual([["乙工委", "甲工委"].sort()[0]]);
  });

  it("lists an organization's obligation once for its branch, whatever the number of its members", async () => {
    const worklist = await analyzeRoster([member, { ...member, id: "乙" }], { asOf: AS_OF }).worklist();
    const organizations = [...worklist.overdue, ...worklist.dueSoon].filter((item) => item.memberId === null);
    const keys = organizations.map((item) => JSON.stringify(item));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("lists a member whose appraisal shows six consecutive months of a 党章 第九条 failure", async () => {
    const appraisal = appraisal2024((i) => ({ organizationalLife: i >= 6 }), { activityCard: "not-held" });
    const { months } = appraisal;
    const worklist = await analyzeRoster([{ id: "丙", branch: "第二支部", appraisal }], { asOf: "2025-01-15" }).worklist();
    expect(worklist.lapseCandidates).toEqual([
      { kind: "lapse-candidate", memberId: "丙", branch: "第二支部", clause: "party-constitution:9", due: null, months: 6, criteria: ["organizational-life"] },
    ]);
    // Five months still running at the record's end: one more makes the six.
    const five = months.map((m, i) => ({ ...m, organizationalLife: i < 7, duesPaid: i < 7 }));
    const warned = await analyzeRoster([{ id: "丁", branch: "第二支部", appraisal: { ...appraisal, months: five } }], { asOf: "2025-01-15" }).worklist();
    expect(warned.lapseCandidates).toEqual([
      { kind: "lapse-candidate", memberId: "丁", branch: "第二支部", clause: "party-constitution:9", due: null, months: 5, criteria: ["organizational-life", "dues"] },
    ]);
    // Four is no warning.
    const four = months.map((m, i) => ({ ...m, organizationalLife: i < 8 }));
    const quiet = await analyzeRoster([{ id: "戊", branch: "第二支部", appraisal: { ...appraisal, months: four } }], { asOf: "2025-01-15" }).worklist();
    expect(quiet.lapseCandidates).toEqual([]);
  });
});

describe("analyzeRoster: reading the roster", () => {
  it("reads no further ahead than the member at hand", async () => {
    let read = 0;
    function* counted() {
      for (let i = 0; i < 50; i += 1) {
        read += 1;
        yield { id: `m${i}`, branch: "第一支部", management: { employment: "none", workplaceHasPartyOrg: null, industryAssociation: null, personnelFileHolder: "other", residenceFixed: true, residenceChangesOften: false } };
      }
    }
    let seen = 0;
    for await (const _member of analyzeRoster(counted(), { asOf: AS_OF }).members) {
      seen += 1;
      expect(read).toBe(seen);
    }
    expect(seen).toBe(50);
  });

  it("gives the worklist without its members being iterated, and refuses to read the members twice", async () => {
    const analysis = analyzeRoster([], { asOf: AS_OF });
    const worklist: Worklist = await analysis.worklist();
    expect(worklist).toEqual({
      asOf: AS_OF,
      documents: [],
      dueSoon: [],
      overdue: [],
      lapseCandidates: [],
      withoutLiaison: [],
      ambiguous: [],
      branches: [],
      committees: [],
      liaisons: [],
      refused: 0,
      liaisonsRefused: [],
    });
    expect(() => analysis.members[Symbol.asyncIterator]()).toThrow(expect.objectContaining({ name: "RuleInputError" }));
  });

  it("refuses the worklist of a roster whose reading was left unfinished, and closes the roster", async () => {
    let closed = false;
    function* two() {
      try {
        yield { id: "a", branch: "b" };
        yield { id: "c", branch: "b" };
      } finally {
        closed = true;
      }
    }
    const analysis = analyzeRoster(two(), { asOf: AS_OF });
    for await (const _member of analysis.members) break;
    expect(closed).toBe(true);
    await expect(analysis.worklist()).rejects.toMatchObject({ name: "RuleInputError" });
  });

  it("refuses invalid options and what is not a roster", () => {
    expect(() => analyzeRoster([], { asOf: "2024-02-30" })).toThrow(expect.objectContaining({ name: "RuleInputError" }));
    expect(() => analyzeRoster([], { asOf: AS_OF, interpretations: { "Q99.nothing": "x" } as never })).toThrow(
      expect.objectContaining({ name: "RuleInputError" }),
    );
    expect(() => analyzeRoster(42 as never, { asOf: AS_OF })).toThrow(expect.objectContaining({ name: "RuleInputError" }));
    // Q9's caller standard needs a grading standard, which a roster does not take yet.
    expect(() => analyzeRoster([], { asOf: AS_OF, interpretations: { "Q9.grading-standard": "caller-standard" } })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ["interpretations", "Q9.grading-standard"] })] }),
    );
  });

  it("validates a record with the rules' own schemas", () => {
    expect(MemberRecordSchema.safeParse({ id: "a", branch: "b" }).success).toBe(true);
    expect(MemberRecordSchema.safeParse({ id: "a", branch: "b", absence: { departure: "2024-03-01", expectedReturn: "2024-01-01", placeFixed: true } }).success).toBe(false);
  });
});

describe("analyzeRoster: what the caller is given is the caller's own", () => {
  const appraisal = appraisal2024((i) => ({ duesPaid: i < 6 }), { reports: ["2024-05-20"] });
  // Six months without dues (a lapse candidate), away on exactly six months (Q1 flips the document).
  const record = { id: "m1", branch: "b1", appraisal, absence: { departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true } };

  it("gives a fresh worklist and impact report on every call", async () => {
    const analysis = analyzeRoster([record], { asOf: "2025-03-15", impact: true });
    const first = await analysis.worklist();
    const pristine = JSON.stringify(first);
    (first as { asOf: string }).asOf = "1999-01-01";
    (first.lapseCandidates as unknown[]).length = 0;
    const second = await analysis.worklist();
    expect(second).not.toBe(first);
    expect(JSON.stringify(second)).toBe(pristine);
    const report = await analysis.impact();
    const reportText = JSON.stringify(report);
    (report as { asOf: string }).asOf = "1999-01-01";
    expect(JSON.stringify(await analysis.impact())).toBe(reportText);
  });

  it("keeps the worklist and the report apart from the members' results", async () => {
    const untouched = analyzeRoster([record], { asOf: "2025-03-15", impact: true });
    for await (const member of untouched.members) expect(member.valid).toBe(true);
    const expected = { worklist: JSON.stringify(await untouched.worklist()), impact: JSON.stringify(await untouched.impact()) };
    const analysis = analyzeRoster([record], { asOf: "2025-03-15", impact: true });
    for await (const member of analysis.members) {
      if (!member.valid) continue;
      (member.outcomes.evaluationGrade?.lapsedBy as string[] | undefined)?.splice(0, 1, "edited");
      for (const flip of member.impact?.flips ?? []) (flip.changed as unknown[]).length = 0;
    }
    expect(JSON.parse(expected.worklist).lapseCandidates).not.toEqual([]);
    expect(JSON.stringify(await analysis.worklist())).toBe(expected.worklist);
    expect(JSON.stringify(await analysis.impact())).toBe(expected.impact);
  });
});

describe("mergeWorklists: a branch of any size", () => {
  it("joins a branch of 200,000 members away without overflowing the stack", async () => {
    const empty = await analyzeRoster([], { asOf: "2025-03-15" }).worklist();
    const mobileMembers = Array.from({ length: 200_000 }, (_, i) => `m${i}`);
    const big: Worklist = { ...empty, liaisons: [{ branch: "b1", mobileMembers, officers: [], currentAssignment: {} }] } as unknown as Worklist;
    expect(mergeWorklists(big, empty).liaisons[0]?.mobileMembers).toHaveLength(200_000);
  });
});

describe("analyzeRoster: a roster that breaks the iteration protocol", () => {
  const asOf = "2025-03-15";
  const refusal = async (work: Promise<unknown>): Promise<unknown> => work.then(() => "answered", (error: unknown) => (isRuleInputError(error) ? "refused" : error));

  it.each([
    ["an iterator that is not an object", { [Symbol.iterator]: () => 5 }],
    ["an iterator without next", { [Symbol.iterator]: () => ({}) }],
    ["a step that is not an object", { [Symbol.iterator]: () => ({ next: () => undefined }) }],
    ["an async step that is a number", { [Symbol.asyncIterator]: () => ({ next: async () => 5 }) }],
  ])("%s is refused with the typed error", async (_what, broken) => {
    expect(await refusal(analyzeRoster(broken as never, { asOf }).worklist())).toBe("refused");
  });

  it("passes on what the caller's own iterator throws", async () => {
    const failure = new Error("the records store is down");
    const failing = { [Symbol.iterator]: () => ({ next: (): IteratorResult<unknown> => { throw failure; } }) };
    expect(await refusal(analyzeRoster(failing, { asOf }).worklist())).toBe(failure);
  });

  it("closes the caller's iterator when the reading stops at a record, not when the roster ends", async () => {
    let closed = 0;
    const members = (count: number): Iterable<unknown> => ({
      [Symbol.iterator]: () => {
        let at = 0;
        return {
          next: (): IteratorResult<unknown> => (at < count ? { done: false, value: { id: `m${at++}`, branch: "b1" } } : { done: true, value: undefined }),
          return: (): IteratorResult<unknown> => {
            closed += 1;
            return { done: true, value: undefined };
          },
        };
      },
    });
    for await (const member of analyzeRoster(members(3), { asOf }).members) if (member.position === 0) break;
    expect(closed).toBe(1);
    await analyzeRoster(members(3), { asOf }).worklist();
    expect(closed).toBe(1);
  });
});
