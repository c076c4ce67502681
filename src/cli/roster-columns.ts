/**
 * The columns of a roster kept as a table (CSV, XLSX): a header row naming each column by
 * its dotted path into the member's record (`absence.departure`, `appraisal.reports.0`),
 * and rows of cells read by the schema at that path.
 *
 * - A boolean field takes `true`/`false` or `是`/`否`; a number field a number; a field
 *   that is a list or an object with no columns of its own (`appraisal.months`,
 *   `schedule.done`) takes JSON; every other field takes the cell's text as it is.
 * - An empty cell (or one of white space alone) leaves the field out, except where the
 *   schema's field is nullable and not optional (`absence.expectedReturn`), where it is
 *   `null`. An object whose cells are all empty is left out, or `null` on the same terms.
 * - A numeric segment indexes a list: `appraisal.reports.0`, `appraisal.reports.1`; the
 *   list holds the filled cells in the order of their indexes.
 *
 * A column the record does not have, a column named twice, or one inside a column that
 * already holds its whole field, refuses the header; a cell that cannot be read refuses
 * its row. Neither ever repeats a cell's value.
 *
 * @module
 */
import type { z } from "zod";
import type { InputIssueCode } from "../errors.js";
import { MemberRecordSchema } from "../roster/member-record.js";
import { nearest } from "./suggest.js";

/** A segment of a column's path: a field name, or a list index. */
export type PathSegment = string | number;

/** What a header cannot be read for, by column (from 0). */
export interface HeaderProblem {
  /** The column, from 0. */
  readonly column: number;
  /** `unknown`: no such field in a member's record; `duplicate`: a column of the same name came before (`other`); `inside`: another column (`other`) holds the whole field this one is part of, or a part of it. */
  readonly kind: "unknown" | "duplicate" | "inside";
  /** The other column, from 0, for `duplicate` and `inside`. */
  readonly other?: number;
  /** For `unknown`: the nearest column name a record has, when one is close. */
  readonly near?: string;
}

/** A cell that cannot be read, by column (from 0). */
export interface CellProblem {
  /** The column, from 0. */
  readonly column: number;
  /** The kind of problem. */
  readonly code: InputIssueCode;
  /** What the cell should hold: a boolean, a number, a list or an object written as JSON, or nothing (a cell past the header's last column). */
  readonly expected: "boolean" | "number" | "json" | "nothing";
}

/** A row, read. */
export type RowReading =
  /** Every cell was read: the record, for the analysis to validate. */
  | { readonly kind: "record"; readonly record: Record<string, unknown> }
  /** Some cells could not be read. */
  | { readonly kind: "bad"; readonly problems: readonly CellProblem[] }
  /** Every cell is empty: a blank row, passed over. */
  | { readonly kind: "blank" };

/** A header, compiled: how to read the rows under it, and where a record's field is. */
export interface RosterColumns {
  /** The header's names, as given (trimmed). */
  readonly names: readonly string[];
  /** Reads one row's cells (text; a missing cell is empty). */
  read(cells: readonly (string | null | undefined)[]): RowReading;
  /**
   * The columns that hold a path of the record: the longest column whose path begins
   * the given one (a JSON cell holds everything under its field); or, for a path that is
   * a whole block, every column under it; or none.
   */
  locate(path: readonly PathSegment[]): readonly number[];
}

/** The columns, or the header's problems. */
export type HeaderReading = { readonly ok: true; readonly columns: RosterColumns } | { readonly ok: false; readonly problems: readonly HeaderProblem[] };

/** A column's letter as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// ── the schema, walked ────────────────────────────────────────────────────────────

type Schema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly getter?: () => Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
}

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A field of the record as its schema declares it: the schema inside its wrappers, and whether it may be left out or be `null`. */
interface Field {
  readonly core: Schema;
  readonly nullable: boolean;
  readonly optional: boolean;
}

