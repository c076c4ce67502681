/**
 * Superior rules: the Party and state rules the opinion leans on.
 *
 * The opinion follows the 2006 CPC General Office opinion "and other Party rules", and
 * defers to rules it does not spell out (按规定交纳党费, 按规定评定等次, 按党章及党内有关
 * 规定进行组织处理). Where a rule of this library needs one of them, it cites it here,
 * by a typed `SuperiorRuleId`, so the citation is marked as superior (not from the
 * opinion) and names the instrument and article.
 *
 * `verbatim` says whether `zh` is the published text (as quoted in the project's
 * policy notes) or a Chinese summary of it; `caveat` says what could not be checked.
 *
 * @module
 */
import { deepFreeze } from "../frozen.js";

/** Every superior-rule id. The prefix names the instrument, the suffix the article. */
export const SUPERIOR_RULE_IDS = [
  "party-constitution:9",
  "civil-code:200",
  "civil-code:201",
  "civil-code:202",
  "civil-code:203",
  "civil-code:204",
  "civil-code:1259",
  "general-principles-of-civil-law:154",
  "general-principles-of-civil-law:155",
  "criminal-law:99",
  "education-regulation-2019:18",
  "education-regulation-2019:24",
  "education-regulation-2019:25",
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
const GPCL =
  "General Principles of the Civil Law (民法通则, in force when the opinion was issued; repealed 2021)";
const REG_2019 = "Regulations on the Education and Management of Party Members (2019)";
const REG_2019_CAVEAT =
  "Issued in 2019, after the 2013 opinion: offered as an alternative or supporting reading, never applied silently.";
const DUES_2008 = "Provisions on the Collection, Use and Management of Party Dues (2008)";

const SUPERIOR_BODIES: { readonly [Id in SuperiorRuleId]: SuperiorBody } = {
  "party-constitution:9": {
    label: "《中国共产党章程》第九条",
    instrumentEn: "Constitution of the Communist Party of China",
    zh: "党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。支部大会应当决定把这样的党员除名，并报上级党组织批准。",
    verbatim: true,
    en: "A member who, without proper reason, for six consecutive months does not take part in the Party's organizational life, or does not pay Party dues, or does not do the work the Party assigns, is regarded as having lapsed. The branch general meeting should decide to remove such a member and report it to the Party organization above for approval. (The same article has the branch educate an unqualified member and set a deadline to correct; with no change, persuade the member to leave; on refusal, remove the member.)",
    caveat: null,
  },
  "civil-code:200": {
    label: "《民法典》第二百条",
    instrumentEn: CIVIL_CODE,
    zh: "（摘要）民法所称的期间按照公历年、月、日、小时计算。",
    verbatim: false,
    en: "Periods are counted in Gregorian years, months, days and hours.",
    caveat: "A civil-law rule; no Party rule says it governs Party periods (interpretation Q2).",
  },
  "civil-code:201": {
    label: "《民法典》第二百零一条",
    instrumentEn: CIVIL_CODE,
    zh: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
    verbatim: true,
    en: "When a period is counted in years, months or days, the day on which it starts is not counted; counting starts on the next day.",
    caveat: "A civil-law rule; no Party rule says it governs Party periods (interpretation Q2).",
  },
  "civil-code:202": {
    label: "《民法典》第二百零二条",
    instrumentEn: CIVIL_CODE,
    zh: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
    verbatim: true,
    en: "When a period is counted in years or months, its last day is the corresponding day of the final month; where that month has no corresponding day, its last day is the last day of that month.",
    caveat: "A civil-law rule; no Party rule says it governs Party periods (interpretations Q2 and Q14).",
  },
  "civil-code:203": {
    label: "《民法典》第二百零三条",
    instrumentEn: CIVIL_CODE,
    zh: "（摘要）期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日；期间的最后一日的截止时间为二十四时。",
    verbatim: false,
    en: "A last day that falls on a statutory holiday moves to the day after the holiday; the last day ends at 24:00.",
    caveat:
      "Not applied: the library has no holiday calendar, and the opinion's periods measure absences, not deadlines to act.",
  },
  "civil-code:204": {
    label: "《民法典》第二百零四条",
    instrumentEn: CIVIL_CODE,
    zh: "（摘要）期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。",
    verbatim: false,
    en: "These methods of computing periods apply unless a law or the parties provide otherwise.",
    caveat: null,
  },
  "civil-code:1259": {
    label: "《民法典》第一千二百五十九条",
    instrumentEn: CIVIL_CODE,
    zh: "民法所称的“以上”“以下”“以内”“届满”，包括本数；所称的“不满”“超过”“以外”，不包括本数。",
    verbatim: true,
    en: "In civil law, 以上 (at least), 以下 (at most), 以内 (within) and 届满 (expired) include the stated number; 不满 (less than), 超过 (more than) and 以外 (beyond) exclude it.",
    caveat: null,
  },
  "general-principles-of-civil-law:154": {
    label: "《民法通则》第一百五十四条",
    instrumentEn: GPCL,
    zh: "（摘要）期间按照公历年、月、日、小时计算；按照日、月、年计算期间的，开始的当天不算入，从下一天开始计算。",
    verbatim: false,
    en: "The predecessor of Civil Code articles 200–203 in force in 2013: Gregorian periods, start day not counted.",
    caveat: "Repealed on 2021-01-01; cited to show the 2013 reading matches the Civil Code's.",
  },
  "general-principles-of-civil-law:155": {
    label: "《民法通则》第一百五十五条",
    instrumentEn: GPCL,
    zh: "（摘要）民法所称的“以上”“以下”“以内”“届满”，包括本数；所称的“不满”“以外”，不包括本数。",
    verbatim: false,
    en: "The predecessor of Civil Code article 1259 in force in 2013, with the same inclusive and exclusive words.",
    caveat: "Repealed on 2021-01-01; cited to show the 2013 reading matches the Civil Code's.",
  },
  "criminal-law:99": {
    label: "《刑法》第九十九条",
    instrumentEn: "Criminal Law of the People's Republic of China",
    zh: "本法所称以上、以下、以内，包括本数。",
    verbatim: true,
    en: "In this Law, 以上, 以下 and 以内 include the stated number.",
    caveat: null,
  },
  "education-regulation-2019:18": {
    label: "《中国共产党党员教育管理工作条例》第十八条",
    instrumentEn: REG_2019,
    zh: "（摘要）民主评议党员一般每年开展一次，通过个人自评、党员互评、民主测评，由支部委员会或支部大会确定评议等次。",
    verbatim: false,
    en: "Democratic appraisal normally once a year: self-appraisal, mutual appraisal, a democratic vote; the branch committee or general meeting decides the grade.",
    caveat: REG_2019_CAVEAT,
  },
  "education-regulation-2019:24": {
    label: "《中国共产党党员教育管理工作条例》第二十四条",
    instrumentEn: REG_2019,
    zh: "（摘要）党员失去联系6个月以上、经多方查找仍无法取得联系的，停止其党籍；停止党籍2年后仍无法取得联系的，按照自行脱党予以除名。",
    verbatim: false,
    en: "A member out of contact for 6 months or more and still unreachable has membership suspended; still unreachable 2 years later, the member is removed as lapsed.",
    caveat: REG_2019_CAVEAT,
  },
  "education-regulation-2019:25": {
    label: "《中国共产党党员教育管理工作条例》第二十五条",
    instrumentEn: REG_2019,
    zh: "（摘要）党员外出6个月以上且地点相对固定的，应当转移组织关系；组织关系转出而尚未被接收期间，原党组织仍负有管理责任。",
    verbatim: false,
    en: "A member away 6 months or more at a relatively fixed place should transfer the relationship; while a transfer is sent but not yet received, the original organization stays responsible.",
    caveat: REG_2019_CAVEAT,
  },
  "education-regulation-2019:30": {
    label: "《中国共产党党员教育管理工作条例》第三十条",
    instrumentEn: REG_2019,
    zh: "（摘要）对不合格党员限期改正的期限一般不超过1年。",
    verbatim: false,
    en: "A deadline to correct (限期改正) set for an unqualified member is at most 1 year.",
    caveat: REG_2019_CAVEAT,
  },
  "education-regulation-2019:31": {
    label: "《中国共产党党员教育管理工作条例》第三十一条",
    instrumentEn: REG_2019,
    zh: "（摘要）限期改正期满仍无转变的，劝其退党；劝而不退的，予以除名。连续6个月不参加党的组织生活、不交纳党费、不做党所分配的工作，又无正当理由的，按照自行脱党予以除名。",
    verbatim: false,
    en: "After the deadline with no change: persuade to leave; on refusal, remove. Six consecutive months without proper reason of no organizational life, no dues or no assigned work: removal as lapsed.",
    caveat: REG_2019_CAVEAT,
  },
  "education-regulation-2019:32": {
    label: "《中国共产党党员教育管理工作条例》第三十二条",
    instrumentEn: REG_2019,
    zh: "（摘要）流动党员可以由流入地党组织或者流动党员党组织进行民主评议。",
    verbatim: false,
    en: "Mobile members may be appraised by the inflow organization or by a dedicated mobile-member Party organization.",
    caveat: REG_2019_CAVEAT,
  },
  "dues-rules-2008:12": {
    label: "《关于中国共产党党费收缴、使用和管理的规定》第十二条",
    instrumentEn: DUES_2008,
    zh: "（摘要）党员应按月交纳党费；经党支部同意，可以按季度交纳；补交党费的时间一般不超过6个月。",
    verbatim: false,
    en: "Dues are paid monthly (quarterly with the branch's consent); arrears may be made up for at most 6 months.",
    caveat: null,
  },
  "dues-rules-2008:13": {
    label: "《关于中国共产党党费收缴、使用和管理的规定》第十三条",
    instrumentEn: DUES_2008,
    zh: "（摘要）党员不按照规定交纳党费的，应当批评教育，限期改正；无正当理由连续6个月不交纳党费的，按自行脱党处理。",
    verbatim: false,
    en: "Not paying as required: criticism and a correction deadline; 6 consecutive months without paying and without proper reason: treated as lapsed.",
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
