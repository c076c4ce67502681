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
import { z } from "zod";
import type { Recorder } from "../decision/decision.js";
import { defineRule } from "../decision/rule.js";
import { addBilingualIssue } from "../errors.js";
import { deepFreeze } from "../frozen.js";
import type { AlternativeOf } from "../interpretations/registry.js";
import { bilingual, termsInBothLanguages, type Bilingual, type FieldWordIds } from "../locales/index.js";
import { PARTY_ORGS, type PartyOrg } from "./organizations.js";

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

/** How the text says who manages in a case: "由" (shall) or "可由" (may). */
export type CaseWording = "shall" | "may";

/** Each case's wording, as the text has it. */
const CASE_WORDING: { readonly [Case in ManagementCase]: CaseWording } = {
  "stable-job-workplace-org": "shall",
  "workplace-without-org-industry-association": "may",
  "no-job-file-at-agency": "may",
  "unstable-job-fixed-residence": "shall",
  "residence-changes-often": "shall",
};

/** Each case as the text words it, in Chinese and English (from the catalogs). */
const CASE_NAMES: { readonly [Case in ManagementCase]: Bilingual } = termsInBothLanguages("managementCases");

/** Each case as the text words it, and whether the text says "由" (shall) or "可由" (may). */
export const MANAGEMENT_CASE_TEXT: {
  readonly [Case in ManagementCase]: {
    /** The case as the text words it (from the catalogs). */
    readonly text: Bilingual;
    /** "由" (shall) or "可由" (may). */
    readonly wording: CaseWording;
  };
} = caseTexts();

function caseTexts(): { [Case in ManagementCase]: { text: Bilingual; wording: CaseWording } } {
  const table = {} as { [Case in ManagementCase]: { text: Bilingual; wording: CaseWording } };
  for (const id of MANAGEMENT_CASES) table[id] = { text: CASE_NAMES[id], wording: CASE_WORDING[id] };
  return table;
}

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
export const ManagementModeOutcomeSchema = z.strictObject({
  manager: z.enum(PARTY_ORGS),
  alsoPermitted: z.array(z.enum(PARTY_ORGS)).readonly(),
  basis: z.enum([...MANAGEMENT_CASES, "no-case-applies", "permitted-manager-declined"]),
  otherCasesThatHeld: z.array(z.enum(MANAGEMENT_CASES)).readonly(),
});

/**
 * The zod schema of {@link ManagementFacts}. Contradictions are refused: a residence both
 * fixed and changing often; workplace facts for a member with no workplace, or none for a
 * member with one. A zod object: a records system may `.safeExtend()` it with fields of
 * its own.
 */
export const ManagementFactsSchema = z
  .strictObject({
    employment: z.enum(["stable", "unstable", "none"]),
    workplaceHasPartyOrg: z.boolean().nullable(),
    industryAssociation: z.boolean().nullable(),
    personnelFileHolder: z.enum(["talent-agency", "labour-agency", "other"]),
    residenceFixed: z.boolean(),
    residenceChangesOften: z.boolean(),
    permittedManagerDeclined: z.boolean().optional(),
  })
  .check((ctx) => {
    const facts = ctx.value;
    if (facts.residenceFixed && facts.residenceChangesOften) {
      addBilingualIssue(ctx, {
        code: "inconsistent",
        path: ["residenceChangesOften"],
        message: bilingual("mode.error.residence-fixed-and-changing"),
      });
    }
    for (const field of ["workplaceHasPartyOrg", "industryAssociation"] as const) {
      const value = facts[field];
      if (facts.employment === "none" && value !== null) {
        addBilingualIssue(ctx, { code: "inconsistent", path: [field], message: bilingual("mode.error.workplace-fact-without-workplace") });
      }
      if (facts.employment !== "none" && value === null) {
        addBilingualIssue(ctx, { code: "missing", path: [field], message: bilingual("mode.error.workplace-fact-missing") });
      }
    }
  });

/** The interpretations 1.2.3 reads. @internal */
export const MANAGEMENT_READS = [
  "Q12.overlapping-management-conditions",
  "Q15.association-case-employment",
  "Q16.management-gap",
  "Q30.permitted-manager-not-taking",
  "Q36.residence-changes-case-employment",
] as const;

type Reads = (typeof MANAGEMENT_READS)[number];
type Reasoning = Recorder<Reads>;

/** Whether each of the five cases holds. */
type CasesFound = { readonly [Case in ManagementCase]: boolean };

