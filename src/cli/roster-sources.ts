/**
 * Reading a roster file, streamed: CSV and XLSX by their header (see `roster-columns.ts`),
 * NDJSON a record per line, JSON an array of records. Nothing more of the file is held
 * than the record at hand (and, for XLSX, the workbook's shared strings).
 *
 * @module
 */
import { constants, createReadStream, fstatSync, openSync, closeSync } from "node:fs";
import { Readable, Transform, pipeline } from "node:stream";
import { parse } from "csv-parse";
import type { Bilingual } from "../locales/catalog.js";
import { bilingual } from "../locales/tools.js";
import { readHeader, type CellProblem, type HeaderProblem, type RosterColumns } from "./roster-columns.js";

/** The formats a roster is read in. */
export const ROSTER_FORMATS = ["csv", "json", "ndjson", "xlsx"] as const;
/** A format a roster is read in. */
export type RosterFormat = (typeof ROSTER_FORMATS)[number];

/** The encodings a text roster is read in. */
export type RosterEncoding = "utf-8" | "gb18030";

/** The format a file's name gives, or `undefined`. */
export function formatOfName(path: string): RosterFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return undefined;
}

/** One row of the file, read: where it is (a row as the file counts them: a CSV or XLSX row, an NDJSON line, a JSON array's index) and what it holds. */
export type SourceItem =
  /** A record, for the analysis to validate and decide. */
  | { readonly kind: "record"; readonly row: number; readonly record: unknown }
  /** A table's row whose cells could not be read. */
  | { readonly kind: "bad-cells"; readonly row: number; readonly problems: readonly CellProblem[] }
  /** An NDJSON line that is not JSON. */
  | { readonly kind: "bad-line"; readonly row: number };

/** How a row is counted in a format: a table's row, a line, an array's index. */
export type RowCounting = "row" | "line" | "index";

/** A roster file, open. */
export interface RosterSource {
  readonly format: RosterFormat;
  /** How its rows are counted. */
  readonly counting: RowCounting;
  /** The header's columns (CSV, XLSX). */
  readonly columns: RosterColumns | undefined;
  /** Its rows, read once. */
  readonly items: AsyncIterable<SourceItem>;
  /** The bytes read so far. */
  bytesRead(): number;
  /** The file's size in bytes. */
  readonly size: number;
  /** Stops reading (when the reader leaves early). */
  close(): void;
}

/** Why a file cannot be read as a roster, found before any record is. */
export type OpenProblem =
  | { readonly kind: "unreadable"; readonly why: Bilingual }
  | { readonly kind: "not-a-file" }
  | { readonly kind: "no-header" }
  | { readonly kind: "header"; readonly names: readonly string[]; readonly problems: readonly HeaderProblem[] }
  | { readonly kind: "exceljs-missing" }
  | { readonly kind: "malformed"; readonly row: number | undefined }
  | { readonly kind: "not-encoded"; readonly encoding: RosterEncoding };

/** Why a file stopped being read part of the way: its syntax is broken, or its text is not in the encoding given. */
export class RosterFileError extends Error {
  constructor(
    readonly kind: "malformed" | "not-encoded" | "not-an-array",
    /** The row (as the format counts them) where reading stopped, when known. */
    readonly row: number | undefined,
  ) {
    super(`${kind}${row === undefined ? "" : ` at ${row}`}`);
    this.name = "RosterFileError";
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a file cannot be opened, in words. @internal */
export function unreadableWhy(error: unknown): Bilingual {
  switch (codeOf(error)) {
    case "ENOENT":
      return bilingual("roster.file.missing");
    case "EACCES":
    case "EPERM":
      return bilingual("roster.file.denied");
    case "EISDIR":
      return bilingual("roster.file.folder");
    default:
      return bilingual("cli.file.cannot-read", { code: codeOf(error) ?? "?" });
  }
}

/** Counts the bytes that pass. */
class ByteCounter extends Transform {
  count = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    this.count += chunk.length;
    done(null, chunk);
  }
}

/** The file's text, decoded as it streams, without its byte-order mark. */
async function* decoded(bytes: AsyncIterable<Buffer>, encoding: RosterEncoding): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let first = true;
  const text = (chunk: Buffer | undefined): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new RosterFileError("not-encoded", undefined);
    }
  };
  for await (const chunk of bytes) {
    let part = text(chunk);
    if (first && part.length > 0) {
      if (part.charCodeAt(0) === 0xfeff) part = part.slice(1);
      first = false;
    }
    if (part.length > 0) yield part;
  }
  const rest = text(undefined);
  if (rest.length > 0) yield first && rest.charCodeAt(0) === 0xfeff ? rest.slice(1) : rest;
}

