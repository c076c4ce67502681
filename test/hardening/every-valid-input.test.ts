/**
 * Every valid input gets an answer; every invalid one gets the typed error with at least
 * one issue, each at a path in the input. Facts near the last supported year that the
 * rule's own exported schema accepts are answered (or refused by that schema, at a path),
 * never refused afterwards with an empty path. The error, the schema factories and the
 * validator refuse what is not theirs (a non-string source, a non-schema, an empty list of
 * issues) with the typed error; and a value nested 100,000 deep is refused, never a stack
 * overflow.
 */
import { describe, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import {
  CalendarDateSchema,
  RuleInputError,
  decisionSchema,
  documentForAbsence,
  explain,
  fromDayNumber,
  overridableRuleOptionsSchema,
  toDayNumber,
  validateInput,
} from "mobile-member-rules";
import { RULES, attempt, defect, describeThrown, expectAnswerOrRefusal, expectStoredDecision, showPath, type Called } from "../support/hostile.js";

const RUNS = 100;

describe("the sample inputs every hardening property starts from are valid", () => {
  for (const { name, rule, valid } of RULES) {
    test.prop([valid], { numRuns: 50 })(`${name}: a valid input and valid options get a decision`, ({ input, options }) => {
      const called = attempt(() => rule(input, options));
      if (called.kind !== "returned") defect(`${name}: the sample input was not answered: ${called.kind === "refused" ? JSON.stringify(called.error.issues) : describeThrown(called.error)}`);
      expectStoredDecision(called.value, name);
    });
  }
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The latest year among the dates and months in a value. */
function latestYear(value: unknown): number {
  if (typeof value === "string") {
    const match = DATE.exec(value) ?? MONTH.exec(value);
    return match ? Number(match[1]) : Number.NEGATIVE_INFINITY;
  }
  if (value !== null && typeof value === "object") return Math.max(Number.NEGATIVE_INFINITY, ...Object.values(value).map(latestYear));
  return Number.NEGATIVE_INFINITY;
}

/** Moves every date and month `years` later: the same day of the month, or the month's last (29 February). */
function shiftYears(value: unknown, years: number): unknown {
  if (typeof value === "string") {
    const date = DATE.exec(value);
    if (date) {
      const year = Number(date[1]) + years;
      const month = Number(date[2]);
      const day = Math.min(Number(date[3]), lastDayOf(year, month));
      return `${year}-${date[2]}-${String(day).padStart(2, "0")}`;
    }
    const month = MONTH.exec(value);
    if (month) return `${Number(month[1]) + years}-${month[2]}`;
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => shiftYears(item, years));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftYears(v, years)]));
  return value;
}

/** Moves every date `days` later (for facts without months, whose dates move day by day). */
function shiftDays(value: unknown, days: number): unknown {
  if (typeof value === "string") return DATE.test(value) ? fromDayNumber(toDayNumber(value) + days) : value;
  if (Array.isArray(value)) return value.map((item) => shiftDays(item, days));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDays(v, days)]));
  return value;
}

/** The latest date in a value, as a day number. */
function latestDay(value: unknown): number {
  if (typeof value === "string") return DATE.test(value) ? toDayNumber(value) : Number.NEGATIVE_INFINITY;
  if (value !== null && typeof value === "object") return Math.max(Number.NEGATIVE_INFINITY, ...Object.values(value).map(latestDay));
  return Number.NEGATIVE_INFINITY;
}

function hasMonths(value: unknown): boolean {
  if (typeof value === "string") return MONTH.test(value);
  return value !== null && typeof value === "object" && Object.values(value).some(hasMonths);
}

const LAST_DAY = toDayNumber("9999-12-31");

/**
 * The same facts moved to the end of the supported years: the latest date lands `slack`
 * short of 9999-12-31 (days × 20 for facts dated by day; whole years for records of months,
 * which keep their months aligned with their period).
 */
