/**
 * A roster's interpretation impact report as one offline HTML page: a summary of every
 * other reading, then for each a bar chart by branch (inline SVG) and the listed members'
 * outcomes side by side. The page loads nothing: no script, no stylesheet, font or image
 * from elsewhere; it reads the same from `file://` and on paper.
 *
 * Every word of the page is a catalog's (`report.*`), the registry's (questions and
 * readings) or a rule's outcome in words; every value of the caller's (member ids, branch
 * names) is escaped.
 *
 * @module
 */
import { z } from "zod";
import type { JsonValue } from "../decision/decision.js";
import { interpretationLabel } from "../decision/explain.js";
import { summaryOf, titleOf } from "../decision/render.js";
import { readInput } from "../errors.js";
import { INTERPRETATIONS, type InterpretationAlternative, type InterpretationId } from "../interpretations/registry.js";
import { CATALOGS, LOCALES, type Locale, inLocale, languageOf } from "../locales/index.js";
import { say, type AnyMessageId, type AnyParamsArgument } from "../locales/tools.js";
import type { BranchImpact, FlippedMember, FlippedOutcome, ImpactReport, ReadingImpact } from "../roster/impact.js";

/** How many bars a reading's chart draws at most: beyond it, the branches least affected are summed into the last bar. */
export const CHART_BARS = 30;

/** Options of {@link impactReportPage}. */
export interface ImpactPageOptions {
  /** The page's language; Chinese by default. */
  readonly locale?: Locale;
}

const LocaleSchema = z.enum(LOCALES as [Locale, ...Locale[]]);

/**
 * The impact report as a self-contained HTML page: the same report gives the same page.
 *
 * @throws {@link RuleInputError} when the locale is not one of {@link LOCALES}
 */
export function impactReportPage(report: ImpactReport, options?: ImpactPageOptions): string {
  const locale = readInput("impactReportPage", LocaleSchema, options?.locale ?? "zh-CN");
  const words = wordsIn(locale);
  const title = words("report.title");
  const parts: string[] = [
    "<!doctype html>",
    `<html lang="${escapeHtml(CATALOGS[locale].locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(words("report.as-of", { asOf: report.asOf }))}<br>${escapeHtml(
      words("report.members", { count: report.members }),
    )}</p>`,
    `<p class="explanation">${escapeHtml(words("report.explanation"))}</p>`,
    "</header>",
    `<h2>${escapeHtml(words("report.summary"))}</h2>`,
  ];
  if (report.readings.length === 0) {
    parts.push(`<p class="none">${escapeHtml(words("report.no-readings"))}</p>`);
  } else {
    parts.push(summaryTable(report.readings, locale));
    report.readings.forEach((reading, index) => parts.push(readingSection(reading, index, locale)));
  }
  parts.push("</body>", "</html>", "");
  return parts.join("\n");
}

/**
 * Text or an attribute's value made safe inside HTML and SVG: `&`, `<`, `>`, `"` and `'`
 * written as character references.
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char as keyof typeof ESCAPES]);
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" } as const;

type Words = <Id extends AnyMessageId>(id: Id, ...params: AnyParamsArgument<Id>) => string;

function wordsIn(locale: Locale): Words {
  return (id, ...params) => say(locale, id, ...params);
}

// ── the words of the registry ────────────────────────────────────────────────

function label(id: InterpretationId, locale: Locale): string {
  return Object.hasOwn(INTERPRETATIONS, id) ? interpretationLabel(id, locale) : id;
}

function question(id: InterpretationId, locale: Locale): string {
  return Object.hasOwn(INTERPRETATIONS, id) ? inLocale(locale, INTERPRETATIONS[id].question) : "";
}

function readingText(id: InterpretationId, alternative: InterpretationAlternative, locale: Locale): string {
  if (!Object.hasOwn(INTERPRETATIONS, id)) return alternative;
  const readings = INTERPRETATIONS[id].alternatives as Readonly<Record<string, { readonly text: { readonly zh: string; readonly en: string } }>>;
  return Object.hasOwn(readings, alternative) ? (readings[alternative]?.text[languageOf(locale)] ?? alternative) : alternative;
}

/** A reading's text set inside a heading: without its closing full stop. */
function embedded(text: string): string {
  return text.replace(/[。.]$/u, "");
}

