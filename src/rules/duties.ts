/**
 * Named duties: the obligations the opinion attaches to a document, a transfer or an
 * absence, each with who bears it and the clause that sets it. Rules return duty ids; the
 * registry gives their text. A duty with no date in the text is still a duty: it is named
 * here; dated, recurring obligations are the reporting schedule's.
 *
 * @module
 */
import type { ClauseId } from "../clauses/opinion.js";
import type { Bilingual } from "../errors.js";
import { z } from "zod";
import { deepFreeze } from "../frozen.js";

/** Who bears a duty. */
export type DutyBearer =
  | "member"
  | "home-branch"
  | "outflow-organ-party-committee"
  | "outflow-org"
  | "outflow-primary-org"
  | "inflow-branch"
  | "inflow-org"
  | "inflow-primary-org"
  | "original-unit-org"
  | "receiving-org"
  | "relevant-departments"
  | "party-orgs-at-every-level";

/** The id of a named duty. */
export type DutyId =
  | "stamp-activity-card"
  | "register-and-issue-activity-card"
  | "verify-and-file-activity-card"
  | "review-activity-card-yearly"
  | "complete-relationship-transfer"
  | "keep-contact-with-both-organizations"
  | "register-and-track-member"
  | "keep-regular-contact-with-outflow-org"
  | "coordinate-transfer-with-destination-unit"
  | "send-study-materials"
  | "train-received-members"
  | "record-political-status"
  | "enter-in-information-base"
  | "record-in-outgoing-register"
  | "record-in-incoming-register"
  | "visit-family-during-absence"
  | "visit-incoming-member"
  | "inspect-and-solve-problems"
  | "hold-neglect-to-account";

/** One named duty. */
export interface Duty {
  /** The duty's id. */
  readonly id: DutyId;
  /** Who bears it. */
  readonly bearer: DutyBearer;
  /** The clause that sets it. */
  readonly clause: ClauseId;
  /** The duty in words. */
  readonly text: Bilingual;
}

/** The names of the bearers in Chinese and English. */
export const DUTY_BEARER_NAMES: { readonly [Bearer in DutyBearer]: Bilingual } = {
  member: { zh: "流动党员本人", en: "the mobile member" },
  "home-branch": { zh: "正式组织关系所在党支部", en: "the branch holding the formal relationship" },
  "outflow-organ-party-committee": { zh: "流出地机关党委", en: "the outflow organ Party committee" },
  "outflow-org": { zh: "流出地党组织", en: "the outflow Party organization" },
  "outflow-primary-org": { zh: "流出地基层党组织", en: "the outflow primary Party organization" },
  "inflow-branch": { zh: "流入地党支部", en: "the inflow Party branch" },
  "inflow-org": { zh: "流入地党组织", en: "the inflow Party organization" },
  "inflow-primary-org": { zh: "流入地基层党组织", en: "the inflow primary Party organization" },
  "original-unit-org": { zh: "原所在单位党组织", en: "the original unit's Party organization" },
  "receiving-org": { zh: "接收组织关系的党组织", en: "the Party organization receiving the relationship" },
  "relevant-departments": { zh: "有关部门", en: "the relevant departments" },
  "party-orgs-at-every-level": { zh: "各级党组织", en: "Party organizations at every level" },
};

