/**
 * The interpretation registry: every point where the opinion's text admits more than one
 * reading, with the library's default and the alternatives a caller may choose.
 *
 * No rule resolves an ambiguity silently. Each decision lists the interpretations it
 * applied, and marks itself ambiguous, with the other outcome, when its facts fall on a
 * contested point and the reading changes the outcome. Callers choose alternatives per
 * call through {@link RuleOptions}; nothing is global.
 *
 * Q1–Q13 come from the project's reading of the text; Q14 was found while encoding the
 * month arithmetic, Q15–Q17 while encoding the management mode (1.2.3) and the
 * receiving organization (2.1.3), and Q18–Q20 while encoding the liaison system, the
 * appraisal cohort and the schedule.
 *
 * @module
 */
import type { CitationId } from "../clauses/citation.js";
import { failInput, type Bilingual } from "../errors.js";
import { deepFreeze } from "../frozen.js";

/**
 * The alternatives of each interpretation, by id. The first alternative listed in the
 * registry entry's `alternatives` is not necessarily the default: see `default`.
 */
export interface InterpretationAlternatives {
  /** Q1: is an absence of exactly 6 months "6个月以上" or "6个月以内"? */
  "Q1.six-month-boundary": "exactly-six-months-is-at-least" | "exactly-six-months-is-within";
  /** Q2: how "N months" is measured. */
  "Q2.month-measure": "calendar-months" | "thirty-day-months" | "half-year-183-days";
  /** Q3: "外出地点、时间不确定": place and time, or place or time? */
  "Q3.place-or-time-uncertain": "either-uncertain" | "both-uncertain";
  /** Q4: over 6 months, place not fixed, time known. */
  "Q4.long-absence-place-not-fixed": "activity-card" | "certificate-letter";
  /** Q5: may a caller override a "一般应当" outcome? */
  "Q5.generally-should-override": "override-with-reason" | "no-override";
  /** Q6: 15 members per liaison: at most or exactly? */
  "Q6.liaison-load": "at-most-fifteen" | "exactly-fifteen";
  /** Q7: due dates of "每半年" and "每年底" reports. */
  "Q7.report-due-dates": "end-of-period" | "end-of-following-month";
  /** Q8: what the member's 6-monthly report is counted from. */
  "Q8.member-report-anchor": "from-departure" | "calendar-half-years";
  /** Q9: the grading standard, which the opinion leaves to "the rules". */
  "Q9.grading-standard": "library-default-standard" | "caller-standard";
  /** Q10: "6个月尚未落实工作单位": six months from what? */
  "Q10.placement-six-months-from": "from-demobilization-or-graduation" | "from-placement-registration";
  /** Q11: undefined facts the caller asserts ("确有困难", "长期定居"). */
  "Q11.caller-asserted-facts": "assert-with-reason" | "assert-without-reason";
  /** Q12: several management-mode conditions hold at once. */
  "Q12.overlapping-management-conditions": "text-order" | "shall-before-may";
  /** Q13: "长期不与…联系": how long is long? */
  "Q13.long-out-of-contact": "six-consecutive-months" | "one-year";
  /** Q14: a month period whose final month has no corresponding day. */
  "Q14.missing-corresponding-day": "last-day-of-month" | "first-day-of-next-month";
  /** Q15: does the industry-association case of 1.2.3 require stable employment? */
  "Q15.association-case-employment": "stable-employment-required" | "any-employment";
  /** Q16: who manages a member whom no condition of 1.2.3 covers? */
  "Q16.management-gap": "original-org" | "residence-org-when-fixed";
  /** Q17: the role of a department's dedicated mobile-member Party organization (2.1.3). */
  "Q17.dedicated-mobile-member-org": "permitted-alternative" | "preferred-receiver";
  /** Q18: how members are spread over the liaisons a branch needs (3.2.1). */
  "Q18.liaison-spread": "stable-packing" | "even-loads";
  /** Q19: "one third of the members appraised": one third of whom? */
  "Q19.excellent-cap-base": "graded-members" | "all-appraised";
  /** Q20: how long "promptly" (及时) and "after the return" give an organization. */
  "Q20.prompt-deadline": "one-month" | "fifteen-days";
}

