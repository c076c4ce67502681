/**
 * The reporting schedule as an iCalendar file (RFC 5545), so staff can load it into any
 * calendar program: one all-day event per obligation, on its due date.
 *
 * @module
 */
import { z } from "zod";
import {
  CalendarDateSchema,
  formatFromDayNumber,
  toDayNumber,
  type CalendarDate,
} from "../calendar/date.js";
import { OPINION_CLAUSES, type ClauseId } from "../clauses/opinion.js";
import { addBilingualIssue, readInput } from "../errors.js";
import { deepFreeze } from "../frozen.js";
import { LOCALES, bilingual, say, type Bilingual, type Locale } from "../locales/index.js";
import { ObligationSchema, type Obligation, type ObligationStatus, type ScheduleParty } from "./reporting-schedule.js";
import { privateSchema } from "../input/private-schema.js";

/** Options of {@link scheduleToICalendar}. */
export interface ICalendarOptions {
  /** The date the file is made, written as every event's DTSTAMP (RFC 5545 requires one; the library reads no clock). */
  readonly stampedOn: CalendarDate;
  /**
   * The calendar's name, shown by calendar programs. Default: the catalog's name of the
   * schedule in `locale` ("流动党员管理日程" in Chinese). Written as the texts of the events
   * are (see {@link scheduleToICalendar}).
   */
  readonly name?: string | undefined;
  /**
   * The language of the summaries and descriptions (a locale of `CATALOGS`). Default
   * `"zh-CN"`: the summary in Chinese, the description in Chinese with a line of who owes
   * what in each other language (English).
   */
  readonly locale?: Locale | undefined;
}

/** The suffix of every event's UID, so the events of this library are recognizable. */
export const ICALENDAR_UID_DOMAIN = "mobile-member-rules";

/** The names of the extension properties that carry each obligation's data. */
export const ICALENDAR_PROPERTIES: {
  /** The obligation's kind. */
  readonly kind: "X-MOBILE-MEMBER-RULES-KIND";
  /** The clause that sets it. */
  readonly clause: "X-MOBILE-MEMBER-RULES-CLAUSE";
  /** Met, pending or overdue. */
  readonly status: "X-MOBILE-MEMBER-RULES-STATUS";
  /** The date it was met, when it was. */
  readonly metOn: "X-MOBILE-MEMBER-RULES-MET-ON";
} = {
  kind: "X-MOBILE-MEMBER-RULES-KIND",
  clause: "X-MOBILE-MEMBER-RULES-CLAUSE",
  status: "X-MOBILE-MEMBER-RULES-STATUS",
  metOn: "X-MOBILE-MEMBER-RULES-MET-ON",
};

/**
 * What a text may not hold: the C0 control characters other than TAB, CR and LF, and DEL,
 * which RFC 5545's TEXT grammar leaves out (§3.1 CONTROL, §3.3.11); and a lone surrogate,
 * which has no UTF-8 form (a writer would put U+FFFD in its place).
 */
const NOT_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;

/**
 * What an id may not hold: every control character, line breaks and TAB included, and a lone
 * surrogate. The id is the event's UID, by which calendar programs match an event with the one
 * they hold, so it must be read back exactly as written: "a\r" and "a\n" must not become one UID.
 */
const NOT_IN_ID = /[\u0000-\u001F\u007F]|\p{Cs}/u;

const ObligationsSchema = z.array(ObligationSchema).check((ctx) => {
  ctx.value.forEach((o, index) => {
    if (NOT_IN_ID.test(o.id)) addBilingualIssue(ctx, { code: "invalid-format", path: [index, "id"], message: bilingual("error.ical-id-refused") });
    for (const language of ["zh", "en"] as const) {
      if (NOT_IN_TEXT.test(o.what[language])) {
        addBilingualIssue(ctx, { code: "invalid-format", path: [index, "what", language], message: bilingual("error.ical-text-refused") });
      }
    }
  });
});

