// iCalendar (RFC 5545) feeds of the atlas's events. Only dates known to the
// day become events (one all-day VEVENT each). A date known only to the month,
// quarter or year is not turned into a month-, quarter- or year-long event: it
// is listed, undated, in the calendar's description (X-WR-CALDESC) instead.
import { formatPartialDate, parsePartialDate } from "@/lib/dates";

export type IcsEvent = { uid: string; date: string; title: string; description: string; url: string };

const escape = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Folds a content line at 75 octets, as RFC 5545 §3.1 requires, without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1; // not inside a character
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74; // continuation lines start with a space
  }
  return parts.join("\r\n ");
}

const compact = (ymd: string) => ymd.replace(/-/g, "");

function dayAfter(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether a date is known to the day, and so becomes an event in a feed. */
export const isDayDate = (date: string) => parsePartialDate(date)?.precision === "day";

/** How the feeds treat imprecise dates, in words; used in each feed's description and on /api. */
export const imprecisePolicy =
  "Only dates known to the day are events in this calendar. Dates known only to the month, quarter or year are not turned into long all-day events; they are listed here, undated, with the period the source gives.";

/** A VCALENDAR with one all-day VEVENT per day-precise event; the others are listed in X-WR-CALDESC. `stamp` is the DTSTAMP (UTC, YYYYMMDDTHHMMSSZ). */
export function buildCalendar(events: IcsEvent[], options: { name: string; stamp: string }): string {
  const dated = events.filter((e) => isDayDate(e.date));
  const undated = events.filter((e) => !isDayDate(e.date));
  const desc = [
    imprecisePolicy,
    undated.length
      ? `Not dated to the day: ${undated.map((e) => `${e.title} (${formatPartialDate(e.date)})`).join("; ")}.`
      : "Every date in this feed is known to the day.",
  ].join("\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//AI Factories Atlas//Timeline//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escape(options.name)}`,
    `X-WR-CALDESC:${escape(desc)}`,
  ];
  for (const e of dated) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${options.stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(dayAfter(e.date))}`,
      `SUMMARY:${escape(e.title)}`,
      `DESCRIPTION:${escape(e.description)}`,
      `URL:${e.url}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
