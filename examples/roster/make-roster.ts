/**
 * Makes the example roster the README shows: 200 members in 4 branches under 2 organ
 * Party committees, the same every time (a seeded generator), written as
 *
 * - `members.csv`: UTF-8 with a byte-order mark, as spreadsheet programs save it;
 * - `members-gb18030.csv`: the same rows in GB18030 (`--encoding gb18030`);
 * - `members.ndjson`: one record per line;
 * - `members.xlsx`: the same table as an Excel workbook.
 *
 * What it holds: a secretary and two committee members per branch; twenty members away per
 * branch, for two months to open-ended, one of exactly six months (Q1), one leaving next
 * week with no document issued yet; liaisons on record for two members away in three;
 * schedules with the departure briefing and some reports done; appraisals, one member
 * lapsed (six months without organizational life) and one five months into such a run; one
 * demobilized serviceman or graduate awaiting placement per branch; and three rows with a
 * deliberate mistake: an impossible date, a value not among the allowed ones, a missing id.
 *
 * Run with `npm run example:roster` (`tsx examples/roster/make-roster.ts`).
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const here = fileURLToPath(new URL(".", import.meta.url));

/** The day the example is drawn up for: `roster … --as-of 2025-06-30`. */
export const AS_OF = "2025-06-30";

// ── a seeded generator ────────────────────────────────────────────────────────────

