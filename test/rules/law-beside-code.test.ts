import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPINION_CLAUSES, isClauseId } from "mobile-member-rules";

const folder = new URL("../../src/rules/", import.meta.url);
const modules = readdirSync(folder).filter((name) => name.endsWith(".ts"));

/** The clause's text as a quotation inside a comment may give it: without line breaks. */
function comparable(text: string): string {
  return text.replace(/\s+/gu, "");
}

describe("law beside code", () => {
  const quotes = modules.flatMap((name) => {
    const source = readFileSync(new URL(name, folder), "utf8");
    return [...source.matchAll(/〔([^〕]+)〕“([^”]+)”/gu)].map((m) => ({ name, clause: m[1] ?? "", quote: m[2] ?? "" }));
  });

  it("quotes the law above the branches of every rule module that decides", () => {
    const quoting = new Set(quotes.map((q) => q.name));
    for (const name of ["document-for-absence.ts", "management-mode.ts", "resolve-receiving-org.ts", "liaison-assignment.ts", "evaluation-grade.ts", "reporting-schedule.ts"]) {
      expect(quoting, name).toContain(name);
    }
  });

  it.each(quotes.map((q) => [q.name, q.clause, q.quote] as const))("%s: 〔%s〕“%s” is the clause's own words", (_name, clause, quote) => {
    expect(isClauseId(clause), `${clause} is a clause id`).toBe(true);
    if (!isClauseId(clause)) return;
    expect(comparable(OPINION_CLAUSES[clause].zh)).toContain(comparable(quote));
  });

  it.each(modules)("keeps words out of %s: no Chinese or English text in a string", (name) => {
    {
      const source = readFileSync(new URL(name, folder), "utf8")
        // Comments are the law and the reasons: only code is looked at.
        .replace(/\/\*[\s\S]*?\*\//gu, "")
        .replace(/\/\/.*$/gmu, "");
      expect(source, name).not.toMatch(/\bzh:\s*["'`]/u);
      expect(source, name).not.toMatch(/["'`][^"'`\n]*\p{Script=Han}[^"'`\n]*["'`]/u);
      // An English sentence: three or more words separated by spaces inside one string.
      expect(source, name).not.toMatch(/["'`][A-Za-z]+ [a-z]+ [a-z]+[^"'`\n]*["'`]/u);
    }
  });
});
