/**
 * Bad input: one typed, bilingual error for every function of the library.
 *
 * The library throws. Every exported function either returns a valid result or throws
 * a {@link RuleInputError} listing every problem it found, each with its path in the
 * input and a message in Chinese and English. No other error escapes: an error from
 * inside a dependency would be a defect.
 *
 * @module
 */
import type { z } from "zod";
import {
  MAX_INPUT_DEPTH,
  MAX_INPUT_NODES,
  snapshotInput,
  unreadableReason,
  type UnreadableReason,
} from "./input/snapshot.js";

import type { Bilingual } from "./locales/catalog.js";
import { bilingual, say } from "./locales/index.js";

/** The kinds of problem an input can have. */
export type InputIssueCode =
  /** A required field is absent. */
  | "missing"
  /** A value has the wrong type (a number where a date string is expected, say). */
  | "wrong-type"
  /** A date is not a real calendar date written `YYYY-MM-DD` (for example 2024-02-30). */
  | "invalid-date"
  /** A value is not one of the allowed values. */
  | "invalid-value"
  /** A number or a list is too small or too large, or a date falls outside the supported years. */
  | "out-of-range"
  /** A field that the schema does not know (often a misspelt one). */
  | "unknown-field"
  /** Facts that contradict each other (a return before the departure, say). */
  | "inconsistent"
  /** A text has the wrong form. */
  | "invalid-format";

/** One problem with an input. */
export interface InputIssue {
  /** Where the problem is, from the top of the input: field names and list indexes. Empty for the input itself. */
  readonly path: readonly (string | number)[];
  /** What kind of problem it is. */
  readonly code: InputIssueCode;
  /** What is wrong, in Chinese and English. */
  readonly message: Bilingual;
}

/**
 * A path as a reader writes it: `members[3].departure`, with keys that are not plain
 * names quoted (`interpretations["Q1.six-month-boundary"]`).
 */
export function renderPath(given: readonly (string | number)[]): string {
  const path = readPath("renderPath", given, []);
  if (path.length === 0) return "(input)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Thrown for every invalid input, never for a valid one. `issues` lists every problem
 * found, not only the first.
 *
 * @example
 * ```ts
 * try {
 *   addCalendarMonths("2024-02-30", 1);
 * } catch (error) {
 *   if (error instanceof RuleInputError) {
 *     error.issues[0]?.message.zh; //=> "日期无效：应为存在的公历日期，写作 YYYY-MM-DD，年份 1000–9999"
 *   }
 * }
 * ```
 */
export class RuleInputError extends Error {
  /** Always `"RuleInputError"`. */
  override readonly name = "RuleInputError";
  /** The function that refused the input. */
  readonly source: string;
  /** Every problem found. Never empty. */
  readonly issues: readonly [InputIssue, ...InputIssue[]];

  /**
   * @param source - the function that refused the input
   * @param given - every problem found (at least one), read once into plain data
   */
  constructor(source: string, given: readonly [InputIssue, ...InputIssue[]]) {
    // The issues are read once into plain data, and a malformed call is itself refused
    // with the typed error, so that no error of this type ever has a missing source, an
    // empty list of issues, or issues that change after it was made.
    const issues = snapshotInput(given);
    if (typeof source !== "string" || !isIssueList(issues)) {
      throw new RuleInputError("RuleInputError", [
        typeof source !== "string"
          ? { path: ["source"], code: "wrong-type", message: bilingual("error.source-not-text") }
          : { path: ["issues"], code: "invalid-value", message: bilingual("error.issues-malformed") },
      ]);
    }
    super(renderMessage(source, issues));
    this.source = source;
    this.issues = issues;
  }
}

function isIssueList(value: unknown): value is readonly [InputIssue, ...InputIssue[]] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((issue: unknown) => {
      if (issue === null || typeof issue !== "object") return false;
      const { path, code, message } = issue as Record<string, unknown>;
      const text = message as Record<string, unknown> | null;
      return (
        Array.isArray(path) &&
        path.every((part) => typeof part === "string" || typeof part === "number") &&
        typeof code === "string" &&
        text !== null &&
        typeof text === "object" &&
        typeof text.zh === "string" &&
        typeof text.en === "string"
      );
    })
  );
}

