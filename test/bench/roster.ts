/**
 * The roster pipeline, measured (section 6 of the benchmark): `analyzeRoster` on seeded
 * rosters (test/bench/roster-inputs.ts) as a records system would run it, each roster size
 * in a process of its own; the impact pass against the plain pass; what the members' and
 * the records' structured clones cost beside deciding them; and `analyzeInWorkers` with one
 * and two threads against `analyzeRoster` in the thread.
 *
 * Everything here runs in the benchmark's bundle: the children (`--roster-pipeline`,
 * `--roster-threads`, `--roster-profile`) and the harness's variants (`roster-impact`,
 * `roster-clone`) are started by run.ts.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeInWorkers, crossesIntact } from "../../src/cli/roster-workers.js";
import { INTERPRETATIONS } from "../../src/interpretations/registry.js";
import { analyzeRoster, type MemberResult } from "../../src/roster/analyze.js";
import { compare, median, nsOf, ratioOf, type Ratio, type Runner, type Timing, type Variant } from "./harness.js";
import { summarizeProfile, type ProfileSummary } from "./profile.js";
import { ROSTER_AS_OF, rosterRecords } from "./roster-inputs.js";

/** The seed of every roster measured (the warm-up's is another). */
export const ROSTER_SEED = 20240630;
/** Members between two samples of the time and the memory. */
export const ROSTER_CHUNK = 10_000;
/** Members the warm-up decides before a roster is timed, in its process. */
const WARMUP_MEMBERS = 20_000;

const options = { asOf: ROSTER_AS_OF } as const;

// ---- One roster, in a process of its own. ----

/** What one pass of the pipeline over a roster measured, in its process. */
export interface PipelineRun {
  readonly size: number;
  /** The pass, reading the records as they are made, and the worklist. */
  readonly totalMs: number;
  /** Of which making the records (timed inside the generator). */
  readonly generateMs: number;
  /** The pipeline's own: the pass less making the records. */
  readonly netMs: number;
  /** Each chunk's own milliseconds (making its records left out). */
  readonly chunkMs: readonly number[];
  /** Rules applied: the outcomes of the members decided. */
  readonly rules: number;
  readonly decided: number;
  readonly refused: number;
  /** Bytes: the largest RSS and V8 heap in use sampled at each chunk's end and after the worklist, and the process's peak RSS. */
  readonly rssPeak: number;
  readonly heapPeak: number;
  readonly maxRss: number;
  /** Bytes after the warm-up and a full collection: what the pass adds is above these. */
  readonly baseRss: number;
  readonly baseHeap: number;
  /** The worklist's items, which it holds to sort them: documents, obligations due soon and overdue, lapse candidates, members without a liaison. */
  readonly items: number;
}

