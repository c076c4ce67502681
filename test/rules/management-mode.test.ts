import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import {
  MANAGEMENT_CASES,
  MANAGEMENT_CASE_TEXT,
  PARTY_ORGS,
  RuleInputError,
  alternativesOf,
  managementMode,
  type Decision,
  type Employment,
  type InterpretationChoices,
  type ManagementFacts,
  type ManagementModeOutcome,
  type PersonnelFileHolder,
} from "mobile-member-rules";
import { outcomeText, reasonText, stepText } from "../../src/decision/render.js";
import { CATALOGS } from "../../src/locales/index.js";
import { expectInputIssue } from "../support/expect-input.js";
import { underEachTimeZone } from "../support/arbitraries.js";
import { deepFreeze, interpretationChoices, managementFacts, snapshot } from "../support/rule-arbitraries.js";

const base: ManagementFacts = {
  employment: "stable",
  workplaceHasPartyOrg: true,
  industryAssociation: false,
  personnelFileHolder: "other",
  residenceFixed: true,
  residenceChangesOften: false,
};

/** Every valid combination of facts: 2 × 2 × 2 × 3 × 3 with a workplace, 3 × 3 without. */
function everyCell(): ManagementFacts[] {
  const cells: ManagementFacts[] = [];
  const residences = [
    [true, false],
    [false, true],
    [false, false],
  ] as const;
  const holders: PersonnelFileHolder[] = ["talent-agency", "labour-agency", "other"];
  for (const employment of ["stable", "unstable", "none"] as Employment[]) {
    const workplace = employment === "none" ? [null] : [true, false];
    for (const workplaceHasPartyOrg of workplace) {
      for (const industryAssociation of workplace) {
        for (const personnelFileHolder of holders) {
          for (const [residenceFixed, residenceChangesOften] of residences) {
            cells.push({
              employment,
              workplaceHasPartyOrg,
              industryAssociation,
              personnelFileHolder,
              residenceFixed,
              residenceChangesOften,
            });
          }
        }
      }
    }
  }
  return cells;
}

