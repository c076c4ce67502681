/**
 * # 二（一）1 — which document a member carries when away
 *
 * **[2.1.1]** 1、党员外出地点或工作单位相对固定,外出时间在6个月以上的,一般应当开具组织关系介绍信;
 * 外出时间在6个月以内的,一般应当开具党员证明信;外出地点、时间不确定的,一般应当持《流动党员活动证》。
 *
 * > Where the member's place of absence or workplace is relatively fixed and the absence
 * > is 6 months or more, an organizational-relationship transfer letter should generally
 * > be issued; where the absence is within 6 months, a Party membership certificate letter
 * > should generally be issued; where the place or time of absence is uncertain, the
 * > member should generally carry a Mobile Party Member Activity Card.
 *
 * **[2.1.2]** (the duties the card carries) 《流动党员活动证》经流出地机关党委盖章后,由党支部登记发放。
 * 流入地党支部要及时验证并报上级党组织备案。《流动党员活动证》由流动党员正式组织关系所在党支部每年审核一次。
 * 流动党员无正当理由不及时办理组织关系转接事宜、长期不与流入地和流出地党组织联系的,党组织要进行批评教育。……
 *
 * > The card is stamped by the outflow organ Party committee and registered and issued by
 * > the branch; the inflow branch verifies it promptly and files it with its superior; the
 * > branch holding the formal relationship reviews it once a year. A member who without
 * > proper reason does not arrange the transfer promptly, or is long out of contact with
 * > both organizations, is criticized and educated. …
 *
 * **[1.2.2]** (duties of both organizations, for every mobile member) 流出地党组织要对流动党员登记造册,
 * 掌握去向,……并向所去地方、单位党组织通报……;流入地党组织要主动与流出地党组织保持经常联系……
 *
 * **[2.2.3]** 流动党员原所在单位党组织,有条件的要采取定期寄发学习资料,或者利用书信、电话等方式加强联系。……
 * (the home organization sends study materials, where conditions allow)
 *
 * **[3.1]** ……有关部门在流动人员登记备案中,要增加“政治面貌”内容。 (registrations of mobile persons
 * record "political status")
 *
 * ## Readings
 * - "6个月以上" and "6个月以内" both include exactly six months (民法典 第1259条): Q1 decides,
 *   and the decision is marked ambiguous with the other document.
 * - Months are counted by 民法典 第201–202条 (Q2); where the return date is the last day
 *   only because the month had no corresponding day, Q14 is contested too.
 * - "地点、时间不确定" is read as place *or* time uncertain (Q3); a long absence with no fixed
 *   place and a known time is the activity card's (Q4). Both are consulted wherever the
 *   facts are theirs, whatever the other says: exactly six months with no fixed place is
 *   on Q1's boundary too, and six months or more with no fixed place is always Q4's
 *   question, so an auditor listing decisions by interpretation finds every one.
 * - A place that is not relatively fixed is treated as an uncertain one (Q23): recorded
 *   where the input does not say whether the place is known, contested where it says the
 *   place is known but shifting (`placeKnown: true`); a place not known at all is uncertain
 *   in fact.
 * - An absence with no planned return (`expectedReturn: "open-ended"`) is six months or
 *   more (Q24), contested wherever it arises.
 * - Every outcome is "一般应当": a documented override with a reason may replace it (Q5).
 *
 * @module
 */
import { z } from "zod";
import { RuleDateSchema, formatFromDayNumber, dayNumberOf, type CalendarDate } from "../calendar/date.js";
import { periodLastDayNumber, relationOf, type PeriodRelation } from "../calendar/periods.js";
import type { CitationId } from "../clauses/citation.js";
import type { ClauseId } from "../clauses/opinion.js";
import type { Recorder } from "../decision/decision.js";
import { defineRule } from "../decision/rule.js";
import { addBilingualIssue, failInput } from "../errors.js";
import { deepFreeze } from "../frozen.js";
import { bilingual, termsInBothLanguages, type Bilingual, type FieldWordIds } from "../locales/index.js";
import { alternativeInForce, type InterpretationChoices, type OverridableRuleOptions } from "../interpretations/options.js";
import { DutyIdSchema, clausesOfDuties, type DutyId } from "./duties.js";

/** The document a member carries when away (二（一）1). */
export type AbsenceDocument = "transfer-letter" | "certificate-letter" | "activity-card";

