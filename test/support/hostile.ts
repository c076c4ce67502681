/**
 * Hostile values, and the functions that hold the library to its promises against them:
 * a caller who writes to what the library returns or exports, options that are not plain
 * data, blank texts made of invisible characters, ids that look alike, private values
 * planted in every position of an input, and the proxies, getters, cycles and oddities a
 * caller's code can pass by mistake.
 *
 * Hostile values are built from plain-data recipes inside each property, so a failing
 * case prints as data, and a value whose traps throw never reaches the test runner's
 * printer.
 */
import fc from "fast-check";
import {
  ABSENCE_DOCUMENTS,
  DEFAULT_GRADING_STANDARD,
  PARTY_ORGS,
  isRuleInputError,
  type InterpretationChoices,
  type RuleInputError,
} from "mobile-member-rules";
import * as library from "mobile-member-rules";
import { z } from "zod";
import { storedDecision } from "./expect-decision.js";
import {
  absence,
  appraisalRecord,
  interpretationChoices,
  managementFacts,
  memberSituation,
  readBy,
  scheduleFacts,
} from "./rule-arbitraries.js";

// ---------------------------------------------------------------------------------------
// Calling

/** What a call did: returned, refused with the library's typed error, or threw something else. */
export type Called =
  | { readonly kind: "returned"; readonly value: unknown }
  | { readonly kind: "refused"; readonly error: RuleInputError }
  | { readonly kind: "threw"; readonly error: unknown };

export function attempt(call: () => unknown): Called {
  try {
    return { kind: "returned", value: call() };
  } catch (error) {
    return safely(() => isRuleInputError(error), false) ? { kind: "refused", error: error as RuleInputError } : { kind: "threw", error };
  }
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** A thrown value in a few words, even one whose own properties throw. */
export function describeThrown(error: unknown): string {
  const name = safely(() => (error instanceof Error ? error.name : typeof error), "(unreadable)");
  const message = safely(() => (error instanceof Error ? error.message : String(error)), "(unreadable)");
  return `${name}: ${message.slice(0, 300)}`;
}

/** A test failure whose message names the defect. */
export class DefectFound extends Error {
  override readonly name = "DefectFound";
}

export function defect(message: string): never {
  throw new DefectFound(message);
}

/**
 * The only allowed results of any exported function: a value, or the typed error with at
 * least one issue, each with a path and a message in both languages.
 */
export function expectAnswerOrRefusal(called: Called, what: string): void {
  if (called.kind === "threw") {
    defect(`${what}: threw ${describeThrown(called.error)} instead of answering or throwing RuleInputError`);
  }
  if (called.kind === "refused") {
    const issues = safely(() => called.error.issues, undefined);
    if (!Array.isArray(issues) || issues.length === 0) defect(`${what}: RuleInputError without any issue`);
    for (const issue of issues as readonly unknown[]) {
      const ok = safely(() => {
        const i = issue as { path: unknown; message: { zh: unknown; en: unknown } };
        return Array.isArray(i.path) && typeof i.message.zh === "string" && i.message.zh !== "" && typeof i.message.en === "string" && i.message.en !== "";
      }, false);
      if (!ok) defect(`${what}: an issue of the RuleInputError lacks a path or a bilingual message`);
    }
  }
}

/** A rule's result must be a decision that survives JSON and validates as a stored decision. */
export function expectStoredDecision(value: unknown, what: string): void {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    defect(`${what}: the decision is not JSON (${describeThrown(error)})`);
  }
  const parsed = storedDecision.safeParse(JSON.parse(text));
  if (!parsed.success) defect(`${what}: the decision does not validate as a stored decision: ${JSON.stringify(parsed.error.issues).slice(0, 400)}`);
}

// ---------------------------------------------------------------------------------------
// Plain data: paths, copies

export type Path = readonly (string | number)[];

export function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A copy of the arrays and plain objects in `value`; anything else (a zod schema, say) is shared. */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => plainCopy(item)) as T;
  if (isPlainContainer(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, { value: plainCopy((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    }
    return copy as T;
  }
  return value;
}

/**
 * Every node of plain data (the root included), with its path, in depth-first order. A
 * container met again (a cycle, or one shared) is listed once: walked again, a cycle made
 * by an earlier change grew paths until the stack gave out, and the lists of them took
 * gigabytes before it did.
 */
export function nodesOf(root: unknown): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: Path) => {
    if (value !== null && typeof value === "object") {
      if (seen.has(value)) return;
      seen.add(value);
    }
    out.push({ path, value });
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isPlainContainer(value)) for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(root, []);
  return out;
}

