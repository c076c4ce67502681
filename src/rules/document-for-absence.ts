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
 *   place and a known time is the activity card's (Q4). A "not relatively fixed" place is
 *   treated as an uncertain one.
 * - Every outcome is "一般应当": a documented override with a reason may replace it (Q5).
 *
 * @module
 */
import { match } from "ts-pattern";
import { z } from "zod";
import {
  RuleDateSchema,
  formatFromDayNumber,
  toDayNumber,
  type CalendarDate,
} from "../calendar/date.js";
import {
  periodLastDayNumber,
  relationOf,
  type PeriodRelation,
} from "../calendar/periods.js";
import {
  runRule,
  type Decision,
  type Reasoning,
} from "../decision/decision.js";
import { addBilingualIssue, readInput, type Bilingual } from "../errors.js";
import {
  overridableRuleOptionsSchema,
  type OverridableRuleOptions,
} from "../interpretations/options.js";
import { DUTIES, DutyIdSchema, dutyLine, type DutyId } from "./duties.js";
import { deepFreeze } from "../frozen.js";

/** The document a member carries when away (二（一）1). */
export type AbsenceDocument = "transfer-letter" | "certificate-letter" | "activity-card";

/** Every {@link AbsenceDocument}. */
export const ABSENCE_DOCUMENTS = [
  "transfer-letter",
  "certificate-letter",
  "activity-card",
] as const satisfies readonly AbsenceDocument[];

/** The documents' names. */
export const ABSENCE_DOCUMENT_NAMES: { readonly [Document in AbsenceDocument]: Bilingual } = {
  "transfer-letter": { zh: "组织关系介绍信", en: "organizational-relationship transfer letter" },
  "certificate-letter": { zh: "党员证明信", en: "Party membership certificate letter" },
  "activity-card": { zh: "《流动党员活动证》", en: "Mobile Party Member Activity Card" },
};

/** The facts of an absence. */
export interface Absence {
  /** The day the member leaves, `YYYY-MM-DD`. */
  readonly departure: CalendarDate;
  /** The day the member is expected back, on or after `departure`; `null` when the time of the absence is uncertain. */
  readonly expectedReturn: CalendarDate | null;
  /** Whether the place of absence or the workplace is relatively fixed (外出地点或工作单位相对固定). */
  readonly placeFixed: boolean;
}

/** The outcome of {@link documentForAbsence}. */
export type DocumentForAbsenceOutcome = {
  /** The document the member carries. */
  readonly document: AbsenceDocument;
  /** The duties that come with it (2.1.2) and with every mobility (1.2.2): see `DUTIES`. */
  readonly duties: readonly DutyId[];
};

/** The zod schema of {@link DocumentForAbsenceOutcome}, for checking a stored decision. */
export const DocumentForAbsenceOutcomeSchema: z.ZodType<DocumentForAbsenceOutcome> = z.strictObject({
  document: z.enum(ABSENCE_DOCUMENTS),
  duties: z.array(DutyIdSchema),
});

/** Options of {@link documentForAbsence}: interpretation choices, and a documented override of the document (Q5). */
export type DocumentForAbsenceOptions = OverridableRuleOptions<AbsenceDocument>;

const absenceShape = z.strictObject({
  departure: RuleDateSchema,
  expectedReturn: RuleDateSchema.nullable(),
  placeFixed: z.boolean(),
});

/** A return before the departure is a contradiction, never a short absence. @internal */
export function checkReturnAfterDeparture(
  ctx: { value: { departure: string; expectedReturn: string | null }; issues: unknown[] },
  path: readonly (string | number)[],
): void {
  const { departure, expectedReturn } = ctx.value;
  if (expectedReturn !== null && expectedReturn < departure) {
    addBilingualIssue(ctx, {
      code: "inconsistent",
      path: [...path, "expectedReturn"],
      message: {
        zh: "预计返回日期早于外出日期",
        en: "the expected return is before the departure",
      },
    });
  }
}

/**
 * The zod schema of {@link Absence}. An expected return before the departure is refused.
 * (`YYYY-MM-DD` strings of valid dates compare in calendar order.)
 */
