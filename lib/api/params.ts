// Turns a query string into a collection's parameters, or into the list of
// what was wrong with it, parameter by parameter, with what would be accepted.
import { z } from "zod";
import type { ProblemError } from "@/lib/api/http";

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ProblemError[] };

/** More parameters than any query needs: past this the request is refused before any is read. */
export const MAX_PARAMETERS = 20;

/** Parses `search` with a strict zod object; repeated, unknown and too many parameters are errors. */
export function parseParams<S extends z.ZodObject>(schema: S, search: URLSearchParams): Parsed<z.output<S>> {
  const allowed = Object.keys(schema.shape);
  const count = [...search.keys()].length;
  if (count > MAX_PARAMETERS) {
    return {
      ok: false,
      errors: [{ parameter: "(query)", message: `${count} parameters given`, accepted: `at most ${MAX_PARAMETERS}` }],
    };
  }
  // A Map, not an object: a parameter called "constructor" or "__proto__" is a parameter like any other.
  const raw = new Map<string, string>();
  const errors: ProblemError[] = [];
  for (const [key, value] of search) {
    if (raw.has(key)) errors.push({ parameter: key.slice(0, 60), message: "given more than once", accepted: "one value" });
    raw.set(key, value);
  }
  const result = schema.safeParse(Object.fromEntries(raw));
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          errors.push({ parameter: key.slice(0, 60), message: "unknown parameter", accepted: allowed.join(", ") });
        }
        continue;
      }
      const parameter = String(issue.path[0] ?? "(query)").slice(0, 60);
      const accepted = issue.code === "invalid_value" ? issue.values.map(String).join(", ") : undefined;
      errors.push({ parameter, message: issue.message, ...(accepted ? { accepted } : {}) });
    }
  }
  if (errors.length) return { ok: false, errors };
  if (!result.success) return { ok: false, errors: [{ parameter: "(query)", message: "invalid" }] };
  return { ok: true, value: result.data };
}

/** What a list parameter does and an example value, for the OpenAPI document; a collection may word a shared name its own way. */
export type ParameterDoc = { description: string; example: string | number };

const sharedDocs: Record<string, ParameterDoc> = {
  q: { description: "Free text: matched against names, places and other text fields", example: "Jülich" },
  order: { description: "Sort direction: asc (A to Z, smallest first) or desc", example: "desc" },
  limit: {
    description:
      "Records per page of JSON (1 to 500, default 100). CSV and GeoJSON files are the whole collection unless a limit is given",
    example: 50,
  },
  offset: { description: "Records to skip before the first one returned (a whole number, default 0)", example: 100 },
  country: { description: "ISO 3166-1 alpha-2 country code, any case", example: "de" },
  membership: { description: "The country's relation to the EuroHPC JU: eu (member state) or partner", example: "eu" },
  wave: { description: "The AI Factory selection wave, as year-month of the decision", example: "2025-03" },
  factory: { description: "Slug of the AI Factory the antenna belongs to", example: "jaif" },
  status: { description: "Where the system stands: operational, installing or planned", example: "operational" },
  family: { description: "Accelerator software family: CUDA, ROCm or other", example: "CUDA" },
  tier: { description: "Class of system by size and purpose", example: "exascale" },
  eurohpc: { description: "Whether it is (co-)funded by the EuroHPC JU", example: "true" },
  system: { description: "Slug of a system", example: "jupiter" },
  edition: { description: "TOP500 edition as year-month (06 for June, 11 for November)", example: "2025-11" },
  rank_min: { description: "Lowest-numbered TOP500 rank to include (a whole number, 1 to 500)", example: 1 },
  rank_max: { description: "Highest-numbered TOP500 rank to include (a whole number, 1 to 500)", example: 50 },
  kind: { description: "Kind of record", example: "deadline" },
  about: { description: "What the event concerns, as type:slug", example: "system:jupiter" },
  from: { description: "Events whose period ends on or after this day (YYYY-MM-DD)", example: "2026-01-01" },
  to: { description: "Events whose period starts on or before this day (YYYY-MM-DD)", example: "2026-12-31" },
  parent: { description: "Slug of the programme this one belongs to", example: "eurohpc-ju-2021-2027" },
  project: { description: "Slug of the model-training project", example: "apertus" },
  sort: { description: "Field to sort by", example: "name" },
};

const collectionDocs: Record<string, Record<string, Partial<ParameterDoc>>> = {
  countries: { eurohpc: { description: "Whether the country takes part in the EuroHPC JU (true, false or unknown)" } },
  events: { kind: { description: "Kind of event", example: "deadline" }, sort: { example: "date" } },
  programmes: { kind: { description: "Kind of programme", example: "call" }, sort: { example: "start" } },
  sources: {
    kind: { description: "Kind of source: primary, secondary or analysis", example: "primary" },
    sort: { example: "date" },
  },
  systems: { sort: { example: "rmax" } },
  top500: { sort: { example: "rank" } },
  "training-runs": { sort: { example: "model" } },
};

/** The description and example of parameter `key` of `collection`; the example is checked against the parameter's schema in tests. */
export function parameterDoc(collection: string, key: string, enumValues?: readonly unknown[]): ParameterDoc {
  const base = sharedDocs[key] ?? { description: `Filter by ${key.replace(/_/g, " ")}`, example: "" };
  const doc = { ...base, ...collectionDocs[collection]?.[key] };
  const example = enumValues?.length && !enumValues.includes(doc.example) ? enumValues[0] : doc.example;
  const choices = enumValues?.length ? `: one of ${enumValues.join(", ")}` : "";
  return {
    description: key === "sort" ? `${doc.description}${choices}` : doc.description,
    example: typeof example === "number" ? example : String(example),
  };
}
