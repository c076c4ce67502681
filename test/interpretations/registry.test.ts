import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  INTERPRETATIONS,
  INTERPRETATION_IDS,
  RuleInputError,
  RuleOptionsSchema,
  alternativesOf,
  chosenAlternative,
  isCitationId,
  overridableRuleOptionsSchema,
  validateInput,
} from "mobile-member-rules";
import { z } from "zod";

const openQuestions = fileURLToPath(new URL("../../../shared/policy/open-questions.md", import.meta.url));

describe("the interpretation registry", () => {
  it("registers Q1 to Q37 in order, each id naming its question", () => {
    expect(INTERPRETATION_IDS.map((id) => id.split(".")[0])).toEqual(
      Array.from({ length: 37 }, (_, i) => `Q${i + 1}`),
    );
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
