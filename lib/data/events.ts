import "server-only";
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
  const rows = await getDb().event.findMany({
    where: {
      kind: { in: deadlineKinds },
      OR: [
        ...(subjects.length
          ? [{ links: { some: { OR: subjects.map((s) => ({ subjectType: s.type, subjectSlug: s.slug })) } } }]
          : []),
        { links: { every: { subjectType: "programme" } } },
      ],
    },
    select: eventSelect,
    orderBy: [{ dateSort: "asc" }, { slug: "asc" }],
  });
  return rows.filter((e) => dateEndKey(e.date) >= today);
}

/** Cached: see lib/data/cache.ts. */
export const eventsAbout = cached("events.eventsAbout", eventsAboutUncached);

/** Cached: see lib/data/cache.ts. */
export const upcomingDeadlines = cached("events.upcomingDeadlines", upcomingDeadlinesUncached);
