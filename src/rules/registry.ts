/**
 * The registry of rules: every rule the library decides with, by name. The command line,
 * the JSON Schema of scenario files, stored-decision checks, {@link replay}, the docs, the
 * benchmark and the fuzz suite read the rules from here; each rule carries its own
 * declaration (clauses, input, options and outcome schemas, the interpretations it reads).
 *
 * @module
 */
import type { RuleName } from "../decision/rule.js";
import { documentForAbsence } from "./document-for-absence.js";
import { evaluationCohort } from "./evaluation-cohort.js";
import { evaluationGrade } from "./evaluation-grade.js";
import { liaisonAssignment } from "./liaison-assignment.js";
import { managementMode } from "./management-mode.js";
import { reportingSchedule } from "./reporting-schedule.js";
import { resolveReceivingOrg } from "./resolve-receiving-org.js";
import { privateSchema } from "../input/private-schema.js";
import type { z } from "zod";

/**
 * Every rule, by name, in the order of the opinion. Adding a rule is adding its module
 * and its line here.
 *
 * @example
 * ```ts
 * RULES.documentForAbsence.reads; //=> ["Q1.six-month-boundary", "Q2.month-measure", …]
 * RULES.documentForAbsence.input.safeExtend({ memberId: z.string() }); // a records system's own schema
 * ```
 */
export const RULES = Object.freeze({
  documentForAbsence,
  managementMode,
  resolveReceivingOrg,
  liaisonAssignment,
  evaluationGrade,
  evaluationCohort,
  reportingSchedule,
} as const satisfies { readonly [Name in RuleName]: { readonly ruleName: Name } });

/** Every {@link RuleName}, in the order of {@link RULES}. */
export const RULE_NAMES = Object.freeze(Object.keys(RULES)) as readonly RuleName[];

/** Whether `name` is the name of a rule. */
export function isRuleName(name: unknown): name is RuleName {
  return typeof name === "string" && Object.hasOwn(RULES, name);
}

/**
 * Each rule's outcome schema, by the rule's name: what a stored decision's outcome must
 * match. Read from the rules' declarations.
 */
export const RULE_OUTCOME_SCHEMAS = Object.freeze(
  Object.fromEntries(RULE_NAMES.map((name) => [name, RULES[name].outcome])),
) as { readonly [Name in RuleName]: (typeof RULES)[Name]["outcome"] };

/**
 * The same outcome schemas, as the library's own copies (see `privateSchema`): what stored
 * decisions and outcomes are checked with, whatever a caller writes into the exported ones.
 * @internal
 */
export const OWN_OUTCOME_SCHEMAS: { readonly [Name in RuleName]: () => z.ZodType } = Object.freeze(
  Object.fromEntries(RULE_NAMES.map((name) => [name, privateSchema(RULES[name].outcome as z.ZodType)])),
) as { readonly [Name in RuleName]: () => z.ZodType };

/** Which rules read each interpretation, read from the rules' declarations: what the docs list beside each reading. */
export function rulesReading(interpretation: string): readonly RuleName[] {
  return RULE_NAMES.filter((name) => (RULES[name].reads as readonly string[]).includes(interpretation));
}
