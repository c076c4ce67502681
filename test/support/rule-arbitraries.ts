/** Generators of valid rule inputs and options, and helpers shared by the rule tests. */
import fc from "fast-check";
import { isCanonicalId } from "../../src/input/text.js";
import {
  ABSENCE_DOCUMENTS,
  ACTIVITY_CARD_STATES,
  CORRECTION_STAGES,
  EDUCATION_STAGES,
  OBLIGATION_KINDS,
  INTERPRETATION_IDS,
  alternativesOf,
  documentForAbsence,
  fromDayNumber,
  toDayNumber,
  type Absence,
  type AppraisalRecord,
  type ScheduleFacts,
  type Destination,
  type InterpretationChoices,
  type ManagementFacts,
  type MemberSituation,
} from "mobile-member-rules";
import { calendarDate } from "./arbitraries.js";

/** A date `days` after `date`. */
export function plusDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Any choice of readings: each interpretation left at its default or set to any of its readings. */
export const interpretationChoices: fc.Arbitrary<InterpretationChoices> = fc
  .tuple(...INTERPRETATION_IDS.map((id) => fc.option(fc.constantFrom(...alternativesOf(id)), { nil: undefined })))
  .map((picks) => {
    const choices: Record<string, string> = {};
    picks.forEach((pick, index) => {
      const id = INTERPRETATION_IDS[index];
      if (pick !== undefined && id !== undefined) choices[id] = pick;
    });
    return choices as InterpretationChoices;
  });

/** Choices that keep Q5 open to overrides, so a generated override is legal. */
export const choicesWithoutQ5 = interpretationChoices.map(
  ({ "Q5.generally-should-override": _q5, ...rest }) => rest as InterpretationChoices,
);

/**
 * An absence: a departure, a return up to about two years later, none planned
 * ("open-ended") or not known; a fixed place or not, and for a place that is not fixed,
 * whether it is known (or left unsaid).
 */
export const absence: fc.Arbitrary<Absence> = fc
  .record({
    departure: calendarDate,
    days: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
    openEnded: fc.boolean(),
    placeFixed: fc.boolean(),
    placeKnown: fc.constantFrom(undefined, true, false),
  })
  .map(({ departure, days, openEnded, placeFixed, placeKnown }) => ({
    departure,
    expectedReturn: days === null ? (openEnded ? ("open-ended" as const) : null) : plusDays(departure, days),
    placeFixed,
    // A fixed place is never "not known".
    ...(placeKnown === undefined || (placeFixed && !placeKnown) ? {} : { placeKnown }),
  }));

/**
 * Choices an absence's facts can always meet: Q23's other reading needs `placeKnown` for a
 * place that is not fixed.
 */
export function usableForAbsence(input: Absence, choices: InterpretationChoices): InterpretationChoices {
  const read = readBy(documentForAbsence, choices);
  if (input.placeFixed || input.placeKnown !== undefined) return read;
  const { "Q23.place-not-fixed-is-uncertain": _q23, ...rest } = read;
  return rest as InterpretationChoices;
}

/** Only the choices of the interpretations a rule reads: a rule refuses the others. */
export function readBy(rule: { readonly reads: readonly string[] }, choices: InterpretationChoices): InterpretationChoices {
  return Object.fromEntries(Object.entries(choices).filter(([id]) => rule.reads.includes(id))) as InterpretationChoices;
}

const reason = fc.constantFrom("单位无专职党务人员，无法接收", "社区党组织已满员", "unit closed");

export const destination: fc.Arbitrary<Destination> = fc.record({
  unitHasPartyOrg: fc.boolean(),
  cannotReceive: fc.option(reason.map((r) => ({ reason: r })), { nil: null }),
});

export const managementFacts: fc.Arbitrary<ManagementFacts> = fc
  .record({
    employment: fc.constantFrom("stable" as const, "unstable" as const, "none" as const),
    workplaceHasPartyOrg: fc.boolean(),
    industryAssociation: fc.boolean(),
    personnelFileHolder: fc.constantFrom("talent-agency" as const, "labour-agency" as const, "other" as const),
    residence: fc.constantFrom("fixed", "changes-often", "neither"),
    declined: fc.constantFrom(undefined, true, false),
  })
  .map(({ employment, workplaceHasPartyOrg, industryAssociation, personnelFileHolder, residence, declined }) => ({
    employment,
    workplaceHasPartyOrg: employment === "none" ? null : workplaceHasPartyOrg,
    industryAssociation: employment === "none" ? null : industryAssociation,
    personnelFileHolder,
    residenceFixed: residence === "fixed",
    residenceChangesOften: residence === "changes-often",
    ...(declined === undefined ? {} : { permittedManagerDeclined: declined }),
  }));

const department = fc.boolean();