/** The value at `path`, read through own data properties only (never a getter or a trap it can avoid). */
export function getAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    const descriptor = Object.getOwnPropertyDescriptor(current as object, key);
    current = descriptor?.value;
  }
  return current;
}

/** Puts `value` at `path` (defining an own property, so `"__proto__"` is a key like any other); returns the root. */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as object;
  Object.defineProperty(parent, path[path.length - 1] as string | number, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** Renders a path as a reader writes it, for messages. */
export function showPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(root)" : path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
}

// ---------------------------------------------------------------------------------------
// The rules, with valid inputs and options

/** Any function of the library, called with values it may not expect. */
export type AnyFunction = (...args: unknown[]) => unknown;

export const callable = (fn: unknown): AnyFunction => fn as AnyFunction;

/**
 * Readings that need no extra fact: Q9's, Q10's, Q23's and Q34's alternatives need a
 * standard, a registration date, whether a place that is not fixed is known, or the holidays.
 */
const plainChoices: fc.Arbitrary<InterpretationChoices> = interpretationChoices.map((choices) => {
  const {
    "Q9.grading-standard": _q9,
    "Q10.placement-six-months-from": _q10,
    "Q23.place-not-fixed-is-uncertain": _q23,
    "Q34.holiday-last-day": _q34,
    ...rest
  } = choices;
  return rest as InterpretationChoices;
});

const choicesWithoutQ5 = plainChoices.map(({ "Q5.generally-should-override": _q5, ...rest }) => rest as InterpretationChoices);

const overrideReason = fc.constantFrom("经支部委员会研究决定", "the branch committee decided so");

/** Readings of only the interpretations `rule` reads: a rule refuses a reading of any other. */
function readingsFor(rule: { readonly reads: readonly string[] }, choices: fc.Arbitrary<InterpretationChoices>): fc.Arbitrary<InterpretationChoices> {
  return choices.map((picked) => readBy(rule, picked));
}

function withReadings<T extends object>(
  rule: { readonly reads: readonly string[] },
  options: fc.Arbitrary<T>,
): fc.Arbitrary<T | Record<string, never> | { interpretations: InterpretationChoices }> {
  return fc.oneof(fc.constant({}), readingsFor(rule, plainChoices).map((interpretations) => ({ interpretations })), options);
}

/** A liaison branch: members, officers of every role, and current links to officers or strangers. */
export const liaisonBranch = fc
  .record({
    count: fc.integer({ min: 0, max: 40 }),
    officerCount: fc.integer({ min: 0, max: 4 }),
    links: fc.array(fc.tuple(fc.nat(40), fc.nat(5)), { maxLength: 8 }),
  })
  .map(({ count, officerCount, links }) => {
    const members = Array.from({ length: count }, (_, i) => `m${String(i).padStart(3, "0")}`);
    const officers = [
      ...Array.from({ length: officerCount }, (_, i) => ({ id: `o${i}`, role: i === 0 ? ("secretary" as const) : ("committee-member" as const) })),
      { id: "clerk", role: "other" as const },
    ];
    const currentAssignment: Record<string, string> = {};
    for (const [m, o] of links) {
      const member = members[m % Math.max(1, members.length)];
      if (member !== undefined) currentAssignment[member] = o < officerCount ? `o${o}` : "stranger";
    }
    return links.length === 0 ? { mobileMembers: members, officers } : { mobileMembers: members, officers, currentAssignment };
  });

/** A small cohort: a few records, some with votes. */
export const cohort = fc
  .array(fc.tuple(appraisalRecord, fc.option(fc.nat(5), { nil: undefined })), { maxLength: 3 })
  .map((rows) => ({
    members: rows.map(([record, votes], i) => (votes === undefined ? { id: `m${i}`, record } : { id: `m${i}`, record, votes })),
  }));

const callerStandard = fc.constant({
  interpretations: { "Q9.grading-standard": "caller-standard" as const },
  standard: plainCopy(DEFAULT_GRADING_STANDARD),
});

