import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  PARTY_ORGS,
  RuleInputError,
  addCalendarMonths,
  documentForAbsence,
  resolveReceivingOrg,
  type Ambiguity,
  type Destination,
  type InterpretationChoices,
  type JsonValue,
  type MemberSituation,
  type TraceStep,
} from "mobile-member-rules";
import { outcomeText, reasonText, stepText } from "../../src/decision/render.js";
import type { Locale } from "../../src/locales/index.js";
import { calendarDate, underEachTimeZone } from "../support/arbitraries.js";
import { expectInputIssue } from "../support/expect-input.js";
import {
  absence,
  deepFreeze,
  destination,
  interpretationChoices,
  memberSituation,
  plusDays,
  snapshot,
  usableForAbsence,
} from "../support/rule-arbitraries.js";

const noDedicatedOrg = { departmentHasMobileMemberOrg: false };
const withOrg = { unitHasPartyOrg: true, cannotReceive: null };
const withoutOrg = { unitHasPartyOrg: false, cannotReceive: null };

function graduate(since: string, asOf: string, placementRegisteredOn: string | null = null): MemberSituation {
  return { category: "graduate", since, asOf, placementRegisteredOn, workUnit: null, ...noDedicatedOrg };
}

/** The choices a rule reads: a rule refuses an interpretation it does not read. */
function readBy(rule: { readonly reads: readonly string[] }, choices: InterpretationChoices): InterpretationChoices {
  return Object.fromEntries(Object.entries(choices).filter(([id]) => rule.reads.includes(id))) as InterpretationChoices;
}

/** Choices that a member's facts can always meet (Q10's alternative needs a registration date, Q23's whether the place is known). */
function usable(member: MemberSituation, given: InterpretationChoices): InterpretationChoices {
  const choices = readBy(resolveReceivingOrg, given);
  if (member.category === "away") return usableForAbsence(member.absence, choices);
  const needsRegistration =
    (member.category === "graduate" || member.category === "demobilized-serviceman") &&
    member.workUnit === null &&
    member.placementRegisteredOn === null;
  if (!needsRegistration) return choices;
  const { "Q10.placement-six-months-from": _q10, ...rest } = choices;
  return rest;
}

type ReceivingDecision = ReturnType<typeof resolveReceivingOrg>;

/**
 * The steps as an auditor reads them: a decision made inside this one (2.1.1's, for a
 * member going away) in its place, its facts named by their path in this input.
 */
function steps(decision: ReceivingDecision): TraceStep[] {
  const flat = (trace: readonly TraceStep[], at: string): TraceStep[] =>
    trace.flatMap((step) => {
      if (step.within !== undefined) return flat(step.within.trace, at === "" ? step.within.at : `${at}.${step.within.at}`);
      if (at === "") return [step];
      const facts = Object.fromEntries(Object.entries(step.facts ?? {}).map(([path, value]) => [`${at}.${path}`, value]));
      return [{ ...step, facts }];
    });
  return flat(decision.trace, "");
}

/** The words of the first step `check`, in a locale. */
function textOf(decision: ReceivingDecision, check: string, locale: Locale = "zh-CN"): string | undefined {
  const step = steps(decision).find((s) => s.check === check);
  return step === undefined ? undefined : stepText(step, decision, locale);
}

/** The outcome in words. */
function summaryOf(decision: ReceivingDecision, locale: Locale = "zh-CN"): string {
  return outcomeText("resolveReceivingOrg", decision.outcome, locale);
}

/** Why the facts fall on a contested point, in words. */
function reasonOf(ambiguity: Ambiguity<JsonValue> | undefined, locale: Locale = "zh-CN"): string | undefined {
  return ambiguity === undefined ? undefined : reasonText(ambiguity.reason, locale);
}

/** Every step's words, as an explanation lists them. */
function stepWords(decision: ReceivingDecision, locale: Locale = "zh-CN"): string[] {
  return steps(decision).map((step) => stepText(step, decision, locale));
}

