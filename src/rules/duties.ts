/**
 * Named duties: the obligations the opinion attaches to a document, a transfer or an
 * absence, each with who bears it and the clause that sets it. Rules return duty ids; the
 * catalogs give their words (`DUTY_TEXTS`). A duty with no date in the text is still a duty: it is named
 * here; dated, recurring obligations are the reporting schedule's.
 *
 * @module
 */
import type { ClauseId } from "../clauses/opinion.js";
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
}

/** Every named duty, by id. */
export const DUTIES: { readonly [Id in DutyId]: Duty } = {
  "stamp-activity-card": {
    id: "stamp-activity-card",
    bearer: "outflow-organ-party-committee",
    clause: "2.1.2",
  },
  "register-and-issue-activity-card": {
    id: "register-and-issue-activity-card",
    bearer: "home-branch",
    clause: "2.1.2",
  },
  "verify-and-file-activity-card": {
    id: "verify-and-file-activity-card",
    bearer: "inflow-branch",
    clause: "2.1.2",
  },
  "review-activity-card-yearly": {
    id: "review-activity-card-yearly",
    bearer: "home-branch",
    clause: "2.1.2",
  },
  "complete-relationship-transfer": {
    id: "complete-relationship-transfer",
    bearer: "member",
    clause: "2.1.2",
  },
  "keep-contact-with-both-organizations": {
    id: "keep-contact-with-both-organizations",
    bearer: "member",
    clause: "2.1.2",
  },
  "register-and-track-member": {
    id: "register-and-track-member",
    bearer: "outflow-org",
    clause: "1.2.2",
  },
  "keep-regular-contact-with-outflow-org": {
    id: "keep-regular-contact-with-outflow-org",
    bearer: "inflow-org",
    clause: "1.2.2",
  },
  "coordinate-transfer-with-destination-unit": {
    id: "coordinate-transfer-with-destination-unit",
    bearer: "original-unit-org",
    clause: "2.1.5",
  },
  "send-study-materials": {
    id: "send-study-materials",
    bearer: "original-unit-org",
    clause: "2.2.3",
  },
  "train-received-members": {
    id: "train-received-members",
    bearer: "receiving-org",
    clause: "2.2.3",
  },
  "record-political-status": {
    id: "record-political-status",
    bearer: "relevant-departments",
    clause: "3.1",
  },
  // 二（一）7 names no bearer for the information base; "本部门、本单位外出……流动党员" makes it
  // the member's own organization's, as the outgoing register is.
  "enter-in-information-base": {
    id: "enter-in-information-base",
    bearer: "outflow-primary-org",
    clause: "2.1.7",
  },
  "record-in-outgoing-register": {
    id: "record-in-outgoing-register",
    bearer: "outflow-primary-org",
    clause: "2.1.7",
  },
  "record-in-incoming-register": {
    id: "record-in-incoming-register",
    bearer: "inflow-primary-org",
    clause: "2.1.7",
  },
  "visit-family-during-absence": {
    id: "visit-family-during-absence",
    bearer: "outflow-org",
    clause: "3.2.3",
  },
  "visit-incoming-member": {
    id: "visit-incoming-member",
    bearer: "inflow-org",
    clause: "3.2.3",
  },
  "inspect-and-solve-problems": {
    id: "inspect-and-solve-problems",
    bearer: "party-orgs-at-every-level",
    clause: "3.3",
  },
  "hold-neglect-to-account": {
    id: "hold-neglect-to-account",
    bearer: "party-orgs-at-every-level",
    clause: "3.3",
  },
};

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [DUTIES]) deepFreeze(table);

// The clause of each duty, by id: the rules cite a list of duties' clauses on every
// decision, and the table looked up by an id that changes from call to call is a slow keyed load.
const DUTY_CLAUSES: ReadonlyMap<DutyId, ClauseId> = new Map((Object.keys(DUTIES) as DutyId[]).map((id) => [id, DUTIES[id].clause]));

/** The clauses that set a list of duties, each once, in the order of the list. @internal */
export function clausesOfDuties(duties: readonly DutyId[]): readonly ClauseId[] {
  const clauses: ClauseId[] = [];
  for (const id of duties) {
    const clause = DUTY_CLAUSES.get(id) ?? DUTIES[id].clause;
    if (!clauses.includes(clause)) clauses.push(clause);
  }
  return clauses;
}

/** Every {@link DutyId}, in the order of {@link DUTIES}. */
export const DUTY_IDS = Object.freeze(Object.keys(DUTIES)) as readonly DutyId[];

/** The zod schema of a {@link DutyId}. */
export const DutyIdSchema: z.ZodType<DutyId> = z.enum(DUTY_IDS as [DutyId, ...DutyId[]]);

declare module "../locales/catalog.js" {
  interface Terms {
    /** Each duty in words. */
    readonly duties: { readonly [Id in DutyId]: string };
    /** Who bears a duty. */
    readonly dutyBearers: { readonly [Bearer in DutyBearer]: string };
  }
}