/** A rule, with its exported schema of facts and valid inputs paired with valid options. */
export interface RuleCase {
  readonly name: string;
  readonly rule: AnyFunction;
  readonly schema: { safeParse(value: unknown): { success: boolean } };
  readonly valid: fc.Arbitrary<{ input: unknown; options: unknown }>;
}

const pair = <I, O>(input: fc.Arbitrary<I>, options: fc.Arbitrary<O>) =>
  fc.record({ input, options }) as fc.Arbitrary<{ input: unknown; options: unknown }>;

/** Every rule of the library. */
export const RULES: readonly RuleCase[] = [
  {
    name: "documentForAbsence",
    rule: callable(library.documentForAbsence),
    schema: library.AbsenceSchema,
    valid: pair(
      absence,
      withReadings(library.documentForAbsence, fc.record({ interpretations: readingsFor(library.documentForAbsence, choicesWithoutQ5), override: fc.record({ outcome: fc.constantFrom(...ABSENCE_DOCUMENTS), reason: overrideReason }) })),
    ),
  },
  {
    name: "managementMode",
    rule: callable(library.managementMode),
    schema: library.ManagementFactsSchema,
    valid: pair(managementFacts, withReadings(library.managementMode, fc.constant({}))),
  },
  {
    name: "resolveReceivingOrg",
    rule: callable(library.resolveReceivingOrg),
    schema: library.MemberSituationSchema,
    valid: fc
      .tuple(
        memberSituation,
        withReadings(library.resolveReceivingOrg, fc.constant({})),
        readingsFor(library.resolveReceivingOrg, choicesWithoutQ5),
        fc.constantFrom(...ABSENCE_DOCUMENTS),
        fc.constantFrom(...PARTY_ORGS),
        overrideReason,
        fc.boolean(),
      )
      .map(([input, options, interpretations, document, receiver, reason, overriding]) => {
        // The text allows an exception only where it says "一般": to the document of a member
        // going away (2.1.1), to the receiver of an uncertain flow (2.1.5).
        const outcome = input.category === "away" ? document : receiver;
        const overridable = input.category === "away" || (input.category === "restructured" && input.flow === "uncertain");
        return { input, options: overridable && overriding ? { interpretations, override: { outcome, reason } } : options };
      }),
  },
  {
    name: "liaisonAssignment",
    rule: callable(library.liaisonAssignment),
    schema: library.LiaisonBranchSchema,
    valid: pair(liaisonBranch, withReadings(library.liaisonAssignment, fc.constant({}))),
  },
  {
    name: "reportingSchedule",
    rule: callable(library.reportingSchedule),
    schema: library.ScheduleFactsSchema,
    valid: pair(scheduleFacts, withReadings(library.reportingSchedule, fc.constant({}))),
  },
  {
    name: "evaluationGrade",
    rule: callable(library.evaluationGrade),
    schema: library.AppraisalRecordSchema,
    valid: pair(appraisalRecord, withReadings(library.evaluationGrade, callerStandard)),
  },
  {
    name: "evaluationCohort",
    rule: callable(library.evaluationCohort),
    schema: library.CohortSchema,
    valid: pair(cohort, withReadings(library.evaluationCohort, callerStandard)),
  },
];

// ---------------------------------------------------------------------------------------
// Writing to what the library returns or exports

export const VANDAL = "✗written-by-caller";

export type Vandalism = "write" | "delete";

function tryTo(change: () => unknown): void {
  try {
    change();
  } catch {
    // A frozen object refuses the change (TypeError in strict mode): that is the fix working.
  }
}

/** Every object reachable from `root` through own data properties, each once. */
function reachable(root: unknown): object[] {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || (typeof value !== "object" && typeof value !== "function") || seen.has(value)) continue;
    // A zod schema (a rule's declared input, say) is zod's: zod writes its own caches into
    // it, so the library neither freezes it nor counts it as a table of its own.
    if (value instanceof z.ZodType) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && "value" in descriptor) stack.push(descriptor.value);
    }
  }
  return [...seen];
}

function defaced(value: unknown): unknown {
  switch (typeof value) {
    case "string":
      return `${value}${VANDAL}`;
    case "number":
      return value + 1;
    case "boolean":
      return !value;
    case "object":
    case "function":
      return value === null ? VANDAL : value;
    default:
      return VANDAL;
  }
}

/**
 * Tries to change every object and array reachable from `root`: under "write", every
 * property is given another value, every array grows at both ends and every object gets a
 * new key; under "delete", every array is emptied and every key deleted. Each change is
 * tried on its own, and one refused (a frozen object) does not stop the others.
 */