// ── the summary ──────────────────────────────────────────────────────────────

function summaryTable(readings: readonly ReadingImpact[], locale: Locale): string {
  const words = wordsIn(locale);
  const rows = readings.map(
    (reading, index) =>
      "<tr>" +
      `<td class="label"><a href="#reading-${index + 1}">${escapeHtml(label(reading.interpretation, locale))}</a></td>` +
      `<td>${escapeHtml(question(reading.interpretation, locale))}</td>` +
      `<td>${escapeHtml(readingText(reading.interpretation, reading.inForce, locale))}</td>` +
      `<td><span class="arrow" aria-hidden="true">→</span> ${escapeHtml(readingText(reading.interpretation, reading.alternative, locale))}</td>` +
      `<td class="n">${count(reading.read)}</td>` +
      `<td class="n changed">${count(reading.changed)}</td>` +
      `<td class="n refused">${count(reading.refused)}</td>` +
      "</tr>",
  );
  return [
    '<table class="summary">',
    "<thead><tr>" +
      `<th scope="col">${escapeHtml(words("report.column.interpretation"))}</th>` +
      `<th scope="col">${escapeHtml(words("report.column.question"))}</th>` +
      `<th scope="col">${escapeHtml(words("report.column.in-force"))}</th>` +
      `<th scope="col">${escapeHtml(words("report.column.alternative"))}</th>` +
      `<th scope="col" class="n">${escapeHtml(words("report.column.read"))}</th>` +
      `<th scope="col" class="n">${escapeHtml(words("report.column.changed"))}</th>` +
      `<th scope="col" class="n">${escapeHtml(words("report.column.refused"))}</th>` +
      "</tr></thead>",
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
  ].join("\n");
}

/** A count as the page writes it: the caller's number, or 0 for one that is not a count. */
function count(n: number): string {
  return String(amount(n));
}

