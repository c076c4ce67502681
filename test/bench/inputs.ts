/**
 * The benchmark's inputs and baselines: seeded generators (the same inputs every run), a
 * hand-written function for each rule that makes the same decision under the default
 * readings with no citations, trace or other readings, and the same documentForAbsence
 * rule for json-rules-engine.
 *
 * A baseline gives only the outcome's deciding part (the document, the manager, the
 * receiver, the grade, the dated obligations, the liaisons, the grades after the
 * ceiling); `agrees` says whether a rule's outcome has that part. The benchmark checks
 * every baseline against its rule on the whole sample before timing anything.
 *
 * This module reads no rule: it only imports the calendar and types, so that it also runs
 * against older versions of the rules.
 */
import { Engine } from "json-rules-engine";
import { fromDayNumber, toDayNumber } from "../../src/calendar/date.js";
import { periodLastDayNumber, relationOf } from "../../src/calendar/periods.js";
import type { Absence, AbsenceDocument } from "../../src/rules/document-for-absence.js";
import type { AppraisalRecord } from "../../src/rules/evaluation-grade.js";
import type { ManagementFacts } from "../../src/rules/management-mode.js";
import type { ScheduleFacts } from "../../src/rules/reporting-schedule.js";
import type { MemberSituation } from "../../src/rules/resolve-receiving-org.js";

