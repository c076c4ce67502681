/**
 * Benchmarks: `npm run bench` builds (test/bench/build.ts) and writes docs/benchmarks.md.
 *
 * 1. Each rule of `RULES`, on a seeded sample: the rule itself (validated, full trace),
 *    its outcome alone (`rule.decideOutcome`), and a hand-written function making the same
 *    decision after the rule's own zod schema has parsed the input; for documentForAbsence
 *    also the bare decision on day numbers computed beforehand.
 * 2. documentForAbsence against the same rule for json-rules-engine, on flat facts.
 * 3. Storing decisions: JSON.stringify's price, the stored size, the heap a kept decision holds;
 *    and what this runtime's JSON.stringify allows the goals of sections 2 and 3 together:
 *    writing a decision against json-rules-engine, the two timed in the same rounds.
 * 4. The price of decisions that share nothing: copying a decision's tree, against freezing it.
 * 5. The command line: `check` on 10,000 scenarios, the steps it cannot do without (node,
 *    zod, the library, the files read, the outcomes alone), and `--help` against `node -e 0`.
 * 6. The roster (test/bench/roster.ts): `analyzeRoster` on seeded rosters of 100,000 and
 *    1,000,000 members (`BENCH_SIZES`), each in a process of its own, with its memory; the
 *    impact pass against the plain pass; the structured clones `analyzeInWorkers` pays; and
 *    `analyzeInWorkers` with one and two threads against `analyzeRoster`; a profile.
 * 7. For a rule that misses a goal, a `node --cpu-prof` profile of a loop of it.
 *
 * Every time is measured by test/bench/harness.ts (the roster's passes, a roster each, in
 * batches of their own size and fewer rounds): batches of at least 1,000 calls,
 * variants interleaved in rotating order, each in a worker thread of its own, warm-up
 * rounds thrown away, the median of the rest, ratios taken within each round. Tests never read the clock; speed is measured here.
 *
 * Environment: BENCH_SIZES (default 100000,1000000), BENCH_ROUNDS (21), BENCH_WARMUP (4 rounds),
 * BENCH_WARMUP_MS (500), BENCH_BATCH_MS (20), BENCH_PROFILE_SECONDS (4); for the roster,
 * BENCH_PIPELINE_ROUNDS (3 processes of each size), BENCH_ROSTER_ROUNDS (11),
 * BENCH_THREADS_ROUNDS (3) and BENCH_THREADS_MEMBERS (100000); BENCH_SKIP, a comma-separated
 * list of sections to leave out while working on the benchmark (rules, engine, storing, cli,
 * roster, profiles, and the roster's parts roster-pipeline, roster-impact, roster-clone,
 * roster-threads, roster-profile), and BENCH_ONLY, the sections to run alone (the same names:
 * `BENCH_ONLY=roster` runs only section 6).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, isMainThread, workerData } from "node:worker_threads";
import { sameJson, type Decision, type JsonValue } from "../../src/decision/decision.js";
import { deepFreeze, ownedCopy } from "../../src/frozen.js";
import { RULES } from "../../src/rules/registry.js";
import { TIMING, compare, formatNs, formatRatio, machine, median, nsOf, quantile, ratioOf, serve, type Measured, type Ratio, type Runner, type Variant } from "./harness.js";
import { HOT_FUNCTIONS } from "./hot-functions.js";
import {
  AGREES,
  DOCUMENT_CODES,
  absenceNumbers,
  bareDocument,
  baselineCohort,
  baselineDocument,
  baselineGrade,
  baselineLiaisons,
  baselineManagement,
  baselineReceiving,
  baselineSchedule,
  cohort,
  flatFacts,
  liaisonBranch,
  member,
  random,
  record,
  ruleEngine,
  type Member,
} from "./inputs.js";
import { summarizeProfile, type ProfileSummary } from "./profile.js";
import {
  ROSTER_CHUNK,
  cloneComparison,
  impactComparison,
  pipelineChild,
  pipelineRounds,
  profileChild as rosterProfileChild,
  profilePipeline,
  rosterVariant,
  slopeOf,
  summarize,
  threadsChild,
  threadsComparison,
  type CloneComparison,
  type ImpactComparison,
  type PipelineRun,
  type PipelineSummary,
  type ThreadsComparison,
} from "./roster.js";
import { ROSTER_AS_OF } from "./roster-inputs.js";

const root = process.cwd();
const bundle = fileURLToPath(import.meta.url);
const SIZES = (process.env["BENCH_SIZES"] ?? "100000,1000000").split(",").map(Number);
const SKIP = new Set((process.env["BENCH_SKIP"] ?? "").split(",").filter((s) => s !== ""));
const ONLY = new Set((process.env["BENCH_ONLY"] ?? "").split(",").filter((s) => s !== ""));
/** Whether a section runs: not skipped, and named (or its part) by BENCH_ONLY when that is given. */
const wanted = (section: string, parent?: string): boolean =>
  !SKIP.has(section) && (parent === undefined || !SKIP.has(parent)) && (ONLY.size === 0 || ONLY.has(section) || (parent !== undefined && ONLY.has(parent)));
const PROFILE_SECONDS = Number(process.env["BENCH_PROFILE_SECONDS"] ?? 4);
const SEED = 20131119;

// ---- The rules, as declared. ----

/** A rule as the benchmark uses it: the function, with its declaration on it. */
interface DeclaredRule {
  (input: unknown, options?: unknown): Decision<JsonValue>;
  readonly input: { parse(value: unknown): unknown };
  readonly outcome: unknown;
  readonly decideOutcome: (input: unknown, options?: unknown) => JsonValue;
}

const RULE_NAMES = Object.keys(RULES);

/** The rule, or `undefined` for one that does not declare its outcome (not yet on the core of `defineRule`). */
function declared(name: string): DeclaredRule | undefined {
  const rule = (RULES as unknown as Record<string, Partial<DeclaredRule> | undefined>)[name];
  return rule?.outcome === undefined || typeof rule.decideOutcome !== "function" ? undefined : (rule as DeclaredRule);
}

const NOT_RUN = "Not run (BENCH_SKIP or BENCH_ONLY).";

const NOT_DECLARED = (name: string) =>
  `\`${name}\`: skipped — \`RULES.${name}.outcome\` is undefined: the rule is not yet declared with \`defineRule\` in this tree.`;

// ---- The samples. ----

interface Sample {
  readonly inputs: readonly unknown[];
  readonly baseline: (input: never) => unknown;
}

/** The seeded members (2,000): absences, management facts, situations, schedules. */
let membersMade: readonly Member[] | undefined;
function sampleMembers(): readonly Member[] {
  const next = random(SEED);
  membersMade ??= Array.from({ length: 2000 }, () => member(next));
  return membersMade;
}