function amount(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

// ── a reading ────────────────────────────────────────────────────────────────

function readingSection(reading: ReadingImpact, index: number, locale: Locale): string {
  const words = wordsIn(locale);
  const name = label(reading.interpretation, locale);
  const parts = [
    `<section id="reading-${index + 1}">`,
    `<h2>${escapeHtml(words("report.reading", { label: name, reading: embedded(readingText(reading.interpretation, reading.alternative, locale)) }))}</h2>`,
    "<dl>",
    `<dt>${escapeHtml(words("report.column.question"))}</dt><dd>${escapeHtml(question(reading.interpretation, locale))}</dd>`,
    `<dt>${escapeHtml(words("report.column.in-force"))}</dt><dd>${escapeHtml(readingText(reading.interpretation, reading.inForce, locale))}</dd>`,
    `<dt>${escapeHtml(words("report.column.alternative"))}</dt><dd>${escapeHtml(readingText(reading.interpretation, reading.alternative, locale))}</dd>`,
    "</dl>",
    `<p class="tally">${escapeHtml(
      words("report.tally", { read: amount(reading.read), changed: amount(reading.changed), refused: amount(reading.refused) }),
    )}</p>`,
  ];
  if (amount(reading.changed) + amount(reading.refused) === 0) {
    parts.push(`<p class="none">${escapeHtml(words("report.no-changes"))}</p>`);
  } else {
    if (reading.branches.length > 0) parts.push(chart(reading, name, locale));
    if (reading.examples.length > 0) parts.push(examplesTable(reading, locale));
  }
  parts.push("</section>");
  return parts.join("\n");
}

// ── the chart ────────────────────────────────────────────────────────────────

const WIDTH = 760;
const LABEL_END = 182;
const BAR_X = 190;
const BAR_WIDTH = 340;
const VALUE_X = 540;
const LEGEND_HEIGHT = 30;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;
/** A branch's name longer than this, in half-width units (a Chinese character counts two), is shortened in the chart; its bar keeps the full name as a tooltip. */
const LABEL_UNITS = 26;

interface Bar {
  readonly name: string;
  readonly read: number;
  readonly changed: number;
  readonly refused: number;
}

/**
 * The bars of a reading's chart: one per branch, in the report's order; beyond
 * {@link CHART_BARS} branches, the most affected (changed and refused, then read, then
 * the report's order) and one bar for the rest.
 */
function barsOf(branches: readonly BranchImpact[], locale: Locale): { readonly bars: readonly Bar[]; readonly rest: number } {
  const plain = (branch: BranchImpact): Bar => ({
    name: branch.branch,
    read: amount(branch.read),
    changed: amount(branch.changed),
    refused: amount(branch.refused),
  });
  if (branches.length <= CHART_BARS) return { bars: branches.map(plain), rest: 0 };
  const ranked = branches
    .map((branch, order) => ({ bar: plain(branch), order }))
    .sort((a, b) => b.bar.changed + b.bar.refused - (a.bar.changed + a.bar.refused) || b.bar.read - a.bar.read || a.order - b.order);
  const shown = ranked.slice(0, CHART_BARS - 1).map(({ bar }) => bar);
  const others = ranked.slice(CHART_BARS - 1).map(({ bar }) => bar);
  const sum = (key: "read" | "changed" | "refused") => others.reduce((total, bar) => total + bar[key], 0);
  const rest: Bar = {
    name: say(locale, "report.other-branches", { count: others.length }),
    read: sum("read"),
    changed: sum("changed"),
    refused: sum("refused"),
  };
  return { bars: [...shown, rest], rest: others.length };
}

function chart(reading: ReadingImpact, name: string, locale: Locale): string {
  const words = wordsIn(locale);
  const { bars, rest } = barsOf(reading.branches, locale);
  const most = Math.max(1, ...bars.map((bar) => Math.max(bar.read, bar.changed + bar.refused)));
  const scale = BAR_WIDTH / most;
  const height = LEGEND_HEIGHT + bars.length * ROW_HEIGHT + 6;
  const caption = words("report.chart", { label: name });
  const rows = bars.map((bar, row) => {
    const y = LEGEND_HEIGHT + row * ROW_HEIGHT;
    const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const textY = y + ROW_HEIGHT / 2 + 4.5;
    const changed = bar.changed * scale;
    const refused = bar.refused * scale;
    return (
      `<g class="row"><title>${escapeHtml(bar.name)}</title>` +
      `<text x="${LABEL_END}" y="${fixed(textY)}" text-anchor="end">${escapeHtml(shortened(bar.name))}</text>` +
      `<rect class="read" x="${BAR_X}" y="${fixed(barY)}" width="${fixed(bar.read * scale)}" height="${BAR_HEIGHT}"/>` +
      `<rect class="changed" x="${BAR_X}" y="${fixed(barY)}" width="${fixed(changed)}" height="${BAR_HEIGHT}"/>` +
      `<rect class="refused" x="${fixed(BAR_X + changed)}" y="${fixed(barY)}" width="${fixed(refused)}" height="${BAR_HEIGHT}"/>` +
      `<text class="value" x="${VALUE_X}" y="${fixed(textY)}">${escapeHtml(
        words("report.bar", { read: bar.read, changed: bar.changed, refused: bar.refused }),
      )}</text>` +
      "</g>"
    );
  });
  const legend = [
    ["changed", words("report.column.changed")],
    ["refused", words("report.column.refused")],
    ["read", words("report.column.read")],
  ]
    .map(
      ([kind, text], at) =>
        `<rect class="${kind}" x="${BAR_X + at * 120}" y="8" width="12" height="12"/>` +
        `<text x="${BAR_X + at * 120 + 17}" y="18.5">${escapeHtml(text ?? "")}</text>`,
    )
    .join("");
  return [
    '<figure class="chart">',
    `<svg role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    `<title>${escapeHtml(caption)}</title>`,
    `<g class="legend" aria-hidden="true">${legend}</g>`,
    ...rows,
    "</svg>",
    `<figcaption>${escapeHtml(caption)}${
      rest > 0 ? `<br>${escapeHtml(words("report.chart-capped", { shown: CHART_BARS - 1, rest }))}` : ""
    }</figcaption>`,
    "</figure>",
  ].join("\n");
}

/** A coordinate written the same way every time: at most two decimals. */
function fixed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A branch's name as its bar is labelled: whole, or its beginning and "…" when it would not fit. */
function shortened(name: string): string {
  const chars = Array.from(name);
  let units = 0;
  for (const [at, char] of chars.entries()) {
    units += wide(char) ? 2 : 1;
    if (units > LABEL_UNITS) return `${chars.slice(0, at === 0 ? 0 : at - 1).join("")}…`;
  }
  return name;
}

function wide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x1100 && !(code >= 0xff61 && code <= 0xffdc);
}

// ── the members listed ───────────────────────────────────────────────────────

function examplesTable(reading: ReadingImpact, locale: Locale): string {
  const words = wordsIn(locale);
  const rows = reading.examples.flatMap((member) => memberRows(member, locale));
  return [
    '<table class="examples">',
    `<caption>${escapeHtml(
      words("report.examples", {
        shown: reading.examples.length,
        total: Math.max(reading.examples.length, amount(reading.changed) + amount(reading.refused)),
      }),
    )}</caption>`,
    "<thead><tr>" +
      `<th scope="col">${escapeHtml(words("report.column.branch"))}</th>` +
      `<th scope="col">${escapeHtml(words("report.column.member"))}</th>` +
      `<th scope="col">${escapeHtml(words("report.column.rule"))}</th>` +
      `<th scope="col">${escapeHtml(words("report.column.under-in-force"))}</th>` +
      `<th scope="col">${escapeHtml(words("report.column.under-alternative"))}</th>` +
      "</tr></thead>",
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
  ].join("\n");
}

function memberRows(member: FlippedMember, locale: Locale): string[] {
  const who = (span: number) => {
    const rowspan = span > 1 ? ` rowspan="${span}"` : "";
    return `<td${rowspan}>${escapeHtml(member.branch)}</td><td${rowspan} class="id">${escapeHtml(member.id)}</td>`;
  };
  if (member.refused || member.changed.length === 0) {
    return [`<tr class="member">${who(1)}<td colspan="3" class="refused-member">${escapeHtml(say(locale, "report.refused-member"))}</td></tr>`];
  }
  return member.changed.map(
    (flip, at) =>
      `<tr${at === 0 ? ' class="member"' : ""}>${at === 0 ? who(member.changed.length) : ""}` +
      `<td>${escapeHtml(titleOf(flip.rule, locale))}</td>` +
      `<td>${escapeHtml(outcomeWords(flip, flip.inForce, locale))}</td>` +
      `<td class="alternative">${escapeHtml(outcomeWords(flip, flip.alternative, locale))}</td></tr>`,
  );
}

/**
 * An outcome in words, as `outcomeText` writes it, without checking the outcome again: a
 * report's outcomes are the rules' own, and checking each one listed would take most of
 * the time of a large report's page.
 */
function outcomeWords(flip: FlippedOutcome, outcome: FlippedOutcome["inForce"], locale: Locale): string {
  return outcome === undefined ? say(locale, "report.no-outcome") : summaryOf(flip.rule, outcome as JsonValue, locale);
}

// ── the style ────────────────────────────────────────────────────────────────

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1a1a1a; background: #fff; margin: 2rem auto; max-width: 62rem; padding: 0 1.25rem; line-height: 1.6; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid #ccc; }
.meta { color: #444; margin: 0 0 .8rem; }
.explanation { margin: 0 0 1rem; }
.none { color: #444; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #f2f2f2; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.label { white-space: nowrap; }
td.changed { color: #8b1a1a; font-weight: bold; }
td.refused { color: #9a5b00; }
.refused-member { color: #9a5b00; }
.arrow { color: #666; }
a { color: inherit; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
dt { font-weight: bold; }
dd { margin: 0; }
.tally { font-weight: bold; }
figure.chart { margin: .8rem 0 1rem; }
figure.chart svg { width: 100%; max-width: 760px; height: auto; display: block; font-size: 13px; font-family: inherit; }
svg text { fill: #1a1a1a; }
svg rect.read { fill: #e8e8e8; stroke: #aaa; stroke-width: .5; }
svg rect.changed { fill: #8b1a1a; }
svg rect.refused { fill: #e0a040; }
figcaption { color: #444; font-size: .9rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { text-decoration: none; }
  figure.chart, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;

type Counts = { readonly read: number; readonly changed: number; readonly refused: number };

declare module "../locales/catalog.js" {
  interface ToolMessages {
    /** The page's title. */
    "report.title": Record<never, never>;
    /** The day of the report (`asOf`), as a date. */
    "report.as-of": { readonly asOf: string };
    /** How many members were decided. */
    "report.members": { readonly count: number };
    /** What the page shows, in a paragraph. */
    "report.explanation": Record<never, never>;
    /** A report with no reading: the decisions read no interpretation. */
    "report.no-readings": Record<never, never>;
    /** The heading of the summary table. */
    "report.summary": Record<never, never>;
    /** Column and label: the interpretation. */
    "report.column.interpretation": Record<never, never>;
    /** Column and label: its question. */
    "report.column.question": Record<never, never>;
    /** Column and label: the reading in force. */
    "report.column.in-force": Record<never, never>;
    /** Column and label: the other reading. */
    "report.column.alternative": Record<never, never>;
    /** Column and legend: members whose decisions read the interpretation. */
    "report.column.read": Record<never, never>;
    /** Column and legend: members with an outcome the reading changes. */
    "report.column.changed": Record<never, never>;
    /** Column and legend: members the reading cannot decide. */
    "report.column.refused": Record<never, never>;
    /** Column: the member's branch. */
    "report.column.branch": Record<never, never>;
    /** Column: the member. */
    "report.column.member": Record<never, never>;
    /** Column: the rule whose outcome changes. */
    "report.column.rule": Record<never, never>;
    /** Column: the outcome under the reading in force. */
    "report.column.under-in-force": Record<never, never>;
    /** Column: the outcome under the other reading. */
    "report.column.under-alternative": Record<never, never>;
    /** A reading's section heading: the interpretation's name and the other reading. */
    "report.reading": { readonly label: string; readonly reading: string };
    /** A reading's counts in a sentence. */
    "report.tally": Counts;
    /** A reading that changes nothing and decides everyone. */
    "report.no-changes": Record<never, never>;
    /** A chart's title and accessible name. */
    "report.chart": { readonly label: string };
    /** The numbers beside a bar. */
    "report.bar": Counts;
    /** The last bar of a capped chart: the other branches, summed. */
    "report.other-branches": { readonly count: number };
    /** Under a capped chart: how many branches it shows, and how many are summed. */
    "report.chart-capped": { readonly shown: number; readonly rest: number };
    /** The caption of the members listed: how many are listed, of how many flipped. */
    "report.examples": { readonly shown: number; readonly total: number };
    /** A listed member the reading cannot decide. */
    "report.refused-member": Record<never, never>;
    /** An outcome the rule does not give under a reading. */
    "report.no-outcome": Record<never, never>;
  }
}
