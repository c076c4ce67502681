/**
 * Errors are private. A RuleInputError names positions, never the caller's values: a
 * marker text planted anywhere in an input (a field's value, the end of a text, an
 * unknown key, a record's key such as a member id in `currentAssignment`, a repeated id, a
 * date that contradicts the others, an option) never appears in the error's message or
 * issues. And the message stays small whatever the size of the input: at most
 * {@link MESSAGE_BOUND} bytes, however many problems it has.
 */
import { describe, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import {
  CalendarDateSchema,
  comparePeriod,
  documentForAbsence,
  evaluationCohort,
  evaluationGrade,
  liaisonAssignment,
  reportingSchedule,
  scheduleToICalendar,
  validateInput,
} from "mobile-member-rules";
import { appraisalRecord } from "../support/rule-arbitraries.js";
import { RULES, attempt, defect, describeThrown, plant, plantedText, planting, type Called, type Planting } from "../support/hostile.js";

const RUNS = 200;

/**
 * The most a RuleInputError's message may weigh, in UTF-8 bytes: 10 KiB. Enough for a
 * hundred issues with their paths in both languages; a longer list belongs in `issues`,
 * not in a message that ends up in logs.
 */
const MESSAGE_BOUND = 10 * 1024;

/** Every text of a thrown error a caller or a log would see. */
function errorTexts(called: Called): string {
  if (called.kind === "returned") return "";
  const error = called.error;
  const read = (get: () => unknown) => {
    try {
      return JSON.stringify(get()) ?? "";
    } catch {
      return "";
    }
  };
  const message = error instanceof Error ? error.message : describeThrown(error);
  return `${message}\n${read(() => (error as { issues?: unknown }).issues)}`;
}

const PLACES: { readonly [K in Planting["kind"]]: string } = {
  "replace-leaf": "as a field's value",
  "append-to-text": "at the end of a text",
  "unknown-key": "as an unknown key",
  "rename-key": "as a key in place of a known one",
  "duplicate-id": "as a repeated id",
  date: "as a date contradicting the others",
  month: "as a month contradicting the period",
};

describe("an error never quotes the caller's values", () => {
  for (const { name, rule, valid } of RULES) {
    test.prop([valid, planting, fc.boolean()], { numRuns: RUNS })(
      `${name}: a marker planted anywhere in the facts or the options is in neither the message nor the issues`,
      ({ input, options }, where, inOptions) => {
        // Options are planted only where they have something to plant into.
        const target = inOptions ? [options] : [input];
        const planted = plant(target, where);
        fc.pre(planted !== null);
        if (planted === null) return;
        const args = inOptions ? [input, planted[0]] : [planted[0], options];
        const called = attempt(() => rule(...args));
        const marker = plantedText(where);
        if (errorTexts(called).includes(marker)) {
          defect(`${name}: the error quotes the caller's value "${marker}", planted ${PLACES[where.kind]} in the ${inOptions ? "options" : "facts"}: ${errorTexts(called).slice(0, 300)}`);
        }
      },
    );
  }

  it("liaisonAssignment: a member id repeated, or used as a key of currentAssignment, is not quoted", () => {
    for (const marker of ["MARKER-4a7f", "标记甲乙丙"]) {
      const cases: [string, () => unknown][] = [
        ["repeated member", () => liaisonAssignment({ mobileMembers: [marker, marker], officers: [] })],
        ["repeated officer", () => liaisonAssignment({ mobileMembers: [], officers: [{ id: marker, role: "secretary" }, { id: marker, role: "other" }] })],
        ["key of currentAssignment with an empty liaison", () => liaisonAssignment({ mobileMembers: [marker], officers: [], currentAssignment: { [marker]: "" } })],
        ["unknown key", () => liaisonAssignment({ mobileMembers: [], officers: [], [marker]: true } as never)],
      ];
      for (const [what, call] of cases) {
        const called = attempt(call);
        if (called.kind === "returned") defect(`liaisonAssignment: ${what} was accepted`);
        if (errorTexts(called).includes(marker)) defect(`liaisonAssignment: the error quotes the ${what} "${marker}": ${errorTexts(called).slice(0, 300)}`);
      }
    }
  });

  it("documentForAbsence: the dates of a return before the departure are not quoted", () => {
    const called = attempt(() => documentForAbsence({ departure: "9876-05-04", expectedReturn: "1066-10-14", placeFixed: true }));
    for (const date of ["9876-05-04", "1066-10-14"]) {
      if (errorTexts(called).includes(date)) defect(`documentForAbsence: the error quotes the caller's date ${date}`);
    }
  });

  it("comparePeriod: the dates of an end before the start are not quoted", () => {
    const called = attempt(() => comparePeriod("9876-05-04", "1066-10-14", { months: 6 }));
    if (called.kind !== "refused") defect("comparePeriod: an end before the start was not refused");
    for (const date of ["9876-05-04", "1066-10-14"]) {
      if (errorTexts(called).includes(date)) defect(`comparePeriod: the error quotes the caller's date ${date}`);
    }
  });

  test.prop([appraisalRecord], { numRuns: 20 })("evaluationCohort: a repeated member id is not quoted", (record) => {
    const called = attempt(() => evaluationCohort({ members: [{ id: "标记甲乙丙", record }, { id: "标记甲乙丙", record }] }));
    if (called.kind === "returned") defect("evaluationCohort: a repeated id was accepted");
    if (errorTexts(called).includes("标记甲乙丙")) defect(`evaluationCohort: the error quotes the repeated id: ${errorTexts(called).slice(0, 300)}`);
  });
});

const MANY = 100_000;

const schedule = {
  departure: "2024-08-31",
  backOn: null,
  document: "activity-card",
  departmentConcentrated: true,
  period: { from: "2024-08-01", before: "2025-01-01" },
  asOf: "2024-12-01",
} as const;

const [record] = fc.sample(appraisalRecord, { numRuns: 1, seed: 3 });

const HUGE: readonly (readonly [string, () => unknown])[] = [
  ["liaisonAssignment, 100,000 repeated member ids", () => liaisonAssignment({ mobileMembers: new Array<string>(MANY).fill("x"), officers: [] })],
  ["reportingSchedule, 100,000 records with impossible dates", () => reportingSchedule({ ...schedule, done: new Array(MANY).fill({ kind: "member-report", on: "2024-02-30" }) })],
  [
    "documentForAbsence, 100,000 unknown fields",
    () => documentForAbsence(Object.fromEntries([["departure", "2024-03-10"], ["expectedReturn", null], ["placeFixed", true], ...Array.from({ length: MANY }, (_, i) => [`typo${i}`, true])]) as never),
  ],
  ["evaluationGrade, 100,000 reports with impossible dates", () => evaluationGrade({ ...(record as NonNullable<typeof record>), reports: new Array<string>(MANY).fill("2024-13-01") })],
  ["evaluationCohort, 100,000 members that are not records", () => evaluationCohort({ members: new Array(MANY).fill(null) })],
  ["scheduleToICalendar, 100,000 obligations that are not obligations", () => scheduleToICalendar(new Array(MANY).fill(null), { stampedOn: "2024-01-01" })],
  ["validateInput, 100,000 impossible dates", () => validateInput("caller", z.array(CalendarDateSchema), new Array<string>(MANY).fill("2023-02-29"))],
  ["documentForAbsence, a departure of a million characters", () => documentForAbsence({ departure: "9".repeat(1_000_000), expectedReturn: null, placeFixed: true })],
  ["documentForAbsence, an unknown key of a million characters", () => documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: true, ["k".repeat(1_000_000)]: 1 } as never)],
  ["liaisonAssignment, an id of a million characters repeated", () => liaisonAssignment({ mobileMembers: ["标".repeat(1_000_000), "标".repeat(1_000_000)], officers: [] })],
];

describe(`the message of an error stays under ${MESSAGE_BOUND} bytes whatever the size of the input`, () => {
  it.each(HUGE)("%s", (what, call) => {
    const called = attempt(call);
    if (called.kind !== "refused") defect(`${what}: expected RuleInputError, got ${called.kind === "threw" ? describeThrown(called.error) : "a result"}`);
    const bytes = Buffer.byteLength(called.error.message, "utf8");
    if (bytes > MESSAGE_BOUND) defect(`${what}: the message is ${bytes} bytes, over the bound of ${MESSAGE_BOUND}`);
  });
});
