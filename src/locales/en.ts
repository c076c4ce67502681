/**
 * The library's words in English: plain descriptions for developers and auditors who do
 * not read Chinese, with interpretation ids kept in parentheses.
 *
 * @module
 */
import type { Catalog, StepFound, ToolCatalog } from "./catalog.js";
import type { AbsenceDocument, DocumentLengthWords, DocumentPlace } from "../rules/document-for-absence.js";
import type { DutyId } from "../rules/duties.js";
import { DUTIES } from "../rules/duties.js";
import type { ClauseId } from "../clauses/opinion.js";

type Messages = Catalog["messages"];
type ToolWords = ToolCatalog["messages"];

function date(value: string): string {
  return value;
}

function yes(value: unknown): string {
  return value === true ? "yes" : "no";
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Duties grouped by the clause that sets each, in order. */
function byClause(duties: readonly DutyId[]): [ClauseId, DutyId[]][] {
  const groups = new Map<ClauseId, DutyId[]>();
  for (const id of duties) groups.set(DUTIES[id].clause, [...(groups.get(DUTIES[id].clause) ?? []), id]);
  return [...groups];
}

// ── terms ────────────────────────────────────────────────────────────────────

const sharedTerms = {
    documents: {
      "transfer-letter": "organizational-relationship transfer letter",
      "certificate-letter": "Party membership certificate letter",
      "activity-card": "Mobile Party Member Activity Card",
    },
    duties: {
      "stamp-activity-card": "stamp the Mobile Party Member Activity Card",
      "register-and-issue-activity-card": "register and issue the activity card",
      "verify-and-file-activity-card": "verify the activity card promptly and file it with its own superior Party organization",
      "review-activity-card-yearly": "review the activity card once a year",
      "complete-relationship-transfer": "arrange the transfer of the organizational relationship promptly (failing that without proper reason, the member is criticized and educated; one who still does not correct it after education is dealt with by the organization holding the formal relationship under the Party Constitution and other Party rules)",
      "keep-contact-with-both-organizations": "keep in contact with the inflow and outflow Party organizations (a long silence brings criticism and education; one who still does not correct it after education is dealt with by the organization holding the formal relationship under the Party Constitution and other Party rules)",
      "register-and-track-member": "register the member, keep track of where they went, and inform the destination's Party organization",
      "keep-regular-contact-with-outflow-org": "keep regular contact with the outflow Party organization on its own initiative",
      "coordinate-transfer-with-destination-unit": "coordinate with the destination unit's Party organization and help the member settle the relationship promptly",
      "send-study-materials": "where conditions allow, send study materials regularly or keep in touch by letter or telephone",
      "train-received-members": "hold training, thematic education and activities suited to the member's learning needs",
      "record-political-status": "record \"political status\" in the registration of mobile persons",
      "enter-in-information-base": "enter the member's basic particulars in the Party's basic information base and keep them up to date",
      "record-in-outgoing-register": "record the member's particulars in detail in the Register of Outgoing Party Members",
      "record-in-incoming-register": "record the member's particulars in detail in the Register of Incoming Party Members",
      "visit-family-during-absence": "while the member is away, visit the family at regular and irregular intervals, and where necessary send someone to see the member, learn how things stand and help solve their difficulties",
      "visit-incoming-member": "visit incoming members warmly and help solve the practical difficulties of their work and life, so that they feel the Party organization's care and warmth",
      "inspect-and-solve-problems": "go regularly to the grass roots to investigate, supervise and check, and find and solve promptly the problems in the education and management of mobile members",
      "hold-neglect-to-account": "give education and help to those who are irresponsible in the work or shift responsibility onto others; in serious cases, apply the necessary organizational handling",
    },
    dutyBearers: {
      "member": "the mobile member",
      "home-branch": "the branch holding the formal relationship",
      "outflow-organ-party-committee": "the outflow organ Party committee",
      "outflow-org": "the outflow Party organization",
      "outflow-primary-org": "the outflow primary Party organization",
      "inflow-branch": "the inflow Party branch",
      "inflow-org": "the inflow Party organization",
      "inflow-primary-org": "the inflow primary Party organization",
      "original-unit-org": "the original unit's Party organization",
      "receiving-org": "the Party organization receiving the relationship",
      "relevant-departments": "the relevant departments",
      "party-orgs-at-every-level": "Party organizations at every level",
    },
    partyOrgs: {
      "workplace-org": "the workplace Party organization",
      "industry-association-org": "the industry-association Party organization",
      "industry-regulator-org": "the industry regulator's Party organization",
      "talent-agency-org": "the talent-exchange agency's Party organization",
      "labour-agency-org": "the labour-mobility agency's Party organization",
      "service-agency-org": "the relevant service agency's Party organization",
      "unit-community-org": "the community Party organization of the unit",
      "residence-community-org": "the community Party organization of the member's residence",
      "family-community-org": "the community Party organization of the member's parents or spouse",
      "residence-org": "the Party organization of the place of residence",
      "mobile-member-org": "the dedicated mobile-member Party organization",
      "original-org": "the original Party organization",
    },
};

// ── shared steps ─────────────────────────────────────────────────────────────

const shared = {
  "documented-override": () => "Documented exception",
  within: () => "Decided by another rule",
  duties: (_params, found: StepFound) =>
    `Duties that follow: ${byClause(found.result as readonly DutyId[])
      .map(([clause, ids]) => `under ${clause}, ${ids.map((id) => `${terms.dutyBearers[DUTIES[id].bearer]}: ${terms.duties[id]}`).join("; ")}`)
      .join(". ")}`,
  "error.interpretation-not-read": ({ id }) => `this rule does not read ${id}: a reading cannot be chosen for it`,
  "error.no-such-interpretation": () => "no interpretation has this id (see INTERPRETATION_IDS)",
  "error.override-under-no-override": () => 'interpretation Q5 is set to "no-override", so an override cannot be given',
} satisfies Partial<Messages>;

// ── documentForAbsence ───────────────────────────────────────────────────────

const article = (name: string): string => (/^[aeiou]/i.test(name) ? "an" : "a");

const carry = (document: AbsenceDocument): string =>
  document === "activity-card" ? `carry the ${terms.documents[document]}` : `issue the ${terms.documents[document]}`;

const PLACE: { readonly [P in DocumentPlace]: string } = {
  fixed: "the place is relatively fixed",
  unknown: "the place is uncertain",
  "not-fixed": "the place is not fixed",
  "known-not-fixed": "the place is known but not fixed",
};

const LENGTH: { readonly [L in DocumentLengthWords]: string } = {
  within: "within 6 months",
  "exact-as-within": 'exactly 6 months read as "within 6 months" (Q1)',
  "at-least": "6 months or more",
  "exact-as-at-least": 'exactly 6 months read as "6 months or more" (Q1)',
  "open-ended-at-least": "no planned return, read as 6 months or more (Q24)",
};

const RELATION: { readonly [relation: string]: string } = {
  shorter: "less than 6 months",
  exact: "exactly 6 months (the period has just run out)",
  longer: "more than 6 months",
};

const documentForAbsenceMessages = {
  "place-fixed": (_params, found) => `Place of absence or workplace relatively fixed: ${yes(found.result)}`,
  "place-known": () => "The place is uncertain (not known)",
  "place-uncertain": ({ placeKnown }, found) =>
    found.result === false
      ? "The place is known but not fixed, which is not an uncertain place (Q23)"
      : placeKnown === true
        ? "The place is known but not fixed, treated as uncertain (Q23)"
        : "The place is not fixed, treated as uncertain (Q23)",
  "absence-time-known": () => "No expected return date: the time of the absence is uncertain",
  "absence-open-ended": (_params, found) =>
    found.result === "longer" ? "No plan to return: treated as 6 months or more (Q24)" : "No plan to return: treated as time uncertain (Q24)",
  "absence-length": ({ lastDay, clamped }, found) =>
    `Away from ${String(found.facts["departure"])} (not counted), six months run to ${lastDay}${clamped ? " (no corresponding day that month)" : ""}; back on ${String(found.facts["expectedReturn"])}: ${RELATION[String(found.result)] ?? ""}`,
  document: ({ conclusion, place, length }, found) => {
    const document = found.result as AbsenceDocument;
    const long = length ?? "at-least";
    const letter = (which: AbsenceDocument) => `${article(terms.documents[which])} ${terms.documents[which]}`;
    switch (conclusion) {
      case "fixed-at-least":
        return length === "exact-as-at-least"
          ? `${capitalized(LENGTH["exact-as-at-least"])}: generally ${letter("transfer-letter")}`
          : `Fixed place and 6 months or more: generally ${letter("transfer-letter")}`;
      case "fixed-within":
        return `${capitalized(LENGTH[length ?? "within"])}: generally ${letter("certificate-letter")}`;
      case "time-uncertain":
        return `Time uncertain (either uncertain suffices, Q3): generally the ${terms.documents["activity-card"]}`;
      case "time-uncertain-only":
        return `Only the time is uncertain (Q3: both must be); both letters depend on the length, which is unknown, so still the ${terms.documents["activity-card"]}`;
      case "place-and-time-uncertain":
        return `${capitalized(PLACE[place])} and the time is uncertain: generally the ${terms.documents["activity-card"]}`;
      case "place-uncertain":
        return `${capitalized(PLACE[place])} (either uncertain suffices, Q3): generally the ${terms.documents["activity-card"]}`;
      case "only-place-uncertain":
        return `Only the place is uncertain (Q3: both must be); ${LENGTH[length ?? "within"]}: generally ${letter("certificate-letter")}`;
      case "only-place-uncertain-long":
        return `Only the place is uncertain (Q3: both must be); ${LENGTH[long]} with no fixed place${long === "open-ended-at-least" ? "" : " and a known time"}, on which the text is silent (Q4): ${carry(document)}`;
      case "known-not-fixed-long":
        return `${capitalized(LENGTH[long])} at a known place that is not fixed, on which the text is silent (Q4): ${carry(document)}`;
    }
  },
  "reason.open-ended": () => "no plan to return: no return date, yet a long absence",
  "reason.no-corresponding-day": ({ departure }) => `the departure day ${departure} has no corresponding day six months later`,
  "reason.known-not-fixed": () => "the place is known but not fixed",
  "reason.only-place-uncertain": () => "only the place is uncertain",
  "reason.long-without-fixed-place": ({ length, timeKnown }) =>
    `${LENGTH[length]} with no fixed place${timeKnown ? " and a known time" : ""}: the first case needs a fixed place`,
  "reason.exactly-six-months": () => 'exactly 6 months away: both "6 months or more" and "within 6 months"',
  "error.return-before-departure": () => "the expected return is before the departure",
  "error.fixed-place-unknown": () => "a relatively fixed place cannot also be unknown",
  "error.place-known-needed": () =>
    'Q23\'s reading "known-not-fixed-is-distinct" needs to know, for a place that is not fixed, whether it is known',
} satisfies Partial<Messages>;

const documentForAbsenceWords = {
  documentForAbsence: {
    title: "The document a member carries when going away",
    question: "Which document does a member carry when away?",
    summary: (outcome) =>
      outcome.document === "activity-card"
        ? `carry the ${terms.documents[outcome.document]}`
        : `issue ${article(terms.documents[outcome.document])} ${terms.documents[outcome.document]}`,
  },
} satisfies Partial<Catalog["rules"]>;

/** Said of an absence's first day by every rule that asks for it. */
const DEPARTURE_LABEL = "Departure date";

const documentForAbsenceFields = {
  "field.documentForAbsence.departure": () => DEPARTURE_LABEL,
  "field-help.documentForAbsence.departure": () => "The day the member leaves. The day itself is not counted in the period (Civil Code art. 201).",
  "field.documentForAbsence.expectedReturn": () => "Expected return",
  "field-help.documentForAbsence.expectedReturn": () =>
    "The day the member is expected back, not before the departure. With no date, the time of the absence is uncertain; with no plan to return (a secondment or a job elsewhere without an end), see Q24.",
  "field-option.documentForAbsence.expectedReturn.null": () => "No date yet (the time is uncertain)",
  "field-option.documentForAbsence.expectedReturn.open-ended": () => "No plan to return",
  "field.documentForAbsence.placeFixed": () => "Place or workplace relatively fixed",
  "field-help.documentForAbsence.placeFixed": () =>
    "With a relatively fixed place or workplace, the length of the absence decides between the transfer letter and the certificate letter; with an uncertain place or time, the member carries the activity card (2.1.1).",
  "field.documentForAbsence.placeKnown": () => "Place known",
  "field-help.documentForAbsence.placeKnown": () =>
    "Only for a place that is not fixed: moving between known places is a known but shifting place; not knowing where is an uncertain place. Whether the two are treated alike is Q23. Leave it out for a fixed place.",
} satisfies Partial<ToolWords>;

// ── managementMode ──────────────────────────────────────────────────────────────

const managementModeTerms = {
  managementCases: {
    "stable-job-workplace-org": "fairly stable job at a workplace with a Party organization",
    "workplace-without-org-industry-association": "workplace without a Party organization, but an industry association exists",
    "no-job-file-at-agency": "no workplace yet, personnel file held by a talent- or labour-mobility agency",
    "unstable-job-fixed-residence": "job not stable enough, residence fairly fixed",
    "residence-changes-often": "residence changes often",
  },
} satisfies Partial<Catalog["terms"]>;

type ManagementCaseId = keyof Catalog["terms"]["managementCases"];
type ManagingOrg = keyof Catalog["terms"]["partyOrgs"];

/** The cases' numbers, in the text's order. */
const MANAGEMENT_CASE_NUMBER: { readonly [Case in ManagementCaseId]: number } = {
  "stable-job-workplace-org": 1,
  "workplace-without-org-industry-association": 2,
  "no-job-file-at-agency": 3,
  "unstable-job-fixed-residence": 4,
  "residence-changes-often": 5,
};

const managementCaseStep =
  (which: ManagementCaseId) =>
  (_params: unknown, found: StepFound): string =>
    `Case ${MANAGEMENT_CASE_NUMBER[which]} (${terms.managementCases[which]}): ${found.result === true ? "holds" : "does not hold"}`;

const managementModeMessages = {
  "stable-job-workplace-org": managementCaseStep("stable-job-workplace-org"),
  "workplace-without-org-industry-association": managementCaseStep("workplace-without-org-industry-association"),
  "no-job-file-at-agency": managementCaseStep("no-job-file-at-agency"),
  "unstable-job-fixed-residence": managementCaseStep("unstable-job-fixed-residence"),
  "residence-changes-often": managementCaseStep("residence-changes-often"),
  "permitted-manager-declined": ({ orgs, reading }) =>
    `${capitalized(orgs.map((org) => terms.partyOrgs[org]).join(" or "))} may manage but has not taken the member on (Q30): ${
      reading === "next-case" ? "the other cases that hold decide, failing all the original organization" : "the original organization manages"
    }`,
  "no-case-applies": (_params, found) =>
    `The text does not cover these facts; so that management never breaks off (Q16), ${terms.partyOrgs[found.result as ManagingOrg]} manages`,
  manager: ({ basis, wording, alsoPermitted }, found) =>
    `${terms.managementCases[basis]}: ${terms.partyOrgs[found.result as ManagingOrg]}${alsoPermitted
      .map((org) => ` or ${terms.partyOrgs[org]}`)
      .join("")} ${wording === "shall" ? "manages" : "may manage"}`,
  "mode.reason.unstable-job-association": () => "an unstable job at a workplace with no Party organization but an industry association",
  "mode.reason.residence-changes-employment": ({ employment }) =>
    employment === "stable" ? "a fairly stable job, a residence that changes often" : "no job yet, a residence that changes often",
  "mode.reason.several-cases-hold": ({ cases }) => `several cases hold: ${cases.map((id) => terms.managementCases[id]).join("; ")}`,
  "mode.reason.permitted-manager-declined": () => "the organization the text says may manage has not taken the member on",
  "mode.reason.no-case-holds": () => "none of the cases of 1.2.3 holds",
  "mode.error.residence-fixed-and-changing": () => "a residence cannot be both fairly fixed and changing often",
  "mode.error.workplace-fact-without-workplace": () =>
    'with no workplace (employment "none") there is no workplace fact: expected null',
  "mode.error.workplace-fact-missing": () => "with a workplace this fact is required (true or false)",
} satisfies Partial<Messages>;

const managementModeWords = {
  managementMode: {
    title: "Which Party organization manages the mobile member",
    question: "Which Party organization manages the mobile member?",
    summary: (outcome) => {
      const manager = terms.partyOrgs[outcome.manager];
      // Where no case of the text decides, the summary says so: the same organization on
      // another ground is another answer.
      if (outcome.basis === "no-case-applies") return `managed by ${manager} (the text does not cover these facts)`;
      if (outcome.basis === "permitted-manager-declined") {
        return `managed by ${manager} (the organization that may manage has not taken the member on)`;
      }
      return `managed by ${manager}${outcome.alsoPermitted.map((org) => ` (or ${terms.partyOrgs[org]})`).join("")}`;
    },
  },
} satisfies Partial<Catalog["rules"]>;

/** What a workplace fact is when there is no workplace. */
const NO_WORKPLACE = "No workplace: does not apply";

const managementModeFields = {
  "field.managementMode.employment": () => "Employment",
  "field-help.managementMode.employment": () => "As 1.2.3 distinguishes: fairly stable employment, an unstable job, or no work unit yet.",
  "field-option.managementMode.employment.stable": () => "Fairly stable employment",
  "field-option.managementMode.employment.unstable": () => "Unstable job",
  "field-option.managementMode.employment.none": () => "No work unit yet",
  "field.managementMode.workplaceHasPartyOrg": () => "Workplace has a Party organization",
  "field-help.managementMode.workplaceHasPartyOrg": () =>
    "A member in stable employment whose workplace has a Party organization is managed by it (1.2.3). Does not apply without a workplace.",
  "field-option.managementMode.workplaceHasPartyOrg.null": () => NO_WORKPLACE,
  "field.managementMode.industryAssociation": () => "The workplace's industry has an association",
  "field-help.managementMode.industryAssociation": () =>
    "Where the workplace has no Party organization but there is an industry association, the association's or the regulator's Party organization may manage the members together (1.2.3). Does not apply without a workplace.",
  "field-option.managementMode.industryAssociation.null": () => NO_WORKPLACE,
  "field.managementMode.personnelFileHolder": () => "Personnel file held by",
  "field-help.managementMode.personnelFileHolder": () =>
    "With the file at a talent- or labour-mobility agency, that agency's Party organization may manage the member (1.2.3).",
  "field-option.managementMode.personnelFileHolder.talent-agency": () => "A talent-mobility agency",
  "field-option.managementMode.personnelFileHolder.labour-agency": () => "A labour-mobility agency",
  "field-option.managementMode.personnelFileHolder.other": () => "Another unit, or none",
  "field.managementMode.residenceFixed": () => "Residence fairly fixed",
  "field-help.managementMode.residenceFixed": () =>
    "With an unstable job and a fairly fixed residence, the residence's Party organization manages the member (1.2.3). Cannot hold with a residence that changes often.",
  "field.managementMode.residenceChangesOften": () => "Residence changes often",
  "field-help.managementMode.residenceChangesOften": () => "With a residence that changes often, the original Party organization manages the member (1.2.3).",
  "field.managementMode.permittedManagerDeclined": () => "The organization that may manage did not take the member on",
  "field-help.managementMode.permittedManagerDeclined": () =>
    "Where the organization the text says may manage (an industry association's or regulator's, or a mobility agency's) has not taken the member on, who manages is Q30. Leave it out where the question does not arise.",
} satisfies Partial<ToolWords>;

// ── end of managementMode ───────────────────────────────────────────────────────

// ── resolveReceivingOrg ──────────────────────────────────────────────────────────────

type ReceivingPartyOrg = import("../rules/organizations.js").PartyOrg;
type ReceivingRetireeCase = import("../rules/resolve-receiving-org.js").RetireeCase;

const resolveReceivingOrgTerms = {
  retireeCases: {
    "socialized-retiree": "an enterprise retiree under socialized management",
    "retired-cadre-settled-elsewhere": "settled long-term elsewhere",
    "reemployed-by-original-unit": "re-employed by the original unit",
  },
  awaitingPlacement: {
    graduate: "graduate",
    "demobilized-serviceman": "demobilized serviceman",
  },
};

const PLACEMENT_DATE_FIELDS: { readonly [Field in import("../rules/resolve-receiving-org.js").PlacementDateField]: string } = {
  since: "the demobilization or graduation date (since)",
  placementRegisteredOn: "the placement registration date (placementRegisteredOn)",
  asOf: "the day asked about (asOf)",
};

const RETIREE_STEPS: { readonly [Case in ReceivingRetireeCase]: string } = {
  "socialized-retiree": "Enterprise retiree under socialized management: to the residence's community organization",
  "retired-cadre-settled-elsewhere":
    "Retired cadre or staff settled long-term elsewhere (as the organization finds, Q11): to the current residence's organization",
  "reemployed-by-original-unit": "Re-employed by the original unit: the relationship stays with the original unit's organization",
};

const resolveReceivingOrgMessages = {
  "retiree-away": () => "A retiree living elsewhere, newly employed or working away: decided by the length and the workplace",
  "relationship-stays": ({ document }) =>
    document === null
      ? "2.1.4 does not apply yet: the relationship stays with, and is the responsibility of, the original organization"
      : `Away with a ${terms.documents[document]}: the formal relationship does not move; the original organization keeps it, the inflow organization manages jointly`,
  "exception-receiver": ({ document }) => `Where an exception gives the ${terms.documents[document]}, 2.1.3 still decides where the relationship goes`,
  "destination-has-party-org": ({ unitHasPartyOrg, alsoPermitted }, found) =>
    unitHasPartyOrg
      ? "The destination unit has a Party organization: to that organization"
      : `The destination unit has no Party organization: to the community organization of the unit or of the member's residence; ${terms.partyOrgs[found.result as ReceivingPartyOrg]} first, ${alsoPermitted.map((org) => terms.partyOrgs[org]).join(", ")} equally permitted (Q31)`,
  "cannot-receive": ({ unitHasPartyOrg, reason }) =>
    `Found that ${unitHasPartyOrg ? "the unit's organization" : "the community organizations of the unit and of the residence"} truly cannot receive it (reason: ${reason}): the industry regulator's or a relevant service agency's organization`,
  "dedicated-mobile-member-org": (_params, found) =>
    `The department has a dedicated mobile-member organization (Q17): the receiver is ${terms.partyOrgs[found.result as ReceivingPartyOrg]}`,
  "work-unit-found": ({ category }) => `The ${terms.awaitingPlacement[category]} has found a work unit: the destination decides the receiver`,
  "six-months-without-work-unit": ({ category, start, lastDay, asOf, relation }, found) => {
    const state =
      relation === "longer"
        ? "they have run"
        : relation === "shorter"
          ? "they have not run"
          : found.result === true
            ? "this is their last day, read as the day they have run (Q22)"
            : "this is their last day, still inside them (Q22)";
    return `The ${terms.awaitingPlacement[category]}'s six months from ${date(start)} run to ${date(lastDay)}; without a work unit as of ${date(asOf)}: ${state}`;
  },
  "placement-receiver": () =>
    "The relationship goes to the community organization of the parents or spouse, or a talent-exchange agency's organization",
  "restructured-flow": ({ flow }) =>
    flow === "uncertain"
      ? "Labour relation ended by restructuring, destination uncertain: generally first to the residence's community organization; once the destination is known, on by 2.1.3"
      : "Labour relation ended by restructuring, flowing together: the original unit's organization coordinates with the destination unit's",
  "restructured-destination-without-org": () =>
    "The destination unit has no Party organization to coordinate with: 2.1.3 names the receiver, and the original unit's organization still helps the member settle the relationship",
  "retiree-cases": ({ held }, found) => {
    const chosen = terms.retireeCases[found.result as ReceivingRetireeCase];
    return held.length > 1 ? `Several cases of 2.1.6 hold; decided as ${chosen} (Q32)` : `The case of 2.1.6: ${chosen}`;
  },
  retiree: ({ retireeCase }) => RETIREE_STEPS[retireeCase],
  "responsible-organization": ({ relationship, receiver }) =>
    relationship === "transfers"
      ? `Management never breaks off: the original organization is responsible until ${terms.partyOrgs[receiver]} receives the relationship, and that organization after`
      : `Management never breaks off: ${terms.partyOrgs[receiver]} is responsible`,
  "reason.two-community-orgs": () =>
    "the destination unit has no Party organization: the unit's and the residence's community organizations may both receive",
  "reason.department-mobile-member-org": () => "the department has a dedicated mobile-member Party organization",
  "reason.placement-dates-differ": ({ since, registered }) =>
    `demobilization or graduation (${date(since)}) and registration (${date(registered)}) differ`,
  "reason.placement-start-no-corresponding-day": ({ start }) => `the start ${date(start)} has no corresponding day six months later`,
  "reason.placement-last-day": () => "the day asked about is the last day of the six months",
  "reason.several-retiree-cases": ({ held }) => `several cases of 2.1.6 hold: ${held.map((c) => terms.retireeCases[c]).join("; ")}`,
  "error.placement-date-order": ({ field, earlier }) => `${PLACEMENT_DATE_FIELDS[field]} is before ${PLACEMENT_DATE_FIELDS[earlier]}`,
  "error.concentrated-flow-without-destination": () => "a concentrated flow needs the destination unit",
  "error.uncertain-flow-with-destination": () => "an uncertain flow has no destination unit: expected null",
  "error.retiree-without-case": () =>
    "none of 2.1.6's cases holds: a retiree living elsewhere, newly employed or working away is a member going away (category away, retired true)",
  "error.cannot-receive-without-reason": () => "asserting that the receiver truly cannot receive needs a reason (Q11)",
  "error.placement-registration-needed": () => 'Q10\'s reading "from-placement-registration" needs the registration date',
  "error.exception-where-shall": () => 'the text says "shall" here: no exception can be made',
  "error.exception-to-receiver-for-away": () =>
    'for a member going away, an exception can only change the document of 2.1.1 ("generally should"); where the relationship goes is 2.1.3\'s "shall", and admits no exception',
  "error.exception-to-document-for-restructured": () =>
    'with an uncertain destination, an exception can only change the receiver (2.1.5 "generally first"): name a Party organization',
} satisfies Partial<Messages>;

const resolveReceivingOrgWords = {
  resolveReceivingOrg: {
    title: "Where the member's organizational relationship goes",
    question: "Where does the member's formal organizational relationship go (or stay)?",
    summary: (outcome) => {
      const receiver = terms.partyOrgs[outcome.receiver];
      if (outcome.relationship === "stays") return `the relationship stays with ${receiver}`;
      return `the relationship goes to ${receiver}${outcome.alsoPermitted.map((org) => ` (or ${terms.partyOrgs[org]})`).join("")}`;
    },
  },
} satisfies Partial<Catalog["rules"]>;

const resolveReceivingOrgFields = {
  "field.resolveReceivingOrg.category": () => "The member's situation",
  "field-help.resolveReceivingOrg.category": () => "The categories of 2.1.3 to 2.1.6; the facts asked for depend on it.",
  "field-option.resolveReceivingOrg.category.away": () => "A member going away (including retirees living elsewhere, newly employed or working away)",
  "field-option.resolveReceivingOrg.category.demobilized-serviceman": () => "A demobilized serviceman awaiting placement",
  "field-option.resolveReceivingOrg.category.graduate": () => "A graduate awaiting placement",
  "field-option.resolveReceivingOrg.category.restructured": () => "A member whose labour relation ended in a restructuring",
  "field-option.resolveReceivingOrg.category.socialized-retiree": () => capitalized(terms.retireeCases["socialized-retiree"]),
  "field-option.resolveReceivingOrg.category.retiree": () => "A retiree (each case of 2.1.6 stated)",
  "field-option.resolveReceivingOrg.category.retired-cadre-settled-elsewhere": () => "A retired cadre or staff member settled long-term elsewhere",
  "field-option.resolveReceivingOrg.category.reemployed-by-original-unit": () => "A retiree re-employed by the original unit",
  "field.resolveReceivingOrg.retired": () => "Retired cadre or staff member",
  "field-help.resolveReceivingOrg.retired": () =>
    "A retiree living elsewhere, newly employed or working away has the relationship moved by the length of the absence and the workplace (2.1.6).",
  "field.resolveReceivingOrg.absence": () => "The absence",
  "field-help.resolveReceivingOrg.absence": () => "Departure, expected return and place: 2.1.1 decides the document and whether the relationship moves.",
  "field.resolveReceivingOrg.destination": () => "Destination unit",
  "field-help.resolveReceivingOrg.destination": () => "The unit the member goes to: 2.1.3 decides where the relationship goes.",
  "field-option.resolveReceivingOrg.destination.null": () => "Uncertain flow: no destination",
  "field.resolveReceivingOrg.destination.unitHasPartyOrg": () => "The unit has a Party organization",
  "field-help.resolveReceivingOrg.destination.unitHasPartyOrg": () =>
    "If so, the relationship goes to the unit's Party organization; if not, to the unit's or the residence's community Party organization (2.1.3).",
  "field.resolveReceivingOrg.destination.cannotReceive": () => "Truly cannot receive",
  "field-help.resolveReceivingOrg.destination.cannotReceive": () =>
    "Where the Party organization finds that those units or places truly cannot receive it, the relationship may go to the industry regulator's or a service agency's Party organization (2.1.3); give the reason (Q11).",
  "field-option.resolveReceivingOrg.destination.cannotReceive.null": () => "Can receive",
  "field.resolveReceivingOrg.destination.cannotReceive.reason": () => "Reason",
  "field-help.resolveReceivingOrg.destination.cannotReceive.reason": () => "Why the Party organization finds that it truly cannot be received.",
  "field.resolveReceivingOrg.departmentHasMobileMemberOrg": () => "The department has a mobile-member Party organization",
  "field-help.resolveReceivingOrg.departmentHasMobileMemberOrg": () =>
    "A department with many mobile members may set one up (2.1.3); whether it receives the relationship or may also receive it is Q17.",
  "field.resolveReceivingOrg.since": () => "Demobilized or graduated on",
  "field-help.resolveReceivingOrg.since": () => "The day of demobilization or graduation. Where the six months start is Q10.",
  "field.resolveReceivingOrg.placementRegisteredOn": () => "Registered for placement on",
  "field-help.resolveReceivingOrg.placementRegisteredOn": () =>
    "The day of registration with the placement authority, not before demobilization or graduation. Needed when Q10 counts from it.",
  "field-option.resolveReceivingOrg.placementRegisteredOn.null": () => "Not registered, or the date is unknown",
  "field.resolveReceivingOrg.asOf": () => "As of",
  "field-help.resolveReceivingOrg.asOf": () => "The day for which the six months are checked: usually the day the matter is handled.",
  "field.resolveReceivingOrg.workUnit": () => "Work unit found",
  "field-help.resolveReceivingOrg.workUnit": () => "Once a work unit is found, the destination decides the receiver (2.1.3).",
  "field-option.resolveReceivingOrg.workUnit.null": () => "No work unit yet",
  "field.resolveReceivingOrg.flow": () => "Flow",
  "field-help.resolveReceivingOrg.flow": () =>
    "With a concentrated flow, the original unit's Party organization coordinates with the destination's; with an uncertain flow, the relationship generally goes first to the residence's community Party organization (2.1.5).",
  "field-option.resolveReceivingOrg.flow.concentrated": () => "Concentrated flow",
  "field-option.resolveReceivingOrg.flow.uncertain": () => "Uncertain flow",
  "field.resolveReceivingOrg.socializedEnterpriseRetiree": () => capitalized(terms.retireeCases["socialized-retiree"]),
  "field-help.resolveReceivingOrg.socializedEnterpriseRetiree": () => "The relationship goes to the residence's community Party organization (2.1.6).",
  "field.resolveReceivingOrg.settledLongTermElsewhere": () => capitalized(terms.retireeCases["retired-cadre-settled-elsewhere"]),
  "field-help.resolveReceivingOrg.settledLongTermElsewhere": () => "As the Party organization finds it (Q11); the relationship goes to the present residence's Party organization (2.1.6).",
  "field.resolveReceivingOrg.reemployedByOriginalUnit": () => capitalized(terms.retireeCases["reemployed-by-original-unit"]),
  "field-help.resolveReceivingOrg.reemployedByOriginalUnit": () =>
    "The relationship stays with the original unit's Party organization (2.1.6). Which case decides when several hold is Q32.",
} satisfies Partial<ToolWords>;

// ── end of resolveReceivingOrg ───────────────────────────────────────────────────────

// ── liaisonAssignment ──────────────────────────────────────────────────────────────

const liaisonAssignmentTerms = {};

const liaisonAssignmentMessages = {
  "eligible-liaisons": ({ eligible, members, needed, away, awayOfficers }) => {
    const awayWords =
      away === null
        ? ""
        : away === "any-officer"
          ? ` (the ${awayOfficers} who are away themselves included, Q35)`
          : ` (not the ${awayOfficers} who are away themselves, Q35)`;
    return `The secretary and committee members may be liaisons${awayWords}: ${eligible}; ${members} mobile members at most 15 each need ${needed} liaisons`;
  },
  assignment: ({ liaisons, kept, moved, spread }) => {
    const spreadWords =
      spread === "even-loads" ? " (even loads, Q18)" : spread === "exactly-fifteen" ? " (all but one at 15, Q6)" : " (all but one at 15, Q18)";
    return `${liaisons} liaisons used, none over 15; ${kept} current links kept, ${moved} moved${spreadWords}`;
  },
  "own-link": ({ swapped, alone }) =>
    `A liaison who is away themselves is not their own liaison: ${[
      ...swapped.map(({ member, liaison }) => `${member} by ${liaison}`),
      ...alone.map((member) => `${member} has no other liaison yet`),
    ].join("; ")}`,
  shortfall: ({ shortfall, unassigned }) =>
    `Too few eligible liaisons: ${shortfall} more must be named; ${unassigned} members have no liaison yet, and the branch keeps in touch with them itself until one is named, so that management never breaks off (no liaison takes a 16th)`,
  remainder: ({ liaison }) => `Under "exactly fifteen" (Q6): liaison ${liaison} holds fewer than 15, reported`,
  "liaison.reason.away-officers": ({ awayOfficers }) => `${awayOfficers} of the secretary and committee members are away themselves`,
  "error.liaison-link-invalid": () =>
    "invalid link: both the member's and the liaison's ids must be valid ids (not empty, no white space at either end, no invisible characters, Unicode NFC)",
} satisfies Partial<Messages>;

const liaisonAssignmentWords = {
  liaisonAssignment: {
    title: "Assigning liaisons to a branch's mobile members",
    question: "Which liaison keeps in touch with each of the branch's mobile members?",
    summary: (outcome) =>
      `${outcome.liaisons.length} liaisons, none with more than 15 mobile members${outcome.shortfall > 0 ? `; ${outcome.shortfall} more liaisons must be named` : ""}`,
  },
} satisfies Partial<Catalog["rules"]>;

/** A mobile member's id, as a branch's lists name it. */
const MOBILE_MEMBER_ID = "Mobile member's id";

const liaisonAssignmentFields = {
  "field.liaisonAssignment.mobileMembers": () => MOBILE_MEMBER_ID,
  "field-help.liaisonAssignment.mobileMembers": () => "The id of each of the branch's mobile members, each once.",
  "field.liaisonAssignment.officers": () => "Secretary and committee members",
  "field-help.liaisonAssignment.officers": () =>
    "The branch secretary and committee members serve as liaisons, each for at most 15 mobile members (3.2.1). Others may be listed; they are never liaisons.",
  "field.liaisonAssignment.officers.id": () => "Id",
  "field-help.liaisonAssignment.officers.id": () => "The person's id, each once.",
  "field.liaisonAssignment.officers.role": () => "Role",
  "field-help.liaisonAssignment.officers.role": () => "Only the secretary and committee members serve as liaisons.",
  "field-option.liaisonAssignment.officers.role.secretary": () => "Branch secretary",
  "field-option.liaisonAssignment.officers.role.committee-member": () => "Committee member",
  "field-option.liaisonAssignment.officers.role.other": () => "Other",
  "field.liaisonAssignment.currentAssignment": () => "Current links",
  "field-help.liaisonAssignment.currentAssignment": () => "Which liaison each mobile member has now; links still valid are kept.",
  "field.liaisonAssignment.currentAssignment.key": () => MOBILE_MEMBER_ID,
  "field-help.liaisonAssignment.currentAssignment.key": () => "The id of the member linked.",
  "field.liaisonAssignment.currentAssignment.value": () => "Liaison's id",
  "field-help.liaisonAssignment.currentAssignment.value": () => "The id of the liaison the member has now.",
} satisfies Partial<ToolWords>;

// ── end of liaisonAssignment ───────────────────────────────────────────────────────

// ── evaluationGrade ──────────────────────────────────────────────────────────────

type GradeFindings = import("../rules/evaluation-grade.js").AppraisalFindings;
type GradeName = import("../rules/evaluation-grade.js").AppraisalGrade;
type GradeCorrectionStage = import("../rules/evaluation-grade.js").CorrectionStage;
type GradeEducationStage = import("../rules/evaluation-grade.js").EducationStage;
type GradeAbsorption = import("../rules/evaluation-grade.js").GradeAbsorption;
type GradeHandling = import("../rules/evaluation-grade.js").Handling;
type GradeLapseCriterion = import("../rules/evaluation-grade.js").LapseCriterion;
type GradeSilenceReading = import("../interpretations/registry.js").AlternativeOf<"Q25.out-of-contact-with-whom">;

const evaluationGradeTerms = {
  appraisalGrades: {
    excellent: "excellent",
    qualified: "qualified",
    "basically-qualified": "basically qualified",
    unqualified: "unqualified",
  },
  handlings: {
    commend: "commendation",
    affirm: "affirmation and encouragement",
    "help-improve": "pointing out shortcomings and helping to improve",
    "criticize-and-educate": "criticism and education",
    "correct-by-deadline": "correction within a set time",
    "organizational-handling": "organizational handling under the Party Constitution and other Party rules",
    "persuade-to-leave":
      "persuasion to leave the Party (decided by the branch general meeting, approved by the Party organization above)",
    remove: "removal from the rolls (decided by the branch general meeting, approved by the Party organization above)",
    "cancel-probationary-membership":
      "cancellation of probationary membership (passed by the branch general meeting, approved by the Party organization above)",
  },
  lapseCriteria: {
    "organizational-life": "no organizational life",
    dues: "no dues",
    "assigned-work": "no assigned work",
  },
  gradingStandardNotes: {
    "excellent-misses-nothing": "an excellent member misses nothing",
    "dues-monthly": "dues are paid monthly",
    "excellent-does-all-work": "an excellent member does all the work assigned",
    "report-every-six-months": "a report every 6 months",
    "silence-criticized": "a long silence brings criticism",
    "transfer-criticized": "a transfer not arranged promptly without proper reason brings criticism",
    "card-checked":
      "the organization learns how the member performed by checking the card; a card never presented cannot be checked",
    "outstanding-commended": "outstanding performers are commended",
    "observe-discipline-and-law":
      "3.2.2 requires observing discipline and the law; the default standard grades any violation unqualified (Q29)",
    "little-absence-tolerated": "a little absence tolerated (provisionally 2 months; the text sets none)",
    "dues-as-required": "dues paid as required",
    "work-two-months-provisional": "provisionally 2 months (the text sets none)",
    "qualified-needs-no-contribution": "qualified needs no outstanding contribution",
    "five-months-in-all":
      "provisionally at most 5 months in all (the text sets none; art. 9 of the Party Constitution draws a line only for six consecutive months)",
    "dues-five-months-in-all":
      "provisionally at most 5 months in all (the text sets none; the dues rules draw a line only for six consecutive months)",
    "one-report-provisional": "provisionally one missed report (the text sets none)",
    "silence-not-unqualified": "a long silence is criticized, not by itself unqualified",
    "transfer-not-unqualified": "a transfer not arranged promptly is criticized, not by itself unqualified",
    "card-provisional": "provisional (the text sets none)",
    "no-contribution-required": "no outstanding contribution required",
  },
} satisfies Partial<Catalog["terms"]>;

/** How a silence is said under each reading of Q25. */
const GRADE_SILENCE: {
  readonly [Reading in GradeSilenceReading]: {
    readonly long: string;
    readonly run: (months: number) => string;
    readonly never: string;
    readonly readings: string;
  };
} = {
  "with-neither": {
    long: "Long out of contact with both organizations",
    run: (n) => `longest silence toward both organizations ${n} months`,
    never: "in touch with one organization or both every month",
    readings: "Q13",
  },
  "with-either": {
    long: "Long out of contact with at least one of the two organizations",
    run: (n) => `longest run without contact with at least one organization ${n} months`,
    never: "in touch with both organizations every month",
    readings: "Q13, Q25",
  },
};

const GRADE_EDUCATION: { readonly [Stage in GradeEducationStage]: string } = {
  "not-yet-educated": ": criticism and education",
  "corrected-after-education": ", corrected after criticism and education",
  "not-corrected-after-education":
    ", not corrected after education: the organization holding the formal relationship handles the member organizationally under the Party Constitution and other Party rules",
};

/** What follows a ground of 2.1.2, by where the education stands, unless a removal or cancellation takes its place. */
function gradeAfterEducation(stage: GradeEducationStage, absorbedBy: GradeAbsorption, probationary: boolean): string {
  const text = GRADE_EDUCATION[stage];
  if (stage === "corrected-after-education") return text;
  if (absorbedBy === "remove") return `${text}; the member is removed under art. 9 of the Party Constitution instead`;
  if (absorbedBy === "cancel-probationary-membership") return `${text}; probationary membership is cancelled instead`;
  if (stage === "not-corrected-after-education" && probationary) {
    return `${text} (for a probationary member, extension of the probation or cancellation of probationary membership, art. 7 of the Party Constitution)`;
  }
  return text;
}

const GRADE_CORRECTION: { readonly [Stage in GradeCorrectionStage]: string } = {
  "not-yet-required": "Unqualified: the branch educates the member and requires correction within a set time",
  "deadline-running":
    "Unqualified, and the time set to correct has not run out: the branch keeps educating and helping the member to correct in time",
  "no-change-after-deadline":
    "The time set to correct has run out with no change after education: the member should be persuaded to leave the Party; one who refuses is removed by the branch general meeting, approved above",
};

const evaluationGradeMessages = {
  findings: ({ whom, unseen }, found) => {
    const findings = found.result as GradeFindings;
    const silence = GRADE_SILENCE[whom];
    return (
      `Period ${String(found.facts["period.from"])} to ${String(found.facts["period.to"])}: ` +
      `unexcused months without organizational life ${findings.missedOrganizationalLife}, ` +
      `without dues ${findings.missedDues}, without assigned work ${findings.missedAssignedWork}; missed reports ${findings.reportGaps}; ` +
      (findings.longestWithoutContact === 0 ? silence.never : silence.run(findings.longestWithoutContact)) +
      (unseen ? "; the period's first month has a gap and the months before it are not given, so runs are counted from the period's start" : "")
    );
  },
  "card-not-verified": () =>
    "The member presented the activity card and the inflow branch did not verify it promptly: verifying is the branch's duty and bears on no grade",
  lapse: ({ probationary }, found) => {
    const lapsedBy = found.result as readonly GradeLapseCriterion[];
    if (lapsedBy.length === 0) return "No run of unexcused months without organizational life, dues or assigned work reaches six";
    const names = lapsedBy.map((criterion) => terms.lapseCriteria[criterion]).join(", ");
    return probationary
      ? `Six consecutive months without proper reason of ${names}: the case of art. 9 of the Party Constitution`
      : `Six consecutive months without proper reason of ${names}: regarded as lapsed under art. 9 of the Party Constitution`;
  },
  "probationary-lapse": () =>
    "A probationary member has a full member's duties; one who does not fulfil them and does not meet the conditions of membership has probationary membership cancelled under art. 7 of the Party Constitution, not removal as lapsed",
  "transfer-not-arranged": ({ absorbedBy, probationary }, found) =>
    `The organization found that the member did not arrange the transfer promptly, without proper reason${gradeAfterEducation(found.facts.transferNotArranged as GradeEducationStage, absorbedBy, probationary)}`,
  "long-out-of-contact": ({ whom, long, absorbedBy, probationary }, found) => {
    const silence = GRADE_SILENCE[whom];
    const months = Number(found.facts.longestWithoutContact);
    if (!long) return `In the period: ${months === 0 ? silence.never : silence.run(months)}, not long (${silence.readings}): 2.1.2 does not apply`;
    const stage = found.facts.outOfContactEducation as GradeEducationStage;
    return `${silence.long} (${months} months, ${silence.readings})${gradeAfterEducation(stage, absorbedBy, probationary)}`;
  },
  probationary: () => "A probationary member is appraised but gets no grade",
  grade: (_params, found) => {
    const grade = found.result as GradeName;
    const how =
      found.facts.violation === "none"
        ? "By the grading standard"
        : grade === "unqualified"
          ? "A violation of discipline or law, against 3.2.2's observing discipline and the law"
          : "A violation of discipline or law, weighed by the grading standard (Q29)";
    return `${how}: ${terms.appraisalGrades[grade]}`;
  },
  commendation: () => "Those who perform outstandingly are commended (Q37)",
  unqualified: ({ term, latest }, found) => {
    const stage = found.facts.correction as GradeCorrectionStage;
    const setOn = found.facts.correctionSetOn;
    let words = "";
    if (term === "set-by-branch") words = " (the branch sets the term, Q33)";
    if (term === "one-year") {
      words =
        latest === null || typeof setOn !== "string"
          ? " (at most one year from the day the deadline is set, Q33)"
          : ` (at most one year from ${setOn}, when the deadline was set: by ${latest} at the latest, Q33)`;
    }
    return `${GRADE_CORRECTION[stage]}${words}`;
  },
  "reason.grade-silence-length": ({ months }) =>
    `${months} consecutive months without contact: long if six months are long, not if a year is`,
  "reason.grade-silence-one-side": () =>
    "In some months the member was in touch with only one of the two organizations: counting only months with neither, or months missing either, changes whether the silence is long",
  "reason.grade-excused-month": () =>
    "Months without proper reason are separated by an excused month: adding them up, or starting again after it, changes what the consecutive months come to",
  "reason.grade-violation": () =>
    "A violation of discipline or law: the grade may differ between the standard deciding and every violation being unqualified",
  "reason.grade-commendation": () =>
    "An outstanding contribution without the grade excellent: commended only if every outstanding performer is commended",
  "reason.grade-deadline-no-corresponding-day": ({ setOn }) => `One year from ${setOn}: the final month has no corresponding day`,
  "error.appraisal-period-reversed": () => "the appraisal period ends before it starts",
  "error.appraisal-month-outside-period": () => "the month is outside the period",
  "error.appraisal-month-repeated": () => "the month appears twice",
  "error.appraisal-months-incomplete": () => "the monthly records must cover every month of the period",
  "error.appraisal-month-not-preceding": () => "the month is not among those just before the period",
  "error.appraisal-report-outside-period": () => "the report's date is outside the period",
  "error.standard-needs-caller-reading": () => 'a grading standard needs interpretation Q9 set to "caller-standard"',
  "error.caller-reading-needs-standard": () => 'interpretation Q9 "caller-standard" needs a grading standard',
} satisfies Partial<Messages>;

/** What follows, as a summary says it. */
const gradeHandlingWords = (handling: readonly GradeHandling[]): string =>
  handling.length > 0 ? `; handling: ${handling.map((h) => terms.handlings[h]).join(", ")}` : "";

const evaluationGradeWords = {
  evaluationGrade: {
    title: "A mobile member's appraisal grade and what follows",
    question: "What grade does the mobile member receive, and what follows?",
    summary: (outcome) => {
      const then = gradeHandlingWords(outcome.handling);
      switch (outcome.status) {
        case "lapsed":
          return `lapsed${then}`;
        case "probationary-cancelled":
          return `probationary member not fulfilling a member's duties${then}`;
        case "probationary-no-grade":
          return `probationary member, no grade${then}`;
        case "graded":
          return `${terms.appraisalGrades[outcome.grade ?? "unqualified"]}${then}`;
      }
    },
  },
} satisfies Partial<Catalog["rules"]>;

/** Where the organization's criticism and education stand, on either ground of 2.1.2. */
const EDUCATION_STAGE_WORDS: { readonly [Stage in GradeEducationStage]: string } = {
  "not-yet-educated": "Not yet criticized and educated",
  "corrected-after-education": "Corrected after education",
  "not-corrected-after-education": "Not corrected after education",
};

const evaluationGradeFields = {
  "field.evaluationGrade.probationary": () => "Probationary member",
  "field-help.evaluationGrade.probationary": () => "A probationary member is appraised but given no grade.",
  "field.evaluationGrade.departure": () => DEPARTURE_LABEL,
  "field-help.evaluationGrade.departure": () => "The day the member left: the six-monthly reports count from it, or from the period's start if later.",
  "field.evaluationGrade.period": () => "Appraisal period",
  "field-help.evaluationGrade.period": () => "The period appraised, both days included.",
  "field.evaluationGrade.period.from": () => "From",
  "field-help.evaluationGrade.period.from": () => "The period's first day.",
  "field.evaluationGrade.period.to": () => "To",
  "field-help.evaluationGrade.period.to": () => "The period's last day, not before its first.",
  "field.evaluationGrade.months": () => "Month by month",
  "field-help.evaluationGrade.months": () => "Every month of the period, a row each, none missing or repeated.",
  "field.evaluationGrade.months.month": () => "Month",
  "field-help.evaluationGrade.months.month": () => "The month of the row.",
  "field.evaluationGrade.months.organizationalLife": () => "Organizational life",
  "field-help.evaluationGrade.months.organizationalLife": () => "Took part in the Party's organizational life that month.",
  "field.evaluationGrade.months.duesPaid": () => "Dues paid",
  "field-help.evaluationGrade.months.duesPaid": () => "Paid that month's dues as required (arrears made up later count).",
  "field.evaluationGrade.months.assignedWork": () => "Assigned work done",
  "field-help.evaluationGrade.months.assignedWork": () => "Did the work the Party organization assigned that month.",
  "field.evaluationGrade.months.contact": () => "Contact",
  "field-help.evaluationGrade.months.contact": () => "Contact with the inflow and outflow Party organizations that month (2.1.2).",
  "field.evaluationGrade.months.contact.inflow": () => "With the inflow organization",
  "field-help.evaluationGrade.months.contact.inflow": () => "In contact with the inflow Party organization that month.",
  "field.evaluationGrade.months.contact.outflow": () => "With the outflow organization",
  "field-help.evaluationGrade.months.contact.outflow": () => "In contact with the outflow Party organization that month.",
  "field.evaluationGrade.months.excused": () => "Proper reason",
  "field-help.evaluationGrade.months.excused": () => "A proper reason that excuses the month's gaps in organizational life, dues or work, if there is one.",
  "field-option.evaluationGrade.months.excused.null": () => "No proper reason",
  "field.evaluationGrade.precedingMonths": () => "Months before the period",
  "field-help.evaluationGrade.precedingMonths": () =>
    "The months just before the period, at most eleven, optional. Read only for runs of consecutive months reaching into the period (the Party Constitution's six months, a long silence under Q13), never for the period's counts.",
  "field.evaluationGrade.reports": () => "Report dates",
  "field-help.evaluationGrade.reports": () => "The days the member reported on thought, study and work to the organization holding the relationship (2.2.4), within the period.",
  "field.evaluationGrade.activityCard": () => "Activity card",
  "field-help.evaluationGrade.activityCard": () =>
    "Where the member's activity card stands with the inflow branch (2.1.2). The Party organization learns of the member's conduct by checking the card (2.2.5).",
  "field-option.evaluationGrade.activityCard.not-held": () => "Not held (left with a letter)",
  "field-option.evaluationGrade.activityCard.verified": () => "Held, verified by the inflow branch",
  "field-option.evaluationGrade.activityCard.presented-not-verified": () => "Presented to the inflow branch, not verified",
  "field-option.evaluationGrade.activityCard.not-presented": () => "Held, not presented to the inflow branch",
  "field.evaluationGrade.violation": () => "Discipline and law",
  "field-help.evaluationGrade.violation": () => "A violation of Party discipline or of the law in the period (3.2.2). Its effect on the grade is Q29.",
  "field-option.evaluationGrade.violation.none": () => "None",
  "field-option.evaluationGrade.violation.discipline": () => "Party discipline violated",
  "field-option.evaluationGrade.violation.law": () => "The law violated",
  "field.evaluationGrade.outstandingContribution": () => "Outstanding contribution",
  "field-help.evaluationGrade.outstandingContribution": () => "Played a member's exemplary role in an outstanding way in the period (3.2.2).",
  "field.evaluationGrade.transferNotArranged": () => "Transfer not arranged without proper reason",
  "field-help.evaluationGrade.transferNotArranged": () =>
    "Where the Party organization found that the member, without proper reason, did not arrange the transfer of the relationship promptly: where its criticism and education stand (2.1.2).",
  "field-option.evaluationGrade.transferNotArranged.null": () => "Does not arise",
  "field-option.evaluationGrade.transferNotArranged.not-yet-educated": () => EDUCATION_STAGE_WORDS["not-yet-educated"],
  "field-option.evaluationGrade.transferNotArranged.corrected-after-education": () => EDUCATION_STAGE_WORDS["corrected-after-education"],
  "field-option.evaluationGrade.transferNotArranged.not-corrected-after-education": () => EDUCATION_STAGE_WORDS["not-corrected-after-education"],
  "field.evaluationGrade.outOfContactEducation": () => "Education for a long silence",
  "field-help.evaluationGrade.outOfContactEducation": () =>
    "Where the Party organization's criticism and education stand on a long silence towards the inflow and outflow organizations (2.1.2). Whether the silence is long is read from the months (Q13); otherwise this has no effect.",
  "field-option.evaluationGrade.outOfContactEducation.not-yet-educated": () => EDUCATION_STAGE_WORDS["not-yet-educated"],
  "field-option.evaluationGrade.outOfContactEducation.corrected-after-education": () => EDUCATION_STAGE_WORDS["corrected-after-education"],
  "field-option.evaluationGrade.outOfContactEducation.not-corrected-after-education": () => EDUCATION_STAGE_WORDS["not-corrected-after-education"],
  "field.evaluationGrade.correction": () => "Correction by a deadline",
  "field-help.evaluationGrade.correction": () => "For a member graded unqualified: where the correction stands (Party Constitution art. 9). No effect for other grades.",
  "field-option.evaluationGrade.correction.not-yet-required": () => "Not yet required",
  "field-option.evaluationGrade.correction.deadline-running": () => "Deadline running",
  "field-option.evaluationGrade.correction.no-change-after-deadline": () => "No change after the deadline",
  "field.evaluationGrade.correctionSetOn": () => "Correction set on",
  "field-help.evaluationGrade.correctionSetOn": () => "The day the branch set the deadline, optional; read only under Q33's one-year reading, which counts from it.",
} satisfies Partial<ToolWords>;

// ── end of evaluationGrade ───────────────────────────────────────────────────────

// ── evaluationCohort ──────────────────────────────────────────────────────────────

type CohortMemberReason = import("../decision/decision.js").ContestReason;
type CohortStatus = import("../rules/evaluation-grade.js").EvaluationStatus;

const evaluationCohortTerms = {};

/** A member's own reason, as the member's appraisal gives it. */
function cohortMemberReason(reason: CohortMemberReason): string {
  const messages = en.messages as unknown as { readonly [id: string]: (params: unknown, found: StepFound) => string };
  const render = Object.hasOwn(messages, reason.check) ? messages[reason.check] : undefined;
  return render === undefined ? en.explain.unknownStep(reason.check) : render(reason.params, { result: null, facts: {} });
}

/** Members the votes and the gaps cannot tell apart across the ceiling. */
const cohortTies = (tied: readonly string[]): string =>
  tied.length > 0
    ? `; ${tied.join(", ")} cannot be told apart by votes and gaps: the branch committee or general meeting decides (placed by id for now)`
    : "";

const evaluationCohortMessages = {
  "excellent-ceiling": ({ strict }, found) => {
    const { appraised, base } = found.facts as { readonly appraised: number; readonly base: number };
    const { ceiling, excellent, movedDown, tiedAtCeiling } = found.result as {
      readonly ceiling: number;
      readonly excellent: number;
      readonly movedDown: number;
      readonly tiedAtCeiling: readonly string[];
    };
    const over = Math.max(0, excellent - ceiling);
    return (
      `${appraised} appraised, base ${base} (Q19), at most ${ceiling} excellent; ${excellent} graded excellent by the standard, ${movedDown} moved down to qualified` +
      cohortTies(tiedAtCeiling) +
      (!strict && over > 0 ? `; one third as a guideline (Q27): ${over} over the ceiling, grades not moved, for the organization to decide` : "")
    );
  },
  "cohort.moved-down": ({ base, ceiling, tied }) =>
    `优秀 is normally at most one third (${ceiling} of a base of ${base}); ranked by votes, then fewest gaps, those over the ceiling are qualified${cohortTies(tied)}`,
  "reason.cohort-member": ({ member, reason }) => `Member ${member}: ${cohortMemberReason(reason)}`,
  "reason.cohort-over-ceiling": ({ excellent, ceiling }) =>
    `${excellent} graded excellent, over the ceiling of ${ceiling}: a strict ceiling moves the rest to qualified; a guideline leaves them for the organization to decide`,
  "reason.cohort-commendation": () =>
    "Outstanding performers moved down by the ceiling: commended only if every outstanding performer is commended",
} satisfies Partial<Messages>;

/** Those the cohort's summary counts apart from the grades, in its order. */
const COHORT_NOT_GRADED: readonly (readonly [CohortStatus, string])[] = [
  ["probationary-no-grade", "probationary, no grade"],
  ["probationary-cancelled", "probationary membership cancelled"],
  ["lapsed", "lapsed"],
];

const evaluationCohortWords = {
  evaluationCohort: {
    title: "The appraisal grades of a branch's mobile members",
    question: "What grades does the branch's cohort receive, with at most a third excellent?",
    summary: (outcome) => {
      const count = (grade: string) => outcome.results.filter((r) => r.grade === grade).length;
      const grades = Object.entries(terms.appraisalGrades).map(([grade, name]) => `${name} ${count(grade)}`);
      const moved = outcome.movedDown.length;
      const over = count("excellent") - outcome.excellentCeiling;
      // Commended without the grade excellent (Q37).
      const commended = outcome.results.filter((r) => r.grade !== "excellent" && r.handling.includes("commend")).length;
      const others = COHORT_NOT_GRADED.map(([status, name]) => [name, outcome.results.filter((r) => r.status === status).length] as const)
        .filter(([, n]) => n > 0)
        .map(([name, n]) => `; ${name} ${n}`);
      return (
        grades.join(", ") +
        (moved > 0 ? ` (${moved} moved down from excellent by the ceiling)` : "") +
        (over > 0 ? ` (${over} excellent over the ceiling, for the organization to decide)` : "") +
        (commended > 0 ? `; commended for outstanding performance without the grade excellent ${commended}` : "") +
        others.join("")
      );
    },
  },
} satisfies Partial<Catalog["rules"]>;

const evaluationCohortFields = {
  "field.evaluationCohort.members": () => "Members appraised",
  "field-help.evaluationCohort.members": () =>
    "The mobile members appraised, each with a record and a unique id. Excellent is generally at most a third of them (2.2.5).",
  "field.evaluationCohort.members.id": () => "Member's id",
  "field-help.evaluationCohort.members.id": () => "The member's id.",
  "field.evaluationCohort.members.record": () => "Record",
  "field-help.evaluationCohort.members.record": () => "The member's record over the period.",
  "field.evaluationCohort.members.votes": () => "Votes for excellent",
  "field-help.evaluationCohort.members.votes": () => "The votes for excellent in the democratic appraisal, optional: over the ceiling, more votes rank first.",
} satisfies Partial<ToolWords>;

// ── end of evaluationCohort ───────────────────────────────────────────────────────

// ── reportingSchedule ──────────────────────────────────────────────────────────────

type ScheduleTiming = import("../rules/reporting-schedule.js").ObligationTiming;
type ScheduleStepParams = import("../rules/reporting-schedule.js").ObligationStepParams;
type ScheduleObligationKind = import("../rules/reporting-schedule.js").ObligationKind;

const reportingScheduleTerms = {
  obligations: {
    "departure-briefing": "state clear requirements and give contact details before departure",
    "card-verification": "verify the activity card promptly and file it with the branch's own superior Party organization",
    "member-report": "report on thinking, study and work to the organization holding the relationship",
    "card-annual-review": "review the activity card for the year",
    "branch-half-year-report": "the branch's half-yearly report of the mobile members' particulars to the organ Party committee",
    "organ-committee-year-end-report": "the organ Party committee's year-end report of the mobile members' particulars to the Working Committee",
    "department-year-end-work-report": "the department's organ Party organization's year-end report on its mobile-member work, up level by level",
    "working-committee-spot-check": "the Working Committee's spot check, once a year, of the departments where mobile members are relatively concentrated",
    "return-visit": "visit the returned member at home to convey the organization's care, talk with them and hear their views",
  },
  scheduleParties: {
    member: "the mobile member",
    "home-branch": "the branch holding the relationship",
    "inflow-branch": "the inflow branch",
    "inflow-superior-org": "the inflow branch's superior Party organization",
    "organ-party-committee": "the organ Party committee",
    "department-organ-party-org": "the department's organ Party organization",
    "working-committee": "the Working Committee",
    departments: "the departments where mobile members are concentrated",
  },
  obligationStatuses: { met: "met", pending: "pending", overdue: "overdue" },
} satisfies Partial<Catalog["terms"]>;

const SCHEDULE_TIMING: { readonly [Timing in ScheduleTiming]: string } = {
  "before-departure": "by the departure",
  "promptly-after-departure": "promptly after the departure (Q20)",
  "calendar-half-years": "once each calendar half-year until the return (Q8)",
  "anchored-on-departure": "each time 6, 12, 18 … months from the departure have run, until the return (Q8, Q21)",
  "chained-on-due-dates": "every 6 months from the departure, each from the previous due date, until the return (Q8, Q21)",
  "from-last-report": "within 6 months of the departure or of the last report, until the return (Q8, Q21)",
  "calendar-year": "once in each calendar year the card is held, by the year's end; on return for the part-year before it (Q7, Q28)",
  "year-from-issue": "each full year from issue (Q28)",
  "every-half-year": "every half year (Q7)",
  "every-year-end": "at every year end (Q7)",
  "once-a-year": "once a year (Q7)",
  "after-return": "after the return (Q20)",
};

/** The step of one kind of obligation: who owes what, when, the dates, and how many stand where. */
const scheduleStep =
  (kind: ScheduleObligationKind) =>
  ({ owedBy, timing, met, pending, overdue }: ScheduleStepParams, found: StepFound): string =>
    `${terms.scheduleParties[owedBy]}: ${terms.obligations[kind]}, ${SCHEDULE_TIMING[timing]}: ${(found.result as readonly string[])
      .map(date)
      .join(", ")} (met ${met}, pending ${pending}, overdue ${overdue})`;

const reportingScheduleMessages = {
  "departure-briefing": scheduleStep("departure-briefing"),
  "card-verification": scheduleStep("card-verification"),
  "member-report": scheduleStep("member-report"),
  "card-annual-review": scheduleStep("card-annual-review"),
  "branch-half-year-report": scheduleStep("branch-half-year-report"),
  "organ-committee-year-end-report": scheduleStep("organ-committee-year-end-report"),
  "department-year-end-work-report": scheduleStep("department-year-end-work-report"),
  "working-committee-spot-check": scheduleStep("working-committee-spot-check"),
  "return-visit": scheduleStep("return-visit"),
  "department-not-concentrated": () =>
    "The department is not one where mobile members are concentrated: the Working Committee's yearly spot check is not in its schedule",
  "organization-obligations-overdue": (_params, found) =>
    `${(found.result as readonly string[]).length} of the organizations' obligations are overdue: Party organizations at every level supervise and check; those irresponsible in the work or shifting responsibility get education and help, and in serious cases the necessary organizational handling (whether anyone was, the Party organization finds)`,
  "nothing-due": () => "Nothing falls due in the period",
  "reason.schedule-holiday-last-day": () => "a last day falls on a statutory holiday given",
  "error.schedule-back-before-departure": () => "the return is before the departure",
  "error.schedule-empty-period": () => "the period must end after it starts",
  "error.schedule-record-after-as-of": () => "the record's date is after the day asked about (asOf)",
  "error.schedule-holidays-needed": () => 'interpretation Q34 "extend-past-holidays" needs the statutory holidays',
  "error.schedule-holidays-not-asked": () => 'statutory holidays are given only with interpretation Q34 "extend-past-holidays"',
  "ical.calendar-name": () => "Mobile Party member management schedule",
  "ical.summary": ({ what, owedBy }) => `${what} (${terms.scheduleParties[owedBy]})`,
  "ical.description": ({ what, owedBy, owedTo, clause, clauseLabel, status, metOn, late }) =>
    `${terms.scheduleParties[owedBy]} → ${terms.scheduleParties[owedTo]}: ${what}\nGround: Opinion ${clauseLabel} (${clause})\nStatus: ${terms.obligationStatuses[status]}` +
    (metOn === null ? "" : ` (${metOn}${late ? ", met late" : ""})`),
  "ical.description-line": ({ what, owedBy, owedTo }) =>
    `${terms.scheduleParties[owedBy]} → ${terms.scheduleParties[owedTo]}: ${what}`,
  "error.ical-text-refused": () =>
    "contains a character a calendar file cannot hold (a control character other than a line break or tab, or a lone surrogate)",
  "error.ical-id-refused": () =>
    "contains a character an event's UID cannot hold (a control character, line breaks and tab included, or a lone surrogate)",
} satisfies Partial<Messages>;

const reportingScheduleWords = {
  reportingSchedule: {
    title: "Reports, reviews, visits and checks, with their dates",
    question: "Which reports, reviews, visits and checks fall due, when, and for whom, around this member's absence?",
    summary: ({ obligations }) => {
      const overdue = obligations.filter((o) => o.status === "overdue").length;
      return `${obligations.length} obligations${overdue > 0 ? `, ${overdue} overdue` : ""}`;
    },
  },
} satisfies Partial<Catalog["rules"]>;

const reportingScheduleFields = {
  "field.reportingSchedule.departure": () => DEPARTURE_LABEL,
  "field-help.reportingSchedule.departure": () => "The day the member left: the briefing before and the reports and checks during the absence count from it.",
  "field.reportingSchedule.backOn": () => "Back on",
  "field-help.reportingSchedule.backOn": () => "The day the member came back (or is expected back), not before the departure.",
  "field-option.reportingSchedule.backOn.null": () => "Still away, no date",
  "field.reportingSchedule.document": () => "Document carried",
  "field-help.reportingSchedule.document": () => "The document the member carries (2.1.1). The activity card brings its own verification and review (2.1.2).",
  "field-option.reportingSchedule.document.transfer-letter": () => capitalized(terms.documents["transfer-letter"]),
  "field-option.reportingSchedule.document.certificate-letter": () => terms.documents["certificate-letter"],
  "field-option.reportingSchedule.document.activity-card": () => terms.documents["activity-card"],
  "field.reportingSchedule.departmentConcentrated": () => "A department with many mobile members",
  "field-help.reportingSchedule.departmentConcentrated": () =>
    "As the Party organization finds it. Such a department has the Working Committee's yearly spot check in its schedule (3.3).",
  "field.reportingSchedule.period": () => "Period listed",
  "field-help.reportingSchedule.period": () => "The obligations due in this period are listed.",
  "field.reportingSchedule.period.from": () => "From",
  "field-help.reportingSchedule.period.from": () => "The period's first day.",
  "field.reportingSchedule.period.before": () => "Before",
  "field-help.reportingSchedule.period.before": () => "The day after the period's last day, after its first.",
  "field.reportingSchedule.asOf": () => "As of",
  "field-help.reportingSchedule.asOf": () => "The day for which each obligation is met, pending or overdue.",
  "field.reportingSchedule.done": () => "Done",
  "field-help.reportingSchedule.done": () => "What has been done, and when.",
  "field.reportingSchedule.done.kind": () => "What",
  "field-help.reportingSchedule.done.kind": () => "The obligation met.",
  "field-option.reportingSchedule.done.kind.departure-briefing": () => capitalized(terms.obligations["departure-briefing"]),
  "field-option.reportingSchedule.done.kind.card-verification": () => capitalized(terms.obligations["card-verification"]),
  "field-option.reportingSchedule.done.kind.member-report": () => capitalized(terms.obligations["member-report"]),
  "field-option.reportingSchedule.done.kind.card-annual-review": () => capitalized(terms.obligations["card-annual-review"]),
  "field-option.reportingSchedule.done.kind.branch-half-year-report": () => capitalized(terms.obligations["branch-half-year-report"]),
  "field-option.reportingSchedule.done.kind.organ-committee-year-end-report": () => capitalized(terms.obligations["organ-committee-year-end-report"]),
  "field-option.reportingSchedule.done.kind.department-year-end-work-report": () => capitalized(terms.obligations["department-year-end-work-report"]),
  "field-option.reportingSchedule.done.kind.working-committee-spot-check": () => capitalized(terms.obligations["working-committee-spot-check"]),
  "field-option.reportingSchedule.done.kind.return-visit": () => capitalized(terms.obligations["return-visit"]),
  "field.reportingSchedule.done.on": () => "On",
  "field-help.reportingSchedule.done.on": () => "The day it was done, not after the as-of day.",
  "field.reportingSchedule.holidays": () => "Statutory holidays",
  "field-help.reportingSchedule.holidays": () =>
    "Whether a last day that is a statutory holiday moves is Q34; under the reading that moves it, list the holidays concerned, otherwise leave this empty.",
} satisfies Partial<ToolWords>;

// ── end of reportingSchedule ───────────────────────────────────────────────────────

const terms: Catalog["terms"] = {
  ...sharedTerms,
  ...managementModeTerms,
  ...resolveReceivingOrgTerms,
  ...liaisonAssignmentTerms,
  ...evaluationGradeTerms,
  ...evaluationCohortTerms,
  ...reportingScheduleTerms,
};

// ── roster ───────────────────────────────────────────────────────────────────

const rosterMessages = {
  "roster.error.schedule-needs-absence": () => "a schedule is worked out for an absence: the record needs the absence too",
  "roster.error.not-a-roster": () => "a roster must be a list of member records (an iterable or an async iterable)",
  "roster.error.read-once": () =>
    "a roster is read once: its members can be iterated only once, and its worklist needs them read to the end",
  "roster.error.different-days": () => "only worklists or impact reports of the same day (asOf) can be merged",
  "roster.error.impact-not-asked": () => "the analysis was not asked for the impact of the readings (impact: true)",
  "roster.error.not-a-reading": () => "not a reading of this interpretation",
  "roster.error.different-readings": () => "only impact reports made under the same readings can be merged",
} satisfies Partial<Messages>;

// ── interpretation impact report ──────────────────────────────────────────────

const reportMessages = {
  "report.title": () => "Interpretation impact report of the mobile members' roster",
  "report.as-of": ({ asOf }) => `As of ${date(asOf)}`,
  "report.members": ({ count }) => `Members decided: ${count}`,
  "report.explanation": () =>
    "Where the text admits more than one reading, the roster's members were decided under the readings in force. For every interpretation those decisions read, this report takes each other reading in turn, decides every member again under it, and counts the members whose decisions read the interpretation, those whose outcome changes, and those who cannot be decided because their record lacks a fact that reading needs; by branch, with some members' outcomes under both readings side by side.",
  "report.no-readings": () => "The decisions read no interpretation: there is no other reading to compare.",
  "report.summary": () => "Every other reading at a glance",
  "report.column.interpretation": () => "Interpretation",
  "report.column.question": () => "Question",
  "report.column.in-force": () => "Reading in force",
  "report.column.alternative": () => "Other reading",
  "report.column.read": () => "Members read",
  "report.column.changed": () => "Changed",
  "report.column.refused": () => "Cannot be decided",
  "report.column.branch": () => "Branch",
  "report.column.member": () => "Member",
  "report.column.rule": () => "Rule",
  "report.column.under-in-force": () => "Under the reading in force",
  "report.column.under-alternative": () => "Under the other reading",
  "report.reading": ({ label, reading }) => `${label}, read otherwise (${reading})`,
  "report.tally": ({ read, changed, refused }) =>
    `${read} members read; ${changed} changed, ${refused} cannot be decided.`,
  "report.no-changes": () => "Under this reading no member's outcome changes, and every member can be decided.",
  "report.chart": ({ label }) => `${label} read otherwise: members changed and members who cannot be decided, by branch, against the members read`,
  "report.bar": ({ read, changed, refused }) => `${changed} changed, ${refused} undecided, of ${read}`,
  "report.other-branches": ({ count }) => `${count} other branches`,
  "report.chart-capped": ({ shown, rest }) =>
    `Many branches: the chart shows the ${shown} with the most members affected, and the other ${rest} together.`,
  "report.examples": ({ shown, total }) => `Members, by branch and id (${shown} of ${total})`,
  "report.refused-member": () => "Cannot be decided: the record lacks a fact this reading needs",
  "report.no-outcome": () => "no outcome",
} satisfies Partial<ToolWords>;

// ── the roster command ──────────────────────────────────────────────────────────

const rosterCommandMessages = {
  "roster.error.threads": () => "the number of worker threads must be a whole number from 1 to 64",
  "roster.error.tuning": () => "a batch size and the batches in flight must be whole numbers from 1",
  "roster.issue.missing": () => "required, and missing",
  "roster.issue.wrong-type": () => "a value of the wrong type",
  "roster.issue.invalid-date": () => "not a real date written YYYY-MM-DD (such as 2025-06-30)",
  "roster.issue.invalid-value": () => "not one of the allowed values",
  "roster.issue.out-of-range": () => "out of the allowed range",
  "roster.issue.unknown-field": () => "holds a field that does not belong there",
  "roster.issue.inconsistent": () => "contradicts the rest of the record",
  "roster.issue.invalid-format": () => "not in the required form",
  "roster.cell.boolean": () => "expected true or false (是 or 否)",
  "roster.cell.number": () => "expected a number",
  "roster.cell.json": () => "expected a list or an object written as JSON",
  "roster.cell.nothing": () => "the header has no column here: the cell must be empty",
  "roster.line.not-json": () => "the line is not a JSON value",
  "roster.where.row": ({ file, row }) => `${file} row ${row}`,
  "roster.where.line": ({ file, row }) => `${file} line ${row}`,
  "roster.where.index": ({ file, row }) => `${file} record at index ${row}`,
  "roster.where.column": ({ letter, name }) => `column ${letter} (${name})`,
  "roster.where.columns": ({ letters, name }) => `columns ${letters} (${name})`,
  "roster.where.field": ({ path }) => `field ${path}`,
  "roster.where.record": () => "the record as a whole",
  "roster.bad-row": ({ where, place, problem }) => `${where}, ${place}: ${problem}; skipped`,
  "roster.header.refused": ({ file }) => `the header of ${file} is refused; no record was read:`,
  "roster.header.unknown": ({ column, letter, name, near }) =>
    `column ${column} (${letter}) "${name}" is not a field of a member's record${near === null ? "" : ` (did you mean ${near}?)`}`,
  "roster.header.duplicate": ({ column, letter, name, other, otherLetter }) => `column ${column} (${letter}) "${name}" repeats column ${other} (${otherLetter})`,
  "roster.header.inside": ({ column, letter, name, other, otherLetter, otherName }) =>
    `column ${column} (${letter}) "${name}" overlaps column ${other} (${otherLetter}) "${otherName}": a field is given whole or by its parts, not both`,
  "roster.item.lapse": ({ months, criteria }) => (months === 6 ? `six consecutive months: ${criteria}` : `five consecutive months so far: ${criteria}`),
  "roster.item.liaison": ({ proposed }) => (proposed === null ? "no officer left to name: the branch is short of liaisons" : `proposed liaison: ${proposed}`),
  "roster.item.branch-itself": () => "(the branch)",
  "roster.heading.as-of": ({ date: day }) => `Worklist of mobile Party members as of ${date(day)}`,
  "roster.heading.branches": () => "\nBy branch",
  "roster.heading.committees": () => "\nBy organ Party committee",
  "roster.heading.refused": ({ count }) => `Records refused: ${count}`,
  "roster.heading.section": ({ title, count }) => `\n${title} (${count})`,
  "roster.more": ({ count }) => `… and ${count} more (all in the files written with --out)`,
  "roster.section.documents": () => "Documents to issue",
  "roster.section.overdue": () => "Overdue",
  "roster.section.dueSoon": () => "Due within 30 days",
  "roster.section.lapseCandidates": () => "Lapse candidates (five or six months in a row)",
  "roster.section.withoutLiaison": () => "Away without a liaison",
  "roster.section.ambiguous": () => "Ambiguous decisions",
  "roster.column.kind": () => "Kind",
  "roster.column.member": () => "Member",
  "roster.column.branch": () => "Branch",
  "roster.column.committee": () => "Committee",
  "roster.column.clause": () => "Clause",
  "roster.column.due": () => "Due",
  "roster.column.what": () => "What",
  "roster.count.members": () => "Members",
  "roster.count.branches": () => "Branches",
  "roster.count.documents": () => "Documents",
  "roster.count.overdue": () => "Overdue",
  "roster.count.dueSoon": () => "Due soon",
  "roster.count.lapseCandidates": () => "Lapse",
  "roster.count.withoutLiaison": () => "No liaison",
  "roster.count.liaisonShortfall": () => "Liaisons short",
  "roster.count.ambiguous": () => "Ambiguous",
  "roster.usage": () =>
    "usage: mobile-member-rules roster <roster file> --as-of YYYY-MM-DD [--format csv|json|ndjson|xlsx] [--encoding utf-8|gb18030] [--out folder] [--impact] [--ambiguities] [--readings file] [--threads count] [--lang en]",
  "cli.option.unknown": ({ option, near }) => `unknown option ${option}${near === null ? "" : ` (did you mean ${near}?)`}`,
  "cli.option.needs-value": ({ option }) => `${option} needs a value`,
  "cli.option.takes-no-value": ({ option }) => `${option} takes no value`,
  "roster.usage.threads": () => "--threads must be a whole number from 1 to 64 (the threads that analyze at once)",
  "roster.usage.one-file": () => "name one roster file",
  "roster.usage.as-of": () => "give the worklist's day with --as-of YYYY-MM-DD",
  "roster.usage.format": ({ given }) => `--format takes csv, json, ndjson or xlsx, not ${given}`,
  "roster.usage.format-unknown": ({ file }) => `the name of ${file} does not tell its format: give it with --format`,
  "roster.usage.encoding": ({ given }) => `--encoding takes utf-8 or gb18030, not ${given}`,
  "roster.usage.impact-needs-out": () => "--impact needs --out: the impact report is written in the output folder",
  "roster.usage.encoding-xlsx": () => "an .xlsx file takes no --encoding",
  "roster.usage.readings": ({ file, problem }) => `the readings file ${file}: ${problem}`,
  "roster.usage.not-json": () => "not JSON",
  "roster.usage.out": ({ dir, code }) => `the output folder ${dir} cannot be made (${code})`,
  "roster.file.unreadable": ({ file, why }) => `${file}: ${why}`,
  "roster.file.not-a-file": ({ file }) => `${file} is not a regular file (a pipe or a device, say): it cannot be read as a roster`,
  "roster.file.no-header": ({ file }) => `${file} has no header row: no record was read`,
  "roster.file.exceljs-missing": () => "reading an .xlsx file needs exceljs, which is not installed: npm install exceljs",
  "roster.file.malformed": ({ file, row }) => (row === null ? `${file} is malformed: it cannot be read` : `${file} is malformed from record ${row} on: reading stopped`),
  "roster.file.not-encoded": ({ file, encoding }) =>
    encoding === "gb18030" ? `${file} is not GB18030 text` : `${file} is not UTF-8 text; if it is GB18030, add --encoding gb18030`,
  "roster.file.not-an-array": ({ file }) => `${file} must be an array of member records (starting with "[")`,
  "roster.written": ({ dir, files }) => `wrote ${files} in ${dir}`,
  "roster.summary": ({ rows, decided, bad }) => `${rows} records: ${decided} members decided, ${bad} skipped as bad`,
  "roster.progress": ({ rows, rate }) => `${rows} records read, ${rate} a second`,
} satisfies Partial<ToolWords>;

// ── the workbench page ──────────────────────────────────────────────────────────

const workbenchMessages = {
  "workbench.title": () => "Mobile Party members: the rules workbench",
  "workbench.no-script": () => "This page needs a browser with scripts enabled.",
  "workbench.intro": () =>
    "Choose a matter and give the member's facts: the page shows the outcome under the 2013 Ningxia implementation opinion on mobile Party members, the reasoning step by step and the clauses it rests on. The page uses no network; nothing you enter leaves this computer.",
  "workbench.language": () => "Language",
  "workbench.matters": () => "Matters",
  "workbench.facts": () => "Facts",
  "workbench.answer": () => "Answer",
  "workbench.yes": () => "Yes",
  "workbench.no": () => "No",
  "workbench.not-given": () => "Not stated",
  "workbench.add": () => "Add",
  "workbench.remove": () => "Remove",
  "workbench.item": ({ number }) => `Item ${number}`,
  "workbench.refused": () => "Some facts are invalid: no decision was made. See the notes at the fields.",
  "workbench.refused-elsewhere": () => "Problems with the facts as a whole:",
  "workbench.unexpected": ({ message }) => `Something unexpected went wrong, and no decision was made: ${message}`,
  "workbench.ambiguous": () => "This case is ambiguous",
  "workbench.ambiguous-text": () =>
    "The facts fall where the text can be read two ways, and the readings give different outcomes. Both are shown side by side: the Party organization decides.",
  "workbench.in-force": () => "Under the reading in force",
  "workbench.other-reading": () => "Under the other reading",
  "workbench.reason": () => "Why",
  "workbench.use-reading": () => "Use this reading",
  "workbench.readings": () => "Interpretations applied",
  "workbench.readings-intro": () =>
    "Where the text can be read more than one way, the decision follows these readings. Choose another and the outcome is decided again at once.",
  "workbench.outcome-same": () => "Same outcome",
  "workbench.outcome-becomes": ({ outcome }) => `The outcome becomes: ${outcome}`,
  "workbench.outcome-refused": ({ message }) => `No decision under this reading: ${message}`,
  "workbench.reset-readings": () => "Back to the defaults",
  "workbench.no-readings": () => "The decision applied no interpretation.",
  "workbench.duties": () => "Duties of those concerned",
  "workbench.obligations": () => "Obligations due",
  "workbench.column.due": () => "Due",
  "workbench.column.what": () => "What",
  "workbench.column.owed-by": () => "By",
  "workbench.column.owed-to": () => "To",
  "workbench.column.status": () => "Status",
  "workbench.column.clause": () => "Clause",
  "workbench.met-on": ({ date: on, late }) => ` (done ${date(on)}${late ? ", late" : ""})`,
  "workbench.calendar": () => "Download the calendar file",
  "workbench.calendar-file": () => "mobile-member-schedule",
  "workbench.liaisons": () => "Liaisons and their members",
  "workbench.column.liaison": () => "Liaison",
  "workbench.column.members": () => "Members",
  "workbench.unassigned": ({ members }) => `Members without a liaison: ${members.join(", ")}`,
  "workbench.cohort": () => "Each member's result",
  "workbench.column.member": () => "Member",
  "workbench.column.result": () => "Result",
  "workbench.scenarios": () => "Scenario files",
  "workbench.scenarios-intro": () =>
    "A scenario file records a matter's facts and the outcome expected; it can be checked here or with the command line. Save what is on screen, with its outcome as the one expected; open files or a folder to check every case.",
  "workbench.scenario-name": () => "Scenario name",
  "workbench.save": () => "Save as a scenario file",
  "workbench.save-note": () => "The file expects the outcome shown now.",
  "workbench.open-files": () => "Open scenario files",
  "workbench.open-folder": () => "Open a folder",
  "workbench.starters": () => "Starter scenarios",
  "workbench.check-starters": () => "Check every starter scenario",
  "workbench.results": () => "Results",
  "workbench.summary": ({ passed, failed }) => `${passed} passed, ${failed} failed`,
  "workbench.nothing-checked": () => "No scenario file was found: nothing was checked",
  "workbench.passed": () => "passed",
  "workbench.failed": () => "failed",
  "workbench.malformed": () => "malformed scenario file",
  "workbench.unreadable": ({ message }) => `cannot be read: ${message}`,
  "workbench.open-in-form": () => "Open on this page",
  "workbench.explanation": () => "Explanation",
  "workbench.saved-description": ({ title }) => `${title}: saved from the workbench`,
} satisfies Partial<ToolWords>;

// ── input errors (errors.ts) ────────────────────────────────────────────────

const EXPECTED_KINDS: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean (true/false)",
  object: "an object",
  array: "an array",
  null: "null",
};