/** How many issues the message lists; the rest are counted. `issues` always has them all. */
const ISSUES_IN_MESSAGE = 20;
/** How much of the source the message repeats. */
const SOURCE_IN_MESSAGE = 80;

// The message is bounded whatever the input: at most ISSUES_IN_MESSAGE issues, each made
// of a path and the library's own words (paths are bounded by the input depth limit).
function renderMessage(source: string, issues: readonly InputIssue[]): string {
  const lines = issues
    .slice(0, ISSUES_IN_MESSAGE)
    .map((i) => `- ${renderPath(i.path)}: ${i.message.zh} / ${i.message.en}`);
  const more = issues.length - ISSUES_IN_MESSAGE;
  if (more > 0) lines.push(`- …${say("zh-CN", "error.more-issues", { more })} / ${say("en", "error.more-issues", { more })}`);
  const name = source.length > SOURCE_IN_MESSAGE ? `${source.slice(0, SOURCE_IN_MESSAGE)}…` : source;
  return `${name}: ${say("zh-CN", "error.invalid-input")} / ${say("en", "error.invalid-input")}\n${lines.join("\n")}`;
}

/** Is this value the library's input error? Works across bundle copies (ESM and CJS), unlike `instanceof`. */
export function isRuleInputError(value: unknown): value is RuleInputError {
  // A proxy may throw from any reflection; such a value is no error of the library's.
  try {
    return (
      value instanceof RuleInputError ||
      (value instanceof Error &&
        value.name === "RuleInputError" &&
        Array.isArray((value as { issues?: unknown }).issues))
    );
  } catch {
    return false;
  }
}

/**
 * A path given by a caller, read once into plain data: an array of field names and
 * indexes, or the typed error at `where`.
 * @internal
 */
export function readPath(source: string, given: unknown, where: readonly (string | number)[]): (string | number)[] {
  const path = snapshotInput(given);
  if (!Array.isArray(path) || path.some((part) => typeof part !== "string" && typeof part !== "number")) {
    failInput(source, where, "wrong-type", bilingual("error.path-malformed"));
  }
  return path as (string | number)[];
}

/** Throws a {@link RuleInputError} with a single issue. */
export function failInput(
  source: string,
  path: readonly (string | number)[],
  code: InputIssueCode,
  message: Bilingual,
): never {
  throw new RuleInputError(source, [{ path, code, message }]);
}

// Custom checks put their Chinese text and issue code in `params`, so the conversion
// below can keep both languages without a global zod error map.
interface BilingualParams {
  readonly zh: string;
  readonly issueCode: InputIssueCode;
}

/**
 * Adds a bilingual issue from inside a zod `.check()` / `.superRefine()`.
 * @internal
 */
export function addBilingualIssue(
  ctx: { issues: unknown[]; value: unknown },
  issue: {
    readonly code: InputIssueCode;
    readonly message: Bilingual;
    readonly path?: readonly (string | number)[];
  },
): void {
  const params: BilingualParams = { zh: issue.message.zh, issueCode: issue.code };
  ctx.issues.push({
    code: "custom",
    message: issue.message.en,
    params,
    input: ctx.value,
    path: issue.path ? [...issue.path] : [],
  });
}

/** The kind of a value, as an issue names it (never the value itself). */
function kindOf(value: unknown): ValueKind | string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

