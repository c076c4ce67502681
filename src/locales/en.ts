/**
 * The library's words in English: plain descriptions for developers and auditors who do
 * not read Chinese, with interpretation ids kept in parentheses.
 *
 * @module
 */
import type { Catalog, StepFound } from "./catalog.js";
import type { AbsenceDocument, DocumentLengthWords, DocumentPlace } from "../rules/document-for-absence.js";
import type { DutyId } from "../rules/duties.js";
import { DUTIES } from "../rules/duties.js";

type Messages = Catalog["messages"];

function date(value: string): string {
  return value;
}

function yes(value: unknown): string {
  return value === true ? "yes" : "no";
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  within: ({ rule }) => `Decided by ${rule}`,
  duties: (_params, found: StepFound) =>
    `Duties that follow: ${(found.result as readonly DutyId[])
      .map((id) => `${terms.dutyBearers[DUTIES[id].bearer]}: ${terms.duties[id]}`)
      .join("; ")}`,
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
  "absence-length": ({ departure, lastDay, clamped, expectedReturn }, found) =>
    `Away from ${departure} (not counted), six months run to ${lastDay}${clamped ? " (no corresponding day that month)" : ""}; back on ${expectedReturn}: ${RELATION[String(found.result)] ?? ""}`,
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

// ── managementMode ──────────────────────────────────────────────────────────────

const managementModeTerms = {};

const managementModeMessages = {} satisfies Partial<Messages>;

const managementModeWords = {};

// ── end of managementMode ───────────────────────────────────────────────────────

// ── resolveReceivingOrg ──────────────────────────────────────────────────────────────

const resolveReceivingOrgTerms = {};

const resolveReceivingOrgMessages = {} satisfies Partial<Messages>;

const resolveReceivingOrgWords = {};

// ── end of resolveReceivingOrg ───────────────────────────────────────────────────────

// ── liaisonAssignment ──────────────────────────────────────────────────────────────

const liaisonAssignmentTerms = {};

const liaisonAssignmentMessages = {} satisfies Partial<Messages>;

const liaisonAssignmentWords = {};

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

// ── end of evaluationCohort ───────────────────────────────────────────────────────

// ── reportingSchedule ──────────────────────────────────────────────────────────────

const reportingScheduleTerms = {};

const reportingScheduleMessages = {} satisfies Partial<Messages>;

const reportingScheduleWords = {};

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

/** The English catalog. */
export const en: Catalog = {
  locale: "en",
  messages: {
    ...shared,
    ...documentForAbsenceMessages,
    ...managementModeMessages,
    ...resolveReceivingOrgMessages,
    ...liaisonAssignmentMessages,
    ...evaluationGradeMessages,
    ...evaluationCohortMessages,
    ...reportingScheduleMessages,
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
    ruleHeading: (title, rule) => `${title} (${rule})`,
    interpretation: (id) => id,
    citation: (label, id, instrument) => (instrument === undefined ? `Opinion ${label} (${id})` : `${label} (${instrument})`),
    reading: (label, which, reading) => `${label} (${which}): ${reading}`,
    unknownStep: (check) => `(no words for the step "${check}" in this version)`,
  },
  date,
};
