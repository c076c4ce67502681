import { expectTypeOf, test } from "vitest";
import type { CitationId, ClauseId, SuperiorRuleId, TraceStep } from "mobile-member-rules";

test("a citation must name a registered clause or superior rule", () => {
  const clause: ClauseId = "2.1.1";
  const superior: SuperiorRuleId = "civil-code:1259";
  expectTypeOf(clause).toExtend<CitationId>();
  expectTypeOf(superior).toExtend<CitationId>();

  // @ts-expect-error: there is no clause 2.1.8 in the opinion
  const unknownClause: ClauseId = "2.1.8";
  // @ts-expect-error: a superior-rule id is not an opinion clause id
  const wrongRegistry: ClauseId = "civil-code:1259";
  // @ts-expect-error: the Civil Code article is not registered
  const unknownSuperior: SuperiorRuleId = "civil-code:999";

  const step: TraceStep = {
    check: "example",
    // @ts-expect-error: a trace step cannot cite an unknown clause
    citation: "4.1",
    facts: {},
    result: true,
    text: { zh: "", en: "" },
  };
  void [unknownClause, wrongRegistry, unknownSuperior, step];
});
