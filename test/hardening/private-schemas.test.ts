/**
 * The exported schemas are the caller's to read and extend, not a way into the library.
 * zod's schema objects cannot be frozen (zod writes its caches into them), so a caller can
 * write into one: replace a field of its shape, empty its checks, add an enum entry, or
 * overwrite its parser. Whatever is written, what the library accepts and decides is the
 * same: every rule, a roster's records, and the checks of a stored decision validate with
 * the library's own copies (`src/input/private-schema.ts`), taken as the library loads.
 *
 * Each test loads its own copy of the library, and writes into that copy's schemas.
 */
import { describe, expect, it, vi } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import * as library from "mobile-member-rules";
import { RULES as RULE_CASES, attempt, callable, type Called } from "../support/hostile.js";
import { collect, roster } from "../support/roster-arbitraries.js";
import { privateSchema } from "../../src/input/private-schema.js";
import { snapshotInput } from "../../src/input/snapshot.js";

type Library = typeof library;

/** A copy of the library nobody has written to yet (see shared-state.test.ts). */
async function freshLibrary(): Promise<Library> {
  vi.doUnmock("../../src/decision/decision.js");
  vi.resetModules();
  return import("mobile-member-rules");
}

interface ZodNode {
  _zod: { def: Record<string, unknown>; run: unknown; parse: unknown };
  safeParse: unknown;
  parse: unknown;
}

const isZodNode = (value: unknown): value is ZodNode => value !== null && typeof value === "object" && "_zod" in value;

/** Every schema reachable from `root`, each once, the innermost first: through definitions, and a `z.lazy`'s getter. */
function schemasWithin(root: unknown, seen = new Set<unknown>(), found: ZodNode[] = []): ZodNode[] {
  if (!isZodNode(root) || seen.has(root)) return found;
  seen.add(root);
  const def = root._zod.def;
  for (const value of Object.values(def)) {
    if (isZodNode(value)) schemasWithin(value, seen, found);
    else if (Array.isArray(value)) for (const item of value) schemasWithin(item, seen, found);
    else if (value !== null && typeof value === "object") for (const item of Object.values(value)) schemasWithin(item, seen, found);
  }
  if (def["type"] === "lazy" && typeof def["getter"] === "function") schemasWithin((def["getter"] as () => unknown)(), seen, found);
  found.push(root);
  return found;
}

/**
 * Writes into every schema reachable from `root`, as a careless or hostile caller could:
 * each field of a shape replaced by `z.any()` and one added, every union given an option
 * that takes anything, every enum an entry, every wrapped or listed type replaced, the
 * parsers overwritten to accept anything; and every check turned off (its function, its
 * bounds, its pattern, its refinement) and given a hook that would turn off any schema
 * built with it.
 */
function vandalizeSchema(root: unknown): void {
  for (const schema of schemasWithin(root)) {
    const def = schema._zod.def;
    const shape = def["shape"];
    if (shape !== null && typeof shape === "object") {
      const fields = shape as Record<string, unknown>;
      for (const key of Object.keys(fields)) fields[key] = z.any();
      fields["writtenByCaller"] = z.any();
    }
    for (const field of ["innerType", "element", "catchall", "keyType", "valueType"]) if (isZodNode(def[field])) def[field] = z.any();
    if (Array.isArray(def["options"])) (def["options"] as unknown[]).push(z.any());
    for (const check of Array.isArray(def["checks"]) ? (def["checks"] as unknown[]) : []) vandalizeCheck(check);
    const entries = def["entries"];
    if (entries !== null && typeof entries === "object") (entries as Record<string, string>)["writtenByCaller"] = "writtenByCaller";
    const acceptAnything = (payload: { value: unknown; issues: unknown[] }) => payload;
    schema._zod.run = acceptAnything;
    schema._zod.parse = acceptAnything;
    schema.safeParse = (data: unknown) => ({ success: true, data });
    schema.parse = (data: unknown) => data;
  }
}

