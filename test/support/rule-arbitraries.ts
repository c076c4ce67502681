/** Generators of valid rule inputs and options, and helpers shared by the rule tests. */
import fc from "fast-check";
import {
  INTERPRETATION_IDS,
  alternativesOf,
  fromDayNumber,
  toDayNumber,
  type Absence,
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

/** An absence: a departure, a return up to about two years later or none, a fixed place or not. */
export const absence: fc.Arbitrary<Absence> = fc
  .record({
    departure: calendarDate,
    days: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
    placeFixed: fc.boolean(),
  })
  .map(({ departure, days, placeFixed }) => ({
    departure,
    expectedReturn: days === null ? null : plusDays(departure, days),
    placeFixed,
  }));

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
  })
  .map(({ employment, workplaceHasPartyOrg, industryAssociation, personnelFileHolder, residence }) => ({
    employment,
    workplaceHasPartyOrg: employment === "none" ? null : workplaceHasPartyOrg,
    industryAssociation: employment === "none" ? null : industryAssociation,
    personnelFileHolder,
    residenceFixed: residence === "fixed",
    residenceChangesOften: residence === "changes-often",
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
