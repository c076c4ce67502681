/**
 * # 二（一）3–6 — where a member's formal organizational relationship goes
 *
 * **[2.1.3]** 3、凡党员所去单位已建立党组织的,应当将组织关系转移到单位党组织;单位未建立党组织的,
 * 应当将组织关系转移到单位或党员所居住的社区党组织。以上单位或地方接收确有困难的,也可以转移到
 * 行业主管部门或有关服务机构党组织。在流动党员较为集中的部门,可专门建立流动党员党组织。
 *
 * > Destination unit with a Party organization: to that organization. Unit without one:
 * > to the community Party organization of the unit or of the member's residence. Where
 * > those truly cannot receive it: also to the industry regulator's or a relevant service
 * > agency's organization. Departments with many mobile members may set up a dedicated
 * > mobile-member Party organization.
 *
 * **[2.1.4]** 4、待安置、分配的复转军人和大中专毕业生中的党员,6个月尚未落实工作单位,应将其组织关系
 * 转移至父母、配偶所属社区党组织或人才交流机构党组织。
 *
 * > Demobilized servicemen and graduates awaiting placement, still without a work unit
 * > after 6 months: to the community organization of their parents or spouse, or a
 * > talent-exchange agency's organization.
 *
 * **[2.1.5]** 5、厅局下属的企事业单位改制后与原单位解除劳动关系的党员,流向比较集中的,原所在单位党组织
 * 应当与其所去单位党组织做好衔接工作,帮助党员及时落实组织关系。党员流向不确定的,一般先将其组织关系
 * 转移到居住地的社区党组织。
 *
 * > Labour relation ended by a restructuring: where members flow together, the original
 * > unit's organization coordinates with the destination unit's; where the destination
 * > is uncertain, generally first to the residence's community organization.
 *
 * **[2.1.6]** 6、对已纳入社会化管理的企业退休职工中的党员,应将其组织关系转移到党员居住地的社区党组织;
 * 在外长期定居的离退休干部、职工中的党员,应将其组织关系转移至现居住地党组织;对异地居住、受聘到新的
 * 单位工作或外出务工经商的,应当根据时间长短及工作单位等具体情况转移组织关系;被原单位返聘的,
 * 其党员组织关系仍留在原单位党组织。
 *
 * > Enterprise retirees under socialized management: to the residence's community
 * > organization. Retirees settled long-term elsewhere: to the current residence's
 * > organization. Living elsewhere, newly employed or working away: by length and
 * > workplace (that is, 2.1.1 and 2.1.3). Re-employed by the original unit: stays.
 *
 * **[2.2.3]** ……接收流动党员组织关系的党组织,要结合流动党员的学习需求,抓住时机开展集中培训、专题教育和组织活动……
 * (the organization receiving the relationship trains the member)
 *
 * **[2.2.1]** ……做到教育不脱节,管理不断线…… (education never comes apart, management never
 * breaks off): every answer names who is responsible, and while a transfer is pending the
 * original organization stays responsible (2019 regulation art. 25 says the same).
 *
 * ## Readings
 * - "确有困难" (truly cannot receive) is a fact the caller asserts, with a reason (Q11).
 * - The dedicated mobile-member organization is a permitted receiver beside the ones
 *   the text names, not in their place (Q17).
 * - "单位或党员所居住的社区党组织" names two community organizations side by side: the
 *   unit's comes first, as the text names it, and the residence's is equally permitted
 *   (Q31, contested wherever the unit has no Party organization).
 * - A retiree may fit more than one case of 2.1.6 (category `"retiree"`, stated case by
 *   case): re-employment by the original unit decides before the others (Q32).
 * - 2.1.4's six months run from demobilization or graduation (Q10), by 民法典 第201–202条
 *   (Q2, Q14). The rule applies from the day after their last day: the last day runs to
 *   24:00 (民法典 第二百零三条), so on it the six months are still running (Q22; the
 *   decision is marked ambiguous on that day).
 * - "应当根据时间长短及工作单位等具体情况" is 2.1.1 (the document) and 2.1.3 (the receiver).
 * - A documented exception (Q5) is taken only where the text says "一般": for a member
 *   going away, to the document ("一般应当", 2.1.1), which decides whether the
 *   relationship moves, while 2.1.3's "应当" still decides where; for a restructured
 *   member with an uncertain destination, to the receiver ("一般先", 2.1.5). 2.1.3, 2.1.4,
 *   2.1.6 and 2.1.5's concentrated flow say "应当"/"应将", and admit none.
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
import { periodLastDayNumber, relationOf } from "../calendar/periods.js";
import { CLAUSE_IDS, type ClauseId } from "../clauses/opinion.js";
import { factsUnder, runRule, type Decision, type JsonValue, type Reasoning } from "../decision/decision.js";
import { addBilingualIssue, failInput, readInput, type Bilingual } from "../errors.js";
import { hasVisibleText } from "../input/text.js";
import {
  alternativeInForce,
  overridableRuleOptionsSchema,
  type InterpretationChoices,
  type OverridableRuleOptions,
} from "../interpretations/options.js";
import {
  ABSENCE_DOCUMENTS,
  ABSENCE_DOCUMENT_NAMES,
  AbsenceSchema,
  decideDocument,
  documentOutcome,
  recordDuties,
  requirePlaceKnown,
  type Absence,
  type AbsenceDocument,
  zhDate,
} from "./document-for-absence.js";
import { DutyIdSchema, type DutyId } from "./duties.js";
import { PARTY_ORGS, PARTY_ORG_NAMES, type PartyOrg } from "./organizations.js";

/** The destination unit, for 2.1.3. */
export interface Destination {
  /** Whether the unit the member goes to has set up a Party organization. */
  readonly unitHasPartyOrg: boolean;
  /**
   * The caller's assertion that the unit (or the community) truly cannot receive the
   * relationship (确有困难), with the reason (Q11); `null` when it can.
   */
  readonly cannotReceive: {
    /** Why the receiver cannot receive the relationship. */
    readonly reason: string;
  } | null;
}