/** Each rule's sample, made when first asked for (a profile of one rule makes only its own). */
const SAMPLES: { readonly [rule: string]: { readonly what: string; readonly make: () => Sample } } = {
  documentForAbsence: { what: "2,000 absences", make: () => ({ inputs: sampleMembers().map((m) => m.absence), baseline: baselineDocument }) },
  managementMode: { what: "2,000 members' employment and residence", make: () => ({ inputs: sampleMembers().map((m) => m.management), baseline: baselineManagement }) },
  resolveReceivingOrg: { what: "2,000 members going away", make: () => ({ inputs: sampleMembers().map((m) => m.situation), baseline: baselineReceiving }) },
  liaisonAssignment: {
    what: "100 branches of 200 members and 14 officers",
    make: () => ({ inputs: Array.from({ length: 100 }, (_, b) => liaisonBranch(b)), baseline: baselineLiaisons }),
  },
  evaluationGrade: {
    what: "2,000 appraisal records of 12 months",
    make: () => {
      const next = random(SEED + 2);
      return { inputs: Array.from({ length: 2000 }, () => record(next)), baseline: baselineGrade };
    },
  },
  evaluationCohort: {
    what: "100 cohorts of 40 records",
    make: () => {
      const next = random(SEED + 3);
      return { inputs: Array.from({ length: 100 }, () => cohort(next)), baseline: baselineCohort };
    },
  },
  reportingSchedule: { what: "2,000 members' 2024 schedules", make: () => ({ inputs: sampleMembers().map((m) => m.schedule), baseline: baselineSchedule }) },
};

const samplesMade = new Map<string, Sample>();
function sampleOf(rule: string): Sample | undefined {
  const made = samplesMade.get(rule);
  if (made !== undefined) return made;
  const sample = SAMPLES[rule]?.make();
  if (sample !== undefined) samplesMade.set(rule, sample);
  return sample;
}

/** Checks the rule, its outcome alone and the baseline agree on every input: the first disagreement, or `null`. */
function disagreement(name: string, rule: DeclaredRule, sample: Sample): string | null {
  const agrees = AGREES[name];
  if (agrees === undefined) return "no comparison of its outcome with a baseline is written";
  for (const [i, input] of sample.inputs.entries()) {
    const decision = rule(input);
    if (!agrees(decision.outcome as Readonly<Record<string, unknown>>, input as never)) {
      return `the baseline disagrees with the rule on input ${i}: ${JSON.stringify(input).slice(0, 300)}`;
    }
    if (!sameJson(rule.decideOutcome(input), decision.outcome)) return `decideOutcome disagrees with the rule on input ${i}`;
  }
  return null;
}

// ---- The variants, each built where it runs: in a worker of its own. ----

/** A comparison's variant, by the comparison's and the variant's names. */
function variantOf(comparison: string, name: string): Variant {
  const absences = sampleMembers().map((m) => m.absence);
  const rule = declared(comparison.startsWith("rule:") ? comparison.slice("rule:".length) : "documentForAbsence");
  if (rule === undefined) throw new Error(`${comparison}: the rule is not declared`);
  if (comparison.startsWith("rule:")) {
    const sample = sampleOf(comparison.slice("rule:".length));
    if (sample === undefined) throw new Error(`${comparison}: no sample`);
    const schema = rule.input;
    const baseline = sample.baseline as (input: unknown) => unknown;
    switch (name) {
      case "full":
        return { call: (x: unknown) => rule(x), inputs: sample.inputs };
      case "outcome":
        return { call: (x: unknown) => rule.decideOutcome(x), inputs: sample.inputs };
      case "zod":
        return { call: (x: unknown) => baseline(schema.parse(x)), inputs: sample.inputs };
      case "bare":
        return { call: bareDocument as (x: never) => unknown, inputs: (sample.inputs as never[]).map(absenceNumbers) };
    }
  }
  // The engine, and the decision with and without writing it, are the same variants in every
  // comparison that times them: "floor" times the three together (section 3).
  if ((comparison === "engine" || comparison === "floor") && name === "engine") {
    const engine = ruleEngine();
    return { call: (x: unknown) => engine.run(flatFacts(x as never)), inputs: absences, async: true };
  }
  if (comparison === "engine") {
    if (name === "ours") return { call: (x: unknown) => rule(x), inputs: absences };
    if (name === "outcome") return { call: (x: unknown) => rule.decideOutcome(x), inputs: absences };
  }
  if (comparison === "storing" || comparison === "floor") {
    if (name === "decision") return { call: (x: unknown) => rule(x), inputs: absences };
    if (name === "stringify") return { call: (x: unknown) => JSON.stringify(rule(x)), inputs: absences };
  }
  if (comparison === "copy") {
    if (name === "decide") return { call: (x: unknown) => rule(x), inputs: absences };
    const decisions = absences.map((a) => rule(a));
    if (name === "copy") return { call: (d: unknown) => ownedCopy(d), inputs: decisions };
    const texts = decisions.map((d) => JSON.stringify(d));
    if (name === "freeze") {
      return {
        call: (d: unknown) => deepFreeze(d),
        inputs: [],
        prepare: (calls) => Array.from({ length: calls }, (_, i) => JSON.parse(texts[i % texts.length] ?? "null") as unknown),
      };
    }
  }
  throw new Error(`no variant ${name} of ${comparison}`);
}

/** Starts a variant of `comparison` in a worker thread of its own. */
const inWorker =
  (comparison: string) =>
  async (name: string): Promise<Runner> => {
    const worker = new Worker(bundle, { workerData: { comparison, variant: name } });
    const reply = () =>
      new Promise<{ ns?: number }>((done, fail) => {
        const onMessage = (message: { ns?: number; error?: string }) => {
          worker.off("error", onError);
          if (message.error === undefined) done(message);
          else fail(new Error(`${comparison}/${name}: ${message.error}`));
        };
        const onError = (error: Error) => {
          worker.off("message", onMessage);
          fail(error);
        };
        worker.once("message", onMessage);
        worker.once("error", onError);
      });
    await reply();
    return {
      batch: async (calls) => {
        const answer = reply();
        worker.postMessage({ calls });
        return (await answer).ns ?? Number.NaN;
      },
      close: async () => void (await worker.terminate()),
    };
  };

// ---- Goals. ----

interface Goal {
  readonly goal: string;
  readonly measured: string;
  /** `null`: not measured. */
  readonly met: boolean | null;
}

const goals: Goal[] = [];
const misses = new Set<string>();
const mark = (met: boolean | null) => (met === null ? "not measured" : met ? "met" : "**not met**");

// ---- 1. Each rule. ----

interface RuleResult {
  readonly name: string;
  readonly full: number;
  readonly outcomeOnly: number;
  readonly handWritten: number;
  readonly ratio: Ratio;
  readonly outcomeRatio: Ratio;
  readonly bare?: { readonly ns: number; readonly full: Ratio; readonly handWritten: Ratio };
}

