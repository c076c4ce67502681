/**
 * Fuzzing every export with hostile values. Each exported function is given valid
 * arguments with one to three hostile changes: a value replaced by a BigInt, a symbol,
 * -0, NaN, Infinity, a Date, a Map, a class instance, a huge string or array, a deeply
 * nested value, full-width or invisible characters in a date; an object wrapped in a
 * proxy whose get, ownKeys, getOwnPropertyDescriptor, getPrototypeOf or has trap throws,
 * or whose keys or values change between reads; a property turned into a getter that
 * throws or changes; a symbol, "__proto__", "constructor" or "prototype" key; a
 * null-prototype object; a hole in an array; a cycle; everything frozen.
 *
 * The only allowed results: a valid return (for a rule, a decision that validates as a
 * stored decision) or a RuleInputError with at least one issue. Nothing else may escape:
 * not a TypeError, not a RangeError, not the error a caller's proxy or getter threw.
 *
 * Runs: FUZZ_RUNS per property, at most HOSTILE_FUZZ_RUNS (default 300; see RUNS). Large
 * values are capped (see HUGE_STRING_LENGTH and the others in test/support/hostile.ts) so
 * that 10,000 runs of every property take a few minutes on two cores.
 */
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import * as library from "mobile-member-rules";
import {
  CLAUSE_IDS,
  INTERPRETATION_IDS,
  RuleInputError,
  SUPERIOR_RULE_IDS,
  isCalendarDate,
  liaisonAssignment,
  reportingSchedule,
} from "mobile-member-rules";
import { calendarDate, monthCount } from "../support/arbitraries.js";
import { absence, interpretationChoices, scheduleFacts } from "../support/rule-arbitraries.js";
import { roster } from "../support/roster-arbitraries.js";
import {
  RULES,
  attempt,
  buildHostile,
  defect,
  expectAnswerOrRefusal,
  expectStoredDecision,
  hostility,
  liaisonBranch,
  type AnyFunction,
} from "../support/hostile.js";

// Hostile values are large (strings of 100,000 characters, arrays of 2,000, nesting 20,000
// deep), and one worker running 10,000 of them per property grew past a 4 GB heap, although
// the library itself keeps nothing between calls (a loop of 20,000 decisions and refusals
// holds a steady heap), and one worker running the whole file at 1,000 per property still
// ran out of memory. So this suite runs at most HOSTILE_FUZZ_RUNS (default 300) per
// property, whatever FUZZ_RUNS asks; the whole file then takes about three minutes.
const RUNS = Math.min(Number(process.env.FUZZ_RUNS ?? 50_000), Number(process.env.HOSTILE_FUZZ_RUNS ?? 300));

// ---------------------------------------------------------------------------------------
// Schemas travel through the arguments as names, so a failing case prints as data.

const SCHEMA_PREFIX = "‹schema›";

const exportedSchemas = Object.entries(library as unknown as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

const SCHEMAS = new Map<string, z.ZodType>([
  ...exportedSchemas,
  ["decisionSchema(z.json())", library.decisionSchema(z.json())],
  ["z.json()", z.json()],
  ["z.enum(a, b)", z.enum(["a", "b"])],
]);

const schemaRef = (name: string) => `${SCHEMA_PREFIX}${name}`;

function resolveSchemas(args: readonly unknown[]): unknown[] {
  return args.map((arg) => (typeof arg === "string" && arg.startsWith(SCHEMA_PREFIX) ? (SCHEMAS.get(arg.slice(SCHEMA_PREFIX.length)) ?? arg) : arg));
}

// ---------------------------------------------------------------------------------------
// Valid arguments for every function

const citationId = fc.constantFrom<string>(...CLAUSE_IDS, ...SUPERIOR_RULE_IDS);
const interpretationId = fc.constantFrom(...INTERPRETATION_IDS);
const year = fc.integer({ min: 1000, max: 9999 });
const dayNumber = fc.integer({ min: -354_285, max: 2_932_896 });
const periodOptions = fc.oneof(
  fc.constant({}),
  fc.record(
    {
      measure: fc.constantFrom("calendar-months" as const, "thirty-day-months" as const, "half-year-183-days" as const),
      missingDay: fc.constantFrom("last-day-of-month" as const, "first-day-of-next-month" as const),
    },
    { requiredKeys: [] },
  ),
);
const period = fc.oneof(
  monthCount.map((months) => ({ months })),
  fc.integer({ min: 0, max: 5 }).map((years) => ({ years })),
  fc.integer({ min: 0, max: 800 }).map((days) => ({ days })),
);
const relation = fc.constantFrom("shorter", "exact", "longer");
const word = fc.constantFrom("以上", "以下", "以内", "届满", "不满", "超过", "以外");

/**
 * Pools of values made by the library itself, drawn once, inside the first test that needs
 * them (so clause coverage records them under a test): making them afresh for every run
 * would cost more than the run. The arguments are copied before they are made hostile.
 */
const POOL = 40;
function pool<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  let drawn: T[] | undefined;
  return fc.nat(POOL - 1).map((i) => {
    drawn ??= fc.sample(arbitrary, { numRuns: POOL, seed: 20_130_719 });
    return drawn[i] as T;
  });
}