/** Makes every schema reachable from `root` refuse whatever it is given: the other way a write can change an answer. */
function refuseEverything(root: unknown): void {
  const refuse = (payload: { value: unknown; issues: unknown[] }) => {
    payload.issues.push({ code: "custom", message: "written by caller", input: payload.value, path: [] });
    return payload;
  };
  for (const schema of schemasWithin(root)) {
    schema._zod.run = refuse;
    schema._zod.parse = refuse;
  }
}

/** Turns a check off every way a caller can reach it. */
function vandalizeCheck(check: unknown): void {
  if (!isZodNode(check)) return;
  const internals = check._zod as unknown as Record<string, unknown>;
  internals["check"] = () => undefined;
  const def = internals["def"] as Record<string, unknown>;
  if (typeof def["value"] === "number") def["value"] = def["check"] === "greater_than" ? -1e9 : 1e9;
  for (const key of ["minimum", "maximum"]) if (typeof def[key] === "number") def[key] = key === "minimum" ? 0 : 1e9;
  def["when"] = () => false;
  if (def["pattern"] instanceof RegExp) (def["pattern"] as { test: unknown }).test = () => true;
  if (typeof def["fn"] === "function") def["fn"] = () => true;
  if (Array.isArray(internals["onattach"])) {
    (internals["onattach"] as unknown[]).push((schema: ZodNode) => {
      schema._zod.run = (payload: unknown) => payload;
    });
  }
}

/** What a call gave, as data to compare: the decision's JSON, or the refusal's issues (codes and paths). */
function answer(called: Called): string {
  switch (called.kind) {
    case "returned":
      return JSON.stringify(called.value);
    case "refused":
      return `refused ${JSON.stringify(called.error.issues.map(({ code, path }) => ({ code, path })))}`;
    case "threw":
      return `threw ${String(called.error)}`;
  }
}

/** The same value with one field of its input set to something else, or removed. */
function withInputBroken(valid: fc.Arbitrary<{ input: unknown; options: unknown }>): fc.Arbitrary<{ input: unknown; options: unknown }> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom<unknown>("2024-13-45", -1, "", null, {}, [], "writtenByCaller"), fc.boolean()).map(([{ input, options }, index, value, remove]) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return { input, options };
    const keys = Object.keys(input);
    const key = keys[index % (keys.length + 1)] ?? "writtenByCaller";
    const broken: Record<string, unknown> = { ...input };
    if (remove) delete broken[key];
    else broken[key] = value;
    return { input: broken, options };
  });
}

const SAMPLES = 120;

describe("writing into an exported schema changes nothing a rule accepts or decides", () => {
  for (const { name, valid } of RULE_CASES) {
    it(`${name}: the same answers, valid and broken inputs alike, after every schema the rule exports is written into`, async () => {
      const lib = await freshLibrary();
      const rule = callable((lib as unknown as Record<string, unknown>)[name]);
      const declared = lib.RULES[name as keyof Library["RULES"]];
      const cases = fc.sample(fc.oneof(valid, withInputBroken(valid)), { numRuns: SAMPLES, seed: 2024 });
      const before = cases.map(({ input, options }) => answer(attempt(() => rule(input, options))));
      expect(before.some((a) => a.startsWith("refused"))).toBe(true);

      for (const schema of [declared.input, declared.options, declared.outcome]) vandalizeSchema(schema);
      // The writes took: the exported input schema now accepts what the rule refuses.
      const refusedCase = cases.find((_, index) => before[index]?.startsWith("refused"));
      expect(declared.input.safeParse(refusedCase?.input).success).toBe(true);

      const after = cases.map(({ input, options }) => answer(attempt(() => rule(input, options))));
      expect(after).toEqual(before);
    });
  }
});