function fieldOf(schema: Schema): Field {
  let core = schema;
  let nullable = false;
  let optional = false;
  for (;;) {
    const def = defOf(core);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true;
    else if (def.type === "nullable") nullable = true;
    else if (def.type === "readonly" || def.type === "catch" || def.type === "nonoptional") {
      /* the inner type decides */
    } else if (def.type === "pipe" && def.in !== undefined) {
      core = def.in;
      continue;
    } else if (def.type === "lazy" && def.getter !== undefined) {
      core = def.getter();
      continue;
    } else return { core, nullable, optional };
    if (def.innerType === undefined) return { core, nullable, optional };
    core = def.innerType;
  }
}

/** The objects and lists a field may be: a union's options, each unwrapped. */
function formsOf(field: Field): Field[] {
  const def = defOf(field.core);
  if (def.type !== "union" || def.options === undefined) return [field];
  return def.options.flatMap((option) => {
    const inner = fieldOf(option);
    return formsOf({ core: inner.core, nullable: field.nullable || inner.nullable, optional: field.optional || inner.optional });
  });
}

/** The fields a segment leads to, in each form a field may take. */
function step(fields: readonly Field[], segment: PathSegment): Field[] {
  const found: Field[] = [];
  for (const field of fields) {
    for (const form of formsOf(field)) {
      const def = defOf(form.core);
      if (typeof segment === "number" && def.type === "array" && def.element !== undefined) {
        found.push({ ...fieldOf(def.element), optional: true });
      } else if (typeof segment === "string" && def.type === "object" && def.shape !== undefined && Object.hasOwn(def.shape, segment)) {
        found.push(fieldOf(def.shape[segment] as Schema));
      }
    }
  }
  return found;
}

type CellKind = "text" | "boolean" | "number" | "json";

function kindsOf(fields: readonly Field[]): ReadonlySet<CellKind> {
  const kinds = new Set<CellKind>();
  for (const field of fields) {
    for (const form of formsOf(field)) {
      const def = defOf(form.core);
      switch (def.type) {
        case "boolean":
          kinds.add("boolean");
          break;
        case "number":
        case "int":
          kinds.add("number");
          break;
        case "object":
        case "array":
        case "record":
        case "tuple":
          kinds.add("json");
          break;
        case "literal":
          for (const value of def.values ?? []) kinds.add(typeof value === "boolean" ? "boolean" : typeof value === "number" ? "number" : "text");
          break;
        default:
          kinds.add("text");
      }
    }
  }
  return kinds;
}

const ROOT: readonly Field[] = [{ core: MemberRecordSchema as unknown as Schema, nullable: false, optional: false }];

/** A column name parsed: dot-separated, digits a list index. */
export function parseColumnPath(name: string): PathSegment[] {
  return name.split(".").map((segment) => (/^(0|[1-9]\d{0,5})$/.test(segment) ? Number(segment) : segment));
}

let knownNames: string[] | undefined;

/** Every column a record has down to the fields that hold JSON: for "did you mean …?". */
function columnNames(): readonly string[] {
  if (knownNames !== undefined) return knownNames;
  const names: string[] = [];
  const visit = (fields: readonly Field[], prefix: string, depth: number): void => {
    const keys = new Set<string>();
    for (const field of fields) {
      for (const form of formsOf(field)) {
        const def = defOf(form.core);
        if (def.type === "object" && def.shape !== undefined) for (const key of Object.keys(def.shape)) keys.add(key);
      }
    }
    if (keys.size === 0 || depth > 4) {
      names.push(prefix);
      return;
    }
    for (const key of keys) visit(step(fields, key), prefix === "" ? key : `${prefix}.${key}`, depth + 1);
  };
  visit(ROOT, "", 0);
  knownNames = names;
  return names;
}

// ── the header ────────────────────────────────────────────────────────────────────

interface Node {
  readonly fields: readonly Field[];
  column: number | undefined;
  readonly children: Map<PathSegment, Node>;
  /** Worked out once the header is read: the kinds of value its cell may hold, its children in order, whether they index a list. */
  kinds?: ReadonlySet<CellKind>;
  entries?: readonly (readonly [PathSegment, Node])[];
  list?: boolean;
  /** Whether an empty field is null, by field and by the value of the union's discriminator. */
  readonly nulls: Map<string, boolean>;
}

const newNode = (fields: readonly Field[]): Node => ({ fields, column: undefined, children: new Map(), nulls: new Map() });

