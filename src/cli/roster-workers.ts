/**
 * A roster decided in worker threads: the same answers as `analyzeRoster`, with the
 * members' decisions spread over several threads.
 *
 * The main thread reads the roster and sends it in batches to the workers (a batch to the
 * worker holding the fewest, never more than a few each, so that a roster of a million is
 * never held); each worker runs one `analyzeRoster` over the batches it is sent, and posts
 * each batch's results back; the main thread gives them in the roster's order, with their
 * positions in the roster. At the end each worker posts its part of the worklist and of
 * the impact report, and the parts are joined with `mergeWorklists` and
 * `mergeImpactReports`, which give the whole roster's exactly whatever the split.
 *
 * @module
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { types } from "node:util";
import { Worker } from "node:worker_threads";
import { RuleInputError, failInput, readInput } from "../errors.js";
import { bilingual } from "../locales/tools.js";
import {
  RosterOptionsSchema,
  analyzeRoster,
  readOnceAnalysis,
  recordsOf,
  type MemberResult,
  type RosterAnalysis,
  type RosterOptions,
  type RosterResult,
} from "../roster/analyze.js";
import { mergeImpactReports, type ImpactReport } from "../roster/impact.js";
import { mergeWorklists, type Worklist } from "../roster/worklist.js";
import type { FromRosterWorker, RosterWorkerData, ToRosterWorker } from "./roster-worker.js";
import { privateSchema } from "../input/private-schema.js";

const SOURCE = "analyzeInWorkers";

/** The most worker threads {@link analyzeInWorkers} starts. */
export const MAX_THREADS = 64;

/** How {@link analyzeInWorkers} feeds its workers; the defaults suit a roster of any size. */
export interface WorkerTuning {
  /** Records sent to a worker at a time: 1,000 unless given. */
  readonly batch?: number | undefined;
  /** Batches a worker may have been sent and not yet answered: 2 unless given. */
  readonly inFlight?: number | undefined;
  /** Called with each worker as it is started, so that a test can see it stop. @internal */
  readonly onWorker?: ((worker: Worker) => void) | undefined;
}

const DEFAULT_BATCH = 1000;
const DEFAULT_IN_FLIGHT = 2;

// The library's own copy of RosterOptionsSchema: a caller's writes into the exported one do not reach it.
const ownRosterOptionsSchema = privateSchema(RosterOptionsSchema);

/**
 * Decides a roster as `analyzeRoster` does, in `threads` worker threads: the same members,
 * in the roster's order with their positions in it, the same worklist and the same impact
 * report.
 *
 * The roster is read once, on this thread, by whichever comes first: iterating `members`,
 * `worklist()` or `impact()`; the workers are started then, and stopped when the members
 * have been read to the end, or left (a `break`, an error). Each worker holds at most
 * `inFlight` batches of `batch` records, and this thread at most those it is answering:
 * a roster of any length is never held.
 *
 * Records cross to the workers by structured clone, which would read a getter or turn a
 * class instance into plain data where `analyzeRoster` refuses both: a record that is not
 * plain data (or is too deep to check cheaply) is decided on this thread instead, so the
 * answer is the same. Results cross back the same way: they are plain data, not frozen.
 *
 * @param records - the members' records (see `MemberRecordSchema`), as an iterable or an async iterable
 * @param options - as `analyzeRoster`'s
 * @param threads - the worker threads to start, from 1 to {@link MAX_THREADS}
 * @param tuning - the batch size and the batches in flight per worker
 * @throws {@link RuleInputError} when the options, the number of threads or the tuning are invalid, or the roster is not iterable
 * @example
 * ```ts
 * const analysis = analyzeInWorkers(records, { asOf: "2025-06-30" }, os.availableParallelism());
 * for await (const member of analysis.members) if (!member.valid) console.log(member.position, member.issues);
 * const worklist = await analysis.worklist();
 * ```
 */