interface DepartmentFacts {
  /** Whether the member's department has set up a dedicated mobile-member Party organization (2.1.3). */
  readonly departmentHasMobileMemberOrg: boolean;
}

/** A member going away: 2.1.1 decides whether the relationship moves, 2.1.3 where (2.1.6 for retirees). */
export interface AwayMember extends DepartmentFacts {
  /** A member living, working or trading away, or newly employed elsewhere. */
  readonly category: "away";
  /** Whether the member is a retired cadre or staff member (2.1.6: decided by time and workplace). */
  readonly retired: boolean;
  /** The absence. */
  readonly absence: Absence;
  /** The unit the member goes to. */
  readonly destination: Destination;
}

/** A demobilized serviceman or a graduate awaiting placement (2.1.4). */
export interface AwaitingPlacementMember extends DepartmentFacts {
  /** 复转军人 or 大中专毕业生. */
  readonly category: "demobilized-serviceman" | "graduate";
  /** The date of demobilization or graduation. */
  readonly since: CalendarDate;
  /** The date of registration with the placement authority, if known (Q10's alternative counts from it). */
  readonly placementRegisteredOn: CalendarDate | null;
  /** The date the question is asked for. */
  readonly asOf: CalendarDate;
  /** The work unit found, or `null` while the member has none. */
  readonly workUnit: Destination | null;
}

/** A member whose labour relation ended when a department's enterprise or institution was restructured (2.1.5). */
export interface RestructuredMember extends DepartmentFacts {
  /** 企事业单位改制后解除劳动关系. */
  readonly category: "restructured";
  /** Whether the members flow together to known units, or the destination is uncertain. */
  readonly flow: "concentrated" | "uncertain";
  /** The destination unit when the flow is concentrated; `null` when it is uncertain. */
  readonly destination: Destination | null;
}

/** A retiree whose case 2.1.6 settles directly. */
export interface RetiredMember extends DepartmentFacts {
  /**
   * - `socialized-retiree`: an enterprise retiree under socialized management.
   * - `retired-cadre-settled-elsewhere`: a retired cadre or staff member settled long-term elsewhere (the caller asserts it, Q11).
   * - `reemployed-by-original-unit`: a retiree re-employed by the original unit.
   */
  readonly category: "socialized-retiree" | "retired-cadre-settled-elsewhere" | "reemployed-by-original-unit";
}

/** A case of 2.1.6 that a retiree's facts can meet, in the text's order. */
export type RetireeCase = RetiredMember["category"];

/**
 * A retiree, with each case of 2.1.6 stated as a fact, for a retiree who may fit more than
 * one of them (an enterprise retiree under socialized management re-employed by the
 * original unit, say): which case then decides is interpretation Q32. At least one must
 * hold; a retiree who lives elsewhere, is newly employed or works away is a member going
 * away (`category: "away"`, `retired: true`). For a retiree who fits exactly one case,
 * {@link RetiredMember} says the same more briefly.
 */
export interface RetireeMember extends DepartmentFacts {
  /** A retiree whose case 2.1.6 settles, stated fact by fact. */
  readonly category: "retiree";
  /** 已纳入社会化管理的企业退休职工: an enterprise retiree under socialized management. */
  readonly socializedEnterpriseRetiree: boolean;
  /** 在外长期定居的离退休干部、职工: settled long-term elsewhere (the organization finds it, Q11). */
  readonly settledLongTermElsewhere: boolean;
  /** 被原单位返聘: re-employed by the original unit. */
  readonly reemployedByOriginalUnit: boolean;
}

/** The member's situation: one of the categories of 2.1.3–2.1.6. */
export type MemberSituation = AwayMember | AwaitingPlacementMember | RestructuredMember | RetiredMember | RetireeMember;

/** The outcome of {@link resolveReceivingOrg}. */
export type ReceivingOrgOutcome = {
  /** Whether the formal relationship is transferred or stays where it is. */
  readonly relationship: "transfers" | "stays";
  /** The organization that holds the formal relationship once the decision is carried out. */
  readonly receiver: PartyOrg;
  /** Other organizations the text equally permits. */
  readonly alsoPermitted: readonly PartyOrg[];
  /** Who is responsible until a transfer is received (always the original organization), or `null` when the relationship stays. */
  readonly responsibleUntilReceived: PartyOrg | null;
  /** The clause that decided. */
  readonly basis: ClauseId;
  /** The document the member carries (for members going away), or `null`. */
  readonly document: AbsenceDocument | null;
  /** The duties that follow: see `DUTIES`. */
  readonly duties: readonly DutyId[];
};

/** The zod schema of {@link ReceivingOrgOutcome}, for checking a stored decision. */
export const ReceivingOrgOutcomeSchema: z.ZodType<ReceivingOrgOutcome> = z.strictObject({
  relationship: z.enum(["transfers", "stays"]),
  receiver: z.enum(PARTY_ORGS),
  alsoPermitted: z.array(z.enum(PARTY_ORGS)),
  responsibleUntilReceived: z.enum(PARTY_ORGS).nullable(),
  basis: z.enum(CLAUSE_IDS),
  document: z.enum(ABSENCE_DOCUMENTS).nullable(),
  duties: z.array(DutyIdSchema),
});

/**
 * What a documented exception (Q5) to {@link resolveReceivingOrg} may replace: only an
 * outcome the text words as "一般" (generally).
 *
 * - For a member going away (`category: "away"`, retirees among them): the document of
 *   2.1.1 ("一般应当"), an {@link AbsenceDocument}. The document decides whether the
 *   relationship moves; where it moves, 2.1.3 decides ("应当"), never the exception.
 * - For a restructured member whose destination is uncertain: the receiver of 2.1.5's
 *   "一般先将其组织关系转移到居住地的社区党组织", a {@link PartyOrg}
 *   (`"original-org"` keeps the relationship where it is).
 *
 * Every other case is worded "应当" (shall) and admits no exception.
 */