const locale = fc.constantFrom("zh-CN" as const, "en" as const);

/** Decisions of every rule, as read back from storage. */
const storedDecision = fc.oneof(
  ...RULES.map(({ rule, valid }) => pool(valid.map(({ input, options }) => JSON.parse(JSON.stringify(rule(input, options))) as unknown))),
);

const inputError = new RuleInputError("caller", [{ path: ["departure"], code: "invalid-date", message: { zh: "日期无效", en: "invalid date" } }]);

/** A schema, by name, with a value it accepts (or, for some, refuses: both are valid calls). */
const schemaAndValue: fc.Arbitrary<[string, unknown]> = fc.oneof(
  calendarDate.map((date): [string, unknown] => [schemaRef("CalendarDateSchema"), date]),
  absence.map((value): [string, unknown] => [schemaRef("AbsenceSchema"), value]),
  scheduleFacts.map((value): [string, unknown] => [schemaRef("ScheduleFactsSchema"), value]),
  liaisonBranch.map((value): [string, unknown] => [schemaRef("LiaisonBranchSchema"), value]),
  interpretationChoices.map((value): [string, unknown] => [schemaRef("InterpretationChoicesSchema"), value]),
  period.map((value): [string, unknown] => [schemaRef("PeriodSchema"), value]),
  fc.constantFrom("经支部委员会研究决定", " ").map((value): [string, unknown] => [schemaRef("NonBlankTextSchema"), value]),
  storedDecision.map((value): [string, unknown] => [schemaRef("decisionSchema(z.json())"), value]),
  fc.jsonValue({ maxDepth: 3 }).map((value): [string, unknown] => [schemaRef("z.json()"), value]),
);

/** A worklist as stored: one item of each kind, a branch's counts and liaison facts. */
const WORKLIST = {
  asOf: "2024-06-30",
  documents: [{ kind: "document", memberId: "甲", branch: "第一支部", clause: "2.1.1", due: "2024-07-01", document: "transfer-letter" }],
  dueSoon: [],
  overdue: [{ kind: "obligation", memberId: null, branch: "第一支部", clause: "3.3", due: "2024-06-01", obligation: "branch-half-year-report" }],
  lapseCandidates: [{ kind: "lapse-candidate", memberId: "乙", branch: "第一支部", clause: "party-constitution:9", due: null, months: 5, criteria: ["dues"] }],
  withoutLiaison: [{ kind: "liaison", memberId: "乙", branch: "第一支部", clause: "3.2.1", due: null, proposed: "书记" }],
  ambiguous: [],
  branches: [{ branch: "第一支部", committees: ["区直机关工委"], members: 3, documents: 1, dueSoon: 0, overdue: 1, lapseCandidates: 1, withoutLiaison: 1, liaisonShortfall: 0, ambiguous: 0 }],
  committees: [{ committee: "区直机关工委", branches: 1, members: 3, documents: 1, dueSoon: 0, overdue: 1, lapseCandidates: 1, withoutLiaison: 1, liaisonShortfall: 0, ambiguous: 0 }],
  liaisons: [{ branch: "第一支部", mobileMembers: ["甲", "乙"], officers: [{ id: "书记", role: "secretary" }], currentAssignment: { 甲: "书记" } }],
  refused: 0,
  liaisonsRefused: [],
};

