/**
 * The iCalendar export under hostile text: whatever an id, a duty's words or the calendar's
 * name hold, a standard reader (ical.js) finds one event per obligation and reads each text
 * back as it was given, or the export refuses the text and names where it is.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import ICAL from "ical.js";
import {
  ICALENDAR_PROPERTIES,
  ICALENDAR_UID_DOMAIN,
  SCHEDULE_PARTY_NAMES,
  reportingSchedule,
  scheduleToICalendar,
  type Obligation,
} from "mobile-member-rules";
import { expectInputIssue, expectRefusal } from "../support/expect-input.js";

const obligations = reportingSchedule({
  departure: "2024-08-31",
  backOn: "2025-10-31",
  document: "activity-card",
  departmentConcentrated: true,
  period: { from: "2024-08-01", before: "2026-01-01" },
  asOf: "2025-09-10",
  done: [
    { kind: "departure-briefing", on: "2024-08-25" },
    { kind: "member-report", on: "2025-03-10" },
  ],
}).outcome.obligations;

const FORGED_EVENT = "\r\nBEGIN:VEVENT\r\nSUMMARY:开除党籍\r\nEND:VEVENT";

/** Texts that have broken iCalendar writers: line breaks of every kind, the escaped characters, pairs and halves of pairs, long CJK across fold boundaries. */
const NASTY = [
  FORGED_EVENT,
  `x${FORGED_EVENT}\r\nBEGIN:VEVENT\r\nUID:forged`,
  "\r",
  "\n",
  "\r\n",
  "\n\r",
  "\r\r\n",
  ";",
  ",",
  "\\",
  "\\n",
  "\\\\;",
  ":",
  "\t",
  " ",
  "",
  "\u0000",
  "\u0008",
  "\u000b",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u2028",
  "\ufeff",
  "😀",
  "👨‍👩‍👧",
  "\ud800",
  "\udfff",
  "\ude00\ud83d",
  "党".repeat(200),
  `a${"党".repeat(200)}`,
  `ab${"党".repeat(200)}`,
  `abc${"党".repeat(200)}`,
  "😀".repeat(40),
  `a${"😀".repeat(40)}`,
  "é".repeat(80),
  "\\".repeat(80),
];

/** A lone half of a surrogate pair, which fast-check's "binary" unit never makes. */
const surrogateHalf = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any string: every code point, halves of pairs, the nasty texts, and mixtures of them all. */
const anyText = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), surrogateHalf) }),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary-ascii" }), fc.string({ unit: "grapheme" })), { maxLength: 6 }).map((parts) => parts.join("")),
);

/** What no text may hold (RFC 5545 CONTROL but TAB, CR and LF; a lone surrogate), and what no id may hold. */
const NOT_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;
const NOT_IN_ID = /[\u0000-\u001F\u007F]|\p{Cs}/u;

/** A text cleared of what is refused, so that most runs reach the round trip. */
const writableText = anyText.map((text) => text.replace(new RegExp(NOT_IN_TEXT.source, "gu"), ""));
const writableId = anyText.map((text) => text.replace(new RegExp(NOT_IN_ID.source, "gu"), ""));
const text = fc.oneof({ weight: 4, arbitrary: writableText }, { weight: 1, arbitrary: anyText });
const id = fc.oneof({ weight: 4, arbitrary: writableId }, { weight: 1, arbitrary: writableText }, { weight: 1, arbitrary: anyText });

const edited = fc.array(
  fc.record({ base: fc.constantFrom(...obligations), id, zh: text, en: text }).map(({ base, id, zh, en }): Obligation => ({ ...base, id, what: { zh, en } })),
  { minLength: 1, maxLength: 4 },
);

/** How a reader gets a written text back: every line break as one LF. */
const readAs = (written: string) => written.replace(/\r\n?/g, "\n");

const octets = (line: string) => new TextEncoder().encode(line).length;

/** The properties each event carries, in the order written. */
const EVENT_PROPERTIES = ["uid", "dtstamp", "dtstart", "dtend", "summary", "description", "categories"];
const DATA_PROPERTIES = [ICALENDAR_PROPERTIES.kind, ICALENDAR_PROPERTIES.clause, ICALENDAR_PROPERTIES.status].map((p) => p.toLowerCase());

