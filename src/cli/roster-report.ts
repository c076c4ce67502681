/**
 * What the roster command says: a bad row by its place in the file and the kind of problem
 * (never its value), a refused header by its columns, and the worklist as tables for the
 * terminal and rows for `worklist.csv`.
 *
 * @module
 */
import Table from "cli-table3";
import type { CitationId } from "../clauses/citation.js";
import { labelFor } from "../decision/explain.js";
import type { InputIssueCode } from "../errors.js";
import type { Bilingual } from "../locales/catalog.js";
import { renderPath } from "../errors.js";
import { CATALOGS, inLocale, type Locale } from "../locales/index.js";
import { bilingual, say } from "../locales/tools.js";
import { ABSENCE_DOCUMENT_NAMES } from "../rules/document-for-absence.js";
import type { RecordIssue } from "../roster/analyze.js";
import type { WorkItem, Worklist } from "../roster/worklist.js";
import { columnLetter, type CellProblem, type HeaderProblem, type PathSegment, type RosterColumns } from "./roster-columns.js";
import type { RowCounting } from "./roster-sources.js";

/** How many items of a section the terminal shows; the files have them all. */
export const TERMINAL_ROWS = 20;

/** A text in the language of the report. */

// ── bad rows ──────────────────────────────────────────────────────────────────────

/** The words of an issue's kind. */
export function issueWords(code: InputIssueCode): Bilingual {
  return bilingual(`roster.issue.${code}`);
}

function cellWords(problem: CellProblem): Bilingual {
  return bilingual(`roster.cell.${problem.expected}`);
}

/** Where a row is, as its format counts it. */
function rowWhere(locale: Locale, file: string, counting: RowCounting, row: number): string {
  return say(locale, counting === "index" ? "roster.where.index" : counting === "line" ? "roster.where.line" : "roster.where.row", { file, row });
}

function columnsWhere(locale: Locale, columns: RosterColumns, found: readonly number[], path: readonly PathSegment[]): string {
  const [first] = found;
  if (first === undefined) return fieldWhere(locale, path);
  if (found.length === 1) {
    const name = columns.names[first] ?? "";
    const inside = path.slice(name.split(".").length);
    return say(locale, "roster.where.column", { letter: columnLetter(first), name: inside.length === 0 ? name : `${name}${renderInside(inside)}` });
  }
  return say(locale, "roster.where.columns", { letters: found.map(columnLetter).join(CATALOGS[locale].explain.enumeration), name: renderPath([...path]) });
}

/** The rest of a path inside a JSON cell: `[3].duesPaid`. */
function renderInside(inside: readonly PathSegment[]): string {
  const rendered = renderPath(["x", ...inside]);
  return rendered.slice(1);
}

function fieldWhere(locale: Locale, path: readonly PathSegment[]): string {
  return path.length === 0 ? say(locale, "roster.where.record") : say(locale, "roster.where.field", { path: renderPath([...path]) });
}

/** The lines for a refused record: one per issue, by row and column (or field), with the kind of problem. */
export function refusedLines(locale: Locale, file: string, counting: RowCounting, row: number, issues: readonly RecordIssue[], columns: RosterColumns | undefined): string[] {
  const where = rowWhere(locale, file, counting, row);
  return issues.map((issue) => {
    const place = columns === undefined ? fieldWhere(locale, issue.path) : columnsWhere(locale, columns, columns.locate(issue.path), issue.path);
    return say(locale, "roster.bad-row", { where, place, problem: inLocale(locale, issueWords(issue.code)) });
  });
}

/** The lines for a table's row whose cells could not be read. */
export function badCellLines(locale: Locale, file: string, row: number, problems: readonly CellProblem[], columns: RosterColumns): string[] {
  const where = rowWhere(locale, file, "row", row);
  return problems.map((problem) => {
    const name = columns.names[problem.column] ?? "";
    const place = say(locale, "roster.where.column", { letter: columnLetter(problem.column), name });
    return say(locale, "roster.bad-row", { where, place, problem: inLocale(locale, cellWords(problem)) });
  });
}

/** The line for an NDJSON line that is not JSON. */
export function badLineLine(locale: Locale, file: string, row: number): string {
  return say(locale, "roster.bad-row", { where: rowWhere(locale, file, "line", row), place: say(locale, "roster.where.record"), problem: say(locale, "roster.line.not-json") });
}