export const memberSituation: fc.Arbitrary<MemberSituation> = fc.oneof(
  fc.record({
    category: fc.constant("away" as const),
    retired: fc.boolean(),
    absence,
    destination,
    departmentHasMobileMemberOrg: department,
  }),
  fc
    .record({
      category: fc.constantFrom("demobilized-serviceman" as const, "graduate" as const),
      since: calendarDate,
      registeredAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      asOfAfter: fc.integer({ min: 0, max: 400 }),
      workUnit: fc.option(destination, { nil: null }),
      departmentHasMobileMemberOrg: department,
    })
    .map(({ since, registeredAfter, asOfAfter, ...rest }) => ({
      ...rest,
      since,
      placementRegisteredOn: registeredAfter === null ? null : plusDays(since, registeredAfter),
      asOf: plusDays(since, (registeredAfter ?? 0) + asOfAfter),
    })),
  fc.oneof(
    fc.record({
      category: fc.constant("restructured" as const),
      flow: fc.constant("concentrated" as const),
      destination,
      departmentHasMobileMemberOrg: department,
    }),
    fc.record({
      category: fc.constant("restructured" as const),
      flow: fc.constant("uncertain" as const),
      destination: fc.constant(null),
      departmentHasMobileMemberOrg: department,
    }),
  ),
  fc.record({
    category: fc.constantFrom(
      "socialized-retiree" as const,
      "retired-cadre-settled-elsewhere" as const,
      "reemployed-by-original-unit" as const,
    ),
    departmentHasMobileMemberOrg: department,
  }),
  fc
    .record({
      category: fc.constant("retiree" as const),
      socializedEnterpriseRetiree: fc.boolean(),
      settledLongTermElsewhere: fc.boolean(),
      reemployedByOriginalUnit: fc.boolean(),
      departmentHasMobileMemberOrg: department,
    })
    // At least one of 2.1.6's cases holds.
    .filter((r) => r.socializedEnterpriseRetiree || r.settledLongTermElsewhere || r.reemployedByOriginalUnit),
);

/** Freezes a value and everything in it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A structured copy, to compare an input before and after a call. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** The twelve months of 2024, `YYYY-MM`. */
export const YEAR_2024 = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

const boolMostlyTrue = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

/** With whom a member was in contact in a month: mostly both, sometimes one side only, now and then neither. */
const monthContact = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ inflow: true, outflow: true }) },
  { weight: 1, arbitrary: fc.constant({ inflow: true, outflow: false }) },
  { weight: 1, arbitrary: fc.constant({ inflow: false, outflow: true }) },
  { weight: 2, arbitrary: fc.constant({ inflow: false, outflow: false }) },
);

const appraisalMonthFacts = fc.record({
  organizationalLife: boolMostlyTrue,
  duesPaid: boolMostlyTrue,
  assignedWork: boolMostlyTrue,
  contact: monthContact,
  excused: fc.option(fc.constant("住院治疗"), { nil: null, freq: 8 }),
});

const educationStage = fc.constantFrom(...EDUCATION_STAGES);

/** The last months of 2023, for the months before a 2024 period. */
const LATE_2023 = Array.from({ length: 11 }, (_, i) => `2023-${String(i + 2).padStart(2, "0")}`);

export const appraisalRecord: fc.Arbitrary<AppraisalRecord> = fc
  .record({
    months: fc.array(appraisalMonthFacts, { minLength: 12, maxLength: 12 }),
    preceding: fc.option(fc.array(appraisalMonthFacts, { maxLength: 11 }), { nil: undefined, freq: 3 }),
    reportDays: fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { maxLength: 4 }),
    activityCard: fc.constantFrom(...ACTIVITY_CARD_STATES),
    violation: fc.constantFrom("none" as const, "none" as const, "none" as const, "discipline" as const, "law" as const),
    outstandingContribution: fc.boolean(),
    transferNotArranged: fc.option(educationStage, { nil: null, freq: 3 }),
    outOfContactEducation: educationStage,
    correction: fc.constantFrom(...CORRECTION_STAGES),
    departureDaysBefore: fc.integer({ min: 0, max: 400 }),
  })
  .map((r) => ({
    probationary: false,
    departure: plusDays("2024-01-01", -r.departureDaysBefore),
    period: { from: "2024-01-01", to: "2024-12-31" },
    months: r.months.map((m, i) => ({ month: YEAR_2024[i] ?? "2024-01", ...m })),
    ...(r.preceding === undefined
      ? {}
      : { precedingMonths: r.preceding.map((m, i, all) => ({ month: LATE_2023[LATE_2023.length - all.length + i] ?? "2023-12", ...m })) }),
    reports: r.reportDays.map((d) => plusDays("2024-01-01", d)),
    activityCard: r.activityCard,
    violation: r.violation,
    outstandingContribution: r.outstandingContribution,
    transferNotArranged: r.transferNotArranged,
    outOfContactEducation: r.outOfContactEducation,
    correction: r.correction,
  }));


export const scheduleFacts = fc
  .record({
    departure: calendarDate,
    away: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
    document: fc.constantFrom(...ABSENCE_DOCUMENTS),
    departmentConcentrated: fc.boolean(),
    fromOffset: fc.integer({ min: -200, max: 400 }),
    length: fc.integer({ min: 1, max: 900 }),
    asOfOffset: fc.integer({ min: -100, max: 1000 }),
    done: fc.array(fc.record({ kind: fc.constantFrom(...OBLIGATION_KINDS), offset: fc.integer({ min: -60, max: 1000 }) }), {
      maxLength: 12,
    }),
  })
  .map(({ departure, away, document, departmentConcentrated, fromOffset, length, asOfOffset, done }): ScheduleFacts => {
    const asOf = plusDays(departure, asOfOffset);
    return {
      departure,
      backOn: away === null ? null : plusDays(departure, away),
      document,
      departmentConcentrated,
      period: { from: plusDays(departure, fromOffset), before: plusDays(departure, fromOffset + length) },
      asOf,
      done: done
        .map(({ kind, offset }) => ({ kind, on: plusDays(departure, offset) }))
        .filter((record) => record.on <= asOf),
    };
  });

/**
 * A short free-form id in its one written form (no white space at an end, no invisible
 * characters, NFC): the ids the library accepts, drawn from arbitrary text.
 */
export const memberId = fc.string({ minLength: 1, maxLength: 4 }).filter(isCanonicalId);
