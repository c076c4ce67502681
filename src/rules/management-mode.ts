/**
 * # 一（二）3 — which Party organization manages a mobile member
 *
 * **[1.2.3]** 3、坚持因地制宜、分类指导。根据流动党员的就业形式和居住状况,合理确定党员的管理方式。
 * 就业比较稳定、工作单位建立党组织的由单位党组织管理;工作单位未建党组织而有行业协会的,
 * 可由行业协会党组织或行业主管部门党组织统一管理。暂时未落实工作单位,人事档案挂靠在人才流动服务机构
 * 或劳动力流动服务机构的,可由人才流动服务机构或劳动力流动服务机构党组织管理。就业单位不够稳定、
 * 居住地比较固定的,由居住地党组织管理;居住地经常变动的,由原所在党组织管理。
 *
 * > Decide how a member is managed from their form of employment and residence. Stable
 * > job at a workplace with a Party organization: the workplace organization manages. The
 * > workplace has none but there is an industry association: the association's or the
 * > industry regulator's organization *may* manage. No job yet, personnel file held by a
 * > talent- or labour-mobility agency: that agency's organization *may* manage. Unstable
 * > job but a fairly fixed residence: the residence organization manages. Residence
 * > changes often: the original organization manages.
 *
 * ## Readings
 * - The five cases can overlap. The text's order decides (Q12); the decision lists the
 *   other cases that also held, and is marked ambiguous where the other reading (cases
 *   worded "由", shall, before those worded "可由", may) gives another organization.
 * - Whether the industry-association case presupposes stable employment, like the
 *   sentence it follows (Q15).
 * - Facts no case covers are answered explicitly (Q16): the original organization keeps
 *   managing (2.2.1: management never breaks off), never a fall-through.
 * - "居住地经常变动的" is read without an employment condition (Q36): the sentence repeats
 *   none, though it follows "就业单位不够稳定" after a semicolon. Where the job is not
 *   unstable, the reading is contested: under Q12's "shall before may" it can decide
 *   between the residence case and the association's.
 * - "可由" permits and does not oblige: where the organization that may manage has not
 *   taken the member on (a fact, `permittedManagerDeclined`), the other cases that hold
 *   decide, and failing all the original organization (Q30).
 *
 * @module
 */
import { match } from "ts-pattern";
import { z } from "zod";
import { runRule, type Decision, type Reasoning } from "../decision/decision.js";
import { addBilingualIssue, readInput, type Bilingual } from "../errors.js";
import { RuleOptionsSchema, type RuleOptions } from "../interpretations/options.js";
import type { AlternativeOf } from "../interpretations/registry.js";
import { PARTY_ORGS, PARTY_ORG_NAMES, type PartyOrg } from "./organizations.js";
import { deepFreeze } from "../frozen.js";

/** The member's form of employment: 就业比较稳定 / 就业单位不够稳定 / 暂时未落实工作单位. */
export type Employment = "stable" | "unstable" | "none";

/** Who holds the member's personnel file (人事档案挂靠). */
export type PersonnelFileHolder = "talent-agency" | "labour-agency" | "other";

/** The facts {@link managementMode} decides on. */
export interface ManagementFacts {
  /** Fairly stable employment, unstable employment, or no workplace yet. */
  readonly employment: Employment;
  /** Whether the workplace has set up a Party organization; `null` when there is no workplace (`employment: "none"`). */
  readonly workplaceHasPartyOrg: boolean | null;
  /** Whether there is an industry association for the workplace's industry; `null` when there is no workplace. */
  readonly industryAssociation: boolean | null;
  /** Who holds the personnel file. */
  readonly personnelFileHolder: PersonnelFileHolder;
  /** Whether the place of residence is fairly fixed (居住地比较固定). */
  readonly residenceFixed: boolean;
  /** Whether the place of residence changes often (居住地经常变动). Cannot be true with `residenceFixed`. */
  readonly residenceChangesOften: boolean;
  /**
   * Whether the organization the text says "may" manage the member (可由: the industry
   * association's or regulator's, or the talent- or labour-mobility agency's) has not taken
   * the member on (没有接收管理). Who manages then is interpretation Q30. Left out: it has,
   * or the question does not arise.
   */
  readonly permittedManagerDeclined?: boolean | undefined;
}

