import "server-only";
import { findInChunks } from "@/lib/data/chunks";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { dateEndKey } from "@/lib/dates";

export type EventRef = { slug: string; date: string; dateSort: string; kind: string; title: string; summary: string };

const eventSelect = { slug: true, date: true, dateSort: true, kind: true, title: true, summary: true } as const;

/** Events linked to any of the given subjects (type and slug), oldest first. */
async function eventsAboutUncached(subjects: { type: string; slug: string }[]): Promise<EventRef[]> {
  if (!subjects.length) return [];
  return getDb().event.findMany({
    where: { links: { some: { OR: subjects.map((s) => ({ subjectType: s.type, subjectSlug: s.slug })) } } },
    select: eventSelect,
    orderBy: [{ dateSort: "asc" }, { slug: "asc" }],
  });
}

const deadlineKinds = ["call-open", "call-close", "deadline", "selection"];

/**
 * Upcoming deadlines and calls that concern the given subjects or the whole
 * programme (events about a programme only), whose period has not ended by `today`.
 */
async function upcomingDeadlinesUncached(subjects: { type: string; slug: string }[], today: string): Promise<EventRef[]> {
  const db = getDb();
  // The events linked to any of the subjects, found per type in slices (a country at a
  // large scale has thousands of subjects: one OR over them all overflows the statement).
  const byType = new Map<string, string[]>();
  for (const s of subjects) byType.set(s.type, [...(byType.get(s.type) ?? []), s.slug]);
  const linked = (
    await Promise.all(
      [...byType].map(([type, slugs]) =>
        findInChunks(slugs, (slice) =>
          db.eventLink.findMany({
            where: { subjectType: type, subjectSlug: { in: slice }, event: { kind: { in: deadlineKinds } } },
            select: { eventSlug: true },
          }),
        ),
      ),
    )
  ).flat();
  const [about, programmeWide] = await Promise.all([
    findInChunks(
      linked.map((l) => l.eventSlug),
      (slice) => db.event.findMany({ where: { slug: { in: slice } }, select: eventSelect }),
    ),
    db.event.findMany({
      where: { kind: { in: deadlineKinds }, links: { every: { subjectType: "programme" } } },
      select: eventSelect,
    }),
  ]);
  const rows = [...new Map([...about, ...programmeWide].map((e) => [e.slug, e])).values()];
  rows.sort((a, b) => (a.dateSort < b.dateSort ? -1 : a.dateSort > b.dateSort ? 1 : a.slug < b.slug ? -1 : 1));
  return rows.filter((e) => dateEndKey(e.date) >= today);
}

/** Cached: see lib/data/cache.ts. */
export const eventsAbout = cached("events.eventsAbout", eventsAboutUncached);

/** Cached: see lib/data/cache.ts. */
export const upcomingDeadlines = cached("events.upcomingDeadlines", upcomingDeadlinesUncached);
