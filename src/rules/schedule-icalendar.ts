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
import { citationLabel } from "../clauses/citation.js";
import { readInput } from "../errors.js";
import { ObligationSchema, SCHEDULE_PARTY_NAMES, type Obligation } from "./reporting-schedule.js";

/** Options of {@link scheduleToICalendar}. */
export interface ICalendarOptions {
  /** The date the file is made, written as every event's DTSTAMP (RFC 5545 requires one; the library reads no clock). */
  readonly stampedOn: CalendarDate;
  /** The calendar's name, shown by calendar programs. Default "流动党员管理日程". */
  readonly name?: string | undefined;
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

const OptionsSchema = z.strictObject({ stampedOn: CalendarDateSchema, name: z.string().optional() });

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with one space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function basicDate(date: CalendarDate): string {
  return date.replace(/-/g, "");
}

/**
 * Writes obligations (from {@link reportingSchedule}) as an iCalendar file: one all-day
 * event per obligation on its due date, with its id as UID, the duty in Chinese as the
 * summary, who owes it to whom, the clause and the status in the description, and the
 * same data in `X-MOBILE-MEMBER-RULES-*` properties for programs that read them back.
 *
 * @param obligations - the obligations, for example `reportingSchedule(...).outcome.obligations`
 * @param options - the date the file is made (DTSTAMP) and the calendar's name
 * @returns the file's text, lines ending in CRLF
 * @throws {@link RuleInputError} for an invalid date or obligations not made by the library
 *
 * @example
 * ```ts
 * const ics = scheduleToICalendar(schedule.outcome.obligations, { stampedOn: "2025-03-15" });
 * writeFileSync("schedule.ics", ics);
 * ```
 */
export function scheduleToICalendar(obligations: readonly Obligation[], options: ICalendarOptions): string {
  const valid = readInput("scheduleToICalendar", z.array(ObligationSchema), obligations);
  const { stampedOn, name = "流动党员管理日程" } = readInput("scheduleToICalendar", OptionsSchema, options);
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
    const by = SCHEDULE_PARTY_NAMES[o.owedBy];
    const to = SCHEDULE_PARTY_NAMES[o.owedTo];
    const status = { met: "已履行", pending: "未到期", overdue: "逾期" }[o.status];
    const description =
      `${by.zh} → ${to.zh}：${o.what.zh}\n依据：${citationLabel(o.clause)}\n状态：${status}` +
      (o.metOn === null ? "" : `（${o.metOn}${o.late ? "，逾期履行" : ""}）`) +
      `\n${by.en} → ${to.en}: ${o.what.en}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${o.id}@${ICALENDAR_UID_DOMAIN}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(o.due)}`,
      `DTEND;VALUE=DATE:${basicDate(next)}`,
      `SUMMARY:${escapeText(`${o.what.zh}（${by.zh}）`)}`,
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
