/**
 * The Party organizations the rules name, in the glossary's vocabulary.
 *
 * @module
 */
import type { Bilingual } from "../errors.js";
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
export const PARTY_ORG_NAMES: { readonly [Org in PartyOrg]: Bilingual } = {
  "workplace-org": { zh: "单位党组织", en: "the workplace Party organization" },
  "industry-association-org": { zh: "行业协会党组织", en: "the industry-association Party organization" },
  "industry-regulator-org": { zh: "行业主管部门党组织", en: "the industry regulator's Party organization" },
  "talent-agency-org": { zh: "人才流动服务机构党组织", en: "the talent-exchange agency's Party organization" },
  "labour-agency-org": { zh: "劳动力流动服务机构党组织", en: "the labour-mobility agency's Party organization" },
  "service-agency-org": { zh: "有关服务机构党组织", en: "the relevant service agency's Party organization" },
  "unit-community-org": { zh: "单位所在社区党组织", en: "the community Party organization of the unit" },
  "residence-community-org": { zh: "党员居住地社区党组织", en: "the community Party organization of the member's residence" },
  "family-community-org": { zh: "父母、配偶所属社区党组织", en: "the community Party organization of the member's parents or spouse" },
  "residence-org": { zh: "居住地党组织", en: "the Party organization of the place of residence" },
  "mobile-member-org": { zh: "流动党员党组织", en: "the dedicated mobile-member Party organization" },
  "original-org": { zh: "原所在党组织", en: "the original Party organization" },
};

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [PARTY_ORGS, PARTY_ORG_NAMES]) deepFreeze(table);
