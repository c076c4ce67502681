/**
 * The impact report's page: every caller value escaped, nothing loaded from elsewhere,
 * every reading with its numbers and one bar per branch (capped), both locales, the
 * Chinese page free of English and of identifiers, the same report giving the same page.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { INTERPRETATIONS, documentForAbsence, isRuleInputError, managementMode, type ManagementFacts } from "mobile-member-rules";
import { CHART_BARS, escapeHtml, impactReportPage } from "../../src/cli/impact-page.js";
import type { InterpretationAlternative, InterpretationId } from "../../src/interpretations/registry.js";
import { CATALOGS, LOCALES, type Locale } from "../../src/locales/index.js";
import { TOOL_CATALOGS, say } from "../../src/locales/tools.js";
import type { BranchImpact, FlippedMember, ImpactReport, ReadingImpact } from "../../src/roster/impact.js";

// ── outcomes and reports ─────────────────────────────────────────────────────

const transferLetter = documentForAbsence({ departure: "2024-01-10", expectedReturn: "2024-07-10", placeFixed: true }).outcome;
const certificateLetter = documentForAbsence({ departure: "2024-01-10", expectedReturn: "2024-07-09", placeFixed: true }).outcome;
const stableAtOrg: ManagementFacts = {
  employment: "stable",
  workplaceHasPartyOrg: true,
  industryAssociation: false,
  personnelFileHolder: "other",
  residenceFixed: true,
  residenceChangesOften: false,
};
const byWorkplace = managementMode(stableAtOrg).outcome;
const byAssociation = managementMode({ ...stableAtOrg, workplaceHasPartyOrg: false, industryAssociation: true }).outcome;

/** Every other reading of every interpretation, against its default: the registry's order. */
const EVERY_READING: readonly (readonly [InterpretationId, InterpretationAlternative, InterpretationAlternative])[] = (
  Object.keys(INTERPRETATIONS) as InterpretationId[]
)
  .sort((a, b) => Number(/^Q(\d+)/.exec(a)?.[1]) - Number(/^Q(\d+)/.exec(b)?.[1]))
  .flatMap((id) => {
    const entry = INTERPRETATIONS[id];
    return (Object.keys(entry.alternatives) as InterpretationAlternative[])
      .filter((alternative) => alternative !== entry.default)
      .map((alternative) => [id, entry.default as InterpretationAlternative, alternative] as const);
  });

function flipped(id: string, branch: string): FlippedMember {
  return {
    id,
    branch,
    refused: false,
    changed: [
      { rule: "documentForAbsence", inForce: transferLetter, alternative: certificateLetter },
      { rule: "managementMode", inForce: byWorkplace, alternative: byAssociation },
    ],
  };
}

function refusedMember(id: string, branch: string): FlippedMember {
  return { id, branch, refused: true, changed: [] };
}

function reading(
  at: number,
  branches: readonly BranchImpact[],
  examples: readonly FlippedMember[] = [],
): ReadingImpact {
  const [interpretation, inForce, alternative] = EVERY_READING[at % EVERY_READING.length] as (typeof EVERY_READING)[number];
  const sum = (key: "read" | "changed" | "refused") => branches.reduce((total, branch) => total + branch[key], 0);
  return { interpretation, inForce, alternative, read: sum("read"), changed: sum("changed"), refused: sum("refused"), branches, examples };
}

const BRANCHES: readonly BranchImpact[] = [
  { branch: "第一党支部", read: 30, changed: 4, refused: 1 },
  { branch: "第二党支部", read: 12, changed: 0, refused: 2 },
  { branch: "机关第三党支部", read: 7, changed: 7, refused: 0 },
];

/** Many branches: more than a chart draws. */
function manyBranches(count: number): BranchImpact[] {
  return Array.from({ length: count }, (_, i) => ({
    branch: `第${String(i + 1).padStart(3, "0")}党支部`,
    read: 10 + (i % 7),
    changed: i % 5,
    refused: i % 3 === 0 ? 1 : 0,
  }));
}

const REPORT: ImpactReport = {
  asOf: "2024-06-30",
  members: 1234,
  readings: [
    reading(0, BRANCHES, [flipped("m0001", "第一党支部"), refusedMember("m0002", "第二党支部")]),
    reading(1, [{ branch: "第一党支部", read: 9, changed: 0, refused: 0 }]),
    reading(2, manyBranches(45), [flipped("m0100", "第001党支部")]),
  ],
};

// ── reading the page ─────────────────────────────────────────────────────────

