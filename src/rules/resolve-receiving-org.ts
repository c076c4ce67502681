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
 *   (Q31, contested wherever the unit has no Party organization and can receive; where it
 *   truly cannot, 2.1.3's fallback replaces both, and Q31 is applied, not contested).
 * - A retiree may fit more than one case of 2.1.6 (category `"retiree"`, stated case by
 *   case): re-employment by the original unit decides before the others (Q32, contested
 *   where re-employment is among the cases; otherwise both readings take the text's order).
 * - 2.1.4's six months run from demobilization or graduation (Q10), by 民法典 第201–202条
 *   (Q2, Q14). The rule applies from the day after their last day: the last day runs to
 *   24:00 (民法典 第二百零三条), so on it the six months are still running (Q22; the
 *   decision is marked ambiguous on that day).
 * - "应当根据时间长短及工作单位等具体情况" is 2.1.1 (the document, decided by
 *   documentForAbsence's logic inside this decision) and 2.1.3 (the receiver).
 * - A documented exception (Q5) is taken only where the text says "一般": for a member
 *   going away, to the document ("一般应当", 2.1.1), which decides whether the
 *   relationship moves, while 2.1.3's "应当" still decides where; for a restructured
 *   member with an uncertain destination, to the receiver ("一般先", 2.1.5). 2.1.3, 2.1.4,
 *   2.1.6 and 2.1.5's concentrated flow say "应当"/"应将", and admit none.
 *
 * @module
 */
import { z } from "zod";
import { RuleDateSchema, formatFromDayNumber, dayNumberOf, type CalendarDate } from "../calendar/date.js";
import { periodLastDayNumber, relationOf, type PeriodRelation } from "../calendar/periods.js";
import type { CitationId } from "../clauses/citation.js";
import { CLAUSE_IDS, type ClauseId } from "../clauses/opinion.js";
import type { JsonValue, Recorder } from "../decision/decision.js";
import { defineRule } from "../decision/rule.js";
import { addBilingualIssue, failInput } from "../errors.js";
import { hasVisibleText } from "../input/text.js";
import { alternativeInForce, type InterpretationChoices, type OverridableRuleOptions } from "../interpretations/options.js";
import { bilingual, type FieldWordIds } from "../locales/index.js";
import {
  ABSENCE_DOCUMENTS,
  AbsenceSchema,
  DOCUMENT_READS,
  decideDocument,
  documentForAbsence,
  documentOutcome,
  recordDuties,
  requirePlaceKnown,
  type Absence,
  type AbsenceDocument,
  type DocumentForAbsenceOutcome,
} from "./document-for-absence.js";
import { DutyIdSchema, type DutyId } from "./duties.js";
import { PARTY_ORGS, type PartyOrg } from "./organizations.js";

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
export const ReceivingOrgOutcomeSchema = z.strictObject({
  relationship: z.enum(["transfers", "stays"]),
  receiver: z.enum(PARTY_ORGS),
  alsoPermitted: z.array(z.enum(PARTY_ORGS)),
  responsibleUntilReceived: z.enum(PARTY_ORGS).nullable(),
  basis: z.enum(CLAUSE_IDS),
  document: z.enum(ABSENCE_DOCUMENTS).nullable(),
  duties: z.array(DutyIdSchema),
}) satisfies z.ZodType<ReceivingOrgOutcome>;

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

/** A date of a member awaiting placement, as an input error names it. @internal */
export type PlacementDateField = "since" | "placementRegisteredOn" | "asOf";

/** The categories awaiting placement (2.1.4). */
type AwaitingCategory = AwaitingPlacementMember["category"];

const DestinationSchema = z.strictObject({
  unitHasPartyOrg: z.boolean(),
  cannotReceive: z.strictObject({ reason: z.string() }).nullable(),
});

const department = { departmentHasMobileMemberOrg: z.boolean() };

function awaitingVariant<C extends AwaitingCategory>(category: C) {
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
      const order: [PlacementDateField, string | null, PlacementDateField, string][] = [
        ["placementRegisteredOn", placementRegisteredOn, "since", since],
        ["asOf", asOf, "since", since],
        ["asOf", asOf, placementRegisteredOn === null ? "since" : "placementRegisteredOn", placementRegisteredOn ?? since],
      ];
      for (const [field, later, earlier, earlierValue] of order) {
        if (later !== null && later < earlierValue) {
          addBilingualIssue(ctx, {
            code: "inconsistent",
            path: [field],
            message: bilingual("error.placement-date-order", { field, earlier }),
          });
          return;
        }
      }
    });
}

/**
 * The zod schema of {@link MemberSituation}, discriminated by `category`; each of its
 * `options` is a zod object a records system may `.safeExtend()`. Contradictions are
 * refused: a concentrated flow without a destination, or an uncertain one with; an `asOf`
 * before the demobilization or graduation; a retiree who fits none of 2.1.6's cases.
 */
export const MemberSituationSchema = z.discriminatedUnion("category", [
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
              ? bilingual("error.concentrated-flow-without-destination")
              : bilingual("error.uncertain-flow-with-destination"),
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
        addBilingualIssue(ctx, { code: "inconsistent", path: [], message: bilingual("error.retiree-without-case") });
      }
    }),
  z.strictObject({ category: z.literal("retired-cadre-settled-elsewhere"), ...department }),
  z.strictObject({ category: z.literal("reemployed-by-original-unit"), ...department }),
]) satisfies z.ZodType<MemberSituation>;

