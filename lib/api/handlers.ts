import "server-only";
// The API's route logic: parse, query, format, answer. Route files only call these.
import { collections, query } from "@/lib/api/collections";
import { toGeoJson } from "@/lib/api/geojson";
import { cacheable, problem } from "@/lib/api/http";
import { parseParams } from "@/lib/api/params";
import { toCsv, type CsvValue } from "@/lib/csv";
import { loadCollection } from "@/lib/data/api";
import { getDatasetMeta, type DatasetMeta } from "@/lib/data/meta";
import { collectionNames, queries, type CollectionName } from "@/lib/schemas/api";

const OPENAPI = "/api/v1/openapi.json";

/** The `meta` block of every JSON response: paging, dataset version and date, licence, OpenAPI address. */
function metaBlock(meta: DatasetMeta, paging: { count: number; total: number; limit: number; offset: number }) {
  return { ...paging, version: meta.version, last_updated: meta.lastUpdated, licence: meta.licence, openapi: OPENAPI };
}

function resolveName(raw: string): { name: CollectionName; format: "json" | "csv" | "geojson" } | null {
  const m = /^([a-z0-9-]+?)(?:\.(json|csv|geojson))?$/.exec(raw);
  if (!m?.[1] || !(collectionNames as string[]).includes(m[1])) return null;
  return { name: m[1] as CollectionName, format: (m[2] as "json" | "csv" | "geojson" | undefined) ?? "json" };
}

const unavailable = (error: unknown) => {
  console.error("API: the data could not be read", error);
  return problem(503, "Data unavailable", "The atlas could not read its data just now. Please try again shortly.");
};

/** GET /api/v1/<collection>[.csv|.geojson] */
export async function collectionResponse(request: Request, rawName: string): Promise<Response> {
  const resolved = resolveName(rawName);
  if (!resolved) {
    return problem(404, "Unknown collection", `There is no collection "${rawName.slice(0, 60)}".`, [
      { parameter: "collection", message: "unknown", accepted: collectionNames.join(", ") },
    ]);
  }
  const { name, format } = resolved;
  const def = collections[name];
  if (format === "geojson" && !def.geo) {
    return problem(404, "No GeoJSON", `The ${name} collection has no locations; use JSON or CSV.`);
  }
  const parsed = parseParams(queries[name], new URL(request.url).searchParams);
  if (!parsed.ok) {
    return problem(
      400,
      "Invalid query parameters",
      parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join("; "),
      parsed.errors,
    );
  }
  try {
    const [all, meta] = await Promise.all([loadCollection[name](), getDatasetMeta()]);
    // The generic query is typed per collection; the parsed value comes from that collection's own schema.
    const { total, page } = query(name, all as never[], parsed.value as never) as {
      total: number;
      page: Record<string, unknown>[];
    };
    const q = parsed.value as { limit: number; offset: number };
    const version = { "X-Dataset-Version": meta.version };
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
      meta: metaBlock(meta, { count: page.length, total, limit: q.limit, offset: q.offset }),
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
    return problem(404, "Unknown collection", `There is no collection "${rawName.slice(0, 60)}".`, [
      { parameter: "collection", message: "unknown", accepted: collectionNames.join(", ") },
    ]);
  }
  if ([...new URL(request.url).searchParams].length) {
    return problem(
      400,
      "Invalid query parameters",
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
    if (!record) return problem(404, "Not found", `No record "${key.slice(0, 60)}" in ${name}.`);
    const body = JSON.stringify({
      data: record,
      meta: metaBlock(meta, { count: 1, total: 1, limit: 1, offset: 0 }),
    });
    return cacheable(request, body, "application/json; charset=utf-8", { "X-Dataset-Version": meta.version });
  } catch (error) {
    return unavailable(error);
  }
}
