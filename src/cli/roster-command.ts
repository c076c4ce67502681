/**
 * `mobile-member-rules roster <file> --as-of YYYY-MM-DD`: a whole roster decided, streamed
 * from the file to the analysis to the files written, with the worklist of the day shown
 * as tables. Loaded only when the command runs.
 *
 * Exit status: 0 when every row was read and decided; 1 when some rows were bad (each
 * reported on standard error by its row and column, never its value, and passed over);
 * 2 when the command is wrong, or the file cannot be read as a roster at all (it cannot be
 * opened, its header names a column a record does not have, its text is not in the
 * encoding given, its syntax breaks off).
 *
 * @module
 */
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Bilingual } from "../locales/catalog.js";
import { isRuleInputError } from "../errors.js";
import { CATALOGS, type Locale } from "../locales/index.js";
import { bilingual, say } from "../locales/tools.js";
import { analyzeRoster, type MemberResult, type RosterAnalysis, type RosterOptions } from "../roster/analyze.js";
import type { Worklist } from "../roster/worklist.js";
import { HELP } from "./help.js";
import { impactReportPage } from "./impact-page.js";
import type { Io } from "./main.js";
import { argumentError, localeNamed, shownPath, unknownLocale } from "./arguments.js";
import { readScenarioFile } from "./files.js";
import {
  badCellLines,
  badLineLine,
  committeesOf,
  csvField,
  headerLines,
  refusedLines,
  worklistCsvHeader,
  worklistCsvRows,
  worklistTables,
} from "./roster-report.js";
import { inLocale } from "../locales/index.js";
import { ROSTER_FORMATS, RosterFileError, formatOfName, openRoster, type OpenProblem, type RosterEncoding, type RosterFormat, type RosterSource } from "./roster-sources.js";

/**
 * The analysis the command runs: one call on the stream of records, with the shape of
 * {@link analyzeRoster}. Another module may give one that spreads the roster over threads.
 */
export type Analyze = (records: AsyncIterable<unknown>, options: RosterOptions) => RosterAnalysis;

/** Where the roster command writes: the command line's {@link Io}, and where a progress bar may go. */
export interface RosterIo extends Io {
  /** A terminal for the progress bar (standard error, when it is one); none: no bar. */
  readonly progress?: NodeJS.WritableStream | undefined;
  /** Milliseconds, for the progress bar's timing; `performance.now` by default. */
  readonly now?: (() => number) | undefined;
}

const OPTIONS = {
  "as-of": { type: "string" },
  format: { type: "string" },
  encoding: { type: "string" },
  out: { type: "string" },
  impact: { type: "boolean" },
  ambiguities: { type: "boolean" },
  readings: { type: "string" },
  threads: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const ENCODINGS: { readonly [name: string]: RosterEncoding } = { "utf-8": "utf-8", utf8: "utf-8", gb18030: "gb18030" };

/** A usage error: in both languages, since the language option itself may be what is wrong. */
function usage(io: Io, text: Bilingual): number {
  io.err(`${text.zh}\n${text.en}\n${say("zh-CN", "roster.usage")}\n${say("en", "roster.usage")}\n`);
  return 2;
}


/** Writes text to a file in batches, waiting when the disk falls behind. */
class BatchedFile {
  private readonly stream: WriteStream;
  private parts: string[] = [];
  private size = 0;
  private failure: unknown;

  constructor(path: string) {
    this.stream = createWriteStream(path);
    this.stream.on("error", (error) => {
      this.failure = error;
    });
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  /** Whether enough is waiting to be written. */
  get full(): boolean {
    return this.size >= 64 * 1024;
  }

  async flush(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.parts.length === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) await this.either("drain");
    if (this.failure !== undefined) throw this.failure;
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.either("finish");
    if (this.failure !== undefined) throw this.failure;
  }

  /** The event, or an error, whichever comes first; no listener is left behind. */
  private either(event: "drain" | "finish"): Promise<void> {
    if (this.failure !== undefined) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off(event, done);
        this.stream.off("error", done);
        resolve();
      };
      this.stream.on(event, done);
      this.stream.on("error", done);
    });
  }
}

/** A JSON document written value by value: every list one element at a time, so that no single text holds it all. */
async function writeJsonStreamed(file: BatchedFile, value: Readonly<Record<string, unknown>>): Promise<void> {
  const entries = Object.entries(value);
  file.write("{\n");
  for (const [index, [key, field]] of entries.entries()) {
    file.write(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(field)) {
      file.write(field.length === 0 ? "[]" : "[\n");
      for (const [at, element] of field.entries()) {
        file.write(`    ${JSON.stringify(element)}${at === field.length - 1 ? "\n  ]" : ",\n"}`);
        if (file.full) await file.flush();
      }
    } else {
      file.write(JSON.stringify(field));
    }
    file.write(index === entries.length - 1 ? "\n" : ",\n");
  }
  file.write("}\n");
  await file.close();
}

