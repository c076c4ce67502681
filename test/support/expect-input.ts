import { expect } from "vitest";
import { RuleInputError, type InputIssueCode } from "mobile-member-rules";

/** Asserts that `call` throws the typed input error with an issue at `path` of kind `code`. */
export function expectInputIssue(call: () => unknown, path: readonly (string | number)[], code: InputIssueCode): void {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RuleInputError);
  expect((caught as RuleInputError).issues).toContainEqual(expect.objectContaining({ path, code }));
}