/** The five cases of 1.2.3, in the text's order. */
export type ManagementCase =
  | "stable-job-workplace-org"
  | "workplace-without-org-industry-association"
  | "no-job-file-at-agency"
  | "unstable-job-fixed-residence"
  | "residence-changes-often";

/** Every {@link ManagementCase}, in the text's order. */
export const MANAGEMENT_CASES = [
  "stable-job-workplace-org",
  "workplace-without-org-industry-association",
  "no-job-file-at-agency",
  "unstable-job-fixed-residence",
  "residence-changes-often",
] as const satisfies readonly ManagementCase[];

/** Each case as the text words it, and whether the text says "由" (shall) or "可由" (may). */
export const MANAGEMENT_CASE_TEXT: {
  readonly [Case in ManagementCase]: {
    /** The case as the text words it. */
    readonly text: Bilingual;
    /** "由" (shall) or "可由" (may). */
    readonly wording: "shall" | "may";
  };
} = {
  "stable-job-workplace-org": {
    text: { zh: "就业比较稳定、工作单位建立党组织的", en: "fairly stable job at a workplace with a Party organization" },
    wording: "shall",
  },
  "workplace-without-org-industry-association": {
    text: { zh: "工作单位未建党组织而有行业协会的", en: "workplace without a Party organization, but an industry association exists" },
    wording: "may",
  },
  "no-job-file-at-agency": {
    text: {
      zh: "暂时未落实工作单位，人事档案挂靠在人才流动服务机构或劳动力流动服务机构的",
      en: "no workplace yet, personnel file held by a talent- or labour-mobility agency",
    },
    wording: "may",
  },
  "unstable-job-fixed-residence": {
    text: { zh: "就业单位不够稳定、居住地比较固定的", en: "job not stable enough, residence fairly fixed" },
    wording: "shall",
  },
  "residence-changes-often": {
    text: { zh: "居住地经常变动的", en: "residence changes often" },
    wording: "shall",
  },
};

/** The outcome of {@link managementMode}. */
export type ManagementModeOutcome = {
  /** The organization that manages the member. */
  readonly manager: PartyOrg;
  /** Another organization the text equally permits (the industry regulator's, beside the association's). */
  readonly alsoPermitted: readonly PartyOrg[];
  /**
   * The case of 1.2.3 that decided; `"no-case-applies"` (Q16); or
   * `"permitted-manager-declined"` when the organization that may manage did not take the
   * member on and the original organization manages (Q30).
   */
  readonly basis: ManagementCase | "no-case-applies" | "permitted-manager-declined";
  /** The other cases that also held, in the text's order (Q12). */
  readonly otherCasesThatHeld: readonly ManagementCase[];
};

/** The zod schema of {@link ManagementModeOutcome}, for checking a stored decision. */
export const ManagementModeOutcomeSchema: z.ZodType<ManagementModeOutcome> = z.strictObject({
  manager: z.enum(PARTY_ORGS),
  alsoPermitted: z.array(z.enum(PARTY_ORGS)),
  basis: z.enum([...MANAGEMENT_CASES, "no-case-applies", "permitted-manager-declined"]),
  otherCasesThatHeld: z.array(z.enum(MANAGEMENT_CASES)),
});

const factsShape = z.strictObject({
  employment: z.enum(["stable", "unstable", "none"]),
  workplaceHasPartyOrg: z.boolean().nullable(),
  industryAssociation: z.boolean().nullable(),
  personnelFileHolder: z.enum(["talent-agency", "labour-agency", "other"]),
  residenceFixed: z.boolean(),
  residenceChangesOften: z.boolean(),
  permittedManagerDeclined: z.boolean().optional(),
});