export function analyzeInWorkers(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  options: RosterOptions,
  threads: number,
  tuning: WorkerTuning = {},
): RosterAnalysis {
  const valid: RosterOptions = readInput(SOURCE, ownRosterOptionsSchema(), options);
  // The checks analyzeRoster makes beyond the options' schema (the roster is iterable, a
  // reading it cannot take), made by it: it reads nothing until it is iterated.
  analyzeRoster(records, valid);
  if (typeof threads !== "number" || !Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) {
    failInput(SOURCE, ["threads"], "out-of-range", bilingual("roster.error.threads"));
  }
  const batchSize = positiveInteger(tuning.batch, DEFAULT_BATCH, "batch");
  const inFlight = positiveInteger(tuning.inFlight, DEFAULT_IN_FLIGHT, "inFlight");
  const asksImpact = valid.impact === true;

  async function* read(): AsyncGenerator<MemberResult, RosterResult, undefined> {
    const source = openRoster(records);
    let pool: WorkerPool | undefined;
    // The parts decided here: records that are not plain data.
    const parts: Part[] = [];
    const inThread = async (batch: readonly unknown[]): Promise<MemberResult[]> => {
      const analysis = analyzeRoster(batch, valid);
      const members: MemberResult[] = [];
      for await (const member of analysis.members) members.push(member);
      parts.push({ worklist: await analysis.worklist(), impact: asksImpact ? await analysis.impact() : null });
      return members;
    };
    const dispatch = (batch: readonly unknown[], offset: number): Promise<readonly MemberResult[]> => {
      const plain: unknown[] = [];
      const odd: unknown[] = [];
      const isOdd: boolean[] = new Array<boolean>(batch.length);
      for (let index = 0; index < batch.length; index += 1) {
        const record = batch[index];
        isOdd[index] = !crossesIntact(record, 0, { nodes: 0 });
        (isOdd[index] === true ? odd : plain).push(record);
      }
      let fromWorker: Promise<readonly MemberResult[]>;
      try {
        fromWorker = plain.length === 0 ? Promise.resolve([]) : (pool as WorkerPool).send(plain);
      } catch (error) {
        // A value the check let through and the clone refused: this part is decided here.
        if (!isDataCloneError(error)) throw error;
        fromWorker = inThread(plain);
      }
      const fromHere = odd.length === 0 ? Promise.resolve([]) : inThread(odd);
      const answered = Promise.all([fromWorker, fromHere]).then(([worked, here]) => {
        const members: MemberResult[] = new Array<MemberResult>(batch.length);
        let w = 0;
        let h = 0;
        for (let index = 0; index < batch.length; index += 1) {
          const member = (isOdd[index] === true ? here[h++] : worked[w++]) as MemberResult;
          (member as { position: number }).position = offset + index;
          members[index] = member;
        }
        return members;
      });
      // Awaited in the roster's order; until then a failure is held, not reported as unhandled.
      answered.catch(() => undefined);
      return answered;
    };

    let exhausted = false;
    try {
      pool = new WorkerPool(threads, { options: valid }, inFlight, tuning.onWorker);
      const pending: Promise<readonly MemberResult[]>[] = [];
      let position = 0;
      for (;;) {
        // Batches answered and not yet given count too: a slow reader of the members holds
        // the roster back, not the memory.
        while (!exhausted && pending.length < threads * inFlight && pool.hasRoom()) {
          const batch = await source.take(batchSize);
          if (batch.length < batchSize) exhausted = true;
          if (batch.length === 0) break;
          pending.push(dispatch(batch, position));
          position += batch.length;
        }
        const head = pending.shift();
        if (head === undefined) break;
        for (const member of await head) yield member;
      }
      const empty = analyzeRoster([], valid);
      let worklist = await empty.worklist();
      let impact = asksImpact ? await empty.impact() : undefined;
      for (const part of [...(await pool.finish()), ...parts]) {
        worklist = mergeWorklists(worklist, part.worklist);
        if (impact !== undefined && part.impact !== null) impact = mergeImpactReports(impact, part.impact);
      }
      return { worklist, impact };
    } finally {
      await pool?.close();
      if (!exhausted) await source.close();
    }
  }

  return readOnceAnalysis(SOURCE, read, asksImpact);
}

