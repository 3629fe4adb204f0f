import "server-only";
import { findInChunks } from "@/lib/data/chunks";
import { accessModes, applyInfo, type ApplyInfo } from "@/lib/data/records";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";
import { eventsAbout, type EventRef } from "@/lib/data/events";

export type AccessTrackView = {
  slug: string;
  name: string;
  useCase: string;
  responseTime: string;
  offeredBy: { type: "antenna" | "factory"; slug: string; name: string };
  sourceIds: string[];
};

const trackSelect = {
  slug: true,
  name: true,
  useCase: true,
  responseTime: true,
  position: true,
  antenna: { select: { slug: true, name: true } },
  factory: { select: { slug: true, name: true } },
} as const;

/** Access tracks offered by the given antennas or factories, in data order, with their sources. */
async function accessTracksForUncached(antennaSlugs: string[], factorySlugs: string[]): Promise<AccessTrackView[]> {
  const db = getDb();
  const [byAntenna, byFactory] = await Promise.all([
    findInChunks(antennaSlugs, (slugs) =>
      db.accessTrack.findMany({ where: { antennaSlug: { in: slugs } }, select: trackSelect }),
    ),
    findInChunks(factorySlugs, (slugs) =>
      db.accessTrack.findMany({ where: { factorySlug: { in: slugs } }, select: trackSelect }),
    ),
  ]);
  // In data order; a track belongs to one antenna or one factory, never to both.
  const tracks = [...byAntenna, ...byFactory].sort((a, b) => a.position - b.position);
  const refs = await findInChunks(
    tracks.map((t) => t.slug),
    (slugs) =>
      db.recordSource.findMany({
        where: { subjectType: "access-track", subjectSlug: { in: slugs } },
        select: { subjectSlug: true, sourceId: true },
      }),
  );
  const refsOf = claimsIndex(refs);
  return tracks.map((t) => ({
    slug: t.slug,
    name: t.name,
    useCase: t.useCase,
    responseTime: t.responseTime,
    offeredBy: t.antenna ? { type: "antenna", ...t.antenna } : { type: "factory", ...(t.factory ?? { slug: "", name: "" }) },
    sourceIds: refsOf("access-track", t.slug).map((r) => r.sourceId),
  }));
}

export type FactoryDetail = {
  slug: string;
  name: string;
  acronym: string | null;
  country: { code: string; name: string };
  wave: string;
  host: string;
  city: string;
  lat: number;
  lon: number;
  summary: string;
  /** When the record was last verified against its sources. */
  checked: string;
  apply: ApplyInfo;
  figures: FigureView[];
  partners: { code: string; name: string }[];
  systems: { slug: string; name: string; role: string; status: string }[];
  antennas: { slug: string; name: string; country: string; note: string | null }[];
  tracks: AccessTrackView[];
  events: EventRef[];
  sources: { id: string; title: string; publisher: string }[];
};

/** One AI Factory with its figures, partners, systems, antennas, access tracks, events and sources; null if unknown. */
async function getFactoryUncached(slug: string): Promise<FactoryDetail | null> {
  const db = getDb();
  const f = await db.factory.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      acronym: true,
      wave: true,
      host: true,
      city: true,
      lat: true,
      lon: true,
      summary: true,
      checked: true,
      website: true,
      accessUrl: true,
      linksSearched: true,
      country: { select: { code: true, name: true } },
      partners: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
      systems: { select: { role: true, system: { select: { slug: true, name: true, status: true } } } },
      antennas: { select: { note: true, antenna: { select: { slug: true, name: true, country: { select: { name: true } } } } } },
    },
  });
  if (!f) return null;
  const antennaSlugs = f.antennas.map((a) => a.antenna.slug);
  const [claims, refs, tracks, events, modes] = await Promise.all([
    db.claim.findMany({ where: { subjectType: "factory", subjectSlug: slug }, select: claimSelect, orderBy: { id: "asc" } }),
    db.recordSource.findMany({
      where: { subjectType: "factory", subjectSlug: slug },
      select: { source: { select: { id: true, title: true, publisher: true } } },
    }),
    accessTracksFor(antennaSlugs, [slug]),
    eventsAbout([{ type: "factory", slug }]),
    accessModes("factory"),
  ]);
  return {
    slug: f.slug,
    name: f.name,
    acronym: f.acronym,
    country: f.country,
    wave: f.wave,
    host: f.host,
    city: f.city,
    lat: f.lat,
    lon: f.lon,
    summary: f.summary,
    checked: f.checked,
    apply: applyInfo(f, modes[slug]),
    figures: figuresFromClaims(claims),
    partners: f.partners.map((p) => p.country),
    systems: f.systems.map((s) => ({ ...s.system, role: s.role })),
    antennas: f.antennas.map((a) => ({
      slug: a.antenna.slug,
      name: a.antenna.name,
      country: a.antenna.country.name,
      note: a.note,
    })),
    tracks,
    events,
    sources: refs.map((r) => r.source),
  };
}

export type AntennaDetail = {
  slug: string;
  name: string;
  country: { code: string; name: string; euMember: boolean };
  host: string | null;
  city: string | null;
  lat: number;
  lon: number;
  summary: string;
  /** When the record was last verified against its sources. */
  checked: string;
  apply: ApplyInfo;
  figures: FigureView[];
  factories: { slug: string; name: string; country: string; note: string | null }[];
  tracks: AccessTrackView[];
  events: EventRef[];
  sources: { id: string; title: string; publisher: string }[];
};

/** One Antenna with its linked factories, access tracks, figures, events and sources; null if unknown. */
async function getAntennaUncached(slug: string): Promise<AntennaDetail | null> {
  const db = getDb();
  const a = await db.antenna.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      host: true,
      city: true,
      lat: true,
      lon: true,
      summary: true,
      checked: true,
      website: true,
      accessUrl: true,
      linksSearched: true,
      country: { select: { code: true, name: true, euMember: true } },
      factories: { select: { note: true, factory: { select: { slug: true, name: true, country: { select: { name: true } } } } } },
    },
  });
  if (!a) return null;
  const [claims, refs, tracks, events, modes] = await Promise.all([
    db.claim.findMany({ where: { subjectType: "antenna", subjectSlug: slug }, select: claimSelect, orderBy: { id: "asc" } }),
    db.recordSource.findMany({
      where: { subjectType: "antenna", subjectSlug: slug },
      select: { source: { select: { id: true, title: true, publisher: true } } },
    }),
    accessTracksFor([slug], []),
    eventsAbout([{ type: "antenna", slug }]),
    accessModes("antenna"),
  ]);
  return {
    slug: a.slug,
    name: a.name,
    country: a.country,
    host: a.host,
    city: a.city,
    lat: a.lat,
    lon: a.lon,
    summary: a.summary,
    checked: a.checked,
    apply: applyInfo(a, modes[slug]),
    figures: figuresFromClaims(claims),
    factories: a.factories.map((l) => ({
      slug: l.factory.slug,
      name: l.factory.name,
      country: l.factory.country.name,
      note: l.note,
    })),
    tracks,
    events,
    sources: refs.map((r) => r.source),
  };
}

/** Cached: see lib/data/cache.ts. */
export const accessTracksFor = cached("factories.accessTracksFor", accessTracksForUncached);

/** Cached: see lib/data/cache.ts. */
export const getFactory = cached("factories.getFactory", getFactoryUncached);

/** Cached: see lib/data/cache.ts. */
export const getAntenna = cached("factories.getAntenna", getAntennaUncached);