/** The progress bar: started only on a terminal, and only once the roster has taken more than a second. */
class Progress {
  private bar: { update(value: number, payload: object): void; stop(): void; setTotal(total: number): void } | undefined;
  private starting = false;
  private readonly started: number;
  private last = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream | undefined,
    private readonly now: () => number,
    private readonly source: RosterSource,
    private readonly locale: Locale,
  ) {
    this.started = now();
  }

  /** Called every few rows: starts the bar after a second, then moves it at most ten times a second. */
  async tick(rows: number): Promise<void> {
    if (this.stream === undefined) return;
    const now = this.now();
    if (now - this.last < 100) return;
    this.last = now;
    const elapsed = now - this.started;
    if (this.bar === undefined) {
      if (elapsed < 1000 || this.starting) return;
      this.starting = true;
      const { SingleBar } = (await import("cli-progress")).default;
      const known = this.source.size > 0;
      this.bar = new SingleBar({
        stream: this.stream,
        format: known ? "{bar} {percentage}% | {text}" : "{text}",
        hideCursor: true,
        clearOnComplete: true,
        noTTYOutput: false,
      });
      (this.bar as unknown as { start(total: number, start: number, payload: object): void }).start(known ? this.source.size : 1, 0, { text: "" });
    }
    const rate = Math.round(rows / Math.max(elapsed / 1000, 0.001));
    this.bar.update(Math.min(this.source.bytesRead(), this.source.size), { text: say(this.locale, "roster.progress", { rows, rate }) });
  }

  stop(): void {
    this.bar?.stop();
  }
}

function openProblemLines(locale: Locale, file: string, problem: OpenProblem): string[] {
  switch (problem.kind) {
    case "unreadable":
      return [say(locale, "roster.file.unreadable", { file, why: inLocale(locale, problem.why) })];
    case "not-a-file":
      return [say(locale, "roster.file.not-a-file", { file })];
    case "no-header":
      return [say(locale, "roster.file.no-header", { file })];
    case "header":
      return headerLines(locale, file, problem.names, problem.problems);
    case "exceljs-missing":
      return [say(locale, "roster.file.exceljs-missing")];
    case "malformed":
      return [say(locale, "roster.file.malformed", { file, row: problem.row ?? null })];
    case "not-encoded":
      return [say(locale, "roster.file.not-encoded", { file, encoding: problem.encoding })];
  }
}

function fileErrorLine(locale: Locale, file: string, error: RosterFileError, encoding: RosterEncoding): string {
  switch (error.kind) {
    case "not-encoded":
      return say(locale, "roster.file.not-encoded", { file, encoding });
    case "not-an-array":
      return say(locale, "roster.file.not-an-array", { file });
    case "malformed":
      return say(locale, "roster.file.malformed", { file, row: error.row ?? null });
  }
}

/** The option of the command line an issue with the analysis's options comes from. */
function optionOf(path: readonly (string | number)[]): string {
  switch (path[0]) {
    case "asOf":
      return "--as-of";
    case "interpretations":
      return "--readings";
    default:
      return String(path[0] ?? "");
  }
}

/**
 * Runs `roster` with the arguments after the command's name; returns the exit status.
 *
 * @param analyze - the analysis to run ({@link analyzeRoster} by default)
 */
