/**
 * Adding a locale is one file: every sentence the library, its command line and its
 * workbench say lives in the catalogs (src/locales/), never in a module's code. So no
 * string or template written outside the catalogs holds a Chinese character, except:
 * - the opinion's and the superior rules' own texts and the interpretations (src/clauses/,
 *   src/interpretations/), which are the law and its readings, not the library's words;
 * - the few places listed below, each with why.
 *
 * Comments may quote the law (a rule opens with its clause); the check reads the code's
 * tokens with TypeScript's own scanner, so comments are skipped and strings are found
 * wherever they are on a line.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const source = join(root, "src");

/** Folders whose texts are the law and its readings. */
const LAW = ["src/locales/", "src/clauses/", "src/interpretations/"];

/** Modules allowed a Chinese literal, with why. */
const ALLOWED: Readonly<Record<string, string>> = {
  "src/calendar/periods.ts": "民法典 第1259条's bound words (以上, 以内 …) are the law's own words, used as the values of StatutoryBound",
  "src/cli/help.ts": "`--help` answers before any catalog is loaded (the program starts in a fifth of the time), in both languages at once",
  "src/cli/roster-columns.ts": "a roster cell may say 是 or 否 for yes or no: words read from the caller's file, not said by the library",
  "src/decision/render.ts": "finds the word 一般 (generally) in the clause's own text, to quote it",
};

const HAN = /\p{Script=Han}/u;

function modules(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return modules(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Every string and template piece of a module's code that holds a Chinese character, with its line. */
function chineseLiterals(path: string): { readonly line: number; readonly text: string }[] {
  const text = readFileSync(path, "utf8");
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, text);
  const found: { line: number; text: string }[] = [];
  // Template literals are scanned piece by piece: after a `}` that closes a substitution,
  // the scanner is asked to read on as the template's next piece.
  const braces: ("template" | "block")[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken) braces.push("block");
    if (kind === ts.SyntaxKind.TemplateHead) braces.push("template");
    if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop() === "template") {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) braces.push("template");
    }
    const literal =
      kind === ts.SyntaxKind.StringLiteral ||
      kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      kind === ts.SyntaxKind.TemplateHead ||
      kind === ts.SyntaxKind.TemplateMiddle ||
      kind === ts.SyntaxKind.TemplateTail ||
      kind === ts.SyntaxKind.RegularExpressionLiteral;
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      // A slash where an expression may start is a regular expression; the scanner cannot
      // tell alone, so read it as one if it holds Chinese (a division never does).
      const again = scanner.reScanSlashToken();
      if (again === ts.SyntaxKind.RegularExpressionLiteral && HAN.test(scanner.getTokenText())) {
        found.push({ line: text.slice(0, scanner.getTokenStart()).split("\n").length, text: scanner.getTokenText() });
      }
      continue;
    }
    if (literal && HAN.test(scanner.getTokenText())) {
      found.push({ line: text.slice(0, scanner.getTokenStart()).split("\n").length, text: scanner.getTokenText() });
    }
  }
  return found;
}

describe("the library's words are in the catalogs", () => {
  const checked = modules(source)
    .map((path) => relative(root, path).split("\\").join("/"))
    .filter((path) => !LAW.some((folder) => path.startsWith(folder)));

  it("finds Chinese in every kind of literal and in no comment", () => {
    const folder = mkdtempSync(join(tmpdir(), "mmr-words-"));
    const planted = join(folder, "planted.ts");
    writeFileSync(
      planted,
      [
        "// 注释里的中文不算",
        "/** 文档注释也不算 */",
        'const a = { zh: "字符串" }; // 行尾注释',
        "const b = `模板 ${a.zh} 中段 ${1 + 2} 结尾`;",
        "const c = `plain ${`嵌套`} end`;",
        "const d = /一般/u.test(b) ? 4 / 2 : 1;",
        "const e = 'single';",
      ].join("\n"),
    );
    try {
      expect(chineseLiterals(planted).map((found) => found.line)).toEqual([3, 4, 4, 4, 5, 6]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect(checked.length).toBeGreaterThan(50);
  });

  it("finds no Chinese in the code of any module outside the catalogs and the law, but the listed ones", () => {
    const offences = checked
      .filter((path) => ALLOWED[path] === undefined)
      .flatMap((path) => chineseLiterals(join(root, path)).map((found) => `${path}:${found.line} ${found.text.slice(0, 60)}`));
    expect(offences).toEqual([]);
  });

  it("lists only modules that still need their exception", () => {
    for (const path of Object.keys(ALLOWED)) expect(chineseLiterals(join(root, path)), path).not.toEqual([]);
  });
});
