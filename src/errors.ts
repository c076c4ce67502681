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

/** A text in Chinese (`zh`, simplified, as used in the policy) and English (`en`). */
// A type alias rather than an interface, so that texts inside outcomes are JSON values.
export type Bilingual = {
  /** Simplified Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
};

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

/** Any value as text for a message, even one whose own toString throws. @internal */
export function shown(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * A path as a reader writes it: `members[3].departure`, with keys that are not plain
 * names quoted (`interpretations["Q1.six-month-boundary"]`).
 */
export function renderPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path) || path.some((part) => typeof part !== "string" && typeof part !== "number")) {
    failInput("renderPath", [], "wrong-type", {
      zh: "路径必须是字段名和序号组成的数组",
      en: "a path must be an array of field names and indexes",
    });
  }
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
 *     error.issues[0]?.message.zh; //=> "日期无效：2024-02-30 不是存在的公历日期（应为 YYYY-MM-DD）"
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
   * @param issues - every problem found (at least one)
   */
  constructor(source: string, issues: readonly [InputIssue, ...InputIssue[]]) {
    super(
      `${source}: 输入无效 / invalid input\n` +
        issues
          .map((i) => `- ${renderPath(i.path)}: ${i.message.zh} / ${i.message.en}`)
          .join("\n"),
    );
    this.source = source;
    this.issues = issues;
  }
}

/** Is this value the library's input error? Works across bundle copies (ESM and CJS), unlike `instanceof`. */
export function isRuleInputError(value: unknown): value is RuleInputError {
  return (
    value instanceof RuleInputError ||
    (value instanceof Error &&
      value.name === "RuleInputError" &&
      Array.isArray((value as { issues?: unknown }).issues))
  );
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

function describeType(value: unknown): Bilingual {
  if (value === null) return { zh: "空值 null", en: "null" };
  if (Array.isArray(value)) return { zh: "数组", en: "an array" };
  switch (typeof value) {
    case "string":
      return { zh: "字符串", en: "a string" };
    case "number":
      return Number.isNaN(value) ? { zh: "NaN", en: "NaN" } : { zh: "数字", en: "a number" };
    case "boolean":
      return { zh: "布尔值", en: "a boolean" };
    case "object":
      return { zh: "对象", en: "an object" };
    case "bigint":
      return { zh: "大整数", en: "a bigint" };
    default:
      return { zh: typeof value, en: typeof value };
  }
}

const EXPECTED_TYPE: Readonly<Record<string, Bilingual>> = {
  string: { zh: "字符串", en: "a string" },
  number: { zh: "数字", en: "a number" },
  int: { zh: "整数", en: "an integer" },
  boolean: { zh: "布尔值（true/false）", en: "a boolean (true/false)" },
  object: { zh: "对象", en: "an object" },
  array: { zh: "数组", en: "an array" },
  null: { zh: "空值 null", en: "null" },
};

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
    return [{ path, code: "missing", message: { zh: "缺少必填项", en: "required field is missing" } }];
  }
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED_TYPE[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      const received = describeType(issue.input);
      return [
        {
          path,
          code: "wrong-type",
          message: {
            zh: `类型错误：应为${expected.zh}，实为${received.zh}`,
            en: `wrong type: expected ${expected.en}, received ${received.en}`,
          },
        },
      ];
    }
    case "invalid_value": {
      const allowed = issue.values.map(stringifyValue).join(" | ");
      return [
        {
          path,
          code: "invalid-value",
          message: {
            zh: `取值无效：应为 ${allowed} 之一`,
            en: `invalid value: expected one of ${allowed}`,
          },
        },
      ];
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = small ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      const sized = issue.origin === "array" || issue.origin === "string";
      const what = sized
        ? issue.origin === "array"
          ? { zh: "项数", en: "number of items" }
          : { zh: "长度", en: "length" }
        : { zh: "数值", en: "value" };
      const rel = small
        ? inclusive
          ? { zh: "不得少于", en: "at least" }
          : { zh: "必须大于", en: "more than" }
        : inclusive
          ? { zh: "不得超过", en: "at most" }
          : { zh: "必须小于", en: "less than" };
      return [
        {
          path,
          code: "out-of-range",
          message: {
            zh: `超出范围：${what.zh}${rel.zh} ${String(bound)}`,
            en: `out of range: ${what.en} must be ${rel.en} ${String(bound)}`,
          },
        },
      ];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: "unknown-field" as const,
        message: {
          zh: `未知字段“${key}”（是否拼写有误？）`,
          en: `unknown field "${key}" (misspelt?)`,
        },
      }));
    case "invalid_union": {
      // A discriminated union with an unknown discriminator reports no sub-issues.
      const firstBranch = issue.errors[0];
      if (issue.errors.length === 1 && firstBranch !== undefined) {
        return firstBranch.flatMap((inner) => convertZodIssue(inner, path));
      }
      return [
        {
          path,
          code: "invalid-value",
          message: {
            zh: "取值不符合任何允许的形式",
            en: "value matches none of the allowed forms",
          },
        },
      ];
    }
    case "invalid_format":
      return [
        {
          path,
          code: "invalid-format",
          message: {
            zh: `格式错误：应为 ${issue.format} 格式`,
            en: `wrong format: expected ${issue.format}`,
          },
        },
      ];
    case "custom": {
      const params = issue.params as Partial<BilingualParams> | undefined;
      if (params?.zh !== undefined && params.issueCode !== undefined) {
        return [{ path, code: params.issueCode, message: { zh: params.zh, en: issue.message } }];
      }
      return [{ path, code: "invalid-value", message: { zh: "取值无效", en: issue.message } }];
    }
    case "not_multiple_of":
      return [
        {
          path,
          code: "out-of-range",
          message: {
            zh: `取值无效：必须是 ${String(issue.divisor)} 的倍数`,
            en: `invalid value: must be a multiple of ${String(issue.divisor)}`,
          },
        },
      ];
    case "invalid_key":
    case "invalid_element":
      return [
        {
          path,
          code: "invalid-value",
          message: { zh: "包含无效的键或元素", en: "contains an invalid key or element" },
        },
      ];
  }
}

