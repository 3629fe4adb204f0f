// iCalendar (RFC 5545) feeds of the atlas's events. Dates are all-day events
// covering exactly the period the source gives (a day, a month, a quarter, a
// year), so no day is invented for a date known only to the month.
import { dateEndKey, dateSortKey, formatPartialDate, parsePartialDate } from "@/lib/dates";

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

/** A VCALENDAR with one all-day VEVENT per event; `stamp` is the DTSTAMP (UTC, YYYYMMDDTHHMMSSZ). */
export function buildCalendar(events: IcsEvent[], options: { name: string; stamp: string }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//AI Factories Atlas//Timeline//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escape(options.name)}`,
  ];
  for (const e of events) {
    const precise = parsePartialDate(e.date)?.precision === "day";
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${options.stamp}`,
      `DTSTART;VALUE=DATE:${compact(dateSortKey(e.date))}`,
      `DTEND;VALUE=DATE:${compact(dayAfter(dateEndKey(e.date)))}`,
      `SUMMARY:${escape(precise ? e.title : `${e.title} (${formatPartialDate(e.date)})`)}`,
      `DESCRIPTION:${escape(e.description)}`,
      `URL:${e.url}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