/**
 * The zod schema of {@link ManagementFacts}. Contradictions are refused: a residence both
 * fixed and changing often; workplace facts for a member with no workplace, or none for a
 * member with one.
 */
export const ManagementFactsSchema: z.ZodType<ManagementFacts> = factsShape.check((ctx) => {
  const facts = ctx.value;
  if (facts.residenceFixed && facts.residenceChangesOften) {
    addBilingualIssue(ctx, {
      code: "inconsistent",
      path: ["residenceChangesOften"],
      message: {
        zh: "居住地不能既“比较固定”又“经常变动”",
        en: "a residence cannot be both fairly fixed and changing often",
      },
    });
  }
  for (const field of ["workplaceHasPartyOrg", "industryAssociation"] as const) {
    const value = facts[field];
    if (facts.employment === "none" && value !== null) {
      addBilingualIssue(ctx, {
        code: "inconsistent",
        path: [field],
        message: {
          zh: "暂时未落实工作单位的，此项应为 null（没有工作单位）",
          en: "with no workplace (employment \"none\") there is no workplace fact: expected null",
        },
      });
    }
    if (facts.employment !== "none" && value === null) {
      addBilingualIssue(ctx, {
        code: "missing",
        path: [field],
        message: {
          zh: "有工作单位的，必须说明此项（true 或 false）",
          en: "with a workplace this fact is required (true or false)",
        },
      });
    }
  }
});

const FACT_KEYS = [
  "employment",
  "workplaceHasPartyOrg",
  "industryAssociation",
  "personnelFileHolder",
  "residenceFixed",
  "residenceChangesOften",
] as const;


const QUESTION: Bilingual = {
  zh: "流动党员由哪个党组织管理？",
  en: "Which Party organization manages the mobile member?",
};

function holds(facts: ManagementFacts, reasoning: Reasoning): ManagementCase[] {
  const employed = facts.employment !== "none";
  const noOrgButAssociation =
    employed && facts.workplaceHasPartyOrg === false && facts.industryAssociation === true;
  // Q15 is contested only when it matters: an unstable job at such a workplace.
  const associationCase =
    noOrgButAssociation &&
    (facts.employment === "stable" ||
      reasoning.contest("Q15.association-case-employment", {
        zh: "就业不够稳定，单位未建党组织而有行业协会",
        en: "an unstable job at a workplace with no Party organization but an industry association",
      }) === "any-employment");
  const stableAtOrg = facts.employment === "stable" && facts.workplaceHasPartyOrg === true;
  const agencyCase = facts.employment === "none" && facts.personnelFileHolder !== "other";
  const unstableFixed = facts.employment === "unstable" && facts.residenceFixed;
  // Q36 arises with a residence that changes often and a job that is not "不够稳定".
  const residenceCase =
    facts.residenceChangesOften &&
    (facts.employment === "unstable" || readQ36(facts, { stableAtOrg, associationCase, agencyCase, unstableFixed }, reasoning) === "any-employment");
  const evaluated: readonly (readonly [ManagementCase, boolean, Record<string, boolean | string | null>])[] = [
    [
      "stable-job-workplace-org",
      stableAtOrg,
      { employment: facts.employment, workplaceHasPartyOrg: facts.workplaceHasPartyOrg },
    ],
    [
      "workplace-without-org-industry-association",
      associationCase,
      {
        employment: facts.employment,
        workplaceHasPartyOrg: facts.workplaceHasPartyOrg,
        industryAssociation: facts.industryAssociation,
      },
    ],
    [
      "no-job-file-at-agency",
      agencyCase,
      { employment: facts.employment, personnelFileHolder: facts.personnelFileHolder },
    ],
    [
      "unstable-job-fixed-residence",
      unstableFixed,
      { employment: facts.employment, residenceFixed: facts.residenceFixed },
    ],
    [
      "residence-changes-often",
      residenceCase,
      { employment: facts.employment, residenceChangesOften: facts.residenceChangesOften },
    ],
  ];
  const held: ManagementCase[] = [];
  evaluated.forEach(([id, holdsHere, read], index) => {
    const text = MANAGEMENT_CASE_TEXT[id].text;
    reasoning.step({
      check: id,
      citation: "1.2.3",
      facts: read,
      result: holdsHere,
      text: {
        zh: `情形${index + 1}（${text.zh}）：${holdsHere ? "成立" : "不成立"}`,
        en: `Case ${index + 1} (${text.en}): ${holdsHere ? "holds" : "does not hold"}`,
      },
    });
    if (holdsHere) held.push(id);
  });
  return held;
}