async function eachRule(): Promise<{ lines: string[]; results: RuleResult[] }> {
  const lines: string[] = [];
  const results: RuleResult[] = [];
  for (const name of RULE_NAMES) {
    const rule = declared(name);
    if (rule === undefined) {
      lines.push(NOT_DECLARED(name));
      goals.push({ goal: `${name}: ours ÷ hand-written with zod ≤ 6×`, measured: "skipped: not declared with defineRule yet", met: null });
      continue;
    }
    const sample = sampleOf(name);
    if (sample === undefined) {
      lines.push(`\`${name}\`: skipped — the benchmark has no generator or baseline for it yet.`);
      goals.push({ goal: `${name}: ours ÷ hand-written with zod ≤ 6×`, measured: "skipped: no baseline", met: null });
      continue;
    }
    const wrong = disagreement(name, rule, sample);
    if (wrong !== null) {
      lines.push(`\`${name}\`: **not measured** — ${wrong}.`);
      goals.push({ goal: `${name}: ours ÷ hand-written with zod ≤ 6×`, measured: "not measured: the baseline disagrees", met: null });
      process.exitCode = 1;
      continue;
    }
    process.stdout.write(`bench: ${name}\n`);
    const m = await compare(name === "documentForAbsence" ? ["full", "outcome", "zod", "bare"] : ["full", "outcome", "zod"], inWorker(`rule:${name}`));
    const result: RuleResult = {
      name,
      full: nsOf(m, "full"),
      outcomeOnly: nsOf(m, "outcome"),
      handWritten: nsOf(m, "zod"),
      ratio: ratioOf(m, "full", "zod"),
      outcomeRatio: ratioOf(m, "outcome", "zod"),
      ...(name === "documentForAbsence"
        ? { bare: { ns: nsOf(m, "bare"), full: ratioOf(m, "full", "bare"), handWritten: ratioOf(m, "zod", "bare") } }
        : {}),
    };
    results.push(result);
    const met = result.ratio.value <= 6;
    if (!met) misses.add(name);
    goals.push({ goal: `${name}: ours ÷ hand-written with zod ≤ 6×`, measured: formatRatio(result.ratio), met });
  }
  return { lines, results };
}

// ---- 2. json-rules-engine. ----

async function againstEngine(absences: readonly unknown[]): Promise<{ ours: number; outcome: number; engine: number; ratio: Ratio; outcomeRatio: Ratio } | null> {
  const rule = declared("documentForAbsence");
  if (rule === undefined) return null;
  const engine = ruleEngine();
  for (const a of absences) {
    const events = (await engine.run(flatFacts(a as never))).events.map((e) => e.type);
    if (events.length !== 1 || events[0] !== (rule(a).outcome as { document?: string }).document) {
      throw new Error(`json-rules-engine disagrees with documentForAbsence: ${events.join()} on ${JSON.stringify(a)}`);
    }
  }
  process.stdout.write("bench: json-rules-engine\n");
  const m = await compare(["ours", "outcome", "engine"], inWorker("engine"));
  const ratio = ratioOf(m, "engine", "ours");
  const met = ratio.value >= 25;
  if (!met) misses.add("documentForAbsence");
  goals.push({ goal: "documentForAbsence: json-rules-engine ÷ ours ≥ 25×", measured: formatRatio(ratio), met });
  return { ours: nsOf(m, "ours"), outcome: nsOf(m, "outcome"), engine: nsOf(m, "engine"), ratio, outcomeRatio: ratioOf(m, "engine", "outcome") };
}

// ---- 3. Storing decisions, and 4. copying against freezing. ----

interface Storing {
  readonly decide: number;
  readonly stringify: number;
  readonly ratio: Ratio;
  readonly sizeMedian: number;
  readonly sizeMax: number;
  readonly fields: readonly (readonly [string, number])[];
  readonly heapPerDecision: number | null;
  readonly copy: { readonly copy: number; readonly freeze: number; readonly copyShare: Ratio; readonly freezeShare: Ratio };
  /** Writing a decision (decision and `JSON.stringify` less the decision) against json-rules-engine, the three timed together. */
  readonly writing: { readonly stringify: number; readonly engine: number; readonly share: Ratio };
}

/**
 * What the goals of sections 2 and 3 together allow `JSON.stringify` of a decision: with
 * json-rules-engine ÷ decision ≥ 25 and (decision + stringify) ÷ decision ≤ 2.5, stringify ≤
 * 1.5 × decision ≤ 1.5 × engine ÷ 25, that is 0.06 × the engine's time.
 */
const STRINGIFY_SHARE_OF_ENGINE_ALLOWED = 1.5 / 25;

/** Round by round, (decision and `JSON.stringify`) less the decision, ÷ json-rules-engine: the median and the middle half. */
function writingShare(m: Measured): Ratio {
  const series = (name: string) => m.ns[m.names.indexOf(name)] ?? [];
  const [decision, stored, engine] = [series("decision"), series("stringify"), series("engine")];
  const shares = stored.map((ns, r) => (ns - (decision[r] ?? Number.NaN)) / (engine[r] ?? Number.NaN));
  return { value: median(shares), low: quantile(shares, 0.25), high: quantile(shares, 0.75) };
}

async function storing(absences: readonly unknown[]): Promise<Storing | null> {
  const rule = declared("documentForAbsence");
  if (rule === undefined) return null;
  process.stdout.write("bench: storing decisions\n");
  const m = await compare(["decision", "stringify"], inWorker("storing"));
  const ratio = ratioOf(m, "stringify", "decision");
  const decisions = absences.map((a) => rule(a));
  const texts = decisions.map((d) => JSON.stringify(d));
  const sizes = texts.map((t) => Buffer.byteLength(t));
  const keys = Object.keys(decisions[0] ?? {});
  const fields = keys
    .map((key) => [key, median(decisions.map((d) => Buffer.byteLength(JSON.stringify((d as unknown as Record<string, unknown>)[key]) ?? "") + key.length + 4))] as const)
    .sort((a, b) => b[1] - a[1]);

  // The heap 100,000 kept decisions hold, between two full collections.
  let heapPerDecision: number | null = null;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    const kept: unknown[] = new Array(100_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < kept.length; i += 1) kept[i] = rule(absences[i % absences.length]);
    gc();
    const after = process.memoryUsage().heapUsed;
    heapPerDecision = (after - before) / kept.length;
    if (kept.length !== 100_000) throw new Error("unreachable: keeps the decisions alive until measured");
  }

  // 4. Copying a decision's tree (what the library does) and freezing it (the alternative), against making it.
  process.stdout.write("bench: copy and freeze\n");
  const c = await compare(["decide", "copy", "freeze"], inWorker("copy"));

  // What writing a decision costs against json-rules-engine, all three in the same rounds.
  process.stdout.write("bench: writing a decision against json-rules-engine\n");
  const f = await compare(["decision", "stringify", "engine"], inWorker("floor"));
  const writing = { stringify: nsOf(f, "stringify") - nsOf(f, "decision"), engine: nsOf(f, "engine"), share: writingShare(f) };

  const stringifyMet = ratio.value <= 2.5;
  const bothPossible = writing.share.value <= STRINGIFY_SHARE_OF_ENGINE_ALLOWED;
  goals.push({
    goal: "(decision + JSON.stringify) ÷ decision ≤ 2.5×",
    measured: `${formatRatio(ratio, 2)}${bothPossible ? "" : "; with section 2's goal, not possible for decisions as they are on this runtime (section 3)"}`,
    met: stringifyMet,
  });
  const sizeMedian = median(sizes);
  const sizeMax = Math.max(...sizes);
  goals.push({
    goal: "stored JSON of a documentForAbsence decision ≤ 1.5 KB (1,500 B), the median decision (the largest, an ambiguous one carrying its other reading's outcome, beside it)",
    measured: `median ${sizeMedian.toLocaleString("en")} B, max ${sizeMax.toLocaleString("en")} B`,
    met: sizeMedian <= 1500,
  });
  goals.push({
    goal: "heap per kept decision ≤ 1,000 B",
    measured: heapPerDecision === null ? "not measured: run without --expose-gc" : `${heapPerDecision.toFixed(0)} B`,
    met: heapPerDecision === null ? null : heapPerDecision <= 1000,
  });
  if (!stringifyMet || sizeMedian > 1500 || (heapPerDecision ?? 0) > 1000) misses.add("documentForAbsence");
  return {
    decide: nsOf(m, "decision"),
    stringify: nsOf(m, "stringify"),
    ratio,
    sizeMedian,
    sizeMax,
    fields,
    heapPerDecision,
    copy: { copy: nsOf(c, "copy"), freeze: nsOf(c, "freeze"), copyShare: ratioOf(c, "copy", "decide"), freezeShare: ratioOf(c, "freeze", "decide") },
    writing,
  };
}