/** The lines for a refused header: each column by its number and letter. */
export function headerLines(locale: Locale, file: string, names: readonly string[], problems: readonly HeaderProblem[]): string[] {
  const lines = problems.map((problem) => {
    const params = { column: problem.column + 1, letter: columnLetter(problem.column), name: names[problem.column] ?? "" };
    const other = problem.other ?? 0;
    switch (problem.kind) {
      case "unknown":
        return say(locale, "roster.header.unknown", { ...params, near: problem.near ?? null });
      case "duplicate":
        return say(locale, "roster.header.duplicate", { ...params, other: other + 1, otherLetter: columnLetter(other) });
      case "inside":
        return say(locale, "roster.header.inside", { ...params, other: other + 1, otherLetter: columnLetter(other), otherName: names[other] ?? "" });
    }
  });
  return [say(locale, "roster.header.refused", { file }), ...lines];
}

// ── the worklist ──────────────────────────────────────────────────────────────────

/** The worklist's sections, in the order the terminal and `worklist.csv` give them. */
export const SECTIONS = ["documents", "overdue", "dueSoon", "lapseCandidates", "withoutLiaison", "ambiguous"] as const;
/** A section of the worklist. */
export type Section = (typeof SECTIONS)[number];


/** What an item asks for, in words: the document, the obligation, the run of months, the liaison, the readings in question. */
export function itemWords(locale: Locale, item: WorkItem): string {
  const catalog = CATALOGS[locale];
  const separator = catalog.explain.enumeration;
  switch (item.kind) {
    case "document":
      return inLocale(locale, ABSENCE_DOCUMENT_NAMES[item.document]);
    case "obligation":
      return catalog.terms.obligations[item.obligation];
    case "lapse-candidate":
      return say(locale, "roster.item.lapse", { months: item.months, criteria: item.criteria.map((criterion) => catalog.terms.lapseCriteria[criterion]).join(separator) });
    case "liaison":
      return say(locale, "roster.item.liaison", { proposed: item.proposed });
    case "ambiguous":
      return `${catalog.rules[item.rule].title}${catalog.explain.colon}${item.interpretations
        .map((id) => catalog.explain.interpretation(id, Number(/^Q(\d+)\./.exec(id)?.[1])))
        .join(separator)}`;
  }
}

/** The member an item is for, or the words for a branch's own obligation. */
export function memberWords(locale: Locale, item: WorkItem): string {
  return item.memberId ?? say(locale, "roster.item.branch-itself");
}

/** The committee a branch is counted under, by branch. */
export function committeesOf(worklist: Worklist): ReadonlyMap<string, string> {
  const byBranch = new Map<string, string>();
  for (const branch of worklist.branches) {
    const [committee] = branch.committees;
    if (committee !== undefined) byBranch.set(branch.branch, committee);
  }
  return byBranch;
}

/** The header of `worklist.csv`. */
export function worklistCsvHeader(locale: Locale): string[] {
  return ["kind", "member", "branch", "committee", "clause", "due", "what"].map((column) => say(locale, `roster.column.${column as WorklistColumn}`));
}

type WorklistColumn = "kind" | "member" | "branch" | "committee" | "clause" | "due" | "what";