export const AbsenceSchema: z.ZodType<Absence> = absenceShape.check((ctx) =>
  checkReturnAfterDeparture(ctx, []),
);

const OptionsSchema = overridableRuleOptionsSchema(z.enum(ABSENCE_DOCUMENTS));

const QUESTION: Bilingual = {
  zh: "党员外出，应当开具或持有何种证明？",
  en: "Which document does a member carry when away?",
};

const RELATION_WORDS: { readonly [R in PeriodRelation]: Bilingual } = {
  shorter: { zh: "不满6个月", en: "less than 6 months" },
  exact: { zh: "恰好6个月（期间届满）", en: "exactly 6 months (the period has just run out)" },
  longer: { zh: "超过6个月", en: "more than 6 months" },
};

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

/** The full outcome for a document: the document and its duties. @internal */
export function documentOutcome(document: AbsenceDocument): DocumentForAbsenceOutcome {
  return { document, duties: DUTIES_OF[document] };
}

function yes(value: boolean): Bilingual {
  return value ? { zh: "是", en: "yes" } : { zh: "否", en: "no" };
}

/** Measures the absence against six months (民法典 第201–202条, Q2, Q14). */
function measureAbsence(
  absence: Absence,
  reasoning: Reasoning,
): PeriodRelation | "unknown" {
  if (absence.expectedReturn === null) {
    reasoning.step({
      check: "absence-time-known",
      citation: "2.1.1",
      facts: { expectedReturn: null },
      result: false,
      text: {
        zh: "没有预计返回日期：外出时间不确定",
        en: "No expected return date: the time of the absence is uncertain",
      },
    });
    return "unknown";
  }
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const departure = toDayNumber(absence.departure, ["departure"]);
  const back = toDayNumber(absence.expectedReturn, ["expectedReturn"]);
  const end = periodLastDayNumber("documentForAbsence", departure, { months: 6 }, { measure, missingDay });
  const relation = relationOf(back, end.day);
  const lastDay = formatFromDayNumber(end.day);
  if (end.clamped) {
    reasoning.contest("Q14.missing-corresponding-day", {
      zh: `外出之日 ${absence.departure} 在6个月后的月份没有对应日`,
      en: `the departure day ${absence.departure} has no corresponding day six months later`,
    });
  }
  reasoning.step({
    check: "absence-length",
    citation: measure === "calendar-months" ? "civil-code:202" : "civil-code:204",
    facts: { departure: absence.departure, expectedReturn: absence.expectedReturn },
    result: relation,
    text: {
      zh: `自 ${absence.departure} 外出（当日不计入），6个月期间至 ${lastDay} 届满${end.clamped ? "（到期月无对应日）" : ""}；预计 ${absence.expectedReturn} 返回，外出时间${RELATION_WORDS[relation].zh}`,
      en: `Away from ${absence.departure} (not counted), six months run to ${lastDay}${end.clamped ? " (no corresponding day that month)" : ""}; back on ${absence.expectedReturn}: ${RELATION_WORDS[relation].en}`,
    },
  });
  return relation;
}

function conclude(reasoning: Reasoning, document: AbsenceDocument, text: Bilingual): AbsenceDocument {
  reasoning.step({ check: "document", citation: "2.1.1", facts: {}, result: document, text });
  return document;
}

/**
 * The decision logic of 2.1.1, shared with resolveReceivingOrg (2.1.6 sends some
 * retirees' relationships "by duration and workplace", that is by 2.1.1).
 * @internal
 */