/** The cases of 1.2.3 that hold, in the text's order, each recorded as a step. */
function holds(facts: ManagementFacts, reasoning: Reasoning): ManagementCase[] {
  const employed = facts.employment !== "none";
  // 〔1.2.3〕“就业比较稳定、工作单位建立党组织的由单位党组织管理”
  const stableAtOrg = facts.employment === "stable" && facts.workplaceHasPartyOrg === true;
  // 〔1.2.3〕“工作单位未建党组织而有行业协会的,可由行业协会党组织或行业主管部门党组织统一管理”
  // Whether this presupposes the stable job of the sentence before is Q15, contested only
  // where it arises: an unstable job at such a workplace. Either reading changes which
  // cases hold, and so the outcome.
  const noOrgButAssociation = employed && facts.workplaceHasPartyOrg === false && facts.industryAssociation === true;
  const associationCase =
    noOrgButAssociation &&
    (facts.employment === "stable" ||
      reasoning.contest("Q15.association-case-employment", "mode.reason.unstable-job-association") === "any-employment");
  // 〔1.2.3〕“暂时未落实工作单位,人事档案挂靠在人才流动服务机构或劳动力流动服务机构的,可由人才流动服务机构或劳动力流动服务机构党组织管理”
  const agencyCase = facts.employment === "none" && facts.personnelFileHolder !== "other";
  // 〔1.2.3〕“就业单位不够稳定、居住地比较固定的,由居住地党组织管理”
  const unstableFixed = facts.employment === "unstable" && facts.residenceFixed;
  // 〔1.2.3〕“居住地经常变动的,由原所在党组织管理”: Q36 arises with a job that is not "不够稳定".
  const residenceCase =
    facts.residenceChangesOften &&
    (facts.employment === "unstable" ||
      readQ36(facts, { stableAtOrg, associationCase, agencyCase, unstableFixed }, reasoning) === "any-employment");
  if (reasoning.traced) {
    const found: CasesFound = {
      "stable-job-workplace-org": stableAtOrg,
      "workplace-without-org-industry-association": associationCase,
      "no-job-file-at-agency": agencyCase,
      "unstable-job-fixed-residence": unstableFixed,
      "residence-changes-often": residenceCase,
    };
    recordCases(facts, found, reasoning);
  }
  // In the text's order, as MANAGEMENT_CASES lists them. Written out rather than filtered
  // from a table by id: the lookup by a varying key cost a third of the rule's time.
  const cases: ManagementCase[] = [];
  if (stableAtOrg) cases.push("stable-job-workplace-org");
  if (associationCase) cases.push("workplace-without-org-industry-association");
  if (agencyCase) cases.push("no-job-file-at-agency");
  if (unstableFixed) cases.push("unstable-job-fixed-residence");
  if (residenceCase) cases.push("residence-changes-often");
  return cases;
}

/** One step for each case, in the text's order, with the facts it read. */
function recordCases(facts: ManagementFacts, found: CasesFound, reasoning: Reasoning): void {
  const { employment } = facts;
  reasoning.step(
    "stable-job-workplace-org",
    "1.2.3",
    { employment, workplaceHasPartyOrg: facts.workplaceHasPartyOrg },
    found["stable-job-workplace-org"],
  );
  reasoning.step(
    "workplace-without-org-industry-association",
    "1.2.3",
    { employment, workplaceHasPartyOrg: facts.workplaceHasPartyOrg, industryAssociation: facts.industryAssociation },
    found["workplace-without-org-industry-association"],
  );
  reasoning.step(
    "no-job-file-at-agency",
    "1.2.3",
    { employment, personnelFileHolder: facts.personnelFileHolder },
    found["no-job-file-at-agency"],
  );
  reasoning.step(
    "unstable-job-fixed-residence",
    "1.2.3",
    { employment, residenceFixed: facts.residenceFixed },
    found["unstable-job-fixed-residence"],
  );
  reasoning.step(
    "residence-changes-often",
    "1.2.3",
    { employment, residenceChangesOften: facts.residenceChangesOften },
    found["residence-changes-often"],
  );
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
  return reasoning.contest("Q36.residence-changes-case-employment", "mode.reason.residence-changes-employment", {
    employment: facts.employment === "stable" ? "stable" : "none",
  });
}