/** RFC 5545 §3.3.11 TEXT after unfolding: only escaped backslash, semicolon, comma and newline; no control character but TAB. */
const RFC_TEXT = /^(?:[^\\;,\u0000-\u0008\u000A-\u001F\u007F]|\\[\\;,nN])*$/u;

/**
 * Checks the file as lines: CRLF only; none over 75 octets, yet folded as late as possible
 * (the next line's first character would not have fitted); no pair split by a fold; every
 * TEXT value well formed.
 */
function expectWellFormedLines(ics: string): void {
  expect(ics.endsWith("\r\n")).toBe(true);
  const physical = ics.slice(0, -2).split("\r\n");
  physical.forEach((line, i) => {
    expect(line).not.toMatch(/[\r\n]/);
    expect(octets(line)).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/\p{Cs}/u);
    const next = physical[i + 1];
    if (next?.startsWith(" ")) expect(octets(line) + octets(String.fromCodePoint(next.codePointAt(1) ?? 0))).toBeGreaterThan(75);
  });
  const logical = ics.replace(/\r\n /g, "").slice(0, -2).split("\r\n");
  for (const line of logical) {
    const text = /^(?:UID|SUMMARY|DESCRIPTION|X-WR-CALNAME):(.*)$/su.exec(line);
    if (text) expect(text[1]).toMatch(RFC_TEXT);
  }
}

/** The events as ical.js reads them, each with every property name it found. */
function readWithIcalJs(ics: string) {
  // Told that the calendar's name is TEXT, ical.js unescapes it as it does a summary.
  const calendar = new ICAL.Component(ICAL.parse(ics.replace("\r\nX-WR-CALNAME:", "\r\nX-WR-CALNAME;VALUE=TEXT:")));
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    calendarProperties: calendar.getAllProperties().map((p) => p.name),
    components: calendar.getAllSubcomponents().map((c) => c.name),
    events: calendar.getAllSubcomponents("vevent").map((event) => ({
      properties: event.getAllProperties().map((p) => p.name),
      uid: event.getFirstPropertyValue("uid"),
      summary: event.getFirstPropertyValue("summary"),
      description: event.getFirstPropertyValue("description"),
      due: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toString(),
      kind: event.getFirstPropertyValue(ICALENDAR_PROPERTIES.kind.toLowerCase()),
      clause: event.getFirstPropertyValue(ICALENDAR_PROPERTIES.clause.toLowerCase()),
      status: event.getFirstPropertyValue(ICALENDAR_PROPERTIES.status.toLowerCase()),
    })),
  };
}

/** The positions the export must refuse, in the order it reports them. */
function refusedPaths(list: readonly Obligation[]): (string | number)[][] {
  return list.flatMap((o, index) => [
    ...(NOT_IN_ID.test(o.id) ? [[index, "id"]] : []),
    ...(NOT_IN_TEXT.test(o.what.zh) ? [[index, "what", "zh"]] : []),
    ...(NOT_IN_TEXT.test(o.what.en) ? [[index, "what", "en"]] : []),
  ]);
}

describe("the iCalendar export under any text", () => {
  test.prop([edited, fc.option(text, { nil: undefined })], { numRuns: 300 })(
    "ical.js reads one event per obligation with every text intact, every line within 75 octets; what a file cannot hold is refused where it is",
    (list, name) => {
      const call = () => scheduleToICalendar(list, { stampedOn: "2025-03-15", name });
      const refused = refusedPaths(list);
      if (refused.length > 0) {
        const error = expectRefusal(call);
        expect(error.issues.map((i) => i.path)).toEqual(refused);
        for (const issue of error.issues) expect(issue.code).toBe("invalid-format");
        return;
      }
      if (name !== undefined && NOT_IN_TEXT.test(name)) {
        expect(expectRefusal(call).issues.map((i) => [i.path, i.code])).toEqual([[["name"], "invalid-format"]]);
        return;
      }
      const ics = call();
      expectWellFormedLines(ics);
      const read = readWithIcalJs(ics);
      expect(read.name).toBe(readAs(name ?? "流动党员管理日程"));
      expect(read.calendarProperties).toEqual(["version", "prodid", "calscale", "x-wr-calname"]);
      expect(read.components).toEqual(list.map(() => "vevent"));
      expect(read.events).toHaveLength(list.length);
      read.events.forEach((event, i) => {
        const o = list[i] as Obligation;
        const by = SCHEDULE_PARTY_NAMES[o.owedBy];
        const to = SCHEDULE_PARTY_NAMES[o.owedTo];
        expect(event.properties).toEqual([...EVENT_PROPERTIES, ...DATA_PROPERTIES, ...(o.metOn === null ? [] : [ICALENDAR_PROPERTIES.metOn.toLowerCase()])]);
        expect(event.uid).toBe(`${o.id}@${ICALENDAR_UID_DOMAIN}`);
        expect(event.summary).toBe(`${readAs(o.what.zh)}（${by.zh}）`);
        const description = String(event.description);
        expect(description.startsWith(`${by.zh} → ${to.zh}：${readAs(o.what.zh)}\n依据：`)).toBe(true);
        expect(description.endsWith(`\n${by.en} → ${to.en}: ${readAs(o.what.en)}`)).toBe(true);
        expect([event.due, event.kind, event.clause, event.status]).toEqual([o.due, o.kind, o.clause, o.status]);
      });
    },
  );
});