/** Every named duty, by id. */
export const DUTIES: { readonly [Id in DutyId]: Duty } = {
  "stamp-activity-card": {
    id: "stamp-activity-card",
    bearer: "outflow-organ-party-committee",
    clause: "2.1.2",
    text: { zh: "在《流动党员活动证》上盖章", en: "stamp the Mobile Party Member Activity Card" },
  },
  "register-and-issue-activity-card": {
    id: "register-and-issue-activity-card",
    bearer: "home-branch",
    clause: "2.1.2",
    text: { zh: "登记并发放《流动党员活动证》", en: "register and issue the activity card" },
  },
  "verify-and-file-activity-card": {
    id: "verify-and-file-activity-card",
    bearer: "inflow-branch",
    clause: "2.1.2",
    text: {
      zh: "及时验证《流动党员活动证》，并报本支部的上级党组织备案",
      en: "verify the activity card promptly and file it with its own superior Party organization",
    },
  },
  "review-activity-card-yearly": {
    id: "review-activity-card-yearly",
    bearer: "home-branch",
    clause: "2.1.2",
    text: { zh: "每年审核一次《流动党员活动证》", en: "review the activity card once a year" },
  },
  "complete-relationship-transfer": {
    id: "complete-relationship-transfer",
    bearer: "member",
    clause: "2.1.2",
    text: {
      zh: "及时办理组织关系转接（无正当理由不及时办理的，党组织要进行批评教育；经教育仍不改正的，由正式组织关系所在党组织按党章及党内有关规定进行组织处理）",
      en: "arrange the transfer of the organizational relationship promptly (failing that without proper reason, the member is criticized and educated; one who still does not correct it after education is dealt with by the organization holding the formal relationship under the Party Constitution and other Party rules)",
    },
  },
  "keep-contact-with-both-organizations": {
    id: "keep-contact-with-both-organizations",
    bearer: "member",
    clause: "2.1.2",
    text: {
      zh: "与流入地和流出地党组织保持联系（长期不联系的，党组织要进行批评教育；经教育仍不改正的，由正式组织关系所在党组织按党章及党内有关规定进行组织处理）",
      en: "keep in contact with the inflow and outflow Party organizations (a long silence brings criticism and education; one who still does not correct it after education is dealt with by the organization holding the formal relationship under the Party Constitution and other Party rules)",
    },
  },
  "register-and-track-member": {
    id: "register-and-track-member",
    bearer: "outflow-org",
    clause: "1.2.2",
    text: {
      zh: "对流动党员登记造册，掌握去向，并向所去地方、单位党组织通报",
      en: "register the member, keep track of where they went, and inform the destination's Party organization",
    },
  },
  "keep-regular-contact-with-outflow-org": {
    id: "keep-regular-contact-with-outflow-org",
    bearer: "inflow-org",
    clause: "1.2.2",
    text: {
      zh: "主动与流出地党组织保持经常联系，及时沟通",
      en: "keep regular contact with the outflow Party organization on its own initiative",
    },
  },
  "coordinate-transfer-with-destination-unit": {
    id: "coordinate-transfer-with-destination-unit",
    bearer: "original-unit-org",
    clause: "2.1.5",
    text: {
      zh: "与党员所去单位党组织做好衔接工作，帮助党员及时落实组织关系",
      en: "coordinate with the destination unit's Party organization and help the member settle the relationship promptly",
    },
  },
  "send-study-materials": {
    id: "send-study-materials",
    bearer: "original-unit-org",
    clause: "2.2.3",
    text: {
      zh: "有条件的定期寄发学习资料，或利用书信、电话等方式加强联系",
      en: "where conditions allow, send study materials regularly or keep in touch by letter or telephone",
    },
  },
  "train-received-members": {
    id: "train-received-members",
    bearer: "receiving-org",
    clause: "2.2.3",
    text: {
      zh: "结合流动党员的学习需求，开展集中培训、专题教育和组织活动",
      en: "hold training, thematic education and activities suited to the member's learning needs",
    },
  },
  "record-political-status": {
    id: "record-political-status",
    bearer: "relevant-departments",
    clause: "3.1",
    text: {
      zh: "在流动人员登记备案中增加“政治面貌”内容",
      en: "record \"political status\" in the registration of mobile persons",
    },
  },
  // 二（一）7 names no bearer for the information base; "本部门、本单位外出……流动党员" makes it
  // the member's own organization's, as the outgoing register is.
  "enter-in-information-base": {
    id: "enter-in-information-base",
    bearer: "outflow-primary-org",
    clause: "2.1.7",
    text: {
      zh: "在党内基本信息库中录入流动党员的基本情况，实行动态管理",
      en: "enter the member's basic particulars in the Party's basic information base and keep them up to date",
    },
  },
  "record-in-outgoing-register": {
    id: "record-in-outgoing-register",
    bearer: "outflow-primary-org",
    clause: "2.1.7",
    text: {
      zh: "在《外出党员登记簿》中记录流动党员的详细情况",
      en: "record the member's particulars in detail in the Register of Outgoing Party Members",
    },
  },
  "record-in-incoming-register": {
    id: "record-in-incoming-register",
    bearer: "inflow-primary-org",
    clause: "2.1.7",
    text: {
      zh: "在《外来党员登记簿》中记录流动党员的详细情况",
      en: "record the member's particulars in detail in the Register of Incoming Party Members",
    },
  },
  "visit-family-during-absence": {
    id: "visit-family-during-absence",
    bearer: "outflow-org",
    clause: "3.2.3",
    text: {
      zh: "党员外出期间，定期、不定期地走访其家属，必要时可派员看望党员本人，了解情况，积极为他们排忧解难",
      en: "while the member is away, visit the family at regular and irregular intervals, and where necessary send someone to see the member, learn how things stand and help solve their difficulties",
    },
  },
  "visit-incoming-member": {
    id: "visit-incoming-member",
    bearer: "inflow-org",
    clause: "3.2.3",
    text: {
      zh: "对外来党员热情走访，帮助解决工作、生活中的实际困难，使他们感受到党组织的关怀和温暖",
      en: "visit incoming members warmly and help solve the practical difficulties of their work and life, so that they feel the Party organization's care and warmth",
    },
  },
  "inspect-and-solve-problems": {
    id: "inspect-and-solve-problems",
    bearer: "party-orgs-at-every-level",
    clause: "3.3",
    text: {
      zh: "经常深入基层调查研究，督促检查，及时发现和解决流动党员教育管理工作中存在的问题",
      en: "go regularly to the grass roots to investigate, supervise and check, and find and solve promptly the problems in the education and management of mobile members",
    },
  },
  "hold-neglect-to-account": {
    id: "hold-neglect-to-account",
    bearer: "party-orgs-at-every-level",
    clause: "3.3",
    text: {
      zh: "对工作中不负责任、推诿扯皮的，给予教育帮助；情节严重的，作出必要的组织处理",
      en: "give education and help to those who are irresponsible in the work or shift responsibility onto others; in serious cases, apply the necessary organizational handling",
    },
  },
};

/** A duty as one line: bearer, duty and clause. @internal */
export function dutyLine(id: DutyId): Bilingual {
  const duty = DUTIES[id];
  const bearer = DUTY_BEARER_NAMES[duty.bearer];
  return { zh: `${bearer.zh}：${duty.text.zh}`, en: `${bearer.en}: ${duty.text.en}` };
}

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [DUTY_BEARER_NAMES, DUTIES]) deepFreeze(table);

/** Every {@link DutyId}, in the order of {@link DUTIES}. */
export const DUTY_IDS = Object.freeze(Object.keys(DUTIES)) as readonly DutyId[];

/** The zod schema of a {@link DutyId}. */
export const DutyIdSchema: z.ZodType<DutyId> = z.enum(DUTY_IDS as [DutyId, ...DutyId[]]);
