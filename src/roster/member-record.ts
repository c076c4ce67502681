/**
 * A member as a records system keeps them: an id, a branch, and the blocks of facts each
 * rule reads. The blocks are the rules' own input schemas (`RULES.x.input`), so a field is
 * declared once, in its rule, and a record refused here is refused for the rule's reasons.
 *
 * @module
 */
import { z } from "zod";
import type { RuleOutcomes } from "../locales/catalog.js";
import { addBilingualIssue } from "../errors.js";
import { deepFreeze } from "../frozen.js";
import { RuleDateSchema } from "../calendar/date.js";
import { MemberIdSchema, NonBlankTextSchema } from "../input/text.js";
import { bilingual } from "../locales/index.js";
import type { AbsenceDocument } from "../rules/document-for-absence.js";
import { RULES } from "../rules/registry.js";
import { privateSchema } from "../input/private-schema.js";

// 2.2's schedule is worked out for an absence: its departure is the absence's and its
// document is the one 2.1.1 gives, so the record holds neither a second time.
const { document: _document, departure: _departure, ...scheduleShape } = RULES.reportingSchedule.input.shape;

/** The schedule's own facts: {@link ScheduleFacts} without the departure and the document, which the absence gives. */
const ScheduleBlockSchema = z.strictObject(scheduleShape);

// Any document will do to run the schedule's own checks on the block: none of them reads it.
const ANY_DOCUMENT: AbsenceDocument = "certificate-letter";

// The schedule rule's input schema, as the library's own copy: a caller's writes into
// `RULES.reportingSchedule.input` do not change what a record's schedule block accepts.
const ownScheduleInputSchema = privateSchema(RULES.reportingSchedule.input);

/**
 * The zod schema of a member's record: `id` and `branch`; the organ Party committee the
 * branch belongs to (`committee`, for the committee's counts); the member's office in the
 * branch (`role`: the secretary or a branch committee member, who may be named liaisons,
 * 3.2.1); the member's liaison, once named (`liaison`, an officer's id); the day the
 * absence's document was issued (`documentIssuedOn`; `null` or left out: not yet); and an optional
 * block of facts for each rule the record can be decided by:
 *
 * - `absence`: documentForAbsence's {@link Absence};
 * - `management`: managementMode's {@link ManagementFacts};
 * - `situation`: resolveReceivingOrg's {@link MemberSituation};
 * - `schedule`: reportingSchedule's {@link ScheduleFacts} without `departure` (the
 *   absence's) and `document` (the one documentForAbsence gives); it needs `absence`;
 * - `appraisal`: evaluationGrade's {@link AppraisalRecord}.
 *
 * Each block is checked by its rule's own schema, checks included; a field the schema does
 * not know is refused, as the rules refuse it.
 */
export const MemberRecordSchema = z
  .strictObject({
    id: MemberIdSchema,
    branch: NonBlankTextSchema,
    committee: NonBlankTextSchema.optional(),
    role: z.enum(["secretary", "committee-member"]).optional(),
    liaison: MemberIdSchema.optional(),
    documentIssuedOn: RuleDateSchema.nullable().optional(),
    absence: RULES.documentForAbsence.input.optional(),
    management: RULES.managementMode.input.optional(),
    situation: RULES.resolveReceivingOrg.input.optional(),
    schedule: ScheduleBlockSchema.optional(),
    appraisal: RULES.evaluationGrade.input.optional(),
  })
  .check((ctx) => {
    const { absence, schedule } = ctx.value;
    if (schedule === undefined) return;
    if (absence === undefined) {
      addBilingualIssue(ctx, { code: "missing", path: ["absence"], message: bilingual("roster.error.schedule-needs-absence") });
      return;
    }
    // The schedule's own checks (a return before the departure, an empty period, a record
    // after asOf), on the facts the rule will be given, reported inside the block.
    const checked = ownScheduleInputSchema().safeParse({ ...schedule, departure: absence.departure, document: ANY_DOCUMENT });
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      ctx.issues.push({ ...issue, input: undefined, path: ["schedule", ...issue.path] } as (typeof ctx.issues)[number]);
    }
  });

/** A member's record, as {@link MemberRecordSchema} validates it. */
export type MemberRecord = z.output<typeof MemberRecordSchema>;

/**
 * The rules a member's record is decided by, in the order of `RULES`. The other two,
 * `liaisonAssignment` and `evaluationCohort`, decide a branch, not a member: the roster's
 * worklist runs the liaison rule per branch.
 *
 * @example
 * ```ts
 * import { ROSTER_RULE_NAMES } from "mobile-member-rules";
 * ROSTER_RULE_NAMES.includes("reportingSchedule"); // true
 * ```
 */
export const ROSTER_RULE_NAMES = deepFreeze(["documentForAbsence", "managementMode", "resolveReceivingOrg", "evaluationGrade", "reportingSchedule"] as const);

/** The rules a record is decided by, in the order of `RULES`. */
export type RosterRuleName = (typeof ROSTER_RULE_NAMES)[number];

/** The outcomes of a member's record, by rule: only the rules that apply. */
export type RosterOutcomes = { -readonly [Name in RosterRuleName]?: RuleOutcomes[Name] };

/**
 * One rule a record is decided by: the block its input comes from (where an issue with
 * the input is reported), and the input, derived from the record and the outcomes decided
 * before it.
 */
export type RuleCall = {
  [Name in RosterRuleName]: {
    /** The rule. */
    readonly rule: Name;
    /** The block of the record its input comes from. */
    readonly block: keyof MemberRecord & string;
    /** Whether its input is derived from an earlier rule's outcome. */
    readonly chained: boolean;
    /** The input, or `undefined` when an earlier rule it is chained on gave no outcome. */
    readonly input: (decided: RosterOutcomes) => z.input<(typeof RULES)[Name]["input"]> | undefined;
  };
}[RosterRuleName];

/**
 * The rules that apply to a record, each with its input derived from the record, in the
 * order they are to be decided: reportingSchedule last, on the document documentForAbsence
 * gave. @internal
 */
export function rulesFor(record: MemberRecord): readonly RuleCall[] {
  const calls: RuleCall[] = [];
  const { absence, management, situation, appraisal, schedule } = record;
  if (absence !== undefined) calls.push({ rule: "documentForAbsence", block: "absence", chained: false, input: () => absence });
  if (management !== undefined) calls.push({ rule: "managementMode", block: "management", chained: false, input: () => management });
  if (situation !== undefined) calls.push({ rule: "resolveReceivingOrg", block: "situation", chained: false, input: () => situation });
  if (appraisal !== undefined) calls.push({ rule: "evaluationGrade", block: "appraisal", chained: false, input: () => appraisal });
  if (schedule !== undefined && absence !== undefined) {
    calls.push({
      rule: "reportingSchedule",
      block: "schedule",
      chained: true,
      input: (decided) => {
        const document = decided.documentForAbsence?.document;
        return document === undefined ? undefined : { ...schedule, departure: absence.departure, document };
      },
    });
  }
  return calls;
}

declare module "../locales/catalog.js" {
  interface Messages {
    /** A member's record has a schedule and no absence to work it out for. */
    "roster.error.schedule-needs-absence": Record<never, never>;
    /** What was given as a roster is not a list of records (an iterable or an async iterable). */
    "roster.error.not-a-roster": Record<never, never>;
    /** A roster analysis's members were read a second time, or its worklist asked for after they were left unfinished. */
    "roster.error.read-once": Record<never, never>;
    /** Two worklists of different days were merged. */
    "roster.error.different-days": Record<never, never>;
  }
}
