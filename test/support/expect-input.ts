import { expect } from "vitest";
import { RuleInputError, type InputIssueCode } from "mobile-member-rules";

/** Asserts that `call` throws the typed input error, and returns it. */
export function expectRefusal(call: () => unknown): RuleInputError {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RuleInputError);
  return caught as RuleInputError;
}

/** Asserts that `call` throws the typed input error with an issue at `path` of kind `code`. */
export function expectInputIssue(call: () => unknown, path: readonly (string | number)[], code: InputIssueCode): void {
  const issues = expectRefusal(call).issues;
  expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  // Every problem is said in both languages.
  for (const issue of issues) {
    expect(issue.message.zh).toMatch(/\p{Script=Han}/u);
    expect(issue.message.en).toMatch(/[a-z]/);
  }
}