/** The value at a dotted path of a trace fact, if the input has one. */
function atPath(root: unknown, path: string): { found: boolean; value?: unknown } {
  let current = root;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return { found: false };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

/**
 * What every decision promises, read through the catalogs: it survives JSON unchanged; its
 * outcome is the rule's; each clause, reading and contested point is listed once; the
 * outcome, every step and every reason are said in both languages (never as a step this
 * version has no words for); every step's clause is among the citations; and a fact a step
 * quotes under a path of the input is the value the input holds there.
 */
function expectWellFormed(decision: Decision<ManagementModeOutcome>, input: unknown): void {
  expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  expect(decision.rule).toBe("managementMode");
  expect(managementMode.outcome.safeParse(decision.outcome).success).toBe(true);
  expect(decision.citations.length).toBeGreaterThan(0);
  expect(new Set(decision.citations).size).toBe(decision.citations.length);
  expect(new Set(decision.interpretations.map((i) => i.id)).size).toBe(decision.interpretations.length);
  expect(new Set(decision.ambiguities.map((a) => a.interpretation)).size).toBe(decision.ambiguities.length);
  expect(decision.ambiguous).toBe(decision.ambiguities.length > 0);
  const readings = decision.interpretations.map((i) => i.id);
  for (const locale of ["zh-CN", "en"] as const) {
    const summary = outcomeText("managementMode", decision.outcome, locale);
    expect(summary).not.toBe("");
    expect(summary).not.toBe(JSON.stringify(decision.outcome));
    for (const ambiguity of decision.ambiguities) {
      expect(readings).toContain(ambiguity.interpretation);
      expect(reasonText(ambiguity.reason, locale)).not.toBe(CATALOGS[locale].explain.unknownStep(ambiguity.reason.check));
    }
  }
  for (const step of decision.trace) {
    const zh = stepText(step, decision, "zh-CN");
    const en = stepText(step, decision, "en");
    expect(zh, step.check).not.toBe(CATALOGS["zh-CN"].explain.unknownStep(step.check));
    expect(en, step.check).not.toBe(CATALOGS.en.explain.unknownStep(step.check));
    expect(zh, step.check).toMatch(/\p{Script=Han}/u);
    expect(en, step.check).toMatch(/[a-z]/);
    expect(decision.citations).toContain(step.citation);
    for (const [path, value] of Object.entries(step.facts ?? {})) {
      const source = atPath(input, path);
      if (source.found) expect(value, `${step.check}: ${path}`).toEqual(source.value);
    }
  }
}

/** The choices among those managementMode reads: it refuses any other interpretation. */
function readByManagementMode(choices: InterpretationChoices): InterpretationChoices {
  const read: Record<string, unknown> = {};
  for (const id of managementMode.reads) if (choices[id] !== undefined) read[id] = choices[id];
  return read as InterpretationChoices;
}

/** Every combination of the readings managementMode consults. */
function everyReading(): InterpretationChoices[] {
  const readings: InterpretationChoices[] = [];
  for (const q12 of alternativesOf("Q12.overlapping-management-conditions")) {
    for (const q15 of alternativesOf("Q15.association-case-employment")) {
      for (const q16 of alternativesOf("Q16.management-gap")) {
        for (const q36 of alternativesOf("Q36.residence-changes-case-employment")) {
          readings.push({
            "Q12.overlapping-management-conditions": q12,
            "Q15.association-case-employment": q15,
            "Q16.management-gap": q16,
            "Q36.residence-changes-case-employment": q36,
          });
        }
      }
    }
  }
  return readings;
}

describe("managementMode: the five cases of 1.2.3", () => {
  it("stable job at a workplace with a Party organization: the workplace organization", () => {
    const decision = managementMode(base);
    expect(decision.outcome).toEqual({
      manager: "workplace-org",
      alsoPermitted: [],
      basis: "stable-job-workplace-org",
      otherCasesThatHeld: [],
    });
    expect(decision.citations).toEqual(["1.2.3"]);
  });

  it("workplace without an organization but with an industry association: the association's, or the regulator's", () => {
    const decision = managementMode({ ...base, workplaceHasPartyOrg: false, industryAssociation: true });
    expect(decision.outcome.manager).toBe("industry-association-org");
    expect(decision.outcome.alsoPermitted).toEqual(["industry-regulator-org"]);
  });

  it.each([
    ["talent-agency", "talent-agency-org"],
    ["labour-agency", "labour-agency-org"],
  ] as const)("no job yet, file held by a %s: that agency's organization", (holder, manager) => {
    const decision = managementMode({
      ...base,
      employment: "none",
      workplaceHasPartyOrg: null,
      industryAssociation: null,
      personnelFileHolder: holder,
    });
    expect(decision.outcome.manager).toBe(manager);
    expect(decision.outcome.basis).toBe("no-job-file-at-agency");
  });

  it("unstable job, fixed residence: the residence organization", () => {
    expect(managementMode({ ...base, employment: "unstable" }).outcome.manager).toBe("residence-org");
  });

  it("residence changes often: the original organization", () => {
    const decision = managementMode({
      ...base,
      employment: "unstable",
      workplaceHasPartyOrg: true,
      residenceFixed: false,
      residenceChangesOften: true,
    });
    expect(decision.outcome.manager).toBe("original-org");
    expect(decision.outcome.basis).toBe("residence-changes-often");
  });

  it("unstable work, no fixed residence, but a workplace with an organization, residence not changing often: reached and answered (Q16)", () => {
    const facts = { ...base, employment: "unstable" as const, residenceFixed: false, residenceChangesOften: false };
    const decision = managementMode(facts);
    expect(decision.outcome).toEqual({
      manager: "original-org",
      alsoPermitted: [],
      basis: "no-case-applies",
      otherCasesThatHeld: [],
    });
    expect(decision.citations).toEqual(["1.2.3", "2.2.1"]);
    expect(decision.ambiguous).toBe(false);
  });

  it("a gap with a fixed residence is ambiguous under Q16, with the residence organization as the other reading", () => {
    const decision = managementMode({ ...base, workplaceHasPartyOrg: false, industryAssociation: false });
    expect(decision.outcome.basis).toBe("no-case-applies");
    expect(decision.outcome.manager).toBe("original-org");
    expect(decision.ambiguities.map((a) => [a.interpretation, a.alternatives[0]?.outcome.manager])).toEqual([
      ["Q16.management-gap", "residence-org"],
    ]);
  });

  it("overlapping cases: the text's order decides, the others are listed, and the other reading is shown (Q12)", () => {
    const facts = {
      ...base,
      workplaceHasPartyOrg: false,
      industryAssociation: true,
      residenceFixed: false,
      residenceChangesOften: true,
    };
    const decision = managementMode(facts);
    expect(decision.outcome.manager).toBe("industry-association-org");
    expect(decision.outcome.otherCasesThatHeld).toEqual(["residence-changes-often"]);
    const q12 = decision.ambiguities.find((a) => a.interpretation === "Q12.overlapping-management-conditions");
    expect(q12?.alternatives[0]?.outcome.manager).toBe("original-org");
    const shallFirst = managementMode(facts, {
      interpretations: { "Q12.overlapping-management-conditions": "shall-before-may" },
    });
    expect(shallFirst.outcome.manager).toBe("original-org");
    expect(shallFirst.outcome.otherCasesThatHeld).toEqual(["workplace-without-org-industry-association"]);
  });

  it("an unstable job at a workplace with an association: the residence under Q15's default, the association under its alternative", () => {
    const facts = { ...base, employment: "unstable" as const, workplaceHasPartyOrg: false, industryAssociation: true };
    expect(managementMode(facts).outcome.manager).toBe("residence-org");
    expect(managementMode(facts).ambiguities.map((a) => a.interpretation)).toEqual(["Q15.association-case-employment"]);
    expect(
      managementMode(facts, { interpretations: { "Q15.association-case-employment": "any-employment" } }).outcome.manager,
    ).toBe("industry-association-org");
  });

  it("says in Chinese which cases held", () => {
    const decision = managementMode({ ...base, employment: "unstable" });
    expect(decision.trace.map((step) => stepText(step, decision))).toContain("情形4（就业单位不够稳定、居住地比较固定的）：成立");
    expect(outcomeText("managementMode", decision.outcome)).toBe("由居住地党组织管理");
  });

  it("names each case as the text words it, from the catalogs", () => {
    expect(Object.keys(MANAGEMENT_CASE_TEXT)).toEqual([...MANAGEMENT_CASES]);
    expect(MANAGEMENT_CASE_TEXT["workplace-without-org-industry-association"]).toEqual({
      text: { zh: "工作单位未建党组织而有行业协会的", en: "workplace without a Party organization, but an industry association exists" },
      wording: "may",
    });
    expect(MANAGEMENT_CASES.map((id) => MANAGEMENT_CASE_TEXT[id].wording)).toEqual(["shall", "may", "may", "shall", "shall"]);
  });
});

describe("managementMode: a residence that changes often, whatever the job (Q36)", () => {
  const changing = { ...base, residenceFixed: false, residenceChangesOften: true };

  it("is read without an employment condition by default, and that reading is recorded where the job is not unstable", () => {
    // Stable job, no Party organization, an association: under "shall before may" (Q12) the
    // residence case decides, unless it needs an unstable job (Q36's other reading).
    const facts = { ...changing, workplaceHasPartyOrg: false, industryAssociation: true };
    const shallFirst = { "Q12.overlapping-management-conditions": "shall-before-may" } as const;
    const decision = managementMode(facts, { interpretations: shallFirst });
    expect(decision.outcome.manager).toBe("original-org");
    const q36 = decision.ambiguities.find((a) => a.interpretation === "Q36.residence-changes-case-employment");
    expect(q36?.alternatives.map((a) => a.outcome.manager)).toEqual(["industry-association-org"]);
    expect(
      managementMode(facts, {
        interpretations: { ...shallFirst, "Q36.residence-changes-case-employment": "unstable-employment-only" },
      }).outcome.manager,
    ).toBe("industry-association-org");
    expect(managementMode(facts).interpretations.map((i) => i.id)).toContain("Q36.residence-changes-case-employment");
  });

  it("is recorded, not marked ambiguous, where another case decides under either reading", () => {
    // Text order (Q12's default): the association's case comes first; Q36 changes only which cases are listed as held.
    const overlap = managementMode({ ...changing, workplaceHasPartyOrg: false, industryAssociation: true });
    expect(overlap.interpretations.map((i) => i.id)).toContain("Q36.residence-changes-case-employment");
    expect(overlap.ambiguities.map((a) => a.interpretation)).not.toContain("Q36.residence-changes-case-employment");
    // A stable job at a workplace with a Party organization decides whatever Q36 says.
    const atOrg = managementMode(changing);
    expect(atOrg.outcome.manager).toBe("workplace-org");
    expect(atOrg.ambiguities.map((a) => a.interpretation)).not.toContain("Q36.residence-changes-case-employment");
    // Alone, the residence case decides under one reading and the gap (Q16) under the other: contested.
    const alone = managementMode({ ...changing, workplaceHasPartyOrg: false });
    expect(alone.outcome.basis).toBe("residence-changes-often");
    // The same organization on another ground reads as another answer.
    expect(outcomeText("managementMode", alone.outcome)).toBe("由原所在党组织管理");
    const other = alone.ambiguities.find((a) => a.interpretation === "Q36.residence-changes-case-employment")?.alternatives[0];
    expect(other && outcomeText("managementMode", other.outcome)).toBe("由原所在党组织管理（条文未规定此种情形）");
    expect(alone.ambiguities.find((a) => a.interpretation === "Q36.residence-changes-case-employment")?.alternatives[0]?.outcome.basis).toBe(
      "no-case-applies",
    );
  });

  it("is not Q36's question when the job is unstable: the case holds under both readings", () => {
    const decision = managementMode({ ...changing, employment: "unstable" });
    expect(decision.outcome.manager).toBe("original-org");
    expect(decision.interpretations.map((i) => i.id)).not.toContain("Q36.residence-changes-case-employment");
  });
});

describe("managementMode: an organization that may manage does not take the member on (Q30)", () => {
  const association = { ...base, workplaceHasPartyOrg: false, industryAssociation: true };
  const agency: ManagementFacts = {
    ...base,
    employment: "none",
    workplaceHasPartyOrg: null,
    industryAssociation: null,
    personnelFileHolder: "talent-agency",
  };

  it("the other cases that hold decide; the original organization if none does", () => {
    // Stable job at a workplace with an association, residence fixed: only the "may" case holds.
    const alone = managementMode({ ...association, permittedManagerDeclined: true });
    expect(alone.outcome).toMatchObject({
      manager: "original-org",
      basis: "permitted-manager-declined",
      otherCasesThatHeld: ["workplace-without-org-industry-association"],
    });
    expect(alone.interpretations.map((i) => i.id)).toContain("Q30.permitted-manager-not-taking");
    const declinedStep = alone.trace.find((s) => s.check === "permitted-manager-declined");
    expect(declinedStep && stepText(declinedStep, alone)).toBe(
      "可由行业协会党组织或行业主管部门党组织统一管理，但没有接收管理（解释三十）：按条文其余成立的情形确定，都不成立的，由原所在党组织管理",
    );
    // With the residence changing often, that case decides by default; the original organization either way here.
    const withResidence = managementMode({ ...association, residenceFixed: false, residenceChangesOften: true, permittedManagerDeclined: true });
    expect(withResidence.outcome).toMatchObject({ manager: "original-org", basis: "residence-changes-often" });
  });

  it("is ambiguous where the next case would give another organization", () => {
    const facts: ManagementFacts = { ...agency, permittedManagerDeclined: true };
    expect(managementMode(facts).outcome.manager).toBe("original-org");
    const unstable: ManagementFacts = { ...base, employment: "unstable", workplaceHasPartyOrg: false, industryAssociation: true, permittedManagerDeclined: true };
    const anyJob = { "Q15.association-case-employment": "any-employment" } as const;
    const decision = managementMode(unstable, { interpretations: anyJob });
    // Unstable job, fixed residence: the residence case holds after the association's declines.
    expect(decision.outcome).toMatchObject({ manager: "residence-org", basis: "unstable-job-fixed-residence" });
    const q30 = decision.ambiguities.find((a) => a.interpretation === "Q30.permitted-manager-not-taking");
    expect(q30?.alternatives.map((a) => a.outcome.manager)).toEqual(["original-org"]);
    expect(
      managementMode(unstable, { interpretations: { ...anyJob, "Q30.permitted-manager-not-taking": "original-org" } }).outcome.manager,
    ).toBe("original-org");
  });

  it("changes nothing, and applies no reading, where no case worded 可由 holds", () => {
    const decision = managementMode({ ...base, permittedManagerDeclined: true });
    expect(decision.outcome).toEqual(managementMode(base).outcome);
    expect(decision.interpretations.map((i) => i.id)).not.toContain("Q30.permitted-manager-not-taking");
  });
});

describe("managementMode: every cell of the input space has an answer", () => {
  const cells = everyCell();
  const readings = everyReading();

  it("enumerates 81 cells", () => {
    expect(cells).toHaveLength(81);
  });

  it("answers every cell under every reading, with a manager, a basis and a citation of 1.2.3", () => {
    let gaps = 0;
    for (const cell of cells) {
      for (const interpretations of readings) {
        const decision = managementMode(cell, { interpretations });
        expect(PARTY_ORGS).toContain(decision.outcome.manager);
        expect(decision.citations[0]).toBe("1.2.3");
        if (decision.outcome.basis === "no-case-applies") {
          gaps += 1;
          expect(decision.citations).toContain("2.2.1");
        } else {
          expect(MANAGEMENT_CASES).toContain(decision.outcome.basis);
          expect(decision.outcome.otherCasesThatHeld).not.toContain(decision.outcome.basis);
        }
      }
    }
    // The text leaves real gaps; they are answered, not fallen through.
    expect(gaps).toBeGreaterThan(0);
  });

  it("lists as held exactly the cases whose trace step found them holding", () => {
    for (const cell of cells) {
      const decision = managementMode(cell);
      const heldInTrace = decision.trace
        .filter((s) => (MANAGEMENT_CASES as readonly string[]).includes(s.check) && s.result === true)
        .map((s) => s.check);
      const reported = decision.outcome.basis === "no-case-applies" ? [] : [decision.outcome.basis, ...decision.outcome.otherCasesThatHeld];
      expect([...reported].sort()).toEqual([...heldInTrace].sort());
    }
  });
});

describe("managementMode: bad and contradictory input", () => {
  it.each([
    [{ ...base, residenceChangesOften: true }, ["residenceChangesOften"], "inconsistent"],
    [{ ...base, employment: "none", workplaceHasPartyOrg: true, industryAssociation: null }, ["workplaceHasPartyOrg"], "inconsistent"],
    [{ ...base, workplaceHasPartyOrg: null }, ["workplaceHasPartyOrg"], "missing"],
    [{ ...base, employment: "freelance" }, ["employment"], "invalid-value"],
    [{ ...base, residenceFixed: undefined }, ["residenceFixed"], "missing"],
  ] as const)("refuses %j", (facts, path, code) => {
    expectInputIssue(() => managementMode(facts as never), path, code);
  });

  it("says a contradiction in the catalogs' words", () => {
    try {
      managementMode({ ...base, residenceChangesOften: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleInputError);
      expect((error as RuleInputError).issues[0]?.message).toEqual({
        zh: "居住地不能既“比较固定”又“经常变动”",
        en: "a residence cannot be both fairly fixed and changing often",
      });
    }
  });

  it("refuses a reading of an interpretation it does not read", () => {
    const q1 = { "Q1.six-month-boundary": "exactly-six-months-is-within" } as InterpretationChoices;
    expect(() => managementMode(base, { interpretations: q1 })).toThrow(RuleInputError);
  });
});

describe("managementMode: invariants", () => {
  it("applies no reading of overlapping cases (Q12) when no case of 1.2.3 holds", () => {
    const decision = managementMode({
      employment: "none",
      workplaceHasPartyOrg: null,
      industryAssociation: null,
      personnelFileHolder: "other",
      residenceFixed: false,
      residenceChangesOften: false,
    });
    expect(decision.interpretations.map((i) => i.id)).not.toContain("Q12.overlapping-management-conditions");
  });

  test.prop([managementFacts, interpretationChoices])(
    "continuity: someone always manages, and determinism and purity hold in every time zone",
    (facts, interpretations) => {
      const read = readByManagementMode(interpretations);
      const frozen = deepFreeze(snapshot(facts));
      const results = underEachTimeZone(() => managementMode(frozen, deepFreeze({ interpretations: snapshot(read) })));
      for (const result of results) expect(result).toEqual(results[0]);
      expect(PARTY_ORGS).toContain(results[0]?.outcome.manager);
      expect(frozen).toEqual(facts);
      expectWellFormed(managementMode(facts, { interpretations: read }), facts);
    },
  );

  it("the workplace organization manages whenever the job is stable and the workplace has one, under any reading", () => {
    const stableWithOrg = everyCell().filter((c) => c.employment === "stable" && c.workplaceHasPartyOrg === true);
    expect(stableWithOrg).toHaveLength(18);
    for (const facts of stableWithOrg) {
      for (const interpretations of everyReading()) {
        expect(managementMode(facts, { interpretations }).outcome.manager).toBe("workplace-org");
      }
    }
  });
});

/**
 * A second, independent reading of 1.2.3, written straight from the text as a list of
 * (condition, organization, wording) rows: the rule must agree with it on every cell of
 * the input space under every reading.
 */
function secondReading(f: ManagementFacts, choices: InterpretationChoices) {
  const employed = f.employment !== "none";
  const associationNeedsStableJob = (choices["Q15.association-case-employment"] ?? "stable-employment-required") === "stable-employment-required";
  const rows = [
    { basis: "stable-job-workplace-org", holds: f.employment === "stable" && f.workplaceHasPartyOrg === true, manager: "workplace-org", also: [], shall: true },
    {
      basis: "workplace-without-org-industry-association",
      holds: employed && f.workplaceHasPartyOrg === false && f.industryAssociation === true && (f.employment === "stable" || !associationNeedsStableJob),
      manager: "industry-association-org",
      also: ["industry-regulator-org"],
      shall: false,
    },
    {
      basis: "no-job-file-at-agency",
      holds: !employed && f.personnelFileHolder !== "other",
      manager: f.personnelFileHolder === "labour-agency" ? "labour-agency-org" : "talent-agency-org",
      also: [],
      shall: false,
    },
    { basis: "unstable-job-fixed-residence", holds: f.employment === "unstable" && f.residenceFixed, manager: "residence-org", also: [], shall: true },
    {
      basis: "residence-changes-often",
      holds:
        f.residenceChangesOften &&
        (f.employment === "unstable" || (choices["Q36.residence-changes-case-employment"] ?? "any-employment") === "any-employment"),
      manager: "original-org",
      also: [],
      shall: true,
    },
  ];
  const allHeld = rows.filter((r) => r.holds);
  // Q30: the organization that may manage did not take the member on.
  const declined = f.permittedManagerDeclined === true && allHeld.some((r) => !r.shall);
  const nextCase = (choices["Q30.permitted-manager-not-taking"] ?? "next-case") === "next-case";
  const held = declined ? (nextCase ? allHeld.filter((r) => r.shall) : []) : allHeld;
  if (declined && held.length === 0) {
    return { manager: "original-org", alsoPermitted: [], basis: "permitted-manager-declined", otherCasesThatHeld: allHeld.map((r) => r.basis) };
  }
  if (held.length === 0) {
    const gap = choices["Q16.management-gap"] ?? "original-org";
    return {
      manager: gap === "residence-org-when-fixed" && f.residenceFixed ? "residence-org" : "original-org",
      alsoPermitted: [],
      basis: "no-case-applies",
      otherCasesThatHeld: [],
    };
  }
  const shallFirst = choices["Q12.overlapping-management-conditions"] === "shall-before-may";
  const chosen = (shallFirst ? held.find((r) => r.shall) : undefined) ?? held[0];
  return {
    manager: chosen?.manager,
    alsoPermitted: chosen?.also,
    basis: chosen?.basis,
    otherCasesThatHeld: allHeld.filter((r) => r !== chosen).map((r) => r.basis),
  };
}

describe("managementMode agrees with a second reading of the text", () => {
  it("with the organization that may manage declining (Q30), on every cell under every reading", () => {
    for (const cell of everyCell()) {
      const declined = { ...cell, permittedManagerDeclined: true };
      for (const reading of everyReading()) {
        for (const q30 of alternativesOf("Q30.permitted-manager-not-taking")) {
          const interpretations = { ...reading, "Q30.permitted-manager-not-taking": q30 };
          expect(managementMode(declined, { interpretations }).outcome, JSON.stringify({ declined, interpretations })).toEqual(
            secondReading(declined, interpretations),
          );
        }
      }
    }
  });

  it("on every cell, under every reading, and marks ambiguous exactly the cells where readings differ", () => {
    for (const cell of everyCell()) {
      for (const interpretations of everyReading()) {
        const decision = managementMode(cell, { interpretations });
        expect(decision.outcome, JSON.stringify({ cell, interpretations })).toEqual(secondReading(cell, interpretations));
      }
      const byDefault = managementMode(cell);
      const differs = everyReading().some((r) => JSON.stringify(secondReading(cell, r)) !== JSON.stringify(byDefault.outcome));
      if (!differs) expect(byDefault.ambiguous).toBe(false);
      for (const ambiguity of byDefault.ambiguities) {
        for (const other of ambiguity.alternatives) {
          expect(other.outcome).toEqual(secondReading(cell, { [ambiguity.interpretation]: other.alternative } as InterpretationChoices));
        }
      }
    }
  });

  it("says which cases held and what the text permits, in both languages", () => {
    const overlap = managementMode({ ...base, workplaceHasPartyOrg: false, industryAssociation: true, residenceFixed: false, residenceChangesOften: true });
    expect(outcomeText("managementMode", overlap.outcome)).toBe("由行业协会党组织或行业主管部门党组织统一管理");
    expect(outcomeText("managementMode", overlap.outcome, "en")).toBe(
      "managed by the industry-association Party organization (or the industry regulator's Party organization)",
    );
    const q12 = overlap.ambiguities.find((a) => a.interpretation === "Q12.overlapping-management-conditions");
    expect(q12 && reasonText(q12.reason)).toBe("多种情形同时成立：工作单位未建党组织而有行业协会的；居住地经常变动的");
    expect(q12 && reasonText(q12.reason, "en")).toBe(
      "several cases hold: workplace without a Party organization, but an industry association exists; residence changes often",
    );
    const [first] = overlap.trace;
    const last = overlap.trace.at(-1);
    expect(last && stepText(last, overlap, "en")).toBe(
      "workplace without a Party organization, but an industry association exists: the industry-association Party organization or the industry regulator's Party organization may manage",
    );
    expect(first && stepText(first, overlap, "en")).toBe("Case 1 (fairly stable job at a workplace with a Party organization): does not hold");
    expect(last && stepText(last, overlap)).toBe("工作单位未建党组织而有行业协会的，可由行业协会党组织或行业主管部门党组织统一管理");
    // A single case that holds is no overlap: Q12 is not applied.
    expect(managementMode(base).interpretations).toEqual([]);
    const gap = managementMode({ ...base, workplaceHasPartyOrg: false });
    expect(gap.trace.at(-1)).toMatchObject({ check: "no-case-applies", facts: { residenceFixed: true }, result: "original-org" });
    const [gapReason] = gap.ambiguities;
    expect(gapReason && reasonText(gapReason.reason)).toBe("一（二）3列举的情形都不成立");
    const unstable = managementMode({ ...base, employment: "unstable", workplaceHasPartyOrg: false, industryAssociation: true });
    const [unstableReason] = unstable.ambiguities;
    expect(unstableReason && reasonText(unstableReason.reason)).toBe("就业不够稳定，单位未建党组织而有行业协会");
  });
});