/** The interpretations the rule reads: 2.1.1's, for a member going away, and its own. @internal */
const RECEIVING_READS = [
  ...DOCUMENT_READS,
  "Q10.placement-six-months-from",
  "Q11.caller-asserted-facts",
  "Q17.dedicated-mobile-member-org",
  "Q22.period-expiry-day",
  "Q31.community-org-choice",
  "Q32.retiree-case-precedence",
] as const;

type Reads = (typeof RECEIVING_READS)[number];
type Reasoning = Recorder<Reads>;
type DocumentReads = (typeof DOCUMENT_READS)[number];

/**
 * 2.1.1, decided inside this rule by documentForAbsence's logic: the document and the
 * duties that come with it. Its duties are recorded once, with the rest of this rule's,
 * after the receiver.
 */
const DOCUMENT_LOGIC = {
  name: documentForAbsence.ruleName,
  decide: (absence: Absence, recorder: Recorder<DocumentReads>): DocumentForAbsenceOutcome =>
    documentOutcome(decideDocument(absence, recorder)),
};

function isDocument(value: ReceivingOrgException): value is AbsenceDocument {
  return (ABSENCE_DOCUMENTS as readonly string[]).includes(value);
}

const MOBILITY_DUTIES: readonly DutyId[] = ["register-and-track-member", "keep-regular-contact-with-outflow-org"];

interface Placement {
  readonly receiver: PartyOrg;
  readonly alsoPermitted: readonly PartyOrg[];
}

/** A destination as a trace fact: a copy, so a decision never shares an object with its input. */
function destinationFact({ unitHasPartyOrg, cannotReceive }: Destination): JsonValue {
  return { unitHasPartyOrg, cannotReceive: cannotReceive === null ? null : { reason: cannotReceive.reason } };
}

/**
 * Whether a contested point on the receiver's branch is contested or only applied: only
 * applied where the rule's outcome cannot depend on the receiver (the relationship stays,
 * and the receiver is reasoned only for an exception).
 */
type ReceiverReadings = "contest" | "interpret";