/** The value at a dotted path of a trace fact (`"destination.unitHasPartyOrg"`), if the input has one. */
function atPath(root: unknown, path: string): { found: boolean; value?: unknown } {
  let current = root;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return { found: false };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

/**
 * What every decision of the rule promises: its outcome validates, it survives JSON
 * unchanged; each clause, interpretation and contested point once; the outcome and every
 * step (those of a decision made inside it too) said in both languages, each step's clause
 * among the citations; and a fact a step quotes under a path of the input (or of the
 * options, as `options.…`) is the value the input holds there.
 */
function expectWellFormed(decision: ReceivingDecision, input: unknown, options: unknown = {}): void {
  expect(resolveReceivingOrg.outcome.safeParse(decision.outcome).success).toBe(true);
  expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  expect(new Set(decision.citations).size).toBe(decision.citations.length);
  expect(new Set(decision.interpretations.map((i) => i.id)).size).toBe(decision.interpretations.length);
  expect(new Set(decision.ambiguities.map((a) => a.interpretation)).size).toBe(decision.ambiguities.length);
  expect(summaryOf(decision)).not.toBe("");
  expect(summaryOf(decision, "en")).not.toBe("");
  for (const step of [...decision.trace, ...steps(decision)]) {
    expect(stepText(step, decision), step.check).toMatch(/\p{Script=Han}/u);
    expect(stepText(step, decision, "en"), step.check).toMatch(/[a-z]/);
    expect(decision.citations).toContain(step.citation);
  }
  for (const step of steps(decision)) {
    for (const [path, value] of Object.entries(step.facts ?? {})) {
      const source = path.startsWith("options.") ? atPath(options, path.slice("options.".length)) : atPath(input, path);
      if (source.found) expect(value, `${step.check}: ${path}`).toEqual(source.value);
    }
  }
}

describe("resolveReceivingOrg: the categories of 2.1.3–2.1.6", () => {
  it("a member going away for over six months to a unit with a Party organization: that organization", () => {
    const decision = resolveReceivingOrg({
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true },
      destination: withOrg,
      ...noDedicatedOrg,
    });
    expect(decision.outcome).toEqual({
      relationship: "transfers",
      receiver: "workplace-org",
      alsoPermitted: [],
      responsibleUntilReceived: "original-org",
      basis: "2.1.3",
      document: "transfer-letter",
      duties: [
        "complete-relationship-transfer",
        "keep-contact-with-both-organizations",
        "register-and-track-member",
        "keep-regular-contact-with-outflow-org",
        "send-study-materials",
        "record-political-status",
        "train-received-members",
      ],
    });
    expect(decision.citations).toEqual(expect.arrayContaining(["2.1.1", "2.1.3", "2.2.1"]));
    // 2.1.1 is documentForAbsence's decision, made inside this one on the input's absence:
    // one step, with that decision's own steps inside, their facts named from "absence".
    const within = decision.trace.find((step) => step.check === "within");
    expect(within).toMatchObject({ citation: "2.1.1", result: { document: "transfer-letter" } });
    expect(within?.within).toMatchObject({ rule: "documentForAbsence", at: "absence" });
    expect(within?.within?.trace.map((step) => step.facts)).toContainEqual({ placeFixed: true });
    // Every reading documentForAbsence reads is one this rule reads (and accepts as a choice).
    expect(resolveReceivingOrg.reads).toEqual(expect.arrayContaining([...documentForAbsence.reads]));
    expect(stepText(within as TraceStep, decision)).toBe("外出党员所持证明：开具组织关系介绍信");
    // Read from the input's root, the facts are named by their path in this input, not in documentForAbsence's.
    expect(steps(decision).map((step) => step.facts)).toEqual(
      expect.arrayContaining([
        { "absence.placeFixed": true },
        { "absence.departure": "2024-03-10", "absence.expectedReturn": "2025-03-11" },
        { "destination.unitHasPartyOrg": true },
      ]),
    );
  });

  it("to a unit without one: the community organization; truly cannot receive: the regulator or a service agency", () => {
    const away = (cannotReceive: { reason: string } | null): MemberSituation => ({
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true },
      destination: { unitHasPartyOrg: false, cannotReceive },
      ...noDedicatedOrg,
    });
    // 2.1.3: "单位或党员所居住的社区党组织": the unit's community first, as the text names it, the residence's equally (Q31).
    const community = resolveReceivingOrg(away(null));
    expect(community.outcome).toMatchObject({
      receiver: "unit-community-org",
      alsoPermitted: ["residence-community-org"],
    });
    expect(community.ambiguities.map((a) => a.interpretation)).toEqual(["Q31.community-org-choice"]);
    expect(community.ambiguities[0]?.alternatives[0]?.outcome).toMatchObject({
      receiver: "residence-community-org",
      alsoPermitted: ["unit-community-org"],
    });
    expect(textOf(community, "destination-has-party-org")).toBe(
      "所去单位未建立党组织：应当转移到单位或党员所居住的社区党组织；以单位所在社区党组织为先，党员居住地社区党组织同样可以接收（解释三十一）",
    );
    expect(
      resolveReceivingOrg(away(null), { interpretations: { "Q31.community-org-choice": "residence-first" } }).outcome.receiver,
    ).toBe("residence-community-org");
    // A unit with a Party organization is not Q31's question.
    const atUnitOrg: MemberSituation = {
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true },
      destination: withOrg,
      ...noDedicatedOrg,
    };
    expect(resolveReceivingOrg(atUnitOrg).interpretations.map((i) => i.id)).not.toContain(
      "Q31.community-org-choice",
    );
    const fallback = resolveReceivingOrg(away({ reason: "社区党组织无法接收" }));
    expect(fallback.outcome.receiver).toBe("industry-regulator-org");
    expect(fallback.outcome.alsoPermitted).toEqual(["service-agency-org"]);
    expect(fallback.interpretations.map((i) => i.id)).toContain("Q11.caller-asserted-facts");
    // The fallback replaces both community organizations: Q31 is applied, and cannot make the decision ambiguous.
    expect(fallback.interpretations.map((i) => i.id)).toContain("Q31.community-org-choice");
    expect(fallback.ambiguous).toBe(false);
    expect(() => resolveReceivingOrg(away({ reason: "  " }))).toThrow(RuleInputError);
    expect(
      resolveReceivingOrg(away({ reason: "" }), {
        interpretations: { "Q11.caller-asserted-facts": "assert-without-reason" },
      }).outcome.receiver,
    ).toBe("industry-regulator-org");
  });

  it("a short absence does not move the relationship: it stays, and the original organization is responsible", () => {
    const decision = resolveReceivingOrg({
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "2024-06-01", placeFixed: true },
      destination: withOrg,
      ...noDedicatedOrg,
    });
    expect(decision.outcome.relationship).toBe("stays");
    expect(decision.outcome.receiver).toBe("original-org");
    expect(decision.outcome.document).toBe("certificate-letter");
  });

  it("a department's dedicated mobile-member organization is a permitted receiver, or the receiver under Q17's alternative", () => {
    const member: MemberSituation = {
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true },
      destination: withOrg,
      departmentHasMobileMemberOrg: true,
    };
    const decision = resolveReceivingOrg(member);
    expect(decision.outcome.receiver).toBe("workplace-org");
    expect(decision.outcome.alsoPermitted).toEqual(["mobile-member-org"]);
    expect(decision.ambiguities.map((a) => a.interpretation)).toEqual(["Q17.dedicated-mobile-member-org"]);
    const preferred = resolveReceivingOrg(member, {
      interpretations: { "Q17.dedicated-mobile-member-org": "preferred-receiver" },
    });
    expect(preferred.outcome.receiver).toBe("mobile-member-org");
  });

  it("a graduate at five months stays; at seven months goes to the parents' or spouse's community (or a talent agency)", () => {
    const five = resolveReceivingOrg(graduate("2024-06-30", "2024-11-30"));
    expect(five.outcome.relationship).toBe("stays");
    expect(five.outcome.receiver).toBe("original-org");
    const seven = resolveReceivingOrg(graduate("2024-06-30", "2025-01-30"));
    expect(seven.outcome).toMatchObject({
      relationship: "transfers",
      receiver: "family-community-org",
      alsoPermitted: ["talent-agency-org"],
      responsibleUntilReceived: "original-org",
      basis: "2.1.4",
    });
    expect(stepWords(seven).join("\n")).toContain("6个月期间已经届满");
  });

  it("a graduate six months and one day without a job has the rule applied; on the last day it is Q22's question", () => {
    expect(resolveReceivingOrg(graduate("2024-06-30", "2024-12-31")).outcome.relationship).toBe("transfers");
    // The last day runs to 24:00 (民法典 第二百零三条): still inside the six months by default.
    const lastDay = resolveReceivingOrg(graduate("2024-06-30", "2024-12-30"));
    expect(lastDay.outcome.relationship).toBe("stays");
    expect(lastDay.ambiguities.map((a) => a.interpretation)).toEqual(["Q22.period-expiry-day"]);
    expect(lastDay.ambiguities[0]?.alternatives.map((a) => a.outcome.relationship)).toEqual(["transfers"]);
    expect(lastDay.citations).toContain("civil-code:203");
    expect(textOf(lastDay, "six-months-without-work-unit")).toBe(
      "大中专毕业生自2024年6月30日起6个月，至2024年12月30日届满；截至2024年12月30日尚未落实工作单位，今日为6个月期间的最后一日，当日仍在期间之内（解释二十二）",
    );
    const onLastDay = resolveReceivingOrg(graduate("2024-06-30", "2024-12-30"), {
      interpretations: { "Q22.period-expiry-day": "on-last-day" },
    });
    expect(onLastDay.outcome.relationship).toBe("transfers");
    const before = resolveReceivingOrg(graduate("2024-06-30", "2024-12-29"));
    expect(before.outcome.relationship).toBe("stays");
    expect(before.interpretations.map((i) => i.id)).not.toContain("Q22.period-expiry-day");
  });

  it("counts from the registration date under Q10's alternative, and marks the difference", () => {
    const member = graduate("2024-06-30", "2025-01-10", "2024-08-01");
    const byDefault = resolveReceivingOrg(member);
    expect(byDefault.outcome.relationship).toBe("transfers");
    expect(byDefault.ambiguities.map((a) => a.interpretation)).toEqual(["Q10.placement-six-months-from"]);
    const fromRegistration = resolveReceivingOrg(member, {
      interpretations: { "Q10.placement-six-months-from": "from-placement-registration" },
    });
    expect(fromRegistration.outcome.relationship).toBe("stays");
    expect(() =>
      resolveReceivingOrg(graduate("2024-06-30", "2025-01-10"), {
        interpretations: { "Q10.placement-six-months-from": "from-placement-registration" },
      }),
    ).toThrow(RuleInputError);
  });

  it("a demobilized serviceman who found a work unit goes to it by 2.1.3", () => {
    const decision = resolveReceivingOrg({
      category: "demobilized-serviceman",
      since: "2024-01-10",
      placementRegisteredOn: null,
      asOf: "2024-03-01",
      workUnit: withOrg,
      ...noDedicatedOrg,
    });
    expect(decision.outcome).toMatchObject({ relationship: "transfers", receiver: "workplace-org", basis: "2.1.3" });
    expect(decision.trace.slice(0, 2).map((step) => [step.check, step.facts])).toEqual([
      ["work-unit-found", { workUnit: { unitHasPartyOrg: true, cannotReceive: null } }],
      ["destination-has-party-org", { "workUnit.unitHasPartyOrg": true }],
    ]);
  });

  it("restructured enterprise: concentrated flow coordinates with the destination; uncertain goes to the residence community first", () => {
    const concentrated = resolveReceivingOrg({
      category: "restructured",
      flow: "concentrated",
      destination: withoutOrg,
      ...noDedicatedOrg,
    });
    expect(concentrated.outcome.receiver).toBe("unit-community-org");
    // 2.1.5 presupposes an organization to coordinate with; without one, 2.1.3 decides, and the trace says so.
    expect(concentrated.trace.find((s) => s.check === "restructured-destination-without-org")).toMatchObject({
      citation: "2.1.5",
      facts: { "destination.unitHasPartyOrg": false },
      result: "2.1.3",
    });
    expect(concentrated.outcome.duties).toContain("coordinate-transfer-with-destination-unit");
    const uncertain = resolveReceivingOrg({ category: "restructured", flow: "uncertain", destination: null, ...noDedicatedOrg });
    expect(uncertain.outcome).toMatchObject({ relationship: "transfers", receiver: "residence-community-org", basis: "2.1.5" });
  });

  it("retirees: socialized to the community, settled elsewhere to the residence, re-employed stays", () => {
    expect(resolveReceivingOrg({ category: "socialized-retiree", ...noDedicatedOrg }).outcome.receiver).toBe("residence-community-org");
    expect(
      resolveReceivingOrg({ category: "retired-cadre-settled-elsewhere", ...noDedicatedOrg }).outcome.receiver,
    ).toBe("residence-org");
    const reemployed = resolveReceivingOrg({ category: "reemployed-by-original-unit", ...noDedicatedOrg });
    expect(reemployed.outcome).toMatchObject({ relationship: "stays", receiver: "original-org", responsibleUntilReceived: null });
    expect(stepWords(reemployed).join("\n")).toContain("党员组织关系仍留在原单位党组织");
  });

  it("a retiree working away is decided by 2.1.1 and 2.1.3, citing 2.1.6", () => {
    const decision = resolveReceivingOrg({
      category: "away",
      retired: true,
      absence: { departure: "2024-03-10", expectedReturn: null, placeFixed: false },
      destination: withOrg,
      ...noDedicatedOrg,
    });
    expect(decision.outcome).toMatchObject({ relationship: "stays", document: "activity-card" });
    expect(decision.citations).toEqual(expect.arrayContaining(["2.1.6", "2.1.1"]));
  });
});