/** Opens a roster file: a regular file only (a FIFO would block), the header of a table read and checked first. */
export async function openRoster(path: string, format: RosterFormat, encoding: RosterEncoding): Promise<{ readonly ok: true; readonly source: RosterSource } | { readonly ok: false; readonly problem: OpenProblem }> {
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", why: unreadableWhy(error) } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      closeSync(fd);
      return { ok: false, problem: stats.isDirectory() ? { kind: "unreadable", why: unreadableWhy({ code: "EISDIR" }) } : { kind: "not-a-file" } };
    }
    size = stats.size;
  } catch (error) {
    closeSync(fd);
    return { ok: false, problem: { kind: "unreadable", why: unreadableWhy(error) } };
  }
  const counter = new ByteCounter();
  const file = createReadStream("", { fd, highWaterMark: 256 * 1024 });
  const bytes = file.pipe(counter);
  file.on("error", (error) => counter.destroy(error));
  const close = (): void => {
    file.destroy();
    counter.destroy();
  };
  const base = { format, bytesRead: () => counter.count, size, close };
  try {
    switch (format) {
      case "ndjson":
        return { ok: true, source: { ...base, counting: "line", columns: undefined, items: ndjsonItems(decoded(bytes, encoding)) } };
      case "json":
        return { ok: true, source: { ...base, counting: "index", columns: undefined, items: jsonArrayItems(decoded(bytes, encoding)) } };
      case "csv":
        return await tableSource(base, csvRows(decoded(bytes, encoding)), close);
      case "xlsx": {
        const rows = await xlsxRows(bytes);
        if (rows === undefined) {
          close();
          return { ok: false, problem: { kind: "exceljs-missing" } };
        }
        return await tableSource(base, rows, close);
      }
    }
  } catch (error) {
    close();
    if (error instanceof RosterFileError) {
      return { ok: false, problem: error.kind === "not-encoded" ? { kind: "not-encoded", encoding } : { kind: "malformed", row: error.row } };
    }
    throw error;
  }
}

/** A table's raw row: its number, as the file counts them, and its cells as text. */
interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

async function tableSource(
  base: Pick<RosterSource, "format" | "bytesRead" | "size" | "close">,
  rows: AsyncIterable<TableRow>,
  close: () => void,
): Promise<{ readonly ok: true; readonly source: RosterSource } | { readonly ok: false; readonly problem: OpenProblem }> {
  const iterator = rows[Symbol.asyncIterator]();
  let first = await iterator.next();
  // Blank rows above the header are passed over.
  while (first.done !== true && first.value.cells.every((cell) => cell.trim() === "")) first = await iterator.next();
  if (first.done === true) {
    close();
    return { ok: false, problem: { kind: "no-header" } };
  }
  const header = readHeader(first.value.cells);
  if (!header.ok) {
    close();
    return { ok: false, problem: { kind: "header", names: first.value.cells.map((name) => name.trim()), problems: header.problems } };
  }
  const { columns } = header;
  async function* items(): AsyncGenerator<SourceItem, void, undefined> {
    try {
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        const { row, cells } = next.value;
        const reading = columns.read(cells);
        if (reading.kind === "record") yield { kind: "record", row, record: reading.record };
        else if (reading.kind === "bad") yield { kind: "bad-cells", row, problems: reading.problems };
      }
    } finally {
      await iterator.return?.();
    }
  }
  return { ok: true, source: { ...base, counting: "row", columns, items: items() } };
}

async function* csvRows(text: AsyncIterable<string>): AsyncGenerator<TableRow, void, undefined> {
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  // The parser's own error (a broken quote) names the record; a decoding error comes through it.
  pipeline(Readable.from(text, { objectMode: false }), parser, () => undefined);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells };
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof RosterFileError) throw cause;
    throw new RosterFileError("malformed", row + 1);
  } finally {
    parser.destroy();
  }
}

