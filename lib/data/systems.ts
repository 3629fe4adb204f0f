import "server-only";
import { cached } from "@/lib/data/cache";
import { standingOn, type ListStanding } from "@/lib/top500";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type ClaimView, type FigureView, type ValueKind } from "@/lib/data/claims";

/** A figure reduced to a table cell: the preferred value and where it comes from. */
export type Cell = {
  value: number;
  /** The value as the source gives it (a date keeps its precision: "2025-Q4"). */
  text: string | number;
  sourceId: string;
  sourceTitle: string;
  sourceUrl: string | null;
  publisher: string;
  asOf: string;
  kind: ValueKind;
  approximate: boolean;
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
  /** The rank on the newest TOP500 list the atlas records, or null (see `standing`). */
  rank: { rank: number; edition: string; provisional: boolean; sourceId: string } | null;
  standing: ListStanding;
  /** The measured Rmax (a TOP500 HPL result): what rankings and sorts use. */
  rmax: Cell;
  /** A preferred Rmax that is not measured (expected, announced): shown apart, never ranked. */
  rmaxOther: Cell;
  rpeak: Cell;
  accelerators: Cell;
  power: Cell;
  /** Year the system entered service, from the preferred in_service claim. */
  year: Cell;
};

const tableFields = ["rmax_pflops", "rpeak_pflops", "accelerator_count", "power_mw", "in_service"];

function claimCell(f: FigureView, c: ClaimView): Cell {
  const raw = c.value;
  const value = typeof raw === "number" ? raw : Number(String(raw).slice(0, 4));
  if (!Number.isFinite(value)) return null;
  return {
    value,
    text: raw,
    sourceId: c.source.id,
    sourceTitle: c.source.title,
    sourceUrl: c.source.url,
    publisher: c.source.publisher,
    asOf: c.asOf,
    kind: c.kind,
    approximate: c.approximate,
    disagreement: f.disagreement,
  };
}

function cell(figures: FigureView[], field: string): Cell {
  const f = figures.find((x) => x.field === field);
  return f ? claimCell(f, f.preferred) : null;
}

/** The measured value of a figure (for ranking), and apart from it a preferred value of another kind. */
function measuredCells(figures: FigureView[], field: string): { measured: Cell; other: Cell } {
  const f = figures.find((x) => x.field === field);
  if (!f) return { measured: null, other: null };
  return {
    measured: f.measured ? claimCell(f, f.measured) : null,
    other: f.preferred.kind === "measured" ? null : claimCell(f, f.preferred),
  };
}

/** Every system as a table row: preferred figures with their sources, and the latest TOP500 entry. */
async function listSystemsUncached(): Promise<SystemRow[]> {
  const db = getDb();
  const [systems, claims, newest] = await Promise.all([
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
        top500: { select: { rank: true, edition: true, provisional: true, sourceId: true }, orderBy: { edition: "desc" } },
      },
      orderBy: { name: "asc" },
    }),
    db.claim.findMany({
      where: { subjectType: "system", field: { in: tableFields } },
      select: { ...claimSelect, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
    newestTop500List(),
  ]);
  const claimsOf = claimsIndex(claims);
  return systems.map((s) => {
    const figures = figuresFromClaims(claimsOf("system", s.slug));
    const rmax = measuredCells(figures, "rmax_pflops");
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
      ...standingOn(s.top500, newest),
      rmax: rmax.measured,
      rmaxOther: rmax.other,
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
  /** When the record was last verified against its sources. */
  checked: string;
  figures: FigureView[];
  top500: Top500Point[];
  standing: ListStanding;
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
      checked: true,
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
  const [claims, refs, sameSite, newest] = await Promise.all([
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
    newestTop500List(),
  ]);
  const newestFirst = [...s.top500].reverse().map((t) => ({ ...t, sourceId: t.source.id }));
  return {
    ...s,
    standing: standingOn(newestFirst, newest).standing,
    figures: figuresFromClaims(claims),
    factories: s.factories.map((f) => ({ ...f.factory, role: f.role })),
    runs: s.runs.map((r) => r.run),
    sameSite,
    sources: refs.map((r) => r.source),
  };
}

/** The newest TOP500 list the atlas records, or null. */
async function newestTop500List() {
  return getDb().top500List.findFirst({ select: { edition: true, number: true, coverage: true }, orderBy: { edition: "desc" } });
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