export function vandalize(root: unknown, how: Vandalism): void {
  for (const node of reachable(root)) {
    if (typeof node === "function") continue;
    const target = node as Record<PropertyKey, unknown>;
    if (how === "write") {
      for (const key of Reflect.ownKeys(node)) tryTo(() => (target[key] = defaced(target[key])));
      if (Array.isArray(node)) {
        tryTo(() => node.push(VANDAL));
        tryTo(() => node.unshift(VANDAL));
      }
      tryTo(() => (target[VANDAL] = VANDAL));
    } else {
      if (Array.isArray(node)) {
        tryTo(() => node.splice(0, 1));
        tryTo(() => (node.length = 0));
      }
      for (const key of Reflect.ownKeys(node)) tryTo(() => delete target[key]);
    }
  }
}

/** The path of the first object or array under `root` that is not frozen, or `null` when all are. */
export function unfrozenPart(root: unknown): string | null {
  const seen = new Set<object>();
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const { value, path } = next;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    if (!Object.isFrozen(value)) return showPath(path);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && "value" in descriptor) stack.push({ value: descriptor.value, path: [...path, key] });
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Blank texts and look-alike ids

/**
 * Every character that shows nothing: white space (`\s`, and the Unicode separators) and
 * the format characters (`\p{Cf}`: zero-width space U+200B, word joiner U+2060, byte-order
 * mark U+FEFF, soft hyphen U+00AD, the bidirectional marks, the tag characters, …).
 */
export const BLANK_CHARACTERS: readonly string[] = (() => {
  const blank = /^[\s\p{Zs}\p{Zl}\p{Zp}\p{Cf}]$/u;
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (blank.test(char)) found.push(char);
  }
  return found;
})();

/** Invisible characters a blank reason is most often made of. */
export const NAMED_INVISIBLES = ["\u200B", "\u2060", "\uFEFF", "\u00AD", "\u200C", "\u200D", "\u200E", "\u202E", "\u2066", "\u180E", "\u{E0020}"] as const;

/** A non-empty text of blank characters only. */
export const blankText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAMED_INVISIBLES, " ", "\u3000", "\t\n"),
  fc.array(fc.constantFrom(...BLANK_CHARACTERS), { minLength: 1, maxLength: 6 }).map((chars) => chars.join("")),
);

/** How two ids can differ while naming the same person. */
export type TwinKind = "nfc-nfd" | "trailing-space" | "leading-space" | "ideographic-space" | "invisible-inside";

const NAMES = ["王五", "李四", "张三丰", "José", "Zoë", "Ångström", "한국", "Đặng", "m001"] as const;
const DECOMPOSABLE = NAMES.filter((name) => name.normalize("NFC") !== name.normalize("NFD"));

/** Two ids for one person: `[id, twin, kind]`. */
export const idTwins: fc.Arbitrary<readonly [string, string, TwinKind]> = fc.oneof(
  fc.constantFrom(...DECOMPOSABLE).map((name) => [name.normalize("NFC"), name.normalize("NFD"), "nfc-nfd"] as const),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom<TwinKind>("trailing-space", "leading-space", "ideographic-space", "invisible-inside"), fc.constantFrom(...NAMED_INVISIBLES), fc.nat())
    .map(([name, kind, invisible, at]): readonly [string, string, TwinKind] => {
      const chars = [...name];
      const cut = 1 + (at % Math.max(1, chars.length - 1));
      const twin =
        kind === "trailing-space"
          ? `${name} `
          : kind === "leading-space"
            ? ` ${name}`
            : kind === "ideographic-space"
              ? `${name}\u3000`
              : `${chars.slice(0, cut).join("")}${invisible}${chars.slice(cut).join("")}`;
      return [name, twin, kind];
    }),
);

/** Ids that are also the names of Object.prototype's properties. */
export const PROTOTYPE_NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "isPrototypeOf"] as const;

// ---------------------------------------------------------------------------------------
// Private values planted in inputs

/** Texts that must never appear in an error: one Latin, one Chinese. */
export const MARKERS = ["MARKER-4a7f", "标记甲乙丙"] as const;

/** Real dates no rule makes up by itself, planted to make facts contradict each other. */
export const DATE_MARKERS = ["1066-10-14", "9876-05-04"] as const;