function nearTheEnd(input: unknown, slack: number): { late: unknown; where: string } | null {
  if (hasMonths(input)) {
    const latest = latestYear(input);
    return Number.isFinite(latest) ? { late: shiftYears(input, 9999 - latest - slack), where: `in the years up to ${9999 - slack}` } : null;
  }
  const latest = latestDay(input);
  if (!Number.isFinite(latest)) return null;
  const late = shiftDays(input, LAST_DAY - slack * 20 - latest);
  return { late, where: `with the latest date ${fromDayNumber(LAST_DAY - slack * 20)}` };
}

/** Where a refusal may point: a field of the input (its parent present), or the options. */
function pointsIntoInput(path: readonly (string | number)[], input: unknown): boolean {
  if (path.length === 0) return false;
  if (path[0] === "options") return true;
  let current = input;
  for (const key of path.slice(0, -1)) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current !== null && typeof current === "object";
}

function expectAnswerOrRefusalAtAPath(called: Called, input: unknown, what: string): void {
  expectAnswerOrRefusal(called, what);
  if (called.kind === "refused") {
    for (const issue of called.error.issues) {
      if (!pointsIntoInput(issue.path, input)) {
        defect(`${what}: refused with an issue at ${showPath(issue.path)}, not a field of the input ("${issue.message.en}"): the rule failed after its schema accepted the facts`);
      }
    }
  }
  if (called.kind === "returned") expectStoredDecision(called.value, what);
}

/** How far short of the last day the latest date lands: mostly on it, where the periods run out. */
const slack = fc.constantFrom(0, 0, 0, 1, 3);

const DATED = RULES.filter(({ name }) => name !== "managementMode" && name !== "liaisonAssignment");

describe("facts near the last supported year are answered, or refused by the schema at a path", () => {
  for (const { name, rule, schema, valid } of DATED) {
    test.prop([valid, slack], { numRuns: RUNS })(
      `${name}: when the exported schema accepts the facts, the rule answers them`,
      ({ input }, slack) => {
        const moved = nearTheEnd(input, slack);
        fc.pre(moved !== null);
        if (moved === null) return;
        const { late, where } = moved;
        const called = attempt(() => rule(late, {}));
        expectAnswerOrRefusalAtAPath(called, late, `${name} on facts ${where}`);
        if (schema.safeParse(late).success && called.kind !== "returned") {
          defect(`${name}: the exported schema accepts these facts, yet the rule refused them (${called.kind === "refused" ? called.error.issues.map((i) => `${showPath(i.path)}: ${i.message.en}`).join("; ") : ""})`);
        }
      },
    );

    test.prop([valid, slack], { numRuns: RUNS })(
      `${name}: under any readings, a refusal names a field of the input`,
      ({ input, options }, slack) => {
        const moved = nearTheEnd(input, slack);
        fc.pre(moved !== null);
        if (moved === null) return;
        expectAnswerOrRefusalAtAPath(attempt(() => rule(moved.late, options)), moved.late, `${name} on facts ${moved.where}`);
      },
    );
  }

  it("documentForAbsence: a departure in December 9999 with a known return is answered or refused at a path", () => {
    const facts = { departure: "9999-12-01", expectedReturn: "9999-12-31", placeFixed: true } as const;
    expectAnswerOrRefusalAtAPath(attempt(() => documentForAbsence(facts)), facts, "documentForAbsence, 9999-12-01 to 9999-12-31");
  });
});

const NOT_A_STRING: readonly unknown[] = [42, null, undefined, {}, ["source"], true];