describe("writing into the exported schemas before the library first uses them changes nothing either", () => {
  it("every rule gives the answers of a library nobody has written to, its checks and their hooks written into first", async () => {
    const cases = RULE_CASES.map(({ name, valid }) => ({ name, calls: fc.sample(fc.oneof(valid, withInputBroken(valid)), { numRuns: 40, seed: 99 }) }));
    const answersOf = (lib: Library) =>
      cases.map(({ name, calls }) => {
        const rule = callable((lib as unknown as Record<string, unknown>)[name]);
        return calls.map(({ input, options }) => answer(attempt(() => rule(input, options))));
      });
    const clean = answersOf(await freshLibrary());
    const written = await freshLibrary();
    for (const name of written.RULE_NAMES) for (const schema of [written.RULES[name].input, written.RULES[name].options, written.RULES[name].outcome]) vandalizeSchema(schema);
    for (const leaf of [written.CalendarDateSchema, written.RuleDateSchema, written.MemberIdSchema, written.NonBlankTextSchema]) vandalizeSchema(leaf);
    expect(answersOf(written)).toEqual(clean);
  });

  it("explain and replay, whose schema of a stored decision is built on their first call, read stored decisions as a library nobody has written to does", async () => {
    const readStored = (lib: Library) => {
      const decision = lib.documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true });
      const stored = JSON.parse(JSON.stringify(decision)) as Record<string, unknown>;
      const edited = { ...stored, outcome: { document: "no-such-document", duties: [] } };
      const unknownStep = { ...stored, trace: [{ check: "no-such-step", citation: "2.1.1", result: true }] };
      return [
        attempt(() => lib.explain(stored as never)),
        attempt(() => lib.replay(stored as never)),
        attempt(() => lib.explain(edited as never)),
        attempt(() => lib.replay(unknownStep as never)),
      ].map(answer);
    };
    const clean = readStored(await freshLibrary());
    expect(clean.map((said) => said.startsWith("refused"))).toEqual([false, false, true, true]);
    const written = await freshLibrary();
    // Before explain or replay is first called: every outcome schema, the parts a stored decision's schema is made of, and one built from them.
    for (const name of written.RULE_NAMES) vandalizeSchema(written.RULES[name].outcome);
    for (const name of written.RULE_NAMES) vandalizeSchema(written.RULE_OUTCOME_SCHEMAS[name]);
    for (const leaf of [written.WorkItemSchema, written.CalendarDateSchema, written.DutyIdSchema]) vandalizeSchema(leaf);
    refuseEverything(written.decisionSchema(z.json()));
    refuseEverything(written.WorkItemSchema);
    expect(readStored(written)).toEqual(clean);
  });
});

describe("writing into the exported schemas changes nothing a roster accepts or decides", () => {
  it("the same members' results and the same worklist, after every rule's schemas and the record's schema are written into", async () => {
    const lib = await freshLibrary();
    const records = fc.sample(roster, { numRuns: 1, seed: 7 })[0] ?? [];
    const withBad = [...records, { id: "bad-1", branch: "一支部", absence: { departure: "2024-13-01", expectedReturn: null, placeFixed: true } }];
    const run = async () => {
      const analysis = lib.analyzeRoster(withBad, { asOf: "2024-06-30" });
      const members = await collect(analysis);
      return JSON.stringify({ members, worklist: await analysis.worklist() });
    };
    const before = await run();
    for (const name of lib.RULE_NAMES) for (const schema of [lib.RULES[name].input, lib.RULES[name].options]) vandalizeSchema(schema);
    vandalizeSchema(lib.MemberRecordSchema);
    expect(lib.MemberRecordSchema.safeParse({ not: "a record" }).success).toBe(true);
    expect(await run()).toEqual(before);
  });
});

