/**
 * The worker thread of {@link analyzeInWorkers}: one `analyzeRoster` over the batches of
 * records it is sent, in the order they come. Each batch's member results are posted back
 * as soon as its last member is decided; at the end (`{ end: true }`), the worker's part of
 * the worklist and of the impact report, which the main thread joins with the others'.
 *
 * Built on its own (`dist/roster-worker.js`, tsup), and found by `roster-workers.ts`
 * beside the module that calls it.
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { analyzeRoster, type MemberResult, type RosterOptions } from "../roster/analyze.js";
import type { ImpactReport } from "../roster/impact.js";
import type { Worklist } from "../roster/worklist.js";

/** What the main thread sends a worker: a batch of records, or the end of the roster. @internal */
export type ToRosterWorker = { readonly records: readonly unknown[] } | { readonly end: true };

/** What a worker sends back. @internal */
export type FromRosterWorker =
  /** The results of the oldest batch not yet answered, in its order (positions are the worker's own: the main thread sets them). */
  | { readonly kind: "batch"; readonly members: readonly MemberResult[] }
  /** The worker's part of the worklist and of the impact report (`null` without `impact`). */
  | { readonly kind: "done"; readonly worklist: Worklist; readonly impact: ImpactReport | null }
  /** What went wrong, as plain data: an error's class does not cross the thread boundary. */
  | { readonly kind: "failed"; readonly name: string; readonly message: string; readonly stack: string | undefined };

/** What a worker is started with. @internal */
export interface RosterWorkerData {
  /** The options, as `analyzeInWorkers` validated them. */
  readonly options: RosterOptions;
}

function run(): void {
  const port = parentPort;
  if (port === null) throw new Error("roster-worker runs in a worker thread");
  const { options } = workerData as RosterWorkerData;
  const batches: (readonly unknown[])[] = [];
  // The sizes of the batches received and not yet answered, oldest first.
  const sizes: number[] = [];
  let ended = false;
  let wake: (() => void) | undefined;

  port.on("message", (message: ToRosterWorker) => {
    if ("records" in message) {
      batches.push(message.records);
      sizes.push(message.records.length);
    } else {
      ended = true;
    }
    const resume = wake;
    wake = undefined;
    resume?.();
  });

  async function* records(): AsyncGenerator<unknown, void, undefined> {
    for (;;) {
      const batch = batches.shift();
      if (batch !== undefined) {
        for (let index = 0; index < batch.length; index += 1) yield batch[index];
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }

  void (async () => {
    try {
      const analysis = analyzeRoster(records(), options);
      let members: MemberResult[] = [];
      for await (const member of analysis.members) {
        members.push(member);
        if (members.length === sizes[0]) {
          sizes.shift();
          port.postMessage({ kind: "batch", members } satisfies FromRosterWorker);
          members = [];
        }
      }
      const worklist = await analysis.worklist();
      const impact = options.impact === true ? await analysis.impact() : null;
      port.postMessage({ kind: "done", worklist, impact } satisfies FromRosterWorker);
    } catch (error) {
      const failed = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ kind: "failed", name: failed.name, message: failed.message, stack: failed.stack } satisfies FromRosterWorker);
    }
  })();
}

run();
