import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fingerprintsFile } from "../../.config/fingerprints.js";

describe("the fingerprints every decision records", () => {
  it("are today's: the library's version, and the hashes of the opinion's text and of the interpretation registry", () => {
    const written = readFileSync(new URL("../../src/decision/fingerprints.ts", import.meta.url), "utf8");
    // When this fails, the text, a reading or the version changed: run `npm run fingerprints`.
    expect(written).toBe(fingerprintsFile());
  });
});
