// The OpenAPI 3.1 description of the API, generated from the same zod schemas
// that parse the queries and shape the records (zod 4 emits JSON Schema 2020-12,
// which OpenAPI 3.1 uses).
import { z } from "zod";
import { collections } from "@/lib/api/collections";
import { parameterDoc } from "@/lib/api/params";
import { apiRegistry, collectionNames, queries, records, type CollectionName } from "@/lib/schemas/api";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const idOf = (name: CollectionName) => apiRegistry.get(records[name])?.id ?? name;

function componentSchemas() {
  const out = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}`, io: "output" }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  return Object.fromEntries(
    Object.entries(out.schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema;
      return [id, rest];
    }),
  );
}

function parameters(name: CollectionName) {
  return Object.entries(queries[name].shape).map(([key, schema]) => {
    const { $schema: _s, ...json } = z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }) as Record<
      string,
      unknown
    >;
    const doc = parameterDoc(name, key, Array.isArray(json.enum) ? json.enum : undefined);
    return {
      name: key,
      in: "query",
      required: false,
      description: typeof json.description === "string" ? json.description : doc.description,
      schema: json,
      example: doc.example,
    };
  });
}

// Whole-number fields whose zod schema says only "number": ranks, list numbers, day counts, HTTP statuses.
const WHOLE = new Set(["rank", "list_number", "response_days", "status", "count", "total", "limit", "offset", "year"]);

/** Marks whole-number properties `integer` in place (OpenAPI readers then show and validate them as such). */
function integersWhereWhole(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  const props = o.properties as Record<string, Record<string, unknown>> | undefined;
  if (props) {
    for (const [key, prop] of Object.entries(props)) {
      if (!WHOLE.has(key)) continue;
      if (prop.type === "number") prop.type = "integer";
      else if (Array.isArray(prop.type)) prop.type = prop.type.map((t) => (t === "number" ? "integer" : t));
    }
  }
  for (const value of Object.values(o)) integersWhereWhole(value);
}

const retryAfter = {
  "Retry-After": { schema: { type: "integer", minimum: 1 }, description: "Seconds to wait before trying again" },
};
const problemWithRetry = (description: string) => ({
  description,
  headers: retryAfter,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const commonErrors = {
  "429": problemWithRetry("Too many requests from this client in the last minute; try again after Retry-After seconds"),
  "503": problemWithRetry(
    "The data could not be read just now, or the atlas is answering as many requests as it can; try again after Retry-After seconds",
  ),
};

/** A key of each collection that exists, as the path parameter's example. */
const keyExample: Record<CollectionName, string> = {
  factories: "jaif",
  antennas: "uk-antenna",
  systems: "jupiter",
  top500: "lumi@2024-11",
  countries: "DE",
  events: "regulation-2026-150",
  programmes: "ai-factories",
  "training-runs": "apertus-70b",
  projects: "apertus",
  sources: "eurlex-2021-1173",
};

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const cacheHeaders = {
  ETag: { schema: { type: "string" }, description: "Entity tag; send it back in If-None-Match to get 304 when unchanged" },
  "Cache-Control": { schema: { type: "string" }, description: "How long shared caches may keep the response" },
  "Access-Control-Allow-Origin": { schema: { type: "string" }, description: "Always *: the API is open to every origin" },
};
const listHeaders = {
  ...cacheHeaders,
  "X-Total-Count": { schema: { type: "integer" }, description: "Records matching the query, on every page" },
  Link: {
    schema: { type: "string" },
    description:
      'RFC 8288 links to the first, prev, next and last pages (rel="next" etc.); absent when one page holds everything',
  },
};

/** The whole OpenAPI document. */
export function openApiDocument(siteUrl: string) {
  const paths: Record<string, unknown> = {};
  const schemas = componentSchemas();
  integersWhereWhole(schemas);
  for (const name of collectionNames) {
    const id = idOf(name);
    const listSchema = {
      type: "object",
      required: ["data", "meta"],
      properties: { data: { type: "array", items: ref(id) }, meta: ref("Meta") },
    };
    const csvColumns = collections[name].csv.map((c) => `- \`${c.header}\`: ${c.description}`).join("\n");
    const formats: Record<string, unknown> = {
      [`/api/v1/${name}`]: { "application/json": { schema: listSchema } },
      [`/api/v1/${name}.csv`]: { "text/csv": { schema: { type: "string" } } },
      ...(collections[name].geo
        ? { [`/api/v1/${name}.geojson`]: { "application/geo+json": { schema: { type: "object" } } } }
        : {}),
    };
    for (const [path, content] of Object.entries(formats)) {
      paths[path] = {
        get: {
          operationId: `list-${name}${path.endsWith(".csv") ? "-csv" : path.endsWith(".geojson") ? "-geojson" : ""}`,
          summary: `${name}${path.endsWith(".csv") ? " as CSV" : path.endsWith(".geojson") ? " as GeoJSON" : ""}`,
          description: path.endsWith(".csv")
            ? `One row per record, UTF-8 with a byte-order mark, columns in this order:\n\n${csvColumns}`
            : undefined,
          parameters: parameters(name),
          responses: {
            "200": {
              description:
                path.endsWith(".csv") || path.endsWith(".geojson")
                  ? "Every matching record; without limit the file is the whole collection, never cut"
                  : "The matching records, paged by limit (default 100) and offset; meta.total and the Link header say how many there are",
              headers: listHeaders,
              content,
            },
            "304": { description: "Not modified (If-None-Match matched the ETag)" },
            "400": problemResponse("A parameter was wrong; errors names each one and what would be accepted"),
            ...commonErrors,
          },
        },
      };
    }
    paths[`/api/v1/${name}/{key}`] = {
      get: {
        operationId: `get-${name}`,
        summary: `One record of ${name}`,
        parameters: [
          {
            name: "key",
            in: "path",
            required: true,
            description:
              name === "countries"
                ? "The country's ISO 3166-1 alpha-2 code, any case"
                : name === "top500"
                  ? "The entry's id: system slug @ edition"
                  : "The record's slug or id",
            schema: { type: "string" },
            example: keyExample[name],
          },
        ],
        responses: {
          "200": {
            description: "The record",
            headers: cacheHeaders,
            content: {
              "application/json": {
                schema: { type: "object", required: ["data", "meta"], properties: { data: ref(id), meta: ref("Meta") } },
              },
            },
          },
          "304": { description: "Not modified" },
          "400": problemResponse("Query parameters are not accepted here"),
          "404": problemResponse("No such record"),
          ...commonErrors,
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "AI Factories Atlas open data API",
      version: "1",
      description:
        "The atlas's data: EuroHPC AI Factories, Antennas, supercomputers, TOP500 entries, programmes, events, training runs and sources. Every figure carries its claims, each with a source and an as-of date. Licence: CC BY 4.0.",
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: siteUrl.replace(/\/$/, ""), description: "The atlas (its SITE_URL)" }],
    // Open data: no operation needs credentials.
    security: [],
    paths,
    components: { schemas },
  };
}