/** Every {@link AbsenceDocument}. */
export const ABSENCE_DOCUMENTS = [
  "transfer-letter",
  "certificate-letter",
  "activity-card",
] as const satisfies readonly AbsenceDocument[];

/** The documents' names, in Chinese and English (from the catalogs). */
export const ABSENCE_DOCUMENT_NAMES: { readonly [Document in AbsenceDocument]: Bilingual } = termsInBothLanguages("documents");

/** The facts of an absence. */
export interface Absence {
  /** The day the member leaves, `YYYY-MM-DD`. */
  readonly departure: CalendarDate;
  /**
   * When the member is expected back:
   * - a date, on or after `departure`;
   * - `"open-ended"`: the member goes with no plan to return (a secondment or a job
   *   elsewhere with no end date); whether that is "6个月以上" or "时间不确定" is
   *   interpretation Q24;
   * - `null`: the time of the absence is uncertain (not known).
   */
  readonly expectedReturn: CalendarDate | "open-ended" | null;
  /** Whether the place of absence or the workplace is relatively fixed (外出地点或工作单位相对固定). */
  readonly placeFixed: boolean;
  /**
   * Only for a place that is not relatively fixed: whether the place is known all the
   * same (`true`: the member moves between known places, 外出地点已知而不固定) or not known
   * at all (`false`: 外出地点不确定). Whether a known but shifting place is an uncertain
   * place is interpretation Q23. Left out, Q23's default reading treats a place that is
   * not fixed as uncertain; its other reading needs this fact. Never `false` with a fixed
   * place.
   */
  readonly placeKnown?: boolean | undefined;
}

/** The outcome of {@link documentForAbsence}. */
export type DocumentForAbsenceOutcome = {
  /** The document the member carries. */
  readonly document: AbsenceDocument;
  /** The duties that come with it (2.1.2) and with every mobility (1.2.2): see `DUTIES`. */
  readonly duties: readonly DutyId[];
};

/** The zod schema of {@link DocumentForAbsenceOutcome}, for checking a stored decision. */
export const DocumentForAbsenceOutcomeSchema = z.strictObject({
  document: z.enum(ABSENCE_DOCUMENTS),
  duties: z.array(DutyIdSchema).readonly(),
});

/** Options of {@link documentForAbsence}: interpretation choices, and a documented override of the document (Q5). */
export type DocumentForAbsenceOptions = OverridableRuleOptions<AbsenceDocument>;

/** The value of `expectedReturn` for an absence with no planned return (Q24). */
export const OPEN_ENDED = "open-ended";

/**
 * A return before the departure is a contradiction, never a short absence; so is a fixed
 * place said to be unknown. @internal
 */
export function checkReturnAfterDeparture(
  ctx: {
    value: { departure: string; expectedReturn: string | null; placeFixed: boolean; placeKnown?: boolean | undefined };
    issues: unknown[];
  },
  path: readonly (string | number)[],
): void {
  const { departure, expectedReturn, placeFixed, placeKnown } = ctx.value;
  if (expectedReturn !== null && expectedReturn !== OPEN_ENDED && expectedReturn < departure) {
    addBilingualIssue(ctx, { code: "inconsistent", path: [...path, "expectedReturn"], message: bilingual("error.return-before-departure") });
  }
  if (placeFixed && placeKnown === false) {
    addBilingualIssue(ctx, { code: "inconsistent", path: [...path, "placeKnown"], message: bilingual("error.fixed-place-unknown") });
  }
}

/**
 * The zod schema of {@link Absence}. An expected return before the departure is refused.
 * (`YYYY-MM-DD` strings of valid dates compare in calendar order.) A zod object: a records
 * system may `.safeExtend()` it with fields of its own.
 */
export const AbsenceSchema = z
  .strictObject({
    departure: RuleDateSchema,
    expectedReturn: z.union([RuleDateSchema, z.literal(OPEN_ENDED)]).nullable(),
    placeFixed: z.boolean(),
    placeKnown: z.boolean().optional(),
  })
  .check((ctx) => checkReturnAfterDeparture(ctx, []));

/** The interpretations 2.1.1 reads. @internal */
export const DOCUMENT_READS = [
  "Q1.six-month-boundary",
  "Q2.month-measure",
  "Q3.place-or-time-uncertain",
  "Q4.long-absence-place-not-fixed",
  "Q5.generally-should-override",
  "Q14.missing-corresponding-day",
  "Q23.place-not-fixed-is-uncertain",
  "Q24.open-ended-absence",
] as const;