function positiveInteger(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    failInput(SOURCE, ["tuning", name], "out-of-range", bilingual("roster.error.tuning"));
  }
  return value;
}

// ---- Records that cross intact. ----

/** How deep a record is checked; a deeper one is decided on the main thread (as a cycle is). */
const CHECK_DEPTH = 32;
/** How many objects and arrays a record may hold to be checked; a larger one is decided on the main thread. */
const CHECK_NODES = 10_000;

/**
 * Whether a value reaches a worker as the library would read it here: own enumerable data
 * properties, plain objects and arrays without holes, and primitives a clone can carry.
 * A getter (which the clone would read and `analyzeRoster` refuses), a class instance,
 * a `Date`, a proxy, a function or a symbol is not; nor a `__proto__` key, to be safe.
 * @internal
 */
export function crossesIntact(value: unknown, depth = 0, budget: { nodes: number } = { nodes: 0 }): boolean {
  if (typeof value !== "object") return typeof value !== "function" && typeof value !== "symbol";
  if (value === null) return true;
  budget.nodes += 1;
  if (depth >= CHECK_DEPTH || budget.nodes > CHECK_NODES || types.isProxy(value)) return false;
  if (Array.isArray(value)) {
    const { length } = value;
    if (Object.getPrototypeOf(value) !== Array.prototype || Object.keys(value).length !== length) return false;
    for (let index = 0; index < length; index += 1) {
      const descriptor = Object.getOwnPropertyDescriptor(value, index);
      if (descriptor === undefined || !("value" in descriptor) || !crossesIntact(descriptor.value, depth + 1, budget)) return false;
    }
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(value)) {
    if (key === "__proto__") return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !("value" in descriptor) || !crossesIntact(descriptor.value, depth + 1, budget)) return false;
  }
  return true;
}

function isDataCloneError(error: unknown): boolean {
  return error instanceof Error && error.name === "DataCloneError";
}

// ---- The roster, read in batches. ----

interface RosterReader {
  /** Up to `count` records; fewer only at the end. */
  take(count: number): Promise<unknown[]>;
  /** Closes the roster left unfinished. */
  close(): Promise<void>;
}

/**
 * The roster read in batches, as analyzeRoster reads it (`recordsOf`): an iterator that
 * breaks the protocol is refused with the typed error, and the iterator is closed when the
 * reading stops before the end.
 */
function openRoster(roster: AsyncIterable<unknown> | Iterable<unknown>): RosterReader {
  const records = recordsOf(SOURCE, roster);
  let done = false;
  return {
    async take(count) {
      const out: unknown[] = [];
      try {
        while (out.length < count) {
          const next = await records.next();
          if (next.done === true) {
            done = true;
            break;
          }
          out.push(next.value);
        }
      } catch (error) {
        done = true;
        throw error;
      }
      return out;
    },
    async close() {
      if (done) return;
      done = true;
      await records.return(undefined);
    },
  };
}

// ---- The workers. ----

/** A worker's part of the answer. */
interface Part {
  readonly worklist: Worklist;
  readonly impact: ImpactReport | null;
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // Awaited later, in order: a failure before then is not an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

interface Slot {
  readonly worker: Worker;
  /** The batches sent and not yet answered, oldest first: a worker answers in order. */
  readonly waiting: Deferred<readonly MemberResult[]>[];
  done: Deferred<Part> | undefined;
}

/** The workers: each answers its batches in the order sent; a worker keeps the process alive only while it owes an answer. */
class WorkerPool {
  private readonly slots: Slot[] = [];
  private failure: { readonly error: unknown } | undefined;
  private closing = false;
  private turn = 0;