// ---- 5. The command line. ----

interface CommandLine {
  readonly cli: string;
  readonly how: string;
  readonly check: readonly number[];
  readonly help: number;
  readonly nodeAlone: number;
  readonly helpRatio: Ratio;
  readonly profile: ProfileSummary | null;
  /** Medians of the steps toward `check` (`CHECK_STEPS`), in milliseconds, by step. */
  readonly steps: readonly (readonly [CheckStep, number])[];
}

/**
 * What `check` on the 10,000 scenarios cannot do without, each step a process of its own
 * that does the steps before it too: starting node, loading zod (the rules' one runtime
 * library), loading the library, reading and parsing the 100 files one at a time as `check`
 * does (each dropped before the next), and deciding each file's outcomes as it is read
 * (`decideOutcome`: no trace, no readings, nothing compared). What the last adds to the one
 * before is the least a check's 10,000 decisions could cost, on code that has not been
 * optimized yet, as in any command's run.
 */
const CHECK_STEPS = ["node", "zod", "library", "files", "outcomes"] as const;
type CheckStep = (typeof CHECK_STEPS)[number];

/** The program of a step toward `check`, run with `node --input-type=module -e`; its arguments: the folder and the library's URL. */
function checkStepProgram(step: CheckStep): string {
  const upTo = CHECK_STEPS.indexOf(step);
  const lines = ["const [dir, library] = process.argv.slice(1);"];
  if (upTo >= 1) lines.push('await import("zod");');
  if (upTo >= 2) lines.push("const { documentForAbsence } = await import(library);");
  if (upTo >= 3) {
    lines.push('const { readdirSync, readFileSync } = await import("node:fs");');
    lines.push("let scenarios = 0, decided = 0;");
    lines.push('for (const name of readdirSync(dir).sort()) {');
    lines.push('  const file = JSON.parse(readFileSync(dir + "/" + name, "utf8"));');
    lines.push("  scenarios += file.scenarios.length;");
    if (upTo >= 4) lines.push("  for (const s of file.scenarios) if (documentForAbsence.decideOutcome(s.input)) decided += 1;");
    lines.push("}");
    lines.push(`if (scenarios !== 10000 || decided !== ${upTo >= 4 ? 10000 : 0}) process.exit(3);`);
  }
  return lines.join("\n");
}

function timedRun(args: readonly string[]): { ms: number; status: number | null; stdout: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: run.status, stdout: run.stdout };
}

function commandLine(): CommandLine | null {
  const rule = declared("documentForAbsence");
  let build: { cli: { path: string; how: string } };
  try {
    build = JSON.parse(readFileSync(join(dirname(bundle), "build.json"), "utf8")) as typeof build;
  } catch {
    return null;
  }
  if (rule === undefined) return null;
  process.stdout.write("bench: command line\n");
  const cli = build.cli.path;
  // 10,000 scenarios of documentForAbsence, in 100 files of 100, expectations from the decisions.
  const dir = mkdtempSync(join(tmpdir(), "mmr-bench-"));
  try {
    const next = random(SEED + 1);
    for (let f = 0; f < 100; f += 1) {
      const scenarios = Array.from({ length: 100 }, (_, s) => {
        const input = member(next).absence;
        const decision = rule(input);
        return {
          name: `scenario ${f * 100 + s}`,
          rule: "documentForAbsence",
          input,
          expect: { outcome: decision.outcome, ambiguous: decision.ambiguous, citations: decision.citations },
        };
      });
      writeFileSync(join(dir, `scenarios-${String(f).padStart(3, "0")}.json`), JSON.stringify({ scenarios }, null, 2));
    }
    const check = () => {
      const run = timedRun([cli, "check", dir]);
      if (run.status !== 0 || !run.stdout.includes("通过 10000 项")) throw new Error(`check did not pass all 10,000 scenarios: ${run.stdout.slice(-300)}`);
      return run.ms;
    };
    check(); // the files into the page cache, the CLI's modules into the compile cache
    const checkMs = [check(), check(), check()];
    // The steps toward it: three rounds, the steps in turn in each.
    const library = pathToFileURL(resolve(root, "dist/index.js")).href;
    const stepMs = new Map<CheckStep, number[]>(CHECK_STEPS.map((step) => [step, []]));
    for (let round = 0; round < 4; round += 1) {
      for (const step of round % 2 === 0 ? CHECK_STEPS : [...CHECK_STEPS].reverse()) {
        const run = step === "node" ? timedRun(["-e", "0"]) : timedRun(["--input-type=module", "-e", checkStepProgram(step), dir, library]);
        if (run.status !== 0) throw new Error(`the step toward check "${step}" failed (${String(run.status)})`);
        if (round > 0) stepMs.get(step)?.push(run.ms); // the first round warms the file cache
      }
    }
    const steps = CHECK_STEPS.map((step) => [step, median(stepMs.get(step) ?? [])] as const);
    const checkMet = median(checkMs) <= 500;
    goals.push({ goal: "`check` on 10,000 scenarios ≤ 0.5 s (median of 3)", measured: `${(median(checkMs) / 1000).toFixed(2)} s`, met: checkMet });

    // --help against node -e 0: 10 each, interleaved, after 2 of each.
    const help: number[] = [];
    const alone: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const pair = i % 2 === 0 ? [() => timedRun([cli, "--help"]).ms, () => timedRun(["-e", "0"]).ms] : [() => timedRun(["-e", "0"]).ms, () => timedRun([cli, "--help"]).ms];
      const [first, second] = [pair[0]?.() ?? 0, pair[1]?.() ?? 0];
      if (i < 2) continue;
      help.push(i % 2 === 0 ? first : second);
      alone.push(i % 2 === 0 ? second : first);
    }
    const ratios = help.map((h, i) => h / (alone[i] ?? Number.NaN));
    const helpRatio: Ratio = { value: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
    goals.push({ goal: "`--help` ÷ `node -e 0` ≤ 1.3× (median of 10 pairs)", measured: helpRatio.value.toFixed(2) + "×", met: helpRatio.value <= 1.3 });

    let profile: ProfileSummary | null = null;
    if (!checkMet && !SKIP.has("profiles")) {
      const profDir = mkdtempSync(join(tmpdir(), "mmr-prof-"));
      spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profDir, "--cpu-prof-interval", "200", cli, "check", dir], { cwd: root });
      const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
      if (file !== undefined) profile = summarizeProfile(join(profDir, file), root);
      rmSync(profDir, { recursive: true, force: true });
    }
    return { cli, how: build.cli.how, check: checkMs, help: median(help), nodeAlone: median(alone), helpRatio, profile, steps };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The steps toward `check` as a table: each step's time, and what it adds to the one before. */
