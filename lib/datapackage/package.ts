// The whole dataset as a Frictionless Data Package (https://datapackage.org/):
// one CSV table per API collection, each described by a Table Schema built from
// the same column definitions the CSVs are written from (lib/api/collections.ts),
// so the descriptor cannot drift from the files.
import { collections } from "@/lib/api/collections";
import { toCsv, type CsvValue } from "@/lib/csv";
import { LICENSE_URL } from "@/lib/jsonld";
import { collectionNames, type ApiRecord, type CollectionName } from "@/lib/schemas/api";
import type { Column } from "@/lib/vocabulary";

/** Foreign keys between tables; figure source columns all point at sources.id. */
const references: Partial<Record<CollectionName, { fields: string; resource: CollectionName; ref: string }[]>> = {
  factories: [{ fields: "country", resource: "countries", ref: "code" }],
  antennas: [{ fields: "country", resource: "countries", ref: "code" }],
  systems: [{ fields: "country", resource: "countries", ref: "code" }],
  top500: [
    { fields: "system", resource: "systems", ref: "slug" },
    { fields: "source", resource: "sources", ref: "id" },
  ],
  events: [
    { fields: "supersedes", resource: "events", ref: "slug" },
    { fields: "superseded_by", resource: "events", ref: "slug" },
  ],
  programmes: [{ fields: "parent", resource: "programmes", ref: "slug" }],
  "training-runs": [{ fields: "project", resource: "projects", ref: "slug" }],
  projects: [{ fields: "country", resource: "countries", ref: "code" }],
};

export type DataPackageField = {
  name: string;
  type: string;
  description: string;
  unit?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[] };
};

function fieldOf(c: Column<never>, isKey: boolean): DataPackageField {
  return {
    name: c.header,
    type: c.type,
    ...(c.type === "date" ? { format: "default" } : {}),
    description: c.description,
    ...(c.unit ? { unit: c.unit } : {}),
    ...(isKey ? { constraints: { required: true, unique: true } } : c.enum ? { constraints: { enum: c.enum } } : {}),
  };
}

/** The data package descriptor. `pathOf` gives each table's path: a URL on the live site, a file name in the zip. */
export function dataPackage(opts: {
  version: string;
  lastUpdated: string;
  siteUrl: string;
  pathOf: (name: CollectionName) => string;
}) {
  return {
    profile: "tabular-data-package",
    name: "ai-factories-atlas",
    id: `${opts.siteUrl}/data`,
    title: "AI Factories Atlas",
    description:
      "The EuroHPC AI Factories, AI Factory Antennas, AI Gigafactory programme and Europe's supercomputers. Every figure names its unit, kind (measured, announced, expected, estimated or vendor-claim), the date it was true and its source.",
    homepage: `${opts.siteUrl}/data`,
    version: opts.version,
    created: opts.lastUpdated,
    keywords: ["AI Factories", "EuroHPC", "supercomputers", "TOP500", "artificial intelligence", "Europe"],
    licenses: [{ name: "CC-BY-4.0", path: LICENSE_URL, title: "Creative Commons Attribution 4.0 International" }],
    contributors: [{ title: "AI Factories Atlas", path: opts.siteUrl, role: "author" }],
    sources: [
      {
        title: "The sources table (sources.csv): every publication a figure rests on, with its address",
        path: `${opts.siteUrl}/sources`,
      },
    ],
    resources: collectionNames.map((name) => {
      const columns = collections[name].csv as Column<never>[];
      const key = columns[0]?.header ?? "";
      const sourceKeys = columns
        .filter((c) => c.header.endsWith("_source") && name !== "sources")
        .map((c) => ({ fields: c.header, reference: { resource: "sources", fields: "id" } }));
      const foreignKeys = [
        ...(references[name] ?? []).map((r) => ({
          fields: r.fields,
          reference: { resource: r.resource === name ? "" : r.resource, fields: r.ref },
        })),
        ...sourceKeys,
      ];
      return {
        name,
        path: opts.pathOf(name),
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: columns.map((c) => fieldOf(c, c.header === key)),
          missingValues: [""],
          primaryKey: key,
          // Table Schema requires foreignKeys, when present, to hold at least one key.
          ...(foreignKeys.length ? { foreignKeys } : {}),
        },
      };
    }),
  };
}

/** Every table as CSV text, in the same form /api/v1/<name>.csv serves. */
export function tablesCsv(records: { [C in CollectionName]: ApiRecord<C>[] }): Record<CollectionName, string> {
  return Object.fromEntries(
    collectionNames.map((name) => [
      name,
      toCsv(collections[name].csv as unknown as { header: string; value: (r: unknown) => CsvValue }[], records[name]),
    ]),
  ) as Record<CollectionName, string>;
}
