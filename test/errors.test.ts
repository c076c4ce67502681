import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import * as library from "mobile-member-rules";
import {
  RuleInputError,
  addCalendarMonths,
  comparePeriod,
  fromDayNumber,
  isRuleInputError,
  periodLastDay,
  renderPath,
  toDayNumber,
  validateInput,
} from "mobile-member-rules";

const HAN = /\p{Script=Han}/u;

/** Every zod schema the package exports, found by looking, so a new one is checked too. */
const exportedSchemas = Object.entries(library as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

/** Every factory of schemas the package exports, called with a simple outcome schema. */
const schemaFactories: [string, z.ZodType][] = [
  ["decisionSchema", library.decisionSchema(z.json())],
  ["overridableRuleOptionsSchema", library.overridableRuleOptionsSchema(z.enum(["a", "b"]))],
];

const BAD_VALUES: unknown[] = [undefined, null, 42, Number.NaN, "", "2024-02-30", [], {}, { unknown: true }, true];

function expectBilingual(error: unknown): asserts error is RuleInputError {
  expect(error).toBeInstanceOf(RuleInputError);
  const issues = (error as RuleInputError).issues;
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.message.zh).toMatch(HAN);
    expect(issue.message.en).toMatch(/[a-z]/);
    expect(Array.isArray(issue.path)).toBe(true);
  }
}

describe("bad input gets the typed bilingual error", () => {
  it("finds the exported schemas", () => {
    expect(exportedSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining(["CalendarDateSchema", "RuleOptionsSchema", "InterpretationChoicesSchema", "NonBlankTextSchema"]),
    );
  });

  it.each([...exportedSchemas, ...schemaFactories])("%s refuses bad values with a RuleInputError", (name, schema) => {
    let refused = 0;
    for (const value of BAD_VALUES) {
      try {
        validateInput(name, schema, value);
      } catch (error) {
        expectBilingual(error);
        expect(error.source).toBe(name);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it("lists every problem, not only the first, each with its path", () => {
    const schema = z.strictObject({ departure: library.CalendarDateSchema, placeFixed: z.boolean() });
    try {
      validateInput("test", schema, { departure: "2024-02-30", placeFixed: "yes", extra: 1 });
      expect.unreachable();
    } catch (error) {
      expectBilingual(error);
      expect(error.issues.map((i) => [renderPath(i.path), i.code])).toEqual([
        ["departure", "invalid-date"],
        ["placeFixed", "wrong-type"],
        // An unknown field is the caller's text: the object is named, and the field's position.
        ["(input)", "unknown-field"],
      ]);
      expect(error.issues[2]?.message.en).toContain("field 3");
      expect(error.message).not.toContain("extra");
      expect(error.message).toContain("departure: 日期无效");
    }
  });

  it("says which field is missing", () => {
    const schema = z.strictObject({ departure: library.CalendarDateSchema });
    try {
      validateInput("test", schema, {});
      expect.unreachable();
    } catch (error) {
      expectBilingual(error);
      expect(error.issues[0]).toEqual({
        path: ["departure"],
        code: "missing",
        message: { zh: "缺少必填项", en: "required field is missing" },
      });
    }
  });

  it("renders paths as a reader writes them", () => {
    expect(renderPath([])).toBe("(input)");
    expect(renderPath(["members", 3, "departure"])).toBe("members[3].departure");
    expect(renderPath(["interpretations", "Q1.six-month-boundary"])).toBe('interpretations["Q1.six-month-boundary"]');
  });

  it("is recognized across bundle copies", () => {
    const copy = Object.assign(new Error("x"), { name: "RuleInputError", issues: [] });
    expect(isRuleInputError(copy)).toBe(true);
    expect(isRuleInputError(new Error("x"))).toBe(false);
  });

  // Whatever the calendar functions are given, they answer or throw the typed error.
  test.prop([fc.anything(), fc.anything(), fc.anything()], { numRuns: 500 })(
    "the calendar functions throw nothing but the typed error",
    (a, b, c) => {
      const calls: (() => unknown)[] = [
        () => toDayNumber(a as string),
        () => fromDayNumber(a as number),
        () => addCalendarMonths(a as string, b as number),
        () => periodLastDay(a as string, b as { months: number }),
        () => comparePeriod(a as string, b as string, c as { months: number }),
        () => comparePeriod("2024-03-10", "2024-12-01", { months: a as number }),
        () => addCalendarMonths("2024-03-10", a as number),
      ];
      for (const call of calls) {
        try {
          call();
        } catch (error) {
          expectBilingual(error);
        }
      }
    },
  );
});