describe("the validator, the schema factories and the error refuse what is not theirs", () => {
  it.each(NOT_A_STRING.map((source) => [source]))("validateInput with the source %j throws RuleInputError, for a valid and an invalid value", (source) => {
    for (const value of ["2024-01-01", "2024-02-30"]) {
      const called = attempt(() => validateInput(source as string, CalendarDateSchema, value));
      expectAnswerOrRefusal(called, `validateInput(${String(JSON.stringify(source))}, CalendarDateSchema, "${value}")`);
      if (called.kind !== "refused") defect(`validateInput: a source that is not a string (${String(JSON.stringify(source))}) was accepted`);
      if (typeof called.error.source !== "string") defect("validateInput: the RuleInputError's source is not a string");
    }
  });

  const NOT_A_SCHEMA: readonly (readonly [string, unknown])[] = [
    ["42", 42],
    ["null", null],
    ["undefined", undefined],
    ["a string", "outcome"],
    ["an empty object", {}],
    ["an array", []],
    ["a function", () => 1],
  ];

  it.each(NOT_A_SCHEMA)("decisionSchema(%s) throws RuleInputError", (_what, value) => {
    const called = attempt(() => decisionSchema(value as never));
    expectAnswerOrRefusal(called, `decisionSchema(${_what})`);
    if (called.kind !== "refused") defect(`decisionSchema: ${_what} is not a zod schema, yet a schema was made of it`);
  });

  it.each(NOT_A_SCHEMA)("overridableRuleOptionsSchema(%s) throws RuleInputError", (_what, value) => {
    const called = attempt(() => overridableRuleOptionsSchema(value as never));
    expectAnswerOrRefusal(called, `overridableRuleOptionsSchema(${_what})`);
    if (called.kind !== "refused") defect(`overridableRuleOptionsSchema: ${_what} is not a zod schema, yet a schema was made of it`);
  });

  it.each([[[]], [undefined], [null], [{}], ["issue"]])("new RuleInputError(\"x\", %j) never makes an error without issues", (issues) => {
    let made: unknown;
    try {
      made = new RuleInputError("x", issues as never);
    } catch {
      return;
    }
    const count = (made as { issues?: unknown }).issues;
    if (!Array.isArray(count) || count.length === 0) defect("RuleInputError: constructed with no issue, though its issues are documented never to be empty");
  });
});

const DEPTH = 100_000;

function deep(kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < DEPTH; i += 1) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** A stored decision with a value nested 100,000 deep at one of its JSON positions. */
function deepDecision(kind: "array" | "object", where: "outcome" | "trace facts" | "trace result"): unknown {
  const stored = JSON.parse(
    JSON.stringify(documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true })),
  ) as Record<string, unknown> & { trace: Record<string, unknown>[] };
  const [first, ...rest] = stored.trace;
  switch (where) {
    case "outcome":
      return { ...stored, outcome: deep(kind) };
    case "trace facts":
      return { ...stored, trace: [{ ...first, facts: { nested: deep(kind) } }, ...rest] };
    case "trace result":
      return { ...stored, trace: [{ ...first, result: deep(kind) }, ...rest] };
  }
}

const DEEP_CASES = (["array", "object"] as const).flatMap((kind) =>
  (["outcome", "trace facts", "trace result"] as const).map((where) => [kind, where] as const),
);

describe("a value nested 100,000 deep is refused with RuleInputError, never a stack overflow", () => {
  it.each(DEEP_CASES)("explain: a decision with %s nesting in its %s", (kind, where) => {
    const called = attempt(() => explain(deepDecision(kind, where) as never));
    expectAnswerOrRefusal(called, `explain on a decision with ${kind}s nested ${DEPTH} deep in its ${where}`);
    if (called.kind !== "refused") defect(`explain: a decision nested ${DEPTH} deep was explained instead of refused`);
  });

  it.each(DEEP_CASES)("validateInput with the stored-decision schema: %s nesting in the %s", (kind, where) => {
    const called = attempt(() => validateInput("caller", decisionSchema(z.json()), deepDecision(kind, where)));
    expectAnswerOrRefusal(called, `validateInput on a decision with ${kind}s nested ${DEPTH} deep in its ${where}`);
    if (called.kind !== "refused") defect(`validateInput: a value nested ${DEPTH} deep was accepted instead of refused`);
  });

  it.each([["array"], ["object"]] as const)("validateInput with z.json(): %s nesting", (kind) => {
    const called = attempt(() => validateInput("caller", z.json(), deep(kind)));
    expectAnswerOrRefusal(called, `validateInput(z.json()) on ${kind}s nested ${DEPTH} deep`);
    if (called.kind !== "refused") defect(`validateInput: a value nested ${DEPTH} deep was accepted instead of refused`);
  });
});
