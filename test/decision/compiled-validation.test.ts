/**
 * The rules validate their input with zod's compiled copy of their schema (`compiledSchema`).
 * zod promises the same answers and the same issues; these properties hold it to that on
 * the library's own schemas, custom checks included: valid inputs, and inputs with one field
 * replaced by anything.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { z } from "zod";
import { RULES, type RuleName } from "mobile-member-rules";
import { compiledSchema } from "../../src/decision/rule.js";
import { snapshotInput } from "../../src/input/snapshot.js";
import { RULES as RULE_CASES } from "../support/hostile.js";

/** The same value with one of its fields (or a new one) set to anything at all. */
function withOneFieldChanged(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.anything(), fc.boolean()).map(([value, index, anything, remove]) => {
    if (value === null || typeof value !== "object") return value;
    const keys = Object.keys(value);
    const key = keys[index % (keys.length + 1)] ?? "unexpectedField";
    const copy: Record<string, unknown> = { ...value };
    if (remove) delete copy[key];
    else copy[key] = anything;
    return copy;
  });
}

/** Every rule, its input schema, and its valid inputs. */
const CASES = RULE_CASES.map(({ name, valid }) => [name, RULES[name as RuleName].input as z.ZodType, valid.map(({ input }) => input)] as const);

/** What a parse said, as data: success, or each issue's code, path and message. */
function verdict(result: { readonly success: boolean; readonly error?: { readonly issues: readonly z.core.$ZodIssue[] } | undefined }): unknown {
  return result.success ? "valid" : result.error?.issues.map(({ code, path, message }) => ({ code, path, message }));
}

describe("a rule's compiled schema answers as its schema does", () => {
  for (const [rule, schema, valid] of CASES) {
    const compiled = compiledSchema(schema);
    test.prop([fc.oneof(valid, withOneFieldChanged(valid))], { numRuns: 300 })(`${rule}: the same verdict and the same issues`, (input) => {
      // The rules validate the input's snapshot; so does this.
      const read = snapshotInput(input);
      expect(verdict(compiled.safeParse(read))).toEqual(verdict(schema.safeParse(read)));
    });
  }
});