const GIVEN_KINDS: Readonly<Record<string, string>> = {
  null: "null",
  array: "an array",
  string: "a string",
  number: "a number",
  NaN: "NaN",
  boolean: "a boolean",
  object: "an object",
  bigint: "a bigint",
};

const inputErrorMessages = {
  "error.source-not-text": () => "the source must be a string",
  "error.issues-malformed": () => "at least one issue is required, each with a path, a code and a message in Chinese and English",
  "error.more-issues": ({ more }) => `${more} more issues`,
  "error.invalid-input": () => "invalid input",
  "error.path-malformed": () => "a path must be an array of field names and indexes",
  "error.unreadable": ({ reason, depth, nodes }) => {
    switch (reason) {
      case "accessor":
        return "expected a data value, not an accessor property (getter or setter)";
      case "not-plain":
        return "expected plain data (an object, array, string, number, boolean or null), not a Date, Map or class instance";
      case "cannot-read":
        return "the value cannot be read";
      case "circular":
        return "the data refers to itself (a circular reference)";
      case "too-deep":
        return `nested more than ${depth} levels deep`;
      case "too-large":
        return `more than ${nodes} objects and arrays in all`;
      case "sparse":
        return "the array has holes (missing entries)";
    }
  },
  "error.missing": () => "required field is missing",
  "error.wrong-type": ({ expected, received }) => `wrong type: expected ${EXPECTED_KINDS[expected] ?? expected}, received ${GIVEN_KINDS[received] ?? received}`,
  "error.not-one-of": ({ allowed }) => `invalid value: expected one of ${allowed}`,
  "error.out-of-range": ({ measure, relation, bound }) =>
    `out of range: ${{ items: "number of items", length: "length", value: "value" }[measure]} must be ${{ "at-least": "at least", "more-than": "more than", "at-most": "at most", "less-than": "less than" }[relation]} ${bound}`,
  "error.unknown-field": ({ position }) => `field ${position} is not a field of this object (misspelt?)`,
  "error.no-form-matches": () => "value matches none of the allowed forms",
  "error.wrong-format": ({ format }) => `wrong format: expected ${format}`,
  "error.invalid-value": () => "invalid value",
  "error.not-multiple": ({ divisor }) => `invalid value: must be a multiple of ${divisor}`,
  "error.invalid-key-or-element": () => "contains an invalid key or element",
  "error.schema-not-zod": () => "schema must be a zod schema (such as the library's CalendarDateSchema)",
  "error.source-not-name": () => "source must be a string (the name the error reports)",
  "error.schema-failed": () => "the schema failed while validating and cannot be used",
} satisfies Partial<Messages>;