export async function rosterCommand(argv: readonly string[], io: RosterIo, analyze: Analyze = analyzeRoster): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usage(io, argumentError(argv, OPTIONS, error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(HELP);
    return 0;
  }
  const locale = localeNamed(values.lang);
  if (locale === undefined) return usage(io, unknownLocale(values.lang));
  const [given, ...extra] = positionals;
  if (given === undefined || extra.length > 0) return usage(io, bilingual("roster.usage.one-file"));
  if (values["as-of"] === undefined) return usage(io, bilingual("roster.usage.as-of"));
  const path = resolve(io.cwd, given);
  const file = shownPath(path, io.cwd);
  let format: RosterFormat | undefined;
  if (values.format !== undefined) {
    format = ROSTER_FORMATS.find((name) => name === values.format?.toLowerCase());
    if (format === undefined) return usage(io, bilingual("roster.usage.format", { given: values.format }));
  } else {
    format = formatOfName(path);
    if (format === undefined) return usage(io, bilingual("roster.usage.format-unknown", { file }));
  }
  const encoding = values.encoding === undefined ? "utf-8" : ENCODINGS[values.encoding.toLowerCase()];
  if (encoding === undefined) return usage(io, bilingual("roster.usage.encoding", { given: values.encoding ?? "" }));
  if (format === "xlsx" && values.encoding !== undefined) return usage(io, bilingual("roster.usage.encoding-xlsx"));
  if (values.impact === true && values.out === undefined) return usage(io, bilingual("roster.usage.impact-needs-out"));
  // Worker threads only when asked: each starts cold and every record and result is copied
  // across, which on two busy cores cost more than it saved (docs/benchmarks.md).
  const threads = values.threads === undefined ? 1 : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) return usage(io, bilingual("roster.usage.threads"));
  if (threads > 1 && analyze === analyzeRoster) {
    const { analyzeInWorkers } = await import("./roster-workers.js");
    analyze = (records, options) => analyzeInWorkers(records, options, threads);
  }

  let interpretations: unknown;
  if (values.readings !== undefined) {
    const readingsPath = resolve(io.cwd, values.readings);
    const shown = shownPath(readingsPath, io.cwd);
    const read = readScenarioFile(readingsPath);
    const refused = (problem: Bilingual): number =>
      usage(io, {
        zh: say("zh-CN", "roster.usage.readings", { file: shown, problem: problem.zh }),
        en: say("en", "roster.usage.readings", { file: shown, problem: problem.en }),
      });
    if (!read.ok) return refused(read.why);
    try {
      interpretations = JSON.parse(read.text) as unknown;
    } catch {
      return refused(bilingual("roster.usage.not-json"));
    }
  }

  // The records are fed from the file once it is open; the options are checked now, before anything is read or written.
  let feed: AsyncIterable<unknown> | undefined;
  const records: AsyncIterable<unknown> = {
    [Symbol.asyncIterator]: () => {
      if (feed === undefined) throw new Error("the roster was read before its file was opened");
      return feed[Symbol.asyncIterator]();
    },
  };
  const ambiguities = values.ambiguities === true;
  const impact = values.impact === true;
  let analysis: RosterAnalysis;
  try {
    analysis = analyze(records, {
      asOf: values["as-of"],
      ...(interpretations === undefined ? {} : { interpretations: interpretations as RosterOptions["interpretations"] }),
      ...(ambiguities ? { ambiguities } : {}),
      ...(impact ? { impact } : {}),
    });
  } catch (error) {
    if (!isRuleInputError(error)) throw error;
    const lines = error.issues.map((issue) => ({ zh: `${optionOf(issue.path)}：${issue.message.zh}`, en: `${optionOf(issue.path)}: ${issue.message.en}` }));
    return usage(io, { zh: lines.map((line) => line.zh).join("\n"), en: lines.map((line) => line.en).join("\n") });
  }

  const opened = await openRoster(path, format, encoding);
  if (!opened.ok) {
    io.err(`${openProblemLines(locale, file, opened.problem).join("\n")}\n`);
    return 2;
  }
  const source = opened.source;

  const outDir = values.out === undefined ? undefined : resolve(io.cwd, values.out);
  let members: BatchedFile | undefined;
  if (outDir !== undefined) {
    try {
      mkdirSync(outDir, { recursive: true });
      members = new BatchedFile(join(outDir, "members.ndjson"));
    } catch (error) {
      source.close();
      const code = (error as { code?: unknown }).code;
      return usage(io, bilingual("roster.usage.out", { dir: shownPath(outDir, io.cwd), code: typeof code === "string" ? code : "?" }));
    }
  }

  const name = file;
  const rowOf = new Map<number, number>();
  let rows = 0;
  let bad = 0;
  let decided = 0;
  let results = 0;
  const report = (lines: readonly string[]): void => {
    if (lines.length > 0) io.err(`${lines.join("\n")}\n`);
  };
  feed = (async function* () {
    let position = 0;
    for await (const item of source.items) {
      rows += 1;
      if (item.kind === "record") {
        rowOf.set(position, item.row);
        position += 1;
        yield item.record;
        continue;
      }
      bad += 1;
      if (item.kind === "bad-cells" && source.columns !== undefined) report(badCellLines(locale, name, item.row, item.problems, source.columns));
      else report([badLineLine(locale, name, item.row)]);
    }
  })();

  const progress = new Progress(io.progress, io.now ?? (() => performance.now()), source, locale);
  let worklist: Worklist;
  try {
    for await (const member of analysis.members) {
      const row = rowOf.get(member.position) ?? member.position;
      rowOf.delete(member.position);
      if (member.valid) decided += 1;
      else {
        bad += 1;
        report(refusedLines(locale, name, source.counting, row, member.issues, source.columns));
      }
      if (members !== undefined) {
        members.write(`${JSON.stringify(withRow(member, row))}\n`);
        if (members.full) await members.flush();
      }
      results += 1;
      if (results % 64 === 0) await progress.tick(rows);
    }
    worklist = await analysis.worklist();
  } catch (error) {
    progress.stop();
    source.close();
    if (error instanceof RosterFileError) {
      await members?.close().catch(() => undefined);
      io.err(`${fileErrorLine(locale, file, error, encoding)}\n`);
      return 2;
    }
    throw error;
  }
  progress.stop();

  if (outDir !== undefined && members !== undefined) {
    await members.close();
    await writeJsonStreamed(new BatchedFile(join(outDir, "worklist.json")), worklist as unknown as Record<string, unknown>);
    const csv = new BatchedFile(join(outDir, "worklist.csv"));
    // A byte-order mark, so that spreadsheet programs read the Chinese as UTF-8.
    csv.write(`\ufeff${worklistCsvHeader(locale).map(csvField).join(",")}\r\n`);
    for (const row of worklistCsvRows(locale, worklist, committeesOf(worklist))) {
      csv.write(`${row.map(csvField).join(",")}\r\n`);
      if (csv.full) await csv.flush();
    }
    await csv.close();
    const written = ["members.ndjson", "worklist.json", "worklist.csv"];
    if (impact) {
      const impactReport = await analysis.impact();
      await writeJsonStreamed(new BatchedFile(join(outDir, "impact.json")), impactReport as unknown as Record<string, unknown>);
      const page = new BatchedFile(join(outDir, "impact.html"));
      page.write(impactReportPage(impactReport, { locale }));
      await page.close();
      written.push("impact.json", "impact.html");
    }
    io.err(`${say(locale, "roster.written", { dir: shownPath(outDir, io.cwd), files: written.join(CATALOGS[locale].explain.enumeration) })}\n`);
  }
  io.out(worklistTables(locale, worklist, ambiguities));
  io.err(`${say(locale, "roster.summary", { rows, decided, bad })}\n`);
  return bad > 0 ? 1 : 0;
}