/** In the child: one pass of `analyzeRoster` (outcomes only, every rule, the worklist) over `size` members; prints a {@link PipelineRun}. */
export async function pipelineChild(size: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  // Warm-up: another roster, so that the pass is timed compiled.
  await analyzeRoster(rosterRecords(WARMUP_MEMBERS, ROSTER_SEED + 1), options).worklist();
  gc();
  const base = process.memoryUsage();
  let generateMs = 0;
  function* timed(): Generator<unknown, void, undefined> {
    const records = rosterRecords(size, ROSTER_SEED);
    for (;;) {
      const started = performance.now();
      const next = records.next();
      generateMs += performance.now() - started;
      if (next.done === true) return;
      yield next.value;
    }
  }
  let rssPeak = base.rss;
  let heapPeak = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  };
  const chunkMs: number[] = [];
  let rules = 0;
  let decided = 0;
  let refused = 0;
  const started = performance.now();
  let chunkStarted = started;
  let chunkGenerated = 0;
  const analysis = analyzeRoster(timed(), options);
  for await (const member of analysis.members) {
    if (member.valid) {
      decided += 1;
      for (const _rule in member.outcomes) rules += 1;
    } else {
      refused += 1;
    }
    if ((decided + refused) % ROSTER_CHUNK === 0) {
      const now = performance.now();
      chunkMs.push(now - chunkStarted - (generateMs - chunkGenerated));
      chunkStarted = now;
      chunkGenerated = generateMs;
      sample();
    }
  }
  const worklist = await analysis.worklist();
  const totalMs = performance.now() - started;
  sample();
  const items = worklist.documents.length + worklist.dueSoon.length + worklist.overdue.length + worklist.lapseCandidates.length + worklist.withoutLiaison.length;
  const run: PipelineRun = {
    size,
    totalMs,
    generateMs,
    netMs: totalMs - generateMs,
    chunkMs,
    rules,
    decided,
    refused,
    rssPeak,
    heapPeak,
    maxRss: process.resourceUsage().maxRSS * 1024,
    baseRss: base.rss,
    baseHeap: base.heapUsed,
    items,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

/** The pipeline on each size, each in a process of its own, `rounds` times, the sizes' order turned each round: runs by round, then by size. */
export function pipelineRounds(bundle: string, sizes: readonly number[], rounds: number, log: (line: string) => void): PipelineRun[][] {
  const byRound: PipelineRun[][] = [];
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [...sizes] : [...sizes].reverse();
    const runs = new Map<number, PipelineRun>();
    for (const size of order) {
      log(`bench: roster pipeline, ${size.toLocaleString("en")} members (round ${round + 1} of ${rounds})`);
      const child = spawnSync(process.execPath, ["--expose-gc", bundle, "--roster-pipeline", String(size)], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
      if (child.status !== 0) throw new Error(`the roster pipeline on ${size} failed: ${child.stderr.slice(0, 2000)}`);
      runs.set(size, JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as PipelineRun);
    }
    byRound.push(sizes.map((size) => runs.get(size) as PipelineRun));
  }
  return byRound;
}

/** In the child, under `node --cpu-prof`: the pipeline over `size` members, after the warm-up. */
export async function profileChild(size: number): Promise<void> {
  await analyzeRoster(rosterRecords(WARMUP_MEMBERS, ROSTER_SEED + 1), options).worklist();
  await analyzeRoster(rosterRecords(size, ROSTER_SEED), options).worklist();
}

/** A `node --cpu-prof` profile of the pipeline over `size` members. */
export function profilePipeline(bundle: string, size: number, root: string): ProfileSummary | null {
  const dir = mkdtempSync(join(tmpdir(), "mmr-prof-"));
  try {
    const run = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "500", bundle, "--roster-profile", String(size)], {
      encoding: "utf8",
    });
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (run.status !== 0 || file === undefined) return null;
    return summarizeProfile(join(dir, file), root, 16);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- The harness's variants. ----

const chunksOf = (records: Iterable<unknown>, size: number): unknown[][] => {
  const chunks: unknown[][] = [];
  let chunk: unknown[] = [];
  for (const record of records) {
    chunk.push(record);
    if (chunk.length === size) {
      chunks.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
};

/** Members of the impact comparison and of the clones' (the same seed: the same members). */
const SAMPLE_MEMBERS = 10_000;
/** Members of one pass in the threads' comparison. */
export const THREADS_MEMBERS = Number(process.env["BENCH_THREADS_MEMBERS"] ?? 100_000);

async function decided(chunk: readonly unknown[]): Promise<MemberResult[]> {
  const members: MemberResult[] = [];
  for await (const member of analyzeRoster(chunk, options).members) members.push(member);
  return members;
}

/** A variant of one of the roster's harness comparisons (`roster-impact`, `roster-clone`), built in the worker that runs it. */
export async function rosterVariant(comparison: string, name: string): Promise<Variant> {
  if (comparison === "roster-impact") {
    // Chunks of 250 members: a call is a roster of 250, its worklist and, with impact, its report.
    const chunks = chunksOf(rosterRecords(SAMPLE_MEMBERS, ROSTER_SEED), 250);
    if (name === "plain") return { call: (chunk: unknown[]) => analyzeRoster(chunk, options).worklist(), inputs: chunks, async: true, warmup: { calls: 4, ms: 1500 } };
    if (name === "impact") {
      return {
        call: async (chunk: unknown[]) => {
          const analysis = analyzeRoster(chunk, { ...options, impact: true });
          await analysis.worklist();
          return analysis.impact();
        },
        inputs: chunks,
        async: true,
        warmup: { calls: 4, ms: 1500 },
      };
    }
  }
  if (comparison === "roster-clone") {
    // Chunks of 1,000 records, the batch analyzeInWorkers sends.
    const chunks = chunksOf(rosterRecords(SAMPLE_MEMBERS, ROSTER_SEED), 1000);
    const warmup = { calls: 2, ms: 1500 };
    switch (name) {
      case "decide":
        return { call: (chunk: unknown[]) => decided(chunk), inputs: chunks, async: true, warmup };
      case "records":
        return { call: (chunk: unknown[]) => structuredClone(chunk), inputs: chunks, warmup };
      case "check":
        return { call: (chunk: unknown[]) => chunk.every((record) => crossesIntact(record)), inputs: chunks, warmup };
      case "results": {
        const results: MemberResult[][] = [];
        for (const chunk of chunks) results.push(await decided(chunk));
        return { call: (members: MemberResult[]) => structuredClone(members), inputs: results, warmup };
      }
    }
  }
  throw new Error(`no variant ${name} of ${comparison}`);
}

// ---- The comparisons, from the main thread. ----

/** Other readings re-decided per member by the impact pass, on the impact comparison's members: the goal's measure. */
export async function redecisionsPerMember(): Promise<{ readonly perMember: number; readonly members: number }> {
  let readings = 0;
  let members = 0;
  for await (const member of analyzeRoster(rosterRecords(SAMPLE_MEMBERS, ROSTER_SEED), { ...options, impact: true }).members) {
    if (!member.valid || member.impact === undefined) continue;
    members += 1;
    for (const id of member.impact.read) readings += Object.keys(INTERPRETATIONS[id].alternatives).length - 1;
  }
  return { perMember: readings / Math.max(members, 1), members };
}

const LONG_CALLS: Timing = { rounds: Number(process.env["BENCH_ROSTER_ROUNDS"] ?? 11), warmup: 2, minCalls: 2, batchMs: 300, warmupMs: 1500 };

export interface ImpactComparison {
  readonly plain: number;
  readonly impact: number;
  readonly ratio: Ratio;
  readonly redecisions: number;
}

export async function impactComparison(start: (name: string) => Promise<Runner>): Promise<ImpactComparison> {
  const m = await compare(["plain", "impact"], start, LONG_CALLS);
  const { perMember } = await redecisionsPerMember();
  return { plain: nsOf(m, "plain") / 250, impact: nsOf(m, "impact") / 250, ratio: ratioOf(m, "impact", "plain"), redecisions: perMember };
}

export interface CloneComparison {
  /** Nanoseconds per member. */
  readonly decide: number;
  readonly records: number;
  readonly results: number;
  readonly check: number;
  /** Shares of deciding, within each round. */
  readonly recordsShare: Ratio;
  readonly resultsShare: Ratio;
  readonly checkShare: Ratio;
}

export async function cloneComparison(start: (name: string) => Promise<Runner>): Promise<CloneComparison> {
  const m = await compare(["decide", "records", "results", "check"], start, LONG_CALLS);
  return {
    decide: nsOf(m, "decide") / 1000,
    records: nsOf(m, "records") / 1000,
    results: nsOf(m, "results") / 1000,
    check: nsOf(m, "check") / 1000,
    recordsShare: ratioOf(m, "records", "decide"),
    resultsShare: ratioOf(m, "results", "decide"),
    checkShare: ratioOf(m, "check", "decide"),
  };
}

export interface ThreadsComparison {
  readonly cores: number;
  readonly members: number;
  readonly rounds: number;
  /** Milliseconds per pass, by variant: the medians of the rounds. */
  readonly ms: Readonly<Record<string, number>>;
  /** In the thread ÷ in workers, within each round: the speed-up. */
  readonly speedUp: Readonly<Record<string, Ratio>>;
}

const THREAD_VARIANTS = ["in-thread", "workers-1", "workers-2"] as const;

/** In the child: one pass over THREADS_MEMBERS members, in the thread or in workers, from a cold start; prints its milliseconds. */
export async function threadsChild(variant: string): Promise<void> {
  const started = performance.now();
  const records = rosterRecords(THREADS_MEMBERS, ROSTER_SEED);
  const threads = /^workers-(\d+)$/.exec(variant)?.[1];
  const analysis = threads === undefined ? analyzeRoster(records, options) : analyzeInWorkers(records, options, Number(threads));
  await analysis.worklist();
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started })}\n`);
}

/**
 * The variants in processes of their own, a pass each, interleaved in rotating order round
 * after round: `analyzeInWorkers` starts its workers for every analysis, compiled from cold,
 * so the pass in the thread is timed from cold too, as a command run on a roster would be.
 */
export function threadsComparison(bundle: string, log: (line: string) => void): ThreadsComparison {
  const rounds = Number(process.env["BENCH_THREADS_ROUNDS"] ?? 3);
  const ms: number[][] = THREAD_VARIANTS.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (let k = 0; k < THREAD_VARIANTS.length; k += 1) {
      const v = (round + k) % THREAD_VARIANTS.length;
      const name = THREAD_VARIANTS[v] as string;
      log(`bench: roster, ${name} on ${THREADS_MEMBERS.toLocaleString("en")} members (round ${round + 1} of ${rounds})`);
      const child = spawnSync(process.execPath, [bundle, "--roster-threads", name], { encoding: "utf8", maxBuffer: 2 ** 20 });
      if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr.slice(0, 2000)}`);
      (ms[v] as number[]).push((JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as { ms: number }).ms);
    }
  }
  const base = ms[0] as number[];
  const speedUp = (v: number): Ratio => {
    const ratios = base.map((b, r) => b / ((ms[v] as number[])[r] ?? Number.NaN));
    return { value: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
  };
  return {
    cores: availableParallelism(),
    members: THREADS_MEMBERS,
    rounds,
    ms: Object.fromEntries(THREAD_VARIANTS.map((name, v) => [name, median(ms[v] as number[])])),
    speedUp: { "workers-1": speedUp(1), "workers-2": speedUp(2) },
  };
}

