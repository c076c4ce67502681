/**
 * The Party organizations the rules name, in the glossary's vocabulary.
 *
 * @module
 */
import { termsInBothLanguages, type Bilingual } from "../locales/index.js";
import { deepFreeze } from "../frozen.js";

/**
 * A Party organization a member can be managed by or have the formal relationship held
 * by. Each is named relative to the member: `"workplace-org"` is the Party organization
 * of the member's (destination) workplace, `"original-org"` the organization that holds
 * the relationship before the mobility.
 *
 * The text names four community Party organizations, each kept apart: the unit's or the
 * residence's (2.1.3), the parents' or spouse's (2.1.4), the residence's (2.1.5, 2.1.6).
 */
export type PartyOrg =
  | "workplace-org"
  | "industry-association-org"
  | "industry-regulator-org"
  | "talent-agency-org"
  | "labour-agency-org"
  | "service-agency-org"
  | "unit-community-org"
  | "residence-community-org"
  | "family-community-org"
  | "residence-org"
  | "mobile-member-org"
  | "original-org";

/** Every {@link PartyOrg}, in a stable order. */
export const PARTY_ORGS = [
  "workplace-org",
  "industry-association-org",
  "industry-regulator-org",
  "talent-agency-org",
  "labour-agency-org",
  "service-agency-org",
  "unit-community-org",
  "residence-community-org",
  "family-community-org",
  "residence-org",
  "mobile-member-org",
  "original-org",
] as const satisfies readonly PartyOrg[];

/** The name of each organization in Chinese and English. */
export const PARTY_ORG_NAMES: { readonly [Org in PartyOrg]: Bilingual } = termsInBothLanguages("partyOrgs");

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [PARTY_ORGS, PARTY_ORG_NAMES]) deepFreeze(table);

declare module "../locales/catalog.js" {
  interface Terms {
    /** The Party organizations a member may be managed by or sent to. */
    readonly partyOrgs: { readonly [Org in PartyOrg]: string };
  }
}