export type ReceivingOrgException = AbsenceDocument | PartyOrg;

/** Options of {@link resolveReceivingOrg}: interpretation choices and, where the text says "一般", a documented exception (see {@link ReceivingOrgException}). */
export type ResolveReceivingOrgOptions = OverridableRuleOptions<ReceivingOrgException>;

const DestinationSchema: z.ZodType<Destination> = z.strictObject({
  unitHasPartyOrg: z.boolean(),
  cannotReceive: z.strictObject({ reason: z.string() }).nullable(),
});

const department = { departmentHasMobileMemberOrg: z.boolean() };

type DateField = "since" | "placementRegisteredOn" | "asOf";

// The dates of a member awaiting placement, named in messages instead of their values.
const FIELD_WORDS: { readonly [F in DateField]: Bilingual } = {
  since: { zh: "复员、转业或毕业日期", en: "the demobilization or graduation date (since)" },
  placementRegisteredOn: { zh: "报到日期", en: "the placement registration date (placementRegisteredOn)" },
  asOf: { zh: "所查询的日期", en: "the day asked about (asOf)" },
};

function awaitingVariant<C extends "demobilized-serviceman" | "graduate">(category: C) {
  return z
    .strictObject({
      category: z.literal(category),
      since: RuleDateSchema,
      placementRegisteredOn: RuleDateSchema.nullable(),
      asOf: RuleDateSchema,
      workUnit: DestinationSchema.nullable(),
      ...department,
    })
    .check((ctx) => {
      const { since, placementRegisteredOn, asOf } = ctx.value;
      const order: [DateField, string | null, DateField, string][] = [
        ["placementRegisteredOn", placementRegisteredOn, "since", since],
        ["asOf", asOf, "since", since],
        ["asOf", asOf, placementRegisteredOn === null ? "since" : "placementRegisteredOn", placementRegisteredOn ?? since],
      ];
      for (const [field, later, earlierField, earlier] of order) {
        if (later !== null && later < earlier) {
          addBilingualIssue(ctx, {
            code: "inconsistent",
            path: [field],
            message: {
              zh: `${FIELD_WORDS[field].zh}早于${FIELD_WORDS[earlierField].zh}`,
              en: `${FIELD_WORDS[field].en} is before ${FIELD_WORDS[earlierField].en}`,
            },
          });
          return;
        }
      }
    });
}

/**
 * The zod schema of {@link MemberSituation}, discriminated by `category`. Contradictions
 * are refused: a concentrated flow without a destination, or an uncertain one with; an
 * `asOf` before the demobilization or graduation.
 */
export const MemberSituationSchema: z.ZodType<MemberSituation> = z.discriminatedUnion("category", [
  z.strictObject({
    category: z.literal("away"),
    retired: z.boolean(),
    absence: AbsenceSchema,
    destination: DestinationSchema,
    ...department,
  }),
  awaitingVariant("demobilized-serviceman"),
  awaitingVariant("graduate"),
  z
    .strictObject({
      category: z.literal("restructured"),
      flow: z.enum(["concentrated", "uncertain"]),
      destination: DestinationSchema.nullable(),
      ...department,
    })
    .check((ctx) => {
      const { flow, destination } = ctx.value;
      if ((flow === "concentrated") !== (destination !== null)) {
        addBilingualIssue(ctx, {
          code: "inconsistent",
          path: ["destination"],
          message:
            flow === "concentrated"
              ? { zh: "流向比较集中的，必须给出所去单位", en: "a concentrated flow needs the destination unit" }
              : { zh: "流向不确定的，不能给出所去单位：应为 null", en: "an uncertain flow has no destination unit: expected null" },
        });
      }
    }),
  z.strictObject({ category: z.literal("socialized-retiree"), ...department }),
  z
    .strictObject({
      category: z.literal("retiree"),
      socializedEnterpriseRetiree: z.boolean(),
      settledLongTermElsewhere: z.boolean(),
      reemployedByOriginalUnit: z.boolean(),
      ...department,
    })
    .check((ctx) => {
      const { socializedEnterpriseRetiree, settledLongTermElsewhere, reemployedByOriginalUnit } = ctx.value;
      if (!socializedEnterpriseRetiree && !settledLongTermElsewhere && !reemployedByOriginalUnit) {
        addBilingualIssue(ctx, {
          code: "inconsistent",
          path: [],
          message: {
            zh: "不属于二（一）6所列的这几种情形：异地居住、受聘到新的单位工作或外出务工经商的离退休人员，按外出党员提出",
            en: "none of 2.1.6's cases holds: a retiree living elsewhere, newly employed or working away is a member going away (category away, retired true)",
          },
        });
      }
    }),
  z.strictObject({ category: z.literal("retired-cadre-settled-elsewhere"), ...department }),
  z.strictObject({ category: z.literal("reemployed-by-original-unit"), ...department }),
]);

const OptionsSchema = overridableRuleOptionsSchema(z.enum([...ABSENCE_DOCUMENTS, ...PARTY_ORGS]));

function isDocument(value: ReceivingOrgException): value is AbsenceDocument {
  return (ABSENCE_DOCUMENTS as readonly string[]).includes(value);
}


const QUESTION: Bilingual = {
  zh: "流动党员的正式组织关系转到哪里（或留在哪里）？",
  en: "Where does the member's formal organizational relationship go (or stay)?",
};

const MOBILITY_DUTIES: readonly DutyId[] = ["register-and-track-member", "keep-regular-contact-with-outflow-org"];

interface Placement {
  readonly receiver: PartyOrg;
  readonly alsoPermitted: readonly PartyOrg[];
}

/** A destination as a trace fact: a copy, so a decision never shares an object with its input. */
function destinationFact({ unitHasPartyOrg, cannotReceive }: Destination): JsonValue {
  return { unitHasPartyOrg, cannotReceive: cannotReceive === null ? null : { reason: cannotReceive.reason } };
}