/** Where and how a marker is planted. */
export type Planting =
  | { readonly kind: "replace-leaf"; readonly at: number; readonly marker: number }
  | { readonly kind: "append-to-text"; readonly at: number; readonly marker: number }
  | { readonly kind: "unknown-key"; readonly at: number; readonly marker: number }
  | { readonly kind: "rename-key"; readonly at: number; readonly marker: number }
  | { readonly kind: "duplicate-id"; readonly at: number; readonly marker: number }
  | { readonly kind: "date"; readonly at: number; readonly marker: number }
  | { readonly kind: "month"; readonly at: number; readonly marker: number };

export const planting: fc.Arbitrary<Planting> = fc.record({
  kind: fc.constantFrom("replace-leaf", "append-to-text", "unknown-key", "rename-key", "duplicate-id", "date", "month"),
  at: fc.nat(),
  marker: fc.nat(1),
}) as fc.Arbitrary<Planting>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** The text planted by a planting: a marker, or a date marker (or its month) for dates. */
export function plantedText(p: Planting): string {
  const date = DATE_MARKERS[p.marker % DATE_MARKERS.length] ?? DATE_MARKERS[0];
  if (p.kind === "date") return date;
  if (p.kind === "month") return date.slice(0, 7);
  return MARKERS[p.marker % MARKERS.length] ?? MARKERS[0];
}

/**
 * Plants a marker in a copy of `args` (plain data), at the node the planting picks: as a
 * leaf's value, at the end of a text, as an unknown key, as a renamed key, as a repeated
 * id in a list, or as a date or a month that contradicts the others. Returns `null` when
 * the input has no node of that kind.
 */
export function plant(args: readonly unknown[], p: Planting): unknown[] | null {
  const copy = plainCopy([...args]);
  const text = plantedText(p);
  const nodes = nodesOf(copy).filter(({ path }) => path.length > 0);
  const pick = <T>(list: readonly T[]): T | undefined => list[p.at % Math.max(1, list.length)];
  switch (p.kind) {
    case "replace-leaf": {
      const leaf = pick(nodes.filter(({ value }) => !isPlainContainer(value)));
      if (leaf === undefined) return null;
      return setAt(copy, leaf.path, text) as unknown[];
    }
    case "append-to-text": {
      const leaf = pick(nodes.filter(({ value }) => typeof value === "string"));
      if (leaf === undefined) return null;
      return setAt(copy, leaf.path, `${String(leaf.value)}${text}`) as unknown[];
    }
    case "unknown-key": {
      const node = pick(nodes.filter(({ value }) => isPlainContainer(value) && !Array.isArray(value)));
      if (node === undefined) return null;
      setAt(copy, [...node.path, text], true);
      return copy;
    }
    case "rename-key": {
      const node = pick(nodes.filter(({ value }) => isPlainContainer(value) && !Array.isArray(value) && Object.keys(value).length > 0));
      if (node === undefined) return null;
      const record = node.value as Record<string, unknown>;
      const [key] = Object.keys(record).slice(p.at % Object.keys(record).length);
      if (key === undefined) return null;
      const value = record[key];
      delete record[key];
      setAt(copy, [...node.path, text], value);
      return copy;
    }
    case "duplicate-id": {
      // A list of ids, or of records with an id: two entries get the marker as their id.
      const list = pick(
        nodes.filter(
          ({ value }) =>
            Array.isArray(value) && value.length > 0 && (typeof value[0] === "string" || (isPlainContainer(value[0]) && typeof (value[0] as Record<string, unknown>)["id"] === "string")),
        ),
      );
      if (list === undefined) return null;
      const items = list.value as unknown[];
      items.push(plainCopy(items[0]));
      for (const index of [0, items.length - 1]) {
        if (typeof items[index] === "string") items[index] = text;
        else (items[index] as Record<string, unknown>)["id"] = text;
      }
      return copy;
    }
    case "date":
    case "month": {
      const pattern = p.kind === "date" ? DATE : MONTH;
      const leaf = pick(nodes.filter(({ value }) => typeof value === "string" && pattern.test(value)));
      if (leaf === undefined) return null;
      return setAt(copy, leaf.path, text) as unknown[];
    }
  }
}

// ---------------------------------------------------------------------------------------
// Hostile values, from recipes

