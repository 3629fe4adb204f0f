import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";

/** A figure reduced to a table cell: the preferred value and where it comes from. */
export type Cell = {
  value: number;
  sourceId: string;
  publisher: string;
  asOf: string;
  disagreement: boolean;
} | null;

export type SystemRow = {
  slug: string;
  name: string;
  countryCode: string;
  countryName: string;
  site: string;
  city: string;
  status: string;
  tier: string | null;
  eurohpc: boolean;
  acceleratorModel: string | null;
  acceleratorVendor: string | null;
  family: string | null;
  generation: string | null;
  rank: { rank: number; edition: string; provisional: boolean; sourceId: string } | null;
  rmax: Cell;
  rpeak: Cell;
  accelerators: Cell;
  power: Cell;
  /** Year the system entered service, from the preferred in_service claim. */
  year: Cell;
};

const tableFields = ["rmax_pflops", "rpeak_pflops", "accelerator_count", "power_mw", "in_service"];

function cell(figures: FigureView[], field: string): Cell {
  const f = figures.find((x) => x.field === field);
  if (!f) return null;
  const raw = f.preferred.value;
  const value = typeof raw === "number" ? raw : Number(String(raw).slice(0, 4));
  if (!Number.isFinite(value)) return null;
  return {
    value,
    sourceId: f.preferred.source.id,
    publisher: f.preferred.source.publisher,
    asOf: f.preferred.asOf,
    disagreement: f.disagreement,
  };
}

/** Every system as a table row: preferred figures with their sources, and the latest TOP500 entry. */
async function listSystemsUncached(): Promise<SystemRow[]> {
  const db = getDb();
  const [systems, claims] = await Promise.all([
    db.system.findMany({
      select: {
        slug: true,
        name: true,
        site: true,
        city: true,
        status: true,
        tier: true,
        eurohpc: true,
        acceleratorModel: true,
        acceleratorVendor: true,
        family: true,
        generation: true,
        countryCode: true,
        country: { select: { name: true } },
        top500: {
          select: { rank: true, edition: true, provisional: true, sourceId: true },
          orderBy: { edition: "desc" },
          take: 1,
        },
      },
      orderBy: { name: "asc" },
    }),
    db.claim.findMany({
      where: { subjectType: "system", field: { in: tableFields } },
      select: { ...claimSelect, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return systems.map((s) => {
    const figures = figuresFromClaims(claims.filter((c) => c.subjectSlug === s.slug));
    return {
      slug: s.slug,
      name: s.name,
      countryCode: s.countryCode,
      countryName: s.country.name,
      site: s.site,
      city: s.city,
      status: s.status,
      tier: s.tier,
      eurohpc: s.eurohpc,
      acceleratorModel: s.acceleratorModel,
      acceleratorVendor: s.acceleratorVendor,
      family: s.family,
      generation: s.generation,
      rank: s.top500[0] ?? null,
      rmax: cell(figures, "rmax_pflops"),
      rpeak: cell(figures, "rpeak_pflops"),
      accelerators: cell(figures, "accelerator_count"),
      power: cell(figures, "power_mw"),
      year: cell(figures, "in_service"),
    };
  });
}

export type Top500Point = {
  edition: string;
  listNumber: number;
  rank: number;
  rmaxPflops: number | null;
  rpeakPflops: number | null;
  provisional: boolean;
  note: string | null;
  source: { id: string; publisher: string };
};

export type LinkRef = { slug: string; name: string };

export type SystemDetail = {
  slug: string;
  name: string;
  country: { code: string; name: string };
  site: string;
  city: string;
  lat: number;
  lon: number;
  coordsApprox: boolean;
  status: string;
  tier: string | null;
  eurohpc: boolean;
  vendor: string | null;
  acceleratorModel: string | null;
  acceleratorVendor: string | null;
  family: string | null;
  generation: string | null;
  summary: string;
  figures: FigureView[];
  top500: Top500Point[];
  factories: (LinkRef & { role: string })[];
  runs: { slug: string; model: string; project: LinkRef }[];
  sameSite: LinkRef[];
  sources: { id: string; title: string; publisher: string }[];
};

/** One system with every figure and claim, its TOP500 history and its neighbours in the graph; null if unknown. */
async function getSystemUncached(slug: string): Promise<SystemDetail | null> {
  const db = getDb();
  const s = await db.system.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      site: true,
      city: true,
      lat: true,
      lon: true,
      coordsApprox: true,
      status: true,
      tier: true,
      eurohpc: true,
      vendor: true,
      acceleratorModel: true,
      acceleratorVendor: true,
      family: true,
      generation: true,
      summary: true,
      country: { select: { code: true, name: true } },
      top500: {
        select: {
          edition: true,
          listNumber: true,
          rank: true,
          rmaxPflops: true,
          rpeakPflops: true,
          provisional: true,
          note: true,
          source: { select: { id: true, publisher: true } },
        },
        orderBy: { edition: "asc" },
      },
      factories: { select: { role: true, factory: { select: { slug: true, name: true } } } },
      runs: { select: { run: { select: { slug: true, model: true, project: { select: { slug: true, name: true } } } } } },
    },
  });
  if (!s) return null;
  const [claims, refs, sameSite] = await Promise.all([
    db.claim.findMany({ where: { subjectType: "system", subjectSlug: slug }, select: claimSelect, orderBy: { id: "asc" } }),
    db.recordSource.findMany({
      where: { subjectType: "system", subjectSlug: slug },
      select: { source: { select: { id: true, title: true, publisher: true } } },
    }),
    db.system.findMany({
      where: { city: s.city, slug: { not: slug } },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    ...s,
    figures: figuresFromClaims(claims),
    factories: s.factories.map((f) => ({ ...f.factory, role: f.role })),
    runs: s.runs.map((r) => r.run),
    sameSite,
    sources: refs.map((r) => r.source),
  };
}

/** Slugs and names of every system, for pickers and link checks. */
async function listSystemNamesUncached(): Promise<LinkRef[]> {
  return getDb().system.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } });
}

/** Cached: see lib/data/cache.ts. */
export const listSystems = cached("systems.listSystems", listSystemsUncached);

/** Cached: see lib/data/cache.ts. */
export const getSystem = cached("systems.getSystem", getSystemUncached);

/** Cached: see lib/data/cache.ts. */
export const listSystemNames = cached("systems.listSystemNames", listSystemNamesUncached);
