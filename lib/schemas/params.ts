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

/** Entries read from ?systems= and ?add= at most: enough for four systems and a few typos. The rest are counted, not read. */
export const MAX_COMPARE_ENTRIES = 12;
/** Malformed entries reported back at most, each cut to 60 characters. */
export const MAX_REPORTED_INVALID = 4;

/** `ignored` counts the entries not used beyond the reported ones: past the caps, or well-formed past the fourth system. */
export type CompareQuery = { slugs: string[]; invalid: string[]; ignored: number };

/**
 * Reads ?systems=a,b,c (and ?add= from the picker form): well-formed slugs in order, deduplicated, at most four.
 * Work and output stay the same size whatever the URL holds: a page lists at most MAX_REPORTED_INVALID bad
 * entries and says how many more it ignored.
 */
export function parseCompareQuery(params: Record<string, string | string[] | undefined>): CompareQuery {
  const values = [params.systems, params.add].flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []));
  const slugs: string[] = [];
  const invalid: string[] = [];
  let ignored = 0;
  let read = 0;
  for (const value of values) {
    let start = 0;
    while (start <= value.length) {
      const comma = value.indexOf(",", start);
      const end = comma === -1 ? value.length : comma;
      if (read >= MAX_COMPARE_ENTRIES) {
        // Count what is left without reading it: one per remaining comma-separated entry.
        const rest = value.slice(start);
        ignored += rest.trim() ? rest.split(",").filter((x) => x.trim()).length : 0;
        break;
      }
      // No slug is longer than 100 characters: a longer entry is malformed, and only its start is read.
      const tooLong = end - start > 100;
      const s = value
        .slice(start, Math.min(end, start + 100))
        .trim()
        .toLowerCase();
      start = end + 1;
      if (!s) continue;
      read++;
      if (tooLong || !slug.safeParse(s).success) {
        if (invalid.length < MAX_REPORTED_INVALID) invalid.push(s.slice(0, 60));
        else ignored++;
      } else if (!slugs.includes(s)) {
        if (slugs.length < MAX_COMPARED) slugs.push(s);
        else ignored++;
      }
    }
  }
  return { slugs, invalid, ignored };
}

export const compareSearch = (slugs: string[]) => (slugs.length ? `?systems=${slugs.join(",")}` : "");

// --- /search -----------------------------------------------------------------

/** Longest search text read; longer text is cut, and the page shows what it searched for. */
export const MAX_SEARCH_LENGTH = 100;

export const searchQuery = z.object({
  q: z
    .preprocess(
      firstValue,
      z
        .string()
        .transform((s) =>
          s
            .slice(0, MAX_SEARCH_LENGTH * 2)
            .trim()
            .slice(0, MAX_SEARCH_LENGTH),
        )
        .optional(),
    )
    .catch(undefined),
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