/** The id of an interpretation, for example `"Q1.six-month-boundary"`. */
export type InterpretationId = keyof InterpretationAlternatives;

/** The alternatives of one interpretation. */
export type AlternativeOf<Id extends InterpretationId> = InterpretationAlternatives[Id];

/** Any alternative of any interpretation. */
export type InterpretationAlternative = AlternativeOf<InterpretationId>;

/** One reading of a contested point. */
export interface AlternativeReading {
  /** The reading, in Chinese and English. */
  readonly text: Bilingual;
  /** What supports this reading. */
  readonly citations: readonly CitationId[];
}

/** One registered interpretation. */
export interface Interpretation<Id extends InterpretationId = InterpretationId> {
  /** The stable id. */
  readonly id: Id;
  /** The question the text leaves open. */
  readonly question: Bilingual;
  /** The clauses and superior rules the question arises from. */
  readonly citations: readonly [CitationId, ...CitationId[]];
  /** The library's default reading. */
  readonly default: AlternativeOf<Id>;
  /** Why the default was chosen. */
  readonly rationale: Bilingual;
  /** Every reading, by name. */
  readonly alternatives: { readonly [A in AlternativeOf<Id>]: AlternativeReading };
}

/** The shape of the registry: one entry for every interpretation id. */
export type InterpretationRegistry = { readonly [Id in InterpretationId]: Interpretation<Id> };