/** A value that is not plain JSON data. */
export const HOSTILE_LEAVES = [
  "bigint",
  "symbol",
  "minus-zero",
  "nan",
  "infinity",
  "negative-infinity",
  "max-value",
  "fraction",
  "undefined",
  "empty-string",
  "lone-surrogate",
  "huge-string",
  "full-width-date",
  "invisible-date",
  "padded-date",
  "date-object",
  "invalid-date-object",
  "map",
  "set",
  "weak-map",
  "function",
  "class-instance",
  "regexp",
  "typed-array",
  "boxed-string",
  "boxed-boolean",
  "error",
  "promise",
  "sparse-array",
  "huge-array",
  "deep-array",
  "deep-object",
  "very-deep-array",
  "proto-keys",
  "constructor-keys",
  "null-prototype-empty",
  "revoked-proxy",
] as const;
export type HostileLeaf = (typeof HOSTILE_LEAVES)[number];

/** The traps a proxy can set: throwing on one operation, or lying about the keys. */
export const PROXY_TRAPS = ["get", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "has", "lying-ownKeys", "changing-get"] as const;
export type ProxyTrap = (typeof PROXY_TRAPS)[number];

/** Keys a caller's code can add by mistake. */
export const EXTRA_KEYS = ["symbol", "__proto__", "constructor", "prototype", "invisible-twin", "full-width-twin", "empty"] as const;
export type ExtraKey = (typeof EXTRA_KEYS)[number];

/** One hostile change to a valid argument list, at the node `at` picks. */
export type Hostility =
  | { readonly kind: "replace"; readonly at: number; readonly leaf: HostileLeaf }
  | { readonly kind: "proxy"; readonly at: number; readonly trap: ProxyTrap }
  | { readonly kind: "getter"; readonly at: number; readonly behaviour: "throws" | "changes-to-junk" | "changes-to-other-value" }
  | { readonly kind: "extra-key"; readonly at: number; readonly key: ExtraKey }
  | { readonly kind: "null-prototype"; readonly at: number }
  | { readonly kind: "sparse"; readonly at: number }
  | { readonly kind: "cycle"; readonly at: number }
  | { readonly kind: "freeze-all" }
  | { readonly kind: "full-width-digits"; readonly at: number };

/** Sizes of the large values: big enough to matter, small enough for 10,000 runs a property. */
export const HUGE_STRING_LENGTH = 100_000;
export const HUGE_ARRAY_LENGTH = 2_000;
export const DEEP_NESTING = 1_000;
export const VERY_DEEP_NESTING = 20_000;

