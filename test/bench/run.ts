/**
 * Benchmarks: `npm run bench` writes docs/benchmarks.md.
 *
 * (a) each rule with and without input validation, against a hand-written baseline that
 *     makes the same decision with no citations or trace, and documentForAbsence against
 *     the same rule for json-rules-engine, all as ratios measured in one run;
 * (b) a seeded synthetic roster of 100,000 and 1,000,000 members through
 *     documentForAbsence, managementMode, resolveReceivingOrg and one year of
 *     reportingSchedule: time per member, peak memory, and the size ratio;
 * (c) liaisonAssignment and evaluationCohort at the same two sizes.
 *
 * BENCH_SIZES=100000,1000000 (default) sets the roster sizes.
 *
 * `npm run bench` bundles this file with tsup, as the package itself is built, and runs
 * it with plain node: run through tsx, every function expression is wrapped by esbuild's
 * name-keeping helper at each call, which the published code never pays.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { Engine } from "json-rules-engine";
import { Bench } from "tinybench";
import { periodLastDayNumber, relationOf } from "../../src/calendar/periods.js";
import { toDayNumber } from "../../src/calendar/date.js";
import { runRule } from "../../src/decision/decision.js";
import {
  DEFINITION as absenceRule,
  documentForAbsence,
  type Absence,
  type AbsenceDocument,
} from "../../src/rules/document-for-absence.js";
import { DEFINITION as managementRule, managementMode, type ManagementFacts } from "../../src/rules/management-mode.js";
import {
  DEFINITION as receivingRule,
  resolveReceivingOrg,
  type MemberSituation,
} from "../../src/rules/resolve-receiving-org.js";
import { DEFINITION as gradeRule, evaluationGrade, type AppraisalRecord } from "../../src/rules/evaluation-grade.js";
import { evaluationCohort } from "../../src/rules/evaluation-cohort.js";
import { liaisonAssignment } from "../../src/rules/liaison-assignment.js";
import { DEFINITION as scheduleRule, reportingSchedule, type ScheduleFacts } from "../../src/rules/reporting-schedule.js";
import { fromDayNumber } from "../../src/calendar/date.js";
import { deepFreeze, ownedCopy } from "../../src/frozen.js";

const SIZES = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);

// A small seeded generator, so every run benchmarks the same roster.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = toDayNumber("2020-01-01");

function member(next: () => number) {
  const departure = fromDayNumber(START + Math.floor(next() * 1800));
  const days = Math.floor(next() * 500);
  const absence: Absence = {
    departure,
    expectedReturn: next() < 0.15 ? null : fromDayNumber(toDayNumber(departure) + days),
    placeFixed: next() < 0.7,
  };
  const employment = (["stable", "unstable", "none"] as const)[Math.floor(next() * 3)] ?? "stable";
  const residence = Math.floor(next() * 3);
  const management: ManagementFacts = {
    employment,
    workplaceHasPartyOrg: employment === "none" ? null : next() < 0.5,
    industryAssociation: employment === "none" ? null : next() < 0.3,
    personnelFileHolder: (["talent-agency", "labour-agency", "other"] as const)[Math.floor(next() * 3)] ?? "other",
    residenceFixed: residence === 0,
    residenceChangesOften: residence === 1,
  };
  const situation: MemberSituation = {
    category: "away",
    retired: next() < 0.1,
    absence,
    destination: { unitHasPartyOrg: next() < 0.6, cannotReceive: null },
    departmentHasMobileMemberOrg: false,
  };
  const schedule: ScheduleFacts = {
    departure,
    backOn: absence.expectedReturn,
    document: "certificate-letter",
    departmentConcentrated: false,
    period: { from: "2024-01-01", before: "2025-01-01" },
    asOf: "2024-07-01",
    done: [],
  };
  return { absence, management, situation, schedule };
}

const YEAR = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

function record(next: () => number): AppraisalRecord {
  return {
    probationary: next() < 0.05,
    departure: "2023-06-01",
    period: { from: "2024-01-01", to: "2024-12-31" },
    months: YEAR.map((month) => ({
      month,
      organizationalLife: next() < 0.9,
      duesPaid: next() < 0.95,
      assignedWork: next() < 0.95,
      contact: { inflow: next() < 0.95, outflow: next() < 0.95 },
      excused: null,
    })),
    reports: ["2024-05-20", "2024-11-18"],
    activityCard: "verified",
    violation: next() < 0.02 ? "discipline" : "none",
    outstandingContribution: next() < 0.3,
    transferNotArranged: null,
    outOfContactEducation: "not-yet-educated",
    correction: "not-yet-required",
  };
}

// ---- Hand-written baselines: the same decisions, no citations, no trace. ----

function baselineDocument(a: Absence): AbsenceDocument {
  if (a.expectedReturn === null) return "activity-card";
  if (!a.placeFixed) return "activity-card";
  const departure = toDayNumber(a.departure);
  const end = periodLastDayNumber("baseline", departure, { months: 6 }, undefined).day;
  return relationOf(toDayNumber(a.expectedReturn), end) === "shorter" ? "certificate-letter" : "transfer-letter";
}

function baselineManagement(f: ManagementFacts): string {
  if (f.employment === "stable" && f.workplaceHasPartyOrg === true) return "workplace-org";
  if (f.employment === "stable" && f.workplaceHasPartyOrg === false && f.industryAssociation === true) return "industry-association-org";
  if (f.employment === "none" && f.personnelFileHolder !== "other") return f.personnelFileHolder === "labour-agency" ? "labour-agency-org" : "talent-agency-org";
  if (f.employment === "unstable" && f.residenceFixed) return "residence-org";
  return "original-org";
}

function baselineReceiving(m: MemberSituation): string {
  if (m.category !== "away") return "original-org";
  return baselineDocument(m.absence) === "transfer-letter" ? (m.destination.unitHasPartyOrg ? "workplace-org" : "unit-community-org") : "original-org";
}

function baselineGrade(r: AppraisalRecord): string {
  let run = [0, 0, 0];
  let best = [0, 0, 0];
  let missed = [0, 0, 0];
  for (const m of r.months) {
    const gaps = [!m.organizationalLife, !m.duesPaid, !m.assignedWork].map((g) => g && m.excused === null);
    run = run.map((n, i) => (gaps[i] ? n + 1 : 0));
    best = best.map((n, i) => Math.max(n, run[i] ?? 0));
    missed = missed.map((n, i) => n + (gaps[i] ? 1 : 0));
  }
  if (best.some((n) => n >= 6)) return "lapsed";
  if (r.probationary) return "none";
  if (r.violation !== "none") return "unqualified";
  const [life = 0, dues = 0, work = 0] = missed;
  if (life === 0 && dues === 0 && work === 0 && r.outstandingContribution) return "excellent";
  if (life <= 2 && dues === 0 && work <= 2) return "qualified";
  if (life <= 5 && dues <= 5 && work <= 5) return "basically-qualified";
  return "unqualified";
}

// ---- The same documentForAbsence rule for json-rules-engine. ----

function ruleEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact("length", (_params, almanac) =>
    almanac.factValue<Absence>("absence").then((a) => {
      if (a.expectedReturn === null) return "unknown";
      const end = periodLastDayNumber("jre", toDayNumber(a.departure), { months: 6 }, undefined).day;
      return relationOf(toDayNumber(a.expectedReturn), end);
    }),
  );
  engine.addRule({
    priority: 3,
    conditions: { any: [{ fact: "length", operator: "equal", value: "unknown" }, { fact: "absence", path: "$.placeFixed", operator: "equal", value: false }] },
    event: { type: "activity-card" },
  });
  engine.addRule({
    priority: 2,
    conditions: { all: [{ fact: "absence", path: "$.placeFixed", operator: "equal", value: true }, { fact: "length", operator: "in", value: ["exact", "longer"] }] },
    event: { type: "transfer-letter" },
  });
  engine.addRule({
    priority: 1,
    conditions: { all: [{ fact: "absence", path: "$.placeFixed", operator: "equal", value: true }, { fact: "length", operator: "equal", value: "shorter" }] },
    event: { type: "certificate-letter" },
  });
  return engine;
}

async function main(): Promise<void> {
  const next = random(20131119);
  const sample = Array.from({ length: 2000 }, () => member(next));
  const records = Array.from({ length: 2000 }, () => record(next));
  let i = 0;
  const pick = () => sample[(i += 1) % sample.length] as (typeof sample)[number];
  let j = 0;
  const pickRecord = () => records[(j += 1) % records.length] as AppraisalRecord;
  const engine = ruleEngine();

  // Sanity: the baselines and the engine decide as the rules do.
  for (const m of sample.slice(0, 500)) {
    const doc = documentForAbsence(m.absence).outcome.document;
    if (baselineDocument(m.absence) !== doc) throw new Error("baseline disagrees with documentForAbsence");
    const events = (await engine.run({ absence: m.absence })).events.map((e) => e.type);
    if (events[0] !== doc) throw new Error(`json-rules-engine disagrees: ${events.join()} vs ${doc}`);
  }

  const bench = new Bench({ time: 1000, warmupTime: 200 });
  bench
    .add("documentForAbsence (validated, full trace)", () => documentForAbsence(pick().absence))
    .add("documentForAbsence (no validation)", () => runRule(absenceRule, pick().absence, undefined))
    .add("documentForAbsence (bare baseline)", () => baselineDocument(pick().absence))
    .add("documentForAbsence (json-rules-engine)", async () => {
      await engine.run({ absence: pick().absence });
    })
    .add("managementMode (validated, full trace)", () => managementMode(pick().management))
    .add("managementMode (no validation)", () => runRule(managementRule, pick().management, undefined))
    .add("managementMode (bare baseline)", () => baselineManagement(pick().management))
    .add("resolveReceivingOrg (validated, full trace)", () => resolveReceivingOrg(pick().situation))
    .add("resolveReceivingOrg (no validation)", () => runRule(receivingRule, pick().situation, undefined))
    .add("resolveReceivingOrg (bare baseline)", () => baselineReceiving(pick().situation))
    .add("evaluationGrade (validated, full trace)", () => evaluationGrade(pickRecord()))
    .add("evaluationGrade (no validation)", () => runRule(gradeRule, { record: pickRecord(), standard: undefined }, undefined))
    .add("evaluationGrade (bare baseline)", () => baselineGrade(pickRecord()))
    .add("reportingSchedule, one year (validated, full trace)", () => reportingSchedule(pick().schedule))
    .add("reportingSchedule, one year (no validation)", () => runRule(scheduleRule, pick().schedule, undefined));
  await bench.run();
  const nsOf = (name: string) => {
    const task = bench.tasks.find((t) => t.name === name);
    const mean = task?.result && "latency" in task.result ? task.result.latency.mean : Number.NaN;
    return mean * 1e6; // ms → ns
  };
  const rows = bench.tasks.map((t) => `| ${t.name} | ${nsOf(t.name).toFixed(0)} |`);
  const ratio = (a: string, b: string) => nsOf(a) / nsOf(b);
  const ratios = [
    ["documentForAbsence: json-rules-engine ÷ validated", ratio("documentForAbsence (json-rules-engine)", "documentForAbsence (validated, full trace)"), "≥ 20"],
    ["documentForAbsence: validated ÷ bare baseline", ratio("documentForAbsence (validated, full trace)", "documentForAbsence (bare baseline)"), "≤ 3"],
    ["documentForAbsence: no validation ÷ bare baseline", ratio("documentForAbsence (no validation)", "documentForAbsence (bare baseline)"), "—"],
    ["managementMode: validated ÷ bare baseline", ratio("managementMode (validated, full trace)", "managementMode (bare baseline)"), "≤ 3"],
    ["resolveReceivingOrg: validated ÷ bare baseline", ratio("resolveReceivingOrg (validated, full trace)", "resolveReceivingOrg (bare baseline)"), "≤ 3"],
    ["evaluationGrade: validated ÷ bare baseline", ratio("evaluationGrade (validated, full trace)", "evaluationGrade (bare baseline)"), "≤ 3"],
  ] as const;

  // ---- (d) The price of decisions that share nothing: copying a decision's tree (what the
  // library does) and freezing it (the alternative), each against making the decision.
  // Interleaved batches: in each round all three are timed on the same 1,000 inputs, in
  // rotating order, so load on the machine hits them alike; the first rounds warm up.
  const ownInputs = sample.slice(0, 1000).map((m) => m.absence);
  const madeDecisions = ownInputs.map((a) => documentForAbsence(a));
  const storedJson = madeDecisions.map((d) => JSON.stringify(d));
  const copyRatios: number[] = [];
  const freezeRatios: number[] = [];
  const copyNs: number[] = [];
  const freezeNs: number[] = [];
  for (let round = 0; round < 25; round += 1) {
    const unfrozen = storedJson.map((text) => JSON.parse(text) as unknown);
    const timed = (work: () => void) => {
      const t = performance.now();
      work();
      return performance.now() - t;
    };
    const tasks = [
      () => timed(() => { for (const a of ownInputs) documentForAbsence(a); }),
      () => timed(() => { for (const d of madeDecisions) ownedCopy(d); }),
      () => timed(() => { for (const c of unfrozen) deepFreeze(c); }),
    ];
    const times: number[] = [0, 0, 0];
    for (let k = 0; k < 3; k += 1) {
      const index = (round + k) % 3;
      times[index] = tasks[index]?.() ?? 0;
    }
    const [decideMs = 1, copyMs = 0, freezeMs = 0] = times;
    if (round < 5) continue;
    copyRatios.push(copyMs / decideMs);
    freezeRatios.push(freezeMs / decideMs);
    copyNs.push((copyMs * 1e6) / ownInputs.length);
    freezeNs.push((freezeMs * 1e6) / ownInputs.length);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

  // ---- (b) and (c): rosters. ----
  const rosterRows: string[] = [];
  const perSize = new Map<number, number>();
  for (const size of SIZES) {
    const gen = random(size);
    let peak = 0;
    const sampleMemory = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    globalThis.gc?.();
    const baseHeap = process.memoryUsage().heapUsed;
    let started = performance.now();
    let transfers = 0;
    for (let n = 0; n < size; n += 1) {
      const m = member(gen);
      const doc = documentForAbsence(m.absence);
      managementMode(m.management);
      const receiving = resolveReceivingOrg(m.situation);
      reportingSchedule({ ...m.schedule, document: doc.outcome.document });
      if (receiving.outcome.relationship === "transfers") transfers += 1;
      if (n % 10_000 === 0) sampleMemory();
    }
    const rulesMs = performance.now() - started;
    perSize.set(size, rulesMs);
    const rulesPeak = peak - baseHeap;

    // Liaisons: branches of 200 members with 14 committee members each.
    started = performance.now();
    for (let b = 0; b < size / 200; b += 1) {
      liaisonAssignment({
        mobileMembers: Array.from({ length: 200 }, (_, k) => `b${b}-m${k}`),
        officers: Array.from({ length: 14 }, (_, k) => ({ id: `b${b}-o${k}`, role: k === 0 ? ("secretary" as const) : ("committee-member" as const) })),
      });
    }
    const liaisonMs = performance.now() - started;

    // Cohorts: branches of 40 members.
    const cohortGen = random(size + 1);
    started = performance.now();
    for (let b = 0; b < size / 40; b += 1) {
      evaluationCohort({ members: Array.from({ length: 40 }, (_, k) => ({ id: `m${k}`, record: record(cohortGen) })) });
      if (b % 1000 === 0) sampleMemory();
    }
    const cohortMs = performance.now() - started;
    rosterRows.push(
      `| ${size.toLocaleString("en")} | ${((rulesMs * 1e3) / size).toFixed(1)} µs | ${(rulesMs / 1000).toFixed(1)} s | ${(Math.max(rulesPeak, 0) / 2 ** 20).toFixed(0)} MiB (${(Math.max(rulesPeak, 0) / size).toFixed(0)} B/member) | ${((liaisonMs * 1e3) / size).toFixed(2)} µs | ${((cohortMs * 1e3) / size).toFixed(1)} µs | ${((transfers / size) * 100).toFixed(0)} % |`,
    );
  }
  const [small, large] = SIZES;
  const growth = small !== undefined && large !== undefined ? (perSize.get(large) ?? 0) / (perSize.get(small) ?? 1) : Number.NaN;

  const cpu = cpus()[0]?.model ?? "unknown";
  const report = `# Benchmarks

Measured by \`npm run bench\` (tinybench ${"6"}; one run, ratios from the same run), on the rules
bundled by tsup as the package is built, run with plain node.
Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${process.platform}.

## (a) Each rule: validated with full trace, without validation, bare baseline

Mean time per decision (ns). "Validated" is the exported function: zod input validation,
the decision with citations, trace, interpretations and ambiguity checks. "No validation"
runs the same decision logic on already-valid facts. The bare baseline is a hand-written
function that makes the same decision with no citations or trace.

| task | ns / decision |
|---|---|
${rows.join("\n")}

| ratio | measured | goal |
|---|---|---|
${ratios.map(([name, value, goal]) => `| ${name} | ${value.toFixed(1)} × | ${goal} |`).join("\n")}

## (d) The price of decisions that share nothing

Every decision owns all of its data: the recorder returns a fresh copy of the decision's
tree, so nothing a caller does to one decision can reach a table or another decision (the
exported tables are deep-frozen once, at load). Copying a \`documentForAbsence\` decision's
tree takes **${median(copyNs).toFixed(0)} ns**, **${(median(copyRatios) * 100).toFixed(0)} %** of the time to make the decision;
freezing the same tree instead would take **${median(freezeNs).toFixed(0)} ns**, **${(median(freezeRatios) * 100).toFixed(0)} %** (median of 20
rounds of 1,000, the three timed in rotating order within each round, after 5 rounds of
warm-up).

## (b) and (c) Synthetic rosters

A seeded roster (the same every run). Each member goes through documentForAbsence,
managementMode, resolveReceivingOrg and one year of reportingSchedule; decisions are
discarded as a streaming import would. Peak heap is above the heap before the run.
Liaisons: branches of 200 members and 14 committee members. Cohorts: branches of 40.

| members | rules, per member | rules, total | peak heap | liaisonAssignment, per member | evaluationCohort, per member | transfers |
|---|---|---|---|---|---|---|
${rosterRows.join("\n")}

Time ratio ${large?.toLocaleString("en")} ÷ ${small?.toLocaleString("en")} members: **${growth.toFixed(2)}** (goal: at most 11, linear growth).

`;
  // The analysis is written by hand (test/bench/analysis.md) and kept below the numbers.
  const analysis = readFileSync(resolve("test/bench/analysis.md"), "utf8");
  const out = resolve("docs/benchmarks.md");
  writeFileSync(out, `${report}\n${analysis}`);
  console.log(report);
}

await main();