/** 2.1.3: the receiver at a destination unit. */
function receiverAtDestination(
  field: "destination" | "workUnit",
  destination: Destination,
  situation: DepartmentFacts,
  reasoning: Reasoning,
): Placement {
  // "单位或党员所居住的社区党组织": the text names two, side by side; which comes first is Q31.
  const community =
    destination.unitHasPartyOrg
      ? null
      : reasoning.contest("Q31.community-org-choice", {
          zh: "所去单位未建立党组织：单位所在社区党组织与党员居住地社区党组织都可以接收",
          en: "the destination unit has no Party organization: the unit's and the residence's community organizations may both receive",
        });
  const atUnit: Placement = match(community)
    .with(null, () => ({ receiver: "workplace-org" as const, alsoPermitted: [] }))
    .with("text-order", () => ({ receiver: "unit-community-org" as const, alsoPermitted: ["residence-community-org" as const] }))
    .with("residence-first", () => ({ receiver: "residence-community-org" as const, alsoPermitted: ["unit-community-org" as const] }))
    .exhaustive();
  // The unit's facts are read under the field that holds it (destination or workUnit).
  const unit = factsUnder(field, reasoning);
  unit.step({
    check: "destination-has-party-org",
    citation: "2.1.3",
    facts: { unitHasPartyOrg: destination.unitHasPartyOrg },
    result: atUnit.receiver,
    text:
      community === null
        ? { zh: "所去单位已建立党组织：应当转移到单位党组织", en: "The destination unit has a Party organization: to that organization" }
        : {
            zh: `所去单位未建立党组织：应当转移到单位或党员所居住的社区党组织；以${PARTY_ORG_NAMES[atUnit.receiver].zh}为先，${atUnit.alsoPermitted.map((org) => PARTY_ORG_NAMES[org].zh).join("、")}同样可以接收（解释三十一）`,
            en: `The destination unit has no Party organization: to the community organization of the unit or of the member's residence; ${PARTY_ORG_NAMES[atUnit.receiver].en} first, ${atUnit.alsoPermitted.map((org) => PARTY_ORG_NAMES[org].en).join(", ")} equally permitted (Q31)`,
          },
  });
  let placement = atUnit;
  if (destination.cannotReceive !== null) {
    reasoning.interpret("Q11.caller-asserted-facts");
    placement = { receiver: "industry-regulator-org", alsoPermitted: ["service-agency-org"] };
    unit.step({
      check: "cannot-receive",
      citation: "2.1.3",
      facts: { "cannotReceive.reason": destination.cannotReceive.reason },
      result: placement.receiver,
      text: {
        zh: `经认定，${destination.unitHasPartyOrg ? "单位党组织" : "单位或党员居住地社区党组织"}接收确有困难（理由：${destination.cannotReceive.reason}）：也可以转移到行业主管部门或有关服务机构党组织`,
        en: `Found that ${destination.unitHasPartyOrg ? "the unit's organization" : "the community organizations of the unit and of the residence"} truly cannot receive it (reason: ${destination.cannotReceive.reason}): the industry regulator's or a relevant service agency's organization`,
      },
    });
  }
  if (situation.departmentHasMobileMemberOrg) {
    const reading = reasoning.contest("Q17.dedicated-mobile-member-org", {
      zh: "本部门建立了流动党员党组织",
      en: "the department has a dedicated mobile-member Party organization",
    });
    placement = match(reading)
      .with("permitted-alternative", () => ({
        receiver: placement.receiver,
        alsoPermitted: [...placement.alsoPermitted, "mobile-member-org" as const],
      }))
      .with("preferred-receiver", () => ({
        receiver: "mobile-member-org" as const,
        alsoPermitted: [placement.receiver, ...placement.alsoPermitted],
      }))
      .exhaustive();
    reasoning.step({
      check: "dedicated-mobile-member-org",
      citation: "2.1.3",
      facts: { departmentHasMobileMemberOrg: true },
      result: placement.receiver,
      text: {
        zh:
          placement.receiver === "mobile-member-org"
            ? `本部门建立了流动党员党组织（解释十七）：由${PARTY_ORG_NAMES["mobile-member-org"].zh}接收`
            : `本部门建立了流动党员党组织（解释十七）：${PARTY_ORG_NAMES["mobile-member-org"].zh}也可以接收`,
        en: `The department has a dedicated mobile-member organization (Q17): the receiver is ${PARTY_ORG_NAMES[placement.receiver].en}`,
      },
    });
  }
  return placement;
}

function transfers(
  placement: Placement,
  basis: ClauseId,
  duties: readonly DutyId[],
  document: AbsenceDocument | null = null,
): ReceivingOrgOutcome {
  return {
    relationship: "transfers",
    receiver: placement.receiver,
    alsoPermitted: placement.alsoPermitted,
    responsibleUntilReceived: "original-org",
    basis,
    document,
    duties: [
      ...(duties.includes("complete-relationship-transfer") ? [] : ["complete-relationship-transfer" as const]),
      ...duties,
      ...(duties.includes("train-received-members") ? [] : ["train-received-members" as const]),
    ],
  };
}

function stays(basis: ClauseId, duties: readonly DutyId[], document: AbsenceDocument | null = null): ReceivingOrgOutcome {
  return {
    relationship: "stays",
    receiver: "original-org",
    alsoPermitted: [],
    responsibleUntilReceived: null,
    basis,
    document,
    duties: duties.filter((id) => id !== "complete-relationship-transfer" && id !== "train-received-members"),
  };
}