/** The organization a case names to manage, and any other it equally permits. */
function managerOf(basis: ManagementCase, facts: ManagementFacts): { manager: PartyOrg; alsoPermitted: PartyOrg[] } {
  switch (basis) {
    // 〔1.2.3〕“就业比较稳定、工作单位建立党组织的由单位党组织管理”
    case "stable-job-workplace-org":
      return { manager: "workplace-org", alsoPermitted: [] };
    // 〔1.2.3〕“可由行业协会党组织或行业主管部门党组织统一管理”
    case "workplace-without-org-industry-association":
      return { manager: "industry-association-org", alsoPermitted: ["industry-regulator-org"] };
    // 〔1.2.3〕“可由人才流动服务机构或劳动力流动服务机构党组织管理”: the agency that holds the file.
    case "no-job-file-at-agency":
      return { manager: facts.personnelFileHolder === "labour-agency" ? "labour-agency-org" : "talent-agency-org", alsoPermitted: [] };
    // 〔1.2.3〕“就业单位不够稳定、居住地比较固定的,由居住地党组织管理”
    case "unstable-job-fixed-residence":
      return { manager: "residence-org", alsoPermitted: [] };
    // 〔1.2.3〕“居住地经常变动的,由原所在党组织管理”
    case "residence-changes-often":
      return { manager: "original-org", alsoPermitted: [] };
    default: {
      const unknown: never = basis;
      return unknown;
    }
  }
}

/**
 * The case that decides among those that hold (Q12). The reading matters only where a
 * case worded "可由" comes first and one worded "由" follows: elsewhere both readings take
 * the first case, so Q12 is applied, not contested.
 */
function choose(held: readonly ManagementCase[], reasoning: Reasoning): ManagementCase | undefined {
  const [first] = held;
  if (first === undefined || held.length === 1) return first;
  const shall = held.find((id) => CASE_WORDING[id] === "shall");
  if (CASE_WORDING[first] === "shall" || shall === undefined) {
    reasoning.interpret("Q12.overlapping-management-conditions");
    return first;
  }
  const reading = reasoning.contest("Q12.overlapping-management-conditions", "mode.reason.several-cases-hold", { cases: held });
  switch (reading) {
    case "text-order":
      return first;
    case "shall-before-may":
      return shall;
    default: {
      const unknown: never = reading;
      return unknown;
    }
  }
}

/**
 * Q30: the organization that "may" manage has not taken the member on. Returns the cases
 * still to choose from, or `null` when the original organization manages. The reading
 * matters only where a case worded "由" also holds: where none does, both readings leave
 * the original organization, and Q30 is applied, not contested.
 */
function withoutDeclined(facts: ManagementFacts, held: readonly ManagementCase[], reasoning: Reasoning): readonly ManagementCase[] | null {
  if (facts.permittedManagerDeclined !== true) return held;
  // 〔1.2.3〕“可由行业协会党组织或行业主管部门党组织统一管理”/“可由人才流动服务机构或劳动力流动服务机构党组织管理”: permitted, not obliged.
  const declined = held.find((id) => CASE_WORDING[id] === "may");
  if (declined === undefined) return held;
  const rest = held.filter((id) => CASE_WORDING[id] === "shall");
  const reading =
    rest.length > 0
      ? reasoning.contest("Q30.permitted-manager-not-taking", "mode.reason.permitted-manager-declined")
      : reasoning.interpret("Q30.permitted-manager-not-taking");
  const remaining = reading === "next-case" && rest.length > 0 ? rest : null;
  if (reasoning.traced) {
    const { manager, alsoPermitted } = managerOf(declined, facts);
    reasoning.step(
      "permitted-manager-declined",
      "1.2.3",
      { permittedManagerDeclined: true },
      remaining === null ? "original-org" : [...remaining],
      { declined, orgs: [manager, ...alsoPermitted], reading },
    );
  }
  // 〔2.2.1〕“管理不断线”: failing every case, the original organization keeps managing.
  if (remaining === null) reasoning.cite("2.2.1");
  return remaining;
}

/** Facts no case of 1.2.3 covers (Q16). */
function noCaseApplies(facts: ManagementFacts, reasoning: Reasoning): ManagementModeOutcome {
  // 〔2.2.1〕“管理不断线”: facts no case covers are answered, never fallen through. The
  // readings differ only for a fixed residence: elsewhere Q16 is applied, not contested.
  const reading = facts.residenceFixed
    ? reasoning.contest("Q16.management-gap", "mode.reason.no-case-holds")
    : reasoning.interpret("Q16.management-gap");
  let manager: PartyOrg;
  switch (reading) {
    case "original-org":
      manager = "original-org";
      break;
    case "residence-org-when-fixed":
      manager = facts.residenceFixed ? "residence-org" : "original-org";
      break;
    default: {
      const unknown: never = reading;
      manager = unknown;
    }
  }
  reasoning.step("no-case-applies", "2.2.1", { residenceFixed: facts.residenceFixed }, manager);
  return { manager, alsoPermitted: [], basis: "no-case-applies", otherCasesThatHeld: [] };
}