/** mulberry32: small, fast, and the same numbers on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20250630);

// ── dates ─────────────────────────────────────────────────────────────────────────

const DAY = 86_400_000;
const toDate = (text: string): Date => new Date(`${text}T00:00:00Z`);
const fromDate = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (text: string, days: number): string => fromDate(new Date(toDate(text).getTime() + days * DAY));
/** The same day `months` later (the last day of the month when it has none). */
function addMonths(text: string, months: number): string {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

// ── the members ───────────────────────────────────────────────────────────────────

const BRANCHES = [
  { letter: "A", branch: "发展改革委机关第一党支部", committee: "自治区发展和改革委员会机关党委", concentrated: true },
  { letter: "B", branch: "发展改革委机关第二党支部", committee: "自治区发展和改革委员会机关党委", concentrated: true },
  { letter: "C", branch: "教育厅机关第一党支部", committee: "自治区教育厅机关党委", concentrated: false },
  { letter: "D", branch: "教育厅机关第二党支部", committee: "自治区教育厅机关党委", concentrated: false },
] as const;

const MEMBERS_PER_BRANCH = 50;
const AWAY_PER_BRANCH = 20;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type MemberRecord = { [key: string]: Json };

const APPRAISAL_PERIOD = { from: "2025-01-01", to: "2025-06-30" } as const;
const MONTHS = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"] as const;

function appraisalMonths(missedFrom: number | undefined): Json[] {
  return MONTHS.map((month, index) => ({
    month,
    organizationalLife: missedFrom === undefined || index < missedFrom,
    duesPaid: true,
    assignedWork: true,
    contact: { inflow: true, outflow: true },
    excused: null,
  }));
}

/** Management facts as the starter scenarios give them (examples/scenarios/management-mode.json). */
const MANAGEMENT_FACTS: readonly MemberRecord[] = [
  { employment: "stable", workplaceHasPartyOrg: true, industryAssociation: false, personnelFileHolder: "other", residenceFixed: true, residenceChangesOften: false },
  { employment: "stable", workplaceHasPartyOrg: false, industryAssociation: true, personnelFileHolder: "other", residenceFixed: true, residenceChangesOften: false },
  { employment: "none", workplaceHasPartyOrg: null, industryAssociation: null, personnelFileHolder: "labour-agency", residenceFixed: true, residenceChangesOften: false },
  { employment: "unstable", workplaceHasPartyOrg: true, industryAssociation: false, personnelFileHolder: "other", residenceFixed: false, residenceChangesOften: true },
  { employment: "stable", workplaceHasPartyOrg: false, industryAssociation: false, personnelFileHolder: "talent-agency", residenceFixed: false, residenceChangesOften: false },
];

function absenceOf(letter: string, k: number, b: number): { departure: string; expectedReturn: string | null } {
  // Branch A's first member away: exactly six months (Q1).
  if (letter === "A" && k === 0) return { departure: "2025-01-15", expectedReturn: "2025-07-15" };
  // The last member away in each branch leaves next week.
  if (k === AWAY_PER_BRANCH - 1) return { departure: addDays(AS_OF, 8 + b), expectedReturn: addMonths(addDays(AS_OF, 8 + b), 3) };
  const departure = addDays("2024-08-01", Math.floor(random() * 320));
  switch (k % 6) {
    case 0:
      return { departure, expectedReturn: addMonths(departure, 2) };
    case 1:
      return { departure, expectedReturn: addMonths(departure, 4) };
    case 2:
      return { departure, expectedReturn: addMonths(departure, 9) };
    case 3:
      return { departure, expectedReturn: addMonths(departure, 14) };
    case 4:
      return { departure, expectedReturn: null };
    default:
      return { departure, expectedReturn: "open-ended" };
  }
}

function member(b: number, i: number): MemberRecord {
  const { letter, branch, committee, concentrated } = BRANCHES[b] as (typeof BRANCHES)[number];
  const id = `${letter}${String(i).padStart(3, "0")}`;
  const record: MemberRecord = { id, branch, committee };
  if (i === 1) record.role = "secretary";
  if (i === 2 || i === 3) record.role = "committee-member";
  const k = i - 4;
  if (k >= 0 && k < AWAY_PER_BRANCH) {
    const { departure, expectedReturn } = absenceOf(letter, k, b);
    const gone = departure <= AS_OF;
    record.absence = { departure, expectedReturn, placeFixed: random() < 0.8 };
    // Documents on record, but for two members away a branch, and for the one leaving next week.
    if (gone && k !== 5 && k !== 11) record.documentIssuedOn = addDays(departure, -3);
    if (k % 3 !== 2) record.liaison = `${letter}00${1 + (k % 2)}`;
    if (gone && k % 4 !== 3) {
      const done: Json[] = [];
      if (departure >= "2025-01-01") done.push({ kind: "departure-briefing", on: departure });
      if (random() < 0.5) done.push({ kind: "member-report", on: addDays("2025-05-01", Math.floor(random() * 40)) });
      const back = typeof expectedReturn === "string" && expectedReturn !== "open-ended" && expectedReturn <= AS_OF && k % 6 === 1 ? expectedReturn : null;
      record.schedule = { backOn: back, departmentConcentrated: concentrated, period: { from: "2025-01-01", before: "2026-01-01" }, asOf: AS_OF, done };
    }
    if (gone && k >= 6 && k <= 10) {
      // Branch A's k = 6 lapsed: no organizational life for six months; branch B's, five months running.
      const missedFrom = k === 6 && letter === "A" ? 0 : k === 6 && letter === "B" ? 1 : undefined;
      record.appraisal = {
        probationary: false,
        departure,
        period: { ...APPRAISAL_PERIOD },
        months: appraisalMonths(missedFrom),
        reports: [addDays("2025-03-01", Math.floor(random() * 28))],
        activityCard: "verified",
        violation: "none",
        outstandingContribution: false,
        transferNotArranged: null,
        outOfContactEducation: "not-yet-educated",
        correction: "not-yet-required",
      };
    }
  }
  if (i >= 24 && i <= 27) {
    // How four members a branch are managed (1.2.3), in the starter scenarios' shapes.
    record.management = { ...(MANAGEMENT_FACTS[(i - 24 + b) % MANAGEMENT_FACTS.length] as MemberRecord) };
  }
  if (i === 30) {
    // One a branch: a demobilized serviceman or a graduate awaiting placement (2.1.4).
    const since = b % 2 === 0 ? "2025-01-10" : "2024-12-20";
    record.situation = {
      category: b % 2 === 0 ? "graduate" : "demobilized-serviceman",
      since,
      placementRegisteredOn: b < 2 ? null : addDays(since, 30),
      asOf: AS_OF,
      workUnit: null,
      departmentHasMobileMemberOrg: false,
    };
  }
  // Three deliberate mistakes.
  if (letter === "B" && i === 40) record.documentIssuedOn = "2025-02-30";
  if (letter === "C" && i === 41) {
    record.management = {
      employment: "part-time",
      workplaceHasPartyOrg: true,
      industryAssociation: false,
      personnelFileHolder: "other",
      residenceFixed: true,
      residenceChangesOften: false,
    };
  }
  if (letter === "D" && i === 42) delete record.id;
  return record;
}

/** The 200 records, branch by branch. */
export function makeRoster(): MemberRecord[] {
  const records: MemberRecord[] = [];
  for (let b = 0; b < BRANCHES.length; b += 1) for (let i = 1; i <= MEMBERS_PER_BRANCH; i += 1) records.push(member(b, i));
  return records;
}

// ── the table ─────────────────────────────────────────────────────────────────────

/** The columns of the CSV and XLSX files: a field each, by its dotted path; lists as JSON. */
export const COLUMNS = [
  "id",
  "branch",
  "committee",
  "role",
  "liaison",
  "documentIssuedOn",
  "absence.departure",
  "absence.expectedReturn",
  "absence.placeFixed",
  "schedule.backOn",
  "schedule.departmentConcentrated",
  "schedule.period.from",
  "schedule.period.before",
  "schedule.asOf",
  "schedule.done",
  "appraisal.probationary",
  "appraisal.departure",
  "appraisal.period.from",
  "appraisal.period.to",
  "appraisal.months",
  "appraisal.reports",
  "appraisal.activityCard",
  "appraisal.violation",
  "appraisal.outstandingContribution",
  "appraisal.transferNotArranged",
  "appraisal.outOfContactEducation",
  "appraisal.correction",
  "management.employment",
  "management.workplaceHasPartyOrg",
  "management.industryAssociation",
  "management.personnelFileHolder",
  "management.residenceFixed",
  "management.residenceChangesOften",
  "situation.category",
  "situation.since",
  "situation.placementRegisteredOn",
  "situation.asOf",
  "situation.workUnit",
  "situation.departmentHasMobileMemberOrg",
] as const;

function valueAt(record: MemberRecord, path: string): Json | undefined {
  let value: Json | undefined = record;
  for (const segment of path.split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = value[segment];
  }
  return value;
}

/** A record's cells: text as it is, lists and objects as JSON, `null` and absent fields empty. */
function cells(record: MemberRecord, booleans: (value: boolean) => string | boolean): (string | boolean)[] {
  return COLUMNS.map((column) => {
    const value = valueAt(record, column);
    if (value === undefined || value === null) return "";
    if (typeof value === "boolean") return booleans(value);
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  });
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvText(records: readonly MemberRecord[]): string {
  const rows = [COLUMNS.join(","), ...records.map((record) => cells(record, (value) => (value ? "是" : "否")).map((cell) => csvField(String(cell))).join(","))];
  return `${rows.join("\r\n")}\r\n`;
}

/** GB18030 bytes, by the reverse of Node's decoder: every two-byte code and, for the rest of the BMP, every four-byte one. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let first = 0x81; first <= 0xfe; first += 1) {
    for (let second = 0x40; second <= 0xfe; second += 1) {
      if (second === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(first, second));
      if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [first, second]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    let found = table.get(char);
    if (found === undefined) {
      search: for (let a = 0x81; a <= 0x84; a += 1)
        for (let b = 0x30; b <= 0x39; b += 1)
          for (let c = 0x81; c <= 0xfe; c += 1)
            for (let d = 0x30; d <= 0x39; d += 1) {
              if (decoder.decode(Uint8Array.of(a, b, c, d)) === char) {
                found = [a, b, c, d];
                table.set(char, found);
                break search;
              }
            }
    }
    if (found === undefined) throw new Error(`no GB18030 code for U+${code.toString(16)}`);
    bytes.push(...found);
  }
  return Buffer.from(bytes);
}

async function xlsxBuffer(records: readonly MemberRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates, so that the workbook's properties do not change from one run to the next.
  workbook.created = new Date("2025-06-30T00:00:00Z");
  workbook.modified = new Date("2025-06-30T00:00:00Z");
  workbook.creator = "mobile-member-rules example";
  const sheet = workbook.addWorksheet("花名册");
  sheet.addRow([...COLUMNS]);
  for (const record of records) sheet.addRow(cells(record, (value) => value));
  return withFixedZipDates(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/**
 * The workbook with every entry of its zip dated 2025-06-30, in the central directory and
 * in each local header: the zip writer stamps the time of writing, and the file would
 * change on every run.
 */
function withFixedZipDates(zip: Buffer): Buffer {
  const dosDate = ((2025 - 1980) << 9) | (6 << 5) | 30;
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file");
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries; entry += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("unexpected zip central directory");
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

async function write(): Promise<void> {
  const records = makeRoster();
  const csv = csvText(records);
  writeFileSync(`${here}members.csv`, `\ufeff${csv}`);
  writeFileSync(`${here}members-gb18030.csv`, gb18030(csv));
  writeFileSync(`${here}members.ndjson`, records.map((record) => `${JSON.stringify(record)}\n`).join(""));
  writeFileSync(`${here}members.xlsx`, await xlsxBuffer(records));
  console.log(`${records.length} members: members.csv, members-gb18030.csv, members.ndjson, members.xlsx in ${here}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await write();