function decideAway(member: AwayMember, reasoning: Reasoning, exception?: AbsenceDocument): ReceivingOrgOutcome {
  if (member.retired) {
    reasoning.step({
      check: "retiree-away",
      citation: "2.1.6",
      facts: { retired: true },
      result: true,
      text: {
        zh: "离退休人员异地居住、受聘到新的单位工作或外出务工经商：根据时间长短及工作单位等具体情况转移组织关系",
        en: "A retiree living elsewhere, newly employed or working away: decided by the length and the workplace",
      },
    });
  }
  const document = decideDocument(member.absence, factsUnder("absence", reasoning));
  const { duties } = documentOutcome(document);
  if (document !== "transfer-letter") {
    reasoning.step({
      check: "relationship-stays",
      citation: "1.2.2",
      facts: {},
      result: "original-org",
      text: {
        zh: `持${ABSENCE_DOCUMENT_NAMES[document].zh}外出，正式组织关系不转移，仍由原所在党组织管理，流入地党组织共同管理`,
        en: `Away with a ${ABSENCE_DOCUMENT_NAMES[document].en}: the formal relationship does not move; the original organization keeps it, the inflow organization manages jointly`,
      },
    });
    // An exception to the transfer letter moves the relationship; where to is 2.1.3's
    // "应当", so the receiver is reasoned here, in the trace, as for any transfer.
    if (exception === "transfer-letter") awayException(member, exception, reasoning);
    return stays("2.1.1", duties, document);
  }
  return transfers(receiverAtDestination("destination", member.destination, member, reasoning), "2.1.3", duties, document);
}

/**
 * The outcome of a documented exception to a member's document (2.1.1 "一般应当"): any
 * other document keeps the relationship where it is; the transfer letter moves it to the
 * receiver 2.1.3 names. The exception chooses the document, never the receiver.
 */
function awayException(member: AwayMember, exception: AbsenceDocument, reasoning: Reasoning): ReceivingOrgOutcome {
  const { duties } = documentOutcome(exception);
  if (exception !== "transfer-letter") return stays("2.1.1", duties, exception);
  reasoning.step({
    check: "exception-receiver",
    citation: "2.1.3",
    facts: { "options.override.outcome": exception },
    result: true,
    text: {
      zh: `作例外处理、开具${ABSENCE_DOCUMENT_NAMES[exception].zh}的，组织关系转到哪里，仍按二（一）3确定`,
      en: `Where an exception gives the ${ABSENCE_DOCUMENT_NAMES[exception].en}, 2.1.3 still decides where the relationship goes`,
    },
  });
  return transfers(receiverAtDestination("destination", member.destination, member, reasoning), "2.1.3", duties, exception);
}

function decideAwaitingPlacement(member: AwaitingPlacementMember, reasoning: Reasoning): ReceivingOrgOutcome {
  const who = member.category === "graduate" ? { zh: "大中专毕业生", en: "graduate" } : { zh: "复转军人", en: "demobilized serviceman" };
  if (member.workUnit !== null) {
    reasoning.step({
      check: "work-unit-found",
      citation: "2.1.4",
      facts: { workUnit: destinationFact(member.workUnit) },
      result: true,
      text: {
        zh: `${who.zh}已落实工作单位：按所去单位确定接收组织`,
        en: `The ${who.en} has found a work unit: the destination decides the receiver`,
      },
    });
    return transfers(receiverAtDestination("workUnit", member.workUnit, member, reasoning), "2.1.3", MOBILITY_DUTIES);
  }
  const registered = member.placementRegisteredOn;
  const reading =
    registered !== null && registered !== member.since
      ? reasoning.contest("Q10.placement-six-months-from", {
          zh: `${member.category === "graduate" ? "毕业" : "复员、转业"}日期（${zhDate(member.since)}）与报到日期（${zhDate(registered)}）不同`,
          en: `demobilization or graduation (${member.since}) and registration (${registered}) differ`,
        })
      : reasoning.interpret("Q10.placement-six-months-from");
  const start = reading === "from-placement-registration" ? (registered ?? member.since) : member.since;
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const end = periodLastDayNumber("resolveReceivingOrg", toDayNumber(start), { months: 6 }, { measure, missingDay });
  if (end.clamped) {
    reasoning.contest("Q14.missing-corresponding-day", {
      zh: `起算日${zhDate(start)}在6个月后的月份没有对应日`,
      en: `the start ${start} has no corresponding day six months later`,
    });
  }
  const relation = relationOf(toDayNumber(member.asOf), end.day);
  // On the last day itself the six months are still running (民法典 第二百零三条: the last
  // day ends at 24:00) or have already run (届满): Q22.
  const onLastDay =
    relation === "exact"
      ? reasoning.contest("Q22.period-expiry-day", {
          zh: "所查询的日期恰为6个月期间的最后一日",
          en: "the day asked about is the last day of the six months",
        })
      : null;
  const expired = relation === "longer" || onLastDay === "on-last-day";
  const lastDay = formatFromDayNumber(end.day);
  const state: Bilingual =
    relation === "longer"
      ? { zh: "6个月期间已经届满", en: "they have run" }
      : relation === "shorter"
        ? { zh: "6个月期间尚未届满", en: "they have not run" }
        : onLastDay === "on-last-day"
          ? { zh: "今日为6个月期间的最后一日，当日即认为期间已经届满（解释二十二）", en: "this is their last day, read as the day they have run (Q22)" }
          : { zh: "今日为6个月期间的最后一日，当日仍在期间之内（解释二十二）", en: "this is their last day, still inside them (Q22)" };
  reasoning.step({
    check: "six-months-without-work-unit",
    citation: "2.1.4",
    facts: { since: member.since, placementRegisteredOn: registered, asOf: member.asOf, workUnit: null },
    result: expired,
    text: {
      zh: `${who.zh}自${zhDate(start)}起6个月，至${zhDate(lastDay)}届满；截至${zhDate(member.asOf)}尚未落实工作单位，${state.zh}`,
      en: `The ${who.en}'s six months from ${start} run to ${lastDay}; without a work unit as of ${member.asOf}: ${state.en}`,
    },
  });
  reasoning.cite(measure === "calendar-months" ? "civil-code:202" : "civil-code:204");
  reasoning.cite(onLastDay === "from-next-day" ? "civil-code:203" : "civil-code:1259");
  if (!expired) {
    reasoning.step({
      check: "relationship-stays",
      citation: "2.2.1",
      facts: {},
      result: "original-org",
      text: {
        zh: "二（一）4尚不适用：组织关系暂留原所在党组织，由其负责",
        en: "2.1.4 does not apply yet: the relationship stays with, and is the responsibility of, the original organization",
      },
    });
    return stays("2.1.4", MOBILITY_DUTIES);
  }
  reasoning.step({
    check: "placement-receiver",
    citation: "2.1.4",
    facts: {},
    result: "family-community-org",
    text: {
      zh: "应将组织关系转移至父母、配偶所属社区党组织或人才交流机构党组织",
      en: "The relationship goes to the community organization of the parents or spouse, or a talent-exchange agency's organization",
    },
  });
  return transfers({ receiver: "family-community-org", alsoPermitted: ["talent-agency-org"] }, "2.1.4", MOBILITY_DUTIES);
}