describe("writing into an outcome schema changes nothing a stored decision is checked by", () => {
  it("an edited outcome is still refused, and a true one still explained and replayed the same", async () => {
    const lib = await freshLibrary();
    const decision = lib.documentForAbsence({ departure: "2024-03-10", expectedReturn: "2024-12-01", placeFixed: true });
    const edited = { ...decision, outcome: { document: "no-such-document", duties: [] } };
    const explained = lib.explain(decision);
    const replayed = JSON.stringify(lib.replay(decision));
    expect(attempt(() => lib.explain(edited)).kind).toBe("refused");

    // A decision with another rule's decision inside it: its inner steps are checked too.
    const nested = lib.resolveReceivingOrg(fc.sample(RULE_CASES.find(({ name }) => name === "resolveReceivingOrg")?.valid ?? fc.constant({ input: null, options: undefined }), { numRuns: 30, seed: 5 }).map(({ input }) => input).find((input) => {
      const called = attempt(() => lib.resolveReceivingOrg(input as never));
      return called.kind === "returned" && JSON.stringify(called.value).includes('"within"');
    }) as never);
    const nestedExplained = lib.explain(nested);
    const nestedReplayed = JSON.stringify(lib.replay(nested));

    for (const name of lib.RULE_NAMES) vandalizeSchema(lib.RULES[name].outcome);
    vandalizeSchema(lib.RULE_OUTCOME_SCHEMAS.documentForAbsence);
    // What a stored decision's schema is built of: the worklist's items share its citation schema, and any decisionSchema() its steps.
    refuseEverything(lib.WorkItemSchema);
    refuseEverything(lib.decisionSchema(z.json()));
    expect(lib.explain(nested)).toBe(nestedExplained);
    expect(JSON.stringify(lib.replay(nested))).toBe(nestedReplayed);

    expect(attempt(() => lib.explain(edited)).kind).toBe("refused");
    expect(attempt(() => lib.replay(edited)).kind).toBe("refused");
    expect(lib.explain(decision)).toBe(explained);
    expect(JSON.stringify(lib.replay(decision))).toBe(replayed);
  });
});

/** What a parse said, as data: success, or each issue's code, path and message. */
function verdict(result: { readonly success: boolean; readonly error?: { readonly issues: readonly z.core.$ZodIssue[] } | undefined }): unknown {
  return result.success ? "valid" : result.error?.issues.map(({ code, path, message }) => ({ code, path, message }));
}

describe("a schema the library builds for the caller is the caller's own", () => {
  it("decisionSchema and overridableRuleOptionsSchema: neither what one caller writes into the schema it was given, nor into an exported part, changes the next", async () => {
    const lib = await freshLibrary();
    const decision = lib.resolveReceivingOrg(fc.sample(RULE_CASES.find(({ name }) => name === "resolveReceivingOrg")?.valid ?? fc.constant({ input: null, options: undefined }), { numRuns: 1, seed: 3 })[0]?.input as never);
    const badReading = { interpretations: { "Q1.six-month-boundary": "writtenByCaller" } };
    const verdicts = () => [
      lib.decisionSchema(z.json()).safeParse(decision).success,
      lib.decisionSchema(z.json()).safeParse({ ...decision, citations: [] }).success,
      lib.overridableRuleOptionsSchema(lib.DocumentForAbsenceOutcomeSchema).safeParse(badReading).success,
      lib.overridableRuleOptionsSchema(lib.DocumentForAbsenceOutcomeSchema).safeParse({}).success,
    ];
    const before = verdicts();
    expect(before).toEqual([true, false, false, true]);
    vandalizeSchema(lib.decisionSchema(z.json()));
    vandalizeSchema(lib.overridableRuleOptionsSchema(lib.DocumentForAbsenceOutcomeSchema));
    vandalizeSchema(lib.InterpretationChoicesSchema);
    vandalizeSchema(lib.NonBlankTextSchema);
    refuseEverything(lib.WorkItemSchema);
    expect(verdicts()).toEqual(before);
  });
});

