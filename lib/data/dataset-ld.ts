import "server-only";
// The facts the schema.org Dataset needs, read from the database: the dated
// records' span, the countries recorded and every download.
import { collections } from "@/lib/api/collections";
import { loadCollection } from "@/lib/data/api";
import { getDatasetMeta } from "@/lib/data/meta";
import { env } from "@/lib/env";
import type { DatasetFacts } from "@/lib/jsonld";
import { EUROPE_BOUNDS } from "@/lib/map/bounds";
import { collectionNames } from "@/lib/schemas/api";

/** Every file a reader can download from /data, with a name and media type. */
export function datasetDownloads(version: string): DatasetFacts["downloads"] {
  return [
    {
      name: `Whole dataset, version ${version} (zip of every CSV table, datapackage.json, README and licence)`,
      encodingFormat: "application/zip",
      path: `/data/ai-factories-atlas-${version}.zip`,
    },
    {
      name: "Frictionless Data Package descriptor (datapackage.json)",
      encodingFormat: "application/json",
      path: "/data/datapackage.json",
    },
    ...collectionNames.flatMap((name) => [
      { name: `${name} (CSV)`, encodingFormat: "text/csv", path: `/api/v1/${name}.csv` },
      { name: `${name} (JSON)`, encodingFormat: "application/json", path: `/api/v1/${name}?limit=500` },
      ...(collections[name].geo
        ? [{ name: `${name} (GeoJSON)`, encodingFormat: "application/geo+json", path: `/api/v1/${name}.geojson` }]
        : []),
    ]),
  ];
}

/** Dataset facts for datasetLd(). */
export async function datasetFacts(): Promise<DatasetFacts> {
  const [meta, events, countries] = await Promise.all([getDatasetMeta(), loadCollection.events(), loadCollection.countries()]);
  const starts = events.map((e) => e.starts).sort();
  const ends = events.map((e) => e.ends).sort();
  return {
    siteUrl: env.SITE_URL,
    version: meta.version,
    lastUpdated: meta.lastUpdated,
    temporal: starts.length ? { from: starts[0] ?? "", to: ends.at(-1) ?? "" } : null,
    bounds: EUROPE_BOUNDS,
    countries: countries.map((c) => ({ code: c.code, name: c.name })),
    downloads: datasetDownloads(meta.version),
  };
}