/** The registry: every interpretation by id. */
export const INTERPRETATIONS: InterpretationRegistry = {
  "Q1.six-month-boundary": {
    id: "Q1.six-month-boundary",
    question: {
      zh: "外出恰好满6个月，既是“6个月以上”（开具组织关系介绍信），也是“6个月以内”（开具党员证明信）：以上、以内都包括本数。",
      en: "An absence of exactly 6 months is both \"6 months or more\" (transfer letter) and \"within 6 months\" (certificate letter): both words include the number.",
    },
    citations: ["2.1.1", "civil-code:1259", "general-principles-of-civil-law:155"],
    default: "exactly-six-months-is-at-least",
    rationale: {
      zh: "第二百零二条下，恰好6个月即期间届满；条文先列“6个月以上”，且2019年《条例》第二十五条也以“6个月以上”为转移组织关系的界线。",
      en: "Under art. 202 an absence of exactly 6 months has run the full period; the text names \"6 months or more\" first, and the 2019 regulation (art. 25) also draws the transfer line at \"6 months or more\".",
    },
    alternatives: {
      "exactly-six-months-is-at-least": {
        text: {
          zh: "恰好6个月属于“6个月以上”：开具组织关系介绍信。",
          en: "Exactly 6 months counts as \"6 months or more\": transfer letter.",
        },
        citations: ["2.1.1", "civil-code:1259", "education-regulation-2019:25"],
      },
      "exactly-six-months-is-within": {
        text: {
          zh: "恰好6个月属于“6个月以内”：开具党员证明信。",
          en: "Exactly 6 months counts as \"within 6 months\": certificate letter.",
        },
        citations: ["2.1.1", "civil-code:1259"],
      },
    },
  },
  "Q2.month-measure": {
    id: "Q2.month-measure",
    question: {
      zh: "“N个月”如何计算：按民法典第二百零一、二百零二条的公历月，按每月30日，还是每6个月183日？",
      en: "How is \"N months\" measured: calendar months under Civil Code arts. 201–202, 30-day months, or 183 days per 6 months?",
    },
    citations: ["2.1.1", "2.1.4", "2.2.4", "civil-code:201", "civil-code:202"],
    default: "calendar-months",
    rationale: {
      zh: "民法典（2013年时为民法通则第一百五十四条）是中国法律计算期间的通行规则；没有党内法规另作规定。",
      en: "The Civil Code (in 2013, art. 154 of the General Principles of the Civil Law) is the general Chinese rule for computing periods; no Party rule provides otherwise.",
    },
    alternatives: {
      "calendar-months": {
        text: {
          zh: "公历月：开始当日不计入，到期月的对应日为最后一日，无对应日的以月末日为最后一日。",
          en: "Calendar months: the start day is not counted; the period ends on the corresponding day of the final month, or its last day.",
        },
        citations: ["civil-code:201", "civil-code:202", "general-principles-of-civil-law:154"],
      },
      "thirty-day-months": {
        text: { zh: "每月按30日计算。", en: "Each month counts as 30 days." },
        citations: ["civil-code:204"],
      },
      "half-year-183-days": {
        text: {
          zh: "每6个月按183日计算（N个月为 ⌈N × 30.5⌉ 日）。",
          en: "Each 6 months count as 183 days (N months are ⌈N × 30.5⌉ days).",
        },
        citations: ["civil-code:204"],
      },
    },
  },
  "Q3.place-or-time-uncertain": {
    id: "Q3.place-or-time-uncertain",
    question: {
      zh: "“外出地点、时间不确定的”：地点和时间都不确定，还是地点或时间之一不确定？",
      en: "\"Place and time of absence uncertain\": both uncertain, or either one?",
    },
    citations: ["2.1.1"],
    default: "either-uncertain",
    rationale: {
      zh: "第一种情形以地点相对固定为前提，第二种情形只讲时间；任一不确定时，前两种证明都无从开具，应持活动证。",
      en: "The first case requires a fixed place and the second speaks only of time; when either is uncertain neither letter can properly be issued, so the activity card applies.",
    },
    alternatives: {
      "either-uncertain": {
        text: {
          zh: "地点或时间任一不确定，即持《流动党员活动证》。",
          en: "Either the place or the time uncertain: Mobile Party Member Activity Card.",
        },
        citations: ["2.1.1"],
      },
      "both-uncertain": {
        text: {
          zh: "地点和时间都不确定，才持《流动党员活动证》；只有一项不确定的，按其余情形处理。",
          en: "Only both uncertain gives the activity card; with one uncertain, the other cases decide.",
        },
        citations: ["2.1.1"],
      },
    },
  },
  "Q4.long-absence-place-not-fixed": {
    id: "Q4.long-absence-place-not-fixed",
    question: {
      zh: "外出6个月以上但地点不固定、时间确定：第一种情形要求地点固定，条文未作规定。",
      en: "Away 6 months or more with a known time but no fixed place: the first case needs a fixed place, so the text is silent.",
    },
    citations: ["2.1.1"],
    default: "activity-card",
    rationale: {
      zh: "地点不固定的长期外出最接近“地点不确定”，活动证正为此设计；证明信只适用于6个月以内。",
      en: "A long absence with no fixed place is closest to \"place uncertain\", which the activity card is for; the certificate letter is only for absences within 6 months.",
    },
    alternatives: {
      "activity-card": {
        text: { zh: "持《流动党员活动证》。", en: "Mobile Party Member Activity Card." },
        citations: ["2.1.1", "2.1.2"],
      },
      "certificate-letter": {
        text: { zh: "开具党员证明信。", en: "Membership certificate letter." },
        citations: ["2.1.1"],
      },
    },
  },
  "Q5.generally-should-override": {
    id: "Q5.generally-should-override",
    question: {
      zh: "“一般应当”“一般先”允许例外，但未列举例外情形。",
      en: "\"Generally should\" / \"generally first\" allows exceptions but names none.",
    },
    citations: ["2.1.1", "2.1.5", "2.1.6"],
    default: "override-with-reason",
    rationale: {
      zh: "条文明确允许例外；要求写明理由并记入推理过程，例外就可审计而不是悄然发生。",
      en: "The text allows exceptions; requiring a written reason carried in the trace makes an exception auditable instead of silent.",
    },
    alternatives: {
      "override-with-reason": {
        text: {
          zh: "调用方可以改变结论，但必须写明理由；理由记入推理过程。",
          en: "A caller may replace the outcome with a written reason, carried in the trace.",
        },
        citations: ["2.1.1", "2.1.5", "2.1.6"],
      },
      "no-override": {
        text: {
          zh: "不接受例外：任何改变结论的请求都作为无效输入拒绝。",
          en: "No exceptions: every request to replace the outcome is refused as invalid input.",
        },
        citations: ["2.1.1"],
      },
    },
  },
  "Q6.liaison-load": {
    id: "Q6.liaison-load",
    question: {
      zh: "“每人联系15名流动党员”：至多15名，还是恰好15名？",
      en: "\"Each liaison keeps in touch with 15 mobile members\": at most 15, or exactly 15?",
    },
    citations: ["3.2.1"],
    default: "at-most-fifteen",
    rationale: {
      zh: "流动党员人数很少恰为15的倍数；把15作为上限，最后一名联络员可以少于15名。",
      en: "Branches rarely have a multiple of 15 mobile members; reading 15 as a cap lets the last liaison hold fewer.",
    },
    alternatives: {
      "at-most-fifteen": {
        text: { zh: "每名联络员至多联系15名。", en: "At most 15 per liaison." },
        citations: ["3.2.1"],
      },
      "exactly-fifteen": {
        text: {
          zh: "每名联络员恰好联系15名（人数不足的除外），不足部分如实报告。",
          en: "Exactly 15 per liaison where numbers allow; any remainder is reported.",
        },
        citations: ["3.2.1"],
      },
    },
  },
  "Q7.report-due-dates": {
    id: "Q7.report-due-dates",
    question: {
      zh: "“每半年”“每年底”上报：具体截止日期是哪一天？",
      en: "\"Every half year\" and \"at the end of every year\": due on which dates?",
    },
    citations: ["2.1.7", "3.3"],
    default: "end-of-period",
    rationale: {
      zh: "“年底”最自然的读法是12月31日；半年报相应为6月30日和12月31日。",
      en: "\"Year end\" reads most naturally as 31 December; half-year reports then fall on 30 June and 31 December.",
    },
    alternatives: {
      "end-of-period": {
        text: {
          zh: "半年报于6月30日、12月31日到期；年报于12月31日到期。",
          en: "Half-year reports due 30 June and 31 December; yearly reports due 31 December.",
        },
        citations: ["2.1.7", "3.3"],
      },
      "end-of-following-month": {
        text: {
          zh: "报告在所报期间结束后的次月末到期（7月31日、1月31日）。",
          en: "Reports due at the end of the month after the period reported on (31 July, 31 January).",
        },
        citations: ["2.1.7", "3.3"],
      },
    },
  },
  "Q8.member-report-anchor": {
    id: "Q8.member-report-anchor",
    question: {
      zh: "流动党员“每6个月”汇报一次：从外出之日起算，还是按公历上下半年？",
      en: "The member's report \"every 6 months\": counted from departure, or by calendar half-years?",
    },
    citations: ["2.2.4"],
    default: "from-departure",
    rationale: {
      zh: "汇报义务因外出而产生，从外出之日起算可保证任何两次汇报相隔不超过6个月。",
      en: "The duty arises from the departure; counting from it keeps every two reports at most 6 months apart.",
    },
    alternatives: {
      "from-departure": {
        text: {
          zh: "自外出之日起每满6个月汇报一次，直至返回。",
          en: "A report each time 6 months from departure have run, until return.",
        },
        citations: ["2.2.4", "civil-code:202"],
      },
      "calendar-half-years": {
        text: {
          zh: "每个公历半年（1–6月、7–12月）汇报一次。",
          en: "One report per calendar half-year (January–June, July–December).",
        },
        citations: ["2.2.4"],
      },
    },
  },
  "Q9.grading-standard": {
    id: "Q9.grading-standard",
    question: {
      zh: "“按规定评定等次”：本意见没有规定等次和标准。",
      en: "\"Assign a grade according to the rules\": the opinion names no grades or standard.",
    },
    citations: ["2.2.5", "3.2.2", "appraisal-practice"],
    default: "library-default-standard",
    rationale: {
      zh: "采用全国通行的四个等次；默认标准逐项注明来源（本意见、上位规定或本库默认）。",
      en: "The four national grades; the default standard states, threshold by threshold, whether it comes from the opinion, a superior rule or the library.",
    },
    alternatives: {
      "library-default-standard": {
        text: {
          zh: "使用本库默认的评定标准。",
          en: "The library's default grading standard.",
        },
        citations: ["2.2.5", "3.2.2", "appraisal-practice"],
      },
      "caller-standard": {
        text: {
          zh: "使用调用方（基层党组织）制定的目标管理考核标准。",
          en: "A standard supplied by the caller (the primary Party organization's own assessment method).",
        },
        citations: ["3.2.2"],
      },
    },
  },
  "Q10.placement-six-months-from": {
    id: "Q10.placement-six-months-from",
    question: {
      zh: "“6个月尚未落实工作单位”：6个月从何时起算？",
      en: "\"Not placed within 6 months\": 6 months from when?",
    },
    citations: ["2.1.4"],
    default: "from-demobilization-or-graduation",
    rationale: {
      zh: "退役或毕业之日是可查证的事实，待安置、分配状态由此开始；期间届满之日即适用（“届满”包括本数）。",
      en: "Demobilization or graduation is a verifiable date and starts the wait for placement; the rule applies from the day the period expires (届满 includes the day).",
    },
    alternatives: {
      "from-demobilization-or-graduation": {
        text: {
          zh: "自退役或毕业之日起算。",
          en: "From the date of demobilization or graduation.",
        },
        citations: ["2.1.4", "civil-code:1259"],
      },
      "from-placement-registration": {
        text: {
          zh: "自到安置、分配部门报到之日起算（由调用方提供该日期）。",
          en: "From registration with the placement authority (the caller supplies that date).",
        },
        citations: ["2.1.4"],
      },
    },
  },
  "Q11.caller-asserted-facts": {
    id: "Q11.caller-asserted-facts",
    question: {
      zh: "“确有困难”（二（一）3）和“长期定居”（二（一）6）没有定义。",
      en: "\"Truly cannot receive\" (2.1.3) and \"settled long-term\" (2.1.6) are not defined.",
    },
    citations: ["2.1.3", "2.1.6"],
    default: "assert-with-reason",
    rationale: {
      zh: "本库不推断这些事实，由调用方认定；认定“确有困难”须写明理由，以便审计。",
      en: "The library never infers these facts; the caller asserts them, with a written reason for \"truly cannot receive\" so it can be audited.",
    },
    alternatives: {
      "assert-with-reason": {
        text: {
          zh: "由调用方认定，并须写明理由。",
          en: "Asserted by the caller, with a required reason.",
        },
        citations: ["2.1.3"],
      },
      "assert-without-reason": {
        text: {
          zh: "由调用方认定，理由可不填写。",
          en: "Asserted by the caller; the reason is optional.",
        },
        citations: ["2.1.3"],
      },
    },
  },
  "Q12.overlapping-management-conditions": {
    id: "Q12.overlapping-management-conditions",
    question: {
      zh: "管理方式的几种情形可能同时成立（如单位未建党组织而有行业协会，同时居住地经常变动）。",
      en: "The management-mode conditions can hold together (a workplace with no Party organization but an industry association, and a residence that changes often, say).",
    },
    citations: ["1.2.3"],
    default: "text-order",
    rationale: {
      zh: "条文的列举顺序体现了优先次序：先单位，后行业、机构，再居住地，最后原党组织；同时成立的其他情形在决定中列出。",
      en: "The order of the text expresses precedence: workplace, then industry and agency, then residence, then the original organization; the other conditions that held are listed in the decision.",
    },
    alternatives: {
      "text-order": {
        text: {
          zh: "按条文顺序，第一个成立的情形决定。",
          en: "The first condition that holds, in the text's order, decides.",
        },
        citations: ["1.2.3"],
      },
      "shall-before-may": {
        text: {
          zh: "“由……管理”（应当）的情形优先于“可由……管理”（可以）的情形，同类之间按条文顺序。",
          en: "Conditions worded \"由\" (shall) take precedence over those worded \"可由\" (may); within each, the text's order.",
        },
        citations: ["1.2.3"],
      },
    },
  },
  "Q13.long-out-of-contact": {
    id: "Q13.long-out-of-contact",
    question: {
      zh: "“长期不与流入地和流出地党组织联系”：多长时间算“长期”？",
      en: "\"Out of contact with both organizations for a long time\": how long is long?",
    },
    citations: ["2.1.2", "party-constitution:9"],
    default: "six-consecutive-months",
    rationale: {
      zh: "党章第九条以连续六个月为自行脱党的界线，2019年《条例》第二十四条也以失联6个月以上为界。",
      en: "The Party Constitution (art. 9) draws the lapse line at six consecutive months, and the 2019 regulation (art. 24) draws the out-of-contact line at 6 months or more.",
    },
    alternatives: {
      "six-consecutive-months": {
        text: {
          zh: "连续6个月未与任一党组织联系。",
          en: "Six consecutive months without contact with either organization.",
        },
        citations: ["party-constitution:9", "education-regulation-2019:24"],
      },
      "one-year": {
        text: {
          zh: "连续1年未联系（2006年意见要求至少每年汇报一次）。",
          en: "One year without contact (the 2006 opinion asks for a report at least once a year).",
        },
        citations: ["general-office-opinion-2006"],
      },
    },
  },
  "Q14.missing-corresponding-day": {
    id: "Q14.missing-corresponding-day",
    question: {
      zh: "按月计算的期间，到期月没有对应日（如8月31日起6个月）时，期间在哪一天届满？",
      en: "A month period whose final month has no corresponding day (6 months from 31 August): on which day does it end?",
    },
    citations: ["2.1.1", "civil-code:202"],
    default: "last-day-of-month",
    rationale: {
      zh: "民法典第二百零二条明文规定以月末日为期间的最后一日。",
      en: "Civil Code art. 202 says in terms that the month's last day is the period's last day.",
    },
    alternatives: {
      "last-day-of-month": {
        text: {
          zh: "以到期月的月末日为最后一日（8月31日起6个月，至次年2月28日或29日）。",
          en: "The final month's last day (6 months from 31 August end on 28 or 29 February).",
        },
        citations: ["civil-code:202"],
      },
      "first-day-of-next-month": {
        text: {
          zh: "以月末日的次日为最后一日（次年3月1日），如同按日顺延的日期计算。",
          en: "The day after that month's end (1 March), as date libraries that roll over compute it.",
        },
        citations: ["civil-code:204"],
      },
    },
  },
  "Q15.association-case-employment": {
    id: "Q15.association-case-employment",
    question: {
      zh: "一（二）3“工作单位未建党组织而有行业协会的”：是否与前句一样以“就业比较稳定”为前提？",
      en: "1.2.3 \"the workplace has no Party organization but there is an industry association\": does it, like the sentence before, presuppose fairly stable employment?",
    },
    citations: ["1.2.3"],
    default: "stable-employment-required",
    rationale: {
      zh: "该句与前句以分号相连，是对“就业比较稳定”者按单位有无党组织的再区分；“就业单位不够稳定”另有专门一句。",
      en: "The sentence is joined to the one before by a semicolon and splits the fairly-stable case by whether the workplace has a Party organization; unstable employment has a sentence of its own.",
    },
    alternatives: {
      "stable-employment-required": {
        text: {
          zh: "只适用于就业比较稳定的党员。",
          en: "Applies only to members in fairly stable employment.",
        },
        citations: ["1.2.3"],
      },
      "any-employment": {
        text: {
          zh: "凡工作单位未建党组织而有行业协会的，不论就业是否稳定，均适用。",
          en: "Applies whenever the workplace has no Party organization and an industry association exists, stable or not.",
        },
        citations: ["1.2.3"],
      },
    },
  },
  "Q16.management-gap": {
    id: "Q16.management-gap",
    question: {
      zh: "一（二）3列举的情形都不成立时（如就业稳定、单位无党组织也无行业协会，或暂无工作而档案不在人才、劳动力机构），由谁管理？",
      en: "Who manages a member whom none of the cases of 1.2.3 covers (a stable job at a workplace with no Party organization and no industry association, or no job with the file held elsewhere than a talent or labour agency)?",
    },
    citations: ["1.2.3", "2.2.1", "1.2.2"],
    default: "original-org",
    rationale: {
      zh: "条文未指定其他党组织时，原所在党组织的管理责任并未转移；二（二）1要求“管理不断线”，2019年《条例》第二十五条也规定原党组织在接收前仍负责。",
      en: "Where the text names no other organization, the original organization's responsibility has not passed to anyone; 2.2.1 requires that management never breaks off, and the 2019 regulation (art. 25) keeps the original organization responsible until another receives the member.",
    },
    alternatives: {
      "original-org": {
        text: { zh: "由原所在党组织管理。", en: "The original organization manages the member." },
        citations: ["2.2.1", "1.2.2", "education-regulation-2019:25"],
      },
      "residence-org-when-fixed": {
        text: {
          zh: "居住地比较固定的，比照“居住地比较固定的，由居住地党组织管理”，由居住地党组织管理；否则由原所在党组织管理。",
          en: "Where the residence is fairly fixed, the residence organization, by analogy with the residence case of 1.2.3; otherwise the original organization.",
        },
        citations: ["1.2.3"],
      },
    },
  },
  "Q17.dedicated-mobile-member-org": {
    id: "Q17.dedicated-mobile-member-org",
    question: {
      zh: "二（一）3“在流动党员较为集中的部门，可专门建立流动党员党组织”：部门建立了流动党员党组织时，组织关系是否转到该组织？",
      en: "2.1.3 \"departments where mobile members are concentrated may set up a dedicated mobile-member Party organization\": where one exists, does the relationship go there?",
    },
    citations: ["2.1.3"],
    default: "permitted-alternative",
    rationale: {
      zh: "该句只授权建立组织，没有改变前两句规定的接收顺序；因此把它列为可选的接收组织，不取代条文指定的组织。",
      en: "The sentence only permits setting such an organization up; it does not change the receivers the two sentences before it name, so it is listed as a permitted receiver, not put in their place.",
    },
    alternatives: {
      "permitted-alternative": {
        text: {
          zh: "流动党员党组织列为可选的接收组织，条文指定的接收组织不变。",
          en: "The dedicated organization is listed as a permitted receiver; the receiver the text names stays.",
        },
        citations: ["2.1.3"],
      },
      "preferred-receiver": {
        text: {
          zh: "部门建立了流动党员党组织的，组织关系转移到该组织。",
          en: "Where the department has one, the relationship goes to the dedicated organization.",
        },
        citations: ["2.1.3"],
      },
    },
  },
  "Q18.liaison-spread": {
    id: "Q18.liaison-spread",
    question: {
      zh: "三（二）1 要求每名联络员联系15名流动党员：在所需的最少联络员之间，人数是尽量均衡，还是除一人外都满15名？",
      en: "3.2.1 links each liaison with 15 members: over the fewest liaisons needed, are members spread evenly, or is every liaison but one filled to 15?",
    },
    citations: ["3.2.1"],
    default: "stable-packing",
    rationale: {
      zh: "均衡分配与调整稳定不能兼得：16人均分为8、8，减少1人后只需1名联络员，必须调动7人。除一人外都满15名时，增减1名党员最多调动另1名党员，联络关系保持稳定。",
      en: "Even loads and stable links cannot both hold: 16 members split 8 and 8; remove one and a single liaison suffices, so 7 must move. With every liaison but one at 15, adding or removing a member moves at most one other.",
    },
    alternatives: {
      "stable-packing": {
        text: {
          zh: "除一名联络员外，每名联络员联系15名；原有联络关系尽量保留，增减1名党员最多调动另1名。",
          en: "Every liaison but one holds 15; current links are kept, and adding or removing a member moves at most one other.",
        },
        citations: ["3.2.1"],
      },
      "even-loads": {
        text: {
          zh: "在所需的最少联络员之间均衡分配，人数相差不超过1名；为此可能调动较多党员。",
          en: "Loads across the fewest liaisons needed differ by at most one; more members may move to get there.",
        },
        citations: ["3.2.1"],
      },
    },
  },
  "Q19.excellent-cap-base": {
    id: "Q19.excellent-cap-base",
    question: {
      zh: "“优秀”一般不超过参评党员的三分之一：预备党员参加评议但不评等次，是否计入基数？",
      en: "\"Excellent\" is normally at most one third of the members appraised: do probationary members, appraised without a grade, count in the base?",
    },
    citations: ["2.2.5", "appraisal-practice"],
    default: "graded-members",
    rationale: {
      zh: "比例针对评定等次的党员；只以评定等次者为基数，名额不会因不评等次的人而增加。",
      en: "The ratio is about members who receive a grade; counting only them keeps members without a grade from raising the ceiling.",
    },
    alternatives: {
      "graded-members": {
        text: { zh: "以评定等次的党员为基数。", en: "One third of the members who receive a grade." },
        citations: ["appraisal-practice"],
      },
      "all-appraised": {
        text: { zh: "以全部参评党员（含预备党员）为基数。", en: "One third of everyone appraised, probationary members included." },
        citations: ["appraisal-practice"],
      },
    },
  },
  "Q20.prompt-deadline": {
    id: "Q20.prompt-deadline",
    question: {
      zh: "“及时验证”（二（一）2）和“返回后上门慰问”（三（二）3）没有规定期限。",
      en: "\"Verify promptly\" (2.1.2) and \"call after the return\" (3.2.3) set no deadline.",
    },
    citations: ["2.1.2", "3.2.3"],
    default: "one-month",
    rationale: {
      zh: "一个月与组织关系介绍信回执一个月内退回的通行做法一致，便于列入日程并检查。",
      en: "One month matches the common practice of returning a transfer letter's receipt within a month, and gives a date that can be scheduled and checked.",
    },
    alternatives: {
      "one-month": {
        text: { zh: "外出或返回之日起1个月内。", en: "Within one month of the departure or the return." },
        citations: ["2.1.2", "3.2.3"],
      },
      "fifteen-days": {
        text: { zh: "外出或返回之日起15日内。", en: "Within fifteen days of the departure or the return." },
        citations: ["2.1.2", "3.2.3"],
      },
    },
  },
};

/** Every interpretation id, in registry order. */
export const INTERPRETATION_IDS = Object.keys(INTERPRETATIONS) as readonly InterpretationId[];

/** The alternatives of an interpretation, as a list. */
export function alternativesOf<Id extends InterpretationId>(id: Id): readonly AlternativeOf<Id>[] {
  if (typeof id !== "string" || !Object.hasOwn(INTERPRETATIONS, id)) {
    failInput("alternativesOf", [], "invalid-value", {
      zh: "不是已登记的解释编号（见 INTERPRETATION_IDS）",
      en: "not a registered interpretation id (see INTERPRETATION_IDS)",
    });
  }
  return Object.keys(INTERPRETATIONS[id].alternatives) as AlternativeOf<Id>[];
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [INTERPRETATIONS, INTERPRETATION_IDS]) deepFreeze(table);
