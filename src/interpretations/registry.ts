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
 * appraisal cohort and the schedule. Q21–Q37 are readings the rules had been making
 * silently, found by reading every rule against the text clause by clause; they are
 * registered here before the rules consult them.
 *
 * In the Chinese texts an interpretation is named by its Chinese numeral (解释二十一),
 * never by its id, and a quotation inside a quotation is rephrased.
 *
 * @module
 */
import type { CitationId } from "../clauses/citation.js";
import { failInput } from "../errors.js";
import type { Bilingual } from "../locales/catalog.js";
import { bilingual } from "../locales/index.js";
import { deepFreeze } from "../frozen.js";

/**
 * The alternatives of each interpretation, by id: read from the registry itself, so that
 * an interpretation is declared once. The first alternative listed in the registry entry's
 * `alternatives` is not necessarily the default: see `default`.
 */
export type InterpretationAlternatives = {
  readonly [Id in keyof typeof REGISTRY]: keyof (typeof REGISTRY)[Id]["alternatives"] & string;
};

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

/** What every entry of the registry is, before its own ids and readings are known. */
interface RegistryEntry {
  readonly id: string;
  readonly question: Bilingual;
  readonly citations: readonly [CitationId, ...CitationId[]];
  readonly default: string;
  readonly rationale: Bilingual;
  readonly alternatives: { readonly [name: string]: AlternativeReading };
}

