/**
 * What only a real process can show: a FIFO among the files (an in-process read would
 * block the test runner itself) and a reader that closes the pipe early. Spawns `node`
 * with tsx on the source, so these tests are left out of the mutation runs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const entry = join(root, "src/cli/bin.ts");
const starter = join(root, "examples/scenarios");

const temps: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "mmr-cli-process-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A real process, with a timeout so that a read that blocks fails the test instead of hanging it. */
function spawnCli(args: readonly string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", entry, ...args], { cwd: root, encoding: "utf8", timeout: 20_000 });
}

const hasMkfifo = spawnSync("sh", ["-c", "command -v mkfifo"]).status === 0;
const passing = JSON.stringify({
  scenarios: [
    {
      name: "不满6个月开具证明信",
      rule: "documentForAbsence",
      input: { departure: "2024-03-10", expectedReturn: "2024-09-09", placeFixed: true },
      expect: { outcome: { document: "certificate-letter" } },
    },
  ],
});

describe("a FIFO among the files", () => {
  it.skipIf(!hasMkfifo)("is skipped with a message instead of waited on forever", () => {
    const dir = scratch();
    writeFileSync(join(dir, "good.json"), passing);
    execFileSync("mkfifo", [join(dir, "pipe.json")]);
    const result = spawnCli(["check", dir]);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ .*good\.json › /m);
    expect(result.stderr).toMatch(/pipe\.json: 不是普通文件/);
  });
});

describe("a closed pipe", () => {
  it("ends the command quietly, without a stack trace", () => {
    // Enough output to outlast the pipe's buffer after `head` has gone.
    const dir = scratch();
    for (let i = 0; i < 150; i += 1) copyFileSync(join(starter, "document-for-absence.json"), join(dir, `copy-${i}.json`));
    const result = spawnSync("sh", ["-c", `"${process.execPath}" --import tsx "${entry}" check --verbose "${dir}" | head -1`], {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.stdout).toMatch(/^✓ /);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe("roster, through the program", () => {
  it("is routed to its own module after options, exits 1 for the example's bad rows, and keeps standard output for the table", () => {
    const result = spawnCli(["--lang", "en", "roster", "examples/roster/members.csv", "--as-of", "2025-06-30"]);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Worklist of mobile Party members as of 2025-06-30");
    expect(result.stderr).toContain("row 193, column A (id): required, and missing; skipped");
    expect(result.stdout).not.toContain("skipped");
  });
});