function decideRestructured(member: RestructuredMember, reasoning: Reasoning): ReceivingOrgOutcome {
  if (member.destination === null) {
    reasoning.step({
      check: "restructured-flow",
      citation: "2.1.5",
      facts: { flow: member.flow },
      result: "residence-community-org",
      text: {
        zh: "改制后解除劳动关系、流向不确定：一般先将组织关系转移到居住地的社区党组织；流向确定后，再按二（一）3转移",
        en: "Labour relation ended by restructuring, destination uncertain: generally first to the residence's community organization; once the destination is known, on by 2.1.3",
      },
    });
    return transfers({ receiver: "residence-community-org", alsoPermitted: [] }, "2.1.5", MOBILITY_DUTIES);
  }
  reasoning.step({
    check: "restructured-flow",
    citation: "2.1.5",
    facts: { flow: member.flow },
    result: "coordinate",
    text: {
      zh: "改制后解除劳动关系、流向比较集中：原所在单位党组织应当与所去单位党组织做好衔接，帮助及时落实组织关系",
      en: "Labour relation ended by restructuring, flowing together: the original unit's organization coordinates with the destination unit's",
    },
  });
  if (!member.destination.unitHasPartyOrg) {
    // 2.1.5 presupposes a Party organization at the destination; without one, 2.1.3 names
    // the receiver, and the original unit still helps the member settle the relationship.
    factsUnder("destination", reasoning).step({
      check: "restructured-destination-without-org",
      citation: "2.1.5",
      facts: { unitHasPartyOrg: false },
      result: "2.1.3",
      text: {
        zh: "所去单位未建立党组织，无从与其党组织衔接：接收组织按二（一）3确定，原所在单位党组织仍应帮助党员及时落实组织关系",
        en: "The destination unit has no Party organization to coordinate with: 2.1.3 names the receiver, and the original unit's organization still helps the member settle the relationship",
      },
    });
  }
  return transfers(receiverAtDestination("destination", member.destination, member, reasoning), "2.1.5", [
    "coordinate-transfer-with-destination-unit",
    ...MOBILITY_DUTIES,
  ]);
}

const RETIREE_CASES: readonly { readonly id: RetireeCase; readonly fact: keyof RetireeMember; readonly text: Bilingual }[] = [
  { id: "socialized-retiree", fact: "socializedEnterpriseRetiree", text: { zh: "已纳入社会化管理的企业退休职工", en: "an enterprise retiree under socialized management" } },
  { id: "retired-cadre-settled-elsewhere", fact: "settledLongTermElsewhere", text: { zh: "在外长期定居的离退休干部、职工", en: "settled long-term elsewhere" } },
  { id: "reemployed-by-original-unit", fact: "reemployedByOriginalUnit", text: { zh: "被原单位返聘", en: "re-employed by the original unit" } },
];

/** A retiree stated fact by fact: the case that decides, Q32 where several hold. */
function decideRetiree(member: RetireeMember, reasoning: Reasoning): ReceivingOrgOutcome {
  const held = RETIREE_CASES.filter((c) => member[c.fact] === true);
  const [first] = held;
  // The schema refuses a retiree with no case; the first case stands in for totality.
  let chosen: RetireeCase = first?.id ?? "socialized-retiree";
  if (held.length > 1) {
    const reading = reasoning.contest("Q32.retiree-case-precedence", {
      zh: `二（一）6的几种情形同时成立：${held.map((c) => c.text.zh).join("；")}`,
      en: `several cases of 2.1.6 hold: ${held.map((c) => c.text.en).join("; ")}`,
    });
    chosen = match(reading)
      .with("reemployment-first", () => (member.reemployedByOriginalUnit ? "reemployed-by-original-unit" : chosen))
      .with("text-order", () => chosen)
      .exhaustive();
  }
  const chosenText = RETIREE_CASES.find((c) => c.id === chosen)?.text ?? { zh: "", en: "" };
  reasoning.step({
    check: "retiree-cases",
    citation: "2.1.6",
    facts: {
      socializedEnterpriseRetiree: member.socializedEnterpriseRetiree,
      settledLongTermElsewhere: member.settledLongTermElsewhere,
      reemployedByOriginalUnit: member.reemployedByOriginalUnit,
    },
    result: chosen,
    text:
      held.length > 1
        ? {
            zh: `二（一）6的几种情形同时成立，按${chosenText.zh}处理（解释三十二）`,
            en: `Several cases of 2.1.6 hold; decided as ${chosenText.en} (Q32)`,
          }
        : { zh: `二（一）6的情形：${chosenText.zh}`, en: `The case of 2.1.6: ${chosenText.en}` },
  });
  return decideRetired(chosen, {}, reasoning);
}

