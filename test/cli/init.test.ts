import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/cli/json-schema.js";
import { main } from "../../src/cli/main.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const starterNames = readdirSync(join(root, "examples/scenarios")).filter((f) => f.endsWith(".json")).sort();

const temps: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "mmr-init-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: readonly string[], cwd: string = root) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (text) => void (out += text), err: (text) => void (err += text), cwd });
  return { code, out, err };
}

const schemaOf = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as { $schema: string }).$schema;

describe("init <folder>", () => {
  it("copies the starter scenarios with the schema beside them, where their $schema resolves, and they pass", () => {
    const folder = join(scratch(), "my-scenarios");
    const { code } = run(["init", folder]);
    expect(code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([...starterNames, "scenario.schema.json"].sort());
    expect(JSON.parse(readFileSync(join(folder, "scenario.schema.json"), "utf8"))).toEqual(scenarioJsonSchema());
    for (const name of starterNames) {
      expect(schemaOf(join(folder, name))).toBe("./scenario.schema.json");
      expect(existsSync(resolve(folder, schemaOf(join(folder, name))))).toBe(true);
    }
    const check = run(["check", folder]);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/通过 \d+ 项，未通过 0 项/);
  });

  it("points $schema at the installed package's schema when the folder is inside a project that has it", () => {
    const project = scratch();
    const shipped = join(project, "node_modules/mobile-member-rules/dist/scenario.schema.json");
    mkdirSync(dirname(shipped), { recursive: true });
    writeFileSync(shipped, JSON.stringify(scenarioJsonSchema()));
    const folder = join(project, "policy", "scenarios");
    expect(run(["init", folder]).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(starterNames);
    for (const name of starterNames) {
      expect(schemaOf(join(folder, name))).toBe("../../node_modules/mobile-member-rules/dist/scenario.schema.json");
      expect(resolve(folder, schemaOf(join(folder, name)))).toBe(shipped);
    }
  });

  it("refuses to overwrite existing files, writing nothing, unless --force", () => {
    const folder = scratch();
    const first = join(folder, starterNames[0] ?? "");
    writeFileSync(first, "mine");
    const refused = run(["init", folder]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(starterNames[0]);
    expect(refused.err).toContain("--force");
    expect(readFileSync(first, "utf8")).toBe("mine");
    expect(readdirSync(folder)).toEqual([starterNames[0]]);
    const forced = run(["init", folder, "--force"]);
    expect(forced.code).toBe(0);
    expect(schemaOf(first)).toBe("./scenario.schema.json");
  });

  it("needs exactly one folder", () => {
    expect(run(["init"]).code).toBe(2);
    expect(run(["init", scratch(), scratch()]).code).toBe(2);
  });
});