const OptionsSchema = z.strictObject({
  stampedOn: CalendarDateSchema,
  name: z
    .string()
    .check((ctx) => {
      if (NOT_IN_TEXT.test(ctx.value)) addBilingualIssue(ctx, { code: "invalid-format", message: bilingual("error.ical-text-refused") });
    })
    .optional(),
  locale: z.enum(LOCALES as [Locale, ...Locale[]]).optional(),
});
// The library's own copy of OptionsSchema, which is built of exported schemas: a caller's writes into those do not reach it.
const ownOptionsSchema = privateSchema(OptionsSchema);


/** Which of an obligation's texts (`what`) each locale reads. */
const TEXT_OF: { readonly [L in Locale]: keyof Bilingual } = { "zh-CN": "zh", en: "en" };

/**
 * A TEXT value as RFC 5545 writes it (§3.3.11): backslash, semicolon and comma escaped, and
 * every line break (CRLF, a lone CR, a lone LF) written `\n`, so no value can end its line.
 */
function escapeText(text: string): string {
  // Backslash first, so the escapes added after it are not escaped again. Four passes with
  // fixed replacements are several times faster than one pass with `$&` or a callback.
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n?|\n/g, "\\n");
}

/** Every line break (CRLF, a lone CR, a lone LF) as one LF. */
function asLineFeeds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Folds a content line at 75 octets, never inside a UTF-8 character nor a surrogate pair
 * (RFC 5545 §3.1). Octets are counted from the UTF-16 code units, without encoding: the
 * texts were checked, so every surrogate met here starts a pair (4 octets).
 */
function fold(line: string): string {
  // Appending to one string measured twice as fast as collecting the pieces and joining them.
  let folded = "";
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code < 0xe000;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > limit) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 0;
      limit = 74; // a continuation line starts with one space
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return folded + line.slice(start);
}

function basicDate(date: CalendarDate): string {
  return date.replace(/-/g, "");
}

// The library's own copy of ObligationsSchema, which is built of exported schemas: a caller's writes into those do not reach it.
const ownObligationsSchema = privateSchema(ObligationsSchema);

/**
 * Writes obligations (from {@link reportingSchedule}) as an iCalendar file: one all-day
 * event per obligation on its due date, with its id as UID, the duty as the summary, who
 * owes it to whom, the clause and the status in the description, and the same data in
 * `X-MOBILE-MEMBER-RULES-*` properties for programs that read them back. The words are the
 * catalog's of `locale` (Chinese by default); the description ends with a line of who owes
 * what in each other language.
 *
 * Every text is written as RFC 5545 TEXT (§3.3.11), so no value can start a line, a
 * property or an event of its own: the id (in the UID), the duty in both languages (in
 * the summary and the description) and the calendar's name have backslash, semicolon and
 * comma escaped, and each line break — CRLF, a lone CR or a lone LF — written `\n`, which
 * a reader reads back as one LF. Nothing else is changed: a reader gets each text back
 * as given, line breaks as LF. Every other value is a date or one of the schema's fixed
 * words, refused otherwise. Lines are folded at 75 octets, never inside a character.
 *
 * What a calendar file cannot hold is refused, not dropped or replaced, so nothing is lost
 * without a word: control characters other than TAB and line breaks (RFC 5545 §3.1
 * CONTROL: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F) and lone surrogates
 * (which have no UTF-8 form) in a text; and in an id every control character, line breaks
 * and TAB included, because calendar programs match events by UID and an id must come
 * back exactly as written. The error names the field (`[2, "id"]`, `[0, "what", "zh"]`,
 * `["name"]`), never its text. The obligations the library makes never hold such a character.
 *
 * @param obligations - the obligations, for example `reportingSchedule(...).outcome.obligations`
 * @param options - the date the file is made (DTSTAMP), the calendar's name and the locale of its words
 * @returns the file's text, lines ending in CRLF
 * @throws {@link RuleInputError} for an invalid date, obligations not made by the library,
 *   an unknown locale, or a text holding a character a calendar file cannot hold (code `"invalid-format"`)
 *
 * @example
 * ```ts
 * const ics = scheduleToICalendar(schedule.outcome.obligations, { stampedOn: "2025-03-15" });
 * writeFileSync("schedule.ics", ics);
 * const english = scheduleToICalendar(schedule.outcome.obligations, { stampedOn: "2025-03-15", locale: "en" });
 * ```
 */