function checkStepsTable(cli: CommandLine): string {
  const what: Record<CheckStep, string> = {
    node: "`node -e 0`",
    zod: "and `import(\"zod\")`",
    library: "and the library's main entry loaded",
    files: "and the 100 files read and parsed one at a time (`JSON.parse`, 8 MB in all)",
    outcomes: "and each file's outcomes decided as it is read (`decideOutcome`: no trace, nothing compared)",
  };
  const rows = cli.steps.map(([step, ms], i) => `| ${what[step]} | ${fmtMs(ms)} | ${i === 0 ? "" : `+${fmtMs(ms - (cli.steps[i - 1]?.[1] ?? 0))}`} |`);
  const library = cli.steps.find(([step]) => step === "library")?.[1] ?? Number.NaN;
  const files = cli.steps.find(([step]) => step === "files")?.[1] ?? Number.NaN;
  const outcomes = cli.steps.find(([step]) => step === "outcomes")?.[1] ?? Number.NaN;
  return `| step | time | added |
|---|---|---|
${rows.join("\n")}
| \`check\` itself (median above) | ${fmtMs(median(cli.check))} | |

Started, with zod and the library loaded, \`check\` has spent ${fmtMs(library)} before it reads a file; reading and parsing the files brings what it spends on anything but deciding to ${fmtMs(files)}${files >= 500 ? ", the whole of its goal" : `, leaving ${fmtMs(500 - files)} of its 0.5 s for 10,000 decisions`}. Deciding their outcomes alone, on code not yet optimized, takes it to ${fmtMs(outcomes)}${outcomes > 500 ? ", past the goal before any trace is made or any expectation compared" : ""}.`;
}

// ---- 6. The roster: see roster.ts. ----

// ---- 7. Profiles. ----

/** In the child: a loop of one rule on its sample, for `seconds`, for `node --cpu-prof`. */
function profileChild(name: string, seconds: number): void {
  const rule = declared(name);
  const sample = sampleOf(name);
  if (rule === undefined || sample === undefined) throw new Error(`cannot profile ${name}`);
  const until = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  let sink: unknown;
  let calls = 0;
  while (process.hrtime.bigint() < until) {
    for (let i = 0; i < 1000; i += 1) sink = rule(sample.inputs[(calls + i) % sample.inputs.length]);
    calls += 1000;
  }
  process.stdout.write(`${JSON.stringify({ calls, last: sink === undefined })}\n`);
}