/** An impact report as stored: one reading, with a member it flips. */
const IMPACT_REPORT = {
  asOf: "2024-06-30",
  members: 2,
  readings: [
    {
      interpretation: "Q1.six-month-boundary",
      inForce: "exactly-six-months-is-at-least",
      alternative: "exactly-six-months-is-within",
      read: 1,
      changed: 1,
      refused: 0,
      branches: [{ branch: "第一支部", read: 1, changed: 1, refused: 0 }],
      examples: [{ id: "甲", branch: "第一支部", refused: false, changed: [{ rule: "documentForAbsence", inForce: { document: "transfer-letter" }, alternative: { document: "certificate-letter" } }] }],
    },
  ],
};

/** Valid argument lists, by function. */
const BASES: Record<string, fc.Arbitrary<unknown[]>> = {
  citationLabel: citationId.map((id) => [id]),
  isCitationId: citationId.map((id) => [id]),
  isClauseId: citationId.map((id) => [id]),
  isSuperiorRuleId: citationId.map((id) => [id]),
  lookUpCitation: citationId.map((id) => [id]),
  isRuleInputError: fc.constantFrom<unknown>(inputError, new Error("x"), { name: "RuleInputError", issues: [] }).map((value) => [value]),
  renderPath: fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(20)), { maxLength: 5 }).map((path) => [path]),
  validateInput: fc.tuple(fc.constantFrom("caller", "导入"), schemaAndValue).map(([source, [schema, value]]) => [source, schema, value]),
  daysInMonth: fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => [y, m]),
  fromDayNumber: dayNumber.map((n) => [n]),
  isCalendarDate: calendarDate.map((date) => [date]),
  isLeapYear: year.map((y) => [y]),
  toDayNumber: fc.tuple(calendarDate, fc.boolean()).map(([date, withPath]) => (withPath ? [date, ["departure"]] : [date])),
  addCalendarMonths: fc
    .tuple(calendarDate, fc.integer({ min: -36, max: 36 }), fc.option(fc.constantFrom("last-day-of-month" as const, "first-day-of-next-month" as const), { nil: undefined }))
    .map(([date, months, missingDay]) => (missingDay === undefined ? [date, months] : [date, months, { missingDay }])),
  comparePeriod: fc
    .tuple(calendarDate, fc.integer({ min: 0, max: 800 }), period, periodOptions)
    .map(([start, days, p, options]) => [start, library.fromDayNumber(library.toDayNumber(start) + days), p, options]),
  meetsBound: fc.tuple(relation, word).map(([r, w]) => [r, w]),
  periodLastDay: fc.tuple(calendarDate, period, periodOptions).map(([start, p, options]) => [start, p, options]),
  alternativesOf: interpretationId.map((id) => [id]),
  chosenAlternative: fc.tuple(interpretationChoices, interpretationId).map(([choices, id]) => [choices, id]),
  overridableRuleOptionsSchema: fc.constant([schemaRef("z.enum(a, b)")]),
  decisionSchema: fc.constantFrom([schemaRef("z.json()")], [schemaRef("z.enum(a, b)")]),
  explain: fc
    .tuple(storedDecision, fc.record({ locale: fc.constantFrom("zh-CN" as const, "en" as const), quoteClauses: fc.boolean() }, { requiredKeys: [] }))
    .map(([decision, options]) => [decision, options]),
  assignmentOf: pool(liaisonBranch.map((branch) => JSON.parse(JSON.stringify(liaisonAssignment(branch).outcome)) as unknown)).map((outcome) => [outcome]),
  scheduleToICalendar: fc
    .tuple(
      pool(scheduleFacts.map((facts) => JSON.parse(JSON.stringify(reportingSchedule(facts).outcome.obligations)) as unknown)),
      calendarDate,
      fc.option(fc.constantFrom("流动党员管理日程", "Branch 3"), { nil: undefined }),
    )
    .map(([obligations, stampedOn, name]) => [obligations, name === undefined ? { stampedOn } : { stampedOn, name }]),
  isRuleName: fc.constantFrom<unknown>("documentForAbsence", "evaluationCohort", "noSuchRule", 42).map((name) => [name]),
  rulesReading: interpretationId.map((id) => [id]),
  ruleTitle: fc.tuple(fc.constantFrom("documentForAbsence", "reportingSchedule", "noSuchRule"), locale).map(([rule, l]) => [rule, l]),
  ruleQuestion: fc.tuple(fc.constantFrom("managementMode", "liaisonAssignment", "noSuchRule"), locale).map(([rule, l]) => [rule, l]),
  outcomeText: fc.tuple(storedDecision, locale).map(([d, l]) => [(d as { rule: string }).rule, (d as { outcome: unknown }).outcome, l]),
  stepText: fc.tuple(storedDecision, locale).map(([d, l]) => [(d as { trace: unknown[] }).trace[0], d, l]),
  reasonText: fc.tuple(fc.constantFrom<unknown>({ check: "reason.exactly-six-months" }, { check: "reason.no-corresponding-day", params: { departure: "2024-08-31" } }, { check: "no-such-reason" }), locale).map(([r, l]) => [r, l]),
  replay: storedDecision.map((d) => [d]),
  analyzeRoster: fc.tuple(roster, fc.constantFrom("2024-06-30", "2025-01-15"), fc.boolean()).map(([records, asOf, impact]) => [records, { asOf, impact }]),
  mergeWorklists: fc.constant([WORKLIST, { ...WORKLIST, documents: [], branches: [], committees: [], liaisons: [] }]),
  mergeImpactReports: fc.constant([IMPACT_REPORT, IMPACT_REPORT]),
  ...Object.fromEntries(RULES.map(({ name, valid }) => [name, valid.map(({ input, options }) => [input, options])])),
};

