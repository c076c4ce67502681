/**
 * The roster in worker threads: the same answers as analyzeRoster's. Each analysis starts
 * its workers (from the sources, through tsx: see roster-workers.ts), which takes a second
 * or so, so the properties run a few times each, on small batches that spread even a short
 * roster over both workers.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { Worker } from "node:worker_threads";
import { analyzeInWorkers, type WorkerTuning } from "../../src/cli/roster-workers.js";
import { isRuleInputError } from "../../src/errors.js";
import { analyzeRoster, type RosterOptions } from "../../src/roster/analyze.js";
import { badRecord, collect, readings, roster, slowly } from "../support/roster-arbitraries.js";

const AS_OF = "2024-06-30";

/** Small batches, one in flight: a roster of a dozen records goes to both workers, in several batches each. */
const SMALL: WorkerTuning = { batch: 2, inFlight: 1 };

/** The roster with a few bad records put in. */
const mixedRoster = fc
  .tuple(roster, roster, fc.array(fc.tuple(fc.nat(), badRecord), { maxLength: 3 }))
  .map(([a, b, bad]) => {
    // Two rosters end to end, the second's ids made distinct from the first's.
    const mixed: unknown[] = [...a, ...b.map((record) => ({ ...record, id: `${String(record["id"])}二` }))];
    for (const [at, record] of bad) mixed.splice(at % (mixed.length + 1), 0, record);
    return mixed;
  });

/** Each worker as it starts, and a promise of its exit. */
function watched(): { tuning: WorkerTuning; exits: Promise<number>[] } {
  const exits: Promise<number>[] = [];
  const onWorker = (worker: Worker) => exits.push(new Promise((resolve) => worker.once("exit", resolve)));
  return { tuning: { ...SMALL, onWorker }, exits };
}

describe("analyzeInWorkers: the same answers as analyzeRoster", () => {
  test.prop([mixedRoster, readings, fc.boolean(), fc.boolean()], { numRuns: 6 })(
    "the same members, in the roster's order with their positions, the same worklist and the same impact report",
    async (records, choices, impact, async) => {
      const options: RosterOptions = { asOf: AS_OF, interpretations: choices, impact };
      const alone = analyzeRoster(records, options);
      const expected = await collect(alone);
      const inWorkers = analyzeInWorkers(async ? slowly(records) : records, options, 2, SMALL);
      const members = await collect(inWorkers);
      expect(members).toEqual(expected);
      expect(members.map((member) => member.position)).toEqual(records.map((_, position) => position));
      expect(await inWorkers.worklist()).toEqual(await alone.worklist());
      if (impact) expect(await inWorkers.impact()).toEqual(await alone.impact());
    },
  );

  it("gives the same with one thread, with ambiguities, and the worklist without the members iterated", async () => {
    const records = fc.sample(mixedRoster, { seed: 42, numRuns: 4 }).flat();
    const options: RosterOptions = { asOf: AS_OF, ambiguities: true };
    const expected = analyzeRoster(records, options);
    const members = await collect(expected);
    const one = analyzeInWorkers(records, options, 1, SMALL);
    expect(await collect(one)).toEqual(members);
    expect(await one.worklist()).toEqual(await expected.worklist());
    expect(await analyzeInWorkers(records, options, 2, SMALL).worklist()).toEqual(await expected.worklist());
  });
});