// ── dates and texts (calendar/date.ts, input/text.ts) ───────────────────────

const dateAndTextErrorMessages = {
  "error.year-out-of-range": ({ from, to }) => `the year must be a whole number from ${from} to ${to}`,
  "error.month-out-of-range": () => "the month must be a whole number from 1 to 12",
  "error.invalid-date": ({ from, to }) => `invalid date: expected a real calendar date written YYYY-MM-DD, years ${from}–${to}`,
  "error.day-number-not-integer": () => "a day number must be an integer",
  "error.day-number-out-of-range": ({ from, to }) => `date outside the supported years ${from}–${to}`,
  "error.rule-date-out-of-range": ({ from, to }) => `out of range: a date in a rule's facts must fall in the years ${from}–${to}`,
  "error.relation-not-known": () => "relation must be shorter, exact or longer",
  "error.bound-word-not-known": () => "word must be one of 以上, 以下, 以内, 届满, 不满, 超过, 以外",
  "error.months-not-whole": () => "months must be an integer",
  "error.result-out-of-years": ({ from, to }) => `the result falls outside the supported years ${from}–${to}`,
  "error.end-before-start": () => "the end date is before the start date",
  "error.blank-reason": () => "a reason is required: it must hold visible characters (white space or invisible characters alone count as blank)",
  "error.id-not-canonical": () => "invalid id: it must not be empty, have white space at either end or hold invisible characters, and must be in Unicode NFC form",
  "error.id-repeated": ({ first }) => `repeated id: the same as ${first}`,
} satisfies Partial<Messages>;