type Reads = (typeof DOCUMENT_READS)[number];
type Reasoning = Recorder<Reads>;

const COMMON_DUTIES: readonly DutyId[] = [
  "keep-contact-with-both-organizations",
  "register-and-track-member",
  "keep-regular-contact-with-outflow-org",
  "send-study-materials",
  "record-political-status",
];

const DUTIES_OF: { readonly [Document in AbsenceDocument]: readonly DutyId[] } = {
  "transfer-letter": ["complete-relationship-transfer", ...COMMON_DUTIES],
  "certificate-letter": COMMON_DUTIES,
  "activity-card": [
    "stamp-activity-card",
    "register-and-issue-activity-card",
    "verify-and-file-activity-card",
    "review-activity-card-yearly",
    ...COMMON_DUTIES,
  ],
};

// The clauses each document's duties cite, worked out once from the duties' own.
const DUTY_CLAUSES_OF = Object.fromEntries(ABSENCE_DOCUMENTS.map((document) => [document, clausesOfDuties(DUTIES_OF[document])])) as {
  readonly [Document in AbsenceDocument]: readonly ClauseId[];
};

/**
 * Q23's other reading tells a known but shifting place from an uncertain one, so it needs
 * to be told which: refused, at `placeKnown`, when a place that is not fixed leaves it out.
 * @internal
 */
export function requirePlaceKnown(
  rule: string,
  absence: Absence,
  choices: InterpretationChoices | undefined,
  path: readonly (string | number)[],
): void {
  if (
    !absence.placeFixed &&
    absence.placeKnown === undefined &&
    alternativeInForce(choices, "Q23.place-not-fixed-is-uncertain") === "known-not-fixed-is-distinct"
  ) {
    failInput(rule, [...path, "placeKnown"], "missing", bilingual("error.place-known-needed"));
  }
}

/** The full outcome for a document: the document and its duties. @internal */
export function documentOutcome(document: AbsenceDocument): DocumentForAbsenceOutcome {
  return { document, duties: DUTIES_OF[document] };
}

/** How long the absence is, against six months: `unknown` when the time is uncertain. */
type Length = PeriodRelation | "unknown";

/** Measures the absence against six months (民法典 第201–202条, Q2, Q14; Q24 for no planned return). */
function measureAbsence(absence: Absence, reasoning: Reasoning): Length {
  const { expectedReturn } = absence;
  // 〔2.1.1〕“外出地点、时间不确定的”: no return date, the time is uncertain.
  if (expectedReturn === null) {
    reasoning.step("absence-time-known", "2.1.1", { expectedReturn: null }, false);
    return "unknown";
  }
  if (expectedReturn === OPEN_ENDED) {
    const reading = reasoning.contest("Q24.open-ended-absence", "reason.open-ended");
    const relation = reading === "six-months-or-more" ? "longer" : "unknown";
    reasoning.step("absence-open-ended", "2.1.1", { expectedReturn }, relation);
    return relation;
  }
  // 〔2.1.1〕“外出时间在6个月以上的”/“外出时间在6个月以内的”: counted by 民法典 第201–202条.
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const departure = dayNumberOf(absence.departure);
  const back = dayNumberOf(expectedReturn);
  const end = periodLastDayNumber("documentForAbsence", departure, { months: 6 }, { measure, missingDay });
  const relation = relationOf(back, end.day);
  if (end.clamped) {
    reasoning.contest("Q14.missing-corresponding-day", "reason.no-corresponding-day", { departure: absence.departure });
  }
  if (reasoning.traced) {
    const citation: CitationId = measure === "calendar-months" ? "civil-code:202" : "civil-code:204";
    const lastDay = formatFromDayNumber(end.day);
    reasoning.step("absence-length", citation, { departure: absence.departure, expectedReturn }, relation, { lastDay, clamped: end.clamped });
  }
  return relation;
}

/**
 * The place, as the text's three cases need it: relatively fixed; uncertain in fact
 * (`unknown`), or not fixed and read as uncertain (`not-fixed`, Q23); or known but not
 * fixed, which under Q23's other reading is neither.
 */
type Place = "fixed" | "unknown" | "not-fixed" | "known-not-fixed";