function stringifyValue(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

type ZodIssue = z.core.$ZodIssue;

function convertZodIssue(issue: ZodIssue, pathPrefix: readonly (string | number)[]): InputIssue[] {
  const path = [
    ...pathPrefix,
    ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
  ];
  // Any check on an absent value means the field is missing, whatever the schema expected.
  if (issue.code !== "custom" && issue.code !== "unrecognized_keys" && issue.input === undefined) {
    return [{ path, code: "missing", message: bilingual("error.missing") }];
  }
  switch (issue.code) {
    case "invalid_type": {
      const unreadable = unreadableReason(issue.input);
      if (unreadable !== undefined) return [{ path, code: "wrong-type", message: bilingual("error.unreadable", { reason: unreadable, depth: MAX_INPUT_DEPTH, nodes: MAX_INPUT_NODES }) }];
      return [{ path, code: "wrong-type", message: bilingual("error.wrong-type", { expected: issue.expected, received: kindOf(issue.input) }) }];
    }
    case "invalid_value": {
      const allowed = issue.values.map(stringifyValue).join(" | ");
      return [{ path, code: "invalid-value", message: bilingual("error.not-one-of", { allowed }) }];
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = small ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      const sized = issue.origin === "array" || issue.origin === "string";
      const measure = sized ? (issue.origin === "array" ? "items" : "length") : "value";
      const relation = small ? (inclusive ? "at-least" : "more-than") : inclusive ? "at-most" : "less-than";
      return [{ path, code: "out-of-range", message: bilingual("error.out-of-range", { measure, relation, bound: String(bound) }) }];
    }
    case "unrecognized_keys": {
      // The key itself is the caller's text (a misspelt field, or data put where a field
      // belongs): the issue names the object and the field's position in it instead.
      const keys = issue.input !== null && typeof issue.input === "object" ? Object.keys(issue.input) : [];
      // Positions looked up, not searched for: an input of 100,000 unknown fields took
      // seconds when each was found by scanning the keys.
      const positions = new Map(keys.map((key, index) => [key, index + 1]));
      return issue.keys.map((key) => {
        const position = positions.get(key) ?? 0;
        return { path, code: "unknown-field" as const, message: bilingual("error.unknown-field", { position }) };
      });
    }
    case "invalid_union": {
      // A discriminated union with an unknown discriminator reports no sub-issues.
      const firstBranch = issue.errors[0];
      if (issue.errors.length === 1 && firstBranch !== undefined) {
        return firstBranch.flatMap((inner) => convertZodIssue(inner, path));
      }
      // Where only one form takes a value of this type (a date text beside null and a
      // word, say), that form's problem is the one to report.
      const typed = issue.errors.filter((branch) => !branch.every((inner) => inner.code === "invalid_type" || inner.code === "invalid_value"));
      const onlyTyped = typed[0];
      if (typed.length === 1 && onlyTyped !== undefined) {
        return onlyTyped.flatMap((inner) => convertZodIssue(inner, path));
      }
      return [{ path, code: "invalid-value", message: bilingual("error.no-form-matches") }];
    }
    case "invalid_format":
      return [{ path, code: "invalid-format", message: bilingual("error.wrong-format", { format: issue.format }) }];
    case "custom": {
      const params = issue.params as Partial<BilingualParams> | undefined;
      if (params?.zh !== undefined && params.issueCode !== undefined) {
        return [{ path, code: params.issueCode, message: { zh: params.zh, en: issue.message } }];
      }
      // A check of the caller's own schema, with its own (English) message.
      return [{ path, code: "invalid-value", message: { zh: say("zh-CN", "error.invalid-value"), en: issue.message } }];
    }
    case "not_multiple_of":
      return [{ path, code: "out-of-range", message: bilingual("error.not-multiple", { divisor: String(issue.divisor) }) }];
    case "invalid_key":
    case "invalid_element":
      return [{ path, code: "invalid-value", message: bilingual("error.invalid-key-or-element") }];
  }
}

/** A zod schema's definition, as far as the path walk below reads it. */
interface SchemaDefinition {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly element?: unknown;
  readonly valueType?: unknown;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly options?: readonly unknown[];
  readonly items?: readonly unknown[];
  readonly rest?: unknown;
  readonly left?: unknown;
  readonly right?: unknown;
  readonly getter?: () => unknown;
}

function definitionOf(schema: unknown): SchemaDefinition | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  const internals = (schema as { _zod?: { def?: SchemaDefinition } })._zod;
  return internals?.def;
}