  constructor(
    threads: number,
    data: RosterWorkerData,
    private readonly inFlight: number,
    onWorker: ((worker: Worker) => void) | undefined,
  ) {
    const script = workerScript();
    for (let index = 0; index < threads; index += 1) {
      const worker = script.eval ? new Worker(script.code, { eval: true, workerData: data }) : new Worker(script.url, { workerData: data });
      worker.unref();
      const slot: Slot = { worker, waiting: [], done: undefined };
      worker.on("message", (message: FromRosterWorker) => this.received(slot, message));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (!this.closing) this.fail(new Error(`a roster worker stopped before its end (exit code ${code})`));
      });
      this.slots.push(slot);
      onWorker?.(worker);
    }
  }

  private received(slot: Slot, message: FromRosterWorker): void {
    switch (message.kind) {
      case "batch":
        slot.waiting.shift()?.resolve(message.members);
        if (slot.waiting.length === 0 && slot.done === undefined) slot.worker.unref();
        break;
      case "done":
        slot.done?.resolve({ worklist: message.worklist, impact: message.impact });
        break;
      case "failed": {
        const error = new Error(message.message);
        error.name = message.name;
        if (message.stack !== undefined) error.stack = message.stack;
        this.fail(error);
        break;
      }
    }
  }

  private fail(error: unknown): void {
    if (this.failure !== undefined || this.closing) return;
    this.failure = { error };
    for (const slot of this.slots) {
      for (const waiter of slot.waiting.splice(0)) waiter.reject(error);
      slot.done?.reject(error);
    }
  }

  /** Whether some worker may be sent another batch. */
  hasRoom(): boolean {
    return this.slots.some((slot) => slot.waiting.length < this.inFlight);
  }

  /** Sends a batch to the worker holding the fewest (taking turns among equals); its results, in its order. */
  send(records: readonly unknown[]): Promise<readonly MemberResult[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure.error);
    let chosen: Slot | undefined;
    for (let k = 0; k < this.slots.length; k += 1) {
      const slot = this.slots[(this.turn + k) % this.slots.length] as Slot;
      if (chosen === undefined || slot.waiting.length < chosen.waiting.length) chosen = slot;
    }
    this.turn = (this.turn + 1) % this.slots.length;
    const slot = chosen as Slot;
    slot.worker.postMessage({ records } satisfies ToRosterWorker);
    const answer = deferred<readonly MemberResult[]>();
    slot.waiting.push(answer);
    slot.worker.ref();
    return answer.promise;
  }

  /** Tells every worker the roster has ended; their parts. */
  async finish(): Promise<Part[]> {
    if (this.failure !== undefined) throw this.failure.error;
    return Promise.all(
      this.slots.map((slot) => {
        slot.done = deferred<Part>();
        slot.worker.ref();
        slot.worker.postMessage({ end: true } satisfies ToRosterWorker);
        return slot.done.promise;
      }),
    );
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/**
 * Where the worker script is: `roster-worker.js` beside the module that holds this code
 * (the package's `dist/`, or a bundle whose build puts it beside, as the benchmark's does).
 * Run from the sources (`.ts`, under vitest or tsx), the worker is started through tsx's
 * `tsImport`, from an evaluated bootstrap: Node 20 does not apply the parent's loader
 * hooks, nor `--import tsx` given in a worker's `execArgv`, to a worker's entry. tsx is a
 * development dependency, there only when the sources are run.
 */
function workerScript(): { readonly eval: false; readonly url: URL } | { readonly eval: true; readonly code: string } {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return { eval: false, url: new URL("./roster-worker.js", here) };
  const target = new URL("./roster-worker.ts", here).href;
  const tsx = tsxApi(here);
  return { eval: true, code: `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(target)}, ${JSON.stringify(here)}));` };
}

/** tsx's ESM API, as a URL: its `import` condition (its `require` one cannot start the ESM loader). */
function tsxApi(from: string): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolve === "function") {
    try {
      return resolve("tsx/esm/api");
    } catch {
      // Resolved by hand below.
    }
  }
  const packageJson = createRequire(from).resolve("tsx/package.json");
  return pathToFileURL(join(dirname(packageJson), "dist/esm/api/index.mjs")).href;
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** analyzeInWorkers was given a number of threads that is not a whole number from 1 to 64. */
    "roster.error.threads": Record<never, never>;
    /** analyzeInWorkers was given a batch size or a number of batches in flight that is not a whole number from 1. */
    "roster.error.tuning": Record<never, never>;
  }
}
