/**
 * The Chinese an officer signs: every zh-CN explanation, of every starter scenario and of
 * any valid input of every rule, is free of Latin identifiers (rule names, interpretation
 * ids, reading names, field names), of programmers' words (调用方, 本库), and of a quotation
 * opened inside another.
 *
 * What the caller wrote stays as written: ids of members and officers, reasons for an
 * exception, an excuse, a "cannot receive". Those strings are taken from the input and
 * options and blanked out before the check, so an id like "m000001" is no offence, while
 * the same letters written by the library are.
 *
 * A failure lists every offending line with the rule, the step (its check and clause) or
 * the part of the explanation it stands in, and what offends.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  ABSENCE_DOCUMENTS,
  DEFAULT_GRADING_STANDARD,
  PARTY_ORGS,
  RULE_NAMES,
  documentForAbsence,
  evaluationCohort,
  evaluationGrade,
  explain,
  isRuleInputError,
  liaisonAssignment,
  lookUpCitation,
  managementMode,
  reportingSchedule,
  resolveReceivingOrg,
  type Decision,
  type InterpretationChoices,
  type JsonValue,
  type RuleName,
} from "mobile-member-rules";
import { evaluate, type ScenarioRule } from "../../src/cli/scenarios.js";
import {
  absence,
  appraisalRecord,
  choicesWithoutQ5,
  interpretationChoices,
  readBy,
  managementFacts,
  memberId,
  memberSituation,
  scheduleFacts,
} from "../support/rule-arbitraries.js";

/** One offending line of an explanation. */
interface Offence {
  readonly rule: string;
  /** The step (number, check, clause) or the part of the explanation the line stands in. */
  readonly where: string;
  readonly problem: string;
  readonly line: string;
}

// Latin letters followed by a letter or digit: "documentForAbsence", "asOf", "Q2", "Q1.six-month-boundary".
// A lone letter ("N个月") is a placeholder, not an identifier.
const LATIN = /[A-Za-z][A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*/g;
const PROGRAMMERS_WORDS = /调用方|本库/g;

/** The quotation problems of one line: a “ inside “…”, a ” with no “, a “ never closed, a straight quote. */
function quoteProblems(line: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  for (const [index, char] of [...line].entries()) {
    if (char === "“") {
      if (depth > 0) problems.push(`“ opened inside “…” at ${index}`);
      depth += 1;
    } else if (char === "”") {
      if (depth === 0) problems.push(`” with no “ at ${index}`);
      else depth -= 1;
    } else if (char === '"') {
      problems.push(`straight quotation mark at ${index}`);
    }
  }
  if (depth > 0) problems.push("“ not closed on its line");
  return problems;
}

/**
 * Every string the caller wrote into an input or options, by the fields that hold them:
 * ids (`id`, `mobileMembers`, both sides of `currentAssignment`) and reasons (`reason`,
 * `excused`). Dates and the names of choices are not the caller's text: they stay checked.
 */
function callerTexts(value: unknown, key = ""): string[] {
  if (typeof value === "string") return ["id", "reason", "excused", "mobileMembers"].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => callerTexts(item, key));
  if (value === null || typeof value !== "object") return [];
  const entries = Object.entries(value);
  if (key === "currentAssignment") return entries.flatMap(([member, liaison]) => [member, ...(typeof liaison === "string" ? [liaison] : [])]);
  return entries.flatMap(([k, v]) => callerTexts(v, k));
}

/** The text with the caller's strings blanked, longest first so that no part of one is left. */
function withoutCallerText(text: string, caller: readonly string[]): string {
  return [...new Set(caller)]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((rest, s) => rest.split(s).join("〈〉"), text);
}

/** Where a line of the explanation stands: its step, or the heading above it. */
function placeOf(line: string, heading: string, decision: Decision<JsonValue>): string {
  const step = /^ {2}(\d+)\. /.exec(line);
  if (step !== null) {
    const n = Number(step[1]);
    const traced = decision.trace[n - 1];
    if (traced !== undefined) return `step ${n} (${traced.check}, ${lookUpCitation(traced.citation).entry.label})`;
  }
  return heading;
}

