/**
 * Timing that can be believed on a shared machine: the variants of a comparison are timed
 * in batches (a batch of N calls is timed as a whole, so a timer's 45–120 ns is spread
 * over N ≥ 1,000 calls), interleaved within each round in rotating order (A, B, C, then
 * B, C, A …) so that load on the machine falls on all of them alike, after warm-up rounds
 * that are thrown away. A variant's time is the median of its rounds; a ratio is the
 * median of the ratios within each round, both variants measured seconds apart.
 *
 * Each variant runs in a worker thread of its own: its own V8 isolate, compiled code,
 * type feedback and heap. In one isolate the variants would share the code of what they
 * both call (zod's parsers, say), compiled for the shapes every variant passes, and one
 * variant's garbage would be collected during another's batch.
 */
import { cpus, loadavg, totalmem } from "node:os";
import { parentPort } from "node:worker_threads";

/** One variant of a comparison: a function called on each input in turn. */
export interface Variant {
  /** Called once per call; the result is kept in an array, so the work cannot be skipped. */
  readonly call: (input: never) => unknown;
  /** The inputs, called in turn (cycling). */
  readonly inputs: readonly unknown[];
  /** Whether `call` returns a promise to await (json-rules-engine). */
  readonly async?: boolean;
  /** Fresh inputs for each batch (untimed), when a call changes its input (freezing it, say). */
  readonly prepare?: (calls: number) => readonly unknown[];
  /** The warm-up alone, for a variant whose call is long (a whole roster): calls per loop and milliseconds, instead of `TIMING`'s. */
  readonly warmup?: { readonly calls: number; readonly ms: number };
}

/** How long to measure. */
export interface Timing {
  /** Measured rounds (the median is taken over these). */
  readonly rounds: number;
  /** Rounds run first and thrown away (the first also sets each variant's batch). */
  readonly warmup: number;
  /** The least calls in a batch. */
  readonly minCalls: number;
  /** A batch is made this long, in milliseconds, for fast variants (never fewer than `minCalls`). */
  readonly batchMs: number;
  /** Before the rounds, each variant runs alone for at least this long, in milliseconds, so that it is compiled. */
  readonly warmupMs: number;
}

export const TIMING: Timing = {
  rounds: Number(process.env["BENCH_ROUNDS"] ?? 21),
  warmup: Math.max(2, Number(process.env["BENCH_WARMUP"] ?? 4)),
  minCalls: 1000,
  batchMs: Number(process.env["BENCH_BATCH_MS"] ?? 20),
  warmupMs: Number(process.env["BENCH_WARMUP_MS"] ?? 500),
};

/** What a comparison measured: each variant's nanoseconds per call, round by round. */
export interface Measured {
  readonly names: readonly string[];
  /** `ns[v][r]`: variant v's nanoseconds per call in measured round r. */
  readonly ns: readonly (readonly number[])[];
  /** Calls per batch, by variant. */
  readonly calls: readonly number[];
}

type Loop = (call: (input: never) => unknown, inputs: readonly unknown[], out: unknown[], calls: number) => number | Promise<number>;

const AsyncFunction = (async () => undefined).constructor as new (...args: string[]) => Loop;

/** The timing loop: compiled for the variant, so its call site sees one function. */
function loopFor(variant: Variant): Loop {
  const body = (call: string) => `
    const n = inputs.length;
    let j = 0;
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls; i += 1) {
      out[j] = ${call};
      j = j + 1 === n ? 0 : j + 1;
    }
    return Number(process.hrtime.bigint() - started);`;
  return variant.async === true
    ? new AsyncFunction("call", "inputs", "out", "calls", body("await call(inputs[j])"))
    : (new Function("call", "inputs", "out", "calls", body("call(inputs[j])")) as Loop);
}

/** A variant running somewhere (a worker): times a batch of `calls` calls, in nanoseconds. */
export interface Runner {
  readonly batch: (calls: number) => Promise<number>;
  readonly close: () => Promise<void>;
}