/**
 * Q36, read where its facts arise. It is contested where the residence case would decide
 * who manages: no other case holds, or only cases worded "可由" that give way to it (under
 * Q12's "shall before may", or because their organization did not take the member on,
 * Q30). Elsewhere another case decides under either reading, and Q36 changes only which
 * cases are listed as having held: it is recorded as applied, not as an ambiguity.
 */
function readQ36(
  facts: ManagementFacts,
  earlier: { readonly stableAtOrg: boolean; readonly associationCase: boolean; readonly agencyCase: boolean; readonly unstableFixed: boolean },
  reasoning: Reasoning,
): AlternativeOf<"Q36.residence-changes-case-employment"> {
  const shallRival = earlier.stableAtOrg || earlier.unstableFixed;
  const mayRival = earlier.associationCase || earlier.agencyCase;
  const decides =
    !shallRival &&
    (!mayRival ||
      (facts.permittedManagerDeclined === true
        ? reasoning.interpret("Q30.permitted-manager-not-taking") === "next-case"
        : reasoning.interpret("Q12.overlapping-management-conditions") === "shall-before-may"));
  if (!decides) return reasoning.interpret("Q36.residence-changes-case-employment");
  return reasoning.contest("Q36.residence-changes-case-employment", {
    zh: facts.employment === "stable" ? "就业比较稳定，居住地经常变动" : "暂时未落实工作单位，居住地经常变动",
    en: facts.employment === "stable" ? "a fairly stable job, a residence that changes often" : "no job yet, a residence that changes often",
  });
}

function managerOf(basis: ManagementCase, facts: ManagementFacts): Pick<ManagementModeOutcome, "manager" | "alsoPermitted"> {
  return match(basis)
    .with("stable-job-workplace-org", () => ({ manager: "workplace-org" as const, alsoPermitted: [] }))
    .with("workplace-without-org-industry-association", () => ({
      manager: "industry-association-org" as const,
      alsoPermitted: ["industry-regulator-org" as const],
    }))
    .with("no-job-file-at-agency", () => ({
      manager: facts.personnelFileHolder === "labour-agency" ? ("labour-agency-org" as const) : ("talent-agency-org" as const),
      alsoPermitted: [],
    }))
    .with("unstable-job-fixed-residence", () => ({ manager: "residence-org" as const, alsoPermitted: [] }))
    .with("residence-changes-often", () => ({ manager: "original-org" as const, alsoPermitted: [] }))
    .exhaustive();
}

function choose(held: readonly ManagementCase[], reasoning: Reasoning): ManagementCase | undefined {
  const [first] = held;
  if (first === undefined || held.length === 1) return first;
  const reading = reasoning.contest("Q12.overlapping-management-conditions", {
    zh: `多种情形同时成立：${held.map((id) => MANAGEMENT_CASE_TEXT[id].text.zh).join("；")}`,
    en: `several cases hold: ${held.map((id) => MANAGEMENT_CASE_TEXT[id].text.en).join("; ")}`,
  });
  return match(reading)
    .with("text-order", () => first)
    .with("shall-before-may", () => held.find((id) => MANAGEMENT_CASE_TEXT[id].wording === "shall") ?? first)
    .exhaustive();
}