/** Every offending line of the zh-CN explanation of `decision`, given the caller's strings. */
function offencesIn(decision: Decision<JsonValue>, caller: readonly string[], explanation = explain(decision, { quoteClauses: true })): Offence[] {
  const offences: Offence[] = [];
  const strings = [...caller, ...(decision.override === null ? [] : [decision.override.reason])];
  let heading = "(head)";
  for (const line of explanation.split("\n")) {
    if (!line.startsWith(" ")) heading = line.replace(/：.*$/u, "");
    const where = placeOf(line, heading, decision);
    const text = withoutCallerText(line, strings);
    const add = (problem: string) => offences.push({ rule: decision.rule, where, problem, line: line.trim() });
    for (const [found] of text.matchAll(LATIN)) add(`Latin identifier ${found}`);
    for (const [found] of text.matchAll(PROGRAMMERS_WORDS)) add(`programmers' word ${found}`);
    for (const problem of quoteProblems(text)) add(problem);
  }
  return offences;
}

/** One line per offence, for a failure message an officer can act on. */
function report(offences: readonly Offence[]): string[] {
  return [...new Set(offences.map((o) => `${o.rule} › ${o.where} › ${o.problem}: ${o.line}`))];
}

describe("the check itself", () => {
  const away = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true });
  /** The offences found when the first step of a real decision says `text`. */
  const offence = (text: string) => {
    const lines = explain(away, { quoteClauses: true }).split("\n");
    const first = lines.findIndex((line) => line.startsWith("  1. "));
    if (first < 0) throw new Error("the decision has no step");
    lines[first] = `  1. 〔二（一）1〕${text}`;
    return report(offencesIn(away, ["m000001"], lines.join("\n"))).filter((entry) => entry.includes("step 1 "));
  };

  it("finds Latin identifiers, programmers' words and nested quotation marks, naming the step", () => {
    expect(offence("规则：documentForAbsence")).toEqual(["documentForAbsence › step 1 (place-fixed, 二（一）1) › Latin identifier documentForAbsence: 1. 〔二（一）1〕规则：documentForAbsence"]);
    expect(offence("（解释 Q1）")[0]).toContain("Latin identifier Q1");
    expect(offence("自 asOf 起")[0]).toContain("Latin identifier asOf");
    expect(offence("由调用方认定")[0]).toContain("programmers' word 调用方");
    expect(offence("若采用“恰好6个月属于“6个月以内”：开具党员证明信。”")[0]).toContain("“ opened inside “…”");
    expect(offence("结论为 \"x\"")[0]).toContain("straight quotation mark");
  });

  it("lets pass the caller's own ids, placeholders and quotations within quotations in 『』", () => {
    expect(offence("联络员 m000001 联系不足15名")).toEqual([]);
    expect(offence("“N个月”如何计算")).toEqual([]);
    expect(offence("条文规定“一般应当『开具』”")).toEqual([]);
  });
});

const root = fileURLToPath(new URL("../../", import.meta.url));
const starter = `${root}examples/scenarios/`;

describe("every starter scenario", () => {
  it("is explained in Chinese without identifiers, programmers' words or nested quotation marks", () => {
    const offences: Offence[] = [];
    let decided = 0;
    for (const file of readdirSync(starter).filter((name) => name.endsWith(".json"))) {
      const { scenarios } = JSON.parse(readFileSync(`${starter}${file}`, "utf8")) as {
        scenarios: { name: string; rule: ScenarioRule; input: unknown; options?: unknown }[];
      };
      scenarios.forEach((scenario, index) => {
        const evaluation = evaluate(scenario.rule, scenario.input, scenario.options, ["scenarios", index], "zh-CN");
        if (evaluation.kind !== "decided") return;
        decided += 1;
        const caller = [...callerTexts(scenario.input), ...callerTexts(scenario.options)];
        offences.push(...offencesIn(evaluation.decision, caller).map((o) => ({ ...o, rule: `${file} › ${scenario.name} › ${o.rule}` })));
      });
    }
    expect(decided).toBeGreaterThan(20);
    expect(report(offences)).toEqual([]);
  });
});

