/**
 * `mobile-member-rules workbench`: the page written where asked (or in a folder of its own),
 * its path printed, an earlier page replaced and any other file left alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { WORKBENCH_MARK, defaultWorkbenchFolder } from "../../src/cli/workbench.js";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: readonly string[], cwd: string) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (text) => void (out += text), err: (text) => void (err += text), cwd });
  return { code, out, err };
}

describe("the workbench command", () => {
  it("writes the page into --out, relative to the working folder, and prints its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmr-workbench-"));
    temps.push(dir);
    const { code, out, err } = run(["workbench", "--out", "页面"], dir);
    expect(err).toBe("");
    expect(code).toBe(0);
    const path = join(dir, "页面", "index.html");
    expect(out).toBe(`${path}\n`);
    const page = readFileSync(path, "utf8");
    expect(page).toContain(WORKBENCH_MARK);
    expect(page).toContain("流动党员管理规则工作台");
    // Again: an earlier page is replaced.
    expect(run(["workbench", "--out", "页面"], dir).code).toBe(0);
  });

  it("leaves alone an index.html that is not a workbench page", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmr-workbench-"));
    temps.push(dir);
    writeFileSync(join(dir, "index.html"), "<p>mine</p>");
    const { code, err } = run(["workbench", "--out", "."], dir);
    expect(code).toBe(1);
    expect(err).toContain("不是工作台页面");
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("<p>mine</p>");
  });

  it("writes to a folder of its own by default, and refuses arguments and others' options", () => {
    expect(defaultWorkbenchFolder()).toBe(join(tmpdir(), "mobile-member-rules-workbench"));
    expect(run(["workbench", "x"], tmpdir()).code).toBe(2);
    expect(run(["workbench", "--force"], tmpdir()).code).toBe(2);
    expect(run(["check", "--out", "x", "."], tmpdir()).code).toBe(2);
  });
});