describe("analyzeInWorkers: the workers", () => {
  it("stops every worker and closes the roster when the members are left early", async () => {
    let closed = false;
    function* many() {
      try {
        for (let i = 0; i < 1000; i += 1) yield { id: `m${i}`, branch: "第一支部" };
      } finally {
        closed = true;
      }
    }
    const { tuning, exits } = watched();
    const analysis = analyzeInWorkers(many(), { asOf: AS_OF }, 2, tuning);
    for await (const member of analysis.members) {
      expect(member.position).toBe(0);
      break;
    }
    expect(closed).toBe(true);
    expect(exits).toHaveLength(2);
    await Promise.all(exits);
    await expect(analysis.worklist()).rejects.toMatchObject({ name: "RuleInputError" });
  });

  it("stops every worker once the members are read to the end", async () => {
    const { tuning, exits } = watched();
    await analyzeInWorkers([{ id: "a", branch: "b" }], { asOf: AS_OF }, 2, tuning).worklist();
    await Promise.all(exits);
  });

  it("reads no more of the roster than the batches the workers hold and the one being given", async () => {
    let read = 0;
    function* counted() {
      for (let i = 0; i < 60; i += 1) {
        read += 1;
        yield { id: `m${i}`, branch: "第一支部" };
      }
    }
    const tuning: WorkerTuning = { batch: 3, inFlight: 2 };
    const held = 3 * (2 * 2 + 1);
    let given = 0;
    for await (const _member of analyzeInWorkers(counted(), { asOf: AS_OF }, 2, tuning).members) {
      given += 1;
      expect(read - given).toBeLessThanOrEqual(held);
    }
    expect(given).toBe(60);
  });

  it("rejects, and stops its workers, when the roster fails while it is read", async () => {
    async function* failing() {
      yield { id: "a", branch: "b" };
      yield { id: "c", branch: "b" };
      yield { id: "d", branch: "b" };
      throw new Error("the roster's file was cut short");
    }
    const { tuning, exits } = watched();
    const analysis = analyzeInWorkers(failing(), { asOf: AS_OF }, 2, tuning);
    await expect(collect(analysis)).rejects.toThrow("cut short");
    await Promise.all(exits);
    await expect(analysis.worklist()).rejects.toMatchObject({ name: "RuleInputError" });
  });
});

describe("analyzeInWorkers: what it refuses", () => {
  it("refuses invalid options, threads and tuning with the typed error, before any worker starts", () => {
    const { tuning, exits } = watched();
    const refused = expect.objectContaining({ name: "RuleInputError" });
    expect(() => analyzeInWorkers([], { asOf: "2024-02-30" }, 2, tuning)).toThrow(refused);
    expect(() => analyzeInWorkers([], { asOf: AS_OF, interpretations: { "Q99.nothing": "x" } as never }, 2, tuning)).toThrow(refused);
    expect(() => analyzeInWorkers([], { asOf: AS_OF, interpretations: { "Q9.grading-standard": "caller-standard" } }, 2, tuning)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ["interpretations", "Q9.grading-standard"] })] }),
    );
    expect(() => analyzeInWorkers(42 as never, { asOf: AS_OF }, 2, tuning)).toThrow(refused);
    for (const threads of [0, 1.5, 65, Number.NaN, "2" as never]) {
      expect(() => analyzeInWorkers([], { asOf: AS_OF }, threads, tuning)).toThrow(
        expect.objectContaining({ source: "analyzeInWorkers", issues: [expect.objectContaining({ path: ["threads"] })] }),
      );
    }
    expect(() => analyzeInWorkers([], { asOf: AS_OF }, 2, { batch: 0 })).toThrow(refused);
    expect(() => analyzeInWorkers([], { asOf: AS_OF }, 2, { inFlight: 0.5 })).toThrow(refused);
    expect(exits).toHaveLength(0);
  });

  it("refuses the impact report of an analysis not asked for it, and a second reading", async () => {
    const analysis = analyzeInWorkers([], { asOf: AS_OF }, 1);
    await expect(analysis.impact()).rejects.toMatchObject({ name: "RuleInputError" });
    await analysis.worklist();
    expect(() => analysis.members[Symbol.asyncIterator]()).toThrow(expect.objectContaining({ name: "RuleInputError" }));
  });
});

describe("analyzeInWorkers: a roster that breaks the iteration protocol", () => {
  it("is refused with the typed error, as analyzeRoster refuses it", async () => {
    const broken = { [Symbol.iterator]: () => ({ next: () => undefined }) } as unknown as Iterable<unknown>;
    const outcome = await analyzeInWorkers(broken, { asOf: AS_OF }, 1, SMALL).worklist().then(
      () => "answered",
      (error: unknown) => (isRuleInputError(error) ? "refused" : error),
    );
    expect(outcome).toBe("refused");
  });
});