function profileRule(name: string): { summary: ProfileSummary; calls: number } | null {
  process.stdout.write(`bench: profiling ${name}\n`);
  const dir = mkdtempSync(join(tmpdir(), "mmr-prof-"));
  try {
    const run = spawnSync(
      process.execPath,
      ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "200", bundle, "--profile-rule", name, String(PROFILE_SECONDS)],
      { cwd: root, encoding: "utf8" },
    );
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (run.status !== 0 || file === undefined) return null;
    const { calls } = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as { calls: number };
    return { summary: summarizeProfile(join(dir, file), root), calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function profileTable(summary: ProfileSummary): string {
  const noteOf = (name: string, module: string) => HOT_FUNCTIONS[`${name} ${module}`] ?? HOT_FUNCTIONS[name] ?? "";
  const rows = summary.functions.map(
    (f) => `| ${f.self.toFixed(1)} % | ${f.total.toFixed(1)} % | \`${f.name}\` | ${f.module} | ${noteOf(f.name, f.module)} |`,
  );
  const totals = summary.totals
    .filter((f) => !f.module.startsWith("test/bench/") && !f.module.startsWith(".ci/") && !f.module.startsWith("node:") && f.module !== "(V8)")
    .slice(0, 10)
    .map((f) => `\`${f.name}\` (${f.module}) ${f.total.toFixed(0)} %`)
    .join(" · ");
  const modules = summary.modules
    .slice(0, 8)
    .map((m) => `${m.name} ${m.self.toFixed(0)} %`)
    .join(" · ");
  return `| self | total | function | module | what it is, and whether it can go |
|---|---|---|---|---|
${rows.join("\n")}

*Self* is time in the function's own code, including what the compiler inlined into it;
*total* adds what it called. Largest totals: ${totals}.
By module (self): ${modules}.`;
}

// ---- The report. ----

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

interface RosterMeasured {
  readonly pipeline: { readonly byRound: readonly (readonly PipelineRun[])[]; readonly summaries: readonly PipelineSummary[]; readonly slope: Ratio } | null;
  readonly impact: ImpactComparison | null;
  readonly clone: CloneComparison | null;
  readonly threads: ThreadsComparison | null;
  readonly profile: ProfileSummary | null;
}

/** Rounds of the pipeline's processes: one 1,000,000-member pass takes a minute or more here, so fewer than the harness's. */
const PIPELINE_ROUNDS = Number(process.env["BENCH_PIPELINE_ROUNDS"] ?? 3);
/** Members of the profiled pass. */
const PROFILE_MEMBERS = 100_000;

async function rosterMeasures(): Promise<RosterMeasured> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  let pipeline: RosterMeasured["pipeline"] = null;
  if (wanted("roster-pipeline", "roster")) {
    const byRound = pipelineRounds(bundle, SIZES, PIPELINE_ROUNDS, log);
    pipeline = { byRound, summaries: SIZES.map((_, i) => summarize(byRound, i)), slope: slopeOf(byRound) };
  }
  let impact: ImpactComparison | null = null;
  if (wanted("roster-impact", "roster")) {
    log("bench: roster, impact pass against the plain pass");
    impact = await impactComparison(inWorker("roster-impact"));
  }
  let clone: CloneComparison | null = null;
  if (wanted("roster-clone", "roster")) {
    log("bench: roster, structured clones against deciding");
    clone = await cloneComparison(inWorker("roster-clone"));
  }
  let threads: ThreadsComparison | null = null;
  if (wanted("roster-threads", "roster")) {
    log("bench: roster, analyzeInWorkers against analyzeRoster");
    threads = threadsComparison(bundle, log);
  }
  let profile: ProfileSummary | null = null;
  if (wanted("roster-profile", "roster") && !SKIP.has("profiles")) {
    log("bench: roster, profiling the pipeline");
    profile = profilePipeline(bundle, PROFILE_MEMBERS, root);
  }
  return { pipeline, impact, clone, threads, profile };
}

const MEMORY_GOAL = 200 * 2 ** 20;

function rosterSection(m: RosterMeasured): string {
  const parts: string[] = [];
  const { pipeline, impact, clone, threads, profile } = m;
  if (pipeline === null) {
    parts.push(`### The pipeline\n\n${NOT_RUN}`);
  } else {
    const rows = pipeline.summaries.map((s) => {
      const perMember = (s.netMs * 1e3) / s.size;
      return `| ${s.size.toLocaleString("en")} | ${s.rulesPerMember.toFixed(2)} | ${(s.refusedShare * 100).toFixed(1)} % | ${fmtMs(s.netMs)} | ${fmtMs(s.generateMs)} | **${s.usPerMemberRule.toFixed(2)} µs** | ${perMember.toFixed(1)} µs | ${Number.isNaN(s.chunkSlope) ? "—" : s.chunkSlope.toFixed(2)} | ${MiB(s.rssPeak)} / ${MiB(s.maxRss)} | ${MiB(s.heapPeak)} | ${s.items.toLocaleString("en")} |`;
    });
    for (const s of pipeline.summaries) {
      if (Number.isNaN(s.chunkSlope)) continue;
      goals.push({ goal: `roster of ${s.size.toLocaleString("en")}: time per chunk of 10,000, last five ÷ first five (medians) ≤ 1.1`, measured: s.chunkSlope.toFixed(2), met: s.chunkSlope <= 1.1 });
    }
    const first = pipeline.summaries[0];
    const last = pipeline.summaries.at(-1);
    const factor = first !== undefined && last !== undefined ? last.size / first.size : Number.NaN;
    const slopeGoal = factor * 1.1;
    if (pipeline.summaries.length > 1 && first !== undefined && last !== undefined) {
      goals.push({
        goal: `roster pipeline: time on ${last.size.toLocaleString("en")} ÷ on ${first.size.toLocaleString("en")} ≤ ${slopeGoal.toFixed(0)}`,
        measured: `${pipeline.slope.value.toFixed(2)} (rounds ${pipeline.slope.low.toFixed(2)}–${pipeline.slope.high.toFixed(2)})`,
        met: pipeline.slope.value <= slopeGoal,
      });
    }
    const largest = pipeline.summaries.reduce((a, b) => (b.size > a.size ? b : a));
    for (const s of pipeline.summaries) {
      goals.push({
        goal: `roster pipeline on ${s.size.toLocaleString("en")}: time per member per rule applied < 2 µs`,
        measured: `${s.usPerMemberRule.toFixed(2)} µs`,
        met: s.usPerMemberRule < 2,
      });
    }
    goals.push({
      goal: `roster of ${largest.size.toLocaleString("en")} streamed: peak memory (the process's peak RSS) < 200 MiB`,
      measured: `${MiB(largest.maxRss)} (RSS sampled ${MiB(largest.rssPeak)}, V8 heap sampled ${MiB(largest.heapPeak)})`,
      met: largest.maxRss < MEMORY_GOAL,
    });
    const perMemberRule = pipeline.summaries.map((s) => `${s.usPerMemberRule.toFixed(2)} µs at ${s.size.toLocaleString("en")}`).join(", ");
    parts.push(`### The pipeline

\`analyzeRoster(records, { asOf: "${ROSTER_AS_OF}" })\` as a records system runs it: outcomes
only, every rule that applies to each record, the members' results read and dropped, then
the worklist. The records are made one at a time as the roster is read
(test/bench/roster-inputs.ts: branches of 50–300 members under ten committees; 85 % away,
most with their schedule; 60 % with an appraisal, 30 % management facts, 20 % a
situation; a secretary and two to four committee members per branch; 0.2 % bad records);
the time spent making them is measured inside the generator and left out. Each size runs
in a process of its own, after a warm-up on ${(20_000).toLocaleString("en")} other members, ${PIPELINE_ROUNDS} rounds with the
sizes' order turned each round (fewer rounds than the harness's: a pass over 1,000,000 takes
a minute or more here); times are the medians of the rounds, the slope the median of the
rounds' ratios, memory the largest of the rounds. Memory is sampled every
${ROSTER_CHUNK.toLocaleString("en")} members and after the worklist (\`process.memoryUsage()\`: RSS and V8's heap in use);
the process's peak RSS is \`process.resourceUsage().maxRSS\`.

| members | rules applied per member | refused | pipeline | making the records | per member per rule applied | per member | per chunk, last five ÷ first five | peak RSS sampled / process | peak V8 heap sampled | worklist items |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Per member per rule applied: **${perMemberRule}**.
${pipeline.summaries.length > 1 ? `Time on ${last?.size.toLocaleString("en")} ÷ on ${first?.size.toLocaleString("en")}: **${pipeline.slope.value.toFixed(2)}** (goal ≤ ${slopeGoal.toFixed(0)}: ${mark(pipeline.slope.value <= slopeGoal)}; the rounds from ${pipeline.slope.low.toFixed(2)} to ${pipeline.slope.high.toFixed(2)}).` : ""}
Peak memory on ${largest.size.toLocaleString("en")}: **${MiB(largest.maxRss)}** peak RSS of the process (goal < 200 MiB: ${mark(largest.maxRss < MEMORY_GOAL)}); V8's heap in use at most ${MiB(largest.heapPeak)} sampled, ${MiB(largest.heapAbove)} above the heap after the warm-up. The worklist holds its ${largest.items.toLocaleString("en")} items until it is built and sorted.`);
  }

  if (impact === null) {
    parts.push(`### The impact pass\n\n${NOT_RUN}`);
  } else {
    const goal = 1 + impact.redecisions;
    const met = impact.ratio.value <= goal;
    goals.push({ goal: `roster impact pass ÷ plain pass ≤ 1 + the other readings re-decided per member (${goal.toFixed(2)})`, measured: formatRatio(impact.ratio, 2), met });
    parts.push(`### The impact pass

\`impact: true\` against the plain pass, on the same ${(10_000).toLocaleString("en")} members, in rosters of 250 (a call: the
roster, its worklist and, with impact, its report), timed by the harness (each variant in a
worker thread of its own, interleaved, ${Number(process.env["BENCH_ROSTER_ROUNDS"] ?? 11)} rounds after 2 of warm-up).

| | per member |
|---|---|
| plain pass | ${formatNs(impact.plain)} |
| impact pass | ${formatNs(impact.impact)} |

Impact ÷ plain: **${formatRatio(impact.ratio, 2)}**. The goal, 1 + the other readings that apply: each
member's decisions read ${impact.redecisions.toFixed(2)} other readings on average (the sum, over the interpretations
its decisions read, of their readings but the one in force), so ≤ **${goal.toFixed(2)}**: ${mark(met)}.`);
  }

  if (clone !== null) {
    parts.push(`### What crossing a thread costs

\`analyzeInWorkers\` sends the records to its workers and takes the members' results back by
structured clone, and checks first that each record is plain data (a record that is not is
decided on the main thread: the clone would read a getter, or make a class instance plain).
On batches of 1,000 records, timed as above:

| per member | | share of deciding |
|---|---|---|
| deciding (\`analyzeRoster\`, the results kept) | ${formatNs(clone.decide)} | 1 |
| the records' structured clone | ${formatNs(clone.records)} | ${(clone.recordsShare.value * 100).toFixed(1)} % |
| the results' structured clone | ${formatNs(clone.results)} | ${(clone.resultsShare.value * 100).toFixed(1)} % |
| the plain-data check | ${formatNs(clone.check)} | ${(clone.checkShare.value * 100).toFixed(1)} % |

The main thread makes the records, checks and sends them, and takes the results back:
about ${((clone.recordsShare.value + clone.resultsShare.value + clone.checkShare.value) * 100).toFixed(0)} % of a member's decision, on top of making the record.`);
  }

  if (threads === null) {
    parts.push(`### Worker threads\n\n${NOT_RUN}`);
  } else {
    const one = threads.speedUp["workers-1"];
    const two = threads.speedUp["workers-2"];
    parts.push(`### Worker threads

\`analyzeInWorkers(records, options, threads)\` with one and two threads against
\`analyzeRoster\` in the thread, on ${threads.members.toLocaleString("en")} members made as the roster is read (the main thread
makes them in every variant), to the worklist. Each pass in a process of its own, from a
cold start (\`analyzeInWorkers\` starts its workers, and compiles the rules in them, for
every analysis, so the pass in the thread is timed from cold too, as a command would run),
the variants in rotating order, ${threads.rounds} rounds; the speed-up is the median of the rounds' ratios, with
the lowest and the highest. This machine has **${threads.cores}** cores for node
(\`os.availableParallelism()\`); its description, with the load at the start, is at the top.

| | per pass | speed-up (in the thread ÷ this) |
|---|---|---|
| \`analyzeRoster\` in the thread | ${fmtMs(threads.ms["in-thread"] ?? Number.NaN)} | 1 |
| \`analyzeInWorkers\`, 1 thread | ${fmtMs(threads.ms["workers-1"] ?? Number.NaN)} | ${one === undefined ? "—" : formatRatio(one, 2)} |
| \`analyzeInWorkers\`, 2 threads | ${fmtMs(threads.ms["workers-2"] ?? Number.NaN)} | ${two === undefined ? "—" : formatRatio(two, 2)} |`);
  }

  if (profile !== null) {
    parts.push(`### Where the pipeline's time goes

\`node --cpu-prof\` on one pass over ${PROFILE_MEMBERS.toLocaleString("en")} members (after the warm-up; ${profile.samples.toLocaleString("en")} samples, making the records included):

${profileTable(profile)}`);
  }
  return parts.join("\n\n");
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const absences = sampleMembers().map((m) => m.absence);
  const header = machine();
  let build: { defined: Record<string, string[]> } = { defined: {} };
  try {
    build = JSON.parse(readFileSync(join(dirname(bundle), "build.json"), "utf8")) as typeof build;
  } catch {
    // Bundled by hand: nothing was defined.
  }

  const perRule = wanted("rules") ? await eachRule() : { lines: [NOT_RUN], results: [] };
  const engine = wanted("engine") ? await againstEngine(absences) : null;
  const stored = wanted("storing") ? await storing(absences) : null;
  const cli = wanted("cli") ? commandLine() : null;
  if (!wanted("cli")) goals.push({ goal: "command line", measured: "not run (BENCH_SKIP or BENCH_ONLY)", met: null });
  const rosterText = rosterSection(await rosterMeasures());
  const profiles = !wanted("profiles") ? [] : [...misses].flatMap((name) => {
    const p = profileRule(name);
    return p === null ? [] : [{ name, ...p }];
  });

  const composition = (() => {
    const rule = declared("documentForAbsence");
    if (rule === undefined) return "";
    const counts = new Map<string, number>();
    let ambiguous = 0;
    for (const a of absences) {
      const d = rule(a);
      const doc = String((d.outcome as { document: string }).document);
      counts.set(doc, (counts.get(doc) ?? 0) + 1);
      if (d.ambiguous) ambiguous += 1;
    }
    const pct = (n: number) => `${((100 * n) / absences.length).toFixed(0)} %`;
    return ` Of the 2,000 absences, ${DOCUMENT_CODES.map((doc) => `${pct(counts.get(doc) ?? 0)} ${doc}`).join(", ")}; ${pct(ambiguous)} of the decisions are ambiguous.`;
  })();

  const definedNote =
    Object.keys(build.defined).length === 0
      ? ""
      : `\n> **The sources do not bundle as they are.** Modules import names their dependencies no longer export (${Object.entries(build.defined)
          .map(([module, names]) => `${names.map((n) => `\`${n}\``).join(", ")} from ${module}`)
          .join("; ")}); the benchmark's bundle defines them as \`undefined\` (test/bench/build.ts) so that the registry loads. The rules that use them are not declared with \`defineRule\` yet and are skipped below.\n`;

  const ruleRows = perRule.results.map(
    (r) =>
      `| ${r.name} | ${formatNs(r.full)} | ${formatNs(r.outcomeOnly)} | ${formatNs(r.handWritten)} | ${r.bare === undefined ? "—" : formatNs(r.bare.ns)} | ${formatRatio(r.ratio)} | ${formatRatio(r.outcomeRatio)} | ${mark(r.ratio.value <= 6)} |`,
  );
  const bare = perRule.results.find((r) => r.bare !== undefined)?.bare;

  const goalRows = goals.map((g) => `| ${g.goal} | ${g.measured} | ${mark(g.met)} |`);
  const minutes = Number(process.hrtime.bigint() - started) / 6e10;

  const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in one run of ${minutes.toFixed(1)} minutes.
Machine: ${header}.
${definedNote}
## Goals against what was measured

| goal | measured | |
|---|---|---|
${goalRows.join("\n")}

A ratio is the median of the ratios measured in each round, with the middle half of the
rounds in brackets. Absolute times move from section to section with the load on this
shared machine; a ratio is measured within its own comparison, its variants side by side.

## Method

The rules are bundled by tsup as the package is built and run with plain node
(\`test/bench/build.ts\`). Each comparison times its variants in batches (at least
${(1000).toLocaleString("en")} calls, and long enough to take about ${TIMING.batchMs} ms, so a timer's 45–120 ns is spread over the
batch), interleaved within each round in rotating order (A, B, C, then B, C, A …) so that
load on the machine falls on every variant alike, after ${TIMING.warmup} warm-up rounds thrown away; a time
is the median of ${TIMING.rounds} rounds, and a ratio the median of the rounds' ratios. Each variant runs in
a worker thread of its own, with its own compiled code and heap, while the others wait: in
one isolate the variants share the code of what they both call, compiled for what every
variant passes it. (They did: with the rule and the hand-written function in one isolate,
the rule's \`safeParse(…, { reportInput: true })\` made zod's parsers, which both run,
several times slower for the hand-written function too, and the ratio looked four times
better than it is.) Every input is seeded: the same every run. Before anything is timed,
each baseline is checked against its rule on the whole sample, and \`decideOutcome\` against
the full decision.

## 1. Each rule: ours against a hand-written function with zod

- **full trace**: the rule itself (\`RULES.<rule>(input)\`): input read once and validated
  by its zod schema, options validated, the decision with its steps, citations, readings,
  the other readings of any contested point, and the decision's own copy of its tree.
- **outcome only**: \`rule.decideOutcome(input)\`: validated the same way; no trace, no
  other readings.
- **hand-written + zod**: \`Schema.parse(input)\` with the rule's own input schema
  (\`rule.input\`), then a plain function giving the same outcome's deciding part under the
  default readings (test/bench/inputs.ts).
- **bare**: documentForAbsence's decision on day numbers computed beforehand: two integer
  comparisons.

Samples: ${Object.entries(SAMPLES)
    .map(([name, s]) => `${name}, ${s.what}`)
    .join("; ")}.${composition}

${perRule.lines.map((l) => `- ${l}`).join("\n")}

| rule | full trace | outcome only | hand-written + zod | bare | full ÷ hand-written + zod (goal ≤ 6×) | outcome only ÷ hand-written + zod | |
|---|---|---|---|---|---|---|---|
${ruleRows.join("\n")}
${
  bare === undefined
    ? ""
    : `\nAgainst the bare decision (${formatNs(bare.ns)}): the full decision is ${formatRatio(bare.full, 0)}, the hand-written function with zod ${formatRatio(bare.handWritten, 0)}: zod's parse of the input alone is most of the second.\n`
}
## 2. documentForAbsence against json-rules-engine

${
  engine === null
    ? wanted("engine") ? NOT_DECLARED("documentForAbsence") : NOT_RUN
    : `The same three cases of 2.1.1 as json-rules-engine rules, tuned as a user would: flat
facts computed before the engine runs (\`placeFixed\`, the absence's \`relation\` to six
months, \`timeKnown\`), no JSONPath, no fact functions, one priority for the three rules
(their conditions exclude each other), one engine reused. The facts are computed in the
timed call, as a caller would for each absence. The engine gives an event name; ours, the
whole decision.

| | per decision |
|---|---|
| documentForAbsence, full trace | ${formatNs(engine.ours)} |
| documentForAbsence, outcome only | ${formatNs(engine.outcome)} |
| json-rules-engine, flat facts | ${formatNs(engine.engine)} |

json-rules-engine ÷ ours: **${formatRatio(engine.ratio)}** (goal ≥ 25×); ÷ outcome only: ${formatRatio(engine.outcomeRatio)}.`
}

## 3. Storing decisions

${
  stored === null
    ? wanted("storing") ? NOT_DECLARED("documentForAbsence") : NOT_RUN
    : `A documentForAbsence decision made and then written as JSON (\`JSON.stringify\`),
against the decision alone: **${formatRatio(stored.ratio, 2)}** (goal ≤ 2.5×; ${formatNs(stored.stringify)} against ${formatNs(stored.decide)}).
Its stored JSON: median **${stored.sizeMedian.toLocaleString("en")} B**, largest **${stored.sizeMax.toLocaleString("en")} B** over the 2,000 absences (goal ≤ 1,500 B).
By field (median bytes, with the key): ${stored.fields.map(([k, n]) => `${k} ${n.toFixed(0)}`).join(", ")}.

The heap one kept decision holds (100,000 decisions kept in an array, measured with
\`global.gc()\` before and after): **${stored.heapPerDecision === null ? "not measured" : `${stored.heapPerDecision.toFixed(0)} B`}** (goal ≤ 1,000 B).

**What this runtime allows the goals of sections 2 and 3 together.** json-rules-engine ÷
decision ≥ 25 and (decision + \`JSON.stringify\`) ÷ decision ≤ 2.5 together need writing a
decision as JSON to take at most 1.5 × 1/25 = **${(STRINGIFY_SHARE_OF_ENGINE_ALLOWED * 100).toFixed(0)} %** of json-rules-engine's time, however fast
the decision itself is made. Timed together, in the same rounds (the decision, the decision
written, the engine), writing a decision took ${formatNs(stored.writing.stringify)} against ${formatNs(stored.writing.engine)} for the engine:
**${(stored.writing.share.value * 100).toFixed(1)} %** (the quartiles of its rounds ${(stored.writing.share.low * 100).toFixed(1)} and ${(stored.writing.share.high * 100).toFixed(1)} %). ${
      stored.writing.share.value > STRINGIFY_SHARE_OF_ENGINE_ALLOWED
        ? `What is written is what a decision holds, which stays as it is, and a faster decision does not write faster: with this runtime's \`JSON.stringify\` (Node ${process.versions.node}, V8 ${process.versions.v8}), and against json-rules-engine as section 2 runs it, the two goals could not both be met in this run by any faster decision.`
        : "In this run, a decision fast enough for section 2's goal would meet section 3's too."
    }

## 4. The price of decisions that share nothing

Every decision owns what can be changed in it: the logic builds its outcome and steps for
the call, the input's snapshot is copied into ordinary objects, and the parts taken from
the library's tables are frozen and shared (the exported tables are deep-frozen once, at
load); the vandalism tests hold every rule to this. The two ways not taken, measured for
the record: copying a whole documentForAbsence decision's tree would take
**${formatNs(stored.copy.copy)}**, **${(stored.copy.copyShare.value * 100).toFixed(0)} %** of the time to make the decision; freezing it
**${formatNs(stored.copy.freeze)}**, **${(stored.copy.freezeShare.value * 100).toFixed(0)} %** (the three timed together, interleaved, as above;
each freeze on a fresh tree).`
}

## 5. The command line

${
  cli === null
    ? !wanted("cli")
      ? NOT_RUN
      : "Not run: no command line was built (run `npm run bench`, which builds it)."
    : `Run as a child process: ${cli.how}.

- \`check\` on a folder of 10,000 documentForAbsence scenarios (100 files of 100, made
  from seeded absences, each expecting its decision's outcome, citations and ambiguity):
  ${cli.check.map((ms) => fmtMs(ms)).join(", ")}; median **${fmtMs(median(cli.check))}** (goal ≤ 0.5 s), after one run to warm the
  file cache.
- \`--help\`: ${fmtMs(cli.help)} against ${fmtMs(cli.nodeAlone)} for \`node -e 0\` (medians of 10, interleaved):
  **${cli.helpRatio.value.toFixed(2)}×** (goal ≤ 1.3×; the pairs' ratios from ${cli.helpRatio.low.toFixed(2)} to ${cli.helpRatio.high.toFixed(2)}).

What \`check\` cannot do without, each step run as a process of its own that does the steps
before it too (medians of 3, the steps in turn, after a round to warm the file cache):

${checkStepsTable(cli)}
${cli.profile === null ? "" : `\nWhere \`check\` spends its time (\`node --cpu-prof\`, ${cli.profile.samples.toLocaleString("en")} samples):\n\n${profileTable(cli.profile)}\n`}`
}

## 6. The roster

${rosterText}

## 7. Profiles of what misses a goal

${
  profiles.length === 0
    ? !wanted("rules") || !wanted("profiles")
      ? NOT_RUN
      : misses.size === 0
      ? "Every rule measured meets its goals: nothing to profile."
      : NOT_RUN
    : profiles
        .map(
          (p) =>
            `### ${p.name}\n\n\`node --cpu-prof\` on a loop of \`${p.name}(input)\` over its sample for ${PROFILE_SECONDS} s (${p.calls.toLocaleString("en")} decisions, ${p.summary.samples.toLocaleString("en")} samples). Self time, the top functions:\n\n${profileTable(p.summary)}`,
        )
        .join("\n\n")
}
`;
  // The analysis is written by hand (test/bench/analysis.md) and kept below the numbers.
  const analysis = readFileSync(resolve(root, "test/bench/analysis.md"), "utf8");
  mkdirSync(resolve(root, "docs"), { recursive: true });
  writeFileSync(resolve(root, "docs/benchmarks.md"), `${report}\n${analysis}`);
  process.stdout.write(`${report}\n`);
}

const [mode, arg, seconds] = process.argv.slice(2);
if (!isMainThread) {
  const { comparison, variant } = workerData as { comparison: string; variant: string };
  serve(comparison.startsWith("roster-") ? await rosterVariant(comparison, variant) : variantOf(comparison, variant));
} else if (mode === "--roster-pipeline") await pipelineChild(Number(arg));
else if (mode === "--roster-threads") await threadsChild(arg ?? "");
else if (mode === "--roster-profile") await rosterProfileChild(Number(arg));
else if (mode === "--profile-rule") profileChild(arg ?? "", Number(seconds ?? PROFILE_SECONDS));
else await main();