describe("the library's own copy of a schema answers as the schema does", () => {
  for (const { name, valid } of RULE_CASES) {
    const declared = library.RULES[name as keyof Library["RULES"]];
    const ownInput = privateSchema(declared.input as z.ZodType)();
    const ownOptions = privateSchema(declared.options as z.ZodType)();
    test.prop([fc.oneof(valid, withInputBroken(valid))], { numRuns: 200 })(`${name}: the same verdict and issues for its input and its options`, ({ input, options }) => {
      const read = snapshotInput(input);
      expect(verdict(ownInput.safeParse(read))).toEqual(verdict(declared.input.safeParse(read)));
      const readOptions = snapshotInput(options ?? {});
      expect(verdict(ownOptions.safeParse(readOptions))).toEqual(verdict(declared.options.safeParse(readOptions)));
    });
  }
});

describe("writing into the other exported schemas changes nothing the functions that validate with them accept", () => {
  it("periods, readings, worklists, impact reports, and what is built of dates, ids and citations: the same answers and the same refusals", async () => {
    const lib = await freshLibrary();
    const calls: readonly (() => unknown)[] = [
      () => lib.periodLastDay("2024-08-31", { months: 6 }),
      () => lib.periodLastDay("2024-08-31", { months: 6 }, { missingDay: "first-day-of-next-month" }),
      () => lib.periodLastDay("2024-08-31", { weeks: 2 } as never),
      () => lib.comparePeriod("2024-08-31", "2025-02-28", { months: 6 }),
      () => lib.addCalendarMonths("2024-01-31", 1, { missingDay: "writtenByCaller" } as never),
      () => lib.chosenAlternative({ "Q2.month-measure": "thirty-day-months" }, "Q2.month-measure"),
      () => lib.chosenAlternative({ "Q2.month-measure": "writtenByCaller" } as never, "Q2.month-measure"),
    ];
    const analysis = lib.analyzeRoster(fc.sample(roster, { numRuns: 1, seed: 11 })[0] ?? [], { asOf: "2024-06-30", impact: true });
    await collect(analysis);
    const worklist = await analysis.worklist();
    const report = await analysis.impact();
    const merged = [
      () => lib.mergeWorklists(worklist, worklist),
      () => lib.mergeWorklists(worklist, { ...worklist, refused: -1 }),
      () => lib.mergeImpactReports(report, report),
      () => lib.mergeImpactReports(report, { ...report, members: -1 }),
    ];
    const schedule = lib.reportingSchedule({
      departure: "2024-03-01",
      backOn: null,
      document: "certificate-letter",
      departmentConcentrated: false,
      period: { from: "2024-01-01", before: "2025-01-01" },
      asOf: "2024-07-01",
      done: [],
    }).outcome.obligations;
    // Functions whose schemas are the module's own, built of exported leaves (a date, an id, a citation).
    const builtOfLeaves = [
      () => lib.scheduleToICalendar(schedule, { stampedOn: "2024-07-01" }),
      () => lib.scheduleToICalendar(schedule, { stampedOn: "2024-02-30" }),
      () => lib.assignmentOf({ liaisons: [{ liaison: "officer-1", members: ["member-1"] }] } as never),
      () => lib.assignmentOf({ liaisons: [{ liaison: " officer-1", members: ["member-1"] }] } as never),
      () => lib.stepText({ check: "place-fixed", citation: "2.1.1", result: true }, { rule: "documentForAbsence" }),
      () => lib.stepText({ check: "place-fixed", citation: "9.9.9" as never, result: true }, { rule: "documentForAbsence" }),
    ];
    const answers = () => [...calls, ...merged, ...builtOfLeaves].map((call) => answer(attempt(call)));
    const before = answers();
    expect(before.filter((a) => a.startsWith("refused")).length).toBeGreaterThanOrEqual(7);
    for (const schema of [lib.PeriodSchema, lib.PeriodOptionsSchema, lib.InterpretationChoicesSchema, lib.WorklistSchema, lib.ImpactReportSchema]) vandalizeSchema(schema);
    for (const leaf of [lib.CalendarDateSchema, lib.RuleDateSchema, lib.MemberIdSchema, lib.NonBlankTextSchema]) vandalizeSchema(leaf);
    expect(lib.PeriodSchema.safeParse({ weeks: 2 }).success).toBe(true);
    expect(answers()).toEqual(before);
  });
});