// ── stored decisions (decision/stored.ts) ───────────────────────────────────

const storedDecisionMessages = {
  "stored.not-a-rule": () => "not a rule of the library (see RULE_NAMES)",
  "stored.not-an-outcome": () => "not a valid outcome of the decision's rule",
  "stored.citation-repeated": () => "a citation given twice",
  "stored.step-not-cited": () => "the step's clause is missing from the citations",
  "stored.unknown-step": () => "not a step this library records",
  "stored.interpretation-repeated": () => "an interpretation listed twice",
  "stored.not-a-reading": () => "not a reading of this interpretation",
  "stored.default-disagrees": () => "disagrees with the registered default reading",
  "stored.contested-repeated": () => "a contested point listed twice",
  "stored.applied-disagrees": () => "disagrees with the interpretation applied",
  "stored.other-reading-repeated": () => "the other reading is repeated or is the one applied",
  "stored.other-reading-same-outcome": () => "the other reading gives the same outcome: no ambiguity",
  "stored.ambiguous-disagrees": () => "disagrees with the ambiguities listed",
  "stored.override-step-without-override": () => "an override step is recorded but no override",
  "stored.override-without-reason": () => "an override needs a visible reason",
  "stored.not-overridable": () => "this rule's outcome cannot be overridden",
  "stored.override-under-no-override": () => "interpretation Q5 allows no override, yet one is recorded",
  "stored.override-step-missing": () => "the last step must record the override",
  "stored.override-step-reason-disagrees": () => "the override step's reason disagrees with the override",
} satisfies Partial<Messages>;