describe("resolveReceivingOrg: what an auditor reads, for each category", () => {
  // [case, member, summary, the steps before the duties: check, clause, facts, result]
  const cases: [string, MemberSituation, string, unknown[]][] = [
  [
    "a retiree away for a short time: 2.1.6, then 2.1.1, and the relationship stays",
    {"category":"away","retired":true,"absence":{"departure":"2024-03-10","expectedReturn":"2024-06-01","placeFixed":true},"destination":{"unitHasPartyOrg":true,"cannotReceive":null},"departmentHasMobileMemberOrg":false},
    "组织关系留在原所在党组织",
    [["retiree-away","2.1.6",{"retired":true},true],["place-fixed","2.1.1",{"absence.placeFixed":true},true],["absence-length","civil-code:202",{"absence.departure":"2024-03-10","absence.expectedReturn":"2024-06-01"},"shorter"],["document","2.1.1",{},"certificate-letter"],["relationship-stays","1.2.2",{},"original-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "away to a unit that truly cannot receive, in a department with a mobile-member organization",
    {"category":"away","retired":false,"absence":{"departure":"2024-03-10","expectedReturn":"2025-06-01","placeFixed":true},"destination":{"unitHasPartyOrg":false,"cannotReceive":{"reason":"社区无力接收"}},"departmentHasMobileMemberOrg":true},
    "组织关系转移到行业主管部门党组织，也可以转移到有关服务机构党组织或流动党员党组织",
    [["place-fixed","2.1.1",{"absence.placeFixed":true},true],["absence-length","civil-code:202",{"absence.departure":"2024-03-10","absence.expectedReturn":"2025-06-01"},"longer"],["document","2.1.1",{},"transfer-letter"],["destination-has-party-org","2.1.3",{"destination.unitHasPartyOrg":false},"unit-community-org"],["cannot-receive","2.1.3",{"destination.cannotReceive.reason":"社区无力接收"},"industry-regulator-org"],["dedicated-mobile-member-org","2.1.3",{"departmentHasMobileMemberOrg":true},"industry-regulator-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "a graduate within six months",
    {"category":"graduate","since":"2024-07-01","placementRegisteredOn":"2024-07-01","asOf":"2024-10-01","workUnit":null,"departmentHasMobileMemberOrg":false},
    "组织关系留在原所在党组织",
    [["six-months-without-work-unit","2.1.4",{"since":"2024-07-01","placementRegisteredOn":"2024-07-01","asOf":"2024-10-01","workUnit":null},false],["relationship-stays","2.2.1",{},"original-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "a demobilized serviceman past six months",
    {"category":"demobilized-serviceman","since":"2024-01-10","placementRegisteredOn":null,"asOf":"2024-08-01","workUnit":null,"departmentHasMobileMemberOrg":false},
    "组织关系转移到父母、配偶所属社区党组织，也可以转移到人才流动服务机构党组织",
    [["six-months-without-work-unit","2.1.4",{"since":"2024-01-10","placementRegisteredOn":null,"asOf":"2024-08-01","workUnit":null},true],["placement-receiver","2.1.4",{},"family-community-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "a restructured enterprise, concentrated flow",
    {"category":"restructured","flow":"concentrated","destination":{"unitHasPartyOrg":true,"cannotReceive":null},"departmentHasMobileMemberOrg":false},
    "组织关系转移到单位党组织",
    [["restructured-flow","2.1.5",{"flow":"concentrated"},"coordinate"],["destination-has-party-org","2.1.3",{"destination.unitHasPartyOrg":true},"workplace-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "a restructured enterprise, uncertain flow",
    {"category":"restructured","flow":"uncertain","destination":null,"departmentHasMobileMemberOrg":false},
    "组织关系转移到党员居住地社区党组织",
    [["restructured-flow","2.1.5",{"flow":"uncertain"},"residence-community-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "a socialized retiree",
    {"category":"socialized-retiree","departmentHasMobileMemberOrg":false},
    "组织关系转移到党员居住地社区党组织",
    [["retiree","2.1.6",{"category":"socialized-retiree"},"residence-community-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "a retired cadre settled elsewhere",
    {"category":"retired-cadre-settled-elsewhere","departmentHasMobileMemberOrg":false},
    "组织关系转移到居住地党组织",
    [["retiree","2.1.6",{"category":"retired-cadre-settled-elsewhere"},"residence-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  [
    "a retiree re-employed by the original unit",
    {"category":"reemployed-by-original-unit","departmentHasMobileMemberOrg":false},
    "组织关系留在原所在党组织",
    [["retiree","2.1.6",{"category":"reemployed-by-original-unit"},"original-org"],["responsible-organization","2.2.1",{},"original-org"]],
  ],
  ];
  it.each(cases)("%s", (_name, member, summary, expected) => {
    const decision = resolveReceivingOrg(member);
    expect(summaryOf(decision)).toBe(summary);
    expect(steps(decision).filter((s) => s.check !== "duties").map((s) => [s.check, s.citation, s.facts ?? {}, s.result])).toEqual(expected);
  });

  it("names a graduate as a graduate and a serviceman as a serviceman", () => {
    const text = (category: "graduate" | "demobilized-serviceman", locale: Locale) => {
      const decision = resolveReceivingOrg({ category, since: "2024-01-10", placementRegisteredOn: null, asOf: "2024-02-01", workUnit: null, ...noDedicatedOrg });
      const [first] = decision.trace;
      return first === undefined ? undefined : stepText(first, decision, locale);
    };
    expect(text("graduate", "zh-CN")).toContain("大中专毕业生");
    expect(text("graduate", "en")).toContain("graduate");
    expect(text("demobilized-serviceman", "zh-CN")).toContain("复转军人");
    expect(text("demobilized-serviceman", "en")).toContain("demobilized serviceman");
    const found = resolveReceivingOrg({ category: "graduate", since: "2024-01-10", placementRegisteredOn: null, asOf: "2024-02-01", workUnit: withOrg, ...noDedicatedOrg });
    expect(found.trace[0] && stepText(found.trace[0], found)).toContain("大中专毕业生已落实工作单位");
    expect(found.trace[0]?.result).toBe(true);
  });

  it("cites 民法典 202 for calendar months and 204 under thirty-day months, and 1259 for 届满", () => {
    const member: MemberSituation = { category: "graduate", since: "2024-01-10", placementRegisteredOn: null, asOf: "2024-08-01", workUnit: null, ...noDedicatedOrg };
    const calendar = resolveReceivingOrg(member).citations;
    expect(calendar).toEqual(expect.arrayContaining(["civil-code:202", "civil-code:1259"]));
    expect(calendar).not.toContain("civil-code:204");
    const thirty = resolveReceivingOrg(member, { interpretations: { "Q2.month-measure": "thirty-day-months" } }).citations;
    expect(thirty).toContain("civil-code:204");
    expect(thirty).not.toContain("civil-code:202");
  });

  it("marks a graduate's last day as ambiguous when six months from 31 August have no corresponding day (Q14)", () => {
    // 1 March: past the month-end last day (28 February), but the last day itself if a missing day moves it on (Q14's alternative).
    const member: MemberSituation = { category: "graduate", since: "2024-08-31", placementRegisteredOn: null, asOf: "2025-03-01", workUnit: null, ...noDedicatedOrg };
    const decision = resolveReceivingOrg(member);
    expect(decision.outcome.relationship).toBe("transfers");
    expect(decision.ambiguities.map((a) => a.interpretation)).toContain("Q14.missing-corresponding-day");
    const [q14] = decision.ambiguities;
    expect(reasonOf(q14)).toBe("起算日2024年8月31日在6个月后的月份没有对应日");
    const plain = resolveReceivingOrg({ ...member, since: "2024-08-30", asOf: "2025-03-02" });
    expect(plain.ambiguities).toEqual([]);
    expect(plain.interpretations.map((i) => i.id)).toContain("Q14.missing-corresponding-day");
  });

  it("contests Q10 only when the registration date differs from the graduation date", () => {
    // The day after the six months' last day, so that the last day's own question (Q22) does not arise.
    const member: MemberSituation = { category: "graduate", since: "2024-01-10", placementRegisteredOn: "2024-01-10", asOf: "2024-07-11", workUnit: null, ...noDedicatedOrg };
    expect(resolveReceivingOrg(member).ambiguities).toEqual([]);
    const later = resolveReceivingOrg({ ...member, placementRegisteredOn: "2024-02-01" });
    expect(later.ambiguities.map((a) => a.interpretation)).toEqual(["Q10.placement-six-months-from"]);
    expect(reasonOf(later.ambiguities[0])).toBe("毕业日期（2024年1月10日）与报到日期（2024年2月1日）不同");
  });
});

describe("resolveReceivingOrg: a member going away with no planned return (Q24), to a place known but not fixed (Q23)", () => {
  it("a secondment with no end date to a unit with a Party organization transfers by default, and is marked ambiguous", () => {
    const member: MemberSituation = {
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "open-ended", placeFixed: true },
      destination: withOrg,
      ...noDedicatedOrg,
    };
    const decision = resolveReceivingOrg(member);
    expect(decision.outcome).toMatchObject({ relationship: "transfers", receiver: "workplace-org", document: "transfer-letter" });
    expect(steps(decision).map((s) => s.facts)).toContainEqual({ "absence.expectedReturn": "open-ended" });
    const q24 = decision.ambiguities.find((a) => a.interpretation === "Q24.open-ended-absence");
    expect(q24?.alternatives[0]?.outcome).toMatchObject({ relationship: "stays", document: "activity-card" });
  });

  it("under Q23's other reading, needs to know whether a place that is not fixed is known, at the absence's field", () => {
    const member: MemberSituation = {
      category: "away",
      retired: false,
      absence: { departure: "2024-03-10", expectedReturn: "2024-05-01", placeFixed: false },
      destination: withOrg,
      ...noDedicatedOrg,
    };
    const distinct = { interpretations: { "Q23.place-not-fixed-is-uncertain": "known-not-fixed-is-distinct" } } as const;
    expectInputIssue(() => resolveReceivingOrg(member, distinct), ["absence", "placeKnown"], "missing");
    const known = { ...member, absence: { ...member.absence, placeKnown: true } } as MemberSituation;
    expect(resolveReceivingOrg(known, distinct).outcome).toMatchObject({ relationship: "stays", document: "certificate-letter" });
  });
});

describe("resolveReceivingOrg: a retiree who fits several cases of 2.1.6 (Q32)", () => {
  const retiree = (socializedEnterpriseRetiree: boolean, settledLongTermElsewhere: boolean, reemployedByOriginalUnit: boolean): MemberSituation => ({
    category: "retiree",
    socializedEnterpriseRetiree,
    settledLongTermElsewhere,
    reemployedByOriginalUnit,
    ...noDedicatedOrg,
  });

  it("a socialized retiree re-employed by the original unit: stays by default, ambiguous with the residence's community", () => {
    const decision = resolveReceivingOrg(retiree(true, false, true));
    expect(decision.outcome).toMatchObject({ relationship: "stays", receiver: "original-org", basis: "2.1.6" });
    expect(decision.ambiguities.map((a) => a.interpretation)).toEqual(["Q32.retiree-case-precedence"]);
    expect(decision.ambiguities[0]?.alternatives[0]?.outcome).toMatchObject({ relationship: "transfers", receiver: "residence-community-org" });
    expect(decision.trace.find((s) => s.check === "retiree-cases")).toMatchObject({
      facts: { socializedEnterpriseRetiree: true, settledLongTermElsewhere: false, reemployedByOriginalUnit: true },
      result: "reemployed-by-original-unit",
    });
    expect(textOf(decision, "retiree-cases")).toBe("二（一）6的几种情形同时成立，按被原单位返聘处理（解释三十二）");
    const byOrder = resolveReceivingOrg(retiree(true, false, true), {
      interpretations: { "Q32.retiree-case-precedence": "text-order" },
    });
    expect(byOrder.outcome).toMatchObject({ relationship: "transfers", receiver: "residence-community-org" });
  });

  it("two cases that re-employment does not touch: the text's order under both readings, so not ambiguous", () => {
    const decision = resolveReceivingOrg(retiree(true, true, false));
    expect(decision.outcome.receiver).toBe("residence-community-org");
    expect(decision.ambiguous).toBe(false);
    expect(decision.interpretations.map((i) => i.id)).toContain("Q32.retiree-case-precedence");
  });

  it("one case alone decides as the shorter categories do, with no reading", () => {
    for (const [facts, category] of [
      [[true, false, false], "socialized-retiree"],
      [[false, true, false], "retired-cadre-settled-elsewhere"],
      [[false, false, true], "reemployed-by-original-unit"],
    ] as const) {
      const one = resolveReceivingOrg(retiree(facts[0], facts[1], facts[2]));
      expect(one.outcome).toEqual(resolveReceivingOrg({ category, ...noDedicatedOrg }).outcome);
      expect(one.interpretations.map((i) => i.id)).not.toContain("Q32.retiree-case-precedence");
    }
  });

  it("refuses a retiree who fits none of the cases: one who goes away is a member going away", () => {
    expectInputIssue(() => resolveReceivingOrg(retiree(false, false, false)), [], "inconsistent");
    expectInputIssue(
      () => resolveReceivingOrg(retiree(true, false, true), { override: { outcome: "original-org", reason: "x" } }),
      ["options", "override"],
      "inconsistent",
    );
  });
});

describe("resolveReceivingOrg: overrides only where the text says 一般", () => {
  const awayFor = (expectedReturn: string | null, unit: Destination = withOrg): MemberSituation => ({
    category: "away",
    retired: false,
    absence: { departure: "2024-03-10", expectedReturn, placeFixed: true },
    destination: unit,
    ...noDedicatedOrg,
  });

  it("a member going away: the exception is to the document (2.1.1 一般应当), which decides whether the relationship moves", () => {
    const away = resolveReceivingOrg(awayFor("2025-03-11"), {
      override: { outcome: "certificate-letter", reason: "短期借调，经支部研究保留原组织关系" },
    });
    expect(away.outcome).toMatchObject({
      relationship: "stays",
      receiver: "original-org",
      document: "certificate-letter",
      responsibleUntilReceived: null,
    });
    expect(away.override?.ruleOutcome).toMatchObject({ relationship: "transfers", receiver: "workplace-org", document: "transfer-letter" });
    expect(away.trace.at(-1)).toMatchObject({ check: "documented-override", citation: "2.1.1" });
  });

  it("an exception to the transfer letter moves the relationship where 2.1.3 says, never where the caller says", () => {
    const away = resolveReceivingOrg(awayFor("2024-05-01", withoutOrg), {
      override: { outcome: "transfer-letter", reason: "已在当地定居，经支部研究转移组织关系" },
    });
    expect(away.override?.ruleOutcome).toMatchObject({ relationship: "stays", document: "certificate-letter" });
    expect(away.outcome).toMatchObject({ relationship: "transfers", document: "transfer-letter", basis: "2.1.3" });
    expect(away.outcome.receiver).not.toBe("original-org");
    // The receiver is reasoned under 2.1.3 in the trace, before the exception's own last step.
    expect(away.trace.some((step) => step.check === "destination-has-party-org" && step.citation === "2.1.3")).toBe(true);
    expect(away.trace.at(-1)?.check).toBe("documented-override");
    // The rule's own outcome stays whatever the receiver: Q31 is applied, not a source of ambiguity.
    expect(away.interpretations.map((i) => i.id)).toContain("Q31.community-org-choice");
    expect(away.ambiguous).toBe(false);
    expect(away.outcome.duties[0]).toBe("complete-relationship-transfer");
    expect(away.outcome.duties.at(-1)).toBe("train-received-members");
  });

  it.each(["talent-agency-org", "original-org", "workplace-org"] as const)(
    "refuses to name the receiver (%s) for a member going away: 2.1.3 says 应当",
    (receiver) => {
      expectInputIssue(
        () => resolveReceivingOrg(awayFor("2025-03-11"), { override: { outcome: receiver, reason: "x" } }),
        ["options", "override"],
        "inconsistent",
      );
    },
  );

  it("a restructured member with an uncertain destination: the exception is to the receiver (2.1.5 一般先)", () => {
    const restructured = resolveReceivingOrg(
      { category: "restructured", flow: "uncertain", destination: null, ...noDedicatedOrg },
      { override: { outcome: "talent-agency-org", reason: "档案已转人才交流中心" } },
    );
    expect(restructured.outcome.receiver).toBe("talent-agency-org");
    expect(restructured.trace.at(-1)).toMatchObject({ check: "documented-override", citation: "2.1.5" });
    expectInputIssue(
      () =>
        resolveReceivingOrg(
          { category: "restructured", flow: "uncertain", destination: null, ...noDedicatedOrg },
          { override: { outcome: "certificate-letter", reason: "x" } },
        ),
      ["options", "override"],
      "inconsistent",
    );
  });

  it("an exception keeps the transfer duties with the relationship, each once", () => {
    const away = (expectedReturn: string): MemberSituation =>
      awayFor(expectedReturn, { unitHasPartyOrg: false, cannotReceive: { reason: "社区无力接收" } });
    const kept = resolveReceivingOrg(away("2025-03-11"), { override: { outcome: "activity-card", reason: "借调" } }).outcome;
    expect(kept).toMatchObject({ relationship: "stays", alsoPermitted: [], responsibleUntilReceived: null });
    expect(kept.duties).not.toContain("complete-relationship-transfer");
    expect(kept.duties).not.toContain("train-received-members");
    expect(kept.duties).toContain("stamp-activity-card");
    const moved = resolveReceivingOrg(away("2024-05-01"), { override: { outcome: "transfer-letter", reason: "已在当地定居" } }).outcome;
    expect(moved).toEqual(resolveReceivingOrg(away("2025-03-11")).outcome);
    expect(new Set(moved.duties).size).toBe(moved.duties.length);
    const plain = resolveReceivingOrg(away("2025-03-11")).outcome.duties;
    expect(plain.filter((d) => d === "complete-relationship-transfer")).toHaveLength(1);
    expect(plain.filter((d) => d === "train-received-members")).toHaveLength(1);
  });

  it.each([
    { category: "socialized-retiree", ...noDedicatedOrg },
    { category: "restructured", flow: "concentrated", destination: withOrg, ...noDedicatedOrg },
    graduate("2024-01-10", "2024-02-01"),
  ] as MemberSituation[])("refuses one where the text says 应当 (shall): %j", (member) => {
    expectInputIssue(
      () => resolveReceivingOrg(member, { override: { outcome: "original-org", reason: "x" } }),
      ["options", "override"],
      "inconsistent",
    );
  });
});

describe("resolveReceivingOrg: bad and contradictory input", () => {
  it.each([
    [{ category: "restructured", flow: "concentrated", destination: null, ...noDedicatedOrg }, ["destination"], "inconsistent"],
    [{ category: "restructured", flow: "uncertain", destination: withOrg, ...noDedicatedOrg }, ["destination"], "inconsistent"],
    [{ ...graduate("2024-06-30", "2024-05-01") }, ["asOf"], "inconsistent"],
    [{ ...graduate("2024-06-30", "2024-08-01", "2024-06-29") }, ["placementRegisteredOn"], "inconsistent"],
    [{ ...graduate("2024-06-30", "2024-07-01", "2024-07-02") }, ["asOf"], "inconsistent"],
    [{ category: "pensioner", ...noDedicatedOrg }, ["category"], "invalid-value"],
    [{ category: "socialized-retiree" }, ["departmentHasMobileMemberOrg"], "missing"],
    [
      {
        category: "away",
        retired: false,
        absence: { departure: "2024-03-10", expectedReturn: "2024-03-01", placeFixed: true },
        destination: withOrg,
        ...noDedicatedOrg,
      },
      ["absence", "expectedReturn"],
      "inconsistent",
    ],
  ] as const)("refuses %j", (member, path, code) => {
    expectInputIssue(() => resolveReceivingOrg(member as never), path, code);
  });
});

describe("resolveReceivingOrg: what each answer says in words", () => {
  it("says who is responsible, in both languages, for a transfer and for a stay", () => {
    const responsible = (member: MemberSituation, locale: Locale) => textOf(resolveReceivingOrg(member), "responsible-organization", locale);
    expect(responsible({ category: "socialized-retiree", ...noDedicatedOrg }, "en")).toBe(
      "Management never breaks off: the original organization is responsible until the community Party organization of the member's residence receives the relationship, and that organization after",
    );
    expect(responsible({ category: "reemployed-by-original-unit", ...noDedicatedOrg }, "zh-CN")).toBe("管理不断线：由原所在党组织负责");
  });

  it("names the other permitted receivers in English too, and the dedicated organization under Q17's alternative", () => {
    const member: MemberSituation = {
      category: "restructured",
      flow: "concentrated",
      destination: { unitHasPartyOrg: false, cannotReceive: { reason: "无力接收" } },
      departmentHasMobileMemberOrg: true,
    };
    const decision = resolveReceivingOrg(member);
    expect(summaryOf(decision, "en")).toContain("(or ");
    expect(summaryOf(decision, "en").match(/\(or /g)).toHaveLength(decision.outcome.alsoPermitted.length);
    const dedicated = resolveReceivingOrg(member, { interpretations: { "Q17.dedicated-mobile-member-org": "preferred-receiver" } }).outcome;
    expect(dedicated.receiver).toBe("mobile-member-org");
    expect(dedicated.alsoPermitted).toEqual(["industry-regulator-org", "service-agency-org"]);
  });

  it("says it as an officer writes it: the organization finds, readings by their Chinese number, no nested brackets", () => {
    const member: MemberSituation = {
      category: "restructured",
      flow: "concentrated",
      destination: { unitHasPartyOrg: false, cannotReceive: { reason: "无力接收" } },
      departmentHasMobileMemberOrg: true,
    };
    const text = (decision: ReceivingDecision, check: string) => textOf(decision, check);
    const decision = resolveReceivingOrg(member);
    expect(text(decision, "cannot-receive")).toBe(
      "经认定，单位或党员居住地社区党组织接收确有困难（理由：无力接收）：也可以转移到行业主管部门或有关服务机构党组织",
    );
    expect(text(decision, "dedicated-mobile-member-org")).toBe("本部门建立了流动党员党组织（解释十七）：流动党员党组织也可以接收");
    const preferred = resolveReceivingOrg(member, { interpretations: { "Q17.dedicated-mobile-member-org": "preferred-receiver" } });
    expect(text(preferred, "dedicated-mobile-member-org")).toBe("本部门建立了流动党员党组织（解释十七）：由流动党员党组织接收");
    expect(summaryOf(decision)).toBe("组织关系转移到行业主管部门党组织，也可以转移到有关服务机构党组织或流动党员党组织");
    const settled = resolveReceivingOrg({ category: "retired-cadre-settled-elsewhere", ...noDedicatedOrg });
    expect(text(settled, "retiree")).toBe("在外长期定居的离退休干部、职工（经党组织认定，解释十一）：应将组织关系转移至现居住地党组织");
    const late = resolveReceivingOrg(graduate("2024-01-10", "2024-08-01"));
    expect(text(late, "six-months-without-work-unit")).toBe(
      "大中专毕业生自2024年1月10日起6个月，至2024年7月10日届满；截至2024年8月1日尚未落实工作单位，6个月期间已经届满",
    );
    for (const d of [decision, preferred, settled, late]) {
      for (const words of stepWords(d)) expect(words).not.toMatch(/[A-Za-z]|调用方|\d{4}-\d{2}-\d{2}/);
      expect(summaryOf(d)).not.toMatch(/（[^）]*（/);
    }
  });

  it("says which way a restructured member's destination contradicts the flow", () => {
    const refusal = (member: unknown) => {
      try {
        resolveReceivingOrg(member as MemberSituation);
      } catch (error) {
        return (error as RuleInputError).issues[0]?.message.zh;
      }
      return undefined;
    };
    expect(refusal({ category: "restructured", flow: "concentrated", destination: null, ...noDedicatedOrg })).toBe("流向比较集中的，必须给出所去单位");
    expect(refusal({ category: "restructured", flow: "uncertain", destination: withOrg, ...noDedicatedOrg })).toBe("流向不确定的，不能给出所去单位：应为 null");
  });
});

describe("resolveReceivingOrg: input that depends on the options", () => {
  it("accepts registration and asOf on the graduation day itself", () => {
    expect(resolveReceivingOrg(graduate("2024-06-30", "2024-06-30", "2024-06-30")).outcome.relationship).toBe("stays");
  });

  it("needs the registration date under Q10's alternative, unless a work unit was found", () => {
    const options = { interpretations: { "Q10.placement-six-months-from": "from-placement-registration" } } as const;
    expectInputIssue(() => resolveReceivingOrg(graduate("2024-01-10", "2024-08-01"), options), ["placementRegisteredOn"], "missing");
    const serviceman: MemberSituation = { category: "demobilized-serviceman", since: "2024-01-10", asOf: "2024-08-01", placementRegisteredOn: null, workUnit: null, ...noDedicatedOrg };
    expectInputIssue(() => resolveReceivingOrg(serviceman, options), ["placementRegisteredOn"], "missing");
    const found: MemberSituation = { category: "graduate", since: "2024-01-10", asOf: "2024-08-01", placementRegisteredOn: null, workUnit: withOrg, ...noDedicatedOrg };
    expect(resolveReceivingOrg(found, options).outcome.receiver).toBe("workplace-org");
    expect(resolveReceivingOrg({ category: "socialized-retiree", ...noDedicatedOrg }, options).outcome.receiver).toBe("residence-community-org");
  });

  it("needs a reason for 'cannot receive' under Q11's default, at the field that holds it", () => {
    const blank = { unitHasPartyOrg: false, cannotReceive: { reason: " " } };
    expectInputIssue(
      () => resolveReceivingOrg({ category: "graduate", since: "2024-01-10", asOf: "2024-08-01", placementRegisteredOn: null, workUnit: blank, ...noDedicatedOrg }),
      ["workUnit", "cannotReceive", "reason"],
      "missing",
    );
    expectInputIssue(
      () => resolveReceivingOrg({ category: "restructured", flow: "concentrated", destination: blank, ...noDedicatedOrg }),
      ["destination", "cannotReceive", "reason"],
      "missing",
    );
    const asserted = resolveReceivingOrg(
      { category: "restructured", flow: "concentrated", destination: blank, ...noDedicatedOrg },
      { interpretations: { "Q11.caller-asserted-facts": "assert-without-reason" } },
    );
    expect(asserted.outcome.receiver).toBe("industry-regulator-org");
  });
});

describe("resolveReceivingOrg: invariants", () => {
  test.prop([memberSituation, interpretationChoices])(
    "totality and continuity (管理不断线): every member has a receiver and someone responsible, with the governing clause cited",
    (member, choices) => {
      const options = { interpretations: usable(member, choices) };
      const decision = resolveReceivingOrg(member, options);
      expectWellFormed(decision, member, options);
      const { outcome } = decision;
      expect(PARTY_ORGS).toContain(outcome.receiver);
      expect(decision.citations).toContain(outcome.basis);
      expect(decision.citations).toContain("2.2.1");
      if (outcome.relationship === "transfers") {
        expect(outcome.responsibleUntilReceived).toBe("original-org");
        expect(outcome.receiver).not.toBe("original-org");
      } else {
        expect(outcome.receiver).toBe("original-org");
        expect(outcome.responsibleUntilReceived).toBeNull();
      }
    },
  );

  test.prop([absence, destination, fc.boolean(), interpretationChoices])(
    "a member going away transfers exactly when documentForAbsence gives the transfer letter",
    (memberAbsence, memberDestination, retired, interpretations) => {
      const choices = usableForAbsence(memberAbsence, interpretations);
      const decision = resolveReceivingOrg(
        { category: "away", retired, absence: memberAbsence, destination: memberDestination, ...noDedicatedOrg },
        { interpretations: readBy(resolveReceivingOrg, choices) },
      );
      const document = documentForAbsence(memberAbsence, { interpretations: readBy(documentForAbsence, choices) }).outcome.document;
      expect(decision.outcome.document).toBe(document);
      expect(decision.outcome.relationship === "transfers").toBe(document === "transfer-letter");
    },
  );

  test.prop([calendarDate, fc.integer({ min: -3, max: 3 })])(
    "2.1.4 applies from the day after the six months' last day (Q22), and on that day only under Q22's other reading",
    (since, offset) => {
      const lastDay = addCalendarMonths(since, 6).date;
      const asOf = plusDays(lastDay, offset);
      fc.pre(asOf >= since);
      const decision = resolveReceivingOrg(graduate(since, asOf));
      expect(decision.outcome.relationship).toBe(offset > 0 ? "transfers" : "stays");
      expect(decision.ambiguities.some((a) => a.interpretation === "Q22.period-expiry-day")).toBe(offset === 0);
      const onLastDay = resolveReceivingOrg(graduate(since, asOf), { interpretations: { "Q22.period-expiry-day": "on-last-day" } });
      expect(onLastDay.outcome.relationship).toBe(offset >= 0 ? "transfers" : "stays");
    },
  );

  test.prop([memberSituation, interpretationChoices])(
    "determinism and purity: equal results, frozen inputs untouched, every time zone alike",
    (member, choices) => {
      const frozen = deepFreeze(snapshot(member));
      const options = deepFreeze({ interpretations: snapshot(usable(member, choices)) });
      const results = underEachTimeZone(() => resolveReceivingOrg(frozen, options));
      for (const result of results) expect(result).toEqual(results[0]);
      expect(frozen).toEqual(member);
    },
  );
});