function placeOf(absence: Absence, reasoning: Reasoning): Place {
  // 〔2.1.1〕“党员外出地点或工作单位相对固定”
  reasoning.step("place-fixed", "2.1.1", { placeFixed: absence.placeFixed }, absence.placeFixed);
  if (absence.placeFixed) return "fixed";
  if (absence.placeKnown === false) {
    reasoning.step("place-known", "2.1.1", { placeKnown: false }, false);
    return "unknown";
  }
  if (absence.placeKnown !== true) {
    // Left out, placeKnown is needed only under Q23's other reading, and the rule refuses
    // the input before deciding; here the place is then taken as uncertain.
    reasoning.interpret("Q23.place-not-fixed-is-uncertain");
    reasoning.step("place-uncertain", "2.1.1", { placeFixed: false }, true, { placeKnown: null });
    return "not-fixed";
  }
  const reading = reasoning.contest("Q23.place-not-fixed-is-uncertain", "reason.known-not-fixed");
  const distinct = reading === "known-not-fixed-is-distinct";
  reasoning.step("place-uncertain", "2.1.1", { placeKnown: true }, !distinct, { placeKnown: true });
  return distinct ? "known-not-fixed" : "not-fixed";
}

/** How the length reads where the document is concluded: in the step's words. */
type LengthWords = "within" | "exact-as-within" | "at-least" | "exact-as-at-least" | "open-ended-at-least";

/** The ways the text's three cases (and the readings where it is silent) conclude. */
type Conclusion =
  | "fixed-at-least"
  | "fixed-within"
  | "time-uncertain"
  | "time-uncertain-only"
  | "place-and-time-uncertain"
  | "place-uncertain"
  | "only-place-uncertain"
  | "only-place-uncertain-long"
  | "known-not-fixed-long";

function conclude(
  reasoning: Reasoning,
  document: AbsenceDocument,
  conclusion: Conclusion,
  place: Place,
  length: LengthWords | null,
): AbsenceDocument {
  reasoning.step("document", "2.1.1", {}, document, { conclusion, place, length });
  return document;
}

/** Exactly six months is on Q1's boundary: "以内" leads one way, "以上" the other. */
function sixMonthsExactly(reasoning: Reasoning): "within" | "at-least" {
  reasoning.cite("civil-code:1259");
  return reasoning.contest("Q1.six-month-boundary", "reason.exactly-six-months") === "exactly-six-months-is-within"
    ? "within"
    : "at-least";
}

/** A place that is uncertain (in fact or by Q23) or not fixed, and six months or more: Q4 and Q3. */
function longWithoutFixedPlace(reasoning: Reasoning, place: Place, length: LengthWords): AbsenceDocument {
  if (place === "known-not-fixed") {
    // Q23's other reading: not an uncertain place, so the card's case is out; the text
    // is silent on a long absence without a fixed place (Q4).
    const document = q4Document(reasoning, length, "contest");
    return conclude(reasoning, document, "known-not-fixed-long", place, length);
  }
  // The facts are Q4's whatever Q3 says, so Q4 is consulted first: an auditor listing
  // decisions by interpretation finds every one. Under Q3's "either" reading Q4 cannot
  // change the outcome, so it is contested only under "both".
  const both = alternativeInForce(reasoning.choices, "Q3.place-or-time-uncertain") === "both-uncertain";
  const q4 = q4Document(reasoning, length, both ? "contest" : "interpret");
  // 〔2.1.1〕“外出地点、时间不确定的,一般应当持《流动党员活动证》”: only the place is (Q3).
  if (reasoning.contest("Q3.place-or-time-uncertain", "reason.only-place-uncertain") === "either-uncertain") {
    return conclude(reasoning, "activity-card", "place-uncertain", place, null);
  }
  return conclude(reasoning, q4, "only-place-uncertain-long", place, length);
}

function q4Document(reasoning: Reasoning, length: LengthWords, how: "contest" | "interpret"): AbsenceDocument {
  const reading =
    how === "contest"
      ? reasoning.contest("Q4.long-absence-place-not-fixed", "reason.long-without-fixed-place", {
          length,
          timeKnown: length !== "open-ended-at-least",
        })
      : reasoning.interpret("Q4.long-absence-place-not-fixed");
  return reading === "activity-card" ? "activity-card" : "certificate-letter";
}

/** A place that is uncertain (in fact or by Q23), within six months: Q3. */
function shortUncertainPlace(reasoning: Reasoning, place: Place, length: LengthWords): AbsenceDocument {
  // 〔2.1.1〕“外出地点、时间不确定的,一般应当持《流动党员活动证》”: only the place is (Q3).
  if (reasoning.contest("Q3.place-or-time-uncertain", "reason.only-place-uncertain") === "either-uncertain") {
    return conclude(reasoning, "activity-card", "place-uncertain", place, null);
  }
  // 〔2.1.1〕“外出时间在6个月以内的,一般应当开具党员证明信”
  return conclude(reasoning, "certificate-letter", "only-place-uncertain", place, length);
}