export function scheduleToICalendar(obligations: readonly Obligation[], options: ICalendarOptions): string {
  const valid = readInput("scheduleToICalendar", ownObligationsSchema(), obligations);
  const { stampedOn, locale = "zh-CN", name = say(locale, "ical.calendar-name") } = readInput(
    "scheduleToICalendar",
    ownOptionsSchema(),
    options,
  );
  const others = LOCALES.filter((other) => other !== locale);
  const stamp = `${basicDate(stampedOn)}T000000Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//mobile-member-rules//reporting schedule//ZH",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const o of valid) {
    const next = formatFromDayNumber(toDayNumber(o.due, ["due"]) + 1);
    // The duty's own line breaks become LF before it is joined to the lines around it, so a
    // CR at its end cannot pair with the LF that follows it and a line of the description vanish.
    const what = asLineFeeds(o.what[TEXT_OF[locale]]);
    const parties = { owedBy: o.owedBy, owedTo: o.owedTo };
    let description = say(locale, "ical.description", {
      what,
      ...parties,
      clause: o.clause,
      clauseLabel: OPINION_CLAUSES[o.clause].label,
      status: o.status,
      metOn: o.metOn,
      late: o.late,
    });
    for (const other of others) {
      description += `\n${say(other, "ical.description-line", { what: asLineFeeds(o.what[TEXT_OF[other]]), ...parties })}`;
    }
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(o.id)}@${ICALENDAR_UID_DOMAIN}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(o.due)}`,
      `DTEND;VALUE=DATE:${basicDate(next)}`,
      `SUMMARY:${escapeText(say(locale, "ical.summary", { what, owedBy: o.owedBy }))}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${o.kind}`,
      `${ICALENDAR_PROPERTIES.kind}:${o.kind}`,
      `${ICALENDAR_PROPERTIES.clause}:${o.clause}`,
      `${ICALENDAR_PROPERTIES.status}:${o.status}`,
      ...(o.metOn === null ? [] : [`${ICALENDAR_PROPERTIES.metOn}:${o.metOn}`]),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

// The exported table is frozen to the last leaf, as every table of the library is.
deepFreeze(ICALENDAR_PROPERTIES);

declare module "../locales/catalog.js" {
  interface Messages {
    /** The calendar's name, when none is given. */
    "ical.calendar-name": Record<never, never>;
    /** An event's summary: the duty and who owes it. */
    "ical.summary": { readonly what: string; readonly owedBy: ScheduleParty };
    /** An event's description: who owes what to whom, the clause, the status. */
    "ical.description": {
      readonly what: string;
      readonly owedBy: ScheduleParty;
      readonly owedTo: ScheduleParty;
      readonly clause: ClauseId;
      /** The clause's label in the opinion, 二（一）2 say. */
      readonly clauseLabel: string;
      readonly status: ObligationStatus;
      readonly metOn: string | null;
      readonly late: boolean;
    };
    /** The description's line in each other language: who owes what to whom. */
    "ical.description-line": { readonly what: string; readonly owedBy: ScheduleParty; readonly owedTo: ScheduleParty };
    /** A text holds a character a calendar file cannot hold. */
    "error.ical-text-refused": Record<never, never>;
    /** An id holds a character an event's UID cannot hold. */
    "error.ical-id-refused": Record<never, never>;
  }
}