/** The rows of `worklist.csv` for one section. */
export function* worklistCsvRows(locale: Locale, worklist: Worklist, committees: ReadonlyMap<string, string>): Generator<string[], void, undefined> {
  for (const section of SECTIONS) {
    const kind = say(locale, `roster.section.${section}`);
    for (const item of worklist[section]) {
      yield [kind, memberWords(locale, item), item.branch, committees.get(item.branch) ?? "", labelFor(item.clause, locale), item.due ?? "", itemWords(locale, item)];
    }
  }
}

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe.trim() !== safe ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// ── the terminal ──────────────────────────────────────────────────────────────────

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A text cut into lines of at most `width` columns (a Chinese character takes two); words of Latin letters are kept whole. */
export function wrapText(text: string, width: number): string {
  const tokens = text.match(/[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const token of tokens) {
    const size = [...token].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
    if (/^\s+$/u.test(token)) {
      if (used > 0 && used + size <= width) {
        line += token;
        used += size;
      }
      continue;
    }
    if (used > 0 && used + size > width) {
      lines.push(line.trimEnd());
      line = "";
      used = 0;
    }
    line += token;
    used += size;
  }
  if (line !== "") lines.push(line.trimEnd());
  return lines.join("\n");
}

const TABLE_STYLE = { head: [] as string[], border: [] as string[], compact: true };

function table(head: readonly string[]): Table.Table {
  return new Table({ head: [...head], style: TABLE_STYLE });
}

/** The date as the report shows it. */
function dateWords(locale: Locale, date: string | null): string {
  return date === null ? "—" : CATALOGS[locale].date(date);
}

const COUNT_COLUMNS = ["members", "documents", "overdue", "dueSoon", "lapseCandidates", "withoutLiaison", "liaisonShortfall", "ambiguous"] as const;

/** The worklist as the terminal shows it: the counts by branch (and committee), then each section, at most {@link TERMINAL_ROWS} items each. */
export function worklistTables(locale: Locale, worklist: Worklist, ambiguities: boolean): string {
  const out: string[] = [];
  const columns = COUNT_COLUMNS.filter((column) => column !== "ambiguous" || ambiguities);
  const counts = columns.map((column) => say(locale, `roster.count.${column}`));
  const committees = committeesOf(worklist);
  const hasCommittees = worklist.committees.length > 0;
  out.push(say(locale, "roster.heading.as-of", { date: worklist.asOf }));
  out.push(say(locale, "roster.heading.branches"));
  const branches = table([say(locale, "roster.column.branch"), ...(hasCommittees ? [say(locale, "roster.column.committee")] : []), ...counts]);
  for (const branch of worklist.branches) {
    branches.push([branch.branch, ...(hasCommittees ? [committees.get(branch.branch) ?? ""] : []), ...columns.map((column) => String(branch[column]))]);
  }
  out.push(branches.toString());
  if (hasCommittees) {
    out.push(say(locale, "roster.heading.committees"));
    const byCommittee = table([say(locale, "roster.column.committee"), say(locale, "roster.count.branches"), ...counts]);
    for (const committee of worklist.committees) {
      byCommittee.push([committee.committee, String(committee.branches), ...columns.map((column) => String(committee[column]))]);
    }
    out.push(byCommittee.toString());
  }
  if (worklist.refused > 0) out.push(say(locale, "roster.heading.refused", { count: worklist.refused }));
  for (const section of SECTIONS) {
    if (section === "ambiguous" && !ambiguities) continue;
    const items = worklist[section];
    out.push(say(locale, "roster.heading.section", { title: say(locale, `roster.section.${section}`), count: items.length }));
    if (items.length === 0) continue;
    const dated = section === "documents" || section === "overdue" || section === "dueSoon";
    const head: WorklistColumn[] = ["member", "branch", "clause", ...(dated ? (["due"] as const) : []), "what"];
    const rows = table(head.map((column) => say(locale, `roster.column.${column}`)));
    for (const item of items.slice(0, TERMINAL_ROWS)) {
      rows.push([
        memberWords(locale, item),
        item.branch,
        wrapText(labelFor(item.clause, locale), 24),
        ...(dated ? [dateWords(locale, item.due)] : []),
        wrapText(itemWords(locale, item), 40),
      ]);
    }
    if (items.length > TERMINAL_ROWS) rows.push([{ colSpan: head.length, content: say(locale, "roster.more", { count: items.length - TERMINAL_ROWS }) }]);
    out.push(rows.toString());
  }
  return `${out.join("\n")}\n`;
}

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** A record refused: a required field is absent. */
    "roster.issue.missing": Record<never, never>;
    /** A record refused: a value of the wrong type. */
    "roster.issue.wrong-type": Record<never, never>;
    /** A record refused: a date that is not a real date written YYYY-MM-DD. */
    "roster.issue.invalid-date": Record<never, never>;
    /** A record refused: a value not among the allowed values. */
    "roster.issue.invalid-value": Record<never, never>;
    /** A record refused: a number, a list or a date out of range. */
    "roster.issue.out-of-range": Record<never, never>;
    /** A record refused: a field its block does not have. */
    "roster.issue.unknown-field": Record<never, never>;
    /** A record refused: facts that contradict each other. */
    "roster.issue.inconsistent": Record<never, never>;
    /** A record refused: a text of the wrong form. */
    "roster.issue.invalid-format": Record<never, never>;
    /** A table's cell that should hold a boolean. */
    "roster.cell.boolean": Record<never, never>;
    /** A table's cell that should hold a number. */
    "roster.cell.number": Record<never, never>;
    /** A table's cell that should hold a list or an object, as JSON. */
    "roster.cell.json": Record<never, never>;
    /** A table's cell past the header's last column, or under a column with no name. */
    "roster.cell.nothing": Record<never, never>;
    /** An NDJSON line that is not JSON. */
    "roster.line.not-json": Record<never, never>;
    /** A table's row. */
    "roster.where.row": { readonly file: string; readonly row: number };
    /** An NDJSON line. */
    "roster.where.line": { readonly file: string; readonly row: number };
    /** A JSON array's element, by its index from 0. */
    "roster.where.index": { readonly file: string; readonly row: number };
    /** A column, by letter and header name. */
    "roster.where.column": { readonly letter: string; readonly name: string };
    /** Several columns under one block. */
    "roster.where.columns": { readonly letters: string; readonly name: string };
    /** A field of a record by its path. */
    "roster.where.field": { readonly path: string };
    /** The record as a whole. */
    "roster.where.record": Record<never, never>;
    /** A bad row: where, which column or field, what kind of problem; the row is passed over. */
    "roster.bad-row": { readonly where: string; readonly place: string; readonly problem: string };
    /** A header refused: nothing was read. */
    "roster.header.refused": { readonly file: string };
    /** A column the member's record does not have. */
    "roster.header.unknown": { readonly column: number; readonly letter: string; readonly name: string; readonly near: string | null };
    /** A column named twice. */
    "roster.header.duplicate": { readonly column: number; readonly letter: string; readonly name: string; readonly other: number; readonly otherLetter: string };
    /** A column inside the field another column holds whole, or holding one another column is part of. */
    "roster.header.inside": {
      readonly column: number;
      readonly letter: string;
      readonly name: string;
      readonly other: number;
      readonly otherLetter: string;
      readonly otherName: string;
    };
    /** A run of months of a 党章 第九条 failure. */
    "roster.item.lapse": { readonly months: 5 | 6; readonly criteria: string };
    /** A member away without a liaison: the one 3.2.1's assignment gives, or none. */
    "roster.item.liaison": { readonly proposed: string | null };
    /** A branch's own obligation, in the member's place. */
    "roster.item.branch-itself": Record<never, never>;
    /** The worklist's day. */
    "roster.heading.as-of": { readonly date: string };
    /** The counts by branch. */
    "roster.heading.branches": Record<never, never>;
    /** The counts by committee. */
    "roster.heading.committees": Record<never, never>;
    /** Records refused. */
    "roster.heading.refused": { readonly count: number };
    /** A section's heading and count. */
    "roster.heading.section": { readonly title: string; readonly count: number };
    /** The items a section holds beyond those shown. */
    "roster.more": { readonly count: number };
    /** Documents to issue. */
    "roster.section.documents": Record<never, never>;
    /** Obligations overdue. */
    "roster.section.overdue": Record<never, never>;
    /** Obligations due within 30 days. */
    "roster.section.dueSoon": Record<never, never>;
    /** Lapse candidates. */
    "roster.section.lapseCandidates": Record<never, never>;
    /** Members away without a liaison. */
    "roster.section.withoutLiaison": Record<never, never>;
    /** Decisions marked ambiguous. */
    "roster.section.ambiguous": Record<never, never>;
    /** A column of the worklist: the kind of item. */
    "roster.column.kind": Record<never, never>;
    /** A column: the member. */
    "roster.column.member": Record<never, never>;
    /** A column: the branch. */
    "roster.column.branch": Record<never, never>;
    /** A column: the committee. */
    "roster.column.committee": Record<never, never>;
    /** A column: the clause. */
    "roster.column.clause": Record<never, never>;
    /** A column: the due date. */
    "roster.column.due": Record<never, never>;
    /** A column: what is asked. */
    "roster.column.what": Record<never, never>;
    /** A count: members. */
    "roster.count.members": Record<never, never>;
    /** A count: a committee's branches. */
    "roster.count.branches": Record<never, never>;
    /** A count: documents to issue. */
    "roster.count.documents": Record<never, never>;
    /** A count: overdue. */
    "roster.count.overdue": Record<never, never>;
    /** A count: due soon. */
    "roster.count.dueSoon": Record<never, never>;
    /** A count: lapse candidates. */
    "roster.count.lapseCandidates": Record<never, never>;
    /** A count: members without a liaison. */
    "roster.count.withoutLiaison": Record<never, never>;
    /** A count: liaisons the branch lacks. */
    "roster.count.liaisonShortfall": Record<never, never>;
    /** A count: ambiguous decisions. */
    "roster.count.ambiguous": Record<never, never>;
  }
}
