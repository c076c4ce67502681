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
import { addBilingualIssue, failInput, readInput, type Bilingual } from "../errors.js";
import type { AlternativeOf } from "../interpretations/registry.js";
import {
  alternativeInForce,
  overridableRuleOptionsSchema,
  type InterpretationChoices,
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
export const DocumentForAbsenceOutcomeSchema: z.ZodType<DocumentForAbsenceOutcome> = z.strictObject({
  document: z.enum(ABSENCE_DOCUMENTS),
  duties: z.array(DutyIdSchema),
});

/** Options of {@link documentForAbsence}: interpretation choices, and a documented override of the document (Q5). */
export type DocumentForAbsenceOptions = OverridableRuleOptions<AbsenceDocument>;

/** The value of `expectedReturn` for an absence with no planned return (Q24). */
export const OPEN_ENDED = "open-ended";

const absenceShape = z.strictObject({
  departure: RuleDateSchema,
  expectedReturn: z.union([RuleDateSchema, z.literal(OPEN_ENDED)]).nullable(),
  placeFixed: z.boolean(),
  placeKnown: z.boolean().optional(),
});

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
    addBilingualIssue(ctx, {
      code: "inconsistent",
      path: [...path, "expectedReturn"],
      message: {
        zh: "预计返回日期早于外出日期",
        en: "the expected return is before the departure",
      },
    });
  }
  if (placeFixed && placeKnown === false) {
    addBilingualIssue(ctx, {
      code: "inconsistent",
      path: [...path, "placeKnown"],
      message: {
        zh: "外出地点相对固定的，不能同时说地点不确定",
        en: "a relatively fixed place cannot also be unknown",
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
  exact: { zh: "恰好6个月", en: "exactly 6 months (the period has just run out)" },
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
    failInput(rule, [...path, "placeKnown"], "missing", {
      zh: "选定解释二十三“外出地点已知而不固定的，不属地点不确定”的，外出地点不固定时须说明地点是否已知",
      en: "Q23's reading \"known-not-fixed-is-distinct\" needs to know, for a place that is not fixed, whether it is known",
    });
  }
}

/** The full outcome for a document: the document and its duties. @internal */
export function documentOutcome(document: AbsenceDocument): DocumentForAbsenceOutcome {
  return { document, duties: DUTIES_OF[document] };
}

function yes(value: boolean): Bilingual {
  return value ? { zh: "是", en: "yes" } : { zh: "否", en: "no" };
}

/** A date as a Chinese sentence writes it: `2024-03-10` → 2024年3月10日. @internal */
export function zhDate(date: CalendarDate): string {
  const [year, month, day] = date.split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Measures the absence against six months (民法典 第201–202条, Q2, Q14; Q24 for no planned return). */
function measureAbsence(
  absence: Absence,
  reasoning: Reasoning,
): PeriodRelation | "unknown" {
  const { expectedReturn } = absence;
  if (expectedReturn === null) {
    reasoning.step({
      check: "absence-time-known",
      citation: "2.1.1",
      facts: { expectedReturn: null },
      result: false,
      text: {
        zh: "未定返回日期：外出时间不确定",
        en: "No expected return date: the time of the absence is uncertain",
      },
    });
    return "unknown";
  }
  if (expectedReturn === OPEN_ENDED) {
    const reading = reasoning.contest("Q24.open-ended-absence", {
      zh: "外出没有返回计划：既无确定的返回日期，又属长期外出",
      en: "no plan to return: no return date, yet a long absence",
    });
    const relation = match(reading)
      .with("six-months-or-more", () => "longer" as const)
      .with("time-uncertain", () => "unknown" as const)
      .exhaustive();
    reasoning.step({
      check: "absence-open-ended",
      citation: "2.1.1",
      facts: { expectedReturn },
      result: relation,
      text:
        relation === "longer"
          ? { zh: "外出没有返回计划，按外出6个月以上处理（解释二十四）", en: "No plan to return: treated as 6 months or more (Q24)" }
          : { zh: "外出没有返回计划，按外出时间不确定处理（解释二十四）", en: "No plan to return: treated as time uncertain (Q24)" },
    });
    return relation;
  }
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const departure = toDayNumber(absence.departure, ["departure"]);
  const back = toDayNumber(expectedReturn, ["expectedReturn"]);
  const end = periodLastDayNumber("documentForAbsence", departure, { months: 6 }, { measure, missingDay });
  const relation = relationOf(back, end.day);
  const lastDay = formatFromDayNumber(end.day);
  if (end.clamped) {
    reasoning.contest("Q14.missing-corresponding-day", {
      zh: `外出之日${zhDate(absence.departure)}在6个月后的月份没有对应日`,
      en: `the departure day ${absence.departure} has no corresponding day six months later`,
    });
  }
  reasoning.step({
    check: "absence-length",
    citation: measure === "calendar-months" ? "civil-code:202" : "civil-code:204",
    facts: { departure: absence.departure, expectedReturn },
    result: relation,
    text: {
      zh: `${zhDate(absence.departure)}外出（当日不计入），6个月期间至${zhDate(lastDay)}届满${end.clamped ? "（到期月无对应日）" : ""}；预计${zhDate(expectedReturn)}返回，外出时间${RELATION_WORDS[relation].zh}`,
      en: `Away from ${absence.departure} (not counted), six months run to ${lastDay}${end.clamped ? " (no corresponding day that month)" : ""}; back on ${expectedReturn}: ${RELATION_WORDS[relation].en}`,
    },
  });
  return relation;
}

/**
 * The place, as the text's three cases need it: relatively fixed; uncertain (in fact, or
 * a place that is not fixed read as uncertain, Q23); or known but not fixed, which under
 * Q23's other reading is neither.
 */
type Place =
  | { readonly kind: "fixed" }
  | { readonly kind: "uncertain"; readonly words: Bilingual }
  | { readonly kind: "known-not-fixed" };

const PLACE_NOT_FIXED: Bilingual = { zh: "外出地点不固定", en: "the place is not fixed" };
const PLACE_UNCERTAIN: Bilingual = { zh: "外出地点不确定", en: "the place is uncertain" };

function placeOf(absence: Absence, reasoning: Reasoning): Place {
  if (absence.placeFixed) return { kind: "fixed" };
  if (absence.placeKnown === false) {
    reasoning.step({
      check: "place-known",
      citation: "2.1.1",
      facts: { placeKnown: false },
      result: false,
      text: { zh: "外出地点不确定（地点不知道）", en: "The place is uncertain (not known)" },
    });
    return { kind: "uncertain", words: PLACE_UNCERTAIN };
  }
  const known = absence.placeKnown === true;
  const reading = known
    ? reasoning.contest("Q23.place-not-fixed-is-uncertain", {
        zh: "外出地点已知而不固定",
        en: "the place is known but not fixed",
      })
    : reasoning.interpret("Q23.place-not-fixed-is-uncertain");
  // Left out, placeKnown is needed only under Q23's other reading, and the rule refuses
  // the input before deciding; here the place is then taken as uncertain.
  const distinct = known && reading === "known-not-fixed-is-distinct";
  reasoning.step({
    check: "place-uncertain",
    citation: "2.1.1",
    facts: known ? { placeKnown: true } : { placeFixed: false },
    result: !distinct,
    text: distinct
      ? { zh: "外出地点已知而不固定，不属地点不确定（解释二十三）", en: "The place is known but not fixed, which is not an uncertain place (Q23)" }
      : known
        ? { zh: "外出地点已知而不固定，按地点不确定处理（解释二十三）", en: "The place is known but not fixed, treated as uncertain (Q23)" }
        : { zh: "外出地点不固定，按地点不确定处理（解释二十三）", en: "The place is not fixed, treated as uncertain (Q23)" },
  });
  return distinct ? { kind: "known-not-fixed" } : { kind: "uncertain", words: PLACE_NOT_FIXED };
}

function conclude(reasoning: Reasoning, document: AbsenceDocument, text: Bilingual): AbsenceDocument {
  reasoning.step({ check: "document", citation: "2.1.1", facts: {}, result: document, text });
  return document;
}

const NAME = ABSENCE_DOCUMENT_NAMES;

function carry(document: AbsenceDocument): Bilingual {
  return document === "activity-card"
    ? { zh: `持${NAME[document].zh}`, en: `carry the ${NAME[document].en}` }
    : { zh: `开具${NAME[document].zh}`, en: `issue the ${NAME[document].en}` };
}

/** The place is uncertain, Q3's "either uncertain" reading: the card. */
function placeUncertainCard(reasoning: Reasoning, place: Bilingual): AbsenceDocument {
  return conclude(reasoning, "activity-card", {
    zh: `${place.zh}（地点、时间任一不确定即持活动证，解释三）：一般应当持${NAME["activity-card"].zh}`,
    en: `${capitalized(place.en)} (either uncertain suffices, Q3): generally the ${NAME["activity-card"].en}`,
  });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Only the place is uncertain: Q3 decides whether the card's case applies at all. */
function onlyPlaceUncertain(reasoning: Reasoning): AlternativeOf<"Q3.place-or-time-uncertain"> {
  return reasoning.contest("Q3.place-or-time-uncertain", { zh: "只有地点不确定", en: "only the place is uncertain" });
}

/** Q4: six months or more, a place that is not fixed, a known time. */
function longAbsenceNotFixed(reasoning: Reasoning, length: LongLength): AbsenceDocument {
  const reading = reasoning.contest("Q4.long-absence-place-not-fixed", {
    zh: `${length.zh}而地点不固定${length.timeKnown ? "、时间确定" : ""}：条文第一种情形要求地点相对固定`,
    en: `${length.en} with no fixed place${length.timeKnown ? " and a known time" : ""}: the first case needs a fixed place`,
  });
  return match(reading)
    .with("activity-card", () => "activity-card" as const)
    .with("certificate-letter", () => "certificate-letter" as const)
    .exhaustive();
}

/** An uncertain place, within six months (or exactly six read as within, Q1). */
function decideShortUncertainPlace(reasoning: Reasoning, place: Bilingual, length: Bilingual): AbsenceDocument {
  return match(onlyPlaceUncertain(reasoning))
    .with("either-uncertain", () => placeUncertainCard(reasoning, place))
    .with("both-uncertain", () =>
      conclude(reasoning, "certificate-letter", {
        zh: `只有${place.zh}（解释三：地点、时间都不确定才持活动证）；${length.zh}：一般应当开具${NAME["certificate-letter"].zh}`,
        en: `Only the place is uncertain (Q3: both must be); ${length.en}: generally a ${NAME["certificate-letter"].en}`,
      }),
    )
    .exhaustive();
}

/**
 * An uncertain place, six months or more (or exactly six read as "以上", Q1). The facts
 * are Q4's whatever Q3 says, so Q4 is contested first: an auditor listing decisions by
 * interpretation finds every one; whether it changes the outcome depends on Q3.
 */
function decideLongUncertainPlace(reasoning: Reasoning, place: Bilingual, length: LongLength): AbsenceDocument {
  const q4 = longAbsenceNotFixed(reasoning, length);
  return match(onlyPlaceUncertain(reasoning))
    .with("either-uncertain", () => placeUncertainCard(reasoning, place))
    .with("both-uncertain", () =>
      conclude(reasoning, q4, {
        zh: `只有${place.zh}（解释三：地点、时间都不确定才持活动证）；${length.zh}而地点不固定${length.timeKnown ? "、时间确定" : ""}，条文未作规定（解释四）：${carry(q4).zh}`,
        en: `Only the place is uncertain (Q3: both must be); ${length.en} with no fixed place${length.timeKnown ? " and a known time" : ""}, on which the text is silent (Q4): ${carry(q4).en}`,
      }),
    )
    .exhaustive();
}

const SIX_MONTHS_EXACTLY: Bilingual = {
  zh: "外出恰好6个月：既是“6个月以上”，也是“6个月以内”",
  en: "exactly 6 months away: both \"6 months or more\" and \"within 6 months\"",
};

const WITHIN: Bilingual = { zh: "外出6个月以内", en: "within 6 months" };
/** Six months or more, in words, and whether a return date is known (none for an absence with no planned return, Q24). */
interface LongLength extends Bilingual {
  readonly timeKnown: boolean;
}

const AT_LEAST: LongLength = { zh: "外出6个月以上", en: "6 months or more", timeKnown: true };
const OPEN_ENDED_AT_LEAST: LongLength = {
  zh: "外出没有返回计划、按6个月以上（解释二十四）",
  en: "no planned return, read as 6 months or more (Q24)",
  timeKnown: false,
};
const EXACT_AS_WITHIN: Bilingual = { zh: "恰好6个月按“6个月以内”（解释一）", en: 'exactly 6 months read as "within 6 months" (Q1)' };
const EXACT_AS_AT_LEAST: LongLength = {
  zh: "恰好6个月按“6个月以上”（解释一）",
  en: 'exactly 6 months read as "6 months or more" (Q1)',
  timeKnown: true,
};

/** Exactly six months is on Q1's boundary: "以内" leads one way, "以上" the other. */
function onTheBoundary<T>(reasoning: Reasoning, within: () => T, atLeast: () => T): T {
  reasoning.cite("civil-code:1259");
  return match(reasoning.contest("Q1.six-month-boundary", SIX_MONTHS_EXACTLY))
    .with("exactly-six-months-is-within", within)
    .with("exactly-six-months-is-at-least", atLeast)
    .exhaustive();
}

/** Only the time is uncertain: Q3; both its readings give the card here. */
function onlyTimeUncertain(reasoning: Reasoning): AbsenceDocument {
  return match(reasoning.contest("Q3.place-or-time-uncertain", { zh: "只有时间不确定", en: "only the time is uncertain" }))
    .with("either-uncertain", () =>
      conclude(reasoning, "activity-card", {
        zh: `外出时间不确定（地点、时间任一不确定即持活动证，解释三）：一般应当持${NAME["activity-card"].zh}`,
        en: `Time uncertain (either uncertain suffices, Q3): generally the ${NAME["activity-card"].en}`,
      }),
    )
    .with("both-uncertain", () =>
      // Neither letter can be issued without a known length, so the card is the
      // only document the text leaves: both readings agree here.
      conclude(reasoning, "activity-card", {
        zh: `只有外出时间不确定（解释三：地点、时间都不确定才持活动证）；组织关系介绍信和党员证明信都以外出时间为条件，时间不确定，无从开具，仍持${NAME["activity-card"].zh}`,
        en: `Only the time is uncertain (Q3: both must be); both letters depend on the length, which is unknown, so still the ${NAME["activity-card"].en}`,
      }),
    )
    .exhaustive();
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
  const place = placeOf(absence, reasoning);
  const length = measureAbsence(absence, reasoning);
  const longer = absence.expectedReturn === OPEN_ENDED ? OPEN_ENDED_AT_LEAST : AT_LEAST;
  const name = NAME;
  const fixedWithin = (words: Bilingual) =>
    conclude(reasoning, "certificate-letter", {
      zh: `${words.zh}：一般应当开具${name["certificate-letter"].zh}`,
      en: `${capitalized(words.en)}: generally a ${name["certificate-letter"].en}`,
    });

  return match([place, length] as const)
    .with([{ kind: "fixed" }, "longer"], () =>
      conclude(reasoning, "transfer-letter", {
        zh: `地点相对固定、外出6个月以上：一般应当开具${name["transfer-letter"].zh}`,
        en: `Fixed place and 6 months or more: generally an ${name["transfer-letter"].en}`,
      }),
    )
    .with([{ kind: "fixed" }, "exact"], () =>
      onTheBoundary(
        reasoning,
        () => fixedWithin(EXACT_AS_WITHIN),
        () =>
          conclude(reasoning, "transfer-letter", {
            zh: `恰好6个月按“6个月以上”（解释一）：一般应当开具${name["transfer-letter"].zh}`,
            en: `Exactly 6 months read as "6 months or more" (Q1): generally an ${name["transfer-letter"].en}`,
          }),
      ),
    )
    .with([{ kind: "fixed" }, "shorter"], () => fixedWithin(WITHIN))
    .with([{ kind: "fixed" }, "unknown"], [{ kind: "known-not-fixed" }, "unknown"], () => onlyTimeUncertain(reasoning))
    .with([{ kind: "uncertain" }, "unknown"], ([p]) =>
      conclude(reasoning, "activity-card", {
        zh: `${p.words.zh}、时间不确定：一般应当持${name["activity-card"].zh}`,
        en: `${capitalized(p.words.en)} and the time is uncertain: generally the ${name["activity-card"].en}`,
      }),
    )
    .with([{ kind: "uncertain" }, "shorter"], ([p]) => decideShortUncertainPlace(reasoning, p.words, WITHIN))
    .with([{ kind: "uncertain" }, "exact"], ([p]) =>
      onTheBoundary(
        reasoning,
        () => decideShortUncertainPlace(reasoning, p.words, EXACT_AS_WITHIN),
        () => decideLongUncertainPlace(reasoning, p.words, EXACT_AS_AT_LEAST),
      ),
    )
    .with([{ kind: "uncertain" }, "longer"], ([p]) => decideLongUncertainPlace(reasoning, p.words, longer))
    // Q23's other reading: a known but shifting place is not uncertain, so the card's
    // case is out; the letters' cases decide, and Q4 where the text is silent.
    .with([{ kind: "known-not-fixed" }, "shorter"], () => fixedWithin(WITHIN))
    .with([{ kind: "known-not-fixed" }, "exact"], () =>
      onTheBoundary(
        reasoning,
        () => fixedWithin(EXACT_AS_WITHIN),
        () => knownNotFixedLong(reasoning, EXACT_AS_AT_LEAST),
      ),
    )
    .with([{ kind: "known-not-fixed" }, "longer"], () => knownNotFixedLong(reasoning, longer))
    .exhaustive();
}

function knownNotFixedLong(reasoning: Reasoning, length: LongLength): AbsenceDocument {
  const document = longAbsenceNotFixed(reasoning, length);
  return conclude(reasoning, document, {
    zh: `${length.zh}而地点已知、不固定，条文未作规定（解释四）：${carry(document).zh}`,
    en: `${capitalized(length.en)} at a known place that is not fixed, on which the text is silent (Q4): ${carry(document).en}`,
  });
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
        zh: `有关各方应当履行的职责：${lines.map((l) => l.zh).join("；")}`,
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
 * @param absence - the departure, the expected return (a date, `"open-ended"` with no planned return, `null` if uncertain), whether the place is relatively fixed and, if not, whether it is known
 * @param options - interpretation choices (Q1, Q2, Q3, Q4, Q14, Q23, Q24) and an optional documented override (Q5)
 * @returns the decision: the document and its duties, with citations, trace and interpretations
 * @throws {@link RuleInputError} for invalid facts (an impossible date, a return before the departure, a fixed place said to be unknown, a missing field) or options; under Q23's other reading, for a place that is not fixed without `placeKnown`
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
  requirePlaceKnown("documentForAbsence", facts, interpretations, []);
  return runRule(DEFINITION, facts, interpretations, () => ({
    override: override && { outcome: documentOutcome(override.outcome), reason: override.reason },
    clause: "2.1.1",
  }));
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [ABSENCE_DOCUMENTS, ABSENCE_DOCUMENT_NAMES]) deepFreeze(table);