/**
 * Q30: the organization that "may" manage has not taken the member on. Returns the cases
 * still to choose from, or `null` when the original organization manages.
 */
function withoutDeclined(facts: ManagementFacts, held: readonly ManagementCase[], reasoning: Reasoning): readonly ManagementCase[] | null {
  const permitted = held.filter((id) => MANAGEMENT_CASE_TEXT[id].wording === "may");
  const [declined] = permitted;
  if (facts.permittedManagerDeclined !== true || declined === undefined) return held;
  const reading = reasoning.contest("Q30.permitted-manager-not-taking", {
    zh: "条文规定可由其管理的党组织没有接收管理",
    en: "the organization the text says may manage has not taken the member on",
  });
  const rest = held.filter((id) => MANAGEMENT_CASE_TEXT[id].wording === "shall");
  const remaining = reading === "next-case" && rest.length > 0 ? rest : null;
  const orgs = permittedOrgs(declined, facts);
  reasoning.step({
    check: "permitted-manager-declined",
    citation: "1.2.3",
    facts: { permittedManagerDeclined: true },
    result: remaining === null ? "original-org" : [...remaining],
    text: {
      zh: `可由${orgs.zh}${declined === "workplace-without-org-industry-association" ? "统一管理" : "管理"}，但没有接收管理（解释三十）：${
        reading === "next-case" ? "按条文其余成立的情形确定，都不成立的，由原所在党组织管理" : "由原所在党组织管理"
      }`,
      en: `${capitalize(orgs.en)} may manage but has not taken the member on (Q30): ${
        reading === "next-case" ? "the other cases that hold decide, failing all the original organization" : "the original organization manages"
      }`,
    },
  });
  if (remaining === null) reasoning.cite("2.2.1");
  return remaining;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The organizations a case names, joined as the text joins them ("或"). */
function permittedOrgs(basis: ManagementCase, facts: ManagementFacts): Bilingual {
  const { manager, alsoPermitted } = managerOf(basis, facts);
  const names = [manager, ...alsoPermitted].map((org) => PARTY_ORG_NAMES[org]);
  return { zh: names.map((n) => n.zh).join("或"), en: names.map((n) => n.en).join(" or ") };
}

function decideManagement(facts: ManagementFacts, reasoning: Reasoning): ManagementModeOutcome {
  const held = holds(facts, reasoning);
  const candidates = withoutDeclined(facts, held, reasoning);
  if (candidates === null) {
    return { manager: "original-org", alsoPermitted: [], basis: "permitted-manager-declined", otherCasesThatHeld: [...held] };
  }
  const basis = choose(candidates, reasoning);
  if (basis === undefined) {
    const reading = reasoning.contest("Q16.management-gap", {
      zh: "一（二）3列举的情形都不成立",
      en: "none of the cases of 1.2.3 holds",
    });
    const manager = match(reading)
      .with("original-org", () => "original-org" as const)
      .with("residence-org-when-fixed", () => (facts.residenceFixed ? ("residence-org" as const) : ("original-org" as const)))
      .exhaustive();
    reasoning.step({
      check: "no-case-applies",
      citation: "2.2.1",
      facts: { residenceFixed: facts.residenceFixed },
      result: manager,
      text: {
        zh: `条文未规定此种情形；为做到管理不断线（解释十六），由${PARTY_ORG_NAMES[manager].zh}管理`,
        en: `The text does not cover these facts; so that management never breaks off (Q16), ${PARTY_ORG_NAMES[manager].en} manages`,
      },
    });
    return { manager, alsoPermitted: [], basis: "no-case-applies", otherCasesThatHeld: [] };
  }
  const { manager, alsoPermitted } = managerOf(basis, facts);
  const wording = MANAGEMENT_CASE_TEXT[basis].wording === "shall" ? { zh: "由", en: "manages" } : { zh: "可由", en: "may manage" };
  const permitted = alsoPermitted.map((org) => PARTY_ORG_NAMES[org]);
  // The association case alone says "统一管理": the association's or the regulator's
  // organization manages the members of that industry together.
  const manages = basis === "workplace-without-org-industry-association" ? "统一管理" : "管理";
  reasoning.step({
    check: "manager",
    citation: "1.2.3",
    facts: {},
    result: manager,
    text: {
      zh: `${MANAGEMENT_CASE_TEXT[basis].text.zh}，${wording.zh}${PARTY_ORG_NAMES[manager].zh}${permitted.map((p) => `或${p.zh}`).join("")}${manages}`,
      en: `${MANAGEMENT_CASE_TEXT[basis].text.en}: ${PARTY_ORG_NAMES[manager].en}${permitted.map((p) => ` or ${p.en}`).join("")} ${wording.en}`,
    },
  });
  return { manager, alsoPermitted, basis, otherCasesThatHeld: held.filter((id) => id !== basis) };
}

function summarize(outcome: ManagementModeOutcome): Bilingual {
  const manager = PARTY_ORG_NAMES[outcome.manager];
  const permitted = outcome.alsoPermitted.map((org) => PARTY_ORG_NAMES[org]);
  // Where no case of the text decides, the summary says so: the same organization on
  // another ground is another answer.
  if (outcome.basis === "no-case-applies" || outcome.basis === "permitted-manager-declined") {
    const why =
      outcome.basis === "no-case-applies"
        ? { zh: "条文未规定此种情形", en: "the text does not cover these facts" }
        : { zh: "可由其管理的党组织没有接收管理", en: "the organization that may manage has not taken the member on" };
    return { zh: `由${manager.zh}管理（${why.zh}）`, en: `managed by ${manager.en} (${why.en})` };
  }
  return {
    zh: `由${manager.zh}${permitted.map((p) => `或${p.zh}`).join("")}${outcome.basis === "workplace-without-org-industry-association" ? "统一管理" : "管理"}`,
    en: `managed by ${manager.en}${permitted.map((p) => ` (or ${p.en})`).join("")}`,
  };
}

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = { rule: "managementMode", question: QUESTION, decide: decideManagement, summarize };

/**
 * Which Party organization manages a mobile member, from their employment and residence.
 *
 * Every combination of facts gets an answer: where several of the text's five cases hold,
 * the text's order decides and the others are listed (Q12); where none holds, the original
 * organization keeps managing (Q16), so that management never breaks off (2.2.1).
 *
 * @clause 1.2.3
 * @clause 2.2.1
 *
 * @param facts - employment, the workplace's Party organization and industry association, the personnel file, the residence, and whether the organization that may manage has not taken the member on
 * @param options - interpretation choices (Q12, Q15, Q16, Q30, Q36)
 * @returns the decision: the managing organization, any other the text permits, the deciding case and the other cases that held
 * @throws {@link RuleInputError} for invalid or contradictory facts
 *
 * @example
 * ```ts
 * managementMode({
 *   employment: "stable",
 *   workplaceHasPartyOrg: true,
 *   industryAssociation: false,
 *   personnelFileHolder: "other",
 *   residenceFixed: true,
 *   residenceChangesOften: false,
 * }).outcome.manager;
 * //=> "workplace-org"
 *
 * managementMode({
 *   employment: "unstable",
 *   workplaceHasPartyOrg: false,
 *   industryAssociation: false,
 *   personnelFileHolder: "other",
 *   residenceFixed: false,
 *   residenceChangesOften: true,
 * }).outcome.manager;
 * //=> "original-org"
 * ```
 */
export function managementMode(facts: ManagementFacts, options: RuleOptions = {}): Decision<ManagementModeOutcome> {
  const valid = readInput("managementMode", ManagementFactsSchema, facts);
  const { interpretations } = readInput("managementMode", RuleOptionsSchema, options);
  return runRule(DEFINITION, valid, interpretations);
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [MANAGEMENT_CASES, MANAGEMENT_CASE_TEXT]) deepFreeze(table);
