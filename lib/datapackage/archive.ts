import "server-only";
// The whole dataset as one zip per version: every CSV table, datapackage.json
// (paths relative to the zip), a README and the licence. Built from the database
// when the site is built (app/data/[archive]/route.ts is static).
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { collections } from "@/lib/api/collections";
import { loadCollection } from "@/lib/data/api";
import { getDatasetMeta } from "@/lib/data/meta";
import { dataPackage, tablesCsv } from "@/lib/datapackage/package";
import { env } from "@/lib/env";
import { collectionNames, type ApiRecord, type CollectionName } from "@/lib/schemas/api";

export const archiveName = (version: string) => `ai-factories-atlas-${version}.zip`;

async function allRecords() {
  const entries = await Promise.all(collectionNames.map(async (n) => [n, await loadCollection[n]()] as const));
  return Object.fromEntries(entries) as { [C in CollectionName]: ApiRecord<C>[] };
}

function readme(version: string, lastUpdated: string, siteUrl: string, counts: Record<CollectionName, number>): string {
  return `# AI Factories Atlas dataset, version ${version}

Data as of ${lastUpdated}. ${siteUrl}/data

The EuroHPC AI Factories, AI Factory Antennas, AI Gigafactory programme and
Europe's supercomputers, with every figure sourced and dated.

## Files

${collectionNames.map((n) => `- ${n}.csv: ${counts[n]} rows, ${collections[n].csv.length} columns`).join("\n")}
- datapackage.json: a Frictionless Data Package describing every table
  (column names, types, units, descriptions, primary and foreign keys)
- LICENSE.txt: the licence's legal code

## How to read the tables

- CSV as RFC 4180 describes it: UTF-8 with a byte-order mark, comma-separated,
  CRLF line ends. An empty cell means "not known".
- Each figure <field> has its unit in its name (rmax_pflops, power_mw,
  budget_total_eur; counts end in _count) and is followed by <field>_kind
  (measured, announced, expected, estimated or vendor-claim), <field>_as_of (the
  date it was true, at the source's precision), <field>_as_of_date (that date's
  first day, YYYY-MM-DD), <field>_as_of_precision (day, month, quarter or year),
  and <field>_source, <field>_source_title, <field>_source_url.
- A date X given at a coarser precision than a day (2025, 2026-Q4, 2025-06) is
  kept as given; X_date is its first day and X_precision its precision. Events
  carry starts and ends, the first and last day the date covers.
- Lists inside a cell (partner countries, linked records) are space-separated.
- Source ids in any *_source column are rows of sources.csv.

## Licence and citation

Creative Commons Attribution 4.0 International (CC BY 4.0):
https://creativecommons.org/licenses/by/4.0/ . You may share and adapt the
data for any purpose, giving credit. The sources it cites keep their own terms.

Cite as: AI Factories Atlas (${lastUpdated.slice(0, 4)}). AI Factories Atlas dataset, version ${version}
(data as of ${lastUpdated}). ${siteUrl}/data. Licensed CC BY 4.0.
`;
}

/** The zip's bytes and its file name. */
export async function datasetArchive(): Promise<{ name: string; bytes: Uint8Array }> {
  const [meta, records] = await Promise.all([getDatasetMeta(), allRecords()]);
  const tables = tablesCsv(records);
  const dir = `ai-factories-atlas-${meta.version}`;
  const pkg = dataPackage({
    version: meta.version,
    lastUpdated: meta.lastUpdated,
    siteUrl: env.SITE_URL,
    pathOf: (n) => `${n}.csv`,
  });
  const counts = Object.fromEntries(collectionNames.map((n) => [n, records[n].length])) as Record<CollectionName, number>;
  const licence = readFileSync(path.join(process.cwd(), "lib", "datapackage", "CC-BY-4.0.txt"), "utf8");
  // A fixed date keeps the bytes the same for the same data.
  const mtime = new Date(`${meta.lastUpdated}T00:00:00Z`);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    [`${dir}/datapackage.json`]: [strToU8(`${JSON.stringify(pkg, null, 2)}\n`), { mtime }],
    [`${dir}/README.md`]: [strToU8(readme(meta.version, meta.lastUpdated, env.SITE_URL, counts)), { mtime }],
    [`${dir}/LICENSE.txt`]: [strToU8(licence), { mtime }],
  };
  for (const n of collectionNames) files[`${dir}/${n}.csv`] = [strToU8(tables[n]), { mtime }];
  return { name: archiveName(meta.version), bytes: zipSync(files, { level: 9 }) };
}

/** The descriptor served at /data/datapackage.json: tables are the live CSVs, whole collections. */
export async function liveDataPackage() {
  const meta = await getDatasetMeta();
  return dataPackage({
    version: meta.version,
    lastUpdated: meta.lastUpdated,
    siteUrl: env.SITE_URL,
    pathOf: (n) => `${env.SITE_URL}/api/v1/${n}.csv`,
  });
}
