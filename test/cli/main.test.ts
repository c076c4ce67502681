/**
 * The command line as its users meet it, run in-process through `main(argv, io)`. What
 * only a real process can show (a FIFO, a closed pipe) is in process.test.ts.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { LOCALES } from "../../src/locales/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const starter = join(root, "examples/scenarios");

const temps: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "mmr-cli-test-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) {
    // An unreadable folder must be readable again before it can be removed.
    spawnSync("chmod", ["-R", "u+rwx", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

function run(argv: readonly string[], cwd: string = root) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (text) => void (out += text), err: (text) => void (err += text), cwd });
  return { code, out, err };
}

const absence = { departure: "2024-03-10", expectedReturn: "2024-09-09", placeFixed: true };
const scenario = (name: string, document: string, extra: Record<string, unknown> = {}) => ({
  name,
  rule: "documentForAbsence",
  input: absence,
  expect: { outcome: { document } },
  ...extra,
});
const fileOf = (...scenarios: unknown[]) => JSON.stringify({ scenarios }, null, 2);
const passing = fileOf(scenario("不满6个月开具证明信", "certificate-letter"));
const failing = fileOf(scenario("误以为开具介绍信", "transfer-letter"));

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = scratch();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("a check that checked nothing fails", () => {
  it("an empty folder exits non-zero with a message in both languages", () => {
    const { code, err } = run(["check", scratch()]);
    expect(code).not.toBe(0);
    expect(err).toMatch(/未检查任何情景/);
    expect(err).toMatch(/nothing was checked/);
  });

  it("so does a folder holding no scenario file at all", () => {
    const { code, err } = run(["check", folderWith({ "README.md": "# notes", "sub/notes.txt": "x" })]);
    expect(code).not.toBe(0);
    expect(err).toMatch(/nothing was checked/);
  });

  it("matches .json case-insensitively: a folder of .JSON files is checked, not passed empty", () => {
    const { code, out } = run(["check", folderWith({ "A.JSON": passing, "b.Json": passing })]);
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ .*A\.JSON › 不满6个月开具证明信$/m);
    expect(out).toMatch(/^✓ .*b\.Json › /m);
    expect(out).toContain("通过 2 项，未通过 0 项");
  });
});

describe("every entry of a folder is reported on its own, and the rest still checked", () => {
  it("reports a symlink that points at itself, as a failure, and checks the good file beside it", () => {
    const dir = folderWith({ "good.json": passing });
    symlinkSync("loop.json", join(dir, "loop.json"));
    const { code, out } = run(["check", dir]);
    expect(code).toBe(1);
    expect(out).toMatch(/^✓ .*good\.json › /m);
    expect(out).toMatch(/^✗ .*loop\.json: .*循环/m);
    expect(out).toContain("通过 1 项，未通过 1 项");
  });

  it("reports a folder link back to an ancestor once, and checks each file once", () => {
    const dir = folderWith({ "good.json": passing, "sub/other.json": passing });
    symlinkSync("..", join(dir, "sub", "up"));
    const { code, out } = run(["check", dir]);
    expect(code).toBe(1);
    expect(out.match(/good\.json › /g)).toHaveLength(1);
    expect(out.match(/other\.json › /g)).toHaveLength(1);
    expect(out).toMatch(/^✗ .*sub\/up: .*循环/m);
    expect(out).toContain("通过 2 项，未通过 1 项");
  });

  it.skipIf(isRoot)("reports an unreadable subfolder as a failure and checks the rest", () => {
    const dir = folderWith({ "good.json": passing, "locked/hidden.json": passing });
    chmodSync(join(dir, "locked"), 0o000);
    const { code, out } = run(["check", dir]);
    expect(code).toBe(1);
    expect(out).toMatch(/^✓ .*good\.json › /m);
    expect(out).toMatch(/^✗ .*locked: /m);
  });

  it("reports a path that does not exist, and still checks the others", () => {
    const dir = folderWith({ "good.json": passing });
    const { code, out } = run(["check", join(dir, "missing"), dir]);
    expect(code).toBe(1);
    expect(out).toMatch(/^✗ .*missing: 找不到/m);
    expect(out).toMatch(/^✓ .*good\.json › /m);
  });

  it("does not take the JSON Schema that `init` copies beside the scenarios for a scenario file", () => {
    const { code, out } = run(["check", folderWith({ "good.json": passing, "scenario.schema.json": "{}" })]);
    expect(code).toBe(0);
    expect(out).not.toContain("scenario.schema.json");
  });
});

describe("reading files", () => {
  it("accepts a UTF-8 byte-order mark", () => {
    const { code, out } = run(["check", folderWith({ "bom.json": `\uFEFF${passing}` })]);
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ .*bom\.json › /m);
  });

  it.each([
    ["with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(passing, "utf16le")])],
    ["big-endian", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(passing, "utf16le").swap16()])],
    ["without a byte-order mark", Buffer.from(passing, "utf16le")],
  ])("refuses UTF-16 (%s), asking for UTF-8, and writes no NUL byte", (_, bytes) => {
    const { code, out, err } = run(["check", folderWith({ "wide.json": bytes })]);
    expect(code).toBe(1);
    expect(out).toMatch(/^✗ .*wide\.json: .*UTF-16.*UTF-8/m);
    expect(out + err).not.toContain("\u0000");
  });

  it("refuses a file that is not UTF-8 (a GBK file, say) instead of checking garbled names", () => {
    // "证明" in GBK.
    const gbk = Buffer.concat([Buffer.from('{"scenarios": [{"name": "'), Buffer.from([0xd6, 0xa4, 0xc3, 0xf7]), Buffer.from('"}]}')]);
    const { code, out } = run(["check", folderWith({ "gbk.json": gbk })]);
    expect(code).toBe(1);
    expect(out).toMatch(/^✗ .*gbk\.json: .*UTF-8/m);
  });
});

describe("arguments", () => {
  it("refuses an unknown --lang instead of silently using Chinese", () => {
    const { code, err } = run(["check", starter, "--lang", "xx"]);
    expect(code).toBe(2);
    expect(err).toMatch(/--lang/);
    // The names it takes come from the catalogs: every locale by its tag.
    for (const locale of LOCALES) expect(err).toContain(locale);
  });

  it("takes every locale of the catalogs by its tag, and by its language alone", () => {
    for (const name of [...LOCALES, "zh"]) expect(run(["check", starter, "--lang", name]).code, name).toBe(0);
  });

  it("takes --lang=en and --json as options, not as file names", () => {
    const dir = folderWith({ "good.json": passing });
    const en = run(["check", "--lang=en", dir]);
    expect(en.code).toBe(0);
    expect(en.out.trimEnd().split("\n").at(-1)).toBe("1 passed, 0 failed");
    const json = run(["check", "--json", dir]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ passed: 1, failed: 0 });
  });

  it("refuses an unknown option, naming the nearest known one", () => {
    const { code, err } = run(["check", starter, "--jsn"]);
    expect(code).toBe(2);
    expect(err).toContain("--jsn");
    expect(err).toContain("--json");
  });

  it("refuses an option the command does not take", () => {
    const { code, err } = run(["check", starter, "--force"]);
    expect(code).toBe(2);
    expect(err).toContain("--force");
  });

  it("prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const { code, out } = run(["--version"]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(version);
  });

  it("prints a bilingual help naming every command and flag", () => {
    const { code, out } = run(["--help"]);
    expect(code).toBe(0);
    for (const word of ["check", "explain", "init", "schema", "--lang", "--json", "--verbose", "--options", "--force", "--version"]) {
      expect(out).toContain(word);
    }
  });
});

describe("output", () => {
  it("is one line per passing scenario by default, the explanation only for failures", () => {
    const { code, out } = run(["check", folderWith({ "a.json": passing, "b.json": failing })]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^✓ .*a\.json › 不满6个月开具证明信$/);
    expect(lines[1]).toMatch(/^✗ .*b\.json › 误以为开具介绍信$/);
    expect(lines[2]).toBe('    不符 outcome.document: 期望 "transfer-letter"，实际 "certificate-letter"');
    expect(out.match(/结论：/g)).toHaveLength(1);
    expect(lines.at(-1)).toBe("通过 1 项，未通过 1 项");
  });

  it("explains every scenario with --verbose", () => {
    const { out } = run(["check", "--verbose", folderWith({ "a.json": passing, "b.json": failing })]);
    expect(out.match(/结论：/g)).toHaveLength(2);
  });

  it("gives machines one JSON document with --json, in the chosen language", () => {
    const { code, out } = run(["check", "--json", "--lang", "en", folderWith({ "a.json": passing, "b.json": failing, "c.json": "{" })]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { passed: number; failed: number; files: { file: string; status: string }[] };
    expect(report).toMatchObject({ passed: 1, failed: 2 });
    expect(report.files.map((f) => [f.file.replace(/^.*\//, ""), f.status])).toEqual([
      ["a.json", "checked"],
      ["b.json", "checked"],
      ["c.json", "malformed"],
    ]);
    expect(out).toContain("expected \\\"transfer-letter\\\", got \\\"certificate-letter\\\"");
  });
});

describe("misspellings", () => {
  it("reports a bad interpretation choice under options, once, with the nearest id", () => {
    const file = fileOf(scenario("x", "certificate-letter", { options: { interpretations: { "Q1.six-month-boundry": "exactly-six-months-is-within" } } }));
    const { code, out } = run(["check", "--lang", "en", folderWith({ "o.json": file })]);
    expect(code).toBe(1);
    expect(out).not.toContain("input.interpretations");
    expect(out.match(/scenarios\[0\]\.options\.interpretations\["Q1\.six-month-boundry"\]/g)).toHaveLength(1);
    expect(out).toContain('did you mean "Q1.six-month-boundary"?');
  });

  it("suggests the nearest alternative of a known interpretation", () => {
    const file = fileOf(scenario("x", "certificate-letter", { options: { interpretations: { "Q1.six-month-boundary": "exactly-six-months-is-withn" } } }));
    const { code, out } = run(["check", folderWith({ "o.json": file })]);
    expect(code).toBe(1);
    expect(out).toContain("scenarios[0].options.interpretations");
    expect(out).toContain('是否应为 "exactly-six-months-is-within"？');
  });

  it("reports what the rule refuses in the options under options, not under input", () => {
    const management = { employment: "stable", workplaceHasPartyOrg: true, industryAssociation: false, personnelFileHolder: "other", residenceFixed: true, residenceChangesOften: false };
    const file = fileOf({ name: "x", rule: "managementMode", input: management, options: { overide: {} }, expect: {} });
    const { code, out } = run(["check", folderWith({ "o.json": file })]);
    expect(code).toBe(1);
    // The library names the object, never the caller's misspelt key.
    expect(out).toContain("scenarios[0].options");
    expect(out).not.toContain("scenarios[0].input");
  });

  it("suggests the nearest rule name, and none for a name far from every rule", () => {
    const near = run(["check", folderWith({ "r.json": fileOf({ ...scenario("x", "certificate-letter"), rule: "documentForAbsense" }) })]);
    expect(near.code).toBe(1);
    expect(near.out).toMatch(/scenarios\[0\]\.rule: .*是否应为 "documentForAbsence"？/);
    const far = run(["check", folderWith({ "r.json": fileOf({ ...scenario("x", "certificate-letter"), rule: "zzz" }) })]);
    expect(far.out).not.toContain("是否应为");
  });

  it("suggests the nearest rule name to explain", () => {
    const input = join(folderWith({ "in.json": JSON.stringify(absence) }), "in.json");
    const { code, err } = run(["explain", "documentForAbsense", input]);
    expect(code).toBe(2);
    expect(err).toContain('"documentForAbsence"');
  });
});

describe("explain", () => {
  it("blames a malformed --options file on that file, not on the input", () => {
    const dir = folderWith({ "in.json": JSON.stringify(absence), "opts.json": "{bad" });
    const { code, err } = run(["explain", "documentForAbsence", join(dir, "in.json"), "--options", join(dir, "opts.json")]);
    expect(code).not.toBe(0);
    expect(err).toContain("opts.json");
    expect(err).not.toContain("in.json");
  });

  it("reports a refused input under input, and bad options under options", () => {
    const dir = folderWith({
      "in.json": JSON.stringify({ ...absence, expectedReturn: "2024-02-30" }),
      "good.json": JSON.stringify(absence),
      "opts.json": JSON.stringify({ interpretations: { "Q1.six-month-boundry": "exactly-six-months-is-within" } }),
    });
    const input = run(["explain", "documentForAbsence", join(dir, "in.json")]);
    expect(input.code).toBe(1);
    expect(input.err).toMatch(/^input\.expectedReturn: /m);
    const options = run(["explain", "documentForAbsence", join(dir, "good.json"), "--options", join(dir, "opts.json")]);
    expect(options.code).toBe(1);
    expect(options.err).toMatch(/^options\.interpretations\["Q1\.six-month-boundry"\]: /m);
  });

  it("gives the decision as JSON with --json", () => {
    const input = join(folderWith({ "in.json": JSON.stringify(absence) }), "in.json");
    const { code, out } = run(["explain", "documentForAbsence", input, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ decision: { outcome: { document: "certificate-letter" } } });
  });
});