// ---------------------------------------------------------------------------------------
// What each function may return

const isBoolean = (value: unknown) => typeof value === "boolean";
const isText = (value: unknown) => typeof value === "string";
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
/** A value to validate with a schema made by a factory: a stored decision, drawn at first use. */
let decisionProbe: unknown;
function schemaProbe(factory: "decisionSchema" | "overridableRuleOptionsSchema"): unknown {
  if (factory === "overridableRuleOptionsSchema") return { override: { outcome: "a", reason: "理由" } };
  decisionProbe ??= fc.sample(storedDecision, { numRuns: 1, seed: 1 })[0];
  return decisionProbe;
}

/** Checks a function's return value; says what is wrong, or nothing. */
const RETURNS: Record<string, (value: unknown) => string | null> = {
  citationLabel: (v) => (isText(v) && v !== "" ? null : "not a label"),
  isCitationId: (v) => (isBoolean(v) ? null : "not a boolean"),
  isClauseId: (v) => (isBoolean(v) ? null : "not a boolean"),
  isSuperiorRuleId: (v) => (isBoolean(v) ? null : "not a boolean"),
  isRuleInputError: (v) => (isBoolean(v) ? null : "not a boolean"),
  isCalendarDate: (v) => (isBoolean(v) ? null : "not a boolean"),
  isLeapYear: (v) => (isBoolean(v) ? null : "not a boolean"),
  meetsBound: (v) => (isBoolean(v) ? null : "not a boolean"),
  lookUpCitation: (v) => (isRecord(v) && (v["source"] === "opinion" || v["source"] === "superior") ? null : "not a cited text"),
  renderPath: (v) => (isText(v) ? null : "not a text"),
  fromDayNumber: (v) => (isCalendarDate(v) ? null : "not a calendar date"),
  chosenAlternative: (v) => (isText(v) ? null : "not a reading"),
  explain: (v) => (isText(v) && v !== "" ? null : "not an explanation"),
  scheduleToICalendar: (v) => (isText(v) && v.startsWith("BEGIN:VCALENDAR") ? null : "not an iCalendar file"),
  daysInMonth: (v) => (typeof v === "number" && v >= 28 && v <= 31 ? null : "not a month's length"),
  toDayNumber: (v) => (Number.isSafeInteger(v) ? null : "not a day number"),
  addCalendarMonths: (v) => (isRecord(v) && isCalendarDate(v["date"]) && isBoolean(v["clamped"]) ? null : "not a month shift"),
  periodLastDay: (v) => (isRecord(v) && isCalendarDate(v["lastDay"]) && isBoolean(v["clamped"]) ? null : "not a period end"),
  comparePeriod: (v) => (isRecord(v) && isCalendarDate(v["lastDay"]) && ["shorter", "exact", "longer"].includes(String(v["relation"])) ? null : "not a comparison"),
  alternativesOf: (v) => (Array.isArray(v) && v.length > 0 && v.every(isText) ? null : "not a list of readings"),
  assignmentOf: (v) => (isRecord(v) && Object.values(v).every(isText) ? null : "not member → liaison links"),
  validateInput: () => null,
  isRuleName: (v) => (isBoolean(v) ? null : "not a boolean"),
  rulesReading: (v) => (Array.isArray(v) && v.every(isText) ? null : "not a list of rules"),
  ruleTitle: (v) => (isText(v) && v !== "" ? null : "not a title"),
  ruleQuestion: (v) => (isText(v) && v !== "" ? null : "not a question"),
  outcomeText: (v) => (isText(v) && v !== "" ? null : "not an outcome in words"),
  stepText: (v) => (isText(v) && v !== "" ? null : "not a step in words"),
  reasonText: (v) => (isText(v) && v !== "" ? null : "not a reason in words"),
  replay: (v) => (isRecord(v) && isBoolean(v["same"]) && isBoolean(v["replayable"]) ? null : "not a replay report"),
  analyzeRoster: (v) => (isRecord(v) && typeof v["worklist"] === "function" && typeof v["impact"] === "function" ? null : "not a roster analysis"),
  mergeWorklists: (v) => (isRecord(v) && Array.isArray(v["documents"]) && Array.isArray(v["branches"]) ? null : "not a worklist"),
  mergeImpactReports: (v) => (isRecord(v) && Array.isArray(v["readings"]) ? null : "not an impact report"),
};

