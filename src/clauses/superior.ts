/**
 * Superior rules: the Party and state rules the opinion leans on.
 *
 * The opinion follows the 2006 CPC General Office opinion "and other Party rules", and
 * defers to rules it does not spell out (按规定交纳党费, 按规定评定等次, 按党章及党内有关
 * 规定进行组织处理). Where a rule of this library needs one of them, it cites it here,
 * by a typed `SuperiorRuleId`, so the citation is marked as superior (not from the
 * opinion) and names the instrument and article.
 *
 * `verbatim` says whether `zh` is the published text or a Chinese summary of it (a
 * summary opens with （摘要））. A verbatim excerpt names the paragraphs it quotes in its
 * `caveat` and marks with …… what it leaves out between them. `caveat` also says what
 * could not be checked, and where a state rule binds only its own field (民法所称,
 * 本法所称).
 *
 * @module
 */
import { deepFreeze } from "../frozen.js";

/** Every superior-rule id. The prefix names the instrument, the suffix the article. */
export const SUPERIOR_RULE_IDS = [
  "party-constitution:7",
  "party-constitution:9",
  "civil-code:200",
  "civil-code:201",
  "civil-code:202",
  "civil-code:203",
  "civil-code:204",
  "civil-code:1259",
  "general-principles-of-civil-law:154",
  "general-principles-of-civil-law:155",
  "general-principles-of-civil-law-opinions:198",
  "criminal-law:99",
  "education-regulation-2019:18",
  "education-regulation-2019:24",
  "education-regulation-2019:25",
  "education-regulation-2019:29",
  "education-regulation-2019:30",
  "education-regulation-2019:31",
  "education-regulation-2019:32",
  "dues-rules-2008:12",
  "dues-rules-2008:13",
  "general-office-opinion-2006",
  "appraisal-practice",
] as const;

/** The id of one superior rule, for example `"civil-code:1259"` for 民法典 第1259条. */
export type SuperiorRuleId = (typeof SUPERIOR_RULE_IDS)[number];

/** One registered superior rule. */
export interface SuperiorRule {
  /** The superior-rule id. */
  readonly id: SuperiorRuleId;
  /** How a Chinese reader cites it, for example 《民法典》第1259条. */
  readonly label: string;
  /** The instrument's name in English. */
  readonly instrumentEn: string;
  /** The Chinese text: the published text where `verbatim` is true, otherwise a Chinese summary. */
  readonly zh: string;
  /** Whether `zh` is the published text. */
  readonly verbatim: boolean;
  /** An English rendering (the library's). */
  readonly en: string;
  /** What the reader should know before relying on it (date, provenance), or `null`. */
  readonly caveat: string | null;
}

type SuperiorBody = Omit<SuperiorRule, "id">;

const CIVIL_CODE = "Civil Code of the People's Republic of China (in force 2021)";
const CIVIL_LAW_ONLY =
  "A civil-law rule; no Party rule says it governs Party periods (interpretation Q2).";
const GPCL =
  "General Principles of the Civil Law (民法通则, in force when the opinion was issued; repealed 2021)";
const CONSTITUTION = "Constitution of the Communist Party of China";
const REG_2019 = "Regulations of the CPC on the Education and Management of Party Members (in force 2019-05-06)";
const REG_2019_CAVEAT =
  "Issued in 2019, after the 2013 opinion: offered as an alternative or supporting reading, never applied silently. Checked against a full-text copy, not the gazette.";
const DUES_2008 = "Provisions on the Collection, Use and Management of Party Dues (2008)";

