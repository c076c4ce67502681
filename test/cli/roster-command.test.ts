/**
 * The roster command as its users meet it, run in-process through `rosterCommand(argv, io)`
 * on the example roster (examples/roster, made by `npm run example:roster`): every format
 * gives the same worklist, bad rows are reported by row and column and passed over, never
 * with their values, and `--out` writes the files. No test depends on the clock or a TTY:
 * the progress bar is given a fake terminal and a fake clock. The program itself, routing
 * `roster` to this module, is run in process.test.ts.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rosterCommand, type RosterIo } from "../../src/cli/roster-command.js";
import { main } from "../../src/cli/main.js";
import { analyzeRoster } from "../../src/roster/analyze.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const example = join(root, "examples/roster");
const AS_OF = "2025-06-30";

const temps: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "mmr-roster-test-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.doUnmock("exceljs");
});

async function run(argv: readonly string[], extra: Partial<RosterIo> = {}) {
  let out = "";
  let err = "";
  const code = await rosterCommand(argv, { out: (text) => void (out += text), err: (text) => void (err += text), cwd: root, ...extra });
  return { code, out, err };
}

/** The example's records, as the NDJSON file holds them. */
function exampleRecords(): unknown[] {
  return readFileSync(join(example, "members.ndjson"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

describe("every format of the example roster", () => {
  it("gives the same worklist, the same table, and the same three bad rows", async () => {
    const records = exampleRecords();
    const expected = JSON.parse(JSON.stringify(await analyzeRoster(records, { asOf: AS_OF }).worklist())) as unknown;
    const json = join(scratch(), "members.json");
    writeFileSync(json, JSON.stringify(records, null, 2));
    const csvWithoutBom = join(scratch(), "members.csv");
    writeFileSync(csvWithoutBom, readFileSync(join(example, "members.csv"), "utf8").replace(/^\ufeff/, ""));
    const runs: [string, string[]][] = [
      ["CSV with a byte-order mark", ["examples/roster/members.csv"]],
      ["CSV without one", [csvWithoutBom]],
      ["CSV in GB18030", ["examples/roster/members-gb18030.csv", "--encoding", "gb18030"]],
      ["NDJSON", ["examples/roster/members.ndjson"]],
      ["JSON", [json]],
      ["XLSX", ["examples/roster/members.xlsx"]],
    ];
    const tables = new Set<string>();
    for (const [name, args] of runs) {
      const out = scratch();
      const result = await run([...args, "--as-of", AS_OF, "--out", out]);
      expect(result.code, name).toBe(1);
      expect(readJson(join(out, "worklist.json")), name).toEqual(expected);
      expect(result.err.match(/此条未予分析/g), name).toHaveLength(3);
      tables.add(result.out);
    }
    expect(tables.size).toBe(1);
  });

  it("shows the worklist in Chinese by default and in English with --lang en, with no more than 20 rows a section", async () => {
    const zh = await run(["examples/roster/members.csv", "--as-of", AS_OF]);
    expect(zh.out).toContain("流动党员工作清单（截至2025年6月30日）");
    expect(zh.out).toContain("各党支部情况");
    expect(zh.out).toContain("各机关党委情况");
    expect(zh.out).toContain("《实施意见》二（一）1");
    expect(zh.out).toContain("连续6个月不参加党的组织生活");
    expect(zh.out).toContain("已连续5个月不参加党的组织生活");
    expect(zh.out).toMatch(/外出而未确定联系人的党员（24项）/);
    expect(zh.out).toContain("……另有4项未列出");
    expect(zh.out).not.toContain("结论存在歧义的事项");
    const en = await run(["examples/roster/members.csv", "--as-of", AS_OF, "--lang", "en", "--ambiguities"]);
    expect(en.out).toContain("Worklist of mobile Party members as of 2025-06-30");
    expect(en.out).toContain("Away without a liaison (24)");
    expect(en.out).toContain("… and 4 more");
    expect(en.out).toContain("Ambiguous decisions");
    expect(en.err).toMatch(/members\.csv row 91, column F \(documentIssuedOn\): not a real date/);
  });
});

describe("bad rows", () => {
  it("are reported by row and column with the kind of problem, and passed over; the others are decided", async () => {
    const { code, err } = await run(["examples/roster/members.csv", "--as-of", AS_OF]);
    expect(code).toBe(1);
    expect(err).toContain("examples/roster/members.csv 第91行，F列（documentIssuedOn）：日期无效");
    expect(err).toContain("examples/roster/members.csv 第142行，AB列（management.employment）：不是规定的可选值");
    expect(err).toContain("examples/roster/members.csv 第193行，A列（id）：缺少必填内容");
    expect(err).toContain("共200条记录：已分析197名党员，3条有误未予分析");
  });

  it("are counted by line in NDJSON and by index in JSON", async () => {
    const ndjson = await run(["examples/roster/members.ndjson", "--as-of", AS_OF, "--lang", "en"]);
    expect(ndjson.err).toContain("members.ndjson line 90, field documentIssuedOn: not a real date");
    const json = join(scratch(), "members.json");
    writeFileSync(json, JSON.stringify(exampleRecords()));
    const array = await run([json, "--as-of", AS_OF, "--lang", "en"]);
    expect(array.err).toContain("record at index 89, field documentIssuedOn");
  });

  it("never repeat what a bad cell holds", async () => {
    const hostile = "<script>SECRET-1234</script>";
    const dir = scratch();
    const csv = join(dir, "hostile.csv");
    const header = "id,branch,documentIssuedOn,absence.departure,absence.expectedReturn,absence.placeFixed,appraisal.months,role";
    const rows = [
      `m1,b1,${hostile},,,,,`,
      `m2,b1,,2025-01-01,,${hostile},,`,
      `m3,b1,,,,,"[${hostile}",`,
      `m4,b1,,,,,,${hostile}`,
      `" ${hostile} ",b1,,,,,,`,
      `m6,b1,,,,,,,${hostile}`,
      "m7,b1,,,,,,",
    ];
    writeFileSync(csv, `${header}\n${rows.join("\n")}\n`);
    const { code, err, out } = await run([csv, "--as-of", AS_OF]);
    expect(code).toBe(1);
    expect(err.match(/此条未予分析/g)?.length).toBeGreaterThanOrEqual(6);
    expect(err).not.toContain("SECRET");
    expect(err).not.toContain("script");
    expect(out).not.toContain("SECRET");
    expect(err).toContain("共7条记录：已分析1名党员，6条有误未予分析");
    // The same in NDJSON, field by field.
    const ndjson = join(dir, "hostile.ndjson");
    writeFileSync(ndjson, `${JSON.stringify({ id: "m1", branch: "b", documentIssuedOn: hostile, [hostile]: hostile })}\n{not json ${hostile}\n`);
    const lines = await run([ndjson, "--as-of", AS_OF]);
    expect(lines.code).toBe(1);
    expect(lines.err).not.toContain("SECRET");
  });

  it("a refused record inside a JSON cell is placed at that column", async () => {
    const csv = join(scratch(), "months.csv");
    writeFileSync(
      csv,
      `id,branch,appraisal.months\nm1,b1,"[{""month"":""2025-01"",""organizationalLife"":""maybe""}]"\n`,
    );
    const { err } = await run([csv, "--as-of", AS_OF, "--lang", "en"]);
    expect(err).toMatch(/row 2, column C \(appraisal\.months\[0\]\.organizationalLife\): a value of the wrong type/);
  });
});

describe("the header", () => {
  it("refuses an unknown column once, by number and letter, and reads nothing (exit 2)", async () => {
    const csv = join(scratch(), "typo.csv");
    writeFileSync(csv, "id,branch,absense.departure\nm1,b1,2025-01-01\nm2,b1,2025-01-02\n");
    const { code, err, out } = await run([csv, "--as-of", AS_OF]);
    expect(code).toBe(2);
    expect(err).toContain("表头有误，未读取任何记录");
    expect(err).toContain("第3列（C列）“absense.departure”不是党员记录中的项目，是否应为“absence.departure”？");
    expect(err.match(/absense/g)).toHaveLength(1);
    expect(out).toBe("");
  });
});

describe("--out", () => {
  it("writes members.ndjson, worklist.json and worklist.csv; with --impact, impact.json and impact.html", async () => {
    const out = scratch();
    const { code, err } = await run(["examples/roster/members.csv", "--as-of", AS_OF, "--out", out, "--impact"]);
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["impact.html", "impact.json", "members.ndjson", "worklist.csv", "worklist.json"]);
    expect(err).toContain("已写入");
    const members = readFileSync(join(out, "members.ndjson"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as { row: number; valid: boolean; impact?: unknown });
    expect(members).toHaveLength(200);
    expect(members.filter((member) => !member.valid).map((member) => member.row)).toEqual([91, 142, 193]);
    expect(members.find((member) => member.valid)?.impact).toBeDefined();
    const impact = readJson(join(out, "impact.json")) as { asOf: string; members: number; readings: unknown[] };
    const expected = JSON.parse(JSON.stringify(await analyzeRoster(exampleRecords(), { asOf: AS_OF, impact: true }).impact())) as unknown;
    expect(impact).toEqual(expected);
    expect(readFileSync(join(out, "impact.html"), "utf8")).toMatch(/^<!doctype html>/i);
    const csv = readFileSync(join(out, "worklist.csv"), "utf8");
    expect(csv.startsWith("\ufeff类别,党员,党支部,机关党委,依据,期限,事项\r\n")).toBe(true);
    const worklist = readJson(join(out, "worklist.json")) as { documents: unknown[]; overdue: unknown[]; dueSoon: unknown[]; lapseCandidates: unknown[]; withoutLiaison: unknown[] };
    const items = worklist.documents.length + worklist.overdue.length + worklist.dueSoon.length + worklist.lapseCandidates.length + worklist.withoutLiaison.length;
    expect(csv.trimEnd().split("\r\n")).toHaveLength(items + 1);
    expect(csv).toContain("待开具的证明信、介绍信和活动证,A023,发展改革委机关第一党支部,自治区发展和改革委员会机关党委,《实施意见》二（一）1,2025-07-08,《流动党员活动证》");
  });

  it("worklist.json equals the library's worklist of the same records, after a JSON round trip", async () => {
    const out = scratch();
    await run(["examples/roster/members.xlsx", "--as-of", AS_OF, "--out", out, "--ambiguities"]);
    const expected = await analyzeRoster(exampleRecords(), { asOf: AS_OF, ambiguities: true }).worklist();
    expect(readJson(join(out, "worklist.json"))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("writes what examples/roster/out holds, which the README shows", async () => {
    const out = scratch();
    await run(["examples/roster/members.csv", "--as-of", AS_OF, "--out", out, "--impact"]);
    for (const name of ["worklist.csv", "worklist.json", "impact.html"]) {
      expect(readFileSync(join(out, name), "utf8"), `${name}: run the command of the README again`).toBe(readFileSync(join(example, "out", name), "utf8"));
    }
  });

  it("writes the same files with --threads 2 as in one thread", async () => {
    const [one, two] = [scratch(), scratch()];
    await run(["examples/roster/members.csv", "--as-of", AS_OF, "--out", one, "--impact"]);
    const { code } = await run(["examples/roster/members.csv", "--as-of", AS_OF, "--out", two, "--impact", "--threads", "2"]);
    expect(code).toBe(1);
    for (const name of ["members.ndjson", "worklist.json", "worklist.csv", "impact.json", "impact.html"]) {
      expect(readFileSync(join(two, name), "utf8"), name).toBe(readFileSync(join(one, name), "utf8"));
    }
    expect((await run(["examples/roster/members.csv", "--as-of", AS_OF, "--threads", "0"])).code).toBe(2);
  });

  it("keeps a cell a spreadsheet would run as a formula from being one", async () => {
    const csv = join(scratch(), "formula.csv");
    writeFileSync(csv, "id,branch,absence.departure,absence.expectedReturn,absence.placeFixed\n=cmd,b1,2025-07-05,2025-08-01,是\n");
    const out = scratch();
    await run([csv, "--as-of", AS_OF, "--out", out]);
    expect(readFileSync(join(out, "worklist.csv"), "utf8")).toContain(",'=cmd,b1,");
  });
});

describe("the command line", () => {
  it("refuses what it cannot do with exit 2, in both languages", async () => {
    const cases: [string[], RegExp][] = [
      [["examples/roster/members.csv"], /--as-of/],
      [[], /须指明一个花名册文件/],
      [["examples/roster/members.csv", "--as-of", "2025-02-30"], /--as-of：日期无效/],
      [["examples/roster/members.csv", "--as-of", AS_OF, "--format", "tsv"], /--format takes csv, json, ndjson or xlsx, not tsv/],
      [["examples/roster/members.txt", "--as-of", AS_OF], /--format/],
      [["examples/roster/members.csv", "--as-of", AS_OF, "--encoding", "big5"], /--encoding 只接受 utf-8 或 gb18030/],
      [["examples/roster/members.xlsx", "--as-of", AS_OF, "--encoding", "gb18030"], /--encoding/],
      [["examples/roster/members.csv", "--as-of", AS_OF, "--impact"], /--impact needs --out/],
      [["examples/roster/members.csv", "--as-of", AS_OF, "--asof"], /unknown option --asof/],
      [["examples/roster/members.csv", "--as-of", AS_OF, "--lang", "fr"], /--lang takes zh, zh-CN, en, not fr/],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(err, argv.join(" ")).toMatch(message);
    }
  });

  it("checks the readings with the library, before reading the roster", async () => {
    const dir = scratch();
    const bad = join(dir, "readings.json");
    writeFileSync(bad, JSON.stringify({ "Q1.six-month-boundary": "nonsense" }));
    const refused = await run(["examples/roster/members.csv", "--as-of", AS_OF, "--readings", bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--readings：/);
    expect(refused.out).toBe("");
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ "Q1.six-month-boundary": "exactly-six-months-is-within" }));
    const out = scratch();
    const read = await run(["examples/roster/members.csv", "--as-of", AS_OF, "--readings", good, "--out", out]);
    expect(read.code).toBe(1);
    const expected = await analyzeRoster(exampleRecords(), { asOf: AS_OF, interpretations: { "Q1.six-month-boundary": "exactly-six-months-is-within" } }).worklist();
    expect(readJson(join(out, "worklist.json"))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("names the file that cannot be read, and a file that is not in the encoding given (exit 2)", async () => {
    const missing = await run(["examples/roster/none.csv", "--as-of", AS_OF]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法读取 examples/roster/none.csv：找不到该文件");
    const gb = await run(["examples/roster/members-gb18030.csv", "--as-of", AS_OF]);
    expect(gb.code).toBe(2);
    expect(gb.err).toContain("--encoding gb18030");
    const broken = join(scratch(), "broken.json");
    writeFileSync(broken, '[{"id":"m1","branch":"b"},{"id":');
    const json = await run([broken, "--as-of", AS_OF, "--lang", "en"]);
    expect(json.code).toBe(2);
    expect(json.err).toContain("is malformed from record 1 on");
  });

  it("says how to install exceljs when an XLSX file is read without it", async () => {
    vi.doMock("exceljs", () => {
      throw Object.assign(new Error("Cannot find package 'exceljs'"), { code: "ERR_MODULE_NOT_FOUND" });
    });
    const { code, err } = await run(["examples/roster/members.xlsx", "--as-of", AS_OF]);
    expect(code).toBe(2);
    expect(err).toContain("npm install exceljs");
  });

  it("a lone --help, and the command's own, mention roster", async () => {
    let out = "";
    expect(main(["--help"], { out: (text) => void (out += text), err: () => undefined, cwd: root })).toBe(0);
    expect(out).toContain("mobile-member-rules roster <花名册文件> --as-of");
    const own = await run(["--help"]);
    expect(own.code).toBe(0);
    expect(own.out).toContain("--encoding utf-8|gb18030");
  });
});

describe("the progress bar", () => {
  it("is drawn on the terminal given, never on standard output, once the roster has taken more than a second", async () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let drawn = "";
    terminal.on("data", (chunk: Buffer) => void (drawn += chunk.toString("utf8")));
    let clock = 0;
    const now = (): number => (clock += 700);
    const { out } = await run(["examples/roster/members.csv", "--as-of", AS_OF], { progress: terminal, now });
    expect(drawn).toMatch(/每秒\d+条/);
    expect(out).not.toMatch(/每秒/);
  });

  it("is not drawn without a terminal", async () => {
    const { out, err } = await run(["examples/roster/members.csv", "--as-of", AS_OF]);
    expect(`${out}${err}`).not.toMatch(/每秒/);
  });
});