/** The schemas that may describe the value one step down `key`, after unwrapping modifiers. */
function childSchemas(schema: unknown, key: string | number, depth = 0): { schemas: unknown[]; isRecordKey: boolean } {
  const def = definitionOf(schema);
  if (def === undefined || depth > 16) return { schemas: [], isRecordKey: false };
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return childSchemas(def.innerType, key, depth + 1);
    case "pipe":
      return childSchemas(def.in, key, depth + 1);
    case "lazy":
      return def.getter === undefined ? { schemas: [], isRecordKey: false } : childSchemas(def.getter(), key, depth + 1);
    case "object":
      return typeof key === "string" && def.shape !== undefined && Object.hasOwn(def.shape, key)
        ? { schemas: [def.shape[key]], isRecordKey: false }
        : { schemas: [], isRecordKey: false };
    case "record":
      return { schemas: [def.valueType], isRecordKey: true };
    case "array":
      return { schemas: typeof key === "number" ? [def.element] : [], isRecordKey: false };
    case "tuple":
      return {
        schemas: typeof key === "number" ? [def.items?.[key] ?? def.rest] : [],
        isRecordKey: false,
      };
    case "union":
    case "intersection": {
      const options = def.type === "union" ? (def.options ?? []) : [def.left, def.right];
      const found = options.map((option) => childSchemas(option, key, depth + 1));
      return {
        schemas: found.flatMap((f) => f.schemas),
        isRecordKey: found.some((f) => f.isRecordKey),
      };
    }
    default:
      return { schemas: [], isRecordKey: false };
  }
}

/**
 * The path of an issue with every key that is the caller's text replaced by the entry's
 * position: a field name the schema declares stays (`absence.departure`), a key of a
 * record keyed by the caller's ids becomes its 0-based position among the record's keys
 * (`currentAssignment[3]`), and so does any key the schema does not know.
 */