/** The rule's logic on the facts. */
function decideManagement(facts: ManagementFacts, reasoning: Reasoning): ManagementModeOutcome {
  // 〔1.2.3〕“根据流动党员的就业形式和居住状况,合理确定党员的管理方式”
  const held = holds(facts, reasoning);
  const candidates = withoutDeclined(facts, held, reasoning);
  if (candidates === null) {
    return { manager: "original-org", alsoPermitted: [], basis: "permitted-manager-declined", otherCasesThatHeld: [...held] };
  }
  const basis = choose(candidates, reasoning);
  if (basis === undefined) return noCaseApplies(facts, reasoning);
  const { manager, alsoPermitted } = managerOf(basis, facts);
  if (reasoning.traced) {
    reasoning.step("manager", "1.2.3", {}, manager, { basis, wording: CASE_WORDING[basis], alsoPermitted });
  }
  return { manager, alsoPermitted, basis, otherCasesThatHeld: held.filter((id) => id !== basis) };
}

/**
 * Which Party organization manages a mobile member, from their employment and residence.
 *
 * Every combination of facts gets an answer: where several of the text's five cases hold,
 * the text's order decides and the others are listed (Q12); where none holds, the original
 * organization keeps managing (Q16), so that management never breaks off (2.2.1).
 *
 * The function carries its declaration: `managementMode.input` (the schema of
 * {@link ManagementFacts}), `.options`, `.outcome`, `.reads` (the interpretations it
 * reads), `.clauses`, and `.decideOutcome`, which gives the outcome alone, without a trace.
 *
 * @clause 1.2.3
 * @clause 2.2.1
 *
 * @param facts - employment, the workplace's Party organization and industry association, the personnel file, the residence, and whether the organization that may manage has not taken the member on
 * @param options - interpretation choices (Q12, Q15, Q16, Q30, Q36)
 * @returns the decision: the managing organization, any other the text permits, the deciding case and the other cases that held
 * @throws {@link RuleInputError} for invalid or contradictory facts, or options (an interpretation this rule does not read among them)
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
 *
 * @function
 */
export const managementMode = defineRule({
  name: "managementMode",
  clauses: ["1.2.3", "2.2.1"],
  input: ManagementFactsSchema,
  outcome: ManagementModeOutcomeSchema,
  reads: MANAGEMENT_READS,
  decide: decideManagement,
});

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [MANAGEMENT_CASES, MANAGEMENT_CASE_TEXT, CASE_WORDING]) deepFreeze(table);

declare module "../locales/catalog.js" {
  interface RuleOutcomes {
    managementMode: ManagementModeOutcome;
  }
  interface Terms {
    /** The five cases of 1.2.3, as the text words them. */
    readonly managementCases: { readonly [Case in ManagementCase]: string };
  }
  interface Messages {
    /** Case 1 of 1.2.3: holds or not (the step's result). */
    "stable-job-workplace-org": Record<never, never>;
    /** Case 2 of 1.2.3. */
    "workplace-without-org-industry-association": Record<never, never>;
    /** Case 3 of 1.2.3. */
    "no-job-file-at-agency": Record<never, never>;
    /** Case 4 of 1.2.3. */
    "unstable-job-fixed-residence": Record<never, never>;
    /** Case 5 of 1.2.3. */
    "residence-changes-often": Record<never, never>;
    /** The organization that may manage did not take the member on (Q30): the case, its organizations, the reading. */
    "permitted-manager-declined": {
      readonly declined: ManagementCase;
      readonly orgs: readonly PartyOrg[];
      readonly reading: AlternativeOf<"Q30.permitted-manager-not-taking">;
    };
    /** No case holds (Q16); the result is the organization that manages. */
    "no-case-applies": Record<never, never>;
    /** The deciding case and how the text words it; the result is the organization that manages. */
    manager: { readonly basis: ManagementCase; readonly wording: CaseWording; readonly alsoPermitted: readonly PartyOrg[] };
    "mode.reason.unstable-job-association": Record<never, never>;
    "mode.reason.residence-changes-employment": { readonly employment: "stable" | "none" };
    "mode.reason.several-cases-hold": { readonly cases: readonly ManagementCase[] };
    "mode.reason.permitted-manager-declined": Record<never, never>;
    "mode.reason.no-case-holds": Record<never, never>;
    "mode.error.residence-fixed-and-changing": Record<never, never>;
    "mode.error.workplace-fact-without-workplace": Record<never, never>;
    "mode.error.workplace-fact-missing": Record<never, never>;
  }
  // The words of the input's fields, for forms and the JSON Schema of scenario files (FieldWordIds).
  interface ToolMessages
    extends FieldWordIds<
      "managementMode",
      {
        employment: "stable" | "unstable" | "none";
        workplaceHasPartyOrg: "null";
        industryAssociation: "null";
        personnelFileHolder: "talent-agency" | "labour-agency" | "other";
        residenceFixed: never;
        residenceChangesOften: never;
        permittedManagerDeclined: never;
      }
    > {}
}