const SUPERIOR_BODIES: { readonly [Id in SuperiorRuleId]: SuperiorBody } = {
  "party-constitution:7": {
    label: "《中国共产党章程》第七条",
    instrumentEn: CONSTITUTION,
    zh: "预备党员的义务同正式党员一样。预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样。预备党员预备期满，党的支部应当及时讨论他能否转为正式党员。认真履行党员义务，具备党员条件的，应当按期转为正式党员；需要继续考察和教育的，可以延长预备期，但不能超过一年；不履行党员义务，不具备党员条件的，应当取消预备党员资格。预备党员转为正式党员，或延长预备期，或取消预备党员资格，都应当经支部大会讨论通过和上级党组织批准。",
    verbatim: true,
    en: "A probationary member has the same duties as a full member, and the same rights except the rights to vote, to elect and to be elected. When the probation ends, the branch promptly discusses whether the member becomes a full member: one who fulfils a member's duties and meets the conditions of membership becomes a full member on time; where further observation and education are needed, the probation may be extended, by at most one year; one who does not fulfil a member's duties and does not meet the conditions of membership has probationary membership cancelled. Conversion, extension or cancellation needs discussion and approval by the branch general meeting and the approval of the Party organization above.",
    caveat:
      "An excerpt: the article's second and third paragraphs. Its first paragraph (the one-year probation) and last (when probation and Party standing are counted from) are left out. A probationary member is not removed as lapsed or persuaded to leave: the branch extends or cancels the probation.",
  },
  "party-constitution:9": {
    label: "《中国共产党章程》第九条",
    instrumentEn: CONSTITUTION,
    zh: "党员缺乏革命意志，不履行党员义务，不符合党员条件，党的支部应当对他进行教育，要求他限期改正；经教育仍无转变的，应当劝他退党。劝党员退党，应当经支部大会讨论决定，并报上级党组织批准。如被劝告退党的党员坚持不退，应当提交支部大会讨论，决定把他除名，并报上级党组织批准。党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。支部大会应当决定把这样的党员除名，并报上级党组织批准。",
    verbatim: true,
    en: "A member who lacks revolutionary will, does not fulfil a member's duties and does not meet the conditions of membership is educated by the branch and required to correct within a set time; if there is still no change after education, the member should be persuaded to leave the Party. Persuading a member to leave needs a decision of the branch general meeting, approved by the Party organization above; a member who refuses to leave is, after discussion by the branch general meeting, removed, with the same approval. A member who, without proper reason, for six consecutive months does not take part in the Party's organizational life, or does not pay Party dues, or does not do the work the Party assigns, is regarded as having lapsed. The branch general meeting should decide to remove such a member and report it to the Party organization above for approval.",
    caveat:
      "An excerpt: the article's second and third paragraphs (its first is on the freedom to leave the Party). The article's number and these paragraphs are the same in the 2012 Constitution in force when the opinion was issued and in later revisions.",
  },
  "civil-code:200": {
    label: "《民法典》第二百条",
    instrumentEn: CIVIL_CODE,
    zh: "民法所称的期间按照公历年、月、日、小时计算。",
    verbatim: true,
    en: "Periods in civil law are counted in Gregorian years, months, days and hours.",
    caveat: CIVIL_LAW_ONLY,
  },
  "civil-code:201": {
    label: "《民法典》第二百零一条",
    instrumentEn: CIVIL_CODE,
    zh: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。",
    verbatim: true,
    en: "When a period is counted in years, months or days, the day on which it starts is not counted; counting starts on the next day. A period counted in hours starts at the time the law provides or the parties agree.",
    caveat: CIVIL_LAW_ONLY,
  },
  "civil-code:202": {
    label: "《民法典》第二百零二条",
    instrumentEn: CIVIL_CODE,
    zh: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
    verbatim: true,
    en: "When a period is counted in years or months, its last day is the corresponding day of the final month; where that month has no corresponding day, its last day is the last day of that month.",
    caveat:
      "A civil-law rule; no Party rule says it governs Party periods (interpretations Q2 and Q14). It first appeared in the General Provisions of the Civil Law (2017), art. 202: the General Principles in force in 2013 had no corresponding-day or month-end rule.",
  },
  "civil-code:203": {
    label: "《民法典》第二百零三条",
    instrumentEn: CIVIL_CODE,
    zh: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。",
    verbatim: true,
    en: "Where the last day of a period is a statutory holiday, the day after the holiday ends is the last day. The last day ends at 24:00; where there are business hours, it ends when business stops.",
    caveat:
      "A civil-law rule. Its holiday roll-forward is not applied (interpretation Q34). Its second sentence, that the last day runs to 24:00, is why a period's last day is still inside the period (interpretation Q22; a duty done on its last day is on time).",
  },
  "civil-code:204": {
    label: "《民法典》第二百零四条",
    instrumentEn: CIVIL_CODE,
    zh: "期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。",
    verbatim: true,
    en: "Periods are computed as this Code provides, unless a law provides or the parties agree otherwise.",
    caveat: null,
  },
  "civil-code:1259": {
    label: "《民法典》第一千二百五十九条",
    instrumentEn: CIVIL_CODE,
    zh: "民法所称的“以上”“以下”“以内”“届满”，包括本数；所称的“不满”“超过”“以外”，不包括本数。",
    verbatim: true,
    en: "In civil law, 以上 (at least), 以下 (at most), 以内 (within) and 届满 (expired) include the stated number; 不满 (less than), 超过 (more than) and 以外 (beyond) exclude it.",
    caveat:
      "Defines words “in civil law” (民法所称); no Party rule adopts it, so it does not by itself govern the opinion's periods. Reading 以上, 以内 and 届满 in the opinion this way is interpretation Q1 (and Q22).",
  },
  "general-principles-of-civil-law:154": {
    label: "《民法通则》第一百五十四条",
    instrumentEn: GPCL,
    zh: "民法所称的期间按照公历年、月、日、小时计算。规定按照小时计算期间的，从规定时开始计算。规定按照日、月、年计算期间的，开始的当天不算入，从下一天开始计算。期间的最后一天是星期日或者其他法定休假日的，以休假日的次日为期间的最后一天。期间的最后一天的截止时间为二十四点。有业务时间的，到停止业务活动的时间截止。",
    verbatim: true,
    en: "Periods in Gregorian years, months, days and hours; a period counted in hours starts at the stated time; a period counted in days, months or years starts the next day; a last day on a Sunday or statutory holiday moves to the day after the holiday; the last day ends at 24:00, or when business stops. The predecessor of Civil Code arts. 200, 201 and 203. It had no corresponding-day or month-end rule: that came with the General Provisions of the Civil Law (2017) art. 202, now Civil Code art. 202.",
    caveat:
      "Repealed on 2021-01-01. The corresponding-day reading of Q2's default is the 2017 rule applied to a 2013 text by interpretation, not the rule in force in 2013.",
  },
  "general-principles-of-civil-law:155": {
    label: "《民法通则》第一百五十五条",
    instrumentEn: GPCL,
    zh: "民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“以外”，不包括本数。",
    verbatim: true,
    en: "In civil law, 以上, 以下, 以内 and 届满 include the stated number; 不满 and 以外 exclude it. The predecessor of Civil Code art. 1259.",
    caveat:
      "Repealed on 2021-01-01. Like Civil Code art. 1259 it defines words of civil law only; reading the opinion's words this way is interpretation Q1.",
  },
  "general-principles-of-civil-law-opinions:198": {
    label: "最高人民法院《关于贯彻执行〈中华人民共和国民法通则〉若干问题的意见（试行）》第一百九十八条",
    instrumentEn:
      "Supreme People's Court, Opinions on Several Questions in Implementing the General Principles of the Civil Law (for trial use, 1988; abolished 2021)",
    zh: "（摘要）当事人约定的期间不是以月、年第一天起算的，一个月为30日，一年为365日。期间的最后一天是星期日或者其他法定休假日，而星期日或者其他法定休假日有变通的，以实际休假日的次日为期间的最后一天。",
    verbatim: false,
    en: "For a period the parties agreed that does not start on the first day of a month or year, a month is 30 days and a year 365 days. Where the last day is a Sunday or statutory holiday and the rest days were moved, the last day is the day after the actual holiday.",
    caveat:
      "A judicial interpretation for agreed periods, in force in 2013 and abolished with the Civil Code. The second sentence was checked against a commentary; the first is given from memory and must be checked against a published copy before anyone relies on it.",
  },
  "criminal-law:99": {
    label: "《刑法》第九十九条",
    instrumentEn: "Criminal Law of the People's Republic of China",
    zh: "本法所称以上、以下、以内，包括本数。",
    verbatim: true,
    en: "In this Law, 以上, 以下 and 以内 include the stated number.",
    caveat:
      "本法所称: it defines the Criminal Law's own words only; cited as evidence of the statutory convention, not as a rule for Party periods.",
  },
  "education-regulation-2019:18": {
    label: "《中国共产党党员教育管理工作条例》第十八条",
    instrumentEn: REG_2019,
    zh: "党支部一般每年开展1次民主评议党员。党支部召开党员大会，按照个人自评、党员互评、民主测评的程序，组织党员进行评议。党支部委员会会议或者党员大会根据评议情况和党员日常表现情况，提出评定意见。",
    verbatim: true,
    en: "A branch normally holds a democratic appraisal of members once a year: the general meeting appraises members by self-appraisal, mutual appraisal and a democratic vote; the branch committee or the general meeting proposes a rating from the appraisal and the member's everyday conduct. The regulation itself names no grades.",
    caveat: `An excerpt: the article's first paragraph. ${REG_2019_CAVEAT}`,
  },
  "education-regulation-2019:24": {
    label: "《中国共产党党员教育管理工作条例》第二十四条",
    instrumentEn: REG_2019,
    zh: "对与党组织失去联系6个月以上、通过各种方式查找仍然没有取得联系的党员，予以停止党籍。停止党籍的决定由所在党支部或者上级党组织按照有关规定作出。停止党籍2年后确实无法取得联系的，按照自行脱党予以除名。",
    verbatim: true,
    en: "A member out of contact with the Party organization for 6 months or more, and still unreachable after every means of finding them, has membership suspended, by decision of the branch or the organization above; still unreachable 2 years after the suspension, the member is removed as lapsed.",
    caveat: `An excerpt: the article's third paragraph. ${REG_2019_CAVEAT}`,
  },
  "education-regulation-2019:25": {
    label: "《中国共产党党员教育管理工作条例》第二十五条",
    instrumentEn: REG_2019,
    zh: "党员工作单位、经常居住地发生变动的，或者外出学习、工作、生活6个月以上并且地点相对固定的，应当转移组织关系。……对组织关系转出但尚未被接收的党员，原所在党组织仍然负有管理责任。",
    verbatim: true,
    en: "A member whose workplace or usual residence changes, or who is away to study, work or live for 6 months or more at a relatively fixed place, should transfer the organizational relationship. … While a relationship is sent but not yet received, the original organization stays responsible for managing the member.",
    caveat: `An excerpt of the article's third paragraph (…… marks what is left out). ${REG_2019_CAVEAT}`,
  },
  "education-regulation-2019:29": {
    label: "《中国共产党党员教育管理工作条例》第二十九条",
    instrumentEn: REG_2019,
    zh: "对党员不按照规定参加党的组织生活、不按时交纳党费、流动到外地工作生活不与党组织主动保持联系的，以及存在其他与党的要求不相符合的行为、情节较轻的，党组织应当采取适当方式及时进行批评教育，帮助其改进提高。",
    verbatim: true,
    en: "Where a member does not take part in organizational life as required, does not pay dues on time, moves elsewhere to work or live without keeping in touch with the Party organization, or otherwise falls short of the Party's requirements in a minor way, the Party organization promptly criticizes and educates the member in a suitable way and helps them improve.",
    caveat: `Supports the first step of 2.1.2 (criticism and education) only. ${REG_2019_CAVEAT}`,
  },
  "education-regulation-2019:30": {
    label: "《中国共产党党员教育管理工作条例》第三十条",
    instrumentEn: REG_2019,
    zh: "对缺乏革命意志，不履行党员义务，不符合党员条件，但本人能够正确认识错误、愿意接受教育管理并且决心改正的党员，党组织应当作出限期改正处置，限期改正时间不超过1年。对给予限期改正处置的党员应当采取帮助教育措施。",
    verbatim: true,
    en: "A member who lacks revolutionary will, does not fulfil a member's duties and does not meet the conditions of membership, but recognizes the error, is willing to accept education and management and is resolved to correct, is given a deadline to correct of at most 1 year, with help and education meanwhile. The limit is stated only for such members.",
    caveat: REG_2019_CAVEAT,
  },
  "education-regulation-2019:31": {
    label: "《中国共产党党员教育管理工作条例》第三十一条",
    instrumentEn: REG_2019,
    zh: "党员具有下列情形之一的，按照规定程序给予除名处置：……（五）限期改正期满后仍无转变的，劝其退党，劝而不退的予以除名；（六）没有正当理由，连续6个月不参加党的组织生活，或者不交纳党费，或者不做党所分配的工作，按照自行脱党予以除名。对违犯党纪的党员，按照《中国共产党纪律处分条例》规定给予党纪处分。",
    verbatim: true,
    en: "A member is removed by the prescribed procedure where, among other cases, (5) there is still no change when the deadline to correct has passed: the member is persuaded to leave, and removed on refusal; (6) without proper reason, for 6 consecutive months, the member does not take part in organizational life, or does not pay dues, or does not do the work the Party assigns: removal as lapsed. A member who breaches Party discipline is disciplined under the Regulations on Disciplinary Actions.",
    caveat: `An excerpt: items (1) to (4) are left out (…… marks them). ${REG_2019_CAVEAT}`,
  },
  "education-regulation-2019:32": {
    label: "《中国共产党党员教育管理工作条例》第三十二条",
    instrumentEn: REG_2019,
    zh: "基层党组织应当加强流动党员管理，对外出6个月以上并且没有转移组织关系的流动党员，应当保持经常联系……流动党员可以在流入地党组织或者流动党员党组织参加民主评议。",
    verbatim: true,
    en: "Primary Party organizations strengthen the management of mobile members and keep in regular contact with those away 6 months or more who have not transferred their relationship … Mobile members may take part in the democratic appraisal at the inflow organization or at a mobile-member Party organization.",
    caveat: `An excerpt of the article's first and second paragraphs (…… marks what is left out). ${REG_2019_CAVEAT}`,
  },
  "dues-rules-2008:12": {
    label: "《关于中国共产党党费收缴、使用和管理的规定》第十二条",
    instrumentEn: DUES_2008,
    zh: "党员应当增强党员意识，主动按月交纳党费。遇到特殊情况，经党支部同意，可以每季度交纳一次党费，也可以委托其亲属或者其他党员代为交纳或者补交党费。补交党费的时间一般不得超过6个月。",
    verbatim: true,
    en: "Members pay dues monthly on their own initiative; in special circumstances, with the branch's consent, once a quarter, or through a relative or another member, who may also make up arrears. Arrears may generally be made up for no more than 6 months.",
    caveat: null,
  },
  "dues-rules-2008:13": {
    label: "《关于中国共产党党费收缴、使用和管理的规定》第十三条",
    instrumentEn: DUES_2008,
    zh: "对不按照规定交纳党费的党员，其所在党组织应及时对其进行批评教育，限期改正。对无正当理由，连续6个月不交纳党费的党员，按自行脱党处理。",
    verbatim: true,
    en: "A member who does not pay dues as required is promptly criticized and educated by the Party organization and given a deadline to correct. A member who, without proper reason, pays no dues for 6 consecutive months is treated as having lapsed.",
    caveat: null,
  },
  "general-office-opinion-2006": {
    label: "中共中央办公厅《关于加强和改进流动党员管理工作的意见》（2006）",
    instrumentEn:
      "CPC Central Committee General Office, Opinion on Strengthening and Improving the Management of Mobile Party Members (2006)",
    zh: "（摘要）流动党员在流入地参加日常组织生活、在流出地参加选举；外出前向党支部报告并领取《流动党员活动证》；至少每年向流出地党组织汇报一次；流入地党组织为主、双方共同管理。",
    verbatim: false,
    en: "Mobile members join daily organizational life where they are and elections at home; before leaving they report and collect the activity card; they report home at least once a year; the inflow organization leads and both manage jointly.",
    caveat: "Known second-hand only; no official copy was found.",
  },
  "appraisal-practice": {
    label: "民主评议党员（全国通行做法）",
    instrumentEn: "Democratic appraisal of Party members (national practice)",
    zh: "（摘要）评议等次分为优秀、合格、基本合格、不合格；优秀一般不超过参评党员的三分之一；预备党员参加评议但不评定等次。",
    verbatim: false,
    en: "Grades: excellent, qualified, basically qualified, unqualified; excellent is normally at most one third of those appraised; probationary members take part but get no grade.",
    caveat:
      "Checked against a mirror of the central Party-member website, not an official gazette: the grade names are reliable, the one-third ceiling is practice.",
  },
};

/** The registry: every superior rule by id. */
export const SUPERIOR_RULES: { readonly [Id in SuperiorRuleId]: SuperiorRule } = Object.freeze(
  Object.fromEntries(
    SUPERIOR_RULE_IDS.map((id) => [id, Object.freeze({ id, ...SUPERIOR_BODIES[id] })]),
  ) as { readonly [Id in SuperiorRuleId]: SuperiorRule },
);

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [SUPERIOR_RULE_IDS, SUPERIOR_RULES]) deepFreeze(table);