function privatePath(schema: unknown, data: unknown, path: readonly (string | number)[]): (string | number)[] {
  const out: (string | number)[] = [];
  let schemas: unknown[] = [schema];
  let value: unknown = data;
  for (const key of path) {
    const steps = schemas.map((s) => childSchemas(s, key));
    const declared = steps.some((step) => step.schemas.length > 0 && !step.isRecordKey);
    if (typeof key === "string" && !declared) {
      const keys = value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
      const position = keys.indexOf(key);
      out.push(position >= 0 ? position : keys.length);
    } else {
      out.push(key);
    }
    // Each schema once, and only a few: a recursive schema (z.json()) reaches itself along
    // every branch, and without this the walk doubled at every level of a deep value.
    schemas = [...new Set(steps.flatMap((step) => step.schemas))].slice(0, 16);
    value = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

/** Refuses, with the typed error, anything that is not a zod schema where one is expected. @internal */
export function requireSchema(source: string, schema: unknown): asserts schema is z.ZodType {
  let usable: boolean;
  try {
    usable = schema !== null && typeof schema === "object" && typeof (schema as { safeParse?: unknown }).safeParse === "function";
  } catch {
    // A proxy that throws when read is no schema.
    usable = false;
  }
  if (!usable) {
    failInput(source, ["schema"], "wrong-type", bilingual("error.schema-not-zod"));
  }
}

/**
 * Reads `input` once into a snapshot and validates the snapshot: the one path every
 * function of the library takes in. Returns the snapshot itself, which is the validated
 * value (the library's schemas neither transform nor default), in null-prototype objects
 * so that nothing inherited is ever read. @internal
 */
export function readInput<S extends z.ZodType>(source: string, schema: S, input: unknown): z.output<S> {
  const snapshot = snapshotInput(input);
  // The first pass only decides; a refused input is parsed again to gather the issues with
  // what they saw (reportInput), which costs more than the decision itself.
  if (schema.safeParse(snapshot).success) return snapshot as z.output<S>;
  const result = schema.safeParse(snapshot, { reportInput: true });
  if (result.success) return snapshot as z.output<S>;
  throw refusal(source, schema, snapshot, result.error.issues);
}

function refusal(source: string, schema: z.ZodType, snapshot: unknown, zodIssues: readonly ZodIssue[]): RuleInputError {
  const issues = zodIssues.flatMap((issue) =>
    convertZodIssue(issue, []).map((converted) => ({ ...converted, path: privatePath(schema, snapshot, converted.path) })),
  );
  const [first, ...rest] = issues;
  return new RuleInputError(source, [first ?? { path: [], code: "invalid-value", message: bilingual("error.invalid-input") }, ...rest]);
}

/**
 * Validates `input` against a zod schema and returns the parsed value, or throws a
 * {@link RuleInputError} that lists every problem in Chinese and English.
 *
 * The input is read once, into plain data (see the module `input/snapshot`): only own,
 * enumerable data properties count, and a getter, a `Date` or `Map`, a class instance, a
 * circular reference or nesting deeper than 64 levels is refused at its path. Issues name
 * positions (`mobileMembers[2]`), the expected form and the constraint, never the
 * caller's values; the message lists at most 20 issues.
 *
 * Every rule validates its input this way; users can call it on their own records with
 * any schema the library exports.
 *
 * @param source - the name reported as the error's `source`
 * @param schema - an exported schema, for example `CalendarDateSchema`
 * @param input - the value to check
 * @returns the parsed value
 *
 * @example
 * ```ts
 * validateInput("my-import", CalendarDateSchema, "2024-02-29"); //=> "2024-02-29"
 * validateInput("my-import", CalendarDateSchema, "2023-02-29"); // throws RuleInputError
 * ```
 */
export function validateInput<S extends z.ZodType>(source: string, schema: S, input: unknown): z.output<S> {
  if (typeof source !== "string") {
    failInput("validateInput", ["source"], "wrong-type", bilingual("error.source-not-name"));
  }
  requireSchema(source, schema);
  const snapshot = snapshotInput(input);
  let result: ReturnType<S["safeParse"]>;
  try {
    result = schema.safeParse(snapshot) as ReturnType<S["safeParse"]>;
    if (!result.success) result = schema.safeParse(snapshot, { reportInput: true }) as ReturnType<S["safeParse"]>;
  } catch {
    // The caller's own schema threw (a refinement of theirs, or a proxy): it cannot be used.
    failInput(source, ["schema"], "invalid-value", bilingual("error.schema-failed"));
  }
  if (result.success) return result.data as z.output<S>;
  throw refusal(source, schema, snapshot, result.error.issues);
}

/** The kinds of value an issue may name: what was expected, or what was given. */
type ValueKind = "null" | "array" | "string" | "number" | "NaN" | "int" | "boolean" | "object" | "bigint";

declare module "./locales/catalog.js" {
  interface Messages {
    /** `new RuleInputError` called with a source that is not a string. */
    "error.source-not-text": Record<never, never>;
    /** `new RuleInputError` called without a well-formed issue. */
    "error.issues-malformed": Record<never, never>;
    /** The count of issues an error's message leaves out. */
    "error.more-issues": { readonly more: number };
    /** The heading of an error's message, and the issue of a refusal zod gave no reason for. */
    "error.invalid-input": Record<never, never>;
    /** A path that is not a list of field names and indexes. */
    "error.path-malformed": Record<never, never>;
    /** A part of the input that is not plain data (see the module `input/snapshot`), with the limits. */
    "error.unreadable": { readonly reason: UnreadableReason; readonly depth: number; readonly nodes: number };
    /** A required field left out. */
    "error.missing": Record<never, never>;
    /** A value of the wrong kind: what was expected (a kind of value, or zod's name for it) and what was given. */
    "error.wrong-type": { readonly expected: string; readonly received: string };
    /** A value not among those allowed, listed (the schema's values, not the caller's). */
    "error.not-one-of": { readonly allowed: string };
    /** A number, a length or a count of items beyond a bound. */
    "error.out-of-range": {
      readonly measure: "items" | "length" | "value";
      readonly relation: "at-least" | "more-than" | "at-most" | "less-than";
      readonly bound: string;
    };
    /** A field the object does not have, named by its position. */
    "error.unknown-field": { readonly position: number };
    /** A value that fits none of a union's forms. */
    "error.no-form-matches": Record<never, never>;
    /** A text not in the format a schema asks for. */
    "error.wrong-format": { readonly format: string };
    /** A check of a caller's own schema failed (its message is the caller's, in English). */
    "error.invalid-value": Record<never, never>;
    /** A number that is not a multiple of what it must be. */
    "error.not-multiple": { readonly divisor: string };
    /** A record's key or a set's element refused. */
    "error.invalid-key-or-element": Record<never, never>;
    /** Something other than a zod schema given where one is expected. */
    "error.schema-not-zod": Record<never, never>;
    /** `validateInput` called with a source that is not a string. */
    "error.source-not-name": Record<never, never>;
    /** A caller's schema that threw while validating. */
    "error.schema-failed": Record<never, never>;
  }
}
