import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  CLAUSE_IDS,
  OPINION_CLAUSES,
  SUPERIOR_RULES,
  SUPERIOR_RULE_IDS,
  citationLabel,
  isCitationId,
  isClauseId,
  isSuperiorRuleId,
  lookUpCitation,
  type ClauseKind,
} from "mobile-member-rules";

const projectText = fileURLToPath(new URL("../../docs/policy/opinion.zh.md", import.meta.url));
// CI and developers have the policy folder beside the repository.
const sharedPolicy = fileURLToPath(new URL("../../../shared/policy/", import.meta.url));

/** The paragraphs of the official text: `[id] text` lines, in order. */
function paragraphsOf(markdown: string): [string, string][] {
  return markdown
    .split("\n")
    .map((line) => /^\[([^\]]+)\] (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1] ?? "", match[2] ?? ""]);
}

describe("the clause registry", () => {
  const official = paragraphsOf(readFileSync(projectText, "utf8"));

  it("has 28 clauses", () => {
    expect(CLAUSE_IDS).toHaveLength(28);
    expect(Object.keys(OPINION_CLAUSES)).toEqual([...CLAUSE_IDS]);
  });

  it("holds every paragraph of the official text, in order, under its id", () => {
    expect(official.map(([id]) => id)).toEqual([...CLAUSE_IDS]);
  });

  it("holds the official Chinese text of each paragraph exactly", () => {
    for (const [id, text] of official) {
      expect(isClauseId(id)).toBe(true);
      if (isClauseId(id)) expect(OPINION_CLAUSES[id].zh).toBe(text);
    }
  });

  it("gives each clause its label, an English rendering and at least one kind", () => {
    const labels = new Set<string>();
    for (const id of CLAUSE_IDS) {
      const clause = OPINION_CLAUSES[id];
      expect(clause.id).toBe(id);
      expect(clause.en.length).toBeGreaterThan(10);
      expect(clause.kinds.length).toBeGreaterThan(0);
      labels.add(clause.label);
    }
    expect(labels.size).toBe(CLAUSE_IDS.length);
  });

  it("renders in English what the Chinese says, without building a reading into the clause", () => {
    // 外出地点、时间不确定: whether one of the two suffices is interpretation Q3, not the clause.
    expect(OPINION_CLAUSES["2.1.1"].en).not.toMatch(/place or time/);
    expect(OPINION_CLAUSES["2.1.1"].en).toMatch(/Q3/);
    // "within 6 months" is 6个月以内 here; 二（一）4 applies once the six months have passed.
    expect(OPINION_CLAUSES["2.1.4"].en).not.toMatch(/within 6 months/);
    expect(OPINION_CLAUSES["2.1.4"].en).toMatch(/after 6 months/);
    expect(OPINION_CLAUSES["2.2.3"].en).toMatch(/ideological quality/);
    expect(OPINION_CLAUSES["1.2.3"].en).toMatch(/unified management/);
    expect(OPINION_CLAUSES["3.2.3"].en).not.toMatch(/call on/);
    expect(OPINION_CLAUSES["3.2.3"].en).toMatch(/上门慰问/);
  });

  it("labels follow the outline numbering of the text", () => {
    expect(OPINION_CLAUSES["2.1.1"].label).toBe("二（一）1");
    expect(OPINION_CLAUSES["1.2.3"].label).toBe("一（二）3");
    expect(OPINION_CLAUSES["3.3"].label).toBe("三（三）");
    expect(OPINION_CLAUSES.preamble.label).toBe("序言");
    const numerals = ["一", "二", "三", "四"];
    for (const id of CLAUSE_IDS) {
      if (id === "preamble") continue;
      const [part, section, item] = id.split(".").map(Number) as [number, number, number | undefined];
      const expected = `${numerals[part - 1]}（${numerals[section - 1]}）${item ?? ""}`;
      expect(OPINION_CLAUSES[id].label).toBe(expected);
    }
  });

  it.runIf(existsSync(sharedPolicy))("matches the policy folder: text and kinds", () => {
    expect(readFileSync(projectText, "utf8")).toBe(
      readFileSync(`${sharedPolicy}implementation-opinion.zh.md`, "utf8"),
    );
    const table = readFileSync(`${sharedPolicy}clause-ids.md`, "utf8")
      .split("\n")
      .filter((line) => /^\| (preamble|\d[\d.]*) \|/.test(line))
      .map((line) => line.split("|").map((cell) => cell.trim()));
    expect(table.map((row) => row[1])).toEqual([...CLAUSE_IDS]);
    for (const row of table) {
      const id = row[1] ?? "";
      if (!isClauseId(id)) throw new Error(`unknown id ${id}`);
      expect(OPINION_CLAUSES[id].label).toBe(row[2]);
      const kinds = (row[3] ?? "").match(/rule|duty|principle/g) as ClauseKind[];
      expect([...OPINION_CLAUSES[id].kinds].sort()).toEqual([...new Set(kinds)].sort());
    }
  });

  it("registers the superior rules under their own ids, apart from the opinion's", () => {
    for (const id of SUPERIOR_RULE_IDS) {
      expect(isSuperiorRuleId(id)).toBe(true);
      expect(isClauseId(id)).toBe(false);
      const rule = SUPERIOR_RULES[id];
      expect(rule.id).toBe(id);
      expect(rule.zh.length).toBeGreaterThan(0);
      expect(rule.en.length).toBeGreaterThan(0);
      expect(lookUpCitation(id).source).toBe("superior");
    }
    for (const id of CLAUSE_IDS) {
      expect(isSuperiorRuleId(id)).toBe(false);
      expect(lookUpCitation(id).source).toBe("opinion");
    }
    for (const required of [
      "party-constitution:7",
      "party-constitution:9",
      "civil-code:203",
      "general-principles-of-civil-law-opinions:198",
      "education-regulation-2019:29",
      "civil-code:1259",
      "civil-code:201",
      "civil-code:202",
      "education-regulation-2019:25",
      "dues-rules-2008:12",
    ]) {
      expect(isSuperiorRuleId(required)).toBe(true);
    }
  });

  it("quotes verbatim the superior texts the policy notes quote", () => {
    expect(SUPERIOR_RULES["civil-code:1259"].verbatim).toBe(true);
    expect(SUPERIOR_RULES["civil-code:1259"].zh).toContain("包括本数");
    expect(SUPERIOR_RULES["party-constitution:9"].zh).toContain("连续六个月不参加党的组织生活");
    for (const id of SUPERIOR_RULE_IDS) {
      const rule = SUPERIOR_RULES[id];
      // A summary is marked as one, so nobody mistakes it for the published text.
      expect(rule.zh.startsWith("（摘要）")).toBe(!rule.verbatim);
    }
  });

  it("quotes the Constitution, the Civil Code and the 2019 regulation where a published copy was read", () => {
    for (const id of [
      "party-constitution:7",
      "party-constitution:9",
      "civil-code:200",
      "civil-code:201",
      "civil-code:203",
      "civil-code:204",
      "general-principles-of-civil-law:154",
      "general-principles-of-civil-law:155",
      "education-regulation-2019:18",
      "education-regulation-2019:24",
      "education-regulation-2019:25",
      "education-regulation-2019:29",
      "education-regulation-2019:30",
      "education-regulation-2019:31",
      "education-regulation-2019:32",
      "dues-rules-2008:12",
      "dues-rules-2008:13",
    ] as const) {
      expect(SUPERIOR_RULES[id].verbatim, id).toBe(true);
      expect(SUPERIOR_RULES[id].zh, id).not.toContain("（摘要）");
    }
    // The 2019 regulation says "不超过1年", not "一般不超过", and only for members resolved to correct.
    expect(SUPERIOR_RULES["education-regulation-2019:30"].zh).toContain("限期改正时间不超过1年");
    expect(SUPERIOR_RULES["education-regulation-2019:30"].zh).toContain("决心改正");
    // Art. 18 has the branch propose a rating; it names no grades.
    expect(SUPERIOR_RULES["education-regulation-2019:18"].zh).toContain("提出评定意见");
    expect(SUPERIOR_RULES["education-regulation-2019:18"].zh).not.toMatch(/优秀|合格/);
    // The unqualified member's paragraph is in the Chinese as well as the English.
    expect(SUPERIOR_RULES["party-constitution:9"].zh).toContain("要求他限期改正");
    expect(SUPERIOR_RULES["party-constitution:7"].zh).toContain("取消预备党员资格");
    // The dues rules say arrears "一般不得超过6个月".
    expect(SUPERIOR_RULES["dues-rules-2008:12"].zh).toContain("一般不得超过6个月");
  });

  it("does not present the 1986 General Principles as the source of the month-end rule", () => {
    const gpcl = SUPERIOR_RULES["general-principles-of-civil-law:154"];
    expect(gpcl.zh).not.toMatch(/对应日|月末/);
    expect(gpcl.en).toMatch(/no corresponding-day or month-end rule/);
    expect(gpcl.en).not.toMatch(/200–203/);
    expect(SUPERIOR_RULES["civil-code:202"].caveat).toMatch(/2017/);
  });

  it("says that the state rules on counting words bind only their own field", () => {
    expect(SUPERIOR_RULES["civil-code:1259"].caveat).toMatch(/民法所称/);
    expect(SUPERIOR_RULES["civil-code:1259"].caveat).toMatch(/Q1/);
    expect(SUPERIOR_RULES["general-principles-of-civil-law:155"].caveat).toMatch(/civil law only/);
    expect(SUPERIOR_RULES["criminal-law:99"].caveat).toMatch(/本法所称/);
    expect(SUPERIOR_RULES["civil-code:203"].caveat).toMatch(/Q34/);
    expect(SUPERIOR_RULES["general-principles-of-civil-law-opinions:198"].caveat).toMatch(/from memory/);
  });

  it("labels citations for readers", () => {
    expect(citationLabel("2.1.1")).toBe("《实施意见》二（一）1");
    expect(citationLabel("civil-code:202")).toBe("《民法典》第二百零二条");
    expect(isCitationId("2.1.8")).toBe(false);
    expect(isCitationId("civil-code:999")).toBe(false);
    expect(isCitationId(42)).toBe(false);
  });
});
