import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "../../src/cli/suggest.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["documentForAbsense", "documentForAbsence", 1],
    ["流动党员", "流动党组织", 2],
  ])("%s → %s: %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("nearest", () => {
  const rules = ["documentForAbsence", "managementMode", "resolveReceivingOrg"];
  it("finds a misspelt or miscased name", () => {
    expect(nearest("documentForAbsense", rules)).toBe("documentForAbsence");
    expect(nearest("managementmode", rules)).toBe("managementMode");
  });
  it("suggests nothing for a name far from every known one, or for a known one", () => {
    expect(nearest("zzz", rules)).toBeUndefined();
    expect(nearest("mode", rules)).toBeUndefined();
    expect(nearest("managementMode", rules)).toBeUndefined();
  });
  it("completes a bare interpretation number, but not an ambiguous prefix", () => {
    const ids = ["Q1.six-month-boundary", "Q10.placement-six-months-from", "Q2.month-measure"];
    expect(nearest("Q1", ids)).toBe("Q1.six-month-boundary");
    expect(nearest("Q", ids)).toBeUndefined();
  });
});