// ── the command line (cli/main.ts) ───────────────────────────────────────────

const commandLineMessages = {
  "cli.see-help": () => "run mobile-member-rules --help for usage",
  "cli.finding": ({ where, message, hint }) => `${where}: ${message}${hint === null ? "" : ` (${hint})`}`,
  "cli.check.malformed": () => "malformed scenario file",
  "cli.check.mismatch": () => "mismatch",
  "cli.check.summary": ({ passed, failed }) => `${passed} passed, ${failed} failed`,
  "cli.check.nothing-checked": () => "no scenario file (.json) was found: nothing was checked",
  "cli.check.usage": () => "usage: mobile-member-rules check <files or folders>",
  "cli.explain.usage": ({ rules }) => `usage: mobile-member-rules explain <rule> <input.json>; rules: ${rules.join(", ")}`,
  "cli.explain.no-such-rule": ({ rule, hint, rules }) => `there is no rule ${rule}${hint === null ? "" : ` (${hint})`}; rules: ${rules.join(", ")}`,
  "cli.init.usage": () => "usage: mobile-member-rules init <folder>",
  "cli.init.existing": ({ folder, files }) => `${folder} already holds ${files.join(", ")}: nothing was written. To overwrite them, add --force`,
  "cli.init.written": ({ count, folder, schema }) => `Copied ${count} files to ${folder} ($schema: ${schema}). Check them: mobile-member-rules check ${folder}`,
  "cli.workbench.usage": () => "usage: mobile-member-rules workbench [--out <folder>]",
  "cli.schema.usage": () => "schema takes no arguments",
  "cli.usage.lang": ({ given, names }) => `--lang takes ${names.join(", ")}, not ${given}`,
  "cli.usage.unknown-command": ({ command, near }) => `unknown command ${command}${near === null ? "" : ` (did you mean ${near}?)`}`,
  "cli.usage.misplaced": ({ command, options }) => `${command} does not take ${options.join(", ")}`,
} satisfies Partial<ToolWords>;