/** Works out, once, what reading a row under the node needs. */
function prepare(node: Node): void {
  if (node.column !== undefined) node.kinds = kindsOf(node.fields);
  node.entries = [...node.children.entries()];
  node.list = typeof node.entries[0]?.[0] === "number";
  for (const [, child] of node.entries) prepare(child);
}

/** Compiles a header row: every column checked against the member's record. */
export function readHeader(header: readonly (string | null | undefined)[]): HeaderReading {
  const names = header.map((name) => (name ?? "").trim());
  const root = newNode(ROOT);
  const problems: HeaderProblem[] = [];
  const paths: (PathSegment[] | undefined)[] = [];
  const seen = new Map<string, number>();
  names.forEach((name, column) => {
    paths.push(undefined);
    if (name === "") return;
    const path = parseColumnPath(name);
    let fields: readonly Field[] = ROOT;
    for (const segment of path) {
      fields = step(fields, segment);
      if (fields.length === 0) break;
    }
    if (fields.length === 0) {
      const near = nearest(name, columnNames());
      problems.push(near === undefined ? { column, kind: "unknown" } : { column, kind: "unknown", near });
      return;
    }
    const key = path.join(".");
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({ column, kind: "duplicate", other: before });
      return;
    }
    seen.set(key, column);
    paths[column] = path;
  });
  // A column inside another's field (`absence` beside `absence.departure`): the outer one holds it all.
  names.forEach((_name, column) => {
    const path = paths[column];
    if (path === undefined) return;
    let node = root;
    for (const segment of path) {
      if (node.column !== undefined) {
        problems.push({ column, kind: "inside", other: node.column });
        paths[column] = undefined;
        return;
      }
      let child = node.children.get(segment);
      if (child === undefined) {
        child = newNode(step(node.fields, segment));
        node.children.set(segment, child);
      }
      node = child;
    }
    if (node.children.size > 0) {
      const other = firstColumnUnder(node);
      problems.push({ column, kind: "inside", other });
      paths[column] = undefined;
      return;
    }
    node.column = column;
  });
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.column - b.column) };
  prepare(root);
  return { ok: true, columns: new Columns(names, paths, root) };
}

function firstColumnUnder(node: Node): number {
  let first = Number.POSITIVE_INFINITY;
  const visit = (at: Node): void => {
    if (at.column !== undefined) first = Math.min(first, at.column);
    for (const child of at.children.values()) visit(child);
  };
  visit(node);
  return first;
}

// ── the rows ──────────────────────────────────────────────────────────────────────

const TRUE_WORDS = new Set(["true", "是"]);
const FALSE_WORDS = new Set(["false", "否"]);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** What a node gave: nothing (all its cells empty), or a value. */
type Built = { readonly filled: false } | { readonly filled: true; readonly value: unknown };
const EMPTY: Built = { filled: false };

class Columns implements RosterColumns {
  constructor(
    readonly names: readonly string[],
    private readonly paths: readonly (readonly PathSegment[] | undefined)[],
    private readonly root: Node,
  ) {}

  read(cells: readonly (string | null | undefined)[]): RowReading {
    const problems: CellProblem[] = [];
    let blank = true;
    for (let column = 0; column < cells.length; column += 1) {
      const cell = cells[column];
      if (cell === null || cell === undefined || cell.trim() === "") continue;
      blank = false;
      if (this.paths[column] === undefined) problems.push({ column, code: "unknown-field", expected: "nothing" });
    }
    if (blank) return { kind: "blank" };
    const built = this.build(this.root, cells, problems);
    if (problems.length > 0) return { kind: "bad", problems: problems.sort((a, b) => a.column - b.column) };
    return { kind: "record", record: (built.filled ? built.value : {}) as Record<string, unknown> };
  }

