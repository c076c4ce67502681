/**
 * The trace's structure, pinned for the cases an auditor reads first, and the exported
 * schemas checked on their own (the rules put a quick check in front of them).
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  AbsenceSchema,
  DUTIES,
  DUTY_TEXTS,
  ManagementFactsSchema,
  MemberSituationSchema,
  RuleOptionsSchema,
  documentForAbsence,
  managementMode,
  outcomeText,
  reasonText,
  stepText,
  validateInput,
  type TraceStep,
} from "mobile-member-rules";
import { expectInputIssue } from "../support/expect-input.js";
import { absence, managementFacts, memberSituation, plusDays } from "../support/rule-arbitraries.js";

// A duties step is one id with its clause as its citation; pinned here as it was first
// written, one id per clause.
const steps = (trace: readonly TraceStep[]) =>
  trace.map((s) => [s.check === "duties" ? `duties-${s.citation}` : s.check, s.citation, s.facts ?? {}, s.result]);

describe("the trace an auditor reads", () => {
  it("documentForAbsence at exactly six months from 31 August", () => {
    const decision = documentForAbsence({ departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true });
    expect(steps(decision.trace)).toEqual([
      ["place-fixed", "2.1.1", { placeFixed: true }, true],
      ["absence-length", "civil-code:202", { departure: "2024-08-31", expectedReturn: "2025-02-28" }, "exact"],
      ["document", "2.1.1", {}, "transfer-letter"],
      [
        "duties-2.1.2",
        "2.1.2",
        {},
        [
          "complete-relationship-transfer",
          "keep-contact-with-both-organizations",
          "register-and-track-member",
          "keep-regular-contact-with-outflow-org",
          "send-study-materials",
          "record-political-status",
        ],
      ],
    ]);
    // One step for the duties, citing the first clause that sets them; each of the others is cited too.
    expect(decision.citations).toEqual(expect.arrayContaining(["2.1.2", "1.2.2", "2.2.3", "3.1"]));
    expect(stepText(decision.trace[2]!, decision)).toBe("恰好6个月按“6个月以上”（解释一）：一般应当开具组织关系介绍信");
    for (const step of decision.trace.filter((s) => s.check === "duties")) {
      for (const id of step.result as string[]) {
        expect(decision.citations).toContain(DUTIES[id as keyof typeof DUTIES].clause);
        expect(stepText(step, decision)).toContain(DUTY_TEXTS[id as keyof typeof DUTIES].zh);
      }
    }
  });

  it("documentForAbsence with the time uncertain, and with a 30-day measure", () => {
    const card = documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: false });
    expect(steps(card.trace).slice(0, 4)).toEqual([
      ["place-fixed", "2.1.1", { placeFixed: false }, false],
      // A place that is not fixed is read as uncertain: Q23, in the trace.
      ["place-uncertain", "2.1.1", { placeFixed: false }, true],
      ["absence-time-known", "2.1.1", { expectedReturn: null }, false],
      ["document", "2.1.1", {}, "activity-card"],
    ]);
    const thirty = documentForAbsence(
      { departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true },
      { interpretations: { "Q2.month-measure": "thirty-day-months" } },
    );
    expect(steps(thirty.trace)[1]).toEqual([
      "absence-length",
      "civil-code:204",
      { departure: "2024-08-31", expectedReturn: "2025-02-28" },
      "longer",
    ]);
    expect(thirty.ambiguous).toBe(false);
  });

  it("managementMode, every case with the facts it read", () => {
    const decision = managementMode({
      employment: "unstable",
      workplaceHasPartyOrg: false,
      industryAssociation: true,
      personnelFileHolder: "other",
      residenceFixed: true,
      residenceChangesOften: false,
    });
    expect(steps(decision.trace)).toEqual([
      ["stable-job-workplace-org", "1.2.3", { employment: "unstable", workplaceHasPartyOrg: false }, false],
      [
        "workplace-without-org-industry-association",
        "1.2.3",
        { employment: "unstable", workplaceHasPartyOrg: false, industryAssociation: true },
        false,
      ],
      ["no-job-file-at-agency", "1.2.3", { employment: "unstable", personnelFileHolder: "other" }, false],
      ["unstable-job-fixed-residence", "1.2.3", { employment: "unstable", residenceFixed: true }, true],
      ["residence-changes-often", "1.2.3", { employment: "unstable", residenceChangesOften: false }, false],
      ["manager", "1.2.3", {}, "residence-org"],
    ]);
    expect(stepText(decision.trace.at(-1)!, decision)).toBe("就业单位不够稳定、居住地比较固定的，由居住地党组织管理");
  });
});

describe("the exported schemas, on their own", () => {
  test.prop([absence])("AbsenceSchema accepts every valid absence as it is", (value) => {
    expect(validateInput("t", AbsenceSchema, value)).toEqual(value);
  });

  it("AbsenceSchema accepts a return on the day of departure and refuses one the day before", () => {
    expect(validateInput("t", AbsenceSchema, { departure: "2024-03-10", expectedReturn: "2024-03-10", placeFixed: true })).toBeTruthy();
    expectInputIssue(
      () => validateInput("t", AbsenceSchema, { departure: "2024-03-10", expectedReturn: plusDays("2024-03-10", -1), placeFixed: true }),
      ["expectedReturn"],
      "inconsistent",
    );
  });

  test.prop([managementFacts])("ManagementFactsSchema accepts every valid record as it is", (value) => {
    expect(validateInput("t", ManagementFactsSchema, value)).toEqual(value);
  });

  it("ManagementFactsSchema refuses each contradiction at its field", () => {
    const base = { employment: "stable", workplaceHasPartyOrg: true, industryAssociation: false, personnelFileHolder: "other", residenceFixed: false, residenceChangesOften: false };
    expectInputIssue(() => validateInput("t", ManagementFactsSchema, { ...base, residenceFixed: true, residenceChangesOften: true }), ["residenceChangesOften"], "inconsistent");
    expectInputIssue(() => validateInput("t", ManagementFactsSchema, { ...base, industryAssociation: null }), ["industryAssociation"], "missing");
    expectInputIssue(
      () => validateInput("t", ManagementFactsSchema, { ...base, employment: "none", workplaceHasPartyOrg: null }),
      ["industryAssociation"],
      "inconsistent",
    );
    expect(validateInput("t", ManagementFactsSchema, { ...base, residenceFixed: true })).toBeTruthy();
  });

  test.prop([memberSituation])("MemberSituationSchema accepts every valid situation", (value) => {
    expect(validateInput("t", MemberSituationSchema, value)).toEqual(value);
  });
});


describe("what each branch of 2.1.1 says", () => {
  const both = { "Q3.place-or-time-uncertain": "both-uncertain" } as const;
  it.each([
    [{ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true }, {}, "地点相对固定、外出6个月以上：一般应当开具组织关系介绍信", "issue an organizational-relationship transfer letter"],
    [{ departure: "2024-03-10", expectedReturn: "2024-06-01", placeFixed: true }, {}, "外出6个月以内：一般应当开具党员证明信", "issue a Party membership certificate letter"],
    [{ departure: "2024-03-10", expectedReturn: null, placeFixed: true }, {}, "外出时间不确定（地点、时间任一不确定即持活动证，解释三）：一般应当持《流动党员活动证》", "carry the Mobile Party Member Activity Card"],
    [{ departure: "2024-03-10", expectedReturn: null, placeFixed: true }, both, "只有外出时间不确定（解释三：地点、时间都不确定才持活动证）；组织关系介绍信和党员证明信都以外出时间为条件，时间不确定，无从开具，仍持《流动党员活动证》", "carry the Mobile Party Member Activity Card"],
    [{ departure: "2024-03-10", expectedReturn: null, placeFixed: false }, {}, "外出地点不固定、时间不确定：一般应当持《流动党员活动证》", "carry the Mobile Party Member Activity Card"],
    [{ departure: "2024-03-10", expectedReturn: "2024-05-01", placeFixed: false }, {}, "外出地点不固定（地点、时间任一不确定即持活动证，解释三）：一般应当持《流动党员活动证》", "carry the Mobile Party Member Activity Card"],
    [{ departure: "2024-03-10", expectedReturn: "2024-05-01", placeFixed: false }, both, "只有外出地点不固定（解释三：地点、时间都不确定才持活动证）；外出6个月以内：一般应当开具党员证明信", "issue a Party membership certificate letter"],
    [{ departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: false }, both, "只有外出地点不固定（解释三：地点、时间都不确定才持活动证）；恰好6个月按“6个月以上”（解释一）而地点不固定、时间确定，条文未作规定（解释四）：持《流动党员活动证》", "carry the Mobile Party Member Activity Card"],
    [{ departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: false }, { ...both, "Q1.six-month-boundary": "exactly-six-months-is-within" as const }, "只有外出地点不固定（解释三：地点、时间都不确定才持活动证）；恰好6个月按“6个月以内”（解释一）：一般应当开具党员证明信", "issue a Party membership certificate letter"],
    [{ departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: false }, {}, "外出地点不固定（地点、时间任一不确定即持活动证，解释三）：一般应当持《流动党员活动证》", "carry the Mobile Party Member Activity Card"],
    [{ departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: false }, both, "只有外出地点不固定（解释三：地点、时间都不确定才持活动证）；外出6个月以上而地点不固定、时间确定，条文未作规定（解释四）：持《流动党员活动证》", "carry the Mobile Party Member Activity Card"],
  ])("%j %j", (input, interpretations, zh, summary) => {
    const decision = documentForAbsence(input, { interpretations });
    expect(stepText(decision.trace.find((s) => s.check === "document")!, decision)).toBe(zh);
    expect(outcomeText(decision.rule, decision.outcome, "en")).toBe(summary);
  });

  it("says yes or no about the place, and why a point is contested", () => {
    const fixed = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-06-01", placeFixed: true });
    expect([stepText(fixed.trace[0]!, fixed), stepText(fixed.trace[0]!, fixed, "en")]).toEqual(["外出地点或工作单位相对固定：是", "Place of absence or workplace relatively fixed: yes"]);
    const loose = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-06-01", placeFixed: false });
    expect(stepText(loose.trace[0]!, loose)).toBe("外出地点或工作单位相对固定：否");
    const reason = loose.ambiguities[0]!.reason;
    expect([reasonText(reason), reasonText(reason, "en")]).toEqual(["只有地点不确定", "only the place is uncertain"]);
    const timeOnly = documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: true });
    expect(timeOnly.interpretations.map((i) => i.id)).toContain("Q3.place-or-time-uncertain");
    const long = documentForAbsence({ departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: false }, { interpretations: { "Q3.place-or-time-uncertain": "both-uncertain" } });
    expect(reasonText(long.ambiguities[0]!.reason)).toBe("外出6个月以上而地点不固定、时间确定：条文第一种情形要求地点相对固定");
  });

  it("gives each decision its own duty steps, sharing with other decisions only the frozen duty lists", () => {
    const decision = documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: true });
    const other = documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: true });
    const duties = decision.trace.filter((s) => s.check === "duties");
    expect(duties.length).toBeGreaterThan(0);
    duties.forEach((step, index) => {
      const same = other.trace.filter((s) => s.check === "duties")[index];
      expect(same).toEqual(step);
      expect(same).not.toBe(step);
      // Shared only when nobody can change it.
      if (same?.result === step.result) expect(Object.isFrozen(step.result)).toBe(true);
    });
    expect(stepText(duties[0]!, decision, "en")).toContain("Duties that follow: under 2.1.2, the outflow organ Party committee: stamp the Mobile Party Member Activity Card; ");
    expect(stepText(duties[0]!, decision)).toContain("有关各方应当履行的职责：依二（一）2，流出地机关党委在《流动党员活动证》上盖章；");
  });
});