/**
 * The decision logic of 2.1.1, shared with resolveReceivingOrg (2.1.6 sends some
 * retirees' relationships "by duration and workplace", that is by 2.1.1).
 * @internal
 */
export function decideDocument(absence: Absence, reasoning: Reasoning): AbsenceDocument {
  const place = placeOf(absence, reasoning);
  const length = measureAbsence(absence, reasoning);
  const longer: LengthWords = absence.expectedReturn === OPEN_ENDED ? "open-ended-at-least" : "at-least";
  if (length === "unknown") {
    if (place === "unknown" || place === "not-fixed") {
      // 〔2.1.1〕“外出地点、时间不确定的,一般应当持《流动党员活动证》”
      return conclude(reasoning, "activity-card", "place-and-time-uncertain", place, null);
    }
    // Only the time is uncertain. Both of Q3's readings give the card here — neither
    // letter can be issued without a known length — so Q3 is applied, not contested.
    const reading = reasoning.interpret("Q3.place-or-time-uncertain");
    return conclude(reasoning, "activity-card", reading === "either-uncertain" ? "time-uncertain" : "time-uncertain-only", place, null);
  }
  const exact = length === "exact" ? sixMonthsExactly(reasoning) : null;
  const atLeast = length === "longer" || exact === "at-least";
  const words: LengthWords = length === "longer" ? longer : length === "shorter" ? "within" : exact === "within" ? "exact-as-within" : "exact-as-at-least";
  if (place === "fixed") {
    // 〔2.1.1〕“外出地点或工作单位相对固定,外出时间在6个月以上的,一般应当开具组织关系介绍信”
    if (atLeast) return conclude(reasoning, "transfer-letter", "fixed-at-least", place, words);
    // 〔2.1.1〕“外出时间在6个月以内的,一般应当开具党员证明信”
    return conclude(reasoning, "certificate-letter", "fixed-within", place, words);
  }
  if (atLeast) return longWithoutFixedPlace(reasoning, place, words);
  if (place === "known-not-fixed") {
    // 〔2.1.1〕“外出时间在6个月以内的,一般应当开具党员证明信”
    return conclude(reasoning, "certificate-letter", "fixed-within", place, words);
  }
  return shortUncertainPlace(reasoning, place, words);
}

/**
 * Records the duties that follow as one step: its result the duties, its citation the
 * first clause that sets some of them; every such clause is cited, and the step's words
 * name each duty's clause. A fixed list passes its clauses, worked out once. @internal
 */
export function recordDuties(
  reasoning: Pick<Recorder, "step" | "cite" | "traced">,
  duties: readonly DutyId[],
  clauses?: readonly ClauseId[],
): void {
  if (!reasoning.traced) return;
  const cited = clauses ?? clausesOfDuties(duties);
  // An indexed loop: iterating a frozen list allocates an iterator on every decision.
  for (let index = 0; index < cited.length; index += 1) {
    const clause = cited[index];
    if (clause === undefined) continue;
    if (index === 0) reasoning.step("duties", clause, {}, duties);
    else reasoning.cite(clause);
  }
}

/** The rule's logic on the facts: the document, then its duties. @internal */
export function decideDocumentForAbsence(absence: Absence, reasoning: Reasoning): DocumentForAbsenceOutcome {
  const document = decideDocument(absence, reasoning);
  // The outcome's own frozen list: every decision shares it.
  recordDuties(reasoning, DUTIES_OF[document], DUTY_CLAUSES_OF[document]);
  return documentOutcome(document);
}

