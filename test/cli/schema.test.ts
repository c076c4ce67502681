/**
 * The JSON Schema and the checker agree: what the checker accepts, an editor using the
 * schema accepts, dates checked as real calendar dates (as editors that assert
 * `format: date` do).
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/cli/json-schema.js";
import { checkScenarioText } from "../../src/cli/scenarios.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const starter = `${root}examples/scenarios/`;

function realDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

const validate = new Ajv2020({ allErrors: true, strict: false, formats: { date: realDate } }).compile(scenarioJsonSchema());
const absence = { departure: "2024-03-10", expectedReturn: null, placeFixed: true };
const fileOf = (input: unknown, expect: unknown) => ({ scenarios: [{ name: "x", rule: "documentForAbsence", input, expect }] });

describe("the scenario JSON Schema", () => {
  it.each(readdirSync(starter).filter((f) => f.endsWith(".json")))("accepts the starter file %s, which the checker passes", (name) => {
    const text = readFileSync(`${starter}${name}`, "utf8");
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(checkScenarioText(name, text, "en").malformed).toBe(false);
  });

  it("checks an input's dates as calendar dates when the scenario expects a decision", () => {
    expect(validate(fileOf(absence, {}))).toBe(true);
    expect(validate(fileOf({ ...absence, departure: "2023-02-29" }, {}))).toBe(false);
    expect(validate(fileOf({ placeFixed: true }, { outcome: { document: "activity-card" } }))).toBe(false);
  });

  it("accepts any input in a scenario that expects a refusal, as the checker does", () => {
    for (const input of [{ ...absence, departure: "2023-02-29" }, { placeFixed: true }, "not even an object"]) {
      for (const expect_ of [{ refused: true }, { refusedAt: "departure" }]) {
        expect(validate(fileOf(input, expect_)), JSON.stringify([input, expect_])).toBe(true);
        expect(checkScenarioText("x.json", JSON.stringify(fileOf(input, expect_)), "en").malformed).toBe(false);
      }
    }
  });

  it("labels every field of every rule's input with the catalogs' words, in Chinese and English, for an editor's hover text", () => {
    const schema = scenarioJsonSchema() as { properties: { scenarios: { items: { oneOf: { else: { properties: { input: unknown } } }[] } } } };
    const untitled: string[] = [];
    let titled = 0;
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== "object") return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) {
        const title = (value as { title?: unknown }).title;
        if (typeof title === "string" && / · /.test(title)) titled += 1;
        else untitled.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(node)) if (typeof value === "object") visit(value, `${path}/${key}`);
    };
    schema.properties.scenarios.items.oneOf.forEach((variant, index) => visit(variant.else.properties.input, String(index)));
    expect(untitled).toEqual([]);
    expect(titled).toBeGreaterThan(100);
    const absence = schema.properties.scenarios.items.oneOf[0]?.else.properties.input as { properties: Record<string, { title: string; description: string }> };
    expect(absence.properties["departure"]?.title).toBe("外出日期 · Departure date");
    expect(absence.properties["expectedReturn"]?.description).toContain("null：未定返回日期");
  });
});
