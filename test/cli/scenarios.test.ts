import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/cli/json-schema.js";
import { checkScenarioText, type FileResult } from "../../src/cli/scenarios.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const starter = `${root}examples/scenarios/`;

function scenariosOf(result: FileResult) {
  if (result.malformed) throw new Error(`malformed: ${JSON.stringify(result.findings)}`);
  return result.results;
}

const file = (scenarios: unknown[]) => JSON.stringify({ scenarios });
const absence = { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true };

describe("the starter scenarios", () => {
  const files = readdirSync(starter).filter((f) => f.endsWith(".json"));

  it("cover every rule", () => {
    const rules = new Set(files.flatMap((f) => JSON.parse(readFileSync(`${starter}${f}`, "utf8")).scenarios.map((s: { rule: string }) => s.rule)));
    expect([...rules].sort()).toEqual(
      ["documentForAbsence", "evaluationCohort", "evaluationGrade", "liaisonAssignment", "managementMode", "reportingSchedule", "resolveReceivingOrg"].sort(),
    );
  });

  it.each(files)("%s passes, every scenario explained in Chinese", (name) => {
    const results = scenariosOf(checkScenarioText(name, readFileSync(`${starter}${name}`, "utf8"), "zh-CN"));
    for (const result of results) {
      expect(result.findings, result.name).toEqual([]);
      expect(result.passed).toBe(true);
      expect(result.explanation).toMatch(/结论：|输入被拒绝：/);
    }
  });

  it("name the published JSON Schema, which is up to date with the rules' schemas", () => {
    const published = JSON.parse(readFileSync(`${root}docs/scenario.schema.json`, "utf8"));
    expect(published).toEqual(scenarioJsonSchema());
    for (const f of files) expect(JSON.parse(readFileSync(`${starter}${f}`, "utf8")).$schema).toBe("../../docs/scenario.schema.json");
  });
});

describe("checking a scenario", () => {
  it("fails a wrong expectation and says what differs, still explaining the decision", () => {
    const [result] = scenariosOf(
      checkScenarioText("t.json", file([{ name: "x", rule: "documentForAbsence", input: absence, expect: { outcome: { document: "certificate-letter" }, ambiguous: false, citations: ["2.1.4"] } }]), "zh-CN"),
    );
    expect(result?.passed).toBe(false);
    expect(result?.findings).toEqual([
      { where: "outcome.document", message: '期望 "certificate-letter"，实际 "transfer-letter"' },
      { where: "citations", message: "未引用 2.1.4" },
      { where: "ambiguous", message: "期望 ambiguous 为 false，实际 true" },
    ]);
    expect(result?.explanation).toContain("结论：开具组织关系介绍信");
  });

  it("names each differing item of a list by its place, and each later field by its own path", () => {
    const decided = scenariosOf(checkScenarioText("t.json", file([{ name: "x", rule: "documentForAbsence", input: absence, expect: {} }]), "en"));
    expect(decided[0]?.passed).toBe(true);
    // The decision's duties, two of them swapped: each swapped place is named, and the document after them by its own path.
    const [result] = scenariosOf(
      checkScenarioText(
        "t.json",
        file([
          {
            name: "x",
            rule: "documentForAbsence",
            input: absence,
            expect: {
              outcome: {
                duties: ["keep-contact-with-both-organizations", "complete-relationship-transfer", "register-and-track-member", "keep-regular-contact-with-outflow-org", "send-study-materials", "record-political-status"],
                document: "activity-card",
              },
            },
          },
        ]),
        "en",
      ),
    );
    expect(result?.findings.map((finding) => finding.where)).toEqual(["outcome.duties[0]", "outcome.duties[1]", "outcome.document"]);
  });

  it("reports in English with --lang en", () => {
    const [result] = scenariosOf(
      checkScenarioText("t.json", file([{ name: "x", rule: "documentForAbsence", input: absence, expect: { outcome: { document: "activity-card" } } }]), "en"),
    );
    expect(result?.findings[0]?.message).toBe('expected "activity-card", got "transfer-letter"');
    expect(result?.explanation).toContain("Outcome: issue an organizational-relationship transfer letter");
  });

  it("fails an input the rule refuses, naming the path inside the file; passes it when a refusal is expected there", () => {
    const bad = { ...absence, expectedReturn: "2024-02-30" };
    const [unexpected] = scenariosOf(checkScenarioText("t.json", file([{ name: "x", rule: "documentForAbsence", input: bad, expect: {} }]), "zh-CN"));
    expect(unexpected?.passed).toBe(false);
    expect(unexpected?.findings[0]?.where).toBe("scenarios[0].input.expectedReturn");
    const [expected] = scenariosOf(checkScenarioText("t.json", file([{ name: "x", rule: "documentForAbsence", input: bad, expect: { refusedAt: "expectedReturn" } }]), "zh-CN"));
    expect(expected?.passed).toBe(true);
    const [elsewhere] = scenariosOf(checkScenarioText("t.json", file([{ name: "x", rule: "documentForAbsence", input: bad, expect: { refusedAt: "departure" } }]), "zh-CN"));
    expect(elsewhere?.passed).toBe(false);
    const [decided] = scenariosOf(checkScenarioText("t.json", file([{ name: "x", rule: "documentForAbsence", input: absence, expect: { refused: true } }]), "zh-CN"));
    expect(decided?.passed).toBe(false);
  });

  it.each([
    ["{ \"scenarios\": [ }", "(JSON)", /line 1, column 18/],
    ["{\n  \"scenarios\": [\n    {,}\n  ]\n}", "(JSON)", /line 3, column 6/],
    [file([{ name: "x", rule: "documentForAbsense", input: {}, expect: {} }]), "scenarios[0].rule", /取值无效/],
    [file([{ name: "x", rule: "documentForAbsence", input: absence }]), "scenarios[0].expect", /缺少必填项/],
    [file([{ name: "x", rule: "documentForAbsence", input: absence, expect: { citations: ["9.9"] } }]), "scenarios[0].expect.citations[0]", /不是已登记的条文/],
    [JSON.stringify({ scenarios: [] }), "scenarios", /不得少于 1/],
    [JSON.stringify({ scenario: [] }), "scenarios", /缺少必填项/],
  ])("names the file's problem precisely: %s", (text, where, message) => {
    const result = checkScenarioText("broken.json", text, "zh-CN");
    expect(result.malformed).toBe(true);
    if (result.malformed) {
      const finding = result.findings.find((f) => f.where === where);
      expect(finding, JSON.stringify(result.findings)).toBeDefined();
      expect(finding?.message).toMatch(message);
    }
  });
});
