import "server-only";
import { claimsIndex } from "@/lib/data/claims";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { compareByPeriod } from "@/lib/timeline";

export type TimelineSubject = { type: string; slug: string; name: string; href: string | null; countryCode: string | null };

export type TimelineEvent = {
  slug: string;
  date: string;
  dateSort: string;
  kind: string;
  title: string;
  summary: string;
  supersedes: string | null;
  supersededBy: string | null;
  about: TimelineSubject[];
  /** Countries the event concerns: linked directly or through a factory, antenna or system. */
  countries: string[];
  sources: { id: string; publisher: string }[];
};

const hrefOf = (type: string, slug: string): string | null =>
  ({
    factory: `/factories/${slug}`,
    antenna: `/antennas/${slug}`,
    system: `/systems/${slug}`,
    country: `/countries/${slug.toLowerCase()}`,
    project: `/models#${slug}`,
    programme: `/funding#${slug}`,
  })[type] ?? null;

/** Every event in timeline order (see compareByPeriod), with what it is about, the countries it concerns and its sources. */
async function listTimelineUncached(): Promise<TimelineEvent[]> {
  const db = getDb();
  const [events, refs, factories, antennas, systems, countries, programmes, projects] = await Promise.all([
    db.event.findMany({
      select: {
        slug: true,
        date: true,
        dateSort: true,
        kind: true,
        title: true,
        summary: true,
        supersedes: true,
        links: { select: { subjectType: true, subjectSlug: true } },
      },
      orderBy: [{ dateSort: "asc" }, { slug: "asc" }],
    }),
    db.recordSource.findMany({
      where: { subjectType: "event" },
      select: { subjectSlug: true, source: { select: { id: true, publisher: true } } },
    }),
    db.factory.findMany({ select: { slug: true, name: true, countryCode: true } }),
    db.antenna.findMany({ select: { slug: true, name: true, countryCode: true } }),
    db.system.findMany({ select: { slug: true, name: true, countryCode: true } }),
    db.country.findMany({ select: { code: true, name: true } }),
    db.programme.findMany({ select: { slug: true, name: true } }),
    db.modelProject.findMany({ select: { slug: true, name: true, countryCode: true } }),
  ]);
  const subjects = new Map<string, { name: string; countryCode: string | null }>([
    ...factories.map((f) => [`factory:${f.slug}`, { name: f.name, countryCode: f.countryCode }] as const),
    ...antennas.map((a) => [`antenna:${a.slug}`, { name: a.name, countryCode: a.countryCode }] as const),
    ...systems.map((s) => [`system:${s.slug}`, { name: s.name, countryCode: s.countryCode }] as const),
    ...countries.map((c) => [`country:${c.code}`, { name: c.name, countryCode: c.code }] as const),
    ...programmes.map((p) => [`programme:${p.slug}`, { name: p.name, countryCode: null }] as const),
    ...projects.map((p) => [`project:${p.slug}`, { name: p.name, countryCode: p.countryCode }] as const),
  ]);
  const supersededBy = new Map(events.filter((e) => e.supersedes).map((e) => [e.supersedes as string, e.slug]));
  const refsOf = claimsIndex(refs);
  return events.sort(compareByPeriod).map((e) => {
    const about = e.links.map((l) => {
      const s = subjects.get(`${l.subjectType}:${l.subjectSlug}`);
      return {
        type: l.subjectType,
        slug: l.subjectSlug,
        name: s?.name ?? l.subjectSlug,
        href: hrefOf(l.subjectType, l.subjectSlug),
        countryCode: s?.countryCode ?? null,
      };
    });
    return {
      slug: e.slug,
      date: e.date,
      dateSort: e.dateSort,
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      supersedes: e.supersedes,
      supersededBy: supersededBy.get(e.slug) ?? null,
      about,
      countries: [...new Set(about.flatMap((a) => (a.countryCode ? [a.countryCode] : [])))],
      sources: refsOf("event", e.slug).map((r) => r.source),
    };
  });
}

export type Span = { slug: string; name: string; kind: string; start: string; end: string };

/** Programmes that run over years (with a start and an end), for the timeline's spans. */
async function listSpansUncached(): Promise<Span[]> {
  const rows = await getDb().programme.findMany({
    where: { startDate: { not: null }, endDate: { not: null } },
    select: { slug: true, name: true, kind: true, startDate: true, endDate: true },
    orderBy: [{ startDate: "asc" }, { slug: "asc" }],
  });
  return rows.flatMap((r) =>
    r.startDate && r.endDate ? [{ slug: r.slug, name: r.name, kind: r.kind, start: r.startDate, end: r.endDate }] : [],
  );
}

/** Cached: see lib/data/cache.ts. */
export const listTimeline = cached("timeline.listTimeline", listTimelineUncached);

/** Cached: see lib/data/cache.ts. */
export const listSpans = cached("timeline.listSpans", listSpansUncached);
