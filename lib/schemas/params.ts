// zod schemas for what pages read from the URL. Pages fall back to defaults on
// bad input (a helpful page, never an error); the API will answer 400 instead.
import { z } from "zod";
import { eventKinds, families, slug, sourceKinds, systemStatuses } from "@/lib/schemas/data";

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** A country code in any case (?country=de), upper-cased; anything else is dropped. */
const countryParam = z
  .preprocess(
    (v) => (typeof firstValue(v) === "string" ? String(firstValue(v)).toUpperCase() : undefined),
    z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  )
  .catch(undefined);

export const sourcesQuery = z.object({
  kind: z.preprocess(firstValue, z.enum(sourceKinds).optional()).catch(undefined),
});

export type SourcesQuery = z.infer<typeof sourcesQuery>;

/** Parses a page's searchParams object; never throws. */
export function parseSourcesQuery(params: Record<string, string | string[] | undefined>): SourcesQuery {
  return sourcesQuery.parse(params);
}

// --- /systems: table state in the URL -------------------------------------

export const systemSortKeys = [
  "name",
  "country",
  "site",
  "status",
  "rank",
  "rmax",
  "rpeak",
  "accelerators",
  "model",
  "family",
  "power",
  "year",
] as const;
export type SystemSortKey = (typeof systemSortKeys)[number];

/** Numeric columns read best largest first; text and rank columns A–Z / 1–500. */
export const defaultDirection = (sort: SystemSortKey): "asc" | "desc" =>
  ["rmax", "rpeak", "accelerators", "power", "year"].includes(sort) ? "desc" : "asc";

const rankBound = z.preprocess(firstValue, z.coerce.number().int().min(1).max(500).optional()).catch(undefined);

export const systemsQuery = z.object({
  sort: z.preprocess(firstValue, z.enum(systemSortKeys).default("rank")).catch("rank"),
  dir: z.preprocess(firstValue, z.enum(["asc", "desc"]).optional()).catch(undefined),
  country: countryParam,
  status: z.preprocess(firstValue, z.enum(systemStatuses).optional()).catch(undefined),
  family: z.preprocess(firstValue, z.enum(families).optional()).catch(undefined),
  rank_min: rankBound,
  rank_max: rankBound,
});
export type SystemsQuery = z.infer<typeof systemsQuery>;

/** Parses /systems' search params; unknown or bad values fall back to defaults. */
export function parseSystemsQuery(params: Record<string, string | string[] | undefined>): SystemsQuery {
  return systemsQuery.parse(params);
}

/** The query string for a table state, with defaults left out so links stay short and stable. */
export function systemsSearch(q: SystemsQuery): string {
  const p = new URLSearchParams();
  if (q.sort !== "rank") p.set("sort", q.sort);
  if (q.dir && q.dir !== defaultDirection(q.sort)) p.set("dir", q.dir);
  if (q.country) p.set("country", q.country.toLowerCase());
  if (q.status) p.set("status", q.status);
  if (q.family) p.set("family", q.family);
  if (q.rank_min !== undefined) p.set("rank_min", String(q.rank_min));
  if (q.rank_max !== undefined) p.set("rank_max", String(q.rank_max));
  const s = p.toString();
  return s ? `?${s}` : "";
}

// --- /compare ----------------------------------------------------------------

export const MAX_COMPARED = 4;

export type CompareQuery = { slugs: string[]; invalid: string[] };

/** Reads ?systems=a,b,c (and ?add= from the picker form): well-formed slugs in order, deduplicated, at most four. */
export function parseCompareQuery(params: Record<string, string | string[] | undefined>): CompareQuery {
  const raw = [params.systems, params.add]
    .flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []))
    .flatMap((v) => v.split(","))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const slugs: string[] = [];
  const invalid: string[] = [];
  for (const s of raw) {
    if (!slug.safeParse(s).success) invalid.push(s.slice(0, 60));
    else if (!slugs.includes(s) && slugs.length < MAX_COMPARED) slugs.push(s);
  }
  return { slugs, invalid };
}

export const compareSearch = (slugs: string[]) => (slugs.length ? `?systems=${slugs.join(",")}` : "");

// --- /search -----------------------------------------------------------------

export const searchQuery = z.object({
  q: z.preprocess(firstValue, z.string().trim().max(100).optional()).catch(undefined),
});

// --- /timeline and its calendar feed ---------------------------------------

export const timelineQuery = z.object({
  order: z.preprocess(firstValue, z.enum(["asc", "desc"]).default("asc")).catch("asc"),
  kind: z.preprocess(firstValue, z.enum(eventKinds).optional()).catch(undefined),
  country: countryParam,
  entity: z
    .preprocess(
      firstValue,
      z
        .string()
        .regex(/^(factory|antenna|system|programme|project):[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .optional(),
    )
    .catch(undefined),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

/** The query string for a timeline view, defaults left out. */
export function timelineSearch(q: Partial<TimelineQuery>): string {
  const p = new URLSearchParams();
  if (q.order && q.order !== "asc") p.set("order", q.order);
  if (q.kind) p.set("kind", q.kind);
  if (q.country) p.set("country", q.country.toLowerCase());
  if (q.entity) p.set("entity", q.entity);
  const s = p.toString();
  return s ? `?${s}` : "";
}