/**
 * Which document a member carries when away: an organizational-relationship transfer
 * letter, a membership certificate letter, or the Mobile Party Member Activity Card;
 * with the duties that come with it.
 *
 * The length of the absence is measured from the departure to the expected return by
 * 民法典 第201–202条. An absence of exactly six months is both "6个月以上" and "6个月以内";
 * the default reading (Q1) gives the transfer letter, and the decision is marked
 * ambiguous with the certificate letter as the alternative. So is an absence that is six
 * months only because the final month has no corresponding day (Q14).
 *
 * The function carries its declaration: `documentForAbsence.input` (the schema of
 * {@link Absence}), `.options`, `.outcome`, `.reads` (the interpretations it reads),
 * `.clauses`, and `.decideOutcome`, which gives the outcome alone, without a trace.
 *
 * @clause 2.1.1
 * @clause 2.1.2
 * @clause 1.2.2
 * @clause 2.2.3
 * @clause 3.1
 *
 * @param absence - the departure, the expected return (a date, `"open-ended"` with no planned return, `null` if uncertain), whether the place is relatively fixed and, if not, whether it is known
 * @param options - interpretation choices (Q1, Q2, Q3, Q4, Q14, Q23, Q24) and an optional documented override (Q5)
 * @returns the decision: the document and its duties, with citations, trace and interpretations
 * @throws {@link RuleInputError} for invalid facts (an impossible date, a return before the departure, a fixed place said to be unknown, a missing field) or options (an interpretation this rule does not read among them); under Q23's other reading, for a place that is not fixed without `placeKnown`
 *
 * @example
 * ```ts
 * documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true }).outcome.document;
 * //=> "transfer-letter"
 * documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-06-01", placeFixed: true }).outcome.document;
 * //=> "certificate-letter"
 * documentForAbsence({ departure: "2024-03-10", expectedReturn: null, placeFixed: true }).outcome.document;
 * //=> "activity-card"
 *
 * // Exactly six months: the default reading, marked ambiguous.
 * const exact = documentForAbsence({ departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true });
 * exact.outcome.document; //=> "transfer-letter"
 * exact.ambiguous; //=> true
 * exact.ambiguities[0].alternatives[0].outcome.document; //=> "certificate-letter"
 * ```
 *
 * @function
 */
export const documentForAbsence = defineRule({
  name: "documentForAbsence",
  clauses: ["2.1.1", "2.1.2", "1.2.2", "2.2.3", "3.1"],
  input: AbsenceSchema,
  outcome: DocumentForAbsenceOutcomeSchema,
  reads: DOCUMENT_READS,
  overridable: { clause: "2.1.1", outcome: z.enum(ABSENCE_DOCUMENTS), expand: documentOutcome },
  check: (absence, options) => requirePlaceKnown("documentForAbsence", absence, options.interpretations, []),
  decide: decideDocumentForAbsence,
});

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [ABSENCE_DOCUMENTS, ABSENCE_DOCUMENT_NAMES, DUTIES_OF, DUTY_CLAUSES_OF]) deepFreeze(table);

declare module "../locales/catalog.js" {
  interface RuleOutcomes {
    documentForAbsence: DocumentForAbsenceOutcome;
  }
  interface Terms {
    /** The documents a member carries (二（一）1). */
    readonly documents: { readonly [Document in AbsenceDocument]: string };
  }
  interface Messages {
    "place-fixed": Record<never, never>;
    "place-known": Record<never, never>;
    "place-uncertain": { readonly placeKnown: boolean | null };
    "absence-time-known": Record<never, never>;
    "absence-open-ended": Record<never, never>;
    /** The facts `departure` and `expectedReturn` are the step's own. */
    "absence-length": { readonly lastDay: string; readonly clamped: boolean };
    document: { readonly conclusion: Conclusion; readonly place: Place; readonly length: LengthWords | null };
    duties: Record<never, never>;
    "reason.open-ended": Record<never, never>;
    "reason.no-corresponding-day": { readonly departure: string };
    "reason.known-not-fixed": Record<never, never>;
    "reason.only-place-uncertain": Record<never, never>;
    "reason.long-without-fixed-place": { readonly length: LengthWords; readonly timeKnown: boolean };
    "reason.exactly-six-months": Record<never, never>;
    "error.return-before-departure": Record<never, never>;
    "error.fixed-place-unknown": Record<never, never>;
    "error.place-known-needed": Record<never, never>;
  }
  // The words of the input's fields, for forms and the JSON Schema of scenario files (FieldWordIds).
  interface ToolMessages
    extends FieldWordIds<
      "documentForAbsence",
      {
        departure: never;
        expectedReturn: "null" | "open-ended";
        placeFixed: never;
        placeKnown: never;
      }
    > {}
}

/** The parameters of {@link documentForAbsence}'s steps, for the catalogs. @internal */
export type DocumentConclusion = Conclusion;
/** @internal */
export type DocumentPlace = Place;
/** @internal */
export type DocumentLengthWords = LengthWords;