describe("the iCalendar export, by example", () => {
  const base = obligations[0] as Obligation;

  it("refuses a forged event in an id, and writes one in a duty or the name as text of one event", () => {
    expectInputIssue(() => scheduleToICalendar([base, { ...base, id: FORGED_EVENT }], { stampedOn: "2025-03-15" }), [1, "id"], "invalid-format");
    const forged = { ...base, what: { zh: FORGED_EVENT, en: FORGED_EVENT } };
    const ics = scheduleToICalendar([forged], { stampedOn: "2025-03-15", name: FORGED_EVENT });
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
    expect(ics).not.toMatch(/^SUMMARY:开除党籍/m);
    const read = readWithIcalJs(ics);
    expect(read.events).toHaveLength(1);
    expect(read.events[0]?.summary).toBe(`\nBEGIN:VEVENT\nSUMMARY:开除党籍\nEND:VEVENT（${SCHEDULE_PARTY_NAMES[base.owedBy].zh}）`);
    expect(read.name).toBe("\nBEGIN:VEVENT\nSUMMARY:开除党籍\nEND:VEVENT");
  });

  it("writes every line break as \\n, a lone CR included, and escapes the UID", () => {
    const ics = scheduleToICalendar([{ ...base, id: "a;b,c\\d", what: { zh: "一\r二\n三\r\n四", en: "" } }], { stampedOn: "2025-03-15" });
    expect(ics).toContain("\r\nUID:a\\;b\\,c\\\\d@mobile-member-rules\r\n");
    expect(ics).toContain("\r\nSUMMARY:一\\n二\\n三\\n四（");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(readWithIcalJs(ics).events[0]?.uid).toBe("a;b,c\\d@mobile-member-rules");
  });

  it("folds before a character that would pass 75 octets, never inside a pair", () => {
    // "SUMMARY:" is 8 octets; "a" makes 9, and 22 CJK characters make 75 exactly.
    const ics = scheduleToICalendar([{ ...base, what: { zh: `a${"党".repeat(30)}`, en: "" } }], { stampedOn: "2025-03-15" });
    const lines = ics.split("\r\n");
    const at = lines.findIndex((l) => l.startsWith("SUMMARY:"));
    expect(lines[at]).toBe(`SUMMARY:a${"党".repeat(22)}`);
    expect(lines[at + 1]).toBe(` ${"党".repeat(8)}（${SCHEDULE_PARTY_NAMES[base.owedBy].zh}）`);
    const emoji = scheduleToICalendar([], { stampedOn: "2025-03-15", name: `ab${"😀".repeat(20)}` }).split("\r\n");
    // "X-WR-CALNAME:ab" is 15 octets: 15 emoji make 75, the rest go on.
    expect(emoji[4]).toBe(`X-WR-CALNAME:ab${"😀".repeat(15)}`);
    expect(emoji[5]).toBe(` ${"😀".repeat(5)}`);
    const twoOctets = scheduleToICalendar([], { stampedOn: "2025-03-15", name: `a${"é".repeat(40)}` }).split("\r\n");
    // 14 octets, then 30 two-octet characters make 74: the next would make 76.
    expect(twoOctets[4]).toBe(`X-WR-CALNAME:a${"é".repeat(30)}`);
    expect(twoOctets[5]).toBe(` ${"é".repeat(10)}`);
  });

  it("counts the octets of each character at the edges of UTF-8's ranges", () => {
    // The last and first code points of each length: 1 octet up to U+007F, 2 up to U+07FF, 3 up to U+FFFF (past the surrogates), 4 beyond.
    for (const code of [0x7e, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x10ffff]) {
      for (const lead of ["", "a", "ab", "abc"]) {
        const name = `${lead}${String.fromCodePoint(code).repeat(40)}`;
        const ics = scheduleToICalendar([], { stampedOn: "2025-03-15", name });
        expectWellFormedLines(ics);
        expect(readWithIcalJs(ics).name).toBe(name);
      }
    }
  });

  it("keeps TAB and characters beyond ASCII that are not control characters", () => {
    const name = "\t\u0085\u2028\ufeff👨‍👩‍👧";
    expect(readWithIcalJs(scheduleToICalendar([], { stampedOn: "2025-03-15", name })).name).toBe(name);
  });

  it("refuses control characters and lone surrogates, naming the field, never quoting it", () => {
    const secret = "机密\u0007";
    const list = [base, { ...base, id: `${secret}\n` }, { ...base, what: { zh: "\ud800", en: secret } }];
    const error = expectRefusal(() => scheduleToICalendar(list, { stampedOn: "2025-03-15" }));
    expect(error.issues.map((i) => i.path)).toEqual([[1, "id"], [2, "what", "zh"], [2, "what", "en"]]);
    expect(error.message).not.toContain("机密");
    expectInputIssue(() => scheduleToICalendar(list, { stampedOn: "2025-03-15" }), [1, "id"], "invalid-format");
    expectInputIssue(() => scheduleToICalendar([{ ...base, id: "a\tb" }], { stampedOn: "2025-03-15" }), [0, "id"], "invalid-format");
    expectInputIssue(() => scheduleToICalendar([], { stampedOn: "2025-03-15", name: `${secret}\u007f` }), ["name"], "invalid-format");
    expect(expectRefusal(() => scheduleToICalendar([], { stampedOn: "2025-03-15", name: secret })).message).not.toContain("机密");
  });

  it("writes its words in the locale asked for, with each other language's line last; in Chinese by default", () => {
    const english = readWithIcalJs(scheduleToICalendar(obligations, { stampedOn: "2025-03-15", locale: "en" }));
    expect(english.name).toBe("Mobile Party member management schedule");
    expect(english.events).toHaveLength(obligations.length);
    english.events.forEach((event, i) => {
      const o = obligations[i] as Obligation;
      const by = SCHEDULE_PARTY_NAMES[o.owedBy];
      const to = SCHEDULE_PARTY_NAMES[o.owedTo];
      expect(event.summary).toBe(`${o.what.en} (${by.en})`);
      const description = String(event.description);
      expect(description.startsWith(`${by.en} → ${to.en}: ${o.what.en}\nGround: Opinion `)).toBe(true);
      expect(description).toContain(`(${o.clause})\nStatus: ${o.status}`);
      expect(description.endsWith(`\n${by.zh} → ${to.zh}：${o.what.zh}`)).toBe(true);
      expect([event.due, event.kind, event.clause, event.status]).toEqual([o.due, o.kind, o.clause, o.status]);
    });
    const lateReport = english.events.find((event) => event.uid === "member-report:2025-02-28@mobile-member-rules");
    expect(String(lateReport?.description)).toContain("\nStatus: met (2025-03-10, met late)\n");
    const chinese = readWithIcalJs(scheduleToICalendar(obligations, { stampedOn: "2025-03-15" }));
    expect(String(chinese.events.find((event) => event.uid === lateReport?.uid)?.description)).toContain("\n依据：《实施意见》二（二）4\n状态：已履行（2025-03-10，逾期履行）\n");
    expect(scheduleToICalendar(obligations, { stampedOn: "2025-03-15", locale: "zh-CN" })).toBe(scheduleToICalendar(obligations, { stampedOn: "2025-03-15" }));
    expectInputIssue(() => scheduleToICalendar(obligations, { stampedOn: "2025-03-15", locale: "fr" as never }), ["locale"], "invalid-value");
  });

  it("accepts a TAB and line breaks in a duty", () => {
    const ics = scheduleToICalendar([{ ...base, what: { zh: "a\tb", en: "c\rd" } }], { stampedOn: "2025-03-15" });
    const [event] = readWithIcalJs(ics).events;
    expect(event?.summary).toBe(`a\tb（${SCHEDULE_PARTY_NAMES[base.owedBy].zh}）`);
    expect(String(event?.description).endsWith(": c\nd")).toBe(true);
  });
});