const reason = fc.constantFrom("短期借调，经支部研究保留原关系", "secondment to Project X (see minutes)");

/** Options with any readings, and with Q9's own standard whenever Q9 reads "caller-standard". */
const gradingOptions = interpretationChoices.map((interpretations) =>
  interpretations["Q9.grading-standard"] === "caller-standard"
    ? { interpretations, standard: DEFAULT_GRADING_STANDARD }
    : { interpretations },
);

/** Any readings, or (with Q5 left open) any readings and a documented exception. */
function overridable<O>(outcome: fc.Arbitrary<O>) {
  return fc.oneof(
    interpretationChoices.map((interpretations) => ({ interpretations })),
    fc.record({ interpretations: choicesWithoutQ5, override: fc.record({ outcome, reason }) }),
  );
}

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(6, "0")}`);

const branch = fc
  .record({
    count: fc.integer({ min: 0, max: 50 }),
    extra: fc.uniqueArray(memberId, { maxLength: 3 }),
    officers: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ count, extra, officers }) => ({
    mobileMembers: [...new Set([...ids("m", count), ...extra])].filter((id) => !id.startsWith("officer-")),
    officers: ids("officer-", officers).map((id, i) => ({ id, role: i === 0 ? ("secretary" as const) : ("committee-member" as const) })),
  }));

const cohort = fc
  .uniqueArray(fc.record({ id: fc.oneof(memberId, fc.constantFrom("党员甲", "m1", "m2", "m3")), record: appraisalRecord }), {
    maxLength: 6,
    selector: (member) => member.id,
  })
  .map((members) => ({ members }));

/** Generated valid input and options of a rule, the decision on them, and the caller's strings in them. */
type Case = { readonly input: unknown; readonly options: unknown; readonly decide: () => Decision<JsonValue>; readonly caller: readonly string[] };

function cases<I, O>(input: fc.Arbitrary<I>, options: fc.Arbitrary<O>, rule: ((input: I, options: O) => Decision<JsonValue>) & { readonly reads: readonly string[] }): fc.Arbitrary<Case> {
  return fc.tuple(input, options).map(([i, given]) => {
    // Only the readings of interpretations the rule reads: it refuses any other.
    const { interpretations } = given as { interpretations?: InterpretationChoices };
    const o = (interpretations === undefined ? given : { ...given, interpretations: readBy(rule, interpretations) }) as O;
    return { input: i, options: o, decide: () => rule(i, o), caller: [...callerTexts(i), ...callerTexts(o)] };
  });
}

// One generator per rule: a rule added to RULE_NAMES without one is a compile error here.
const CASES: { readonly [R in RuleName]: fc.Arbitrary<Case> } = {
  documentForAbsence: cases(absence, overridable(fc.constantFrom(...ABSENCE_DOCUMENTS)), documentForAbsence),
  resolveReceivingOrg: cases(memberSituation, overridable(fc.constantFrom(...PARTY_ORGS)), resolveReceivingOrg),
  managementMode: cases(managementFacts, interpretationChoices.map((interpretations) => ({ interpretations })), managementMode),
  evaluationGrade: cases(appraisalRecord, gradingOptions, evaluationGrade),
  evaluationCohort: cases(cohort, gradingOptions, evaluationCohort),
  liaisonAssignment: cases(branch, interpretationChoices.map((interpretations: InterpretationChoices) => ({ interpretations })), liaisonAssignment),
  reportingSchedule: cases(scheduleFacts, interpretationChoices.map((interpretations) => ({ interpretations })), reportingSchedule),
};

describe.each(RULE_NAMES)("%s on any valid input", (rule) => {
  test.prop([CASES[rule]])("is explained in Chinese without identifiers, programmers' words or nested quotation marks", ({ decide, caller }) => {
    let decision: Decision<JsonValue>;
    try {
      decision = decide();
    } catch (error) {
      // A combination the rule refuses (an override where the text says "应当", a reading
      // that needs a fact not given) has no explanation to check.
      if (isRuleInputError(error)) return fc.pre(false);
      throw error;
    }
    expect(report(offencesIn(decision, caller))).toEqual([]);
  });
});