/** In a worker: serves batches of `variant` to the thread that started it. */
export function serve(variant: Variant): void {
  const port = parentPort;
  if (port === null) throw new Error("serve runs in a worker");
  const loop = loopFor(variant);
  const out: unknown[] = [];
  port.on("message", (message: { calls: number }) => {
    void (async () => {
      try {
        const inputs = variant.prepare?.(message.calls) ?? variant.inputs;
        if (out.length < inputs.length) out.length = inputs.length;
        // What preparing allocated is collected before the batch, not during it.
        if (variant.prepare !== undefined) (globalThis as { gc?: () => void }).gc?.();
        port.postMessage({ ns: await loop(variant.call, inputs, out, message.calls) });
      } catch (error) {
        port.postMessage({ error: String(error) });
      }
    })();
  });
  void (async () => {
    // Alone, before the rounds: long enough for the optimizing compiler, which runs on a
    // thread of its own and waits its turn on a busy machine.
    const { calls, ms } = variant.warmup ?? { calls: TIMING.minCalls, ms: TIMING.warmupMs };
    const until = process.hrtime.bigint() + BigInt(Math.round(ms * 1e6));
    while (process.hrtime.bigint() < until) {
      const inputs = variant.prepare?.(calls) ?? variant.inputs;
      if (out.length < inputs.length) out.length = inputs.length;
      await loop(variant.call, inputs, out, calls);
    }
    port.postMessage({ ready: true });
  })();
}

/** Times the variants together, interleaved in rotating order, after warm-up rounds; batch sizes are set in the first round. */
export async function compare(names: readonly string[], start: (name: string) => Promise<Runner>, timing: Timing = TIMING): Promise<Measured> {
  // One at a time, so that each warms up alone.
  const runners: Runner[] = [];
  for (const name of names) runners.push(await start(name));
  try {
    const calls = names.map(() => timing.minCalls);
    const ns = names.map(() => [] as number[]);
    const total = timing.warmup + timing.rounds;
    for (let round = 0; round < total; round += 1) {
      for (let k = 0; k < names.length; k += 1) {
        const v = (round + k) % names.length;
        const n = calls[v] ?? timing.minCalls;
        const perCall = (await (runners[v] as Runner).batch(n)) / n;
        if (round === 0) calls[v] = Math.max(timing.minCalls, Math.ceil((timing.batchMs * 1e6) / Math.max(perCall, 1)));
        else if (round >= timing.warmup) ns[v]?.push(perCall);
      }
    }
    return { names, ns, calls };
  } finally {
    await Promise.all(runners.map((r) => r.close()));
  }
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The value at quantile q (0–1), by nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? Number.NaN;
}

/** A variant's median nanoseconds per call. */
export function nsOf(m: Measured, name: string): number {
  const i = m.names.indexOf(name);
  if (i < 0) throw new Error(`no variant ${name}`);
  return median(m.ns[i] ?? []);
}

/** The ratio a ÷ b: the median of the rounds' ratios, with the middle half of them. */
export interface Ratio {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

export function ratioOf(m: Measured, a: string, b: string): Ratio {
  const ia = m.names.indexOf(a);
  const ib = m.names.indexOf(b);
  if (ia < 0 || ib < 0) throw new Error(`no variant ${ia < 0 ? a : b}`);
  const xa = m.ns[ia] ?? [];
  const xb = m.ns[ib] ?? [];
  const ratios = xa.map((x, r) => x / (xb[r] ?? Number.NaN));
  return { value: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75) };
}

/** The machine, as the report's first line gives it. */
export function machine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? "unknown CPU";
  const [one = 0] = loadavg();
  return `${model}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory; Node ${process.version} (V8 ${process.versions.v8}), ${process.platform} ${process.arch}; load average ${one.toFixed(2)} at the start`;
}

export function formatNs(ns: number): string {
  if (!Number.isFinite(ns)) return "—";
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e4) return `${(ns / 1e3).toFixed(1)} µs`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(ns < 100 ? 1 : 0)} ns`;
}

export function formatRatio(r: Ratio, digits = 1): string {
  return `${r.value.toFixed(digits)}× (${r.low.toFixed(digits)}–${r.high.toFixed(digits)})`;
}
