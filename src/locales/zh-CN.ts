/**
 * The library's words in simplified Chinese, as an officer would sign them: the text's
 * and the Party constitution's own words, no programmers' words.
 *
 * Each rule's messages are a block of their own, listed in `messages` below; the type of
 * {@link Catalog} requires every step, reason and error message of every rule.
 *
 * @module
 */
import type { Catalog, StepFound } from "./catalog.js";
import type { AbsenceDocument, DocumentLengthWords, DocumentPlace } from "../rules/document-for-absence.js";
import type { DutyId } from "../rules/duties.js";
import { DUTIES } from "../rules/duties.js";

type Messages = Catalog["messages"];

/** A date as a Chinese sentence writes it: `2024-03-10` → 2024年3月10日. */
function date(value: string): string {
  const [year, month, day] = value.split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

function yes(value: unknown): string {
  return value === true ? "是" : "否";
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
  within: ({ rule }) => `依${rule}决定`,
  duties: (_params, found: StepFound) =>
    `有关各方应当履行的职责：${(found.result as readonly DutyId[])
      .map((id) => `${terms.dutyBearers[DUTIES[id].bearer]}：${terms.duties[id]}`)
      .join("；")}`,
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
  "absence-length": ({ departure, lastDay, clamped, expectedReturn }, found) =>
    `${date(departure)}外出（当日不计入），6个月期间至${date(lastDay)}届满${clamped ? "（到期月无对应日）" : ""}；预计${date(expectedReturn)}返回，外出时间${RELATION[String(found.result)] ?? ""}`,
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

// ── managementMode ──────────────────────────────────────────────────────────────

const managementModeTerms = {};

const managementModeMessages = {} satisfies Partial<Messages>;

const managementModeWords = {};

// ── end of managementMode ───────────────────────────────────────────────────────

// ── resolveReceivingOrg ──────────────────────────────────────────────────────────────

const resolveReceivingOrgTerms = {};

const resolveReceivingOrgMessages = {} satisfies Partial<Messages>;

const resolveReceivingOrgWords = {};

// ── end of resolveReceivingOrg ───────────────────────────────────────────────────────

// ── liaisonAssignment ──────────────────────────────────────────────────────────────

const liaisonAssignmentTerms = {};

const liaisonAssignmentMessages = {} satisfies Partial<Messages>;

const liaisonAssignmentWords = {};

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

/** A date as the appraisal's sentences write it: 2024年3月10日. */
function gradeDate(value: string): string {
  return `${Number(value.slice(0, 4))}年${Number(value.slice(5, 7))}月${Number(value.slice(8, 10))}日`;
}

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
      `评议期间${gradeDate(String(found.facts["period.from"]))}至${gradeDate(String(found.facts["period.to"]))}：` +
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
          : `（期限不超过1年，自${gradeDate(setOn)}作出限期改正决定之日起计算，至迟于${gradeDate(latest)}届满，解释三十三）`;
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
  "reason.grade-deadline-no-corresponding-day": ({ setOn }) => `自${gradeDate(setOn)}起1年，到期月没有对应日`,
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

// ── end of evaluationCohort ───────────────────────────────────────────────────────

// ── reportingSchedule ──────────────────────────────────────────────────────────────

const reportingScheduleTerms = {};

const reportingScheduleMessages = {} satisfies Partial<Messages>;

const reportingScheduleWords = {};

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

/** The simplified-Chinese catalog. */
export const zhCN: Catalog = {
  locale: "zh-CN",
  messages: {
    ...shared,
    ...documentForAbsenceMessages,
    ...managementModeMessages,
    ...resolveReceivingOrgMessages,
    ...liaisonAssignmentMessages,
    ...evaluationGradeMessages,
    ...evaluationCohortMessages,
    ...reportingScheduleMessages,
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
