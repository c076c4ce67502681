/**
 * The fields of every rule's input, read from the rules' schemas, are worded in both
 * catalogs: every field has a label and a help text, every choice its words, and the
 * catalogs hold no words for a field that no longer exists. The Chinese is an officer's:
 * no Latin identifiers, no quotation opened inside another.
 */
import { describe, expect, it } from "vitest";
import { RULE_NAMES } from "mobile-member-rules";
import { LOCALES } from "../../src/locales/index.js";
import { TOOL_CATALOGS } from "../../src/locales/tools.js";
import { fieldLabel, fieldWordIds, inputFields, type InputField } from "../../src/rules/input-fields.js";

const ids = fieldWordIds();

function messageIds(locale: (typeof LOCALES)[number]): string[] {
  return Object.keys(TOOL_CATALOGS[locale].messages);
}

function words(locale: (typeof LOCALES)[number], id: string): string {
  const render = (TOOL_CATALOGS[locale].messages as unknown as Record<string, (params: object, found: object) => string>)[id];
  if (render === undefined) throw new Error(`${locale} has no ${id}`);
  return render({}, { result: null, facts: {} });
}

/** Every field of a rule's input, depth first, with its kind. */
function flatten(field: InputField): InputField[] {
  switch (field.kind) {
    case "object":
      return [field, ...field.fields.flatMap(({ field: child }) => flatten(child))];
    case "variants":
      return [field, ...field.variants.flatMap((variant) => variant.fields.flatMap(({ field: child }) => flatten(child)))];
    case "nullable":
    case "optional":
      return [field, ...flatten(field.inner)];
    case "either":
      return [field, ...field.options.flatMap(flatten)];
    case "list":
      return [field, ...flatten(field.item)];
    case "pairs":
      return [field, ...flatten(field.key), ...flatten(field.value)];
    default:
      return [field];
  }
}

describe("the words of the rules' input fields", () => {
  it("are found for every field of every rule", () => {
    expect(ids.length).toBeGreaterThan(150);
    for (const rule of RULE_NAMES) expect(ids.some((id) => id.startsWith(`field.${rule}.`)), rule).toBe(true);
  });

  it.each(LOCALES)("are all in the %s catalog: a label and a help text for every field, words for every choice", (locale) => {
    const have = new Set(messageIds(locale));
    expect(ids.filter((id) => !have.has(id))).toEqual([]);
    for (const id of ids) expect(words(locale, id).trim(), id).not.toBe("");
  });

  it.each(LOCALES)("in the %s catalog, are only for fields that exist", (locale) => {
    const wanted = new Set(ids);
    expect(messageIds(locale).filter((id) => /^field(-help|-option)?\./.test(id) && !wanted.has(id))).toEqual([]);
  });

  it("in Chinese, are free of Latin identifiers and of quotations inside quotations", () => {
    for (const id of ids) {
      const text = words("zh-CN", id);
      expect(text, id).not.toMatch(/[A-Za-z]{2,}/);
      let depth = 0;
      for (const char of text) {
        if (char === "“") {
          expect(depth, id).toBe(0);
          depth += 1;
        } else if (char === "”") depth -= 1;
      }
      expect(depth, id).toBe(0);
    }
  });

  it("word a schema met twice where it is met first: an absence under documentForAbsence, a cohort member's record under evaluationGrade", () => {
    const fields = inputFields();
    const paths = (rule: (typeof RULE_NAMES)[number]) => flatten(fields[rule]).map((field) => `${field.words.rule}:${field.words.path}`);
    expect(paths("resolveReceivingOrg")).toContain("documentForAbsence:departure");
    expect(paths("resolveReceivingOrg")).toContain("resolveReceivingOrg:destination.unitHasPartyOrg");
    expect(paths("resolveReceivingOrg")).not.toContain("resolveReceivingOrg:workUnit.unitHasPartyOrg");
    expect(paths("evaluationCohort")).toContain("evaluationGrade:months.month");
    expect(paths("evaluationGrade")).not.toContain("evaluationGrade:precedingMonths.month");
    expect(fieldLabel({ rule: "documentForAbsence", path: "" }, "zh-CN")).toBe("外出党员所持证明");
  });

  it("read dates as dates and months as months", () => {
    // The outermost field at each path: a nullable text is a nullable first.
    const kinds = Object.fromEntries(flatten(inputFields().evaluationGrade).reverse().map((field) => [field.words.path, field.kind]));
    expect(kinds["departure"]).toBe("date");
    expect(kinds["months.month"]).toBe("month");
    expect(kinds["months.excused"]).toBe("nullable");
  });
});
