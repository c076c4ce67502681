import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  INTERPRETATIONS,
  INTERPRETATION_IDS,
  OPINION_CLAUSES,
  RuleInputError,
  SUPERIOR_RULES,
  RuleOptionsSchema,
  alternativesOf,
  chosenAlternative,
  isCitationId,
  overridableRuleOptionsSchema,
  validateInput,
} from "mobile-member-rules";
import { z } from "zod";

const openQuestions = fileURLToPath(new URL("../../../shared/policy/open-questions.md", import.meta.url));

type Reading = { readonly text: { readonly zh: string; readonly en: string }; readonly citations: readonly string[] };

/** Every Chinese text of an interpretation, each with where it stands. */
function chineseTexts(id: (typeof INTERPRETATION_IDS)[number]): [string, string][] {
  const entry = INTERPRETATIONS[id];
  const readings = entry.alternatives as Readonly<Record<string, Reading>>;
  return [
    [`${id} question`, entry.question.zh],
    [`${id} rationale`, entry.rationale.zh],
    ...Object.entries(readings).map(([name, reading]): [string, string] => [`${id} ${name}`, reading.text.zh]),
  ];
}

const DIGITS = "一二三四五六七八九";

/** 一 … 九十九 as a number: how a Chinese text names interpretation 21 (解释二十一). */
function chineseNumeral(text: string): number {
  const digit = (c: string) => (c === "" ? 0 : DIGITS.indexOf(c) + 1);
  const at = text.indexOf("十");
  if (at < 0) return digit(text);
  return (at === 0 ? 1 : digit(text.slice(0, at))) * 10 + digit(text.slice(at + 1));
}