/**
 * Validates `input` against a zod schema and returns the parsed value, or throws a
 * {@link RuleInputError} that lists every problem in Chinese and English.
 *
 * Every rule validates its input with this; users can call it on their own records with
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
export function validateInput<S extends z.ZodType>(
  source: string,
  schema: S,
  input: unknown,
): z.output<S> {
  if (schema === null || typeof schema !== "object" || typeof (schema as { safeParse?: unknown }).safeParse !== "function") {
    failInput(shown(source), ["schema"], "wrong-type", {
      zh: "schema 必须是 zod 模式（例如本库导出的 CalendarDateSchema）",
      en: "schema must be a zod schema (such as the library's CalendarDateSchema)",
    });
  }
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => convertZodIssue(issue, []));
  const [first, ...rest] = issues;
  if (first === undefined) {
    failInput(source, [], "invalid-value", { zh: "输入无效", en: "invalid input" });
  }
  throw new RuleInputError(source, [first, ...rest]);
}

/**
 * {@link validateInput} with a hand-written check in front: when `accepts` says the input
 * is certainly valid, it is returned as is, skipping zod; otherwise zod validates it and
 * reports every problem. `accepts` may say no to a valid input (zod then decides) but must
 * never say yes to an invalid one: the fuzz tests hold every such check to that.
 * @internal
 */
export function validateFast<T>(
  source: string,
  schema: z.ZodType<T>,
  input: unknown,
  accepts: (input: unknown) => input is T,
): T {
  return accepts(input) ? input : validateInput(source, schema, input);
}

/** Is `value` a plain record with exactly these own keys (in any order)? @internal */
export function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const own = Object.keys(value);
  if (own.length !== keys.length) return false;
  for (const key of keys) if (!Object.hasOwn(value, key)) return false;
  return true;
}