// ---- Summaries of the pipeline's rounds. ----

export interface PipelineSummary {
  readonly size: number;
  /** Medians over the rounds. */
  readonly netMs: number;
  readonly generateMs: number;
  readonly usPerMemberRule: number;
  readonly rulesPerMember: number;
  readonly refusedShare: number;
  /** Last five chunks' median ÷ first five's, median over the rounds (NaN under ten chunks). */
  readonly chunkSlope: number;
  /** The largest over the rounds, in bytes. */
  readonly rssPeak: number;
  readonly heapPeak: number;
  readonly maxRss: number;
  readonly heapAbove: number;
  readonly items: number;
}

export function summarize(byRound: readonly (readonly PipelineRun[])[], index: number): PipelineSummary {
  const runs = byRound.map((runsOfRound) => runsOfRound[index] as PipelineRun);
  const first = runs[0] as PipelineRun;
  return {
    size: first.size,
    netMs: median(runs.map((r) => r.netMs)),
    generateMs: median(runs.map((r) => r.generateMs)),
    usPerMemberRule: median(runs.map((r) => (r.netMs * 1e3) / r.rules)),
    rulesPerMember: first.rules / first.decided,
    refusedShare: first.refused / first.size,
    chunkSlope: median(runs.map((r) => (r.chunkMs.length >= 10 ? median(r.chunkMs.slice(-5)) / median(r.chunkMs.slice(0, 5)) : Number.NaN))),
    rssPeak: Math.max(...runs.map((r) => r.rssPeak)),
    heapPeak: Math.max(...runs.map((r) => r.heapPeak)),
    maxRss: Math.max(...runs.map((r) => r.maxRss)),
    heapAbove: Math.max(...runs.map((r) => r.heapPeak - r.baseHeap)),
    items: first.items,
  };
}

/** The slope last size ÷ first size, round by round: the median, and the rounds' range. */
export function slopeOf(byRound: readonly (readonly PipelineRun[])[]): Ratio {
  const slopes = byRound.map((runs) => (runs.at(-1)?.netMs ?? Number.NaN) / (runs[0]?.netMs ?? Number.NaN));
  return { value: median(slopes), low: Math.min(...slopes), high: Math.max(...slopes) };
}

