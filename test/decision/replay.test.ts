import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  RULES,
  decisionSchema,
  documentForAbsence,
  explain,
  isRuleName,
  replay,
  type Decision,
  type JsonValue,
  type StoredDecision,
} from "mobile-member-rules";
import { z } from "zod";

const stored = decisionSchema(z.json());
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface ScenarioLike {
  readonly rule: string;
  readonly input: unknown;
  readonly options?: unknown;
}

const folder = new URL("../../examples/scenarios/", import.meta.url);
const scenarios: ScenarioLike[] = readdirSync(folder)
  .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
  .flatMap((name) => (JSON.parse(readFileSync(new URL(name, folder), "utf8")) as { scenarios: ScenarioLike[] }).scenarios);

/** Every example scenario the library decides (those it refuses have nothing to replay). */
function decidedExamples(): Decision[] {
  return scenarios.flatMap((scenario) => {
    if (!isRuleName(scenario.rule)) return [];
    const rule = RULES[scenario.rule] as unknown as (input: unknown, options: unknown) => Decision;
    try {
      return [rule(scenario.input, scenario.options ?? {})];
    } catch {
      return [];
    }
  });
}

describe("replay", () => {
  it("decides every example again, after a trip through JSON, to the same decision", () => {
    const decisions = decidedExamples();
    expect(decisions.length).toBeGreaterThan(20);
    for (const decision of decisions) {
      const report = replay(roundTrip(decision));
      expect(report.replayable).toBe(true);
      expect(report.differences, decision.rule).toEqual([]);
      expect(report.same).toBe(true);
      expect(report.changed).toEqual({ opinion: false, interpretations: false });
      expect(report.decision).toEqual(decision);
    }
  });

  it("finds a decision a changed rule made: another outcome, with a trace that agrees with it, passes the stored check but not replay", () => {
    const made = roundTrip(documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true })) as Decision<JsonValue>;
    // What an older rule that gave the certificate letter here would have stored: consistent in itself.
    const certificate = roundTrip(documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-06-01", placeFixed: true }));
    const older = { ...made, outcome: certificate.outcome, trace: made.trace.map((step) => (step.check === "document" ? { ...step, result: "certificate-letter" } : step)) };
    expect(stored.safeParse(older).success).toBe(true);
    const report = replay(older as StoredDecision);
    expect(report.same).toBe(false);
    expect(report.differences.map((d) => d.kind)).toEqual(["outcome", "trace"]);
    expect(report.differences[0]).toMatchObject({ stored: certificate.outcome, now: made.outcome });
  });

  it("says when the text or the readings a decision was made under have changed since", () => {
    const made = roundTrip(documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true }));
    const report = replay({ ...made, fingerprints: { ...made.fingerprints, interpretations: "0000000000000000" }, library: "mobile-member-rules@0.0.1" });
    expect(report.changed).toEqual({ opinion: false, interpretations: true });
    expect(report.madeBy).toBe("mobile-member-rules@0.0.1");
    expect(report.same).toBe(true);
  });

  it("reports an input today's rules refuse, by position, without its values", () => {
    const made = roundTrip(documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true }));
    const report = replay({ ...made, input: { ...(made.input as object), expectedReturn: "2023-01-01" } });
    expect(report.same).toBe(false);
    expect(report.decision).toBeNull();
    expect(report.differences).toEqual([{ kind: "refused", stored: null, now: [{ path: ["expectedReturn"], code: "inconsistent" }] }]);
  });

  it("refuses what is not a decision, with the typed error", () => {
    expect(() => replay({ schemaVersion: 2 } as unknown as StoredDecision)).toThrow(/replay/);
  });
});

describe("version-1 decisions", () => {
  const v1 = JSON.parse(readFileSync(new URL("fixtures/version-1-decisions.json", import.meta.url), "utf8")) as StoredDecision[];

  it("still validate and explain, in both languages, with the words they stored", () => {
    for (const decision of v1) {
      expect(stored.safeParse(decision).success).toBe(true);
      const zh = explain(decision);
      expect(zh).toContain("推理过程");
      if (decision.schemaVersion === 1) expect(zh).toContain(decision.trace[0]?.text.zh);
      expect(explain(decision, { locale: "en" })).toContain("Reasoning");
    }
  });

  it("cannot be replayed: they did not record their input", () => {
    for (const decision of v1) expect(replay(decision)).toMatchObject({ replayable: false, same: false, decision: null });
  });

  it("explain the same as the decision made today, where the rule has not changed (today names the duties in one step)", () => {
    const [exact] = v1;
    const today = documentForAbsence({ departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true });
    // The duties were one step per clause in version 1; each other line reads the same.
    const withoutDuties = (text: string) => text.split("\n").filter((line) => !/有关各方应当履行的职责|Duties that follow/u.test(line));
    expect(withoutDuties(explain(today))).toEqual(withoutDuties(explain(exact as StoredDecision)));
    expect(withoutDuties(explain(today, { locale: "en" }))).toEqual(withoutDuties(explain(exact as StoredDecision, { locale: "en" })));
  });
});

describe("what only deciding again can find", () => {
  it("finds an ambiguity removed from a stored decision consistently, which the stored check cannot", () => {
    const made = roundTrip(documentForAbsence({ departure: "2024-08-31", expectedReturn: "2025-02-28", placeFixed: true }));
    expect(made.ambiguous).toBe(true);
    const edited = { ...made, ambiguous: false, ambiguities: [] };
    expect(stored.safeParse(edited).success).toBe(true);
    const report = replay(edited as StoredDecision);
    expect(report.same).toBe(false);
    expect(report.differences.map((d) => d.kind)).toEqual(["ambiguities"]);
  });
});