// The registry as written: its ids and readings are the types above.
const REGISTRY = {
  "Q1.six-month-boundary": {
    id: "Q1.six-month-boundary",
    question: {
      zh: "外出恰好满6个月：按民法典第一千二百五十九条对民法用语的规定，“以上”“以内”都包括本数，既是“6个月以上”（开具组织关系介绍信），也是“6个月以内”（开具党员证明信）。按哪一种处理？",
      en: "An absence of exactly 6 months: read as Civil Code art. 1259 reads the words of civil law, 以上 and 以内 both include the number, so it is both \"6 months or more\" (transfer letter) and \"within 6 months\" (certificate letter). Which applies?",
    },
    citations: ["2.1.1", "civil-code:1259", "general-principles-of-civil-law:155"],
    default: "exactly-six-months-is-at-least",
    rationale: {
      zh: "按民法典第二百零二条，恰好6个月即期间届满；条文先列“6个月以上”，2019年《条例》第二十五条也以“6个月以上”为转移组织关系的界线。",
      en: "Counted under Civil Code art. 202, an absence of exactly 6 months has run the full period; the text names \"6 months or more\" first, and the 2019 regulation (art. 25) also draws the transfer line at \"6 months or more\".",
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
      zh: "“6个月”等按月计算的期间如何计算：按民法典第二百零一、二百零二条的公历月，按每月30日，还是每6个月按183日？",
      en: "How is a period of months (\"6 months\") measured: calendar months under Civil Code arts. 201–202, 30-day months, or 183 days per 6 months?",
    },
    citations: ["2.1.1", "2.1.4", "2.2.4", "civil-code:201", "civil-code:202"],
    default: "calendar-months",
    rationale: {
      zh: "民法典第二百零一、二百零二条是现行的期间计算规则，按此计算日期明确，便于核对。本意见制定时施行的民法通则第一百五十四条只规定开始的当天不算入，没有到期月对应日和月末日的规定（2017年民法总则才作规定），当时按公历月计算和按每月30日计算的做法都有。党内法规对期间计算没有规定，采用公历月是一种解释。",
      en: "Civil Code arts. 201–202 are the current rule and give definite dates that can be checked. The General Principles art. 154, in force in 2013, said only that the start day is not counted; it had no corresponding-day or month-end rule (that came with the 2017 General Provisions), and both calendar months and 30-day months were in use at the time. No Party rule says how periods are counted: calendar months are an interpretation.",
    },
    alternatives: {
      "calendar-months": {
        text: {
          zh: "公历月：开始当日不计入，到期月的对应日为最后一日，无对应日的以月末日为最后一日。",
          en: "Calendar months: the start day is not counted; the period ends on the corresponding day of the final month, or its last day.",
        },
        citations: ["civil-code:201", "civil-code:202"],
      },
      "thirty-day-months": {
        text: { zh: "每月按30日计算。", en: "Each month counts as 30 days." },
        citations: ["civil-code:204", "general-principles-of-civil-law-opinions:198"],
      },
      "half-year-183-days": {
        text: {
          zh: "每6个月按183日计算（月数乘以30.5日，不足一日的按一日计算）。",
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
      zh: "第一种情形以地点相对固定为前提；地点不确定时，党员证明信也难以确定开往哪一个党组织；时间不确定时，组织关系介绍信和党员证明信都无从开具。故地点、时间任一不确定，即持《流动党员活动证》。",
      en: "The first case requires a fixed place; with the place uncertain, a certificate letter has no organization to be addressed to either; with the time uncertain, neither letter can be issued. So either one uncertain gives the activity card.",
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
      zh: "地点不固定的长期外出，最接近外出地点不确定的情形，应持《流动党员活动证》；党员证明信只适用于外出6个月以内。",
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
      zh: "条文明确允许例外；要求写明理由并载入决定，例外有据可查，不会悄然发生。",
      en: "The text allows exceptions; requiring a written reason carried in the trace makes an exception auditable instead of silent.",
    },
    alternatives: {
      "override-with-reason": {
        text: {
          zh: "可以作例外处理，但须写明理由，理由与按条文一般应得的结论一并载明。",
          en: "An exception may be made with a written reason, recorded together with the outcome the text generally gives.",
        },
        citations: ["2.1.1", "2.1.5", "2.1.6"],
      },
      "no-override": {
        text: {
          zh: "不作例外处理：提出例外的，不予采纳。",
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
      zh: "汇报义务因外出而产生，从外出之日起算，期限可以预先排定。",
      en: "The duty arises from the departure; counting from it gives dates fixed in advance.",
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
      zh: "采用全国通行的四个等次；默认标准逐项注明依据：本意见、党章和党内有关规定，或条文未规定而暂定的标准。",
      en: "The four national grades; the default standard states, threshold by threshold, its ground: the opinion, the Constitution and other Party rules, or a provisional standard where the text says nothing.",
    },
    alternatives: {
      "library-default-standard": {
        text: {
          zh: "采用默认评定标准（各项依据逐项注明）。",
          en: "The default grading standard (each threshold with its ground).",
        },
        citations: ["2.2.5", "3.2.2", "appraisal-practice"],
      },
      "caller-standard": {
        text: {
          zh: "采用基层党组织制定的目标管理考核办法。",
          en: "The primary Party organization's own target-management assessment method, supplied as the standard.",
        },
        citations: ["3.2.2"],
      },
    },
  },
  "Q10.placement-six-months-from": {
    id: "Q10.placement-six-months-from",
    question: {
      zh: "“6个月尚未落实工作单位”：6个月从何时起算？",
      en: "\"Still without a work unit after 6 months\": 6 months from when?",
    },
    citations: ["2.1.4"],
    default: "from-demobilization-or-graduation",
    rationale: {
      zh: "退役或毕业之日是可查证的事实，待安置、分配状态由此开始。何日适用，见解释二十二。",
      en: "Demobilization or graduation is a verifiable date and starts the wait for placement; on which day the rule applies is Q22.",
    },
    alternatives: {
      "from-demobilization-or-graduation": {
        text: {
          zh: "自退役或毕业之日起算。",
          en: "From the date of demobilization or graduation.",
        },
        citations: ["2.1.4", "civil-code:201"],
      },
      "from-placement-registration": {
        text: {
          zh: "自到安置、分配部门报到之日起算（须提供报到日期）。",
          en: "From registration with the placement authority (the date of registration must be given).",
        },
        citations: ["2.1.4"],
      },
    },
  },
  "Q11.caller-asserted-facts": {
    id: "Q11.caller-asserted-facts",
    question: {
      zh: "“确有困难”（二（一）3）、“长期定居”（二（一）6）、“无正当理由不及时办理组织关系转接”（二（一）2）和“流动党员比较集中的部门”（三（三））都没有定义：由谁认定？",
      en: "\"Truly cannot receive\" (2.1.3), \"settled long-term\" (2.1.6), \"without proper reason does not promptly arrange the transfer\" (2.1.2) and \"departments where mobile members are fairly concentrated\" (3.3) are not defined: who establishes them?",
    },
    citations: ["2.1.3", "2.1.6", "2.1.2", "3.3"],
    default: "assert-with-reason",
    rationale: {
      zh: "这些事实不作推定，由党组织认定；认定“确有困难”的，须写明理由，以备核查。",
      en: "These facts are never inferred: the Party organization establishes them and they are given as facts, with a written reason for \"truly cannot receive\" so that it can be checked.",
    },
    alternatives: {
      "assert-with-reason": {
        text: {
          zh: "由党组织认定，并写明理由。",
          en: "Established by the Party organization, with a written reason.",
        },
        citations: ["2.1.3"],
      },
      "assert-without-reason": {
        text: {
          zh: "由党组织认定，可不写明理由。",
          en: "Established by the Party organization; the reason may be left out.",
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
        citations: ["party-constitution:9", "education-regulation-2019:24", "education-regulation-2019:29"],
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
          zh: "以月末日的次日为最后一日（次年3月1日）。",
          en: "The day after that month's end (1 March).",
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
      zh: "三（二）1要求每名联络员联系15名流动党员：在所需的最少联络员之间，人数是尽量均衡，还是除一人外都满15名？",
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
      zh: "“及时验证”（二（一）2）和“党员返回后，党组织要上门慰问”（三（二）3）没有规定期限。",
      en: "\"Verify promptly\" (2.1.2) and \"visit after the return\" (上门慰问, 3.2.3) set no deadline.",
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
  "Q21.member-report-sequence": {
    id: "Q21.member-report-sequence",
    question: {
      zh: "流动党员“每6个月”汇报一次，从外出之日起算的（解释八）：各次汇报的期限，是从外出之日起按6个月、12个月、18个月……依次推算，还是从上一次期限届满之日起再计6个月，或者从上一次实际汇报之日起计算？",
      en: "Where the member's report \"every 6 months\" counts from the departure (Q8): is each due date counted from the departure (6, 12, 18 … months on), 6 months on from the previous due date, or 6 months from the report actually made last?",
    },
    citations: ["2.2.4", "civil-code:202"],
    default: "anchored-on-departure",
    rationale: {
      zh: "各次期限都从外出之日一次推算，不会因月末日而逐次提前（8月31日外出的，第一次期限至次年2月28日，第二次至次年8月31日；接续推算的，第二次提前到次年8月28日）；期限也不随党员汇报早晚而变动，党组织可以预先排定、按期检查。",
      en: "Every due date is counted once from the departure, so month ends do not pull later dates earlier (away from 31 August: 28 February, then 31 August; counted on from each due date, the second would fall on 28 August); nor do the dates move with when the member happens to report, so the organization can fix them in advance and check them.",
    },
    alternatives: {
      "anchored-on-departure": {
        text: {
          zh: "各次汇报的期限依次为外出之日起6个月、12个月、18个月……届满之日。",
          en: "The Nth report is due when 6N months from the departure have run.",
        },
        citations: ["2.2.4", "civil-code:202"],
      },
      "chained-on-due-dates": {
        text: {
          zh: "每次汇报的期限，自上一次期限届满之日起再计6个月。",
          en: "Each due date is 6 months after the previous due date.",
        },
        citations: ["2.2.4", "civil-code:201", "civil-code:202"],
      },
      "from-last-report": {
        text: {
          zh: "每次汇报后，自该次汇报之日起6个月内须再次汇报；第一次自外出之日起计算。",
          en: "After each report, the next is due within 6 months of it; the first, within 6 months of the departure.",
        },
        citations: ["2.2.4"],
      },
    },
  },
  "Q22.period-expiry-day": {
    id: "Q22.period-expiry-day",
    question: {
      zh: "二（一）4“6个月尚未落实工作单位”：6个月期间的最后一日当天，是否已属6个月尚未落实？",
      en: "2.1.4 \"still without a work unit after 6 months\": on the last day of the six months, have the six months already run?",
    },
    citations: ["2.1.4", "civil-code:203", "civil-code:1259"],
    default: "from-next-day",
    rationale: {
      zh: "按民法典第二百零三条，期间最后一日的截止时间为二十四时，当日仍在期间之内，党员当天仍可能落实工作单位；期间最后一日的次日起，才能认定6个月尚未落实。汇报、审核等期限也以最后一日当天为按期、次日起为逾期，两处计算应当一致。",
      en: "Under Civil Code art. 203 the last day runs to 24:00: on that day the period is still running and a work unit may still be found; only from the next day has the member been without a work unit for 6 months. Reports and reviews are likewise on time on their last day and overdue from the next; both should count alike.",
    },
    alternatives: {
      "from-next-day": {
        text: { zh: "期间最后一日的次日起适用二（一）4。", en: "2.1.4 applies from the day after the last day." },
        citations: ["2.1.4", "civil-code:203"],
      },
      "on-last-day": {
        text: {
          zh: "期间最后一日当天即认为6个月已经届满，适用二（一）4。",
          en: "2.1.4 applies on the last day itself, the six months being read as having run (届满) on that day.",
        },
        citations: ["2.1.4", "civil-code:1259"],
      },
    },
  },
  "Q23.place-not-fixed-is-uncertain": {
    id: "Q23.place-not-fixed-is-uncertain",
    question: {
      zh: "二（一）1第一种情形讲“外出地点或工作单位相对固定”，第三种情形讲“外出地点、时间不确定”：外出地点已知但不固定（如在几个已知地点之间往来），是否属于地点不确定？",
      en: "2.1.1 speaks of a place \"relatively fixed\" in its first case and of a place \"uncertain\" in its third: is a place that is known but not fixed (moving between known sites, say) an uncertain place?",
    },
    citations: ["2.1.1"],
    default: "not-fixed-is-uncertain",
    rationale: {
      zh: "地点不固定时，与地点不确定一样，组织关系介绍信和党员证明信都难以确定开往哪一个党组织；持《流动党员活动证》，便于党员所到之处的党组织验证和管理。",
      en: "With no fixed place, as with an uncertain one, there is no single organization to address either letter to; the activity card lets the organization wherever the member goes verify and manage them.",
    },
    alternatives: {
      "not-fixed-is-uncertain": {
        text: { zh: "外出地点不固定的，即属地点不确定。", en: "A place that is not fixed is an uncertain place." },
        citations: ["2.1.1", "2.1.2"],
      },
      "known-not-fixed-is-distinct": {
        text: {
          zh: "外出地点已知而不固定的，不属地点不确定：外出6个月以内的，开具党员证明信；6个月以上的，按解释四处理。",
          en: "A known but shifting place is not uncertain: within 6 months, the certificate letter; 6 months or more, as interpretation Q4 says.",
        },
        citations: ["2.1.1"],
      },
    },
  },
  "Q24.open-ended-absence": {
    id: "Q24.open-ended-absence",
    question: {
      zh: "外出到相对固定的地点或单位，没有返回计划（如到外地单位长期工作）：属于外出时间不确定，还是外出时间在6个月以上？",
      en: "Away to a relatively fixed place or workplace with no plan to return (a long-term job elsewhere, say): is the time \"uncertain\", or is it \"6 months or more\"?",
    },
    citations: ["2.1.1"],
    default: "six-months-or-more",
    rationale: {
      zh: "没有返回计划的外出，虽无确定的返回日期，但属长期外出，应视为6个月以上；地点又相对固定，符合第一种情形，一般应当开具组织关系介绍信，不宜长期持证流动。2019年《条例》第二十五条也规定，党员工作单位、经常居住地发生变动的，应当转移组织关系。",
      en: "An absence with no planned return has no end date but is a long absence, to be treated as 6 months or more; with a relatively fixed place it meets the first case, so the transfer letter generally applies rather than carrying a card indefinitely. The 2019 regulation (art. 25) likewise transfers the relationship when the workplace or usual residence changes.",
    },
    alternatives: {
      "six-months-or-more": {
        text: {
          zh: "按外出6个月以上处理：地点相对固定的，开具组织关系介绍信。",
          en: "Treated as 6 months or more: with a relatively fixed place, the transfer letter.",
        },
        citations: ["2.1.1", "education-regulation-2019:25"],
      },
      "time-uncertain": {
        text: { zh: "按外出时间不确定处理：持《流动党员活动证》。", en: "Treated as time uncertain: the activity card." },
        citations: ["2.1.1"],
      },
    },
  },
  "Q25.out-of-contact-with-whom": {
    id: "Q25.out-of-contact-with-whom",
    question: {
      zh: "二（一）2“长期不与流入地和流出地党组织联系”：是与两方都不联系，还是与其中一方不联系即属之？",
      en: "2.1.2 \"for a long time has no contact with the inflow and outflow Party organizations\": no contact with either of them, or no contact with one of them?",
    },
    citations: ["2.1.2"],
    default: "with-neither",
    rationale: {
      zh: "条文讲“不与流入地和流出地党组织联系”，通常指与两方都不联系；只与一方保持联系的，党组织仍能掌握其情况，尚不属于长期不联系。",
      en: "\"No contact with the inflow and outflow organizations\" ordinarily means with neither; a member in touch with one side is still known to the Party, and is not out of contact.",
    },
    alternatives: {
      "with-neither": {
        text: {
          zh: "与流入地、流出地党组织都没有联系的月份，才计入不联系的时间。",
          en: "Only months without contact with either organization count.",
        },
        citations: ["2.1.2"],
      },
      "with-either": {
        text: {
          zh: "与流入地或流出地任一方没有联系的月份，即计入不联系的时间。",
          en: "A month without contact with one of the two counts.",
        },
        citations: ["2.1.2", "2.2.4"],
      },
    },
  },
  "Q26.excused-month-in-run": {
    id: "Q26.excused-month-in-run",
    question: {
      zh: "党章第九条“没有正当理由，连续六个月”：中间有一个月有正当理由的，连续计算是中断后重新起算，还是该月不计、前后合并计算？",
      en: "Party Constitution art. 9, \"without proper reason, for six consecutive months\": does a month excused by a proper reason break the run, or is it skipped so that the months either side add up?",
    },
    citations: ["party-constitution:9", "2.2.4"],
    default: "breaks-run",
    rationale: {
      zh: "“连续”指接连不断；有正当理由的月份不是没有正当理由的月份，连续即告中断。认定自行脱党事关党员的政治生命，应当慎重。",
      en: "\"Consecutive\" means without a break; an excused month is not a month \"without proper reason\", so the run is broken. Finding a member lapsed ends their membership and must be done with care.",
    },
    alternatives: {
      "breaks-run": {
        text: {
          zh: "有正当理由的月份中断连续计算，其后重新起算。",
          en: "An excused month breaks the run; counting starts again after it.",
        },
        citations: ["party-constitution:9"],
      },
      "pauses-run": {
        text: {
          zh: "有正当理由的月份不计入，也不中断，前后没有正当理由的月份合并计算。",
          en: "An excused month is skipped without breaking the run; the unexcused months either side add up.",
        },
        citations: ["party-constitution:9"],
      },
    },
  },
  "Q27.excellent-ceiling-generally": {
    id: "Q27.excellent-ceiling-generally",
    question: {
      zh: "“优秀一般不超过参评党员的三分之一”：其中的“一般”是否允许超出？参评人数很少（如2人，三分之一不足1人）的党支部能否评优秀？",
      en: "\"Excellent is normally at most one third of those appraised\": does \"normally\" allow exceeding it? May a very small branch (2 members: a third is less than one) grade anyone excellent?",
    },
    citations: ["2.2.5", "appraisal-practice"],
    default: "strict-ceiling",
    rationale: {
      zh: "二（二）5要求“严格执行评议和处置标准”；确需突破名额的，由党组织写明理由作例外处理（参照解释五），名额不自动放宽。",
      en: "2.2.5 requires the appraisal and handling standards to be applied strictly; where the ceiling must be exceeded, the organization makes an exception with a written reason (as under Q5), rather than the ceiling giving way by itself.",
    },
    alternatives: {
      "strict-ceiling": {
        text: {
          zh: "优秀人数不超过基数的三分之一（不足一人的部分不计），超出的评为合格；确需突破的，写明理由作例外处理。",
          en: "Excellent at most a third of the base (fractions dropped); the rest become qualified; an exception with a written reason may exceed it.",
        },
        citations: ["2.2.5", "appraisal-practice"],
      },
      "ceiling-as-guideline": {
        text: {
          zh: "三分之一作为一般要求：超出的不调整等次，在决定中列明超出人数，由党组织研究确定。",
          en: "One third as a guideline: grades are not moved; the excess is stated for the organization to decide.",
        },
        citations: ["appraisal-practice"],
      },
    },
  },
  "Q28.card-review-year": {
    id: "Q28.card-review-year",
    question: {
      zh: "《流动党员活动证》“每年审核一次”：按公历年度审核，还是自发证之日起每满一年审核？",
      en: "The activity card is \"reviewed once a year\": once each calendar year, or each full year from issue?",
    },
    citations: ["2.1.2"],
    default: "calendar-year",
    rationale: {
      zh: "按公历年度审核，可与党支部每半年上报、机关党委年底上报（二（一）7）和年度民主评议同步进行；持证的每一个年度都审核一次，包括发证当年和返回当年。",
      en: "Reviewing by calendar year goes with the branch's half-year and the organ Party committee's year-end reports (2.1.7) and the yearly appraisal; every year in which the card is held is reviewed, including the year of issue and the year of return.",
    },
    alternatives: {
      "calendar-year": {
        text: {
          zh: "持证的每个公历年度审核一次，于当年年底前完成（日期按解释七）；年度中途返回的，于返回时审核。",
          en: "Once in each calendar year the card is held, by the year's end (dates by Q7); for the part-year before a return, on return.",
        },
        citations: ["2.1.2", "2.1.7"],
      },
      "year-from-issue": {
        text: { zh: "自发证之日起每满一年审核一次。", en: "Once each full year from issue." },
        citations: ["2.1.2", "civil-code:202"],
      },
    },
  },
  "Q29.violation-and-grade": {
    id: "Q29.violation-and-grade",
    question: {
      zh: "三（二）2把“遵纪守法”列为目标管理要求，但没有规定违纪违法与评定等次的关系：有违纪违法行为的，是否一律评为不合格？",
      en: "3.2.2 lists \"observing discipline and the law\" among the requirements but does not say how a violation bears on the grade: is every violation \"unqualified\"?",
    },
    citations: ["3.2.2", "2.2.5"],
    default: "standard-decides",
    rationale: {
      zh: "三（二）2把具体要求交由基层党组织根据本单位实际制定；默认评定标准对违纪违法一律评为不合格，基层党组织制定的考核办法可以区分情节。违犯党纪的，另按《中国共产党纪律处分条例》给予党纪处分，与评定等次分别进行。",
      en: "3.2.2 leaves the concrete requirements to the primary organization; the default standard grades every violation unqualified, and an organization's own assessment method may distinguish by circumstances. A breach of Party discipline is dealt with separately, under the Regulations on Disciplinary Actions.",
    },
    alternatives: {
      "standard-decides": {
        text: {
          zh: "由评定标准决定（默认评定标准：有违纪违法行为的，评为不合格）。",
          en: "The grading standard decides (the default standard: any violation is unqualified).",
        },
        citations: ["3.2.2", "2.2.5", "education-regulation-2019:31"],
      },
      "always-unqualified": {
        text: { zh: "有违纪违法行为的，一律评为不合格。", en: "Any violation is unqualified, whatever the standard." },
        citations: ["3.2.2"],
      },
    },
  },
  "Q30.permitted-manager-not-taking": {
    id: "Q30.permitted-manager-not-taking",
    question: {
      zh: "一（二）3中“可由……管理”的党组织（行业协会或行业主管部门党组织，人才流动服务机构或劳动力流动服务机构党组织）没有接收管理的，由谁管理？",
      en: "Under 1.2.3, where an organization that \"may\" manage the member (the industry association's or regulator's, a talent-mobility or labour-mobility agency's) does not take the member on, who manages?",
    },
    citations: ["1.2.3", "2.2.1"],
    default: "next-case",
    rationale: {
      zh: "“可由”是允许，不是必须；该党组织没有接收管理的，按条文其余成立的情形确定，都不成立的，由原所在党组织管理，做到管理不断线。",
      en: "\"May\" permits, it does not oblige; if that organization does not take the member on, the other cases that hold decide, and failing all, the original organization, so that management never breaks off.",
    },
    alternatives: {
      "next-case": {
        text: {
          zh: "按条文其余成立的情形确定；都不成立的，由原所在党组织管理。",
          en: "The other cases that hold decide; failing all, the original organization.",
        },
        citations: ["1.2.3", "2.2.1"],
      },
      "original-org": {
        text: { zh: "由原所在党组织管理。", en: "The original organization manages." },
        citations: ["1.2.2", "2.2.1", "education-regulation-2019:25"],
      },
    },
  },
  "Q31.community-org-choice": {
    id: "Q31.community-org-choice",
    question: {
      zh: "二（一）3“单位未建立党组织的，应当将组织关系转移到单位或党员所居住的社区党组织”：单位所在社区党组织与党员居住地社区党组织，以哪一个为先？",
      en: "2.1.3, a unit with no Party organization: \"to the community Party organization of the unit or of the member's residence\": which comes first?",
    },
    citations: ["2.1.3"],
    default: "text-order",
    rationale: {
      zh: "条文将两者并列，都可以接收；按条文顺序以单位所在社区党组织为先，党员居住地社区党组织同样可以接收，一并列明。",
      en: "The text puts the two side by side and either may receive; the unit's community organization comes first, in the text's order, and the residence's is listed as equally permitted.",
    },
    alternatives: {
      "text-order": {
        text: {
          zh: "以单位所在社区党组织为先，党员居住地社区党组织同样可以接收。",
          en: "The unit's community organization first; the residence's equally permitted.",
        },
        citations: ["2.1.3"],
      },
      "residence-first": {
        text: {
          zh: "以党员居住地社区党组织为先（与二（一）5、二（一）6一致），单位所在社区党组织同样可以接收。",
          en: "The residence's community organization first (as in 2.1.5 and 2.1.6); the unit's equally permitted.",
        },
        citations: ["2.1.3", "2.1.5", "2.1.6"],
      },
    },
  },
  "Q32.retiree-case-precedence": {
    id: "Q32.retiree-case-precedence",
    question: {
      zh: "二（一）6的几种情形可能同时成立（如已纳入社会化管理的企业退休职工又被原单位返聘）：按哪一种处理？",
      en: "The cases of 2.1.6 can hold together (an enterprise retiree under socialized management re-employed by the original unit, say): which decides?",
    },
    citations: ["2.1.6"],
    default: "reemployment-first",
    rationale: {
      zh: "“被原单位返聘的，其党员组织关系仍留在原单位党组织”是对转移组织关系的特别规定：返聘期间党员在原单位工作、参加原单位组织生活，组织关系留在原单位更便于教育管理。",
      en: "\"Re-employed by the original unit: the relationship stays\" is a special rule against transfer: while re-employed the member works and attends organizational life at the original unit, so the relationship is best kept there.",
    },
    alternatives: {
      "reemployment-first": {
        text: {
          zh: "被原单位返聘的，组织关系仍留在原单位党组织，其他情形不再适用。",
          en: "Re-employment by the original unit decides: the relationship stays.",
        },
        citations: ["2.1.6"],
      },
      "text-order": {
        text: { zh: "按条文顺序，先成立的情形决定。", en: "The first case that holds, in the text's order, decides." },
        citations: ["2.1.6"],
      },
    },
  },
  "Q33.correction-deadline": {
    id: "Q33.correction-deadline",
    question: {
      zh: "对不合格党员“要求他限期改正”，期限多长？本意见和党章都没有规定；2019年《条例》第三十条规定不超过1年。",
      en: "How long may a deadline to correct (限期改正) be? Neither the opinion nor the Constitution says; the 2019 regulation (art. 30) says at most 1 year.",
    },
    citations: ["party-constitution:9", "education-regulation-2019:30"],
    default: "no-fixed-term",
    rationale: {
      zh: "本意见和党章没有规定限期改正的期限；2019年《条例》晚于本意见，只作为可选的理解，不径直适用。期限由党支部确定。",
      en: "Neither the opinion nor the Constitution fixes the term; the 2019 regulation came later and is offered as a reading, never applied silently. The branch sets the deadline.",
    },
    alternatives: {
      "no-fixed-term": {
        text: { zh: "期限由党支部确定，不作统一规定。", en: "The branch sets the deadline; no fixed term." },
        citations: ["party-constitution:9"],
      },
      "one-year-2019-regulation": {
        text: {
          zh: "期限不超过1年，自作出限期改正决定之日起计算（2019年《条例》第三十条，适用于能够正确认识错误、愿意接受教育管理并且决心改正的党员）。",
          en: "At most 1 year from the day the deadline is set (2019 regulation art. 30, for members who recognize the error and are resolved to correct).",
        },
        citations: ["education-regulation-2019:30"],
      },
    },
  },
  "Q34.holiday-last-day": {
    id: "Q34.holiday-last-day",
    question: {
      zh: "汇报、审核、上报期限的最后一日是法定休假日的，是否顺延至法定休假日结束的次日（民法典第二百零三条）？",
      en: "When the last day to report, review or file falls on a statutory holiday, does it move to the day after the holiday (Civil Code art. 203)?",
    },
    citations: ["civil-code:203", "2.2.4", "2.1.7"],
    default: "no-extension",
    rationale: {
      zh: "第二百零三条是民法规则，没有党内法规规定党组织工作期限照此顺延；期限按公历日期计算，便于统一检查。",
      en: "Art. 203 is a civil-law rule; no Party rule extends Party deadlines past holidays; counting by calendar date keeps checks uniform.",
    },
    alternatives: {
      "no-extension": {
        text: { zh: "不顺延。", en: "No extension." },
        citations: ["2.2.4", "2.1.7"],
      },
      "extend-past-holidays": {
        text: {
          zh: "顺延至法定休假日结束的次日（须列明有关的法定休假日）。",
          en: "Moved to the day after the holiday (the holidays must be given).",
        },
        citations: ["civil-code:203"],
      },
    },
  },
  "Q35.away-officer-as-liaison": {
    id: "Q35.away-officer-as-liaison",
    question: {
      zh: "三（二）1“应确定党支部书记或支部委员作为他们的联络员”：本人也在外出的支部书记、支部委员，能否担任联络员？",
      en: "3.2.1 names the branch secretary or committee members as liaisons: may one who is away as a mobile member be a liaison?",
    },
    citations: ["3.2.1"],
    default: "away-officer-excluded",
    rationale: {
      zh: "联络员要与流动党员联络沟通，了解其外出表现并如实向党组织报告，本人也在外出的难以履行。",
      en: "A liaison keeps in touch, learns how members perform and reports to the organization truthfully; one who is away cannot well do so.",
    },
    alternatives: {
      "away-officer-excluded": {
        text: {
          zh: "本人外出的支部书记、支部委员不担任联络员。",
          en: "An officer who is away is not a liaison.",
        },
        citations: ["3.2.1"],
      },
      "any-officer": {
        text: {
          zh: "支部书记、支部委员都可以担任联络员。",
          en: "Any secretary or committee member may be a liaison.",
        },
        citations: ["3.2.1"],
      },
    },
  },
  "Q36.residence-changes-case-employment": {
    id: "Q36.residence-changes-case-employment",
    question: {
      zh: "一（二）3“居住地经常变动的，由原所在党组织管理”：与前句以分号相连，是否以“就业单位不够稳定”为前提？",
      en: "1.2.3 \"where the residence changes often, the original organization manages\": joined to the sentence before by a semicolon, does it presuppose unstable employment?",
    },
    citations: ["1.2.3"],
    default: "any-employment",
    rationale: {
      zh: "该句没有重复就业条件；居住地经常变动的，居住地党组织无从管理，由原所在党组织管理最为稳妥。",
      en: "The sentence repeats no employment condition; with the residence changing often no residence organization can manage, so the original organization is the safe manager.",
    },
    alternatives: {
      "any-employment": {
        text: {
          zh: "不论就业情况，居住地经常变动的，由原所在党组织管理。",
          en: "Whatever the employment, the original organization manages.",
        },
        citations: ["1.2.3"],
      },
      "unstable-employment-only": {
        text: { zh: "只适用于就业单位不够稳定的党员。", en: "Only for members whose employment is not stable." },
        citations: ["1.2.3"],
      },
    },
  },
  "Q37.commendation-basis": {
    id: "Q37.commendation-basis",
    question: {
      zh: "三（二）2“对于表现突出的，要给予表彰”：表彰以评为优秀为条件，还是凡表现突出的都给予表彰？",
      en: "3.2.2 \"those who perform outstandingly are to be commended\": only those graded excellent, or everyone who performs outstandingly?",
    },
    citations: ["3.2.2", "appraisal-practice"],
    default: "excellent-grade",
    rationale: {
      zh: "民主评议中的表彰对应“优秀”等次；因名额限制评为“合格”的，其表现突出的情况仍予写明，供党组织另行表彰时参考。",
      en: "In an appraisal, commendation goes with the grade excellent; for a member moved down by the ceiling, the outstanding performance is still stated, for any separate commendation.",
    },
    alternatives: {
      "excellent-grade": {
        text: { zh: "评为优秀的，给予表彰。", en: "Members graded excellent are commended." },
        citations: ["3.2.2", "appraisal-practice"],
      },
      "outstanding-performance": {
        text: {
          zh: "凡表现突出的都给予表彰，不受优秀名额限制。",
          en: "Every outstanding performer is commended, whatever the ceiling.",
        },
        citations: ["3.2.2"],
      },
    },
  },
} as const satisfies { readonly [id: string]: RegistryEntry };

/** Each entry's id is its key, and its default one of its readings: a compile error otherwise. */
type Consistent = {
  readonly [Id in keyof typeof REGISTRY]: (typeof REGISTRY)[Id]["id"] extends Id
    ? (typeof REGISTRY)[Id]["default"] extends keyof (typeof REGISTRY)[Id]["alternatives"]
      ? true
      : false
    : false;
};
const consistent: { readonly [Id in keyof typeof REGISTRY]: true } = {} as Consistent;
void consistent;

/** The registry: every interpretation by id. */
export const INTERPRETATIONS: InterpretationRegistry = REGISTRY;

/** Every interpretation id, in registry order. */
export const INTERPRETATION_IDS = Object.keys(INTERPRETATIONS) as readonly InterpretationId[];

/** The alternatives of an interpretation, as a list. */
export function alternativesOf<Id extends InterpretationId>(id: Id): readonly AlternativeOf<Id>[] {
  if (typeof id !== "string" || !Object.hasOwn(INTERPRETATIONS, id)) {
    failInput("alternativesOf", [], "invalid-value", bilingual("error.no-such-interpretation"));
  }
  return Object.keys(INTERPRETATIONS[id].alternatives) as AlternativeOf<Id>[];
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [INTERPRETATIONS, INTERPRETATION_IDS]) deepFreeze(table);
