// Partial dates: the atlas records a date only as precisely as its source
// gives it (a year, a quarter, a month or a day) and never invents the rest.

export type DatePrecision = "year" | "quarter" | "month" | "day";

export type PartialDate = {
  year: number;
  quarter?: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
};

const pattern = /^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/;

/** English month names, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Parses YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD; null when the text is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, quarter: Number(m[2]), precision: "quarter" };
  if (!m[3]) return { year, precision: "year" };
  const month = Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (!m[4]) return { year, month, precision: "month" };
  const day = Number(m[4]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, precision: "day" };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The first day the partial date covers, as YYYY-MM-DD: a sortable key. */
export function dateSortKey(text: string): string {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`Not a date: ${text}`);
  const month = d.month ?? (d.quarter ? (d.quarter - 1) * 3 + 1 : 1);
  return `${d.year}-${pad(month)}-${pad(d.day ?? 1)}`;
}

/** The last day the partial date covers, as YYYY-MM-DD: "2026-Q4" ends on 2026-12-31. */
export function dateEndKey(text: string): string {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`Not a date: ${text}`);
  const lastMonth = d.month ?? (d.quarter ? d.quarter * 3 : 12);
  const lastDay = d.day ?? new Date(Date.UTC(d.year, lastMonth, 0)).getUTCDate();
  return `${d.year}-${pad(lastMonth)}-${pad(lastDay)}`;
}

/** Human form at the date's own precision: "10 December 2024", "March 2025", "Q4 2026", "2029". */
export function formatPartialDate(text: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  if (d.precision === "year") return String(d.year);
  if (d.precision === "quarter") return `Q${d.quarter} ${d.year}`;
  const month = MONTHS[(d.month ?? 1) - 1];
  if (d.precision === "month") return `${month} ${d.year}`;
  return `${d.day} ${month} ${d.year}`;
}
