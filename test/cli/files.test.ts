import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decodeScenarioBytes, findScenarioFiles } from "../../src/cli/files.js";
import { isScenarioPathInFolder } from "../../src/cli/scenario-sources.js";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("finding scenario files", () => {
  it("reports a folder it may not read, and still finds the files beside it", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmr-files-"));
    temps.push(dir);
    mkdirSync(join(dir, "locked"));
    writeFileSync(join(dir, "locked", "hidden.json"), "{}");
    writeFileSync(join(dir, "good.json"), "{}");
    // Permissions do not bind the superuser, so the refusal is simulated.
    const denied = (path: string) => {
      if (basename(path) === "locked") throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return readdirSync(path);
    };
    const entries = findScenarioFiles([dir], { statSync, readdirSync: denied });
    expect(entries.map((e) => [e.kind, basename(e.path)])).toEqual([
      ["file", "good.json"],
      ["failed", "locked"],
    ]);
    const locked = entries.find((e) => e.kind === "failed");
    expect(locked?.kind === "failed" && locked.why.en).toMatch(/cannot be read/);
  });
});

describe("decoding a scenario file", () => {
  const text = '{"scenarios": []}';
  it("strips a UTF-8 byte-order mark", () => {
    expect(decodeScenarioBytes(Buffer.from(`\uFEFF${text}`))).toEqual({ ok: true, text });
  });
  it("keeps plain UTF-8 as it is, Chinese included", () => {
    expect(decodeScenarioBytes(Buffer.from(`${text}外出`))).toEqual({ ok: true, text: `${text}外出` });
  });
  it.each([
    ["UTF-16LE with a mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["UTF-16BE with a mark", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
    ["UTF-16LE without a mark", Buffer.from(text, "utf16le")],
  ])("refuses %s, asking for UTF-8", (_, bytes) => {
    const result = decodeScenarioBytes(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.why.en).toMatch(/UTF-16.*save it as UTF-8/);
  });
  it("refuses bytes that are not UTF-8", () => {
    // "{证明}" in GBK.
    const result = decodeScenarioBytes(Buffer.from([0x7b, 0xd6, 0xa4, 0xc3, 0xf7, 0x7d]));
    expect(!result.ok && result.why.en).toMatch(/not UTF-8/);
  });
});

describe("a file found in an opened folder (the workbench's), by its path from the folder", () => {
  it("is checked as the folder search would check it", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmr-names-"));
    temps.push(dir);
    const paths = ["a.json", "b.JSON", "scenario.schema.json", "notes.txt", ".hidden.json", "node_modules/x/y.json", ".git/z.json", "sub/c.json", "sub\\d.json"];
    for (const path of paths.filter((p) => !p.includes("\\"))) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), "{}");
    }
    const found = findScenarioFiles([dir]).map((e) => e.path.slice(dir.length + 1)).sort();
    expect(paths.filter(isScenarioPathInFolder).filter((p) => !p.includes("\\")).sort()).toEqual(found);
    expect(isScenarioPathInFolder("sub\\d.json")).toBe(true);
  });
});