// ── the command line's files (cli/files.ts, scenario-sources.ts, roster-sources.ts, workbench.ts) ──

const commandLineFileMessages = {
  "cli.file.missing": () => "no such file or folder",
  "cli.file.link-loop": () => "a symbolic link loop: it cannot be read",
  "cli.file.denied": () => "permission denied: it cannot be read",
  "cli.file.cannot-read": ({ code }) => `it cannot be read (${code})`,
  "cli.file.not-regular": () => "not a regular file (a pipe or a device, say): skipped",
  "cli.file.folder-loop": () => "a symbolic link loop: it leads back to a folder being checked",
  "cli.file.utf-16": () => "the file is UTF-16 text: save it as UTF-8",
  "cli.file.not-utf-8": () => "the file is not UTF-8 text: save it as UTF-8",
  "roster.file.missing": () => "no such file",
  "roster.file.denied": () => "permission denied",
  "roster.file.folder": () => "a folder, not a file",
  "cli.workbench.missing": () => "the workbench page is missing: run npm run workbench or npm run build first",
  "cli.workbench.not-ours": ({ path }) => `${path} exists and is not a workbench page: nothing was written`,
} satisfies Partial<ToolWords>;

// ── scenario files (cli/scenarios.ts) ───────────────────────────────────────

const scenarioMessages = {
  "scenario.expected-other": ({ expected, actual }) => `expected ${expected}, got ${actual}`,
  "scenario.expected-object": ({ actual }) => `expected an object, got ${actual}`,
  "scenario.did-you-mean": ({ suggestion }) => `did you mean "${suggestion}"?`,
  "scenario.no-such-interpretation": () => "no interpretation has this id",
  "scenario.interpretation-not-read": () => "the rule does not read this interpretation",
  "scenario.not-an-alternative": ({ alternatives }) => `not one of its alternatives (${alternatives.join(", ")})`,
  "scenario.options-refused": () => "The options are invalid: no decision was made.",
  "scenario.input-refused": () => "The input was refused: no decision was made.",
  "scenario.refused-heading": () => "Input refused:",
  "scenario.refused-at": ({ where, message }) => `${where}: ${message}`,
  "scenario.refused-elsewhere": ({ expected, actual }) => `expected a refusal at ${expected}, got ${actual.join(", ")}`,
  "scenario.decided-not-refused": () => "expected the input to be refused, but it was decided",
  "scenario.not-cited": ({ citation }) => `does not cite ${citation}`,
  "scenario.ambiguous-other": ({ expected, actual }) => `expected ambiguous ${expected}, got ${actual}`,
  "scenario.no-such-rule": () => "no rule has this name",
  "locale.name": () => "English",
  "schema.title": () => "scenario file",
  "schema.description": () =>
    "Scenarios for `npx mobile-member-rules check`: each names a rule, its input, optional options, and the expected outcome (any part of it), citations or ambiguity.",
  "schema.input": () => "The rule's input, as its schema describes; any JSON when the scenario expects a refusal",
  "schema.date": () => "A calendar date, YYYY-MM-DD",
} satisfies Partial<ToolWords>;

