/**
 * The package as a user gets it: packed, installed into a scratch project from the
 * tarball, then imported from ESM, required from CommonJS, and run as a command with npx.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
let scratch = "";

function cli(args: string[]) {
  return spawnSync("npx", ["--no-install", "mobile-member-rules", ...args], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "mmr-cli-"));
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: root, encoding: "utf8" })
    .trim()
    .split("\n")
    .at(-1);
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  execFileSync(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--silent", join(scratch, packed ?? ""), "zod@^4"],
    { cwd: scratch, stdio: "pipe" },
  );
}, 300_000);

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds only what a user needs: built code, types, the command, the schema, the starter scenarios, the workbench page, README, CHANGELOG, LICENSE", () => {
    const listing = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" }));
    const all = (listing[0].files as { path: string }[]).map((f) => f.path).sort();
    // The command line's parts that load on demand (the rules after --help), whatever their hash.
    const chunks = all.filter((path) => /^dist\/cli-[\w-]+\.js$/u.test(path));
    expect(chunks.length).toBeGreaterThan(0);
    const files = all.filter((path) => !chunks.includes(path));
    expect(files).toEqual(
      [
        "CHANGELOG.md",
        "LICENSE",
        "README.md",
        "dist/cli.js",
        "dist/index.cjs",
        "dist/index.d.cts",
        "dist/index.d.ts",
        "dist/index.js",
        "dist/roster-worker.js",
        "dist/scenario.schema.json",
        ...readdirSync(join(root, "examples/scenarios")).map((name) => `dist/scenarios/${name}`),
        "dist/workbench/index.html",
        "package.json",
      ].sort(),
    );
  });

  it("is importable from ESM and requirable from CommonJS, with the same answers", () => {
    const program = (load: string) =>
      `${load}; const d = m.documentForAbsence({ departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true }); ` +
      `console.log(JSON.stringify([d.outcome.document, d.ambiguous, m.OPINION_CLAUSES["2.1.1"].label, m.explain(d).split("\\n")[2]]));`;
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", program(`import * as m from "mobile-member-rules"`)], {
      cwd: scratch,
      encoding: "utf8",
    });
    const cjs = execFileSync(process.execPath, ["-e", program(`const m = require("mobile-member-rules")`)], {
      cwd: scratch,
      encoding: "utf8",
    });
    expect(JSON.parse(esm)).toEqual(["transfer-letter", true, "二（一）1", "结论：开具组织关系介绍信"]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it("raises the library's typed error across the CommonJS boundary too", () => {
    const out = execFileSync(
      process.execPath,
      ["-e", `const m = require("mobile-member-rules"); try { m.toDayNumber("2023-02-29"); } catch (e) { console.log(m.isRuleInputError(e), e instanceof m.RuleInputError, e.issues[0].code); }`],
      { cwd: scratch, encoding: "utf8" },
    );
    expect(out.trim()).toBe("true true invalid-date");
  });
});

describe("npx mobile-member-rules", () => {
  it("checks the starter scenarios green, explaining each in Chinese with --verbose, and ends with the summary", () => {
    const run = cli(["check", "--verbose", join(root, "examples/scenarios")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^✓ .*document-for-absence\.json › 地点固定，外出恰好6个月/m);
    expect(run.stdout).toContain("结论：开具组织关系介绍信");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/^通过 \d+ 项，未通过 0 项$/);
  });

  it("copies the shipped starter scenarios into a project, pointing $schema at the installed schema", () => {
    const run = cli(["init", "policy-scenarios"]);
    expect(run.status, run.stderr).toBe(0);
    const folder = join(scratch, "policy-scenarios");
    const names = readdirSync(folder);
    expect(names.sort()).toEqual(readdirSync(join(root, "examples/scenarios")).sort());
    for (const name of names) {
      const { $schema } = JSON.parse(readFileSync(join(folder, name), "utf8")) as { $schema: string };
      expect($schema).toBe("../node_modules/mobile-member-rules/dist/scenario.schema.json");
      expect(existsSync(resolve(folder, $schema))).toBe(true);
    }
    expect(cli(["check", "policy-scenarios"]).status).toBe(0);
  });

  it("fails loudly and precisely on a broken folder, and still checks the good files in it", () => {
    const folder = join(scratch, "broken");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "a-syntax.json"), '{\n  "scenarios": [\n    {,}\n  ]\n}');
    writeFileSync(
      join(folder, "b-wrong-rule.json"),
      JSON.stringify({ scenarios: [{ name: "typo", rule: "documentForAbsense", input: {}, expect: {} }] }),
    );
    writeFileSync(
      join(folder, "c-good-and-failing.json"),
      JSON.stringify({
        scenarios: [
          { name: "good", rule: "managementMode", input: { employment: "unstable", workplaceHasPartyOrg: false, industryAssociation: false, personnelFileHolder: "other", residenceFixed: true, residenceChangesOften: false }, expect: { outcome: { manager: "residence-org" } } },
          { name: "wrong", rule: "documentForAbsence", input: { departure: "2024-03-10", expectedReturn: "2024-05-01", placeFixed: true }, expect: { outcome: { document: "transfer-letter" } } },
        ],
      }),
    );
    const run = cli(["check", folder]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("broken/a-syntax.json › (JSON)");
    expect(run.stdout).toContain("line 3, column 6");
    expect(run.stdout).toContain("broken/b-wrong-rule.json › scenarios[0].rule");
    expect(run.stdout).toMatch(/^✓ .*c-good-and-failing\.json › good$/m);
    expect(run.stdout).toMatch(/^✗ .*c-good-and-failing\.json › wrong$/m);
    expect(run.stdout).toContain('不符 outcome.document: 期望 "transfer-letter"，实际 "certificate-letter"');
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("通过 1 项，未通过 3 项");
  });

  it("explains one input, in English on request, and refuses a bad one with the path", () => {
    const input = join(scratch, "input.json");
    writeFileSync(input, JSON.stringify({ departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true }));
    const zh = cli(["explain", "documentForAbsence", input]);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain("存在歧义");
    const en = cli(["explain", "documentForAbsence", input, "--lang", "en"]);
    expect(en.stdout).toContain("Outcome: issue an organizational-relationship transfer letter");
    writeFileSync(input, JSON.stringify({ departure: "2024-08-31", expectedReturn: "2024-02-30", placeFixed: true }));
    const bad = cli(["explain", "documentForAbsence", input]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("input.expectedReturn: 日期无效");
  });

  it("prints the JSON Schema of scenario files, also shipped in the package", () => {
    const run = cli(["schema"]);
    expect(JSON.parse(run.stdout).title).toContain("scenario file");
    const shipped = execFileSync(process.execPath, ["-e", "console.log(require.resolve('mobile-member-rules/scenario.schema.json'))"], {
      cwd: scratch,
      encoding: "utf8",
    });
    expect(shipped.trim()).toMatch(/scenario\.schema\.json$/);
  });

  it("writes the shipped workbench page where asked and prints its path", () => {
    const run = cli(["workbench", "--out", "workbench"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(join(scratch, "workbench", "index.html"));
    const page = readFileSync(join(scratch, "workbench", "index.html"), "utf8");
    expect(page).toContain("流动党员管理规则工作台");
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=/u);
  });
});
