import "server-only";
import { findInChunks } from "@/lib/data/chunks";
import { accessModes, applyInfo, type ApplyInfo } from "@/lib/data/records";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { upcomingDeadlines, type EventRef } from "@/lib/data/events";
import { accessTracksFor, type AccessTrackView } from "@/lib/data/factories";
import { nearest } from "@/lib/geo";

export type CountrySummary = {
  code: string;
  name: string;
  euMember: boolean;
  eurohpc: boolean | null;
  factories: number;
  antennas: number;
  systems: number;
  partnerOf: number;
};

/** Every country in the data with what it hosts, EU Member States first, then by name. */
async function listCountriesUncached(): Promise<CountrySummary[]> {
  const rows = await getDb().country.findMany({
    select: {
      code: true,
      name: true,
      euMember: true,
      eurohpcMember: true,
      _count: { select: { factories: true, antennas: true, systems: true, partnerships: true } },
    },
    orderBy: { name: "asc" },
  });
  return rows
    .map((r) => ({
      code: r.code,
      name: r.name,
      euMember: r.euMember,
      eurohpc: r.eurohpcMember,
      factories: r._count.factories,
      antennas: r._count.antennas,
      systems: r._count.systems,
      partnerOf: r._count.partnerships,
    }))
    .sort((a, b) => Number(b.euMember) - Number(a.euMember) || a.name.localeCompare(b.name));
}

type Ref = { slug: string; name: string };
type Place = Ref & { country: string; city: string | null };

export type ServedBy = { factory: Ref & { country: string }; how: "own" | "antenna" | "partner"; via: Ref | null };

export type ApplyPlace = {
  type: "factory" | "antenna";
  slug: string;
  name: string;
  country: string;
  /** Why it applies to this country: hosted here, or how it serves the country. */
  why: "hosted" | "antenna-link" | "partner";
  via: Ref | null;
  apply: ApplyInfo;
};

export type CountryProfile = {
  code: string;
  name: string;
  euMember: boolean;
  eurohpc: boolean | null;
  eurohpcNote: string | null;
  capital: string;
  lat: number;
  lon: number;
  factories: (Ref & { wave: string; city: string; lat: number; lon: number; systems: Ref[] })[];
  antennas: (Ref & { city: string | null; lat: number; lon: number; factories: (Ref & { country: string })[] })[];
  systems: (Ref & { city: string; status: string })[];
  partnerIn: (Ref & { country: string })[];
  servedBy: ServedBy[];
  tracks: AccessTrackView[];
  /** Where a researcher in this country applies: its own factories and antennas first, then the factories that serve it. */
  applyAt: ApplyPlace[];
  deadlines: EventRef[];
  checked: string;
  /** For a country with neither a factory nor an antenna: the nearest ones from its capital. */
  nearest: { factories: (Place & { distanceKm: number })[]; antennas: (Place & { distanceKm: number })[] } | null;
  sources: { id: string; title: string; publisher: string }[];
};