async function* ndjsonItems(text: AsyncIterable<string>): AsyncGenerator<SourceItem, void, undefined> {
  let rest = "";
  let line = 0;
  const itemOf = (raw: string): SourceItem | undefined => {
    line += 1;
    const trimmed = raw.trim();
    if (trimmed === "") return undefined;
    try {
      return { kind: "record", row: line, record: JSON.parse(trimmed) as unknown };
    } catch {
      return { kind: "bad-line", row: line };
    }
  };
  for await (const chunk of text) {
    rest += chunk;
    let start = 0;
    for (let end = rest.indexOf("\n", start); end !== -1; end = rest.indexOf("\n", start)) {
      const item = itemOf(rest.slice(start, end));
      start = end + 1;
      if (item !== undefined) yield item;
    }
    rest = rest.slice(start);
  }
  if (rest.length > 0) {
    const item = itemOf(rest);
    if (item !== undefined) yield item;
  }
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * The elements of a JSON array, one at a time: each element's text is cut out at the
 * array's own commas (outside strings and nested brackets) and parsed alone.
 */
async function* jsonArrayItems(text: AsyncIterable<string>): AsyncGenerator<SourceItem, void, undefined> {
  type State = "before" | "between" | "element" | "after";
  let state = "before" as State;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let index = 0;
  let expectElement = true;
  const element = (): SourceItem | undefined => {
    const source = parts.join("").trim();
    parts = [];
    if (source === "") return undefined;
    try {
      return { kind: "record", row: index, record: JSON.parse(source) as unknown };
    } catch {
      throw new RosterFileError("malformed", index);
    }
  };
  for await (const chunk of text) {
    let start = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const code = chunk.charCodeAt(i);
      if (state === "element") {
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) inString = false;
          continue;
        }
        if (code === QUOTE) inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
        else if (depth > 0 && (code === CLOSE_BRACE || code === CLOSE_BRACKET)) depth -= 1;
        else if (depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
          parts.push(chunk.slice(start, i));
          const item = element();
          if (item === undefined) throw new RosterFileError("malformed", index);
          yield item;
          index += 1;
          state = code === COMMA ? "between" : "after";
          expectElement = code === COMMA;
        }
        continue;
      }
      if (isSpace(code)) continue;
      if (state === "before") {
        if (code !== OPEN_BRACKET) throw new RosterFileError("not-an-array", undefined);
        state = "between";
        continue;
      }
      if (state === "after") throw new RosterFileError("malformed", index);
      // Between elements: the array's end, or an element's first character.
      if (code === CLOSE_BRACKET && (index === 0 || !expectElement)) {
        state = "after";
        continue;
      }
      if (code === COMMA || code === CLOSE_BRACKET) throw new RosterFileError("malformed", index);
      state = "element";
      start = i;
      i -= 1;
    }
    if (state === "element") parts.push(chunk.slice(start));
  }
  const ended = state as State;
  if (ended === "before") throw new RosterFileError("not-an-array", undefined);
  if (ended !== "after") throw new RosterFileError("malformed", index);
}

// ── XLSX ──────────────────────────────────────────────────────────────────────────

interface ExcelRow {
  readonly number: number;
  readonly values: unknown;
}

interface ExcelModule {
  readonly stream: {
    readonly xlsx: {
      readonly WorkbookReader: new (input: NodeJS.ReadableStream, options: Record<string, string>) => AsyncIterable<AsyncIterable<ExcelRow>>;
    };
  };
}

/** exceljs, an optional peer dependency, loaded only now; `undefined` when it is not installed. */
async function loadExcel(): Promise<ExcelModule | undefined> {
  try {
    const loaded = (await import("exceljs")) as unknown as { default?: ExcelModule } & Partial<ExcelModule>;
    return loaded.default ?? (loaded as ExcelModule);
  } catch (error) {
    // The loader's error, or one that wraps it.
    for (let cause: unknown = error; cause !== undefined && cause !== null; cause = (cause as { cause?: unknown }).cause) {
      const code = codeOf(cause);
      if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") return undefined;
    }
    throw error;
  }
}

/** A cell's value as the text a CSV would hold. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const cell = value as { richText?: readonly { text?: unknown }[]; text?: unknown; result?: unknown; formula?: unknown; error?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
    if (cell.formula !== undefined || cell.result !== undefined) return cellText(cell.result);
    if (typeof cell.text === "string") return cell.text;
    if (cell.error !== undefined) return String(cell.error);
  }
  return "";
}

/** The first worksheet's rows, streamed; `undefined` when exceljs is not installed. */
async function xlsxRows(bytes: NodeJS.ReadableStream): Promise<AsyncIterable<TableRow> | undefined> {
  const excel = await loadExcel();
  if (excel === undefined) return undefined;
  const reader = new excel.stream.xlsx.WorkbookReader(bytes, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit" });
  async function* rows(): AsyncGenerator<TableRow, void, undefined> {
    try {
      for await (const sheet of reader) {
        for await (const row of sheet) {
          const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
          const cells: string[] = [];
          // exceljs counts cells from 1.
          for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
          yield { row: row.number, cells };
        }
        return;
      }
    } catch (error) {
      if (error instanceof RosterFileError) throw error;
      throw new RosterFileError("malformed", undefined);
    }
  }
  return rows();
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** A roster file that does not exist. */
    "roster.file.missing": Record<never, never>;
    /** A roster file the command may not read. */
    "roster.file.denied": Record<never, never>;
    /** A folder given as the roster file. */
    "roster.file.folder": Record<never, never>;
  }
}