function decideRetired(
  category: RetireeCase,
  facts: { readonly [path: string]: JsonValue },
  reasoning: Reasoning,
): ReceivingOrgOutcome {
  return match(category)
    .with("socialized-retiree", () => {
      reasoning.step({
        check: "retiree",
        citation: "2.1.6",
        facts,
        result: "residence-community-org",
        text: {
          zh: "已纳入社会化管理的企业退休职工：应将组织关系转移到党员居住地的社区党组织",
          en: "Enterprise retiree under socialized management: to the residence's community organization",
        },
      });
      return transfers({ receiver: "residence-community-org", alsoPermitted: [] }, "2.1.6", []);
    })
    .with("retired-cadre-settled-elsewhere", () => {
      reasoning.interpret("Q11.caller-asserted-facts");
      reasoning.step({
        check: "retiree",
        citation: "2.1.6",
        facts,
        result: "residence-org",
        text: {
          zh: "在外长期定居的离退休干部、职工（经党组织认定，解释十一）：应将组织关系转移至现居住地党组织",
          en: "Retired cadre or staff settled long-term elsewhere (as the organization finds, Q11): to the current residence's organization",
        },
      });
      return transfers({ receiver: "residence-org", alsoPermitted: [] }, "2.1.6", []);
    })
    .with("reemployed-by-original-unit", () => {
      reasoning.step({
        check: "retiree",
        citation: "2.1.6",
        facts,
        result: "original-org",
        text: {
          zh: "被原单位返聘：党员组织关系仍留在原单位党组织",
          en: "Re-employed by the original unit: the relationship stays with the original unit's organization",
        },
      });
      return stays("2.1.6", []);
    })
    .exhaustive();
}

function decideReceiving(member: MemberSituation, reasoning: Reasoning, exception?: AbsenceDocument): ReceivingOrgOutcome {
  const outcome = match(member)
    .with({ category: "away" }, (m) => decideAway(m, reasoning, exception))
    .with({ category: "demobilized-serviceman" }, { category: "graduate" }, (m) => decideAwaitingPlacement(m, reasoning))
    .with({ category: "restructured" }, (m) => decideRestructured(m, reasoning))
    .with(
      { category: "socialized-retiree" },
      { category: "retired-cadre-settled-elsewhere" },
      { category: "reemployed-by-original-unit" },
      (m) => decideRetired(m.category, { category: m.category }, reasoning),
    )
    .with({ category: "retiree" }, (m) => decideRetiree(m, reasoning))
    .exhaustive();
  recordContinuity(outcome, reasoning);
  recordDuties(reasoning, outcome.duties);
  return outcome;
}

function recordContinuity(outcome: ReceivingOrgOutcome, reasoning: Reasoning): void {
  const receiver = PARTY_ORG_NAMES[outcome.receiver];
  reasoning.step({
    check: "responsible-organization",
    citation: "2.2.1",
    facts: {},
    result: outcome.responsibleUntilReceived ?? outcome.receiver,
    text:
      outcome.relationship === "transfers"
        ? {
            zh: `管理不断线：组织关系接收前由原所在党组织负责，接收后由${receiver.zh}负责`,
            en: `Management never breaks off: the original organization is responsible until ${receiver.en} receives the relationship, and that organization after`,
          }
        : {
            zh: `管理不断线：由${receiver.zh}负责`,
            en: `Management never breaks off: ${receiver.en} is responsible`,
          },
  });
}

function summarize(outcome: ReceivingOrgOutcome): Bilingual {
  const receiver = PARTY_ORG_NAMES[outcome.receiver];
  const permitted = outcome.alsoPermitted.map((org) => PARTY_ORG_NAMES[org]);
  if (outcome.relationship === "stays") {
    return { zh: `组织关系留在${receiver.zh}`, en: `the relationship stays with ${receiver.en}` };
  }
  return {
    zh: `组织关系转移到${receiver.zh}${permitted.length > 0 ? `，也可以转移到${permitted.map((p) => p.zh).join("或")}` : ""}`,
    en: `the relationship goes to ${receiver.en}${permitted.map((p) => ` (or ${p.en})`).join("")}`,
  };
}

/** 2.1.5's "一般先": an exception names another receiver, or keeps the relationship (`"original-org"`). */
function overridden(outcome: ReceivingOrgOutcome, receiver: PartyOrg): ReceivingOrgOutcome {
  return receiver === "original-org"
    ? stays(outcome.basis, outcome.duties, outcome.document)
    : transfers({ receiver, alsoPermitted: [] }, outcome.basis, outcome.duties, outcome.document);
}

/**
 * Reasoning that records nothing: for working out an exception's outcome again after the
 * run, whose trace already holds the same steps and readings.
 */
function unrecorded(choices: InterpretationChoices | undefined): Reasoning {
  return {
    cite: () => undefined,
    step: () => undefined,
    interpret: (id) => alternativeInForce(choices, id),
    contest: (id) => alternativeInForce(choices, id),
  };
}

/** The rule as runRule sees it; for benchmarks that measure it without input validation. @internal */
export const DEFINITION = {
  rule: "resolveReceivingOrg",
  question: QUESTION,
  decide: (member: MemberSituation, reasoning: Reasoning) => decideReceiving(member, reasoning),
  summarize,
};

/** What a documented exception may replace for these facts: the document, the receiver, or nothing. */
function exceptionKind(member: MemberSituation): "document" | "receiver" | null {
  if (member.category === "away") return "document";
  if (member.category === "restructured" && member.flow === "uncertain") return "receiver";
  return null;
}

/** The destination in the facts, if any, with its path. */
function destinationOf(member: MemberSituation): { destination: Destination; field: string } | null {
  return match(member)
    .with({ category: "away" }, (m) => ({ destination: m.destination, field: "destination" }))
    .with({ category: "restructured" }, (m) => (m.destination === null ? null : { destination: m.destination, field: "destination" }))
    .with({ category: "demobilized-serviceman" }, { category: "graduate" }, (m) =>
      m.workUnit === null ? null : { destination: m.workUnit, field: "workUnit" },
    )
    .with(
      { category: "socialized-retiree" },
      { category: "retired-cadre-settled-elsewhere" },
      { category: "reemployed-by-original-unit" },
      { category: "retiree" },
      () => null,
    )
    .exhaustive();
}