/** What a country hosts, which factories serve it and how, its access tracks and deadlines; null if not in the data. */
async function getCountryProfileUncached(code: string, today: string): Promise<CountryProfile | null> {
  const db = getDb();
  const c = await db.country.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      euMember: true,
      eurohpcMember: true,
      eurohpcNote: true,
      capital: true,
      lat: true,
      lon: true,
      checked: true,
      factories: {
        select: {
          slug: true,
          name: true,
          wave: true,
          city: true,
          lat: true,
          lon: true,
          systems: { select: { system: { select: { slug: true, name: true } } } },
        },
        orderBy: { name: "asc" },
      },
      antennas: {
        select: {
          slug: true,
          name: true,
          city: true,
          lat: true,
          lon: true,
          factories: { select: { factory: { select: { slug: true, name: true, country: { select: { name: true } } } } } },
        },
        orderBy: { name: "asc" },
      },
      systems: { select: { slug: true, name: true, city: true, status: true }, orderBy: { name: "asc" } },
      partnerships: { select: { factory: { select: { slug: true, name: true, country: { select: { name: true } } } } } },
    },
  });
  if (!c) return null;

  const factories = c.factories.map((f) => ({
    slug: f.slug,
    name: f.name,
    wave: f.wave,
    city: f.city,
    lat: f.lat,
    lon: f.lon,
    systems: f.systems.map((s) => s.system),
  }));
  const antennas = c.antennas.map((a) => ({
    slug: a.slug,
    name: a.name,
    city: a.city,
    lat: a.lat,
    lon: a.lon,
    factories: a.factories.map((l) => ({ slug: l.factory.slug, name: l.factory.name, country: l.factory.country.name })),
  }));
  const partnerIn = c.partnerships.map((p) => ({ slug: p.factory.slug, name: p.factory.name, country: p.factory.country.name }));

  const servedBy: ServedBy[] = [
    ...factories.map((f) => ({ factory: { slug: f.slug, name: f.name, country: c.name }, how: "own" as const, via: null })),
    ...antennas.flatMap((a) =>
      a.factories.map((f) => ({ factory: f, how: "antenna" as const, via: { slug: a.slug, name: a.name } })),
    ),
    ...partnerIn.map((f) => ({ factory: f, how: "partner" as const, via: null })),
  ];

  const subjects = [
    { type: "country", slug: c.code },
    ...factories.map((f) => ({ type: "factory", slug: f.slug })),
    ...antennas.map((a) => ({ type: "antenna", slug: a.slug })),
    ...servedBy.map((s) => ({ type: "factory", slug: s.factory.slug })),
  ];

  const [tracks, deadlines, refs, near, links, factoryModes, antennaModes] = await Promise.all([
    accessTracksFor(
      antennas.map((a) => a.slug),
      servedBy.map((s) => s.factory.slug),
    ),
    upcomingDeadlines(subjects, today),
    db.recordSource.findMany({
      where: { subjectType: "country", subjectSlug: c.code },
      select: { source: { select: { id: true, title: true, publisher: true } } },
    }),
    factories.length || antennas.length ? Promise.resolve(null) : nearestTo([c.lat, c.lon]),
    linksFor(
      antennas.map((a) => a.slug),
      servedBy.map((s) => s.factory.slug),
    ),
    accessModes("factory"),
    accessModes("antenna"),
  ]);
  const seen = new Set<string>();
  const applyAt: ApplyPlace[] = [];
  const place = (p: Omit<ApplyPlace, "apply">) => {
    const key = `${p.type}:${p.slug}`;
    const row = p.type === "factory" ? links.factories.get(p.slug) : links.antennas.get(p.slug);
    if (seen.has(key) || !row) return;
    seen.add(key);
    applyAt.push({ ...p, apply: applyInfo(row, (p.type === "factory" ? factoryModes : antennaModes)[p.slug]) });
  };
  for (const f of factories) place({ type: "factory", slug: f.slug, name: f.name, country: c.name, why: "hosted", via: null });
  for (const a of antennas) place({ type: "antenna", slug: a.slug, name: a.name, country: c.name, why: "hosted", via: null });
  for (const s of servedBy)
    if (s.how !== "own")
      place({
        type: "factory",
        slug: s.factory.slug,
        name: s.factory.name,
        country: s.factory.country,
        why: s.how === "antenna" ? "antenna-link" : "partner",
        via: s.via,
      });

  return {
    code: c.code,
    name: c.name,
    euMember: c.euMember,
    eurohpc: c.eurohpcMember,
    eurohpcNote: c.eurohpcNote,
    capital: c.capital,
    lat: c.lat,
    lon: c.lon,
    factories,
    antennas,
    systems: c.systems,
    partnerIn,
    servedBy,
    tracks,
    applyAt,
    deadlines,
    nearest: near,
    checked: c.checked,
    sources: refs.map((r) => r.source),
  };
}

/** The link columns of the given antennas and factories, by slug. */
async function linksFor(antennaSlugs: string[], factorySlugs: string[]) {
  const db = getDb();
  const select = { slug: true, website: true, accessUrl: true, linksSearched: true } as const;
  const [antennas, factories] = await Promise.all([
    findInChunks(antennaSlugs, (slugs) => db.antenna.findMany({ where: { slug: { in: slugs } }, select })),
    findInChunks(factorySlugs, (slugs) => db.factory.findMany({ where: { slug: { in: slugs } }, select })),
  ]);
  return { antennas: new Map(antennas.map((a) => [a.slug, a])), factories: new Map(factories.map((f) => [f.slug, f])) };
}

async function nearestTo(from: [number, number]) {
  const db = getDb();
  const [factories, antennas] = await Promise.all([
    db.factory.findMany({
      select: { slug: true, name: true, city: true, lat: true, lon: true, country: { select: { name: true } } },
      orderBy: { slug: "asc" },
    }),
    db.antenna.findMany({
      select: { slug: true, name: true, city: true, lat: true, lon: true, country: { select: { name: true } } },
      orderBy: { slug: "asc" },
    }),
  ]);
  const flat = <T extends { country: { name: string } }>(rows: T[]) => rows.map((r) => ({ ...r, country: r.country.name }));
  const strip = (p: Place & { lat: number; lon: number; distanceKm: number }) => ({
    slug: p.slug,
    name: p.name,
    country: p.country,
    city: p.city,
    distanceKm: p.distanceKm,
  });
  return {
    factories: nearest(from, flat(factories), 3).map(strip),
    antennas: nearest(from, flat(antennas), 3).map(strip),
  };
}

/** Cached: see lib/data/cache.ts. */
export const listCountries = cached("countries.listCountries", listCountriesUncached);

/** Cached: see lib/data/cache.ts. */
export const getCountryProfile = cached("countries.getCountryProfile", getCountryProfileUncached);
