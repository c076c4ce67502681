/**
 * The library's words in simplified Chinese, as an officer would sign them: the text's
 * and the Party constitution's own words, no programmers' words.
 *
 * Each rule's messages are a block of their own, listed in `messages` below; the type of
 * {@link Catalog} requires every step, reason and error message of every rule.
 *
 * @module
 */
import type { Catalog, StepFound, ToolCatalog } from "./catalog.js";
import type { AbsenceDocument, DocumentLengthWords, DocumentPlace } from "../rules/document-for-absence.js";
import type { DutyId } from "../rules/duties.js";
import { DUTIES } from "../rules/duties.js";
import { OPINION_CLAUSES, type ClauseId } from "../clauses/opinion.js";

type Messages = Catalog["messages"];
type ToolWords = ToolCatalog["messages"];

/** A date as a Chinese sentence writes it: `2024-03-10` → 2024年3月10日. */
function date(value: string): string {
  const [year, month, day] = value.split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

function yes(value: unknown): string {
  return value === true ? "是" : "否";
}

/** Duties grouped by the clause that sets each, in order. */
function byClause(duties: readonly DutyId[]): [ClauseId, DutyId[]][] {
  const groups = new Map<ClauseId, DutyId[]>();
  for (const id of duties) groups.set(DUTIES[id].clause, [...(groups.get(DUTIES[id].clause) ?? []), id]);
  return [...groups];
}

// ── terms ────────────────────────────────────────────────────────────────────

const sharedTerms = {
    documents: {
      "transfer-letter": "组织关系介绍信",
      "certificate-letter": "党员证明信",
      "activity-card": "《流动党员活动证》",
    },
    duties: {
      "stamp-activity-card": "在《流动党员活动证》上盖章",
      "register-and-issue-activity-card": "登记并发放《流动党员活动证》",
      "verify-and-file-activity-card": "及时验证《流动党员活动证》，并报本支部的上级党组织备案",
      "review-activity-card-yearly": "每年审核一次《流动党员活动证》",
      "complete-relationship-transfer": "及时办理组织关系转接（无正当理由不及时办理的，党组织要进行批评教育；经教育仍不改正的，由正式组织关系所在党组织按党章及党内有关规定进行组织处理）",
      "keep-contact-with-both-organizations": "与流入地和流出地党组织保持联系（长期不联系的，党组织要进行批评教育；经教育仍不改正的，由正式组织关系所在党组织按党章及党内有关规定进行组织处理）",
      "register-and-track-member": "对流动党员登记造册，掌握去向，并向所去地方、单位党组织通报",
      "keep-regular-contact-with-outflow-org": "主动与流出地党组织保持经常联系，及时沟通",
      "coordinate-transfer-with-destination-unit": "与党员所去单位党组织做好衔接工作，帮助党员及时落实组织关系",
      "send-study-materials": "有条件的定期寄发学习资料，或利用书信、电话等方式加强联系",
      "train-received-members": "结合流动党员的学习需求，开展集中培训、专题教育和组织活动",
      "record-political-status": "在流动人员登记备案中增加“政治面貌”内容",
      "enter-in-information-base": "在党内基本信息库中录入流动党员的基本情况，实行动态管理",
      "record-in-outgoing-register": "在《外出党员登记簿》中记录流动党员的详细情况",
      "record-in-incoming-register": "在《外来党员登记簿》中记录流动党员的详细情况",
      "visit-family-during-absence": "党员外出期间，定期、不定期地走访其家属，必要时可派员看望党员本人，了解情况，积极为他们排忧解难",
      "visit-incoming-member": "对外来党员热情走访，帮助解决工作、生活中的实际困难，使他们感受到党组织的关怀和温暖",
      "inspect-and-solve-problems": "经常深入基层调查研究，督促检查，及时发现和解决流动党员教育管理工作中存在的问题",
      "hold-neglect-to-account": "对工作中不负责任、推诿扯皮的，给予教育帮助；情节严重的，作出必要的组织处理",
    },
    dutyBearers: {
      "member": "流动党员本人",
      "home-branch": "正式组织关系所在党支部",
      "outflow-organ-party-committee": "流出地机关党委",
      "outflow-org": "流出地党组织",
      "outflow-primary-org": "流出地基层党组织",
      "inflow-branch": "流入地党支部",
      "inflow-org": "流入地党组织",
      "inflow-primary-org": "流入地基层党组织",
      "original-unit-org": "原所在单位党组织",
      "receiving-org": "接收组织关系的党组织",
      "relevant-departments": "有关部门",
      "party-orgs-at-every-level": "各级党组织",
    },
    partyOrgs: {
      "workplace-org": "单位党组织",
      "industry-association-org": "行业协会党组织",
      "industry-regulator-org": "行业主管部门党组织",
      "talent-agency-org": "人才流动服务机构党组织",
      "labour-agency-org": "劳动力流动服务机构党组织",
      "service-agency-org": "有关服务机构党组织",
      "unit-community-org": "单位所在社区党组织",
      "residence-community-org": "党员居住地社区党组织",
      "family-community-org": "父母、配偶所属社区党组织",
      "residence-org": "居住地党组织",
      "mobile-member-org": "流动党员党组织",
      "original-org": "原所在党组织",
    },
};

// ── shared steps ─────────────────────────────────────────────────────────────

const shared = {
  "documented-override": () => "作例外处理",
  within: () => "依另一规则决定",
  duties: (_params, found: StepFound) =>
    `有关各方应当履行的职责：${byClause(found.result as readonly DutyId[])
      .map(([clause, ids]) => `依${OPINION_CLAUSES[clause].label}，${ids.map((id) => `${terms.dutyBearers[DUTIES[id].bearer]}${terms.duties[id]}`).join("；")}`)
      .join("。")}`,
  "error.interpretation-not-read": ({ number }) => `本事项的规则不涉及解释${chineseNumber(number)}，不能为其选定理解`,
  "error.no-such-interpretation": () => "没有这一编号的解释（见 INTERPRETATION_IDS）",
  "error.override-under-no-override": () => "已按解释五选定不作例外处理，不能再提出例外",
} satisfies Partial<Messages>;

// ── documentForAbsence ───────────────────────────────────────────────────────

const carry = (document: AbsenceDocument): string =>
  `${document === "activity-card" ? "持" : "开具"}${terms.documents[document]}`;

const PLACE: { readonly [P in DocumentPlace]: string } = {
  fixed: "外出地点相对固定",
  unknown: "外出地点不确定",
  "not-fixed": "外出地点不固定",
  "known-not-fixed": "外出地点已知而不固定",
};

const LENGTH: { readonly [L in DocumentLengthWords]: string } = {
  within: "外出6个月以内",
  "exact-as-within": "恰好6个月按“6个月以内”（解释一）",
  "at-least": "外出6个月以上",
  "exact-as-at-least": "恰好6个月按“6个月以上”（解释一）",
  "open-ended-at-least": "外出没有返回计划、按6个月以上（解释二十四）",
};

const RELATION: { readonly [relation: string]: string } = {
  shorter: "不满6个月",
  exact: "恰好6个月",
  longer: "超过6个月",
};

const documentForAbsenceMessages = {
  "place-fixed": (_params, found) => `外出地点或工作单位相对固定：${yes(found.result)}`,
  "place-known": () => "外出地点不确定（地点不知道）",
  "place-uncertain": ({ placeKnown }, found) =>
    found.result === false
      ? "外出地点已知而不固定，不属地点不确定（解释二十三）"
      : placeKnown === true
        ? "外出地点已知而不固定，按地点不确定处理（解释二十三）"
        : "外出地点不固定，按地点不确定处理（解释二十三）",
  "absence-time-known": () => "未定返回日期：外出时间不确定",
  "absence-open-ended": (_params, found) =>
    found.result === "longer"
      ? "外出没有返回计划，按外出6个月以上处理（解释二十四）"
      : "外出没有返回计划，按外出时间不确定处理（解释二十四）",
  "absence-length": ({ lastDay, clamped }, found) =>
    `${date(String(found.facts["departure"]))}外出（当日不计入），6个月期间至${date(lastDay)}届满${clamped ? "（到期月无对应日）" : ""}；预计${date(String(found.facts["expectedReturn"]))}返回，外出时间${RELATION[String(found.result)] ?? ""}`,
  document: ({ conclusion, place, length }, found) => {
    const document = found.result as AbsenceDocument;
    const long = length ?? "at-least";
    switch (conclusion) {
      case "fixed-at-least":
        return length === "exact-as-at-least"
          ? `${LENGTH["exact-as-at-least"]}：一般应当开具${terms.documents["transfer-letter"]}`
          : `地点相对固定、外出6个月以上：一般应当开具${terms.documents["transfer-letter"]}`;
      case "fixed-within":
        return `${LENGTH[length ?? "within"]}：一般应当开具${terms.documents["certificate-letter"]}`;
      case "time-uncertain":
        return `外出时间不确定（地点、时间任一不确定即持活动证，解释三）：一般应当持${terms.documents["activity-card"]}`;
      case "time-uncertain-only":
        return `只有外出时间不确定（解释三：地点、时间都不确定才持活动证）；组织关系介绍信和党员证明信都以外出时间为条件，时间不确定，无从开具，仍持${terms.documents["activity-card"]}`;
      case "place-and-time-uncertain":
        return `${PLACE[place]}、时间不确定：一般应当持${terms.documents["activity-card"]}`;
      case "place-uncertain":
        return `${PLACE[place]}（地点、时间任一不确定即持活动证，解释三）：一般应当持${terms.documents["activity-card"]}`;
      case "only-place-uncertain":
        return `只有${PLACE[place]}（解释三：地点、时间都不确定才持活动证）；${LENGTH[length ?? "within"]}：一般应当开具${terms.documents["certificate-letter"]}`;
      case "only-place-uncertain-long":
        return `只有${PLACE[place]}（解释三：地点、时间都不确定才持活动证）；${LENGTH[long]}而地点不固定${long === "open-ended-at-least" ? "" : "、时间确定"}，条文未作规定（解释四）：${carry(document)}`;
      case "known-not-fixed-long":
        return `${LENGTH[long]}而地点已知、不固定，条文未作规定（解释四）：${carry(document)}`;
    }
  },
  "reason.open-ended": () => "外出没有返回计划：既无确定的返回日期，又属长期外出",
  "reason.no-corresponding-day": ({ departure }) => `外出之日${date(departure)}在6个月后的月份没有对应日`,
  "reason.known-not-fixed": () => "外出地点已知而不固定",
  "reason.only-place-uncertain": () => "只有地点不确定",
  "reason.long-without-fixed-place": ({ length, timeKnown }) =>
    `${LENGTH[length]}而地点不固定${timeKnown ? "、时间确定" : ""}：条文第一种情形要求地点相对固定`,
  "reason.exactly-six-months": () => "外出恰好6个月：既是“6个月以上”，也是“6个月以内”",
  "error.return-before-departure": () => "预计返回日期早于外出日期",
  "error.fixed-place-unknown": () => "外出地点相对固定的，不能同时说地点不确定",
  "error.place-known-needed": () =>
    "选定解释二十三“外出地点已知而不固定的，不属地点不确定”的，外出地点不固定时须说明地点是否已知",
} satisfies Partial<Messages>;

const documentForAbsenceWords = {
  documentForAbsence: {
    title: "外出党员所持证明",
    question: "党员外出，应当开具或持有何种证明？",
    summary: (outcome) => carry(outcome.document),
  },
} satisfies Partial<Catalog["rules"]>;

/** Said of an absence's first day by every rule that asks for it. */
const DEPARTURE_LABEL = "外出日期";

const documentForAbsenceFields = {
  "field.documentForAbsence.departure": () => DEPARTURE_LABEL,
  "field-help.documentForAbsence.departure": () => "党员离开原单位外出的日期。外出当日不计入期间（民法典第二百零一条）。",
  "field.documentForAbsence.expectedReturn": () => "预计返回日期",
  "field-help.documentForAbsence.expectedReturn": () =>
    "党员预计返回的日期，不得早于外出日期。未定返回日期的，属外出时间不确定；外出没有返回计划的（如长期借调、在外另行就业而无期限），如何处理见解释二十四。",
  "field-option.documentForAbsence.expectedReturn.null": () => "未定返回日期（外出时间不确定）",
  "field-option.documentForAbsence.expectedReturn.open-ended": () => "没有返回计划",
  "field.documentForAbsence.placeFixed": () => "外出地点或工作单位相对固定",
  "field-help.documentForAbsence.placeFixed": () =>
    "外出地点或工作单位相对固定的，按外出时间长短开具组织关系介绍信或党员证明信；外出地点、时间不确定的，持《流动党员活动证》（二（一）1）。",
  "field.documentForAbsence.placeKnown": () => "外出地点已知",
  "field-help.documentForAbsence.placeKnown": () =>
    "外出地点不固定时说明：在已知的几处地点之间往来的，为地点已知而不固定；地点不知道的，为地点不确定。二者是否同样处理，见解释二十三。外出地点相对固定的，不说明此项。",
} satisfies Partial<ToolWords>;

// ── managementMode ──────────────────────────────────────────────────────────────

const managementModeTerms = {
  managementCases: {
    "stable-job-workplace-org": "就业比较稳定、工作单位建立党组织的",
    "workplace-without-org-industry-association": "工作单位未建党组织而有行业协会的",
    "no-job-file-at-agency": "暂时未落实工作单位，人事档案挂靠在人才流动服务机构或劳动力流动服务机构的",
    "unstable-job-fixed-residence": "就业单位不够稳定、居住地比较固定的",
    "residence-changes-often": "居住地经常变动的",
  },
} satisfies Partial<Catalog["terms"]>;

type ManagementCaseId = keyof Catalog["terms"]["managementCases"];
type ManagingOrg = keyof Catalog["terms"]["partyOrgs"];

/** The cases' numbers, in the text's order. */
const MANAGEMENT_CASE_NUMBER: { readonly [Case in ManagementCaseId]: number } = {
  "stable-job-workplace-org": 1,
  "workplace-without-org-industry-association": 2,
  "no-job-file-at-agency": 3,
  "unstable-job-fixed-residence": 4,
  "residence-changes-often": 5,
};

const managementCaseStep =
  (which: ManagementCaseId) =>
  (_params: unknown, found: StepFound): string =>
    `情形${MANAGEMENT_CASE_NUMBER[which]}（${terms.managementCases[which]}）：${found.result === true ? "成立" : "不成立"}`;

/** The association's case alone says "统一管理": its organization manages the industry's members together. */
const manages = (basis: string): string => (basis === "workplace-without-org-industry-association" ? "统一管理" : "管理");

/** Organizations as the text joins them: "或". */
const eitherOrg = (orgs: readonly ManagingOrg[]): string => orgs.map((org) => terms.partyOrgs[org]).join("或");

const managementModeMessages = {
  "stable-job-workplace-org": managementCaseStep("stable-job-workplace-org"),
  "workplace-without-org-industry-association": managementCaseStep("workplace-without-org-industry-association"),
  "no-job-file-at-agency": managementCaseStep("no-job-file-at-agency"),
  "unstable-job-fixed-residence": managementCaseStep("unstable-job-fixed-residence"),
  "residence-changes-often": managementCaseStep("residence-changes-often"),
  "permitted-manager-declined": ({ declined, orgs, reading }) =>
    `可由${eitherOrg(orgs)}${manages(declined)}，但没有接收管理（解释三十）：${
      reading === "next-case" ? "按条文其余成立的情形确定，都不成立的，由原所在党组织管理" : "由原所在党组织管理"
    }`,
  "no-case-applies": (_params, found) =>
    `条文未规定此种情形；为做到管理不断线（解释十六），由${terms.partyOrgs[found.result as ManagingOrg]}管理`,
  manager: ({ basis, wording, alsoPermitted }, found) =>
    `${terms.managementCases[basis]}，${wording === "shall" ? "由" : "可由"}${eitherOrg([found.result as ManagingOrg, ...alsoPermitted])}${manages(basis)}`,
  "mode.reason.unstable-job-association": () => "就业不够稳定，单位未建党组织而有行业协会",
  "mode.reason.residence-changes-employment": ({ employment }) =>
    employment === "stable" ? "就业比较稳定，居住地经常变动" : "暂时未落实工作单位，居住地经常变动",
  "mode.reason.several-cases-hold": ({ cases }) =>
    `多种情形同时成立：${cases.map((id) => terms.managementCases[id]).join("；")}`,
  "mode.reason.permitted-manager-declined": () => "条文规定可由其管理的党组织没有接收管理",
  "mode.reason.no-case-holds": () => "一（二）3列举的情形都不成立",
  "mode.error.residence-fixed-and-changing": () => "居住地不能既“比较固定”又“经常变动”",
  "mode.error.workplace-fact-without-workplace": () => "暂时未落实工作单位的，此项应为 null（没有工作单位）",
  "mode.error.workplace-fact-missing": () => "有工作单位的，必须说明此项（true 或 false）",
} satisfies Partial<Messages>;

const managementModeWords = {
  managementMode: {
    title: "流动党员管理方式",
    question: "流动党员由哪个党组织管理？",
    summary: (outcome) => {
      const manager = terms.partyOrgs[outcome.manager];
      // Where no case of the text decides, the summary says so: the same organization on
      // another ground is another answer.
      if (outcome.basis === "no-case-applies") return `由${manager}管理（条文未规定此种情形）`;
      if (outcome.basis === "permitted-manager-declined") return `由${manager}管理（可由其管理的党组织没有接收管理）`;
      return `由${eitherOrg([outcome.manager, ...outcome.alsoPermitted])}${manages(outcome.basis)}`;
    },
  },
} satisfies Partial<Catalog["rules"]>;

/** What a workplace fact is when there is no workplace. */
const NO_WORKPLACE = "没有工作单位，不适用";

const managementModeFields = {
  "field.managementMode.employment": () => "就业情况",
  "field-help.managementMode.employment": () => "按一（二）3区分：就业比较稳定，就业单位不够稳定，或者暂时未落实工作单位。",
  "field-option.managementMode.employment.stable": () => "就业比较稳定",
  "field-option.managementMode.employment.unstable": () => "就业单位不够稳定",
  "field-option.managementMode.employment.none": () => "暂时未落实工作单位",
  "field.managementMode.workplaceHasPartyOrg": () => "工作单位已建立党组织",
  "field-help.managementMode.workplaceHasPartyOrg": () =>
    "就业比较稳定、工作单位建立党组织的，由单位党组织管理（一（二）3）。暂时未落实工作单位的，不适用。",
  "field-option.managementMode.workplaceHasPartyOrg.null": () => NO_WORKPLACE,
  "field.managementMode.industryAssociation": () => "工作单位所在行业有行业协会",
  "field-help.managementMode.industryAssociation": () =>
    "工作单位未建党组织而有行业协会的，可由行业协会党组织或行业主管部门党组织统一管理（一（二）3）。暂时未落实工作单位的，不适用。",
  "field-option.managementMode.industryAssociation.null": () => NO_WORKPLACE,
  "field.managementMode.personnelFileHolder": () => "人事档案挂靠",
  "field-help.managementMode.personnelFileHolder": () =>
    "人事档案挂靠在人才流动服务机构或劳动力流动服务机构的，可由该机构党组织管理（一（二）3）。",
  "field-option.managementMode.personnelFileHolder.talent-agency": () => "人才流动服务机构",
  "field-option.managementMode.personnelFileHolder.labour-agency": () => "劳动力流动服务机构",
  "field-option.managementMode.personnelFileHolder.other": () => "其他单位或者未挂靠",
  "field.managementMode.residenceFixed": () => "居住地比较固定",
  "field-help.managementMode.residenceFixed": () => "就业单位不够稳定、居住地比较固定的，由居住地党组织管理（一（二）3）。不能与居住地经常变动同时成立。",
  "field.managementMode.residenceChangesOften": () => "居住地经常变动",
  "field-help.managementMode.residenceChangesOften": () => "居住地经常变动的，由原所在党组织管理（一（二）3）。",
  "field.managementMode.permittedManagerDeclined": () => "可由其管理的党组织没有接收管理",
  "field-help.managementMode.permittedManagerDeclined": () =>
    "条文规定可由其管理的党组织（行业协会或行业主管部门党组织，人才流动服务机构或劳动力流动服务机构党组织）没有接收管理的，由谁管理见解释三十。不涉及此事的，不说明此项。",
} satisfies Partial<ToolWords>;

// ── end of managementMode ───────────────────────────────────────────────────────

// ── resolveReceivingOrg ──────────────────────────────────────────────────────────────

type ReceivingPartyOrg = import("../rules/organizations.js").PartyOrg;
type ReceivingRetireeCase = import("../rules/resolve-receiving-org.js").RetireeCase;

const resolveReceivingOrgTerms = {
  retireeCases: {
    "socialized-retiree": "已纳入社会化管理的企业退休职工",
    "retired-cadre-settled-elsewhere": "在外长期定居的离退休干部、职工",
    "reemployed-by-original-unit": "被原单位返聘",
  },
  awaitingPlacement: {
    graduate: "大中专毕业生",
    "demobilized-serviceman": "复转军人",
  },
};

const PLACEMENT_DATE_FIELDS: { readonly [Field in import("../rules/resolve-receiving-org.js").PlacementDateField]: string } = {
  since: "复员、转业或毕业日期",
  placementRegisteredOn: "报到日期",
  asOf: "所查询的日期",
};

const RETIREE_STEPS: { readonly [Case in ReceivingRetireeCase]: string } = {
  "socialized-retiree": "已纳入社会化管理的企业退休职工：应将组织关系转移到党员居住地的社区党组织",
  "retired-cadre-settled-elsewhere": "在外长期定居的离退休干部、职工（经党组织认定，解释十一）：应将组织关系转移至现居住地党组织",
  "reemployed-by-original-unit": "被原单位返聘：党员组织关系仍留在原单位党组织",
};

const resolveReceivingOrgMessages = {
  "retiree-away": () => "离退休人员异地居住、受聘到新的单位工作或外出务工经商：根据时间长短及工作单位等具体情况转移组织关系",
  "relationship-stays": ({ document }) =>
    document === null
      ? "二（一）4尚不适用：组织关系暂留原所在党组织，由其负责"
      : `持${terms.documents[document]}外出，正式组织关系不转移，仍由原所在党组织管理，流入地党组织共同管理`,
  "exception-receiver": ({ document }) => `作例外处理、开具${terms.documents[document]}的，组织关系转到哪里，仍按二（一）3确定`,
  "destination-has-party-org": ({ unitHasPartyOrg, alsoPermitted }, found) =>
    unitHasPartyOrg
      ? "所去单位已建立党组织：应当转移到单位党组织"
      : `所去单位未建立党组织：应当转移到单位或党员所居住的社区党组织；以${terms.partyOrgs[found.result as ReceivingPartyOrg]}为先，${alsoPermitted.map((org) => terms.partyOrgs[org]).join("、")}同样可以接收（解释三十一）`,
  "cannot-receive": ({ unitHasPartyOrg, reason }) =>
    `经认定，${unitHasPartyOrg ? "单位党组织" : "单位或党员居住地社区党组织"}接收确有困难（理由：${reason}）：也可以转移到行业主管部门或有关服务机构党组织`,
  "dedicated-mobile-member-org": (_params, found) =>
    found.result === "mobile-member-org"
      ? `本部门建立了流动党员党组织（解释十七）：由${terms.partyOrgs["mobile-member-org"]}接收`
      : `本部门建立了流动党员党组织（解释十七）：${terms.partyOrgs["mobile-member-org"]}也可以接收`,
  "work-unit-found": ({ category }) => `${terms.awaitingPlacement[category]}已落实工作单位：按所去单位确定接收组织`,
  "six-months-without-work-unit": ({ category, start, lastDay, asOf, relation }, found) => {
    const state =
      relation === "longer"
        ? "6个月期间已经届满"
        : relation === "shorter"
          ? "6个月期间尚未届满"
          : found.result === true
            ? "今日为6个月期间的最后一日，当日即认为期间已经届满（解释二十二）"
            : "今日为6个月期间的最后一日，当日仍在期间之内（解释二十二）";
    return `${terms.awaitingPlacement[category]}自${date(start)}起6个月，至${date(lastDay)}届满；截至${date(asOf)}尚未落实工作单位，${state}`;
  },
  "placement-receiver": () => "应将组织关系转移至父母、配偶所属社区党组织或人才交流机构党组织",
  "restructured-flow": ({ flow }) =>
    flow === "uncertain"
      ? "改制后解除劳动关系、流向不确定：一般先将组织关系转移到居住地的社区党组织；流向确定后，再按二（一）3转移"
      : "改制后解除劳动关系、流向比较集中：原所在单位党组织应当与所去单位党组织做好衔接，帮助及时落实组织关系",
  "restructured-destination-without-org": () =>
    "所去单位未建立党组织，无从与其党组织衔接：接收组织按二（一）3确定，原所在单位党组织仍应帮助党员及时落实组织关系",
  "retiree-cases": ({ held }, found) => {
    const chosen = terms.retireeCases[found.result as ReceivingRetireeCase];
    return held.length > 1 ? `二（一）6的几种情形同时成立，按${chosen}处理（解释三十二）` : `二（一）6的情形：${chosen}`;
  },
  retiree: ({ retireeCase }) => RETIREE_STEPS[retireeCase],
  "responsible-organization": ({ relationship, receiver }) =>
    relationship === "transfers"
      ? `管理不断线：组织关系接收前由原所在党组织负责，接收后由${terms.partyOrgs[receiver]}负责`
      : `管理不断线：由${terms.partyOrgs[receiver]}负责`,
  "reason.two-community-orgs": () => "所去单位未建立党组织：单位所在社区党组织与党员居住地社区党组织都可以接收",
  "reason.department-mobile-member-org": () => "本部门建立了流动党员党组织",
  "reason.placement-dates-differ": ({ category, since, registered }) =>
    `${category === "graduate" ? "毕业" : "复员、转业"}日期（${date(since)}）与报到日期（${date(registered)}）不同`,
  "reason.placement-start-no-corresponding-day": ({ start }) => `起算日${date(start)}在6个月后的月份没有对应日`,
  "reason.placement-last-day": () => "所查询的日期恰为6个月期间的最后一日",
  "reason.several-retiree-cases": ({ held }) =>
    `二（一）6的几种情形同时成立：${held.map((c) => terms.retireeCases[c]).join("；")}`,
  "error.placement-date-order": ({ field, earlier }) => `${PLACEMENT_DATE_FIELDS[field]}早于${PLACEMENT_DATE_FIELDS[earlier]}`,
  "error.concentrated-flow-without-destination": () => "流向比较集中的，必须给出所去单位",
  "error.uncertain-flow-with-destination": () => "流向不确定的，不能给出所去单位：应为 null",
  "error.retiree-without-case": () =>
    "不属于二（一）6所列的这几种情形：异地居住、受聘到新的单位工作或外出务工经商的离退休人员，按外出党员提出",
  "error.cannot-receive-without-reason": () => "认定“接收确有困难”的，须写明理由（解释十一）",
  "error.placement-registration-needed": () => "选定解释十“自报到之日起算”的，须提供报到日期",
  "error.exception-where-shall": () => "此种情形条文用“应当”，不作例外处理",
  "error.exception-to-receiver-for-away": () =>
    "外出党员可以作例外处理的，只是二（一）1所定的证明（条文用“一般应当”）；组织关系转到哪里，二（一）3用“应当”，不作例外处理",
  "error.exception-to-document-for-restructured": () =>
    "流向不确定的，可以作例外处理的是接收组织（二（一）5“一般先”），应写明党组织",
} satisfies Partial<Messages>;

const resolveReceivingOrgWords = {
  resolveReceivingOrg: {
    title: "组织关系转移去向",
    question: "流动党员的正式组织关系转到哪里（或留在哪里）？",
    summary: (outcome) => {
      const receiver = terms.partyOrgs[outcome.receiver];
      if (outcome.relationship === "stays") return `组织关系留在${receiver}`;
      const permitted = outcome.alsoPermitted.map((org) => terms.partyOrgs[org]);
      return `组织关系转移到${receiver}${permitted.length > 0 ? `，也可以转移到${permitted.join("或")}` : ""}`;
    },
  },
} satisfies Partial<Catalog["rules"]>;

const resolveReceivingOrgFields = {
  "field.resolveReceivingOrg.category": () => "党员情形",
  "field-help.resolveReceivingOrg.category": () => "按二（一）3至二（一）6区分党员的情形；需要说明的情况随情形而不同。",
  "field-option.resolveReceivingOrg.category.away": () => "外出党员（含异地居住、受聘到新的单位工作或外出务工经商的离退休人员）",
  "field-option.resolveReceivingOrg.category.demobilized-serviceman": () => `待安置、分配的${terms.awaitingPlacement["demobilized-serviceman"]}`,
  "field-option.resolveReceivingOrg.category.graduate": () => `待安置、分配的${terms.awaitingPlacement.graduate}`,
  "field-option.resolveReceivingOrg.category.restructured": () => "企事业单位改制后与原单位解除劳动关系的党员",
  "field-option.resolveReceivingOrg.category.socialized-retiree": () => terms.retireeCases["socialized-retiree"],
  "field-option.resolveReceivingOrg.category.retiree": () => "离退休人员（逐项说明二（一）6所列情形）",
  "field-option.resolveReceivingOrg.category.retired-cadre-settled-elsewhere": () => terms.retireeCases["retired-cadre-settled-elsewhere"],
  "field-option.resolveReceivingOrg.category.reemployed-by-original-unit": () => `${terms.retireeCases["reemployed-by-original-unit"]}的离退休人员`,
  "field.resolveReceivingOrg.retired": () => "离退休干部、职工",
  "field-help.resolveReceivingOrg.retired": () =>
    "异地居住、受聘到新的单位工作或外出务工经商的离退休人员，根据时间长短及工作单位等具体情况转移组织关系（二（一）6）。",
  "field.resolveReceivingOrg.absence": () => "外出情况",
  "field-help.resolveReceivingOrg.absence": () => "外出日期、预计返回日期和外出地点：据此按二（一）1确定所持证明和组织关系是否转移。",
  "field.resolveReceivingOrg.destination": () => "所去单位",
  "field-help.resolveReceivingOrg.destination": () => "党员所去单位的情况：据此按二（一）3确定组织关系转到哪里。",
  "field-option.resolveReceivingOrg.destination.null": () => "流向不确定，没有所去单位",
  "field.resolveReceivingOrg.destination.unitHasPartyOrg": () => "所去单位已建立党组织",
  "field-help.resolveReceivingOrg.destination.unitHasPartyOrg": () =>
    "已建立党组织的，应当将组织关系转移到单位党组织；未建立的，应当转移到单位或党员所居住的社区党组织（二（一）3）。",
  "field.resolveReceivingOrg.destination.cannotReceive": () => "接收确有困难",
  "field-help.resolveReceivingOrg.destination.cannotReceive": () =>
    "经党组织认定，以上单位或地方接收确有困难的，也可以转移到行业主管部门或有关服务机构党组织（二（一）3）；须写明理由（解释十一）。",
  "field-option.resolveReceivingOrg.destination.cannotReceive.null": () => "接收没有困难",
  "field.resolveReceivingOrg.destination.cannotReceive.reason": () => "困难的理由",
  "field-help.resolveReceivingOrg.destination.cannotReceive.reason": () => "党组织认定接收确有困难所依的理由。",
  "field.resolveReceivingOrg.departmentHasMobileMemberOrg": () => "本部门建立了流动党员党组织",
  "field-help.resolveReceivingOrg.departmentHasMobileMemberOrg": () =>
    "在流动党员较为集中的部门，可专门建立流动党员党组织（二（一）3）；由它接收还是它也可以接收，见解释十七。",
  "field.resolveReceivingOrg.since": () => PLACEMENT_DATE_FIELDS.since,
  "field-help.resolveReceivingOrg.since": () => "复转军人复员、转业之日，或者大中专毕业生毕业之日。6个月自何日起算，见解释十。",
  "field.resolveReceivingOrg.placementRegisteredOn": () => PLACEMENT_DATE_FIELDS.placementRegisteredOn,
  "field-help.resolveReceivingOrg.placementRegisteredOn": () =>
    "到安置、分配部门报到的日期，不得早于复员、转业或毕业日期。按解释十自报到之日起算的，须说明。",
  "field-option.resolveReceivingOrg.placementRegisteredOn.null": () => "尚未报到或者报到日期不详",
  "field.resolveReceivingOrg.asOf": () => PLACEMENT_DATE_FIELDS.asOf,
  "field-help.resolveReceivingOrg.asOf": () => "判断是否已满6个月所依据的日期，一般为办理之日。",
  "field.resolveReceivingOrg.workUnit": () => "已落实的工作单位",
  "field-help.resolveReceivingOrg.workUnit": () => "已落实工作单位的，按所去单位确定接收组织关系的党组织（二（一）3）。",
  "field-option.resolveReceivingOrg.workUnit.null": () => "尚未落实工作单位",
  "field.resolveReceivingOrg.flow": () => "流向",
  "field-help.resolveReceivingOrg.flow": () =>
    "流向比较集中的，原所在单位党组织与所去单位党组织做好衔接；流向不确定的，一般先将组织关系转移到居住地的社区党组织（二（一）5）。",
  "field-option.resolveReceivingOrg.flow.concentrated": () => "流向比较集中",
  "field-option.resolveReceivingOrg.flow.uncertain": () => "流向不确定",
  "field.resolveReceivingOrg.socializedEnterpriseRetiree": () => terms.retireeCases["socialized-retiree"],
  "field-help.resolveReceivingOrg.socializedEnterpriseRetiree": () => "应将组织关系转移到党员居住地的社区党组织（二（一）6）。",
  "field.resolveReceivingOrg.settledLongTermElsewhere": () => terms.retireeCases["retired-cadre-settled-elsewhere"],
  "field-help.resolveReceivingOrg.settledLongTermElsewhere": () => "经党组织认定（解释十一），应将组织关系转移至现居住地党组织（二（一）6）。",
  "field.resolveReceivingOrg.reemployedByOriginalUnit": () => terms.retireeCases["reemployed-by-original-unit"],
  "field-help.resolveReceivingOrg.reemployedByOriginalUnit": () =>
    "党员组织关系仍留在原单位党组织（二（一）6）。几种情形同时成立的，按哪一种处理，见解释三十二。",
} satisfies Partial<ToolWords>;

// ── end of resolveReceivingOrg ───────────────────────────────────────────────────────

// ── liaisonAssignment ──────────────────────────────────────────────────────────────

const liaisonAssignmentTerms = {};

const liaisonAssignmentMessages = {
  "eligible-liaisons": ({ eligible, members, needed, away, awayOfficers }) => {
    const awayWords =
      away === null ? "" : `（本人外出的${awayOfficers}名${away === "any-officer" ? "也" : "不"}担任，解释三十五）`;
    return `可任联络员的支部书记、支部委员${eligible}名${awayWords}；流动党员${members}名，每名联络员联系不超过15名，需要联络员${needed}名`;
  },
  assignment: ({ liaisons, kept, moved, spread }) => {
    const spreadWords =
      spread === "even-loads"
        ? "（均衡分配，解释十八）"
        : spread === "exactly-fifteen"
          ? "（除一名外每名联系15名，解释六）"
          : "（除一名外每名联系15名，解释十八）";
    return `确定联络员${liaisons}名，每名联系不超过15名；保持原联系${kept}名，调整${moved}名${spreadWords}`;
  },
  "own-link": ({ swapped, alone }) =>
    `本人也在外出的联络员，不联系自己：${[
      ...swapped.map(({ member, liaison }) => `${member}由联络员${liaison}联系`),
      ...alone.map((member) => `${member}暂无其他联络员`),
    ].join("；")}`,
  shortfall: ({ shortfall, unassigned }) =>
    `可任联络员的人数不足，还须确定联络员${shortfall}名；${unassigned}名流动党员暂无联络员，在确定联络员之前由党支部直接联系，做到管理不断线（每名联络员联系不超过15名）`,
  remainder: ({ liaison }) => `按每名联系15名理解（解释六）：联络员${liaison}联系不足15名，如实报告`,
  "liaison.reason.away-officers": ({ awayOfficers }) => `支部书记、支部委员中有${awayOfficers}名本人也在外出`,
  "error.liaison-link-invalid": () =>
    "联系记录无效：党员编号和联络员编号都须为有效编号（不能为空，首尾无空白，无不可见字符，Unicode NFC 形式）",
} satisfies Partial<Messages>;

const liaisonAssignmentWords = {
  liaisonAssignment: {
    title: "确定流动党员联络员",
    question: "支部的流动党员分别由哪位联络员联系？",
    summary: (outcome) =>
      `联络员${outcome.liaisons.length}名，每名联系流动党员不超过15名${outcome.shortfall > 0 ? `；还须确定联络员${outcome.shortfall}名` : ""}`,
  },
} satisfies Partial<Catalog["rules"]>;

/** A mobile member's id, as a branch's lists name it. */
const MOBILE_MEMBER_ID = "流动党员编号";

const liaisonAssignmentFields = {
  "field.liaisonAssignment.mobileMembers": () => MOBILE_MEMBER_ID,
  "field-help.liaisonAssignment.mobileMembers": () => "党支部每名流动党员的编号，不得重复。",
  "field.liaisonAssignment.officers": () => "支部书记、支部委员",
  "field-help.liaisonAssignment.officers": () =>
    "由支部书记、支部委员担任联络员，每人联系流动党员不超过15名（三（二）1）。其他人员可以列出，但不担任联络员。",
  "field.liaisonAssignment.officers.id": () => "编号",
  "field-help.liaisonAssignment.officers.id": () => "该人员的编号，不得重复。",
  "field.liaisonAssignment.officers.role": () => "职务",
  "field-help.liaisonAssignment.officers.role": () => "只有支部书记、支部委员担任联络员。",
  "field-option.liaisonAssignment.officers.role.secretary": () => "支部书记",
  "field-option.liaisonAssignment.officers.role.committee-member": () => "支部委员",
  "field-option.liaisonAssignment.officers.role.other": () => "其他人员",
  "field.liaisonAssignment.currentAssignment": () => "现有联系安排",
  "field-help.liaisonAssignment.currentAssignment": () => "每名流动党员现由哪位联络员联系；仍然有效的联系予以保持。",
  "field.liaisonAssignment.currentAssignment.key": () => MOBILE_MEMBER_ID,
  "field-help.liaisonAssignment.currentAssignment.key": () => "被联系的流动党员的编号。",
  "field.liaisonAssignment.currentAssignment.value": () => "联络员编号",
  "field-help.liaisonAssignment.currentAssignment.value": () => "现在联系该党员的联络员的编号。",
} satisfies Partial<ToolWords>;

// ── end of liaisonAssignment ───────────────────────────────────────────────────────

// ── evaluationGrade ──────────────────────────────────────────────────────────────

type GradeFindings = import("../rules/evaluation-grade.js").AppraisalFindings;
type GradeName = import("../rules/evaluation-grade.js").AppraisalGrade;
type GradeCorrectionStage = import("../rules/evaluation-grade.js").CorrectionStage;
type GradeEducationStage = import("../rules/evaluation-grade.js").EducationStage;
type GradeAbsorption = import("../rules/evaluation-grade.js").GradeAbsorption;
type GradeHandling = import("../rules/evaluation-grade.js").Handling;
type GradeLapseCriterion = import("../rules/evaluation-grade.js").LapseCriterion;
type GradeSilenceReading = import("../interpretations/registry.js").AlternativeOf<"Q25.out-of-contact-with-whom">;

const evaluationGradeTerms = {
  appraisalGrades: {
    excellent: "优秀",
    qualified: "合格",
    "basically-qualified": "基本合格",
    unqualified: "不合格",
  },
  handlings: {
    commend: "给予表彰",
    affirm: "予以肯定鼓励",
    "help-improve": "指出不足并帮助改进提高",
    "criticize-and-educate": "批评教育",
    "correct-by-deadline": "限期改正",
    "organizational-handling": "按党章及党内有关规定进行组织处理",
    "persuade-to-leave": "劝其退党（经支部大会讨论决定，并报上级党组织批准）",
    remove: "除名（经支部大会决定，并报上级党组织批准）",
    "cancel-probationary-membership": "取消预备党员资格（经支部大会讨论通过和上级党组织批准）",
  },
  lapseCriteria: {
    "organizational-life": "不参加党的组织生活",
    dues: "不交纳党费",
    "assigned-work": "不做党所分配的工作",
  },
  gradingStandardNotes: {
    "excellent-misses-nothing": "优秀者无缺勤",
    "dues-monthly": "按月交纳党费",
    "excellent-does-all-work": "优秀者完成全部工作",
    "report-every-six-months": "每6个月汇报一次",
    "silence-criticized": "长期不联系的要批评教育",
    "transfer-criticized": "无正当理由不及时办理组织关系转接的要批评教育",
    "card-checked": "党组织通过查验《流动党员活动证》了解外出期间的表现，未向流入地党支部出示的无从查验",
    "outstanding-commended": "表现突出的给予表彰",
    "observe-discipline-and-law": "三（二）2要求遵纪守法；默认标准对违纪违法一律评为不合格（解释二十九）",
    "little-absence-tolerated": "允许少量不参加（暂定2个月，条文未规定）",
    "dues-as-required": "按规定交纳党费",
    "work-two-months-provisional": "暂定2个月（条文未规定）",
    "qualified-needs-no-contribution": "合格不要求突出表现",
    "five-months-in-all": "暂定累计不超过5个月（条文未规定；党章第九条只规定连续六个月的界线）",
    "dues-five-months-in-all": "暂定累计不超过5个月（条文未规定；党费规定只规定连续6个月不交纳的界线）",
    "one-report-provisional": "暂定允许缺1次（条文未规定）",
    "silence-not-unqualified": "长期不联系的批评教育，不因此评为不合格",
    "transfer-not-unqualified": "无正当理由不及时办理组织关系转接的批评教育，不因此评为不合格",
    "card-provisional": "暂定（条文未规定）",
    "no-contribution-required": "不要求突出表现",
  },
} satisfies Partial<Catalog["terms"]>;

/** How a silence is said under each reading of 解释二十五: the text's words under the default. */
const GRADE_SILENCE: {
  readonly [Reading in GradeSilenceReading]: {
    readonly long: string;
    readonly run: (months: number) => string;
    readonly never: string;
    readonly readings: string;
  };
} = {
  "with-neither": {
    long: "长期不与流入地和流出地党组织联系",
    run: (n) => `最长连续${n}个月未与流入地和流出地党组织联系`,
    never: "每月都与流入地或流出地党组织有联系",
    readings: "解释十三",
  },
  "with-either": {
    long: "长期与流入地、流出地党组织中至少一方不联系",
    run: (n) => `最长连续${n}个月与流入地、流出地党组织中至少一方没有联系`,
    never: "每月都与流入地、流出地党组织保持联系",
    readings: "解释十三、二十五",
  },
};

const GRADE_EDUCATION: { readonly [Stage in GradeEducationStage]: string } = {
  "not-yet-educated": "：党组织要进行批评教育",
  "corrected-after-education": "，经批评教育已改正",
  "not-corrected-after-education": "，经教育仍不改正：其正式组织关系所在党组织要按党章及党内有关规定进行组织处理",
};

/** What follows a ground of 二（一）2, by where the education stands, unless a removal or cancellation takes its place. */
function gradeAfterEducation(stage: GradeEducationStage, absorbedBy: GradeAbsorption, probationary: boolean): string {
  const text = GRADE_EDUCATION[stage];
  if (stage === "corrected-after-education") return text;
  if (absorbedBy === "remove") return `${text}；现已按党章第九条除名，不再另行处理`;
  if (absorbedBy === "cancel-probationary-membership") return `${text}；现已取消预备党员资格，不再另行处理`;
  if (stage === "not-corrected-after-education" && probationary) {
    return `${text}（对预备党员，按党章第七条延长预备期或者取消预备党员资格）`;
  }
  return text;
}

const GRADE_CORRECTION: { readonly [Stage in GradeCorrectionStage]: string } = {
  "not-yet-required": "评定为不合格：党的支部应当对其进行教育，要求限期改正",
  "deadline-running": "评定为不合格，限期改正的期限尚未届满：继续教育帮助，督促按期改正",
  "no-change-after-deadline": "限期改正期满，经教育仍无转变：应当劝其退党；劝而不退的，由支部大会决定除名，并报上级党组织批准",
};

const evaluationGradeMessages = {
  findings: ({ whom, unseen }, found) => {
    const findings = found.result as GradeFindings;
    const silence = GRADE_SILENCE[whom];
    return (
      `评议期间${date(String(found.facts["period.from"]))}至${date(String(found.facts["period.to"]))}：` +
      `无正当理由不参加党的组织生活${findings.missedOrganizationalLife}个月，不交纳党费${findings.missedDues}个月，` +
      `不做党所分配的工作${findings.missedAssignedWork}个月；应汇报而未汇报${findings.reportGaps}次；` +
      (findings.longestWithoutContact === 0 ? silence.never : silence.run(findings.longestWithoutContact)) +
      (unseen ? "；评议期间第一个月即有缺失，此前的月份未提供，连续月数只从评议期间起算" : "")
    );
  },
  "card-not-verified": () =>
    "党员已持《流动党员活动证》报到，流入地党支部未及时验证：验证是流入地党支部的职责，不影响对党员的评定",
  lapse: ({ probationary }, found) => {
    const lapsedBy = found.result as readonly GradeLapseCriterion[];
    if (lapsedBy.length === 0) return "无正当理由连续不参加党的组织生活、不交纳党费、不做党所分配的工作，均未满六个月";
    const names = lapsedBy.map((criterion) => terms.lapseCriteria[criterion]).join("、");
    return probationary
      ? `没有正当理由，连续六个月${names}，属党章第九条所列情形`
      : `没有正当理由，连续六个月${names}，按党章第九条，被认为是自行脱党`;
  },
  "probationary-lapse": () =>
    "预备党员的义务同正式党员一样；不履行党员义务，不具备党员条件的，按党章第七条应当取消预备党员资格，不作除名处理",
  "transfer-not-arranged": ({ absorbedBy, probationary }, found) =>
    `经党组织认定（解释十一），无正当理由不及时办理组织关系转接事宜${gradeAfterEducation(found.facts.transferNotArranged as GradeEducationStage, absorbedBy, probationary)}`,
  "long-out-of-contact": ({ whom, long, absorbedBy, probationary }, found) => {
    const silence = GRADE_SILENCE[whom];
    const months = Number(found.facts.longestWithoutContact);
    if (!long) {
      return `本评议期间${months === 0 ? silence.never : silence.run(months)}，不属长期不联系（${silence.readings}），不按二（一）2处理`;
    }
    const stage = found.facts.outOfContactEducation as GradeEducationStage;
    return `${silence.long}（连续${months}个月，${silence.readings}）${gradeAfterEducation(stage, absorbedBy, probationary)}`;
  },
  probationary: () => "预备党员参加评议，不评定等次",
  grade: (_params, found) => {
    const grade = found.result as GradeName;
    const how =
      found.facts.violation === "none"
        ? "按评定标准"
        : grade === "unqualified"
          ? "有违纪违法行为，不符合三（二）2“遵纪守法”的要求"
          : "有违纪违法行为，按评定标准区分情节（解释二十九）";
    return `${how}，评定为“${terms.appraisalGrades[grade]}”`;
  },
  commendation: () => "对于表现突出的，要给予表彰（解释三十七）",
  unqualified: ({ term, latest }, found) => {
    const stage = found.facts.correction as GradeCorrectionStage;
    const setOn = found.facts.correctionSetOn;
    let words = "";
    if (term === "set-by-branch") words = "（期限由党支部确定，解释三十三）";
    if (term === "one-year") {
      words =
        latest === null || typeof setOn !== "string"
          ? "（期限不超过1年，自作出限期改正决定之日起计算，解释三十三）"
          : `（期限不超过1年，自${date(setOn)}作出限期改正决定之日起计算，至迟于${date(latest)}届满，解释三十三）`;
    }
    return `${GRADE_CORRECTION[stage]}${words}`;
  },
  "reason.grade-silence-length": ({ months }) =>
    `连续${months}个月未联系：以连续6个月为长期的，属长期不联系；以1年为长期的，不属长期不联系`,
  "reason.grade-silence-one-side": () =>
    "有的月份只与流入地、流出地党组织中的一方联系：两方都不联系才计入的，与一方不联系即计入的，长期不联系的认定不同",
  "reason.grade-excused-month": () =>
    "没有正当理由的月份中间隔有有正当理由的月份：前后合并计算的，与中断后重新起算的，连续月数的认定不同",
  "reason.grade-violation": () => "有违纪违法行为：由评定标准决定等次的，与一律评为不合格的，等次可能不同",
  "reason.grade-commendation": () =>
    "表现突出，但未评为优秀：表彰以评为优秀为条件的，不予表彰；凡表现突出都给予表彰的，给予表彰",
  "reason.grade-deadline-no-corresponding-day": ({ setOn }) => `自${date(setOn)}起1年，到期月没有对应日`,
  "error.appraisal-period-reversed": () => "评议期间的结束早于开始",
  "error.appraisal-month-outside-period": () => "该月不在评议期间内",
  "error.appraisal-month-repeated": () => "该月重复出现",
  "error.appraisal-months-incomplete": () => "月度记录须覆盖评议期间的每一个月",
  "error.appraisal-month-not-preceding": () => "该月不在评议期间开始前紧接的月份之内",
  "error.appraisal-report-outside-period": () => "汇报日期不在评议期间内",
  "error.standard-needs-caller-reading": () => "提供评定标准的，须按解释九选定“采用基层党组织制定的目标管理考核办法”",
  "error.caller-reading-needs-standard": () => "按解释九选定“采用基层党组织制定的目标管理考核办法”的，须提供评定标准",
} satisfies Partial<Messages>;

/** What follows, as a summary says it. */
const gradeHandlingWords = (handling: readonly GradeHandling[]): string =>
  handling.length > 0 ? `；处理意见：${handling.map((h) => terms.handlings[h]).join("、")}` : "";

const evaluationGradeWords = {
  evaluationGrade: {
    title: "流动党员评定等次及处理",
    question: "流动党员评议为何等次，如何处理？",
    summary: (outcome) => {
      const then = gradeHandlingWords(outcome.handling);
      switch (outcome.status) {
        case "lapsed":
          return `被认为是自行脱党${then}`;
        case "probationary-cancelled":
          return `预备党员不履行党员义务${then}`;
        case "probationary-no-grade":
          return `预备党员，不评定等次${then}`;
        case "graded":
          return `${terms.appraisalGrades[outcome.grade ?? "unqualified"]}${then}`;
      }
    },
  },
} satisfies Partial<Catalog["rules"]>;

/** Where the organization's criticism and education stand, on either ground of 二（一）2. */
const EDUCATION_STAGE_WORDS: { readonly [Stage in GradeEducationStage]: string } = {
  "not-yet-educated": "尚未进行批评教育",
  "corrected-after-education": "经批评教育已改正",
  "not-corrected-after-education": "经批评教育仍不改正",
};

const evaluationGradeFields = {
  "field.evaluationGrade.probationary": () => "预备党员",
  "field-help.evaluationGrade.probationary": () => "预备党员参加评议，不评定等次。",
  "field.evaluationGrade.departure": () => DEPARTURE_LABEL,
  "field-help.evaluationGrade.departure": () => "党员外出的日期。每6个月的汇报自此日起计算；评议期间开始在后的，自评议期间开始之日起计算。",
  "field.evaluationGrade.period": () => "评议期间",
  "field-help.evaluationGrade.period": () => "本次评议的期间，首尾两日都计入。",
  "field.evaluationGrade.period.from": () => "起始日期",
  "field-help.evaluationGrade.period.from": () => "评议期间的第一日。",
  "field.evaluationGrade.period.to": () => "截止日期",
  "field-help.evaluationGrade.period.to": () => "评议期间的最后一日，不得早于起始日期。",
  "field.evaluationGrade.months": () => "逐月情况",
  "field-help.evaluationGrade.months": () => "评议期间每个月的情况，每月一行，不得缺漏或者重复。",
  "field.evaluationGrade.months.month": () => "月份",
  "field-help.evaluationGrade.months.month": () => "该行所记的月份。",
  "field.evaluationGrade.months.organizationalLife": () => "参加组织生活",
  "field-help.evaluationGrade.months.organizationalLife": () => "当月参加了党的组织生活。",
  "field.evaluationGrade.months.duesPaid": () => "交纳党费",
  "field-help.evaluationGrade.months.duesPaid": () => "当月的党费已按规定交纳（事后补交的也算）。",
  "field.evaluationGrade.months.assignedWork": () => "完成分配的工作",
  "field-help.evaluationGrade.months.assignedWork": () => "当月做了党组织分配的工作。",
  "field.evaluationGrade.months.contact": () => "与党组织联系",
  "field-help.evaluationGrade.months.contact": () => "当月与流入地、流出地党组织的联系情况（二（一）2）。",
  "field.evaluationGrade.months.contact.inflow": () => "与流入地党组织联系",
  "field-help.evaluationGrade.months.contact.inflow": () => "当月与流入地党组织有联系。",
  "field.evaluationGrade.months.contact.outflow": () => "与流出地党组织联系",
  "field-help.evaluationGrade.months.contact.outflow": () => "当月与流出地党组织有联系。",
  "field.evaluationGrade.months.excused": () => "正当理由",
  "field-help.evaluationGrade.months.excused": () => "当月未参加组织生活、未交纳党费或者未做分配的工作，有正当理由的，写明理由。",
  "field-option.evaluationGrade.months.excused.null": () => "没有正当理由",
  "field.evaluationGrade.precedingMonths": () => "评议期间之前的月份",
  "field-help.evaluationGrade.precedingMonths": () =>
    "评议期间开始前紧接的月份，至多11个月，可以不填。只用于计算跨入评议期间的连续月数（党章第九条的连续六个月，长期不联系见解释十三），不计入评议期间的统计。",
  "field.evaluationGrade.reports": () => "汇报日期",
  "field-help.evaluationGrade.reports": () => "党员向组织关系所在地党组织汇报思想、学习和工作情况的日期（二（二）4），须在评议期间之内。",
  "field.evaluationGrade.activityCard": () => "《流动党员活动证》",
  "field-help.evaluationGrade.activityCard": () =>
    "党员所持活动证在流入地党支部的情况（二（一）2）。党组织通过查验活动证了解党员外出期间的表现（二（二）5）。",
  "field-option.evaluationGrade.activityCard.not-held": () => "未持活动证（持组织关系介绍信或者党员证明信外出）",
  "field-option.evaluationGrade.activityCard.verified": () => "持活动证，流入地党支部已验证",
  "field-option.evaluationGrade.activityCard.presented-not-verified": () => "已向流入地党支部出示，党支部未验证",
  "field-option.evaluationGrade.activityCard.not-presented": () => "持活动证，未向流入地党支部出示",
  "field.evaluationGrade.violation": () => "遵纪守法情况",
  "field-help.evaluationGrade.violation": () => "评议期间有无违反党的纪律或者国家法律（三（二）2）。对等次的影响，见解释二十九。",
  "field-option.evaluationGrade.violation.none": () => "没有违纪违法",
  "field-option.evaluationGrade.violation.discipline": () => "违反党的纪律",
  "field-option.evaluationGrade.violation.law": () => "违反国家法律",
  "field.evaluationGrade.outstandingContribution": () => "表现突出",
  "field-help.evaluationGrade.outstandingContribution": () => "评议期间充分发挥先锋模范作用，表现突出（三（二）2）。",
  "field.evaluationGrade.transferNotArranged": () => "无正当理由不及时办理组织关系转接",
  "field-help.evaluationGrade.transferNotArranged": () =>
    "经党组织认定，党员无正当理由不及时办理组织关系转接事宜的，说明批评教育的情况（二（一）2）。",
  "field-option.evaluationGrade.transferNotArranged.null": () => "没有此种情形",
  "field-option.evaluationGrade.transferNotArranged.not-yet-educated": () => EDUCATION_STAGE_WORDS["not-yet-educated"],
  "field-option.evaluationGrade.transferNotArranged.corrected-after-education": () => EDUCATION_STAGE_WORDS["corrected-after-education"],
  "field-option.evaluationGrade.transferNotArranged.not-corrected-after-education": () => EDUCATION_STAGE_WORDS["not-corrected-after-education"],
  "field.evaluationGrade.outOfContactEducation": () => "长期不联系的批评教育",
  "field-help.evaluationGrade.outOfContactEducation": () =>
    "党员长期不与流入地和流出地党组织联系的，党组织批评教育的情况（二（一）2）。是否属于长期不联系，按逐月情况认定（解释十三）；不属于的，此项不起作用。",
  "field-option.evaluationGrade.outOfContactEducation.not-yet-educated": () => EDUCATION_STAGE_WORDS["not-yet-educated"],
  "field-option.evaluationGrade.outOfContactEducation.corrected-after-education": () => EDUCATION_STAGE_WORDS["corrected-after-education"],
  "field-option.evaluationGrade.outOfContactEducation.not-corrected-after-education": () => EDUCATION_STAGE_WORDS["not-corrected-after-education"],
  "field.evaluationGrade.correction": () => "限期改正",
  "field-help.evaluationGrade.correction": () => "评为不合格的党员限期改正的情况（党章第九条）；评为其他等次的，此项不起作用。",
  "field-option.evaluationGrade.correction.not-yet-required": () => "尚未限期改正",
  "field-option.evaluationGrade.correction.deadline-running": () => "正在限期改正",
  "field-option.evaluationGrade.correction.no-change-after-deadline": () => "限期已满，仍无转变",
  "field.evaluationGrade.correctionSetOn": () => "限期改正的起始日期",
  "field-help.evaluationGrade.correctionSetOn": () => "党支部规定限期改正之日，可以不填；只在按解释三十三自此日起算一年时使用。",
} satisfies Partial<ToolWords>;

// ── end of evaluationGrade ───────────────────────────────────────────────────────

// ── evaluationCohort ──────────────────────────────────────────────────────────────

type CohortMemberReason = import("../decision/decision.js").ContestReason;
type CohortStatus = import("../rules/evaluation-grade.js").EvaluationStatus;

const evaluationCohortTerms = {};

/** A member's own reason, as the member's appraisal gives it. */
function cohortMemberReason(reason: CohortMemberReason): string {
  const messages = zhCN.messages as unknown as { readonly [id: string]: (params: unknown, found: StepFound) => string };
  const render = Object.hasOwn(messages, reason.check) ? messages[reason.check] : undefined;
  return render === undefined ? zhCN.explain.unknownStep(reason.check) : render(reason.params, { result: null, facts: {} });
}

/** Members the votes and the gaps cannot tell apart across the ceiling. */
const cohortTies = (tied: readonly string[]): string =>
  tied.length > 0 ? `；得票和缺项相同、难以区分的${tied.join("、")}，由支部委员会或者党员大会研究确定（现暂按编号排列）` : "";

const evaluationCohortMessages = {
  "excellent-ceiling": ({ strict }, found) => {
    const { appraised, base } = found.facts as { readonly appraised: number; readonly base: number };
    const { ceiling, excellent, movedDown, tiedAtCeiling } = found.result as {
      readonly ceiling: number;
      readonly excellent: number;
      readonly movedDown: number;
      readonly tiedAtCeiling: readonly string[];
    };
    const over = Math.max(0, excellent - ceiling);
    return (
      `参评${appraised}人，以${base}人为基数（解释十九），优秀至多${ceiling}人；按评定标准评为优秀${excellent}人，因名额限制调为合格${movedDown}人` +
      cohortTies(tiedAtCeiling) +
      (!strict && over > 0 ? `；三分之一作为一般要求（解释二十七），超出名额${over}人，不调整等次，由党组织研究确定` : "")
    );
  },
  "cohort.moved-down": ({ base, ceiling, tied }) =>
    `优秀一般不超过参评党员的三分之一（以${base}人为基数，至多${ceiling}人）；按民主测评得票多少、缺项多少排序，超出名额的评为合格${cohortTies(tied)}`,
  "reason.cohort-member": ({ member, reason }) => `党员${member}：${cohortMemberReason(reason)}`,
  "reason.cohort-over-ceiling": ({ excellent, ceiling }) =>
    `按评定标准评为优秀${excellent}人，超过至多${ceiling}人的名额：严格执行名额的，超出的评为合格；作为一般要求的，不调整等次，由党组织研究确定`,
  "reason.cohort-commendation": () =>
    "表现突出的党员因名额限制调为合格：表彰以评为优秀为条件的，不予表彰；凡表现突出都给予表彰的，仍给予表彰",
} satisfies Partial<Messages>;

/** Those the cohort's summary counts apart from the grades, in its order. */
const COHORT_NOT_GRADED: readonly (readonly [CohortStatus, string])[] = [
  ["probationary-no-grade", "不评定等次的预备党员"],
  ["probationary-cancelled", "取消预备党员资格"],
  ["lapsed", "被认为是自行脱党"],
];

const evaluationCohortWords = {
  evaluationCohort: {
    title: "党支部流动党员评定等次",
    question: "党支部流动党员的评议等次如何（优秀一般不超过三分之一）？",
    summary: (outcome) => {
      const count = (grade: string) => outcome.results.filter((r) => r.grade === grade).length;
      const grades = Object.entries(terms.appraisalGrades).map(([grade, name]) => `${name}${count(grade)}名`);
      const moved = outcome.movedDown.length;
      const over = count("excellent") - outcome.excellentCeiling;
      // Commended without the grade 优秀 (解释三十七).
      const commended = outcome.results.filter((r) => r.grade !== "excellent" && r.handling.includes("commend")).length;
      const others = COHORT_NOT_GRADED.map(([status, name]) => [name, outcome.results.filter((r) => r.status === status).length] as const)
        .filter(([, n]) => n > 0)
        .map(([name, n]) => `；${name}${n}名`);
      return (
        grades.join("，") +
        (moved > 0 ? `（${moved}名因名额限制由优秀调为合格）` : "") +
        (over > 0 ? `（优秀超出名额${over}名，由党组织研究确定）` : "") +
        (commended > 0 ? `；未评为优秀、表现突出给予表彰的${commended}名` : "") +
        others.join("")
      );
    },
  },
} satisfies Partial<Catalog["rules"]>;

const evaluationCohortFields = {
  "field.evaluationCohort.members": () => "参评党员",
  "field-help.evaluationCohort.members": () => "参加评议的流动党员，每人一份评议记录，编号不得重复。优秀一般不超过参评党员的三分之一（二（二）5）。",
  "field.evaluationCohort.members.id": () => "党员编号",
  "field-help.evaluationCohort.members.id": () => "该党员的编号。",
  "field.evaluationCohort.members.record": () => "评议记录",
  "field-help.evaluationCohort.members.record": () => "该党员在评议期间的情况。",
  "field.evaluationCohort.members.votes": () => "民主测评优秀票数",
  "field-help.evaluationCohort.members.votes": () => "民主测评中评为优秀的票数，可以不填。评为优秀的超过名额时，得票多的在前。",
} satisfies Partial<ToolWords>;

// ── end of evaluationCohort ───────────────────────────────────────────────────────

// ── reportingSchedule ──────────────────────────────────────────────────────────────

type ScheduleTiming = import("../rules/reporting-schedule.js").ObligationTiming;
type ScheduleStepParams = import("../rules/reporting-schedule.js").ObligationStepParams;
type ScheduleObligationKind = import("../rules/reporting-schedule.js").ObligationKind;

const reportingScheduleTerms = {
  obligations: {
    "departure-briefing": "外出前提出明确要求、告知联系方式",
    "card-verification": "及时验证《流动党员活动证》，并报本支部的上级党组织备案",
    "member-report": "向组织关系所在地党组织汇报思想、学习和工作情况",
    "card-annual-review": "年度审核《流动党员活动证》",
    "branch-half-year-report": "党支部每半年向机关党委上报流动党员基本情况",
    "organ-committee-year-end-report": "机关党委年底向区直机关工委上报流动党员基本情况",
    "department-year-end-work-report": "部门机关党组织年底逐级上报流动党员管理工作情况",
    "working-committee-spot-check": "区直机关工委每年对流动党员比较集中的部门进行一次抽查",
    "return-visit": "党员返回后上门慰问，与其谈心，听取意见和建议",
  },
  scheduleParties: {
    member: "流动党员",
    "home-branch": "正式组织关系所在党支部",
    "inflow-branch": "流入地党支部",
    "inflow-superior-org": "流入地党支部的上级党组织",
    "organ-party-committee": "机关党委",
    "department-organ-party-org": "部门机关党组织",
    "working-committee": "区直机关工委",
    departments: "流动党员比较集中的部门",
  },
  obligationStatuses: { met: "已履行", pending: "未到期", overdue: "逾期" },
} satisfies Partial<Catalog["terms"]>;

const SCHEDULE_TIMING: { readonly [Timing in ScheduleTiming]: string } = {
  "before-departure": "外出之日前",
  "promptly-after-departure": "外出后及时（解释二十）",
  "calendar-half-years": "每个公历半年一次，至返回为止（解释八）",
  "anchored-on-departure": "自外出之日起每满6个月，至返回为止（解释八、解释二十一）",
  "chained-on-due-dates": "自外出之日起每6个月，自上一次期限届满之日起接续计算，至返回为止（解释八、解释二十一）",
  "from-last-report": "自外出之日或上一次汇报之日起6个月内，至返回为止（解释八、解释二十一）",
  "calendar-year": "持证的每个公历年度一次，年底前；年度中途返回的，于返回时（解释七、解释二十八）",
  "year-from-issue": "自发证之日起每满一年一次（解释二十八）",
  "every-half-year": "每半年（解释七）",
  "every-year-end": "每年底（解释七）",
  "once-a-year": "每年一次（解释七）",
  "after-return": "返回后（解释二十）",
};

/** The step of one kind of obligation: who owes what, when, the dates, and how many stand where. */
const scheduleStep =
  (kind: ScheduleObligationKind) =>
  ({ owedBy, timing, met, pending, overdue }: ScheduleStepParams, found: StepFound): string =>
    `${terms.scheduleParties[owedBy]}：${terms.obligations[kind]}，${SCHEDULE_TIMING[timing]}：${(found.result as readonly string[])
      .map(date)
      .join("、")}（已履行${met}项，未到期${pending}项，逾期${overdue}项）`;

const reportingScheduleMessages = {
  "departure-briefing": scheduleStep("departure-briefing"),
  "card-verification": scheduleStep("card-verification"),
  "member-report": scheduleStep("member-report"),
  "card-annual-review": scheduleStep("card-annual-review"),
  "branch-half-year-report": scheduleStep("branch-half-year-report"),
  "organ-committee-year-end-report": scheduleStep("organ-committee-year-end-report"),
  "department-year-end-work-report": scheduleStep("department-year-end-work-report"),
  "working-committee-spot-check": scheduleStep("working-committee-spot-check"),
  "return-visit": scheduleStep("return-visit"),
  "department-not-concentrated": () =>
    "本部门不属于流动党员比较集中的部门：区直机关工委每年一次的抽查，不列入本部门的日程",
  "organization-obligations-overdue": (_params, found) =>
    `党组织有${(found.result as readonly string[]).length}项逾期未办：各级党组织要督促检查；对工作中不负责任、推诿扯皮的，要给予教育帮助，情节严重的，要作出必要的组织处理（是否属于不负责任、推诿扯皮，由党组织认定）`,
  "nothing-due": () => "此期间没有到期事项",
  "reason.schedule-holiday-last-day": () => "有期限的最后一日是所列的法定休假日",
  "error.schedule-back-before-departure": () => "返回日期早于外出日期",
  "error.schedule-empty-period": () => "期间的结束必须晚于开始",
  "error.schedule-record-after-as-of": () => "记录日期晚于查询日期",
  "error.schedule-holidays-needed": () => "选定解释三十四“顺延至法定休假日结束的次日”的，须列明有关的法定休假日",
  "error.schedule-holidays-not-asked": () => "列明法定休假日的，须选定解释三十四“顺延至法定休假日结束的次日”",
  "ical.calendar-name": () => "流动党员管理日程",
  "ical.summary": ({ what, owedBy }) => `${what}（${terms.scheduleParties[owedBy]}）`,
  "ical.description": ({ what, owedBy, owedTo, clauseLabel, status, metOn, late }) =>
    `${terms.scheduleParties[owedBy]} → ${terms.scheduleParties[owedTo]}：${what}\n依据：《实施意见》${clauseLabel}\n状态：${terms.obligationStatuses[status]}` +
    (metOn === null ? "" : `（${metOn}${late ? "，逾期履行" : ""}）`),
  "ical.description-line": ({ what, owedBy, owedTo }) =>
    `${terms.scheduleParties[owedBy]} → ${terms.scheduleParties[owedTo]}：${what}`,
  "error.ical-text-refused": () => "含有日历文件不能容纳的字符（换行和制表符以外的控制字符，或不完整的字符）",
  "error.ical-id-refused": () => "含有日历事件编号不能容纳的字符（控制字符，包括换行和制表符，或不完整的字符）",
} satisfies Partial<Messages>;

const reportingScheduleWords = {
  reportingSchedule: {
    title: "汇报、审核、走访和检查日程",
    question: "这名流动党员外出期间，有关各方应在何时完成哪些汇报、审核、上报、走访和检查？",
    summary: ({ obligations }) => {
      const overdue = obligations.filter((o) => o.status === "overdue").length;
      return obligations.length === 0
        ? "此期间没有到期事项"
        : `共${obligations.length}项到期事项${overdue > 0 ? `，其中${overdue}项逾期` : ""}`;
    },
  },
} satisfies Partial<Catalog["rules"]>;

const reportingScheduleFields = {
  "field.reportingSchedule.departure": () => DEPARTURE_LABEL,
  "field-help.reportingSchedule.departure": () => "党员外出的日期：外出前的要求和外出期间的汇报、验证等事项自此起算。",
  "field.reportingSchedule.backOn": () => "返回日期",
  "field-help.reportingSchedule.backOn": () => "党员返回（或者预计返回）的日期，不得早于外出日期。",
  "field-option.reportingSchedule.backOn.null": () => "尚未返回，返回日期未定",
  "field.reportingSchedule.document": () => "所持证明",
  "field-help.reportingSchedule.document": () => "党员外出所持的证明（按二（一）1确定）。持《流动党员活动证》的，另有验证、审核等事项（二（一）2）。",
  "field-option.reportingSchedule.document.transfer-letter": () => terms.documents["transfer-letter"],
  "field-option.reportingSchedule.document.certificate-letter": () => terms.documents["certificate-letter"],
  "field-option.reportingSchedule.document.activity-card": () => terms.documents["activity-card"],
  "field.reportingSchedule.departmentConcentrated": () => "本部门属于流动党员比较集中的部门",
  "field-help.reportingSchedule.departmentConcentrated": () => "由党组织认定。属于的，列入区直机关工委每年一次的抽查（三（三））。",
  "field.reportingSchedule.period": () => "所列期间",
  "field-help.reportingSchedule.period": () => "列出在此期间内到期的事项。",
  "field.reportingSchedule.period.from": () => "起始日期",
  "field-help.reportingSchedule.period.from": () => "所列期间的第一日。",
  "field.reportingSchedule.period.before": () => "结束日期的次日",
  "field-help.reportingSchedule.period.before": () => "所列期间最后一日的次日，须晚于起始日期。",
  "field.reportingSchedule.asOf": () => "查询日期",
  "field-help.reportingSchedule.asOf": () => "据以判断各事项已履行、未到期或者逾期的日期。",
  "field.reportingSchedule.done": () => "已办理的事项",
  "field-help.reportingSchedule.done": () => "已经办理的事项及其办理日期。",
  "field.reportingSchedule.done.kind": () => "事项",
  "field-help.reportingSchedule.done.kind": () => "所办理的事项。",
  "field-option.reportingSchedule.done.kind.departure-briefing": () => terms.obligations["departure-briefing"],
  "field-option.reportingSchedule.done.kind.card-verification": () => terms.obligations["card-verification"],
  "field-option.reportingSchedule.done.kind.member-report": () => terms.obligations["member-report"],
  "field-option.reportingSchedule.done.kind.card-annual-review": () => terms.obligations["card-annual-review"],
  "field-option.reportingSchedule.done.kind.branch-half-year-report": () => terms.obligations["branch-half-year-report"],
  "field-option.reportingSchedule.done.kind.organ-committee-year-end-report": () => terms.obligations["organ-committee-year-end-report"],
  "field-option.reportingSchedule.done.kind.department-year-end-work-report": () => terms.obligations["department-year-end-work-report"],
  "field-option.reportingSchedule.done.kind.working-committee-spot-check": () => terms.obligations["working-committee-spot-check"],
  "field-option.reportingSchedule.done.kind.return-visit": () => terms.obligations["return-visit"],
  "field.reportingSchedule.done.on": () => "办理日期",
  "field-help.reportingSchedule.done.on": () => "办理该事项的日期，不得晚于查询日期。",
  "field.reportingSchedule.holidays": () => "法定休假日",
  "field-help.reportingSchedule.holidays": () =>
    "期限的最后一日是法定休假日的，是否顺延见解释三十四；按顺延理解的，须列明有关的法定休假日，否则不填。",
} satisfies Partial<ToolWords>;

// ── end of reportingSchedule ───────────────────────────────────────────────────────

const terms: Catalog["terms"] = {
  ...sharedTerms,
  ...managementModeTerms,
  ...resolveReceivingOrgTerms,
  ...liaisonAssignmentTerms,
  ...evaluationGradeTerms,
  ...evaluationCohortTerms,
  ...reportingScheduleTerms,
};

// ── roster ───────────────────────────────────────────────────────────────────

const rosterMessages = {
  "roster.error.schedule-needs-absence": () => "工作时间表是就外出而定的：记录须同时载明外出情况",
  "roster.error.not-a-roster": () => "花名册须为党员记录的列表",
  "roster.error.read-once": () => "花名册只读取一遍：逐人得出的结果只能取用一次，工作清单须待花名册全部读完后生成",
  "roster.error.different-days": () => "只能合并同一日期的工作清单或影响报告",
  "roster.error.impact-not-asked": () => "未要求分析解释影响：须在分析花名册时提出",
  "roster.error.not-a-reading": () => "不是该项解释的读法",
  "roster.error.different-readings": () => "只能合并按相同解释得出的影响报告",
} satisfies Partial<Messages>;

// ── interpretation impact report ──────────────────────────────────────────────

const reportMessages = {
  "report.title": () => "流动党员花名册条文解释影响报告",
  "report.as-of": ({ asOf }) => `统计日期：${date(asOf)}`,
  "report.members": ({ count }) => `参与判定的党员：${count}名`,
  "report.explanation": () =>
    "条文有可作不同理解之处的，本次对花名册中党员的判定按现行读法作出。本报告就判定所涉及的每项解释，逐一改按其他读法对每名党员重新判定，统计涉及的党员人数、结果因此改变的人数和无法判定的人数（党员记录缺少按该读法判定所需的情况），按党支部分列，并列举部分党员在两种读法下的结果，供党组织研究确定读法时参考。",
  "report.no-readings": () => "本次判定未涉及任何解释，没有可供比较的其他读法。",
  "report.summary": () => "各项解释改按其他读法的影响一览",
  "report.column.interpretation": () => "解释",
  "report.column.question": () => "问题",
  "report.column.in-force": () => "现行读法",
  "report.column.alternative": () => "其他读法",
  "report.column.read": () => "涉及党员",
  "report.column.changed": () => "结果改变",
  "report.column.refused": () => "无法判定",
  "report.column.branch": () => "党支部",
  "report.column.member": () => "党员",
  "report.column.rule": () => "事项",
  "report.column.under-in-force": () => "按现行读法",
  "report.column.under-alternative": () => "按其他读法",
  "report.reading": ({ label, reading }) => `${label}改按其他读法（${reading}）`,
  "report.tally": ({ read, changed, refused }) => `涉及党员${read}名，其中结果改变${changed}名，无法判定${refused}名。`,
  "report.no-changes": () => "按此读法，涉及的党员结果均无改变，也没有无法判定的。",
  "report.chart": ({ label }) => `${label}改按其他读法后，各党支部结果改变和无法判定的党员人数（与涉及党员人数对照）`,
  "report.bar": ({ read, changed, refused }) => `改变${changed}，无法判定${refused}，涉及${read}`,
  "report.other-branches": ({ count }) => `其余${count}个党支部`,
  "report.chart-capped": ({ shown, rest }) =>
    `党支部较多，图中列出受影响党员最多的${shown}个党支部，其余${rest}个党支部合并为一项。`,
  "report.examples": ({ shown, total }) => `列举的党员（按党支部和党员编号排列，列举${shown}名，共${total}名）`,
  "report.refused-member": () => "无法判定：党员记录缺少按此读法判定所需的情况",
  "report.no-outcome": () => "无此项结果",
} satisfies Partial<ToolWords>;

// ── the roster command ──────────────────────────────────────────────────────────

const rosterCommandMessages = {
  "roster.error.threads": () => "工作线程数须为 1 至 64 之间的整数",
  "roster.error.tuning": () => "每批记录数和同时在途的批数须为不小于 1 的整数",
  "roster.issue.missing": () => "缺少必填内容",
  "roster.issue.wrong-type": () => "所填内容的类别不符",
  "roster.issue.invalid-date": () => "日期无效：应为实际存在的日期，按“年-月-日”填写，如2025-06-30",
  "roster.issue.invalid-value": () => "不是规定的可选值",
  "roster.issue.out-of-range": () => "超出允许的范围",
  "roster.issue.unknown-field": () => "含有不属于此处的内容",
  "roster.issue.inconsistent": () => "与本条记录的其他内容相互矛盾",
  "roster.issue.invalid-format": () => "填写格式不符合要求",
  "roster.cell.boolean": () => "应填写“是”或“否”",
  "roster.cell.number": () => "应填写数字",
  "roster.cell.json": () => "此栏应按规定格式成组填写，现有内容无法识别",
  "roster.cell.nothing": () => "表头没有此栏，不应填写",
  "roster.line.not-json": () => "此行不是一条完整的记录，无法识别",
  "roster.where.row": ({ file, row }) => `${file} 第${row}行`,
  "roster.where.line": ({ file, row }) => `${file} 第${row}行`,
  "roster.where.index": ({ file, row }) => `${file} 第${row + 1}条记录`,
  "roster.where.column": ({ letter, name }) => `${letter}列（${name}）`,
  "roster.where.columns": ({ letters, name }) => `${letters}列（${name}）`,
  "roster.where.field": ({ path }) => `“${path}”项`,
  "roster.where.record": () => "整条记录",
  "roster.bad-row": ({ where, place, problem }) => `${where}，${place}：${problem}。此条未予分析`,
  "roster.header.refused": ({ file }) => `${file} 的表头有误，未读取任何记录：`,
  "roster.header.unknown": ({ column, letter, name, near }) =>
    `第${column}列（${letter}列）“${name}”不是党员记录中的项目${near === null ? "" : `，是否应为“${near}”？`}`,
  "roster.header.duplicate": ({ column, letter, name, other, otherLetter }) => `第${column}列（${letter}列）“${name}”与第${other}列（${otherLetter}列）重复`,
  "roster.header.inside": ({ column, letter, name, other, otherLetter, otherName }) =>
    `第${column}列（${letter}列）“${name}”与第${other}列（${otherLetter}列）“${otherName}”重叠：同一项目或整栏填写，或分栏填写，不能兼用`,
  "roster.item.lapse": ({ months, criteria }) => (months === 6 ? `连续6个月${criteria}` : `已连续5个月${criteria}，再满1个月即达6个月`),
  "roster.item.liaison": ({ proposed }) => (proposed === null ? "支部委员人数不足，暂无可指定的联系人" : `可指定${proposed}为联系人`),
  "roster.item.branch-itself": () => "（本支部）",
  "roster.heading.as-of": ({ date: day }) => `流动党员工作清单（截至${date(day)}）`,
  "roster.heading.branches": () => "\n各党支部情况",
  "roster.heading.committees": () => "\n各机关党委情况",
  "roster.heading.refused": ({ count }) => `有误未予分析的记录${count}条`,
  "roster.heading.section": ({ title, count }) => `\n${title}（${count}项）`,
  "roster.more": ({ count }) => `……另有${count}项未列出，全部事项见输出的文件`,
  "roster.section.documents": () => "待开具的证明信、介绍信和活动证",
  "roster.section.overdue": () => "逾期未办的事项",
  "roster.section.dueSoon": () => "30日内到期的事项",
  "roster.section.lapseCandidates": () => "连续5个月以上未履行党员义务的党员",
  "roster.section.withoutLiaison": () => "外出而未确定联系人的党员",
  "roster.section.ambiguous": () => "结论存在歧义的事项",
  "roster.column.kind": () => "类别",
  "roster.column.member": () => "党员",
  "roster.column.branch": () => "党支部",
  "roster.column.committee": () => "机关党委",
  "roster.column.clause": () => "依据",
  "roster.column.due": () => "期限",
  "roster.column.what": () => "事项",
  "roster.count.members": () => "党员数",
  "roster.count.branches": () => "支部数",
  "roster.count.documents": () => "待开证明",
  "roster.count.overdue": () => "逾期",
  "roster.count.dueSoon": () => "30日内到期",
  "roster.count.lapseCandidates": () => "连续未尽义务",
  "roster.count.withoutLiaison": () => "无联系人",
  "roster.count.liaisonShortfall": () => "联系人缺额",
  "roster.count.ambiguous": () => "存在歧义",
  "roster.usage": () =>
    "用法：mobile-member-rules roster <花名册文件> --as-of 年-月-日 [--format csv|json|ndjson|xlsx] [--encoding utf-8|gb18030] [--out 文件夹] [--impact] [--ambiguities] [--readings 文件] [--threads 数目] [--lang en]",
  "cli.option.unknown": ({ option, near }) => `未知选项 ${option}${near === null ? "" : `（是否应为 ${near}？）`}`,
  "cli.option.needs-value": ({ option }) => `${option} 后须写明取值`,
  "cli.option.takes-no-value": ({ option }) => `${option} 不带取值`,
  "roster.usage.threads": () => "--threads 应为1至64之间的整数（同时分析所用的线程数）",
  "roster.usage.one-file": () => "须指明一个花名册文件",
  "roster.usage.as-of": () => "须以 --as-of 指明工作清单的日期（年-月-日）",
  "roster.usage.format": ({ given }) => `--format 只接受 csv、json、ndjson 或 xlsx，不接受 ${given}`,
  "roster.usage.format-unknown": ({ file }) => `无法从文件名判断 ${file} 的格式，请以 --format 指明`,
  "roster.usage.encoding": ({ given }) => `--encoding 只接受 utf-8 或 gb18030，不接受 ${given}`,
  "roster.usage.impact-needs-out": () => "--impact 须与 --out 同用：解释影响报告写入输出文件夹",
  "roster.usage.encoding-xlsx": () => "Excel 文件（.xlsx）不需指明 --encoding",
  "roster.usage.readings": ({ file, problem }) => `解释选择文件 ${file}：${problem}`,
  "roster.usage.not-json": () => "内容格式有误，无法识别",
  "roster.usage.out": ({ dir, code }) => `无法建立输出文件夹 ${dir}（${code}）`,
  "roster.file.unreadable": ({ file, why }) => `无法读取 ${file}：${why}`,
  "roster.file.not-a-file": ({ file }) => `${file} 不是普通文件（管道或设备等），不能作为花名册读取`,
  "roster.file.no-header": ({ file }) => `${file} 没有表头行，未读取任何记录`,
  "roster.file.exceljs-missing": () => "读取 Excel 文件（.xlsx）须另行安装 exceljs：npm install exceljs",
  "roster.file.malformed": ({ file, row }) => (row === null ? `${file} 文件格式有误，无法读取` : `${file} 自第${row}条起文件格式有误，无法继续读取`),
  "roster.file.not-encoded": ({ file, encoding }) =>
    encoding === "gb18030" ? `${file} 不是 GB18030 编码的文本` : `${file} 不是 UTF-8 编码的文本；如为 GB18030 编码，请加 --encoding gb18030`,
  "roster.file.not-an-array": ({ file }) => `${file} 应为党员记录的列表（以“[”开头）`,
  "roster.written": ({ dir, files }) => `已写入 ${dir}：${files}`,
  "roster.summary": ({ rows, decided, bad }) => `共${rows}条记录：已分析${decided}名党员，${bad}条有误未予分析`,
  "roster.progress": ({ rows, rate }) => `已读${rows}条，每秒${rate}条`,
} satisfies Partial<ToolWords>;

// ── the workbench page ──────────────────────────────────────────────────────────

const workbenchMessages = {
  "workbench.title": () => "流动党员管理规则工作台",
  "workbench.no-script": () => "本页需要浏览器启用脚本功能。",
  "workbench.intro": () =>
    "选择事项，填写党员的有关情况，即可看到按《关于加强和改进区直机关流动党员管理工作的实施意见》得出的结论、推理过程和所依条文。本页不联网，所填内容不离开本机。",
  "workbench.language": () => "语言",
  "workbench.matters": () => "事项",
  "workbench.facts": () => "有关情况",
  "workbench.answer": () => "判定结果",
  "workbench.yes": () => "是",
  "workbench.no": () => "否",
  "workbench.not-given": () => "未说明",
  "workbench.add": () => "增加一项",
  "workbench.remove": () => "删去",
  "workbench.item": ({ number }) => `第${number}项`,
  "workbench.refused": () => "所填情况有误，未作出决定。请按各项下的提示修改。",
  "workbench.refused-elsewhere": () => "所填情况整体上的问题：",
  "workbench.unexpected": ({ message }) => `出现意外错误，未作出决定：${message}`,
  "workbench.ambiguous": () => "本案存在歧义",
  "workbench.ambiguous-text": () =>
    "本案事实恰在条文可作不同理解之处，理解不同，结论不同。两种结论并列如下，请党组织研究确定。",
  "workbench.in-force": () => "按现行理解",
  "workbench.other-reading": () => "按另一种理解",
  "workbench.reason": () => "原因",
  "workbench.use-reading": () => "改按此理解",
  "workbench.readings": () => "所涉及的解释",
  "workbench.readings-intro": () => "条文可作不同理解之处，本决定按以下理解作出。改选一种理解，结论随即重新得出。",
  "workbench.outcome-same": () => "结论不变",
  "workbench.outcome-becomes": ({ outcome }) => `结论改为：${outcome}`,
  "workbench.outcome-refused": ({ message }) => `按此理解无法作出决定：${message}`,
  "workbench.reset-readings": () => "全部恢复默认理解",
  "workbench.no-readings": () => "本决定未涉及需要解释之处。",
  "workbench.duties": () => "有关各方的职责",
  "workbench.obligations": () => "到期事项",
  "workbench.column.due": () => "期限",
  "workbench.column.what": () => "事项",
  "workbench.column.owed-by": () => "承办",
  "workbench.column.owed-to": () => "报送或者面向",
  "workbench.column.status": () => "状态",
  "workbench.column.clause": () => "依据",
  "workbench.met-on": ({ date: on, late }) => `（${date(on)}办理${late ? "，逾期" : ""}）`,
  "workbench.calendar": () => "下载日历文件",
  "workbench.calendar-file": () => "流动党员管理日程",
  "workbench.liaisons": () => "联络员及其联系的流动党员",
  "workbench.column.liaison": () => "联络员",
  "workbench.column.members": () => "联系的流动党员",
  "workbench.unassigned": ({ members }) => `暂无联络员的流动党员：${members.join("、")}`,
  "workbench.cohort": () => "各党员的评议结果",
  "workbench.column.member": () => "党员编号",
  "workbench.column.result": () => "结果",
  "workbench.scenarios": () => "情景文件",
  "workbench.scenarios-intro": () =>
    "情景文件记载一个事项的情况和预期的结论，可以在本页检查，也可以用命令行检查。保存当前情况，以当前结论为预期结论；打开情景文件或者文件夹，逐一检查。",
  "workbench.scenario-name": () => "情景名称",
  "workbench.save": () => "保存为情景文件",
  "workbench.save-note": () => "保存的文件以当前结论为预期结论。",
  "workbench.open-files": () => "打开情景文件",
  "workbench.open-folder": () => "打开文件夹",
  "workbench.starters": () => "示例情景",
  "workbench.check-starters": () => "检查全部示例情景",
  "workbench.results": () => "检查结果",
  "workbench.summary": ({ passed, failed }) => `通过 ${passed} 项，未通过 ${failed} 项`,
  "workbench.nothing-checked": () => "没有找到情景文件，未检查任何情景",
  "workbench.passed": () => "通过",
  "workbench.failed": () => "未通过",
  "workbench.malformed": () => "情景文件格式错误",
  "workbench.unreadable": ({ message }) => `无法读取：${message}`,
  "workbench.open-in-form": () => "在本页打开",
  "workbench.explanation": () => "说明",
  "workbench.saved-description": ({ title }) => `${title}：在工作台中保存`,
} satisfies Partial<ToolWords>;

// ── input errors (errors.ts) ────────────────────────────────────────────────

const EXPECTED_KINDS: Readonly<Record<string, string>> = {
  string: "字符串",
  number: "数字",
  int: "整数",
  boolean: "布尔值（true/false）",
  object: "对象",
  array: "数组",
  null: "空值 null",
};

const GIVEN_KINDS: Readonly<Record<string, string>> = {
  null: "空值 null",
  array: "数组",
  string: "字符串",
  number: "数字",
  NaN: "NaN",
  boolean: "布尔值",
  object: "对象",
  bigint: "大整数",
};

const inputErrorMessages = {
  "error.source-not-text": () => "来源必须是字符串",
  "error.issues-malformed": () => "至少要有一个问题，每个问题须有路径、类别和中英文说明",
  "error.more-issues": ({ more }) => `另有 ${more} 个问题`,
  "error.invalid-input": () => "输入无效",
  "error.path-malformed": () => "路径必须是字段名和序号组成的数组",
  "error.unreadable": ({ reason, depth, nodes }) => {
    switch (reason) {
      case "accessor":
        return "应为数据值，不能是读取时才计算的属性（getter/setter）";
      case "not-plain":
        return "应为普通数据（对象、数组、字符串、数字、布尔值或 null），不能是日期对象、映射或类的实例";
      case "cannot-read":
        return "无法读取该值";
      case "circular":
        return "数据循环引用了自身";
      case "too-deep":
        return `嵌套层数超过 ${depth} 层`;
      case "too-large":
        return `对象和数组总数超过 ${nodes} 个`;
      case "sparse":
        return "数组中有空位";
    }
  },
  "error.missing": () => "缺少必填项",
  "error.wrong-type": ({ expected, received }) => `类型错误：应为${EXPECTED_KINDS[expected] ?? expected}，实为${GIVEN_KINDS[received] ?? received}`,
  "error.not-one-of": ({ allowed }) => `取值无效：应为 ${allowed} 之一`,
  "error.out-of-range": ({ measure, relation, bound }) =>
    `超出范围：${{ items: "项数", length: "长度", value: "数值" }[measure]}${{ "at-least": "不得少于", "more-than": "必须大于", "at-most": "不得超过", "less-than": "必须小于" }[relation]} ${bound}`,
  "error.unknown-field": ({ position }) => `第 ${position} 个字段不是本项应有的字段（是否拼写有误？）`,
  "error.no-form-matches": () => "取值不符合任何允许的形式",
  "error.wrong-format": ({ format }) => `格式错误：应为 ${format} 格式`,
  "error.invalid-value": () => "取值无效",
  "error.not-multiple": ({ divisor }) => `取值无效：必须是 ${divisor} 的倍数`,
  "error.invalid-key-or-element": () => "包含无效的键或元素",
  "error.schema-not-zod": () => "校验模式无效：应为 zod 模式（如 CalendarDateSchema）",
  "error.source-not-name": () => "source 必须是字符串（报告错误时使用的名称）",
  "error.schema-failed": () => "该模式在校验时出错，无法使用",
} satisfies Partial<Messages>;

// ── dates and texts (calendar/date.ts, input/text.ts) ───────────────────────

const dateAndTextErrorMessages = {
  "error.year-out-of-range": ({ from, to }) => `年份必须是 ${from}–${to} 之间的整数`,
  "error.month-out-of-range": () => "月份必须是 1–12 之间的整数",
  "error.invalid-date": ({ from, to }) => `日期无效：应为存在的公历日期，写作 YYYY-MM-DD，年份 ${from}–${to}`,
  "error.day-number-not-integer": () => "日序号必须是整数",
  "error.day-number-out-of-range": ({ from, to }) => `日期超出支持的年份 ${from}–${to}`,
  "error.rule-date-out-of-range": ({ from, to }) => `超出范围：规则所用日期的年份应在 ${from}–${to} 之间`,
  "error.relation-not-known": () => "relation 应为 shorter、exact 或 longer",
  "error.bound-word-not-known": () => "word 应为 以上、以下、以内、届满、不满、超过、以外 之一",
  "error.months-not-whole": () => "months 必须是整数",
  "error.result-out-of-years": ({ from, to }) => `计算结果超出支持的年份 ${from}–${to}`,
  "error.end-before-start": () => "结束日期早于开始日期",
  "error.blank-reason": () => "理由不能为空：须有可见的文字，只有空白或不可见字符的视为未填写",
  "error.id-not-canonical": () => "编号格式无效：不能为空，首尾不能有空白，不能含不可见字符，须为 Unicode NFC 规范形式",
  "error.id-repeated": ({ first }) => `编号重复：与 ${first} 相同`,
} satisfies Partial<Messages>;

// ── stored decisions (decision/stored.ts) ───────────────────────────────────

const storedDecisionMessages = {
  "stored.not-a-rule": () => "不是已有的规则",
  "stored.not-an-outcome": () => "不是该规则的有效结论",
  "stored.citation-repeated": () => "引用重复",
  "stored.step-not-cited": () => "该步骤的依据不在引用之列",
  "stored.unknown-step": () => "不是本规则库记录的步骤",
  "stored.interpretation-repeated": () => "同一解释列出两次",
  "stored.not-a-reading": () => "不是该解释的读法",
  "stored.default-disagrees": () => "与登记的默认读法不符",
  "stored.contested-repeated": () => "同一争议点列出两次",
  "stored.applied-disagrees": () => "与所适用的解释不符",
  "stored.other-reading-repeated": () => "另一读法重复或就是所适用的读法",
  "stored.other-reading-same-outcome": () => "另一读法的结论与本结论相同，不构成歧义",
  "stored.ambiguous-disagrees": () => "与所列歧义不一致",
  "stored.override-step-without-override": () => "记录了例外处理的步骤，却没有例外",
  "stored.override-without-reason": () => "例外处理须写明理由",
  "stored.not-overridable": () => "该规则的结论不允许例外处理",
  "stored.override-under-no-override": () => "已按解释五选定不作例外处理，却记有例外处理",
  "stored.override-step-missing": () => "缺少记录例外处理的最后一步",
  "stored.override-step-reason-disagrees": () => "例外处理步骤的理由与例外不符",
} satisfies Partial<Messages>;

// ── the command line (cli/main.ts) ───────────────────────────────────────────

const commandLineMessages = {
  "cli.see-help": () => "运行 mobile-member-rules --help 查看用法",
  "cli.finding": ({ where, message, hint }) => `${where}: ${message}${hint === null ? "" : `（${hint}）`}`,
  "cli.check.malformed": () => "情景文件格式错误",
  "cli.check.mismatch": () => "不符",
  "cli.check.summary": ({ passed, failed }) => `通过 ${passed} 项，未通过 ${failed} 项`,
  "cli.check.nothing-checked": () => "没有找到情景文件（.json），未检查任何情景",
  "cli.check.usage": () => "用法：mobile-member-rules check <文件或文件夹…>",
  "cli.explain.usage": ({ rules }) => `用法：mobile-member-rules explain <规则> <输入.json>；可用的规则：${rules.join("、")}`,
  "cli.explain.no-such-rule": ({ rule, hint, rules }) => `没有规则 ${rule}${hint === null ? "" : `（${hint}）`}；可用的规则：${rules.join("、")}`,
  "cli.init.usage": () => "用法：mobile-member-rules init <文件夹>",
  "cli.init.existing": ({ folder, files }) => `${folder} 中已有这些文件，未写入任何文件：${files.join("、")}。要覆盖，请加 --force`,
  "cli.init.written": ({ count, folder, schema }) => `已将 ${count} 个文件复制到 ${folder}（$schema：${schema}）。检查：mobile-member-rules check ${folder}`,
  "cli.workbench.usage": () => "用法：mobile-member-rules workbench [--out <文件夹>]",
  "cli.schema.usage": () => "schema 命令不带参数",
  "cli.usage.lang": ({ given, names }) => `--lang 只接受 ${names.join("、")}，不接受 ${given}`,
  "cli.usage.unknown-command": ({ command, near }) => `未知命令 ${command}${near === null ? "" : `（是否应为 ${near}？）`}`,
  "cli.usage.misplaced": ({ command, options }) => `${command} 命令不接受 ${options.join(", ")}`,
} satisfies Partial<ToolWords>;

// ── the command line's files (cli/files.ts, scenario-sources.ts, roster-sources.ts, workbench.ts) ──

const commandLineFileMessages = {
  "cli.file.missing": () => "找不到该文件或文件夹",
  "cli.file.link-loop": () => "符号链接循环，无法读取",
  "cli.file.denied": () => "无权读取",
  "cli.file.cannot-read": ({ code }) => `无法读取（${code}）`,
  "cli.file.not-regular": () => "不是普通文件（管道或设备等），已跳过",
  "cli.file.folder-loop": () => "符号链接循环：指向正在检查的上级文件夹",
  "cli.file.utf-16": () => "文件是 UTF-16 编码，无法读取：请另存为 UTF-8",
  "cli.file.not-utf-8": () => "文件不是 UTF-8 编码：请另存为 UTF-8",
  "roster.file.missing": () => "找不到该文件",
  "roster.file.denied": () => "无权读取",
  "roster.file.folder": () => "这是文件夹，不是文件",
  "cli.workbench.missing": () => "找不到工作台页面：请先运行 npm run workbench 或 npm run build",
  "cli.workbench.not-ours": ({ path }) => `${path} 已存在，且不是工作台页面：未写入`,
} satisfies Partial<ToolWords>;

// ── scenario files (cli/scenarios.ts) ───────────────────────────────────────

const scenarioMessages = {
  "scenario.expected-other": ({ expected, actual }) => `期望 ${expected}，实际 ${actual}`,
  "scenario.expected-object": ({ actual }) => `期望对象，实际 ${actual}`,
  "scenario.did-you-mean": ({ suggestion }) => `是否应为 "${suggestion}"？`,
  "scenario.no-such-interpretation": () => "没有这一编号的解释",
  "scenario.interpretation-not-read": () => "本事项的规则不涉及这一解释",
  "scenario.not-an-alternative": ({ alternatives }) => `不是该解释的可选读法（${alternatives.join("、")}）`,
  "scenario.options-refused": () => "选项有误，未作出决定。",
  "scenario.input-refused": () => "输入被拒绝，未作出决定。",
  "scenario.refused-heading": () => "输入被拒绝：",
  "scenario.refused-at": ({ where, message }) => `${where}：${message}`,
  "scenario.refused-elsewhere": ({ expected, actual }) => `期望在 ${expected} 处被拒绝，实际在 ${actual.join("、")}`,
  "scenario.decided-not-refused": () => "期望输入被拒绝，但得到了结论",
  "scenario.not-cited": ({ citation }) => `未引用 ${citation}`,
  "scenario.ambiguous-other": ({ expected, actual }) => `期望 ambiguous 为 ${expected}，实际 ${actual}`,
  "scenario.no-such-rule": () => "没有这一规则",
  "locale.name": () => "中文",
  "schema.title": () => "情景文件",
  "schema.description": () => "供 npx mobile-member-rules check 检查的情景：每一情景写明规则、输入、可选的选项，以及期望的结论（可只写一部分）、依据或歧义",
  "schema.input": () => "规则的输入；期望拒绝时可为任意 JSON",
  "schema.date": () => "公历日期，写作 YYYY-MM-DD",
} satisfies Partial<ToolWords>;

/** The simplified-Chinese catalog. */
export const zhCN: Catalog = {
  locale: "zh-CN",
  messages: {
    ...shared,
    ...inputErrorMessages,
    ...dateAndTextErrorMessages,
    ...storedDecisionMessages,
    ...documentForAbsenceMessages,
    ...managementModeMessages,
    ...resolveReceivingOrgMessages,
    ...liaisonAssignmentMessages,
    ...evaluationGradeMessages,
    ...evaluationCohortMessages,
    ...reportingScheduleMessages,
    ...rosterMessages,
  },
  terms,
  rules: {
    ...documentForAbsenceWords,
    ...managementModeWords,
    ...resolveReceivingOrgWords,
    ...liaisonAssignmentWords,
    ...evaluationGradeWords,
    ...evaluationCohortWords,
    ...reportingScheduleWords,
  },
  explain: {
    rule: "事项",
    question: "问题",
    outcome: "结论",
    overridden: (ruleSummary, reason) => `（作例外处理。按条文一般应为：${ruleSummary}；例外理由：${reason}）`,
    overrideStep: (generally, ruleSummary, summary, reason) =>
      `条文规定“${generally}”，本案作例外处理：按条文一般应为${ruleSummary}，现改为${summary}；理由：${reason}`,
    citations: "依据",
    mainGround: "（主要依据）",
    steps: "推理过程",
    step: (label, text) => `〔${label}〕${text}`,
    within: (title, summary) => `${title}：${summary}`,
    interpretations: "适用的解释",
    restsOn: "结论所依的解释",
    alsoApplied: "一并适用的解释（均按默认理解，本案未列为歧义）",
    none: "无",
    isDefault: "默认理解",
    notDefault: "另选理解",
    ambiguous: "存在歧义（本案事实恰在条文可作不同理解之处，理解不同，结论不同）",
    otherReading: (reading, outcome) => `按另一种理解（${reading}），结论为${outcome}`,
    texts: "条文",
    listSeparator: "；",
    colon: "：",
    enumeration: "、",
    aside: (text) => `（${text}）`,
    ruleHeading: (title) => title,
    interpretation: (_id, number) => `解释${chineseNumber(number)}`,
    citation: (label) => label,
    reading: (label, which, reading) => `${label}（${which}）：${reading}`,
    unknownStep: () => "（本版本无此步骤的说明）",
  },
  date,
};

const CHINESE_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1–99 in Chinese numerals, as ordinals are written: 一, 十, 十一, 二十一. */
function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CHINESE_DIGITS[ones] ?? String(n);
  return `${tens === 1 ? "" : (CHINESE_DIGITS[tens] ?? "")}十${ones === 0 ? "" : (CHINESE_DIGITS[ones] ?? "")}`;
}

/** The simplified-Chinese catalog's part that only the tools say: the command line, the roster's reports, the workbench, the scenario files' JSON Schema and the rules' input fields. */
export const zhCNTools: ToolCatalog = {
  locale: "zh-CN",
  messages: {
    ...documentForAbsenceFields,
    ...managementModeFields,
    ...resolveReceivingOrgFields,
    ...liaisonAssignmentFields,
    ...evaluationGradeFields,
    ...evaluationCohortFields,
    ...reportingScheduleFields,
    ...commandLineMessages,
    ...commandLineFileMessages,
    ...scenarioMessages,
    ...reportMessages,
    ...rosterCommandMessages,
    ...workbenchMessages,
  },
};
