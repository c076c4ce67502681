/**
 * Every rule that makes decisions has a name for people, and the table's type is what
 * makes it so: a table that leaves a rule out does not compile. The block below keeps such
 * a table under @ts-expect-error, so the day the type stops requiring every rule, this file
 * fails.
 */
import { expectTypeOf, test } from "vitest";
import type { Bilingual, RULE_TITLES, RuleName } from "mobile-member-rules";

test("a name for every rule, and for nothing else", () => {
  expectTypeOf<keyof typeof RULE_TITLES>().toEqualTypeOf<RuleName>();
  expectTypeOf<(typeof RULE_TITLES)[RuleName]>().toEqualTypeOf<Bilingual>();
  // @ts-expect-error: every rule but one is named
  const missing: typeof RULE_TITLES = { documentForAbsence: { zh: "外出党员所持证明", en: "" } };
  void missing;
});