/** A small seeded generator (mulberry32), so every run benchmarks the same inputs. */
export function random(seed: number): () => number {
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

/** One member of a roster: an absence, how they are managed, where their relationship goes, their 2024 schedule. */
export interface Member {
  readonly absence: Absence;
  readonly management: ManagementFacts;
  readonly situation: MemberSituation;
  readonly schedule: ScheduleFacts;
}

/**
 * A member: departures over five years, returns up to 500 days later, 15 % with no known
 * return and 5 % with none planned; 70 % with a fixed place, and for the others whether
 * the place is known, or left unsaid.
 */
export function member(next: () => number): Member {
  const departure = fromDayNumber(START + Math.floor(next() * 1800));
  const days = Math.floor(next() * 500);
  const returnKind = next();
  const placeFixed = next() < 0.7;
  const known = Math.floor(next() * 3);
  const absence: Absence = {
    departure,
    expectedReturn: returnKind < 0.15 ? null : returnKind < 0.2 ? "open-ended" : fromDayNumber(toDayNumber(departure) + days),
    placeFixed,
    ...(placeFixed || known === 0 ? {} : { placeKnown: known === 1 }),
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
    backOn: absence.expectedReturn === "open-ended" ? null : absence.expectedReturn,
    document: baselineDocument(absence),
    departmentConcentrated: false,
    period: { from: "2024-01-01", before: "2025-01-01" },
    asOf: "2024-07-01",
    done: [],
  };
  return { absence, management, situation, schedule };
}

const YEAR = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

/** A year's appraisal record: each month's organizational life, dues and work mostly done. */
export function record(next: () => number): AppraisalRecord {
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

/** A liaison branch: 200 mobile members, a secretary and 13 committee members. */
export interface LiaisonInput {
  readonly mobileMembers: readonly string[];
  readonly officers: readonly { readonly id: string; readonly role: "secretary" | "committee-member" }[];
}

export function liaisonBranch(b: number): LiaisonInput {
  return {
    mobileMembers: Array.from({ length: 200 }, (_, k) => `b${b}-m${k}`),
    officers: Array.from({ length: 14 }, (_, k) => ({ id: `b${b}-o${k}`, role: k === 0 ? ("secretary" as const) : ("committee-member" as const) })),
  };
}

/** A cohort input: a branch of 40 members' records. */
export interface CohortInput {
  readonly members: readonly { readonly id: string; readonly record: AppraisalRecord }[];
}

export function cohort(next: () => number): CohortInput {
  return { members: Array.from({ length: 40 }, (_, k) => ({ id: `m${String(k).padStart(2, "0")}`, record: record(next) })) };
}

// ---- Hand-written baselines: the same decisions under the default readings, no citations, no trace. ----

/** 2.1.1 under the default readings: an uncertain time or place, the card; else six months or more (open-ended included), the transfer letter. */
export function baselineDocument(a: Absence): AbsenceDocument {
  if (a.expectedReturn === null || !a.placeFixed) return "activity-card";
  if (a.expectedReturn === "open-ended") return "transfer-letter";
  const departure = toDayNumber(a.departure);
  const end = periodLastDayNumber("baseline", departure, { months: 6 }, undefined).day;
  return relationOf(toDayNumber(a.expectedReturn), end) === "shorter" ? "certificate-letter" : "transfer-letter";
}

/** The facts of an absence as integers, computed before timing: what the bare decision reads. */
export interface AbsenceNumbers {
  readonly placeFixed: boolean;
  /** The return's day number; -1 when not known, +∞ when none is planned. */
  readonly back: number;
  /** The day number of the last day of six months from the departure. */
  readonly sixMonthsEnd: number;
}

export function absenceNumbers(a: Absence): AbsenceNumbers {
  const departure = toDayNumber(a.departure);
  return {
    placeFixed: a.placeFixed,
    back: a.expectedReturn === null ? -1 : a.expectedReturn === "open-ended" ? Number.POSITIVE_INFINITY : toDayNumber(a.expectedReturn),
    sixMonthsEnd: periodLastDayNumber("baseline", departure, { months: 6 }, undefined).day,
  };
}

/** The documents, by the bare decision's code. */
export const DOCUMENT_CODES: readonly AbsenceDocument[] = ["activity-card", "certificate-letter", "transfer-letter"];

/** The bare decision: integer comparisons on day numbers computed beforehand; the document's code. */
export function bareDocument(n: AbsenceNumbers): number {
  if (n.back < 0 || !n.placeFixed) return 0;
  return n.back < n.sixMonthsEnd ? 1 : 2;
}

export function baselineManagement(f: ManagementFacts): string {
  if (f.employment === "stable" && f.workplaceHasPartyOrg === true) return "workplace-org";
  if (f.employment === "stable" && f.workplaceHasPartyOrg === false && f.industryAssociation === true) return "industry-association-org";
  if (f.employment === "none" && f.personnelFileHolder !== "other") return f.personnelFileHolder === "labour-agency" ? "labour-agency-org" : "talent-agency-org";
  if (f.employment === "unstable" && f.residenceFixed) return "residence-org";
  return "original-org";
}

/** 2.1.3–2.1.4 for a member going away: only the transfer letter moves the relationship. */
export function baselineReceiving(m: MemberSituation): string {
  if (m.category !== "away") return "original-org";
  return baselineDocument(m.absence) === "transfer-letter" ? (m.destination.unitHasPartyOrg ? "workplace-org" : "unit-community-org") : "original-org";
}

/** The national appraisal standard on a record: six consecutive unexcused months lapse, then the grade. */
export function baselineGrade(r: AppraisalRecord): { status: string; grade: string | null } {
  let life = 0;
  let dues = 0;
  let work = 0;
  let runLife = 0;
  let runDues = 0;
  let runWork = 0;
  let longest = 0;
  for (const m of r.months) {
    const excused = m.excused !== null;
    runLife = !m.organizationalLife && !excused ? runLife + 1 : 0;
    runDues = !m.duesPaid && !excused ? runDues + 1 : 0;
    runWork = !m.assignedWork && !excused ? runWork + 1 : 0;
    longest = Math.max(longest, runLife, runDues, runWork);
    if (!m.organizationalLife && !excused) life += 1;
    if (!m.duesPaid && !excused) dues += 1;
    if (!m.assignedWork && !excused) work += 1;
  }
  if (longest >= 6) return { status: "lapsed", grade: null };
  if (r.probationary) return { status: "probationary-no-grade", grade: null };
  if (r.violation !== "none") return { status: "graded", grade: "unqualified" };
  if (life === 0 && dues === 0 && work === 0 && r.outstandingContribution) return { status: "graded", grade: "excellent" };
  if (life <= 2 && dues === 0 && work <= 2) return { status: "graded", grade: "qualified" };
  if (life <= 5 && dues <= 5 && work <= 5) return { status: "graded", grade: "basically-qualified" };
  return { status: "graded", grade: "unqualified" };
}

/** A dated obligation as the baseline gives it: the kind and the due day number. */
export interface DueObligation {
  readonly kind: string;
  readonly due: number;
}

const KIND_ORDER: Readonly<Record<string, number>> = {
  "departure-briefing": 0,
  "card-verification": 1,
  "member-report": 2,
  "card-annual-review": 3,
  "branch-half-year-report": 4,
  "organ-committee-year-end-report": 5,
  "department-year-end-work-report": 6,
  "working-committee-spot-check": 7,
  "return-visit": 8,
};

const yearOf = (day: number) => Number(fromDayNumber(day).slice(0, 4));
const dayOf = (year: number, month: number, day: number) =>
  toDayNumber(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
const monthAfter = (day: number) => periodLastDayNumber("baseline", day, { months: 1 }, undefined).day;

/**
 * The dated obligations of the period, in order, under the default readings: the briefing,
 * the card's verification and yearly reviews, the member's report every six months from
 * the departure, the branch's half-year and the organizations' year-end reports for each
 * period the member was away in, and the visit a month after the return.
 */
export function baselineSchedule(f: ScheduleFacts): DueObligation[] {
  const departure = toDayNumber(f.departure);
  const back = f.backOn === null ? null : toDayNumber(f.backOn);
  const from = toDayNumber(f.period.from);
  const before = toDayNumber(f.period.before);
  const horizon = Math.max(before, toDayNumber(f.asOf) + 1);
  const awayUntil = back ?? horizon;
  const out: DueObligation[] = [{ kind: "departure-briefing", due: departure }];
  const firstYear = yearOf(departure);
  const lastYear = yearOf(Math.min(awayUntil, horizon));
  if (f.document === "activity-card") {
    const verify = monthAfter(departure);
    out.push({ kind: "card-verification", due: back === null ? verify : Math.min(verify, back) });
    for (let year = firstYear; year <= lastYear; year += 1) {
      const yearEnd = dayOf(year, 12, 31);
      const due = back !== null && back <= yearEnd ? back : yearEnd;
      out.push({ kind: "card-annual-review", due });
      if (due === back) break;
    }
  }
  const reportsUntil = Math.min(awayUntil, horizon - 1);
  let previous = Number.NEGATIVE_INFINITY;
  for (let n = 1; ; n += 1) {
    const due = Math.max(periodLastDayNumber("baseline", departure, { months: 6 * n }, undefined).day, previous + 1);
    if (due > reportsUntil) break;
    out.push({ kind: "member-report", due });
    previous = due;
  }
  for (let year = firstYear; year <= lastYear; year += 1) {
    const june = dayOf(year, 6, 30);
    const december = dayOf(year, 12, 31);
    if (departure <= june && awayUntil >= dayOf(year, 1, 1)) out.push({ kind: "branch-half-year-report", due: june });
    if (departure <= december && awayUntil >= dayOf(year, 7, 1)) out.push({ kind: "branch-half-year-report", due: december });
    if (departure <= december && awayUntil >= dayOf(year, 1, 1)) {
      out.push({ kind: "organ-committee-year-end-report", due: december });
      out.push({ kind: "department-year-end-work-report", due: december });
      if (f.departmentConcentrated) out.push({ kind: "working-committee-spot-check", due: december });
    }
  }
  if (back !== null) out.push({ kind: "return-visit", due: monthAfter(back) });
  out.sort((a, b) => a.due - b.due || (KIND_ORDER[a.kind] ?? 0) - (KIND_ORDER[b.kind] ?? 0));
  return out.filter((o, i) => {
    const previousOne = out[i - 1];
    return o.due >= from && o.due < before && (previousOne === undefined || previousOne.kind !== o.kind || previousOne.due !== o.due);
  });
}

/** 3.2.1 for a branch with no current links and no officer away: the secretary, then committee members by id, 15 members each. */
export function baselineLiaisons(branch: LiaisonInput): { liaison: string; members: string[] }[] {
  const members = [...branch.mobileMembers].sort();
  const liaisons = [
    ...branch.officers.filter((o) => o.role === "secretary").map((o) => o.id).sort(),
    ...branch.officers.filter((o) => o.role === "committee-member").map((o) => o.id).sort(),
  ];
  const out: { liaison: string; members: string[] }[] = [];
  for (let i = 0; i < liaisons.length && i * 15 < members.length; i += 1) {
    out.push({ liaison: liaisons[i] ?? "", members: members.slice(i * 15, i * 15 + 15) });
  }
  return out;
}

/** Each member's grade, then at most a third of the graded excellent: the rest, by fewest gaps then id, qualified. */
export function baselineCohort(input: CohortInput): { id: string; grade: string | null }[] {
  const graded = [...input.members]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => ({ id: m.id, gaps: missed(m.record), ...baselineGrade(m.record) }));
  const ceiling = Math.floor(graded.filter((g) => g.status === "graded").length / 3);
  const excellent = graded.filter((g) => g.grade === "excellent").sort((a, b) => a.gaps - b.gaps || (a.id < b.id ? -1 : 1));
  const moved = new Set(excellent.slice(ceiling).map((g) => g.id));
  return graded.map((g) => ({ id: g.id, grade: moved.has(g.id) ? "qualified" : g.grade }));
}

function missed(r: AppraisalRecord): number {
  let n = 0;
  for (const m of r.months) if (m.excused === null) n += Number(!m.organizationalLife) + Number(!m.duesPaid) + Number(!m.assignedWork);
  return n;
}

// ---- Whether a rule's outcome has the baseline's deciding part. ----

type Outcome = Readonly<Record<string, unknown>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a rule's outcome is compared with its baseline by, rule by rule. */
export const AGREES: { readonly [rule: string]: (outcome: Outcome, input: never) => boolean } = {
  documentForAbsence: (o, a: Absence) => o["document"] === baselineDocument(a),
  managementMode: (o, f: ManagementFacts) => o["manager"] === baselineManagement(f),
  resolveReceivingOrg: (o, m: MemberSituation) => o["receiver"] === baselineReceiving(m),
  evaluationGrade: (o, r: AppraisalRecord) => same({ status: o["status"], grade: o["grade"] }, baselineGrade(r)),
  reportingSchedule: (o, f: ScheduleFacts) =>
    same(
      (o["obligations"] as readonly { kind: string; due: string }[]).map((x) => ({ kind: x.kind, due: toDayNumber(x.due) })),
      baselineSchedule(f),
    ),
  liaisonAssignment: (o, b: LiaisonInput) => same(o["liaisons"], baselineLiaisons(b)),
  evaluationCohort: (o, c: CohortInput) =>
    same(
      (o["results"] as readonly { id: string; grade: string | null }[]).map((x) => ({ id: x.id, grade: x.grade })),
      baselineCohort(c),
    ),
};

// ---- The same documentForAbsence rule for json-rules-engine, tuned as a user would. ----

/** Flat facts a user would compute before calling the engine: no JSONPath, no fact functions. */
export interface FlatFacts {
  readonly placeFixed: boolean;
  /** The absence against six months: shorter, exact or longer (none planned is longer); `unknown` when not known. */
  readonly relation: "shorter" | "exact" | "longer" | "unknown";
  readonly timeKnown: boolean;
}

export function flatFacts(a: Absence): FlatFacts {
  if (a.expectedReturn === null) return { placeFixed: a.placeFixed, relation: "unknown", timeKnown: false };
  if (a.expectedReturn === "open-ended") return { placeFixed: a.placeFixed, relation: "longer", timeKnown: true };
  const end = periodLastDayNumber("jre", toDayNumber(a.departure), { months: 6 }, undefined).day;
  return { placeFixed: a.placeFixed, relation: relationOf(toDayNumber(a.expectedReturn), end), timeKnown: true };
}

/**
 * The three cases of 2.1.1 as json-rules-engine rules on flat facts. The conditions exclude
 * each other, so the rules share one priority and the engine evaluates them together.
 */
export function ruleEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, replaceFactsInEventParams: false });
  engine.addRule({
    conditions: { any: [{ fact: "timeKnown", operator: "equal", value: false }, { fact: "placeFixed", operator: "equal", value: false }] },
    event: { type: "activity-card" },
  });
  engine.addRule({
    conditions: { all: [{ fact: "timeKnown", operator: "equal", value: true }, { fact: "placeFixed", operator: "equal", value: true }, { fact: "relation", operator: "in", value: ["exact", "longer"] }] },
    event: { type: "transfer-letter" },
  });
  engine.addRule({
    conditions: { all: [{ fact: "timeKnown", operator: "equal", value: true }, { fact: "placeFixed", operator: "equal", value: true }, { fact: "relation", operator: "equal", value: "shorter" }] },
    event: { type: "certificate-letter" },
  });
  return engine;
}