export function decideDocument(absence: Absence, reasoning: Reasoning): AbsenceDocument {
  reasoning.step({
    check: "place-fixed",
    citation: "2.1.1",
    facts: { placeFixed: absence.placeFixed },
    result: absence.placeFixed,
    text: {
      zh: `外出地点或工作单位相对固定：${yes(absence.placeFixed).zh}`,
      en: `Place of absence or workplace relatively fixed: ${yes(absence.placeFixed).en}`,
    },
  });
  const length = measureAbsence(absence, reasoning);
  const name = ABSENCE_DOCUMENT_NAMES;
  const onlyOneUncertain = (what: Bilingual) =>
    reasoning.contest("Q3.place-or-time-uncertain", {
      zh: `只有${what.zh}不确定`,
      en: `only the ${what.en} is uncertain`,
    });
  const PLACE: Bilingual = { zh: "地点", en: "place" };
  const TIME: Bilingual = { zh: "时间", en: "time" };

  return match([absence.placeFixed, length] as const)
    .with([true, "longer"], () =>
      conclude(reasoning, "transfer-letter", {
        zh: `地点相对固定、外出6个月以上：一般应当开具${name["transfer-letter"].zh}`,
        en: `Fixed place and 6 months or more: generally an ${name["transfer-letter"].en}`,
      }),
    )
    .with([true, "exact"], () => {
      reasoning.cite("civil-code:1259");
      const reading = reasoning.contest("Q1.six-month-boundary", {
        zh: "外出恰好6个月：既是“6个月以上”，也是“6个月以内”",
        en: "exactly 6 months away: both \"6 months or more\" and \"within 6 months\"",
      });
      return match(reading)
        .with("exactly-six-months-is-at-least", () =>
          conclude(reasoning, "transfer-letter", {
            zh: `恰好6个月按“6个月以上”（解释 Q1）：一般应当开具${name["transfer-letter"].zh}`,
            en: `Exactly 6 months read as "6 months or more" (Q1): generally an ${name["transfer-letter"].en}`,
          }),
        )
        .with("exactly-six-months-is-within", () =>
          conclude(reasoning, "certificate-letter", {
            zh: `恰好6个月按“6个月以内”（解释 Q1）：一般应当开具${name["certificate-letter"].zh}`,
            en: `Exactly 6 months read as "within 6 months" (Q1): generally a ${name["certificate-letter"].en}`,
          }),
        )
        .exhaustive();
    })
    .with([true, "shorter"], () =>
      conclude(reasoning, "certificate-letter", {
        zh: `外出6个月以内：一般应当开具${name["certificate-letter"].zh}`,
        en: `Within 6 months: generally a ${name["certificate-letter"].en}`,
      }),
    )
    .with([true, "unknown"], () =>
      match(onlyOneUncertain(TIME))
        .with("either-uncertain", () =>
          conclude(reasoning, "activity-card", {
            zh: `外出时间不确定（地点、时间任一不确定即可，解释 Q3）：一般应当持${name["activity-card"].zh}`,
            en: `Time uncertain (either uncertain suffices, Q3): generally the ${name["activity-card"].en}`,
          }),
        )
        .with("both-uncertain", () =>
          // Neither letter can be issued without a known length, so the card is the
          // only document the text leaves: both readings agree here.
          conclude(reasoning, "activity-card", {
            zh: `只有时间不确定（解释 Q3：须地点、时间都不确定）；两种证明信都以外出时间为条件，无从开具，仍持${name["activity-card"].zh}`,
            en: `Only the time is uncertain (Q3: both must be); both letters depend on the length, which is unknown, so still the ${name["activity-card"].en}`,
          }),
        )
        .exhaustive(),
    )
    .with([false, "unknown"], () =>
      conclude(reasoning, "activity-card", {
        zh: `外出地点、时间都不确定：一般应当持${name["activity-card"].zh}`,
        en: `Place and time both uncertain: generally the ${name["activity-card"].en}`,
      }),
    )
    .with([false, "shorter"], [false, "exact"], () =>
      match(onlyOneUncertain(PLACE))
        .with("either-uncertain", () =>
          conclude(reasoning, "activity-card", {
            zh: `外出地点不固定（地点、时间任一不确定即可，解释 Q3）：一般应当持${name["activity-card"].zh}`,
            en: `Place not fixed (either uncertain suffices, Q3): generally the ${name["activity-card"].en}`,
          }),
        )
        .with("both-uncertain", () =>
          conclude(reasoning, "certificate-letter", {
            zh: `只有地点不确定（解释 Q3：须地点、时间都不确定）；外出6个月以内：一般应当开具${name["certificate-letter"].zh}`,
            en: `Only the place is uncertain (Q3: both must be); within 6 months: generally a ${name["certificate-letter"].en}`,
          }),
        )
        .exhaustive(),
    )
    .with([false, "longer"], () =>
      match(onlyOneUncertain(PLACE))
        .with("either-uncertain", () =>
          conclude(reasoning, "activity-card", {
            zh: `外出地点不固定（地点、时间任一不确定即可，解释 Q3）：一般应当持${name["activity-card"].zh}`,
            en: `Place not fixed (either uncertain suffices, Q3): generally the ${name["activity-card"].en}`,
          }),
        )
        .with("both-uncertain", () => {
          const reading = reasoning.contest("Q4.long-absence-place-not-fixed", {
            zh: "外出6个月以上但地点不固定：条文第一种情形要求地点固定",
            en: "6 months or more with no fixed place: the first case needs a fixed place",
          });
          const document = match(reading)
            .with("activity-card", () => "activity-card" as const)
            .with("certificate-letter", () => "certificate-letter" as const)
            .exhaustive();
          return conclude(reasoning, document, {
            zh: `外出6个月以上、地点不固定、时间确定，条文未作规定（解释 Q4）：${name[document].zh}`,
            en: `6 months or more, no fixed place, known time: the text is silent (Q4): ${name[document].en}`,
          });
        })
        .exhaustive(),
    )
    .exhaustive();
}