/** A member's result with the row of the file it came from. */
function withRow(member: MemberResult, row: number): Record<string, unknown> {
  return { row, ...member };
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** How the roster command is called. */
    "roster.usage": Record<never, never>;
    /** --threads is not a whole number from 1 to 64. */
    "roster.usage.threads": Record<never, never>;
    /** Not exactly one file. */
    "roster.usage.one-file": Record<never, never>;
    /** No day given. */
    "roster.usage.as-of": Record<never, never>;
    /** A format the command does not read. */
    "roster.usage.format": { readonly given: string };
    /** A file whose name gives no format. */
    "roster.usage.format-unknown": { readonly file: string };
    /** An encoding the command does not read. */
    "roster.usage.encoding": { readonly given: string };
    /** The impact report asked for with nowhere to write it. */
    "roster.usage.impact-needs-out": Record<never, never>;
    /** An encoding given for an XLSX file. */
    "roster.usage.encoding-xlsx": Record<never, never>;
    /** The readings file, refused. */
    "roster.usage.readings": { readonly file: string; readonly problem: string };
    /** A file that should hold JSON and does not. */
    "roster.usage.not-json": Record<never, never>;
    /** The folder to write in cannot be made. */
    "roster.usage.out": { readonly dir: string; readonly code: string };
    /** The file cannot be opened. */
    "roster.file.unreadable": { readonly file: string; readonly why: string };
    /** Not a regular file. */
    "roster.file.not-a-file": { readonly file: string };
    /** A table with no header row. */
    "roster.file.no-header": { readonly file: string };
    /** exceljs, needed for XLSX, is not installed. */
    "roster.file.exceljs-missing": Record<never, never>;
    /** The file's syntax breaks off, at a row when known. */
    "roster.file.malformed": { readonly file: string; readonly row: number | null };
    /** The file's text is not in the encoding given. */
    "roster.file.not-encoded": { readonly file: string; readonly encoding: string };
    /** A JSON file that is not an array. */
    "roster.file.not-an-array": { readonly file: string };
    /** The files written. */
    "roster.written": { readonly dir: string; readonly files: string };
    /** The end: rows read, members decided, rows bad. */
    "roster.summary": { readonly rows: number; readonly decided: number; readonly bad: number };
    /** The progress bar's words. */
    "roster.progress": { readonly rows: number; readonly rate: number };
  }
}