/** The English catalog. */
export const en: Catalog = {
  locale: "en",
  messages: {
    ...shared,
    ...inputErrorMessages,
    ...dateAndTextErrorMessages,
    ...storedDecisionMessages,
    ...documentForAbsenceMessages,
    ...managementModeMessages,
    ...resolveReceivingOrgMessages,
    ...liaisonAssignmentMessages,
    ...evaluationGradeMessages,
    ...evaluationCohortMessages,
    ...reportingScheduleMessages,
    ...rosterMessages,
  },
  terms,
  rules: {
    ...documentForAbsenceWords,
    ...managementModeWords,
    ...resolveReceivingOrgWords,
    ...liaisonAssignmentWords,
    ...evaluationGradeWords,
    ...evaluationCohortWords,
    ...reportingScheduleWords,
  },
  explain: {
    rule: "Rule",
    question: "Question",
    outcome: "Outcome",
    overridden: (ruleSummary, reason) => `(documented exception: the text would generally give "${ruleSummary}"; reason: ${reason})`,
    overrideStep: (_generally, ruleSummary, summary, reason) =>
      `Documented exception (the text says "generally" here): the text would generally give "${ruleSummary}"; now "${summary}"; reason: ${reason}`,
    citations: "Grounds",
    mainGround: " (main ground)",
    steps: "Reasoning",
    step: (label, text) => `[${label}] ${text}`,
    within: (title, summary) => `${title}: ${summary}`,
    interpretations: "Interpretations applied",
    restsOn: "Interpretations the outcome rests on",
    alsoApplied: "Interpretations also applied (at their defaults; not listed as ambiguous here)",
    none: "none",
    isDefault: "default",
    notDefault: "chosen, not the default",
    ambiguous: "Ambiguous (the facts fall on a contested point, and the readings differ)",
    otherReading: (reading, outcome) => `Under another reading (${reading}): ${outcome}`,
    texts: "Texts",
    listSeparator: "; ",
    colon: ": ",
    enumeration: ", ",
    aside: (text) => ` (${text})`,
    ruleHeading: (title, rule) => `${title} (${rule})`,
    interpretation: (id) => id,
    citation: (label, id, instrument) => (instrument === undefined ? `Opinion ${label} (${id})` : `${label} (${instrument})`),
    reading: (label, which, reading) => `${label} (${which}): ${reading}`,
    unknownStep: (check) => `(no words for the step "${check}" in this version)`,
  },
  date,
};

/** The English catalog's part that only the tools say: the command line, the roster's reports, the workbench, the scenario files' JSON Schema and the rules' input fields. */
export const enTools: ToolCatalog = {
  locale: "en",
  messages: {
    ...documentForAbsenceFields,
    ...managementModeFields,
    ...resolveReceivingOrgFields,
    ...liaisonAssignmentFields,
    ...evaluationGradeFields,
    ...evaluationCohortFields,
    ...reportingScheduleFields,
    ...commandLineMessages,
    ...commandLineFileMessages,
    ...scenarioMessages,
    ...reportMessages,
    ...rosterCommandMessages,
    ...workbenchMessages,
  },
};