export const hostility: fc.Arbitrary<Hostility> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), leaf: fc.constantFrom(...HOSTILE_LEAVES) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("proxy" as const), at: fc.nat(), trap: fc.constantFrom(...PROXY_TRAPS) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("getter" as const), at: fc.nat(), behaviour: fc.constantFrom("throws" as const, "changes-to-junk" as const, "changes-to-other-value" as const) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("extra-key" as const), at: fc.nat(), key: fc.constantFrom(...EXTRA_KEYS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("null-prototype" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("sparse" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cycle" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "freeze-all" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("full-width-digits" as const), at: fc.nat() }) },
);

class Stranger {
  readonly departure = "2024-03-10";
  readonly id = "x";
}

function nest(depth: number, object: boolean): unknown {
  let value: unknown = object ? {} : [];
  for (let i = 0; i < depth; i += 1) value = object ? { a: value } : [value];
  return value;
}

const FULL_WIDTH_DIGITS = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function leafValue(leaf: HostileLeaf, original: unknown): unknown {
  const text = typeof original === "string" ? original : "2024-01-01";
  switch (leaf) {
    case "bigint":
      return 20240101n;
    case "symbol":
      return Symbol("hostile");
    case "minus-zero":
      return -0;
    case "nan":
      return Number.NaN;
    case "infinity":
      return Number.POSITIVE_INFINITY;
    case "negative-infinity":
      return Number.NEGATIVE_INFINITY;
    case "max-value":
      return Number.MAX_VALUE;
    case "fraction":
      return 0.5;
    case "undefined":
      return undefined;
    case "empty-string":
      return "";
    case "lone-surrogate":
      return `${text}\uD800`;
    case "huge-string":
      return "9".repeat(HUGE_STRING_LENGTH);
    case "full-width-date":
      return FULL_WIDTH_DIGITS(text);
    case "invisible-date":
      return `${text.slice(0, 4)}\u200B${text.slice(4)}`;
    case "padded-date":
      return ` ${text}\uFEFF`;
    case "date-object":
      return new Date(Date.UTC(2024, 0, 1));
    case "invalid-date-object":
      return new Date(Number.NaN);
    case "map":
      return new Map([["departure", "2024-01-01"]]);
    case "set":
      return new Set([text]);
    case "weak-map":
      return new WeakMap();
    case "function":
      return () => text;
    case "class-instance":
      return new Stranger();
    case "regexp":
      return /2024-01-01/;
    case "typed-array":
      return new Uint8Array([1, 2, 3]);
    case "boxed-string":
      return Object(text) as object;
    case "boxed-boolean":
      return Object(true) as object;
    case "error":
      return new Error(text);
    case "promise":
      return Promise.resolve(text);
    case "sparse-array": {
      const sparse: unknown[] = [];
      sparse[3] = text;
      return sparse;
    }
    case "huge-array":
      return new Array<unknown>(HUGE_ARRAY_LENGTH).fill(text);
    case "deep-array":
      return nest(DEEP_NESTING, false);
    case "deep-object":
      return nest(DEEP_NESTING, true);
    case "very-deep-array":
      return nest(VERY_DEEP_NESTING, false);
    case "proto-keys":
      return JSON.parse('{"__proto__":{"polluted":true},"departure":"2024-01-01"}') as unknown;
    case "constructor-keys":
      return JSON.parse('{"constructor":{"prototype":{"polluted":true}},"prototype":null}') as unknown;
    case "null-prototype-empty":
      return Object.create(null) as object;
    case "revoked-proxy": {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
  }
}

/** Something other than the value a getter first gave: another value of the same kind, where there is one. */
function otherValue(original: unknown): unknown {
  if (typeof original === "boolean") return !original;
  if (typeof original === "number") return original + 1;
  if (typeof original === "string") return DATE.test(original) ? "1000-01-01" : `${original}-other`;
  if (original === null) return "2024-01-01";
  return null;
}

function trapped(target: object, trap: ProxyTrap): object {
  const fail = (operation: string) => () => {
    throw new Error(`hostile proxy: ${operation} refused`);
  };
  switch (trap) {
    case "get":
      return new Proxy(target, { get: fail("get") });
    case "ownKeys":
      return new Proxy(target, { ownKeys: fail("ownKeys") });
    case "getOwnPropertyDescriptor":
      return new Proxy(target, { getOwnPropertyDescriptor: fail("getOwnPropertyDescriptor") });
    case "getPrototypeOf":
      return new Proxy(target, { getPrototypeOf: fail("getPrototypeOf") });
    case "has":
      return new Proxy(target, { has: fail("has") });
    case "lying-ownKeys": {
      // Keys that come and go from one call to the next.
      let calls = 0;
      return new Proxy(target, {
        ownKeys: (t) => {
          calls += 1;
          return calls % 2 === 1 ? Reflect.ownKeys(t) : [...Reflect.ownKeys(t), "ghost"];
        },
        getOwnPropertyDescriptor: (t, key) =>
          key === "ghost" ? { value: "ghost", enumerable: true, configurable: true, writable: true } : Reflect.getOwnPropertyDescriptor(t, key),
      });
    }
    case "changing-get": {
      // Each property read gives the true value once, then another.
      const reads = new Map<PropertyKey, number>();
      return new Proxy(target, {
        get: (t, key, receiver) => {
          const value: unknown = Reflect.get(t, key, receiver);
          const count = (reads.get(key) ?? 0) + 1;
          reads.set(key, count);
          return count === 1 || typeof key === "symbol" ? value : otherValue(value);
        },
      });
    }
  }
}

/**
 * Applies hostile changes to a copy of valid arguments. A change the builder itself
 * cannot make (a path through a proxy applied before it, say) is left out, and listed.
 */
export function buildHostile(args: readonly unknown[], changes: readonly Hostility[]): { args: unknown[]; skipped: number } {
  let root: unknown = plainCopy([...args]);
  let skipped = 0;
  // Decided on the plain copy, before any change, so the picks do not walk into proxies.
  const nodes = nodesOf(root).filter(({ path }) => path.length > 0);
  // Getters go inside an argument: one on the argument list itself would fire (and throw)
  // when the test spreads the arguments, before the library is even called.
  const inner = nodes.filter(({ path }) => path.length > 1);
  const objects = nodes.filter(({ value }) => isPlainContainer(value));
  const records = objects.filter(({ value }) => !Array.isArray(value));
  const arrays = objects.filter(({ value }) => Array.isArray(value));
  const dates = nodes.filter(({ value }) => typeof value === "string" && /\d/.test(value));
  const pick = <T>(list: readonly T[], at: number): T | undefined => list[at % Math.max(1, list.length)];
  // Deepest paths first, so a change never has to reach through an earlier one.
  const ordered = [...changes].sort((a, b) => depthOf(b) - depthOf(a));
  function depthOf(change: Hostility): number {
    if (change.kind === "freeze-all") return -1;
    const list =
      change.kind === "proxy" || change.kind === "null-prototype" || change.kind === "cycle"
        ? objects
        : change.kind === "extra-key"
          ? records
          : change.kind === "sparse"
            ? arrays
            : change.kind === "getter"
              ? inner
              : change.kind === "full-width-digits"
                ? dates
                : nodes;
    return pick(list, change.at)?.path.length ?? 0;
  }
  for (const change of ordered) {
    try {
      switch (change.kind) {
        case "replace": {
          const node = pick(nodes, change.at);
          if (node !== undefined) root = setAt(root, node.path, leafValue(change.leaf, node.value));
          break;
        }
        case "proxy": {
          const node = pick(objects, change.at);
          if (node !== undefined) root = setAt(root, node.path, trapped(getAt(root, node.path) as object, change.trap));
          break;
        }
        case "getter": {
          const node = pick(inner, change.at);
          if (node === undefined) break;
          const parent = getAt(root, node.path.slice(0, -1)) as object;
          const original = getAt(root, node.path);
          let reads = 0;
          Object.defineProperty(parent, node.path[node.path.length - 1] as string | number, {
            enumerable: true,
            configurable: true,
            get: () => {
              reads += 1;
              if (change.behaviour === "throws") throw new Error("hostile getter: refused");
              if (reads === 1) return original;
              return change.behaviour === "changes-to-junk" ? 7 : otherValue(original);
            },
          });
          break;
        }
        case "extra-key": {
          const node = pick(records, change.at);
          if (node === undefined) break;
          const record = getAt(root, node.path) as Record<PropertyKey, unknown>;
          const [first] = Object.keys(record);
          const sibling = first === undefined ? true : record[first];
          const key =
            change.key === "symbol"
              ? Symbol("extra")
              : change.key === "invisible-twin"
                ? `${first ?? "key"}\u200B`
                : change.key === "full-width-twin"
                  ? (first ?? "key").replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
                  : change.key === "empty"
                    ? ""
                    : change.key;
          Object.defineProperty(record, key, { value: sibling, enumerable: true, writable: true, configurable: true });
          break;
        }
        case "null-prototype": {
          const node = pick(records, change.at);
          if (node !== undefined) root = setAt(root, node.path, Object.assign(Object.create(null) as object, getAt(root, node.path)));
          break;
        }
        case "sparse": {
          const node = pick(arrays, change.at);
          if (node === undefined) break;
          const array = getAt(root, node.path) as unknown[];
          if (array.length > 0) delete array[array.length - 1];
          else array.length = 3;
          break;
        }
        case "cycle": {
          const node = pick(objects, change.at);
          if (node === undefined) break;
          const target = getAt(root, node.path) as Record<PropertyKey, unknown>;
          // The object holds itself: under an existing key when it has one, or as an element.
          if (Array.isArray(target)) target.push(target);
          else {
            const [key] = Object.keys(target);
            Object.defineProperty(target, key ?? "self", { value: target, enumerable: true, writable: true, configurable: true });
          }
          break;
        }
        case "freeze-all":
          deepFreezeQuietly(root);
          break;
        case "full-width-digits": {
          const node = pick(dates, change.at);
          if (node !== undefined) root = setAt(root, node.path, FULL_WIDTH_DIGITS(String(node.value)));
          break;
        }
      }
    } catch {
      skipped += 1;
    }
  }
  return { args: root as unknown[], skipped };
}

/** Freezes the arrays and plain objects of the arguments; what they share with others (a schema) is left alone. */
function deepFreezeQuietly(root: unknown): void {
  for (const { value } of nodesOf(root)) if (isPlainContainer(value)) Object.freeze(value);
}
