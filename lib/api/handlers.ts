import "server-only";
// The API's route logic: parse, query, format, answer. Route files only call these.
import { collections, query } from "@/lib/api/collections";
import { toGeoJson } from "@/lib/api/geojson";
import { cacheable, problem } from "@/lib/api/http";
import { parseParams } from "@/lib/api/params";
import { toCsv, type CsvValue } from "@/lib/csv";
import { loadCollection } from "@/lib/data/api";
import { getDatasetMeta, type DatasetMeta } from "@/lib/data/meta";
import { env } from "@/lib/env";
import { collectionNames, queries, type CollectionName } from "@/lib/schemas/api";

const site = () => env.SITE_URL.replace(/\/$/, "");

/** The `meta` block of every JSON response: paging, dataset version and date, licence, OpenAPI address. */
function metaBlock(meta: DatasetMeta, paging: { count: number; total: number; limit: number; offset: number }) {
  return {
    ...paging,
    version: meta.version,
    last_updated: meta.lastUpdated,
    licence: meta.licence,
    openapi: `${site()}/api/v1/openapi.json`,
  };
}

/** The absolute address (on SITE_URL) of the page at `offset` with the same filters. */
function pageUrl(url: URL, offset: number, limit: number): string {
  const next = new URL(url);
  next.searchParams.set("offset", String(offset));
  next.searchParams.set("limit", String(limit));
  return `${site()}${next.pathname}${next.search}`;
}

/** RFC 8288 Link header with first, prev, next and last pages; null when everything fits on one page. */
export function pageLinks(url: URL, p: { total: number; limit: number; offset: number }): string | null {
  if (p.limit >= Number.MAX_SAFE_INTEGER || (p.offset === 0 && p.total <= p.limit)) return null;
  const last = Math.max(0, Math.floor((p.total - 1) / p.limit) * p.limit);
  const links = [`<${pageUrl(url, 0, p.limit)}>; rel="first"`];
  if (p.offset > 0) links.push(`<${pageUrl(url, Math.max(0, p.offset - p.limit), p.limit)}>; rel="prev"`);
  if (p.offset + p.limit < p.total) links.push(`<${pageUrl(url, p.offset + p.limit, p.limit)}>; rel="next"`);
  links.push(`<${pageUrl(url, last, p.limit)}>; rel="last"`);
  return links.join(", ");
}

function resolveName(raw: string): { name: CollectionName; format: "json" | "csv" | "geojson" } | null {
  const m = /^([a-z0-9-]+?)(?:\.(json|csv|geojson))?$/.exec(raw);
  if (!m?.[1] || !(collectionNames as string[]).includes(m[1])) return null;
  return { name: m[1] as CollectionName, format: (m[2] as "json" | "csv" | "geojson" | undefined) ?? "json" };
}

const unavailable = (error: unknown) => {
  console.error("API: the data could not be read", error);
  return problem(503, "The atlas could not read its data just now. Please try again shortly.");
};

/** GET /api/v1/<collection>[.csv|.geojson] */
export async function collectionResponse(request: Request, rawName: string): Promise<Response> {
  const resolved = resolveName(rawName);
  if (!resolved) {
    return problem(404, `There is no collection "${rawName.slice(0, 60)}".`, [
      { parameter: "collection", message: "unknown", accepted: collectionNames.join(", ") },
    ]);
  }
  const { name, format } = resolved;
  const def = collections[name];
  if (format === "geojson" && !def.geo) {
    return problem(404, `The ${name} collection has no locations; use JSON or CSV.`);
  }
  const parsed = parseParams(queries[name], new URL(request.url).searchParams);
  if (!parsed.ok) {
    return problem(400, parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join("; "), parsed.errors);
  }
  try {
    const [all, meta] = await Promise.all([loadCollection[name](), getDatasetMeta()]);
    // The generic query is typed per collection; the parsed value comes from that collection's own schema.
    // A CSV or GeoJSON download without `limit` is the whole collection: a file
    // must never be silently cut. JSON pages (default 100) and says so.
    const url = new URL(request.url);
    const whole = format !== "json" && !url.searchParams.has("limit");
    const q = { ...(parsed.value as { limit: number; offset: number }) };
    if (whole) q.limit = Number.MAX_SAFE_INTEGER;
    const { total, page } = query(name, all as never[], { ...(parsed.value as object), limit: q.limit } as never) as {
      total: number;
      page: Record<string, unknown>[];
    };
    const version = { "X-Dataset-Version": meta.version, "X-Total-Count": String(total) };
    const links = pageLinks(url, { total, limit: q.limit, offset: q.offset });
    if (links) (version as Record<string, string>).Link = links;
    if (format === "csv") {
      const csv = toCsv(def.csv as unknown as { header: string; value: (r: Record<string, unknown>) => CsvValue }[], page);
      return cacheable(request, csv, "text/csv; charset=utf-8", {
        ...version,
        "Content-Disposition": `inline; filename="${name}.csv"`,
      });
    }
    if (format === "geojson") {
      const body = JSON.stringify(toGeoJson(page as never[]));
      return cacheable(request, body, "application/geo+json; charset=utf-8", version);
    }
    const body = JSON.stringify({
      data: page,
      meta: {
        ...metaBlock(meta, { count: page.length, total, limit: q.limit, offset: q.offset }),
        paged: total > page.length,
        next: q.offset + page.length < total ? pageUrl(url, q.offset + q.limit, q.limit) : null,
      },
    });
    return cacheable(request, body, "application/json; charset=utf-8", version);
  } catch (error) {
    return unavailable(error);
  }
}

/** GET /api/v1/<collection>/<key> */
export async function recordResponse(request: Request, rawName: string, key: string): Promise<Response> {
  const resolved = resolveName(rawName);
  if (!resolved || resolved.format !== "json") {
    return problem(404, `There is no collection "${rawName.slice(0, 60)}".`, [
      { parameter: "collection", message: "unknown", accepted: collectionNames.join(", ") },
    ]);
  }
  if ([...new URL(request.url).searchParams].length) {
    return problem(
      400,
      "A single record takes no query parameters.",
      [...new Set([...new URL(request.url).searchParams.keys()])].map((p) => ({
        parameter: p,
        message: "unknown parameter",
        accepted: "none",
      })),
    );
  }
  const { name } = resolved;
  try {
    const [all, meta] = await Promise.all([loadCollection[name](), getDatasetMeta()]);
    const keyOf = collections[name].key as (r: unknown) => string;
    const record = (all as unknown[]).find((r) => keyOf(r) === key.toLowerCase() || keyOf(r) === key);
    if (!record) return problem(404, `No record "${key.slice(0, 60)}" in ${name}.`);
    const body = JSON.stringify({
      data: record,
      meta: metaBlock(meta, { count: 1, total: 1, limit: 1, offset: 0 }),
    });
    return cacheable(request, body, "application/json; charset=utf-8", { "X-Dataset-Version": meta.version });
  } catch (error) {
    return unavailable(error);
  }
}