const isClass = (value: unknown) => typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));

const functions = Object.entries(library as unknown as Record<string, unknown>)
  .filter((entry): entry is [string, AnyFunction] => typeof entry[1] === "function" && !isClass(entry[1]))
  .sort(([a], [b]) => a.localeCompare(b));

const changes = fc.array(hostility, { minLength: 1, maxLength: 3 });

/**
 * Declares the suite for the exported functions `part` selects (and, with
 * `withConstructor`, for `new RuleInputError`). The suite is split over four files, each run
 * in its own worker: one worker running every export at once ran out of memory.
 */
export function hostileSuite(part: (name: string) => boolean, withConstructor: boolean): void {
describe("every exported function, on valid arguments made hostile", () => {
  test("has valid arguments for every exported function", () => {
    // A new export must be given a base here: none is skipped (none takes no input).
    expect(functions.map(([name]) => name).filter((name) => BASES[name] === undefined)).toEqual([]);
    expect(functions.length).toBeGreaterThan(30);
  });

  // The schema factories take one schema, and each run compiles a new schema (about 2 ms):
  // a tenth of the runs covers their few arguments.
  const FACTORIES = new Set(["decisionSchema", "overridableRuleOptionsSchema"]);

  for (const [name, fn] of functions.filter(([name]) => part(name))) {
    const base = BASES[name] ?? fc.constant([]);
    const isRule = RULES.some((r) => r.name === name);
    const runs = FACTORIES.has(name) ? Math.ceil(RUNS / 10) : RUNS;
    test.prop([base, changes], { numRuns: runs })(`${name}: answers or throws RuleInputError with an issue, nothing else`, (args, hostile) => {
      const { args: built } = buildHostile(resolveSchemas(args), hostile);
      const called = attempt(() => fn(...built));
      expectAnswerOrRefusal(called, name);
      if (called.kind !== "returned") return;
      if (isRule) {
        expectStoredDecision(called.value, name);
        return;
      }
      const problem = RETURNS[name]?.(called.value) ?? null;
      if (problem !== null) defect(`${name}: returned ${problem}`);
      if (name === "decisionSchema" || name === "overridableRuleOptionsSchema") {
        // A schema made of hostile arguments must still validate without throwing anything else.
        if (!(called.value instanceof z.ZodType)) defect(`${name}: returned something other than a zod schema`);
        expectAnswerOrRefusal(
          attempt(() => library.validateInput("caller", called.value as z.ZodType, schemaProbe(name))),
          `validateInput with the schema ${name} made of hostile arguments`,
        );
      }
    });
  }

  if (withConstructor) test.prop([fc.tuple(fc.constantFrom("caller"), fc.constant([{ path: ["departure"], code: "missing", message: { zh: "缺少必填项", en: "required field is missing" } }])), changes], {
    numRuns: RUNS,
  })("new RuleInputError: makes an error with at least one issue, or throws RuleInputError", (args, hostile) => {
    const { args: built } = buildHostile(args, hostile);
    const called = attempt(() => new RuleInputError(...(built as ConstructorParameters<typeof RuleInputError>)));
    expectAnswerOrRefusal(called, "new RuleInputError");
    if (called.kind === "returned") {
      const issues = (called.value as { issues?: unknown }).issues;
      if (!Array.isArray(issues) || issues.length === 0) defect("new RuleInputError: made an error without issues");
    }
  });
});
}