  private build(node: Node, cells: readonly (string | null | undefined)[], problems: CellProblem[]): Built {
    if (node.column !== undefined) return readCell(node.column, cells[node.column], node.kinds ?? kindsOf(node.fields), problems);
    const entries = node.entries ?? [];
    if (node.list === true) {
      const items: [number, unknown][] = [];
      for (const [index, child] of entries) {
        const built = this.build(child, cells, problems);
        if (built.filled) items.push([index as number, built.value]);
      }
      if (items.length === 0) return EMPTY;
      return { filled: true, value: items.sort(([a], [b]) => a - b).map(([, value]) => value) };
    }
    const object: Record<string, unknown> = {};
    let empty: string[] | undefined;
    let filled = false;
    for (const [key, child] of entries) {
      const built = this.build(child, cells, problems);
      if (built.filled) {
        object[key as string] = built.value;
        filled = true;
      } else (empty ??= []).push(key as string);
    }
    if (!filled) return EMPTY;
    // A field left empty is null where the form the record takes requires it, nullable.
    for (const key of empty ?? []) {
      const cached = `${key}\u0000${tagOf(node.fields, object)}`;
      let isNull = node.nulls.get(cached);
      if (isNull === undefined) {
        isNull = nullWhenEmpty(node.fields, object, key);
        node.nulls.set(cached, isNull);
      }
      if (isNull) object[key] = null;
    }
    return { filled: true, value: object };
  }

  locate(path: readonly PathSegment[]): readonly number[] {
    let node: Node | undefined = this.root;
    let found: number | undefined;
    for (const segment of path) {
      node = node.children.get(segment);
      if (node === undefined) break;
      if (node.column !== undefined) found = node.column;
    }
    if (found !== undefined) return [found];
    if (node === undefined) return [];
    const under: number[] = [];
    const visit = (at: Node): void => {
      if (at.column !== undefined) under.push(at.column);
      for (const child of at.children.values()) visit(child);
    };
    visit(node);
    return under.sort((a, b) => a - b);
  }
}

/** The value of the union's discriminator the object holds, as text: what decides its form. */
function tagOf(fields: readonly Field[], object: Readonly<Record<string, unknown>>): string {
  for (const field of fields) {
    const discriminator = defOf(field.core).discriminator;
    if (discriminator !== undefined && Object.hasOwn(object, discriminator)) return JSON.stringify(object[discriminator]) ?? "";
  }
  return "";
}

/** Whether an empty field is `null`: in the forms of the object that match what it holds (a union's discriminator), the field is nullable and not optional. */
function nullWhenEmpty(fields: readonly Field[], object: Readonly<Record<string, unknown>>, key: string): boolean {
  for (const field of fields) {
    const def = defOf(field.core);
    const forms = formsOf(field).filter((form) => {
      const discriminator = def.type === "union" ? def.discriminator : undefined;
      if (discriminator === undefined || !Object.hasOwn(object, discriminator)) return true;
      const shape = defOf(form.core).shape;
      const tag = shape?.[discriminator];
      return tag !== undefined && (defOf(fieldOf(tag).core).values ?? []).includes(object[discriminator]);
    });
    for (const form of forms) {
      const shape = defOf(form.core).shape;
      const inner = shape?.[key];
      if (inner === undefined || !Object.hasOwn(shape ?? {}, key)) continue;
      const declared = fieldOf(inner);
      if (declared.nullable && !declared.optional) return true;
    }
  }
  return false;
}

function readCell(column: number, cell: string | null | undefined, kinds: ReadonlySet<CellKind>, problems: CellProblem[]): Built {
  if (cell === null || cell === undefined) return EMPTY;
  const trimmed = cell.trim();
  if (trimmed === "") return EMPTY;
  if (kinds.has("boolean")) {
    const lower = trimmed.toLowerCase();
    if (TRUE_WORDS.has(lower)) return { filled: true, value: true };
    if (FALSE_WORDS.has(lower)) return { filled: true, value: false };
  }
  if (kinds.has("number") && NUMBER.test(trimmed)) return { filled: true, value: Number(trimmed) };
  if (kinds.has("text")) return { filled: true, value: cell };
  if (kinds.has("json")) {
    try {
      return { filled: true, value: JSON.parse(trimmed) as unknown };
    } catch {
      problems.push({ column, code: "invalid-format", expected: "json" });
      return EMPTY;
    }
  }
  problems.push({ column, code: "wrong-type", expected: kinds.has("boolean") ? "boolean" : "number" });
  return EMPTY;
}