/** 2.1.3: the receiver at a destination unit, whose facts are read under `field`. */
function receiverAtDestination(
  field: "destination" | "workUnit",
  destination: Destination,
  situation: DepartmentFacts,
  reasoning: Reasoning,
  readings: ReceiverReadings = "contest",
): Placement {
  let placement: Placement;
  if (destination.unitHasPartyOrg) {
    // 〔2.1.3〕“凡党员所去单位已建立党组织的,应当将组织关系转移到单位党组织”
    placement = { receiver: "workplace-org", alsoPermitted: [] };
  } else {
    // 〔2.1.3〕“单位未建立党组织的,应当将组织关系转移到单位或党员所居住的社区党组织”: two, side
    // by side; which comes first is Q31. Where the unit truly cannot receive, the fallback
    // below replaces both, so no reading of Q31 can change the outcome.
    const reading =
      readings === "contest" && destination.cannotReceive === null
        ? reasoning.contest("Q31.community-org-choice", "reason.two-community-orgs")
        : reasoning.interpret("Q31.community-org-choice");
    switch (reading) {
      case "text-order":
        placement = { receiver: "unit-community-org", alsoPermitted: ["residence-community-org"] };
        break;
      case "residence-first":
        placement = { receiver: "residence-community-org", alsoPermitted: ["unit-community-org"] };
        break;
      default: {
        const unknown: never = reading;
        return unknown;
      }
    }
  }
  if (reasoning.traced) {
    reasoning.step("destination-has-party-org", "2.1.3", { [`${field}.unitHasPartyOrg`]: destination.unitHasPartyOrg }, placement.receiver, {
      unitHasPartyOrg: destination.unitHasPartyOrg,
      alsoPermitted: placement.alsoPermitted,
    });
  }
  if (destination.cannotReceive !== null) {
    // 〔2.1.3〕“以上单位或地方接收确有困难的,也可以转移到行业主管部门或有关服务机构党组织”
    reasoning.interpret("Q11.caller-asserted-facts");
    placement = { receiver: "industry-regulator-org", alsoPermitted: ["service-agency-org"] };
    const { reason } = destination.cannotReceive;
    if (reasoning.traced) {
      reasoning.step("cannot-receive", "2.1.3", { [`${field}.cannotReceive.reason`]: reason }, placement.receiver, {
        unitHasPartyOrg: destination.unitHasPartyOrg,
        reason,
      });
    }
  }
  if (situation.departmentHasMobileMemberOrg) {
    // 〔2.1.3〕“在流动党员较为集中的部门,可专门建立流动党员党组织”: beside the others, or first (Q17).
    const reading =
      readings === "contest"
        ? reasoning.contest("Q17.dedicated-mobile-member-org", "reason.department-mobile-member-org")
        : reasoning.interpret("Q17.dedicated-mobile-member-org");
    switch (reading) {
      case "permitted-alternative":
        placement = { receiver: placement.receiver, alsoPermitted: [...placement.alsoPermitted, "mobile-member-org"] };
        break;
      case "preferred-receiver":
        placement = { receiver: "mobile-member-org", alsoPermitted: [placement.receiver, ...placement.alsoPermitted] };
        break;
      default: {
        const unknown: never = reading;
        return unknown;
      }
    }
    reasoning.step("dedicated-mobile-member-org", "2.1.3", { departmentHasMobileMemberOrg: true }, placement.receiver);
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

function decideAway(member: AwayMember, reasoning: Reasoning, exception: AbsenceDocument | undefined): ReceivingOrgOutcome {
  if (member.retired) {
    // 〔2.1.6〕“对异地居住、受聘到新的单位工作或外出务工经商的,应当根据时间长短及工作单位等具体情况转移组织关系”
    reasoning.step("retiree-away", "2.1.6", { retired: true }, true);
  }
  // 〔2.1.1〕“外出时间在6个月以上的,一般应当开具组织关系介绍信”: only the transfer letter moves
  // the relationship; the document is 2.1.1's decision, made here by its own logic.
  const { document, duties } = reasoning.within(DOCUMENT_LOGIC, "absence", "2.1.1", member.absence);
  if (document !== "transfer-letter") {
    // 〔1.2.2〕“流出地和流入地党组织双向配合共同管理”
    reasoning.step("relationship-stays", "1.2.2", {}, "original-org", { document });
    // An exception to the transfer letter moves the relationship; where to is 2.1.3's
    // "应当", so the receiver is reasoned here, in the trace, as for any transfer. The
    // rule's own outcome stays whatever the receiver, so its readings are only applied.
    if (exception === "transfer-letter") awayException(member, exception, reasoning, "interpret");
    return stays("2.1.1", duties, document);
  }
  return transfers(receiverAtDestination("destination", member.destination, member, reasoning), "2.1.3", duties, document);
}

/**
 * The outcome of a documented exception to a member's document (2.1.1 "一般应当"): any
 * other document keeps the relationship where it is; the transfer letter moves it to the
 * receiver 2.1.3 names. The exception chooses the document, never the receiver.
 */
function awayException(
  member: AwayMember,
  exception: AbsenceDocument,
  reasoning: Reasoning,
  readings: ReceiverReadings,
): ReceivingOrgOutcome {
  const { duties } = documentOutcome(exception);
  if (exception !== "transfer-letter") return stays("2.1.1", duties, exception);
  // 〔2.1.3〕“应当将组织关系转移到单位党组织”: the receiver is still 2.1.3's.
  reasoning.step("exception-receiver", "2.1.3", { "options.override.outcome": exception }, true, { document: exception });
  return transfers(
    receiverAtDestination("destination", member.destination, member, reasoning, readings),
    "2.1.3",
    duties,
    exception,
  );
}

function decideAwaitingPlacement(member: AwaitingPlacementMember, reasoning: Reasoning): ReceivingOrgOutcome {
  const { category } = member;
  if (member.workUnit !== null) {
    // 〔2.1.4〕“6个月尚未落实工作单位”: a work unit is found, so 2.1.3 decides.
    if (reasoning.traced) reasoning.step("work-unit-found", "2.1.4", { workUnit: destinationFact(member.workUnit) }, true, { category });
    return transfers(receiverAtDestination("workUnit", member.workUnit, member, reasoning), "2.1.3", MOBILITY_DUTIES);
  }
  const registered = member.placementRegisteredOn;
  // 〔2.1.4〕“待安置、分配的复转军人和大中专毕业生中的党员,6个月尚未落实工作单位”: from
  // demobilization or graduation, or from registration (Q10), by 民法典 第201–202条.
  const reading =
    registered !== null && registered !== member.since
      ? reasoning.contest("Q10.placement-six-months-from", "reason.placement-dates-differ", {
          category,
          since: member.since,
          registered,
        })
      : reasoning.interpret("Q10.placement-six-months-from");
  const start = reading === "from-placement-registration" ? (registered ?? member.since) : member.since;
  const measure = reasoning.interpret("Q2.month-measure");
  const missingDay = reasoning.interpret("Q14.missing-corresponding-day");
  const end = periodLastDayNumber("resolveReceivingOrg", dayNumberOf(start), { months: 6 }, { measure, missingDay });
  if (end.clamped) {
    reasoning.contest("Q14.missing-corresponding-day", "reason.placement-start-no-corresponding-day", { start });
  }
  const relation = relationOf(dayNumberOf(member.asOf), end.day);
  // On the last day itself the six months are still running (民法典 第二百零三条: the last
  // day ends at 24:00) or have already run (届满): Q22.
  const onLastDay = relation === "exact" ? reasoning.contest("Q22.period-expiry-day", "reason.placement-last-day") : null;
  const expired = relation === "longer" || onLastDay === "on-last-day";
  if (reasoning.traced) {
    reasoning.step(
      "six-months-without-work-unit",
      "2.1.4",
      { since: member.since, placementRegisteredOn: registered, asOf: member.asOf, workUnit: null },
      expired,
      { category, start, lastDay: formatFromDayNumber(end.day), asOf: member.asOf, relation },
    );
  }
  reasoning.cite(measure === "calendar-months" ? "civil-code:202" : "civil-code:204");
  reasoning.cite(onLastDay === "from-next-day" ? "civil-code:203" : "civil-code:1259");
  if (!expired) {
    // 〔2.2.1〕“管理不断线”: until 2.1.4 applies, the original organization keeps the relationship.
    reasoning.step("relationship-stays", "2.2.1", {}, "original-org", { document: null });
    return stays("2.1.4", MOBILITY_DUTIES);
  }
  // 〔2.1.4〕“应将其组织关系转移至父母、配偶所属社区党组织或人才交流机构党组织”
  reasoning.step("placement-receiver", "2.1.4", {}, "family-community-org");
  return transfers({ receiver: "family-community-org", alsoPermitted: ["talent-agency-org"] }, "2.1.4", MOBILITY_DUTIES);
}

function decideRestructured(member: RestructuredMember, reasoning: Reasoning): ReceivingOrgOutcome {
  const { flow } = member;
  if (member.destination === null) {
    // 〔2.1.5〕“党员流向不确定的,一般先将其组织关系转移到居住地的社区党组织”
    reasoning.step("restructured-flow", "2.1.5", { flow }, "residence-community-org", { flow });
    return transfers({ receiver: "residence-community-org", alsoPermitted: [] }, "2.1.5", MOBILITY_DUTIES);
  }
  // 〔2.1.5〕“流向比较集中的,原所在单位党组织应当与其所去单位党组织做好衔接工作,帮助党员及时落实组织关系”
  reasoning.step("restructured-flow", "2.1.5", { flow }, "coordinate", { flow });
  if (!member.destination.unitHasPartyOrg) {
    // 2.1.5 presupposes a Party organization at the destination; without one, 2.1.3 names
    // the receiver, and the original unit still helps the member settle the relationship.
    reasoning.step("restructured-destination-without-org", "2.1.5", { "destination.unitHasPartyOrg": false }, "2.1.3");
  }
  return transfers(receiverAtDestination("destination", member.destination, member, reasoning), "2.1.5", [
    "coordinate-transfer-with-destination-unit",
    ...MOBILITY_DUTIES,
  ]);
}

/** Each case of 2.1.6, in the text's order, with the fact that states it. */
const RETIREE_CASES: readonly { readonly id: RetireeCase; readonly fact: Exclude<keyof RetireeMember, "category" | keyof DepartmentFacts> }[] = [
  { id: "socialized-retiree", fact: "socializedEnterpriseRetiree" },
  { id: "retired-cadre-settled-elsewhere", fact: "settledLongTermElsewhere" },
  { id: "reemployed-by-original-unit", fact: "reemployedByOriginalUnit" },
];

/** A retiree stated fact by fact: the case that decides, Q32 where several hold. */
function decideRetiree(member: RetireeMember, reasoning: Reasoning): ReceivingOrgOutcome {
  const held = RETIREE_CASES.filter((c) => member[c.fact]).map((c) => c.id);
  // The schema refuses a retiree with no case; the first case stands in for totality.
  let chosen: RetireeCase = held[0] ?? "socialized-retiree";
  if (held.length > 1) {
    // 〔2.1.6〕“被原单位返聘的,其党员组织关系仍留在原单位党组织”: before the other cases, or in
    // the text's order (Q32). Re-employment comes last in the text, so where it is not among
    // the cases both readings take the first, and Q32 cannot change the outcome.
    const reading = member.reemployedByOriginalUnit
      ? reasoning.contest("Q32.retiree-case-precedence", "reason.several-retiree-cases", { held })
      : reasoning.interpret("Q32.retiree-case-precedence");
    switch (reading) {
      case "reemployment-first":
        if (member.reemployedByOriginalUnit) chosen = "reemployed-by-original-unit";
        break;
      case "text-order":
        break;
      default: {
        const unknown: never = reading;
        return unknown;
      }
    }
  }
  reasoning.step(
    "retiree-cases",
    "2.1.6",
    {
      socializedEnterpriseRetiree: member.socializedEnterpriseRetiree,
      settledLongTermElsewhere: member.settledLongTermElsewhere,
      reemployedByOriginalUnit: member.reemployedByOriginalUnit,
    },
    chosen,
    { held },
  );
  return decideRetired(chosen, {}, reasoning);
}

function decideRetired(
  retireeCase: RetireeCase,
  facts: { readonly [path: string]: JsonValue },
  reasoning: Reasoning,
): ReceivingOrgOutcome {
  switch (retireeCase) {
    case "socialized-retiree":
      // 〔2.1.6〕“对已纳入社会化管理的企业退休职工中的党员,应将其组织关系转移到党员居住地的社区党组织”
      reasoning.step("retiree", "2.1.6", facts, "residence-community-org", { retireeCase });
      return transfers({ receiver: "residence-community-org", alsoPermitted: [] }, "2.1.6", []);
    case "retired-cadre-settled-elsewhere":
      // 〔2.1.6〕“在外长期定居的离退休干部、职工中的党员,应将其组织关系转移至现居住地党组织”
      reasoning.interpret("Q11.caller-asserted-facts");
      reasoning.step("retiree", "2.1.6", facts, "residence-org", { retireeCase });
      return transfers({ receiver: "residence-org", alsoPermitted: [] }, "2.1.6", []);
    case "reemployed-by-original-unit":
      // 〔2.1.6〕“被原单位返聘的,其党员组织关系仍留在原单位党组织”
      reasoning.step("retiree", "2.1.6", facts, "original-org", { retireeCase });
      return stays("2.1.6", []);
    default: {
      const unknown: never = retireeCase;
      return unknown;
    }
  }
}

/** The rule's logic: the category's clause, then who is responsible meanwhile, then the duties. */
function decideReceiving(member: MemberSituation, reasoning: Reasoning, exception?: ReceivingOrgException): ReceivingOrgOutcome {
  let outcome: ReceivingOrgOutcome;
  switch (member.category) {
    case "away":
      outcome = decideAway(member, reasoning, exception !== undefined && isDocument(exception) ? exception : undefined);
      break;
    case "demobilized-serviceman":
    case "graduate":
      outcome = decideAwaitingPlacement(member, reasoning);
      break;
    case "restructured":
      outcome = decideRestructured(member, reasoning);
      break;
    case "socialized-retiree":
    case "retired-cadre-settled-elsewhere":
    case "reemployed-by-original-unit":
      outcome = decideRetired(member.category, { category: member.category }, reasoning);
      break;
    case "retiree":
      outcome = decideRetiree(member, reasoning);
      break;
    default: {
      const unknown: never = member;
      return unknown;
    }
  }
  recordContinuity(outcome, reasoning);
  recordDuties(reasoning, outcome.duties);
  return outcome;
}

function recordContinuity(outcome: ReceivingOrgOutcome, reasoning: Reasoning): void {
  // 〔2.2.1〕“做到教育不脱节,管理不断线”
  reasoning.step("responsible-organization", "2.2.1", {}, outcome.responsibleUntilReceived ?? outcome.receiver, {
    relationship: outcome.relationship,
    receiver: outcome.receiver,
  });
}

/** 2.1.5's "一般先": an exception names another receiver, or keeps the relationship (`"original-org"`). */
function overridden(outcome: ReceivingOrgOutcome, receiver: PartyOrg): ReceivingOrgOutcome {
  return receiver === "original-org"
    ? stays(outcome.basis, outcome.duties, outcome.document)
    : transfers({ receiver, alsoPermitted: [] }, outcome.basis, outcome.duties, outcome.document);
}

/** What a documented exception may replace for these facts: the document, the receiver, or nothing. */
function exceptionKind(member: MemberSituation): "document" | "receiver" | null {
  if (member.category === "away") return "document";
  if (member.category === "restructured" && member.flow === "uncertain") return "receiver";
  return null;
}

/**
 * The outcome under a documented exception, worked out on the facts (by a recorder that
 * records nothing: the decision's own trace already reasons about it).
 */
function exceptionOutcome(exception: ReceivingOrgException, member: MemberSituation, reasoning: Reasoning): ReceivingOrgOutcome {
  if (member.category === "away" && isDocument(exception)) return awayException(member, exception, reasoning, "interpret");
  const outcome = decideReceiving(member, reasoning);
  // The check refused every other kind of exception before the rule decided.
  return isDocument(exception) ? outcome : overridden(outcome, exception);
}

/** The destination in the facts, if any, with its path. */
function destinationOf(member: MemberSituation): { destination: Destination; field: string } | null {
  switch (member.category) {
    case "away":
      return { destination: member.destination, field: "destination" };
    case "restructured":
      return member.destination === null ? null : { destination: member.destination, field: "destination" };
    case "demobilized-serviceman":
    case "graduate":
      return member.workUnit === null ? null : { destination: member.workUnit, field: "workUnit" };
    case "socialized-retiree":
    case "retired-cadre-settled-elsewhere":
    case "reemployed-by-original-unit":
    case "retiree":
      return null;
    default: {
      const unknown: never = member;
      return unknown;
    }
  }
}

/** The checks of the facts that depend on the options, and of the exception asked for. */
function checkSituation(
  member: MemberSituation,
  interpretations: InterpretationChoices | undefined,
  exception: ReceivingOrgException | undefined,
): void {
  if (member.category === "away") requirePlaceKnown("resolveReceivingOrg", member.absence, interpretations, ["absence"]);
  if (alternativeInForce(interpretations, "Q11.caller-asserted-facts") === "assert-with-reason") {
    const found = destinationOf(member);
    if (found?.destination.cannotReceive && !hasVisibleText(found.destination.cannotReceive.reason)) {
      failInput("resolveReceivingOrg", [found.field, "cannotReceive", "reason"], "missing", bilingual("error.cannot-receive-without-reason"));
    }
  }
  const awaiting = member.category === "demobilized-serviceman" || member.category === "graduate" ? member : null;
  if (
    awaiting !== null &&
    awaiting.workUnit === null &&
    awaiting.placementRegisteredOn === null &&
    alternativeInForce(interpretations, "Q10.placement-six-months-from") === "from-placement-registration"
  ) {
    failInput("resolveReceivingOrg", ["placementRegisteredOn"], "missing", bilingual("error.placement-registration-needed"));
  }
  if (exception !== undefined) refuseException(exceptionKind(member), exception);
}

/** Refuses an exception where the text says "应当", or one of the wrong kind. */
function refuseException(kind: "document" | "receiver" | null, exception: ReceivingOrgException): void {
  if (kind === null) {
    failInput("resolveReceivingOrg", ["options", "override"], "inconsistent", bilingual("error.exception-where-shall"));
  }
  if (kind === "document" && !isDocument(exception)) {
    failInput("resolveReceivingOrg", ["options", "override"], "inconsistent", bilingual("error.exception-to-receiver-for-away"));
  }
  if (kind === "receiver" && isDocument(exception)) {
    failInput("resolveReceivingOrg", ["options", "override"], "inconsistent", bilingual("error.exception-to-document-for-restructured"));
  }
}

/**
 * Where a member's formal organizational relationship goes, or that it stays, for each
 * category of 2.1.3–2.1.6; and who is responsible meanwhile.
 *
 * Every answer names a responsible organization: the receiver, and until a transfer is
 * received, the original organization (2.2.1, "管理不断线"). For a member going away, the
 * document of 2.1.1 decides whether the relationship moves at all (only a transfer letter
 * moves it), and 2.1.3 decides where; the document is decided by documentForAbsence's
 * logic, kept in the trace as one step with that decision's own steps inside.
 *
 * The function carries its declaration: `resolveReceivingOrg.input` (the schema of
 * {@link MemberSituation}), `.options`, `.outcome`, `.reads` (the interpretations it
 * reads, documentForAbsence's among them), `.clauses`, and `.decideOutcome`, which gives
 * the outcome alone, without a trace.
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
 *
 * // A member going away: the document is documentForAbsence's decision, made inside this one.
 * const away = resolveReceivingOrg({
 *   category: "away",
 *   retired: false,
 *   absence: { departure: "2024-03-10", expectedReturn: "2024-06-01", placeFixed: true },
 *   destination: { unitHasPartyOrg: true, cannotReceive: null },
 *   departmentHasMobileMemberOrg: false,
 * });
 * away.trace[0].within?.rule; //=> "documentForAbsence"
 * away.trace[0].within?.at; //=> "absence"
 * ```
 *
 * @function
 */
export const resolveReceivingOrg = defineRule({
  name: "resolveReceivingOrg",
  clauses: ["2.1.3", "2.1.4", "2.1.5", "2.1.6", "2.1.1", "2.2.1", "1.2.2", "2.2.3"],
  input: MemberSituationSchema,
  outcome: ReceivingOrgOutcomeSchema,
  reads: RECEIVING_READS,
  overridable: {
    clause: "2.1.1",
    outcome: z.enum([...ABSENCE_DOCUMENTS, ...PARTY_ORGS]),
    expand: exceptionOutcome,
    clauseFor: (member): CitationId => (exceptionKind(member) === "receiver" ? "2.1.5" : "2.1.1"),
  },
  check: (member, options) => checkSituation(member, options.interpretations, options.override?.outcome),
  decide: (member, recorder, _options, exception) => decideReceiving(member, recorder, exception),
});

declare module "../locales/catalog.js" {
  interface RuleOutcomes {
    resolveReceivingOrg: ReceivingOrgOutcome;
  }
  interface Terms {
    /** The cases of 2.1.6, as the text names them. */
    readonly retireeCases: { readonly [Case in RetireeCase]: string };
    /** Those awaiting placement (2.1.4): 大中专毕业生, 复转军人. */
    readonly awaitingPlacement: { readonly [Category in AwaitingCategory]: string };
  }
  interface Messages {
    "retiree-away": Record<never, never>;
    /** The relationship stays: for a member away with `document`, or (`null`) while 2.1.4 does not apply yet. */
    "relationship-stays": { readonly document: AbsenceDocument | null };
    "exception-receiver": { readonly document: AbsenceDocument };
    "destination-has-party-org": { readonly unitHasPartyOrg: boolean; readonly alsoPermitted: readonly PartyOrg[] };
    "cannot-receive": { readonly unitHasPartyOrg: boolean; readonly reason: string };
    "dedicated-mobile-member-org": Record<never, never>;
    "work-unit-found": { readonly category: AwaitingCategory };
    "six-months-without-work-unit": {
      readonly category: AwaitingCategory;
      readonly start: string;
      readonly lastDay: string;
      readonly asOf: string;
      readonly relation: PeriodRelation;
    };
    "placement-receiver": Record<never, never>;
    "restructured-flow": { readonly flow: RestructuredMember["flow"] };
    "restructured-destination-without-org": Record<never, never>;
    "retiree-cases": { readonly held: readonly RetireeCase[] };
    retiree: { readonly retireeCase: RetireeCase };
    "responsible-organization": { readonly relationship: ReceivingOrgOutcome["relationship"]; readonly receiver: PartyOrg };
    "reason.two-community-orgs": Record<never, never>;
    "reason.department-mobile-member-org": Record<never, never>;
    "reason.placement-dates-differ": { readonly category: AwaitingCategory; readonly since: string; readonly registered: string };
    "reason.placement-start-no-corresponding-day": { readonly start: string };
    "reason.placement-last-day": Record<never, never>;
    "reason.several-retiree-cases": { readonly held: readonly RetireeCase[] };
    "error.placement-date-order": { readonly field: PlacementDateField; readonly earlier: PlacementDateField };
    "error.concentrated-flow-without-destination": Record<never, never>;
    "error.uncertain-flow-with-destination": Record<never, never>;
    "error.retiree-without-case": Record<never, never>;
    "error.cannot-receive-without-reason": Record<never, never>;
    "error.placement-registration-needed": Record<never, never>;
    "error.exception-where-shall": Record<never, never>;
    "error.exception-to-receiver-for-away": Record<never, never>;
    "error.exception-to-document-for-restructured": Record<never, never>;
  }
  // The words of the input's fields, for forms and the JSON Schema of scenario files (FieldWordIds).
  interface ToolMessages
    extends FieldWordIds<
      "resolveReceivingOrg",
      {
        category: MemberSituation["category"];
        retired: never;
        absence: never;
        destination: "null";
        "destination.unitHasPartyOrg": never;
        "destination.cannotReceive": "null";
        "destination.cannotReceive.reason": never;
        departmentHasMobileMemberOrg: never;
        since: never;
        placementRegisteredOn: "null";
        asOf: never;
        workUnit: "null";
        flow: RestructuredMember["flow"];
        socializedEnterpriseRetiree: never;
        settledLongTermElsewhere: never;
        reemployedByOriginalUnit: never;
      }
    > {}
}
