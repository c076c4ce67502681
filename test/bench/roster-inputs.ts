/**
 * A seeded roster as a records system would export it: branch after branch of 50–300
 * members under ten organ Party committees, each branch with a secretary and two to four
 * committee members, and each member's record with the blocks of facts the system holds
 * for them. Made lazily, one record at a time, the same every run for a seed: a roster of
 * a million is never held.
 *
 * The mix (shares of all members): 85 % away (`absence`), of whom nine in ten with their
 * `schedule` for 2024, most of its past obligations recorded as done; a liaison on record
 * for three in five of those away, the document issued for most who have left; 60 % with
 * an `appraisal` of 2024; 30 % with `management` facts; 20 % with a `situation` (those
 * away); and 0.2 % bad records (an impossible date, a schedule with no absence, a blank
 * branch, an unknown field).
 */
import { fromDayNumber, toDayNumber } from "../../src/calendar/date.js";
import { random, record as appraisalRecord } from "./inputs.js";

/** The day the roster's worklist is drawn up for, and its schedules' `asOf`. */
export const ROSTER_AS_OF = "2024-06-30";

const AS_OF_DAY = toDayNumber(ROSTER_AS_OF);
const COMMITTEES = Array.from({ length: 10 }, (_, c) => `区直机关第${c + 1}工委`);
const BAD_SHARE = 0.002;

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const day = (n: number) => fromDayNumber(n);

/** The records of a roster of `size` members, made one at a time from `seed`. */
export function* rosterRecords(size: number, seed: number): Generator<Record<string, unknown>, void, undefined> {
  const next = random(seed);
  let made = 0;
  for (let b = 0; made < size; b += 1) {
    const branch = `第${b + 1}支部`;
    const committee = pick(next, COMMITTEES);
    const members = Math.min(50 + Math.floor(next() * 251), size - made);
    const committeeMembers = 2 + Math.floor(next() * 3);
    const officers = Array.from({ length: committeeMembers + 1 }, (_, k) => `b${b}-m${k}`);
    for (let k = 0; k < members; k += 1) {
      const id = `b${b}-m${k}`;
      const role = k === 0 ? "secretary" : k <= committeeMembers ? "committee-member" : undefined;
      yield next() < BAD_SHARE ? badRecord(next, id, branch) : memberRecord(next, id, branch, committee, role, officers);
    }
    made += members;
  }
}

function memberRecord(
  next: () => number,
  id: string,
  branch: string,
  committee: string,
  role: "secretary" | "committee-member" | undefined,
  officers: readonly string[],
): Record<string, unknown> {
  const record: Record<string, unknown> = { id, branch, committee };
  if (role !== undefined) record["role"] = role;
  if (next() < 0.85) {
    const absence = absenceFacts(next);
    const departure = toDayNumber(absence.departure);
    record["absence"] = absence;
    if (next() < 0.6) record["liaison"] = pick(next, officers);
    if (departure <= AS_OF_DAY) {
      const issued = next();
      if (issued < 0.85) record["documentIssuedOn"] = day(departure - 7);
      else if (issued < 0.9) record["documentIssuedOn"] = null;
    }
    if (next() < 0.9) record["schedule"] = scheduleBlock(next, absence, departure);
    if (next() < 0.235) {
      record["situation"] = {
        category: "away",
        retired: next() < 0.1,
        absence,
        destination: { unitHasPartyOrg: next() < 0.6, cannotReceive: null },
        departmentHasMobileMemberOrg: false,
      };
    }
  }
  if (next() < 0.6) record["appraisal"] = appraisalRecord(next);
  if (next() < 0.3) record["management"] = managementFacts(next);
  return record;
}

interface AbsenceFacts {
  readonly departure: string;
  readonly expectedReturn: string | null | "open-ended";
  readonly placeFixed: boolean;
  readonly placeKnown?: boolean;
}

/** Left up to two and a half years before the day, or within 40 days after; back 20 days to two years later, not known, or not planned. */
function absenceFacts(next: () => number): AbsenceFacts {
  const departure = AS_OF_DAY - 900 + Math.floor(next() * 940);
  const returnKind = next();
  const placeFixed = next() < 0.7;
  const known = Math.floor(next() * 3);
  return {
    departure: day(departure),
    expectedReturn: returnKind < 0.15 ? null : returnKind < 0.2 ? "open-ended" : day(departure + 20 + Math.floor(next() * 700)),
    placeFixed,
    ...(placeFixed || known === 0 ? {} : { placeKnown: known === 1 }),
  };
}

/** The schedule for 2024: back on the expected day if it has passed (four in five), and nine in ten of the past obligations recorded as done. */
function scheduleBlock(next: () => number, absence: AbsenceFacts, departure: number): Record<string, unknown> {
  const expected = typeof absence.expectedReturn === "string" && absence.expectedReturn !== "open-ended" ? toDayNumber(absence.expectedReturn) : null;
  const back = expected !== null && expected <= AS_OF_DAY && next() < 0.8 ? expected : null;
  const until = Math.min(back ?? AS_OF_DAY, AS_OF_DAY);
  const card = absence.expectedReturn === null || !absence.placeFixed;
  const done: { kind: string; on: string }[] = [];
  const did = (kind: string, on: number) => {
    if (on <= AS_OF_DAY && next() < 0.9) done.push({ kind, on: day(on) });
  };
  did("departure-briefing", departure);
  if (card) did("card-verification", departure + 15);
  for (let n = 1; departure + 182 * n - 10 <= until && n <= 5; n += 1) did("member-report", departure + 182 * n - 10);
  if (card) {
    for (let year = Number(day(departure).slice(0, 4)); year < Number(ROSTER_AS_OF.slice(0, 4)); year += 1) did("card-annual-review", toDayNumber(`${year}-12-15`));
  }
  if (back !== null) did("return-visit", back + 10);
  return {
    backOn: back === null ? null : day(back),
    departmentConcentrated: next() < 0.1,
    period: { from: "2024-01-01", before: "2025-01-01" },
    asOf: ROSTER_AS_OF,
    done,
  };
}

function managementFacts(next: () => number): Record<string, unknown> {
  const employment = pick(next, ["stable", "unstable", "none"] as const);
  const residence = Math.floor(next() * 3);
  return {
    employment,
    workplaceHasPartyOrg: employment === "none" ? null : next() < 0.5,
    industryAssociation: employment === "none" ? null : next() < 0.3,
    personnelFileHolder: pick(next, ["talent-agency", "labour-agency", "other"] as const),
    residenceFixed: residence === 0,
    residenceChangesOften: residence === 1,
  };
}

/** A record a records system gets wrong now and then. */
function badRecord(next: () => number, id: string, branch: string): Record<string, unknown> {
  switch (Math.floor(next() * 4)) {
    case 0:
      return { id, branch, absence: { departure: "2024-02-30", expectedReturn: null, placeFixed: true } };
    case 1:
      return {
        id,
        branch,
        schedule: { backOn: null, departmentConcentrated: false, period: { from: "2024-01-01", before: "2025-01-01" }, asOf: ROSTER_AS_OF, done: [] },
      };
    case 2:
      return { id, branch: " ", management: managementFacts(next) };
    default:
      return { id, branch, note: "调动中" };
  }
}
