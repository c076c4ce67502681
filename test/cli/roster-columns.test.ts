/**
 * The columns of a roster kept as a table: a header of dotted paths into the member's
 * record, and cells read by the schema at each path.
 */
import { describe, expect, it } from "vitest";
import { columnLetter, parseColumnPath, readHeader, type RosterColumns } from "../../src/cli/roster-columns.js";

function columns(...names: string[]): RosterColumns {
  const header = readHeader(names);
  if (!header.ok) throw new Error(`header refused: ${JSON.stringify(header.problems)}`);
  return header.columns;
}

describe("column letters", () => {
  it("name columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("a header", () => {
  it("parses dotted paths, digits indexing lists", () => {
    expect(parseColumnPath("appraisal.reports.0")).toEqual(["appraisal", "reports", 0]);
    expect(parseColumnPath("absence.departure")).toEqual(["absence", "departure"]);
  });

  it("takes every field of the record, down into its blocks and the forms of a union", () => {
    const header = readHeader([
      "id",
      "branch",
      "committee",
      "role",
      "liaison",
      "documentIssuedOn",
      "absence.departure",
      "absence.expectedReturn",
      "absence.placeFixed",
      "absence.placeKnown",
      "schedule.period.from",
      "schedule.period.before",
      "schedule.done",
      "situation.category",
      "situation.since",
      "situation.workUnit.unitHasPartyOrg",
      "situation.destination.cannotReceive.reason",
      "appraisal.months",
      "appraisal.reports.0",
      "appraisal.reports.1",
      "management.employment",
    ]);
    expect(header.ok).toBe(true);
  });

  it("refuses an unknown column once, by its column, with the nearest name when one is close", () => {
    const header = readHeader(["id", "branch", "absense.departure", "colour"]);
    expect(header.ok).toBe(false);
    if (header.ok) return;
    expect(header.problems).toEqual([
      { column: 2, kind: "unknown", near: "absence.departure" },
      { column: 3, kind: "unknown" },
    ]);
  });

  it("refuses a path into a field that is not an object or a list, or an index into an object", () => {
    for (const name of ["id.x", "absence.0", "appraisal.reports.x", "__proto__", "constructor", "absence.departure.year"]) {
      expect(readHeader(["id", name]).ok, name).toBe(false);
    }
  });

  it("refuses a column named twice, and a column inside another's field", () => {
    const twice = readHeader(["id", "branch", "id"]);
    expect(twice.ok ? [] : twice.problems).toEqual([{ column: 2, kind: "duplicate", other: 0 }]);
    const inside = readHeader(["id", "appraisal.reports", "appraisal.reports.0"]);
    expect(inside.ok ? [] : inside.problems).toEqual([{ column: 2, kind: "inside", other: 1 }]);
    const around = readHeader(["id", "absence.departure", "absence"]);
    expect(around.ok ? [] : around.problems).toEqual([{ column: 2, kind: "inside", other: 1 }]);
  });

  it("passes over columns with no name, and trims names", () => {
    const reading = columns(" id ", "", "branch").read(["m1", "", "第一支部"]);
    expect(reading).toEqual({ kind: "record", record: { id: "m1", branch: "第一支部" } });
  });
});

describe("a row", () => {
  const table = columns(
    "id",
    "branch",
    "documentIssuedOn",
    "absence.departure",
    "absence.expectedReturn",
    "absence.placeFixed",
    "appraisal.reports.0",
    "appraisal.reports.1",
    "schedule.done",
  );

  it("reads booleans as true/false or 是/否, and leaves an empty cell out", () => {
    expect(table.read(["m1", "一支部", "", "2024-03-10", "2024-09-09", "是"])).toEqual({
      kind: "record",
      record: { id: "m1", branch: "一支部", absence: { departure: "2024-03-10", expectedReturn: "2024-09-09", placeFixed: true } },
    });
    expect(table.read(["m1", "一支部", "", "2024-03-10", "open-ended", "FALSE"])).toMatchObject({ record: { absence: { expectedReturn: "open-ended", placeFixed: false } } });
    expect(table.read(["m1", "一支部", "", "2024-03-10", "", "否"])).toMatchObject({ record: { absence: { placeFixed: false } } });
  });

  it("makes an empty cell null where the field is nullable and not optional, and only in a block that holds something", () => {
    const reading = table.read(["m1", "一支部", "", "2024-03-10", "", "true"]);
    expect(reading).toMatchObject({ record: { absence: { expectedReturn: null } } });
    // documentIssuedOn is nullable and optional: left out.
    expect(reading.kind === "record" && "documentIssuedOn" in reading.record).toBe(false);
    // No absence at all: the block is left out, not filled with nulls.
    expect(table.read(["m1", "一支部"])).toEqual({ kind: "record", record: { id: "m1", branch: "一支部" } });
  });

  it("fills a list from its indexed columns, in order, and reads a JSON cell", () => {
    expect(table.read(["m1", "b", "", "", "", "", "2024-05-20", "2024-11-18", '[{"kind":"member-report","on":"2024-06-01"}]'])).toEqual({
      kind: "record",
      record: { id: "m1", branch: "b", appraisal: { reports: ["2024-05-20", "2024-11-18"] }, schedule: { done: [{ kind: "member-report", on: "2024-06-01" }] } },
    });
    expect(table.read(["m1", "b", "", "", "", "", "", "2024-11-18"])).toMatchObject({ record: { appraisal: { reports: ["2024-11-18"] } } });
  });

  it("refuses a boolean it cannot read, a malformed JSON cell, and a cell past the header, naming only the column", () => {
    const reading = table.read(["m1", "b", "", "2024-03-10", "", "maybe-SECRET", "", "", "[oops-SECRET", "extra-SECRET"]);
    expect(reading).toEqual({
      kind: "bad",
      problems: [
        { column: 5, code: "wrong-type", expected: "boolean" },
        { column: 8, code: "invalid-format", expected: "json" },
        { column: 9, code: "unknown-field", expected: "nothing" },
      ],
    });
    expect(JSON.stringify(reading)).not.toContain("SECRET");
  });

  it("calls a row of empty cells blank", () => {
    expect(table.read(["", " ", ""])).toEqual({ kind: "blank" });
    expect(table.read([])).toEqual({ kind: "blank" });
  });

  it("reads text as it is: an impossible date or an unknown word is for the analysis to refuse", () => {
    expect(table.read(["m1", "b", "2024-02-30"])).toMatchObject({ record: { documentIssuedOn: "2024-02-30" } });
  });
});

describe("a union's forms", () => {
  const table = columns(
    "id",
    "branch",
    "situation.category",
    "situation.since",
    "situation.placementRegisteredOn",
    "situation.asOf",
    "situation.workUnit.unitHasPartyOrg",
    "situation.departmentHasMobileMemberOrg",
    "situation.retired",
  );

  it("fills null only for the fields of the form the category names", () => {
    expect(table.read(["m1", "b", "graduate", "2024-06-30", "", "2024-11-30", "", "否"])).toEqual({
      kind: "record",
      record: {
        id: "m1",
        branch: "b",
        situation: { category: "graduate", since: "2024-06-30", placementRegisteredOn: null, asOf: "2024-11-30", workUnit: null, departmentHasMobileMemberOrg: false },
      },
    });
    expect(table.read(["m1", "b", "socialized-retiree", "", "", "", "", "是"])).toEqual({
      kind: "record",
      record: { id: "m1", branch: "b", situation: { category: "socialized-retiree", departmentHasMobileMemberOrg: true } },
    });
  });
});

describe("locating a record's path", () => {
  const table = columns("id", "branch", "absence.departure", "absence.placeFixed", "appraisal.months", "situation.category", "situation.asOf");

  it("gives the column of the field, the JSON column that holds it, or the columns of a block", () => {
    expect(table.locate(["absence", "departure"])).toEqual([2]);
    expect(table.locate(["appraisal", "months", 3, "duesPaid"])).toEqual([4]);
    expect(table.locate(["situation"])).toEqual([5, 6]);
    expect(table.locate(["management", "employment"])).toEqual([]);
    expect(table.locate([])).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