/**
 * Where a member's formal organizational relationship goes, or that it stays, for each
 * category of 2.1.3–2.1.6; and who is responsible meanwhile.
 *
 * Every answer names a responsible organization: the receiver, and until a transfer is
 * received, the original organization (2.2.1, "管理不断线"). For a member going away, the
 * document of 2.1.1 decides whether the relationship moves at all (only a transfer letter
 * moves it), and 2.1.3 decides where.
 *
 * @clause 2.1.3
 * @clause 2.1.4
 * @clause 2.1.5
 * @clause 2.1.6
 * @clause 2.1.1
 * @clause 2.2.1
 * @clause 1.2.2
 * @clause 2.2.3
 *
 * @param member - the member's situation, by category
 * @param options - interpretation choices (Q1–Q4, Q10, Q11, Q14, Q17, Q22, Q23, Q24, Q31, Q32) and, where the text says "一般", a documented exception (Q5): the document for a member going away, the receiver for a restructured member with an uncertain destination (see {@link ReceivingOrgException})
 * @returns the decision: transfer or stay, the receiver, other permitted receivers, who is responsible until receipt, the deciding clause, the document and the duties
 * @throws {@link RuleInputError} for invalid or contradictory facts, a blank "cannot receive" reason (under Q11's default), an exception where the text says "应当", or an exception naming a receiver for a member going away
 *
 * @example
 * ```ts
 * resolveReceivingOrg({
 *   category: "away",
 *   retired: false,
 *   absence: { departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: true },
 *   destination: { unitHasPartyOrg: false, cannotReceive: null },
 *   departmentHasMobileMemberOrg: false,
 * }).outcome;
 * //=> { relationship: "transfers", receiver: "unit-community-org", alsoPermitted: ["residence-community-org"], responsibleUntilReceived: "original-org", basis: "2.1.3", document: "transfer-letter", … }
 *
 * resolveReceivingOrg({ category: "reemployed-by-original-unit", departmentHasMobileMemberOrg: false }).outcome.relationship;
 * //=> "stays"
 * ```
 */
export function resolveReceivingOrg(
  member: MemberSituation,
  options: ResolveReceivingOrgOptions = {},
): Decision<ReceivingOrgOutcome> {
  const valid: MemberSituation = readInput("resolveReceivingOrg", MemberSituationSchema, member);
  const { interpretations, override } = readInput("resolveReceivingOrg", OptionsSchema, options);
  if (valid.category === "away") requirePlaceKnown("resolveReceivingOrg", valid.absence, interpretations, ["absence"]);
  if (alternativeInForce(interpretations, "Q11.caller-asserted-facts") === "assert-with-reason") {
    const found = destinationOf(valid);
    if (found?.destination.cannotReceive && !hasVisibleText(found.destination.cannotReceive.reason)) {
      failInput("resolveReceivingOrg", [found.field, "cannotReceive", "reason"], "missing", {
        zh: "认定“接收确有困难”的，须写明理由（解释十一）",
        en: "asserting that the receiver truly cannot receive needs a reason (Q11)",
      });
    }
  }
  const awaiting = valid.category === "demobilized-serviceman" || valid.category === "graduate" ? valid : null;
  if (
    awaiting !== null &&
    awaiting.workUnit === null &&
    awaiting.placementRegisteredOn === null &&
    alternativeInForce(interpretations, "Q10.placement-six-months-from") === "from-placement-registration"
  ) {
    failInput("resolveReceivingOrg", ["placementRegisteredOn"], "missing", {
      zh: "选定解释十“自报到之日起算”的，须提供报到日期",
      en: "Q10's reading \"from-placement-registration\" needs the registration date",
    });
  }
  const kind = exceptionKind(valid);
  if (override !== undefined) refuseException(kind, override.outcome);
  if (override === undefined || kind === null) return runRule(DEFINITION, valid, interpretations);
  const { reason } = override;
  if (kind === "receiver") {
    const receiver = override.outcome as PartyOrg;
    return runRule(DEFINITION, valid, interpretations, (outcome) => ({
      override: { outcome: overridden(outcome, receiver), reason },
      clause: "2.1.5",
    }));
  }
  const exception = override.outcome as AbsenceDocument;
  const away = valid as AwayMember;
  const definition = { ...DEFINITION, decide: (m: MemberSituation, r: Reasoning) => decideReceiving(m, r, exception) };
  return runRule(definition, valid, interpretations, (_outcome, recorder) => ({
    override: { outcome: awayException(away, exception, unrecorded(recorder.choices)), reason },
    clause: "2.1.1",
  }));
}

/** Refuses an exception where the text says "应当", or one of the wrong kind. */
function refuseException(kind: "document" | "receiver" | null, outcome: ReceivingOrgException): void {
  if (kind === null) {
    failInput("resolveReceivingOrg", ["options", "override"], "inconsistent", {
      zh: "此种情形条文用“应当”，不作例外处理",
      en: "the text says \"shall\" here: no exception can be made",
    });
  }
  if (kind === "document" && !isDocument(outcome)) {
    failInput("resolveReceivingOrg", ["options", "override"], "inconsistent", {
      zh: "外出党员可以作例外处理的，只是二（一）1所定的证明（条文用“一般应当”）；组织关系转到哪里，二（一）3用“应当”，不作例外处理",
      en: "for a member going away, an exception can only change the document of 2.1.1 (\"generally should\"); where the relationship goes is 2.1.3's \"shall\", and admits no exception",
    });
  }
  if (kind === "receiver" && isDocument(outcome)) {
    failInput("resolveReceivingOrg", ["options", "override"], "inconsistent", {
      zh: "流向不确定的，可以作例外处理的是接收组织（二（一）5“一般先”），应写明党组织",
      en: "with an uncertain destination, an exception can only change the receiver (2.1.5 \"generally first\"): name a Party organization",
    });
  }
}
