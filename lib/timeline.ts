// Past, current and upcoming, computed from today's date when a page is
// served, for dates known only as precisely as their sources give them.
import { dateEndKey, dateSortKey } from "@/lib/dates";

export type Phase = "past" | "current" | "upcoming";

/** "past" if the whole period the date covers is before `today`, "upcoming" if it starts after, else "current". */
export function phaseOf(date: string, today: string): Phase {
  if (dateEndKey(date) < today) return "past";
  if (dateSortKey(date) > today) return "upcoming";
  return "current";
}

const DAY = 86_400_000;
const utc = (ymd: string) => Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)));

/** Whole days from `today` to the first day the date covers (negative if it has begun). */
export function daysUntil(date: string, today: string): number {
  return Math.round((utc(dateSortKey(date)) - utc(today)) / DAY);
}

/** "today", "tomorrow", "in 12 days", "in about 5 months", "in about 2 years"; "now" for a period under way. */
export function timeLeft(date: string, today: string): string {
  if (phaseOf(date, today) === "current") return dateSortKey(date) === today ? "today" : "under way now";
  const days = daysUntil(date, today);
  if (days < 0) return "passed";
  if (days === 1) return "tomorrow";
  if (days < 60) return `in ${days} days`;
  if (days < 730) return `in about ${Math.round(days / 30.44)} months`;
  return `in about ${Math.round(days / 365.25)} years`;
}

/**
 * Index in a date-ordered list where the today marker goes: oldest first, before the first
 * event that is not past; newest first, before the first past event.
 */
export function todayIndex(dates: string[], today: string, order: "asc" | "desc" = "asc"): number {
  const i = dates.findIndex((d) => (phaseOf(d, today) === "past") === (order === "desc"));
  return i === -1 ? dates.length : i;
}

/**
 * Timeline order: by the last day a date covers, then the narrower period, so an event known
 * only to the year or quarter comes after the precise dates within that period
 * ("2026, month not known" after December 2026), and all past events come before
 * every event that is not past.
 */
export function compareByPeriod(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return (
    dateEndKey(a.date).localeCompare(dateEndKey(b.date)) ||
    dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || // the narrower period first
    a.slug.localeCompare(b.slug)
  );
}