/** Records the duties that follow, one step for each clause that sets some of them. @internal */
export function recordDuties(reasoning: Reasoning, duties: readonly DutyId[]): void {
  const clauses = [...new Set(duties.map((id) => DUTIES[id].clause))];
  for (const clause of clauses) {
    const here = duties.filter((id) => DUTIES[id].clause === clause);
    const lines = here.map(dutyLine);
    reasoning.step({
      check: `duties-${clause}`,
      citation: clause,
      facts: {},
      result: here,
      text: {
        zh: `随之而来的义务：${lines.map((l) => l.zh).join("；")}`,
        en: `Duties that follow: ${lines.map((l) => l.en).join("; ")}`,
      },
    });
  }
}

function summarize(outcome: DocumentForAbsenceOutcome): Bilingual {
  const name = ABSENCE_DOCUMENT_NAMES[outcome.document];
  return outcome.document === "activity-card"
    ? { zh: `持${name.zh}`, en: `carry the ${name.en}` }
    : { zh: `开具${name.zh}`, en: `issue ${/^[aeiou]/i.test(name.en) ? "an" : "a"} ${name.en}` };
}

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = {
  rule: "documentForAbsence",
  question: QUESTION,
  decide(absence: Absence, reasoning: Reasoning): DocumentForAbsenceOutcome {
    const outcome = documentOutcome(decideDocument(absence, reasoning));
    recordDuties(reasoning, outcome.duties);
    return outcome;
  },
  summarize,
};

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
 * @clause 2.1.1
 * @clause 2.1.2
 * @clause 1.2.2
 * @clause 2.2.3
 * @clause 3.1
 *
 * @param absence - the departure, the expected return (`null` if uncertain) and whether the place is relatively fixed
 * @param options - interpretation choices (Q1, Q2, Q3, Q4, Q14) and an optional documented override (Q5)
 * @returns the decision: the document and its duties, with citations, trace and interpretations
 * @throws {@link RuleInputError} for invalid facts (an impossible date, a return before the departure, a missing field) or options
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
 */
export function documentForAbsence(
  absence: Absence,
  options: DocumentForAbsenceOptions = {},
): Decision<DocumentForAbsenceOutcome> {
  const facts = readInput("documentForAbsence", AbsenceSchema, absence);
  const { interpretations, override } = readInput("documentForAbsence", OptionsSchema, options);
  return runRule(DEFINITION, facts, interpretations, () => ({
    override: override && { outcome: documentOutcome(override.outcome), reason: override.reason },
    clause: "2.1.1",
  }));
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [ABSENCE_DOCUMENTS, ABSENCE_DOCUMENT_NAMES]) deepFreeze(table);
