/** Type tests: a rule's logic may consult only the readings it declares. */
import { expectTypeOf, test } from "vitest";
import type { Recorder } from "../../src/decision/decision.js";
import { documentForAbsence } from "mobile-member-rules";

test("a recorder accepts only the interpretations its rule reads", () => {
  const recorder = {} as Recorder<"Q1.six-month-boundary" | "Q2.month-measure">;
  expectTypeOf(recorder.interpret).toBeCallableWith("Q1.six-month-boundary");
  // @ts-expect-error Q6 is not among the readings this recorder's rule declares
  recorder.interpret("Q6.liaison-load");
  // @ts-expect-error nor may it be contested
  recorder.contest("Q6.liaison-load", "reason.exactly-six-months");
});

test("a rule's options accept only the interpretations it reads", () => {
  type Choices = NonNullable<NonNullable<Parameters<typeof documentForAbsence>[1]>["interpretations"]>;
  expectTypeOf<keyof Choices>().toEqualTypeOf<(typeof documentForAbsence.reads)[number]>();
});