describe("the interpretation registry", () => {
  it("registers Q1 to Q37 in order, each id naming its question", () => {
    expect(INTERPRETATION_IDS.map((id) => id.split(".")[0])).toEqual(
      Array.from({ length: 37 }, (_, i) => `Q${i + 1}`),
    );
  });

  it("words every Chinese text as an organ Party committee would sign it", () => {
    for (const id of INTERPRETATION_IDS) {
      for (const [where, text] of chineseTexts(id)) {
        // No identifiers and no Q numbers: another interpretation is 解释二十一, a count is 6个月.
        expect(text, where).not.toMatch(/[A-Za-z]/);
        expect(text, where).not.toMatch(/调用方|本库|规则本身/);
        // A quotation inside a quotation is rephrased or takes 『』, never a second “.
        expect(text, where).not.toMatch(/“[^”]*“/);
        expect(text, where).not.toMatch(/\s/);
      }
    }
  });

  it("quotes the text and the superior rules in their own words", () => {
    // The registered text writes some punctuation as ASCII; a quotation writes it full-width.
    const sources = [...Object.values(OPINION_CLAUSES), ...Object.values(SUPERIOR_RULES)]
      .map((entry) => entry.zh.replace(/,/g, "，").replace(/:/g, "：").replace(/;/g, "；"))
      .join("\n");
    for (const id of INTERPRETATION_IDS) {
      for (const [where, text] of chineseTexts(id)) {
        for (const [, quoted = ""] of text.matchAll(/“([^”]*)”/g)) {
          for (const part of quoted.split("……")) expect(sources, `${where}: “${quoted}”`).toContain(part);
        }
      }
    }
  });

  it("names other interpretations in Chinese by registered numbers only", () => {
    expect(chineseNumeral("四")).toBe(4);
    expect(chineseNumeral("十")).toBe(10);
    expect(chineseNumeral("十七")).toBe(17);
    expect(chineseNumeral("二十")).toBe(20);
    expect(chineseNumeral("三十七")).toBe(37);
    const named = INTERPRETATION_IDS.flatMap((id) =>
      chineseTexts(id).flatMap(([, text]) => [...text.matchAll(/解释([一二三四五六七八九十]+)/g)].map((m) => chineseNumeral(m[1] ?? ""))),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(INTERPRETATION_IDS.length);
    }
  });

  it.runIf(existsSync(openQuestions))("covers every open question of the policy notes", () => {
    const listed = [...readFileSync(openQuestions, "utf8").matchAll(/^\| (Q\d+) \|/gm)].map((m) => m[1]);
    const registered = INTERPRETATION_IDS.map((id) => id.split(".")[0]);
    for (const q of listed) expect(registered).toContain(q);
  });

  it("gives each interpretation two or more readings, a default among them, and valid citations", () => {
    for (const id of INTERPRETATION_IDS) {
      const entry = INTERPRETATIONS[id];
      expect(entry.id).toBe(id);
      const alternatives = alternativesOf(id);
      expect(alternatives.length).toBeGreaterThanOrEqual(2);
      expect(alternatives).toContain(entry.default);
      for (const citation of entry.citations) expect(isCitationId(citation)).toBe(true);
      for (const alternative of alternatives) {
        const reading = (entry.alternatives as Record<string, { citations: readonly string[]; text: { zh: string; en: string } }>)[alternative];
        expect(reading?.text.zh).toMatch(/\p{Script=Han}/u);
        expect(reading?.text.en.length).toBeGreaterThan(0);
        for (const citation of reading?.citations ?? []) expect(isCitationId(citation)).toBe(true);
      }
      expect(entry.rationale.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it("cites for each reading the rule that supports it, as the rule stood", () => {
    const q2 = INTERPRETATIONS["Q2.month-measure"];
    // The corresponding-day and month-end rule is 2017's, not the 1986 General Principles'.
    expect(q2.alternatives["calendar-months"].citations).not.toContain("general-principles-of-civil-law:154");
    expect(q2.alternatives["thirty-day-months"].citations).toContain("general-principles-of-civil-law-opinions:198");
    expect(q2.rationale.zh).toContain("2017年民法总则");
    // 届满 includes the number; it does not say on which day a period has run (Q22).
    expect(INTERPRETATIONS["Q10.placement-six-months-from"].rationale.zh).not.toContain("届满");
    expect(INTERPRETATIONS["Q11.caller-asserted-facts"].citations).toEqual(expect.arrayContaining(["2.1.2", "3.3"]));
    expect(INTERPRETATIONS["Q13.long-out-of-contact"].alternatives["six-consecutive-months"].citations).toContain(
      "education-regulation-2019:29",
    );
  });

  it("applies the default unless the caller chose another reading", () => {
    expect(chosenAlternative(undefined, "Q1.six-month-boundary")).toBe("exactly-six-months-is-at-least");
    expect(chosenAlternative({}, "Q3.place-or-time-uncertain")).toBe("either-uncertain");
    expect(
      chosenAlternative({ "Q1.six-month-boundary": "exactly-six-months-is-within" }, "Q1.six-month-boundary"),
    ).toBe("exactly-six-months-is-within");
  });
});

describe("the options object", () => {
  it("accepts every registered reading of every interpretation", () => {
    for (const id of INTERPRETATION_IDS) {
      for (const alternative of alternativesOf(id)) {
        expect(validateInput("test", RuleOptionsSchema, { interpretations: { [id]: alternative } })).toEqual({
          interpretations: { [id]: alternative },
        });
      }
    }
    expect(validateInput("test", RuleOptionsSchema, {})).toEqual({});
  });

  it("refuses unknown interpretations, unknown readings and unknown fields, naming where each is", () => {
    try {
      validateInput("test", RuleOptionsSchema, {
        interpretations: { "Q1.six-month-boundary": "exactly", "Q99.nothing": "x" },
        interpretation: {},
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleInputError);
      const issues = (error as RuleInputError).issues;
      expect(issues.map((i) => [i.path, i.code])).toEqual(
        expect.arrayContaining([
          [["interpretations", "Q1.six-month-boundary"], "invalid-value"],
          [["interpretations"], "unknown-field"],
          [[], "unknown-field"],
        ]),
      );
    }
  });

  it("refuses an override without a reason, or with a blank one (Q5)", () => {
    const schema = overridableRuleOptionsSchema(z.enum(["transfer-letter", "certificate-letter"]));
    expect(() => validateInput("test", schema, { override: { outcome: "transfer-letter" } })).toThrow(RuleInputError);
    expect(() => validateInput("test", schema, { override: { outcome: "transfer-letter", reason: "  " } })).toThrow(
      RuleInputError,
    );
    expect(() => validateInput("test", schema, { override: { outcome: "activity", reason: "x" } })).toThrow(
      RuleInputError,
    );
    expect(
      validateInput("test", schema, { override: { outcome: "transfer-letter", reason: "组织决定" } }).override?.reason,
    ).toBe("组织决定");
  });
});