const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The page without its style element and its tags (the doctype included), entities decoded: what a reader sees. */
function visibleText(page: string): string {
  return decode(page.replace(/<style>[\s\S]*?<\/style>/g, " ").replace(/<[^>]*>/g, " "));
}

/** The values of every attribute, decoded: what a screen reader or a tooltip may say. */
function attributeValues(page: string): string[] {
  return [...page.matchAll(/\s[A-Za-z-]+="([^"]*)"/g)].map((match) => decode(match[1] ?? ""));
}

/** A reading's section of the page, by its position. */
function section(page: string, index: number): string {
  const start = page.indexOf(`<section id="reading-${index + 1}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf("</section>", start));
}

const bars = (html: string): number => html.match(/<g class="row">/g)?.length ?? 0;

const TAGS = new Set(
  "html head meta title body header h1 h2 p br table thead tbody tr th td a span section dl dt dd figure svg g text rect figcaption caption".split(" "),
);

/**
 * The page's markup, read as a strict tokenizer would: outside the style element, only
 * the page's own tags with double-quoted attributes holding no `"`, `<` or `>`, and
 * between them text with no `<`, `>`, `"`, `'` or a `&` other than the five escapes. A
 * caller value written unescaped breaks one of these.
 */
function markupProblems(page: string): string[] {
  const problems: string[] = [];
  const [before, rest] = page.split(/<style>[\s\S]*?<\/style>/);
  if (rest === undefined) return ["no style element"];
  for (const part of [before ?? "", rest]) {
    const tokens = part.split(/(<[^<>]*>)/);
    for (const [at, token] of tokens.entries()) {
      if (at % 2 === 1) {
        if (token === "<!doctype html>") continue;
        const tag = /^<\/?([a-z0-9]+)((?:\s+[A-Za-z-]+="[^"<>]*")*)\s*\/?>$/.exec(token);
        if (tag === null) problems.push(`malformed tag ${token}`);
        else if (!TAGS.has(tag[1] ?? "")) problems.push(`unexpected tag ${token}`);
      } else {
        // The page escapes all it writes, its own words too: no quotation mark is left bare.
        if (/[<>"']/.test(token)) problems.push(`markup character in text ${JSON.stringify(token)}`);
        if (/&(?!(?:amp|lt|gt|quot|#39);)/.test(token)) problems.push(`bare & in text ${JSON.stringify(token)}`);
      }
    }
  }
  return problems;
}

// ── caller values ────────────────────────────────────────────────────────────

const HOSTILE = ["<script>alert(1)</script>", '"onload=alert(1)', "&amp;", "' onmouseover='x", "</svg><img src=x>", "a&b<c>d\"e'f"];

/** A caller's text: any string, often made of the characters that matter to HTML. */
const callerText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "a", "=", "/", "支", ";", "#"), minLength: 1, maxLength: 12 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
  fc.constantFrom(...HOSTILE),
);

function hostileReport(id: string, branch: string): ImpactReport {
  return {
    asOf: "2024-06-30",
    members: 3,
    readings: [
      reading(0, [{ branch, read: 3, changed: 1, refused: 1 }, { branch: `${branch}x`, read: 1, changed: 0, refused: 0 }], [
        flipped(id, branch),
        refusedMember(`${id}2`, branch),
      ]),
    ],
  };
}

describe("impactReportPage: caller values", () => {
  it.each(LOCALES)("escapes hostile ids and branch names (%s)", (locale) => {
    for (const value of HOSTILE) {
      const page = impactReportPage(hostileReport(value, value), { locale });
      expect(markupProblems(page)).toEqual([]);
      // Every occurrence is the escaped one: "&amp;" is written "&amp;amp;" and nowhere else.
      expect(page).toContain(escapeHtml(value));
      expect(page.split(escapeHtml(value)).join("")).not.toContain(value);
      expect(page).not.toMatch(/<script|<img/i);
      for (const tag of page.match(/<[^<>]*>/g) ?? []) expect(tag).not.toMatch(/\son[a-z]+=/i);
      expect(visibleText(page)).toContain(value);
    }
  });

  test.prop([callerText, callerText, fc.constantFrom(...LOCALES)], { numRuns: 300 })(
    "any id and branch name is written as text, never as markup",
    (id, branch, locale) => {
      const page = impactReportPage(hostileReport(id, branch), { locale });
      expect(markupProblems(page)).toEqual([]);
      expect(page).toContain(`class="id">${escapeHtml(id)}</td>`);
      expect(page).toContain(`<title>${escapeHtml(branch)}</title>`);
    },
  );

  it("escapeHtml writes the five characters as references", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  });
});

describe("impactReportPage: offline", () => {
  it.each(LOCALES)("loads nothing from elsewhere and runs nothing (%s)", (locale) => {
    const page = impactReportPage(REPORT, { locale });
    expect(page.startsWith("<!doctype html>\n")).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/https?:/i);
    expect(page).not.toMatch(/\/\//);
    expect(page).not.toMatch(/\ssrc=/i);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|@font-face|url\(/i);
    expect(page).not.toMatch(/\son[a-z]+=/i);
    for (const href of page.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^#reading-\d+$/);
    expect(markupProblems(page)).toEqual([]);
  });
});

describe("impactReportPage: content", () => {
  it.each(LOCALES)("gives every reading with its numbers, in the summary and in its section (%s)", (locale) => {
    const page = impactReportPage(REPORT, { locale });
    expect(page).toContain(`<html lang="${locale}">`);
    expect(page).toContain(escapeHtml(say(locale, "report.as-of", { asOf: "2024-06-30" })));
    expect(page).toContain(escapeHtml(say(locale, "report.members", { count: 1234 })));
    const summary = page.slice(page.indexOf('<table class="summary">'), page.indexOf("</table>"));
    const rows = summary.match(/<tr><td[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(REPORT.readings.length);
    REPORT.readings.forEach((reading, index) => {
      const entry = INTERPRETATIONS[reading.interpretation];
      const lang = locale === "zh-CN" ? "zh" : "en";
      const texts = entry.alternatives as Readonly<Record<string, { text: { zh: string; en: string } }>>;
      const row = rows[index] ?? "";
      expect(row).toContain(`<td class="n">${reading.read}</td>`);
      expect(row).toContain(`<td class="n changed">${reading.changed}</td>`);
      expect(row).toContain(`<td class="n refused">${reading.refused}</td>`);
      expect(row).toContain(escapeHtml(entry.question[lang]));
      expect(row).toContain(escapeHtml(texts[reading.inForce]?.text[lang] ?? "?"));
      expect(row).toContain(escapeHtml(texts[reading.alternative]?.text[lang] ?? "?"));
      const own = section(page, index);
      expect(own).toContain(escapeHtml(say(locale, "report.tally", reading)));
    });
  });

  it.each(LOCALES)("labels interpretations by number in Chinese, by id in English (%s)", (locale) => {
    const page = impactReportPage(REPORT, { locale });
    const summary = page.slice(page.indexOf('<table class="summary">'), page.indexOf("</table>"));
    const labels = [...summary.matchAll(/<a href="#reading-\d+">([^<]*)<\/a>/g)].map((match) => match[1]);
    expect(labels).toEqual(
      locale === "zh-CN" ? ["解释一", "解释二", "解释二"] : ["Q1.six-month-boundary", "Q2.month-measure", "Q2.month-measure"],
    );
  });

  it("draws one bar per branch, named as the branch", () => {
    const page = impactReportPage(REPORT, { locale: "en" });
    const chart = section(page, 0);
    expect(chart).toContain('<svg role="img" aria-label="');
    expect(chart).toMatch(/<svg[^>]*>\n<title>[^<]+<\/title>/);
    expect(bars(chart)).toBe(BRANCHES.length);
    for (const branch of BRANCHES) {
      expect(chart).toContain(`<title>${branch.branch}</title><text`);
      expect(chart).toContain(`>${branch.changed} changed, ${branch.refused} undecided, of ${branch.read}</text>`);
    }
  });

  test.prop([fc.integer({ min: 1, max: 80 }), fc.constantFrom(...LOCALES)], { numRuns: 40 })(
    "caps a chart at its bars, the other branches summed into the last",
    (count, locale) => {
      const branches = manyBranches(count);
      const page = impactReportPage({ asOf: "2024-06-30", members: 1, readings: [reading(0, branches)] }, { locale });
      const chart = section(page, 0);
      expect(bars(chart)).toBe(Math.min(count, CHART_BARS));
      const other = say(locale, "report.other-branches", { count: count - (CHART_BARS - 1) });
      expect(chart.includes(`<title>${escapeHtml(other)}</title>`)).toBe(count > CHART_BARS);
      expect(chart.includes(escapeHtml(say(locale, "report.chart-capped", { shown: CHART_BARS - 1, rest: count - (CHART_BARS - 1) })))).toBe(
        count > CHART_BARS,
      );
      if (locale === "en") {
        // Every member is in exactly one bar.
        const totals = [...chart.matchAll(/>(\d+) changed, (\d+) undecided, of (\d+)<\/text>/g)].reduce(
          (sum, match) => [sum[0]! + Number(match[1]), sum[1]! + Number(match[2]), sum[2]! + Number(match[3])],
          [0, 0, 0],
        );
        const all = (key: "changed" | "refused" | "read") => branches.reduce((sum, b) => sum + b[key], 0);
        expect(totals).toEqual([all("changed"), all("refused"), all("read")]);
      }
    },
  );

  it("shortens a long branch name on its bar, and keeps it whole in the bar's title and the table", () => {
    const long = "自治区党委办公厅机关第一党支部（含信息中心、机要局、保密办公室、档案馆）";
    const page = impactReportPage(
      { asOf: "2024-06-30", members: 1, readings: [reading(0, [{ branch: long, read: 2, changed: 1, refused: 0 }], [flipped("m1", long)])] },
      { locale: "zh-CN" },
    );
    expect(page).toContain(`<title>${long}</title>`);
    expect(page).toContain(`<td rowspan="2">${long}</td>`);
    const label = /<text x="182"[^>]*>([^<]*)<\/text>/.exec(page)?.[1] ?? "";
    expect(label.endsWith("…")).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(label.length).toBeLessThan(long.length);
  });

  it.each(LOCALES)("says so when there is no reading, and when a reading changes nothing (%s)", (locale) => {
    const empty = impactReportPage({ asOf: "2024-06-30", members: 0, readings: [] }, { locale });
    expect(empty).toContain(escapeHtml(say(locale, "report.no-readings")));
    expect(empty).not.toMatch(/<section|<table|<svg/);
    expect(markupProblems(empty)).toEqual([]);

    const page = impactReportPage(REPORT, { locale });
    const unchanged = section(page, 1);
    expect(unchanged).toContain(escapeHtml(say(locale, "report.no-changes")));
    expect(unchanged).not.toMatch(/<svg|<table/);
    expect(section(page, 0)).not.toContain(escapeHtml(say(locale, "report.no-changes")));
  });

  it.each(LOCALES)("lists the members with each changed outcome side by side, and the refused (%s)", (locale) => {
    const page = impactReportPage(REPORT, { locale });
    const own = section(page, 0);
    const listed = own.slice(own.indexOf('<table class="examples">'));
    const title = (rule: "documentForAbsence" | "managementMode") => CATALOGS[locale].rules[rule].title;
    const summary = CATALOGS[locale].rules.documentForAbsence.summary;
    const manager = CATALOGS[locale].rules.managementMode.summary;
    expect(listed).toContain(
      `<td>${escapeHtml(title("documentForAbsence"))}</td><td>${escapeHtml(summary(transferLetter))}</td><td class="alternative">${escapeHtml(summary(certificateLetter))}</td>`,
    );
    expect(listed).toContain(
      `<td>${escapeHtml(title("managementMode"))}</td><td>${escapeHtml(manager(byWorkplace))}</td><td class="alternative">${escapeHtml(manager(byAssociation))}</td>`,
    );
    expect(listed).toContain('<td rowspan="2" class="id">m0001</td>');
    expect(listed).toContain(`<td class="id">m0002</td><td colspan="3" class="refused-member">${escapeHtml(say(locale, "report.refused-member"))}</td>`);
    expect(listed).toContain(escapeHtml(say(locale, "report.examples", { shown: 2, total: 14 })));
  });

  it("refuses a locale it does not speak", () => {
    let thrown: unknown;
    try {
      impactReportPage(REPORT, { locale: "fr" as Locale });
    } catch (error) {
      thrown = error;
    }
    expect(isRuleInputError(thrown)).toBe(true);
  });
});

describe("impactReportPage: the Chinese page", () => {
  /** Every reading of the registry, a capped chart, a refused member and an outcome a reading does not give: every word the page can write. */
  const callerBranches = ["Alpha Branch", "第一党支部", "branch-two"];
  const callerIds = ["member-0001", "abc", "m0002"];
  const everything: ImpactReport = {
    asOf: "2024-06-30",
    members: 99,
    readings: EVERY_READING.map((_, at) =>
      reading(
        at,
        at === 0 ? manyBranches(40) : callerBranches.map((branch, k) => ({ branch, read: 5 + k, changed: (at + k) % 3, refused: k === 1 ? 1 : 0 })),
        [
          flipped(callerIds[0] ?? "", callerBranches[0] ?? ""),
          refusedMember(callerIds[1] ?? "", callerBranches[1] ?? ""),
          { id: callerIds[2] ?? "", branch: callerBranches[2] ?? "", refused: false, changed: [{ rule: "documentForAbsence", inForce: transferLetter, alternative: undefined }] },
        ],
      ),
    ),
  };
  const zh = impactReportPage(everything);
  const en = impactReportPage(everything, { locale: "en" });

  /** The text with the caller's values blanked out. */
  const withoutCallerValues = (text: string) =>
    [...callerBranches, ...callerIds].sort((a, b) => b.length - a.length).reduce((rest, value) => rest.split(value).join(" "), text);

  it("is Chinese by default, and renders every reading of the registry in both locales", () => {
    expect(zh).toBe(impactReportPage(everything, { locale: "zh-CN" }));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(en).toContain('<html lang="en">');
    for (const page of [zh, en]) {
      expect(page.match(/<section id="reading-/g)).toHaveLength(EVERY_READING.length);
      expect(markupProblems(page)).toEqual([]);
    }
    expect(zh).toContain(escapeHtml(say("zh-CN", "report.no-outcome")));
  });

  it("has no Latin letters outside the caller's values, in its text or its attributes' words", () => {
    const offences = withoutCallerValues(visibleText(zh)).match(/[A-Za-z]{3,}/g) ?? [];
    expect(offences).toEqual([]);
    for (const name of ["aria-label"]) {
      const labels = [...zh.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((match) => decode(match[1] ?? ""));
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(withoutCallerValues(label)).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(attributeValues(zh).length).toBeGreaterThan(0);
  });

  it("has none of the English page's fixed words", () => {
    const ids = Object.keys(TOOL_CATALOGS.en.messages).filter((id) => id.startsWith("report.")) as (keyof typeof TOOL_CATALOGS.en.messages)[];
    expect(ids.length).toBeGreaterThan(20);
    const visible = withoutCallerValues(visibleText(zh));
    for (const id of ids) {
      const words = (TOOL_CATALOGS.en.messages[id] as (params: object, found: never) => string)(
        { asOf: "2024-06-30", count: 1, label: "", reading: "", read: 1, changed: 1, refused: 1, shown: 1, rest: 1, total: 1 },
        undefined as never,
      );
      for (const piece of words.split(/[^A-Za-z' ]+/).map((s) => s.trim()).filter((s) => /[A-Za-z]{3,}/.test(s))) {
        expect(visible, `${id}: ${piece}`).not.toContain(piece);
      }
    }
  });
});

describe("impactReportPage: the same report, the same page", () => {
  const branch = fc.record({ branch: callerText, read: fc.nat(1000), changed: fc.nat(100), refused: fc.nat(100) });
  const member = fc.tuple(callerText, callerText, fc.boolean()).map(([id, name, refused]) => (refused ? refusedMember(id, name) : flipped(id, name)));
  const report: fc.Arbitrary<ImpactReport> = fc.record({
    asOf: fc.constantFrom("2024-06-30", "2025-01-01"),
    members: fc.nat(10_000),
    readings: fc.array(
      fc.tuple(fc.nat(EVERY_READING.length - 1), fc.array(branch, { maxLength: 40 }), fc.array(member, { maxLength: 5 })).map(([at, branches, examples]) =>
        reading(at, branches, examples),
      ),
      { maxLength: 6 },
    ),
  });

  test.prop([report, fc.constantFrom(...LOCALES)], { numRuns: 60 })("renders a report and its copy to one string", (value, locale) => {
    const page = impactReportPage(value, { locale });
    expect(impactReportPage(structuredClone(value), { locale })).toBe(page);
    expect(markupProblems(page)).toEqual([]);
    value.readings.forEach((reading, index) => {
      const drawn = bars(section(page, index));
      expect(drawn).toBe(reading.changed + reading.refused === 0 ? 0 : Math.min(reading.branches.length, CHART_BARS));
    });
  });

  it("renders 200 readings of 30 branches and 20 members each, every reading in its section", () => {
    const readings = Array.from({ length: 200 }, (_, at) =>
      reading(at, manyBranches(30), Array.from({ length: 20 }, (_, k) => flipped(`m${at}-${k}`, `第${k}党支部`))),
    );
    // How fast is the benchmark's to say, not a test's: a busy machine would fail it.
    const page = impactReportPage({ asOf: "2024-06-30", members: 6000, readings });
    expect(page.match(/<section id="reading-/g)).toHaveLength(200);
  });
});
