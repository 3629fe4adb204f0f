// zod schemas of the open-data API: what each record looks like and which query
// parameters each collection accepts. The OpenAPI document is generated from
// these (lib/api/openapi.ts), and the contract test checks real responses
// against that document.
import { z } from "zod";
import { eventKinds, families, programmeKinds, sourceKinds, systemStatuses, systemTiers, waves } from "@/lib/schemas/data";
import { valueKinds } from "@/lib/value-kinds";

// --- records ------------------------------------------------------------------

/** The named schemas of the OpenAPI document (components.schemas). */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

export const apiClaim = z
  .object({
    value: z.union([z.number(), z.string()]),
    as_of: z.string().describe("Date the value was true, at the source's precision (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)"),
    source: z.string().describe("Source id; see /api/v1/sources"),
    kind: z
      .enum(valueKinds)
      .describe("What kind of value: measured (e.g. an HPL run), announced, expected, estimated or vendor-claim"),
    approximate: z.boolean().describe("The source gives the value as approximate (about, more than)"),
    unverified: z.boolean().describe("Only one source says so and nothing else confirms it"),
    preferred: z.boolean(),
    superseded: z.boolean().describe("An earlier value, since replaced (history, not disagreement)"),
    note: z.string().nullable(),
  })
  .register(apiRegistry, { id: "Claim" });

export const apiFigure = z
  .object({
    label: z.string(),
    unit: z.string(),
    value: z.union([z.number(), z.string()]).describe("The preferred claim's value"),
    as_of: z
      .string()
      .describe("Date the preferred value was true, at the source's precision (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)"),
    as_of_date: z.string().describe("First day of as_of (YYYY-MM-DD)"),
    as_of_precision: z.enum(["day", "month", "quarter", "year"]).describe("Precision of as_of"),
    source: z.string().describe("Source id of the preferred value; see /api/v1/sources"),
    source_title: z.string().describe("Title of that source"),
    source_url: z.string().nullable().describe("Address of that source; null when it is not online"),
    kind: z.enum(valueKinds).describe("The preferred claim's kind of value; rankings use measured values only"),
    measured_value: z
      .union([z.number(), z.string()])
      .nullable()
      .describe(
        "The value rankings use: the preferred claim if measured, else the newest current measured claim; null when none is measured",
      ),
    disagreement: z.boolean().describe("Another current claim gives a different value"),
    claims: z.array(apiClaim),
  })
  .register(apiRegistry, { id: "Figure" });

const figures = z.record(z.string(), apiFigure).describe("Figures by field; a figure left out is not known");
const coords = { lat: z.number(), lon: z.number(), coordinates_approximate: z.boolean() };
const url = z.string().describe("Permalink of the record's page");
const checked = z.string().describe("Date (YYYY-MM-DD) someone last verified the record against its sources");
const links = z
  .object({
    website: z.string().nullable().describe("Official website; null when none was found"),
    access: z.string().nullable().describe("Page that says how to apply for access; null when none was found"),
    searched: z.string().nullable().describe("Date the links were last looked for"),
  })
  .describe("Where a reader goes next");
const accessModes = z
  .array(z.object({ name: z.string(), detail: z.string().nullable(), source: z.string() }))
  .describe("Ways in the factory or antenna offers, each with its source");
const sources = z.array(z.string()).describe("Ids of the sources the record as a whole rests on");

export const apiFactory = z
  .object({
    slug: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    country: z.string(),
    wave: z.enum(waves),
    host: z.string(),
    city: z.string(),
    ...coords,
    partners: z.array(z.string()),
    systems: z.array(z.object({ slug: z.string(), role: z.string() })),
    antennas: z.array(z.string()),
    links,
    access_modes: accessModes,
    figures,
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "Factory" });

export const apiAntenna = z
  .object({
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    eu_member: z.boolean(),
    host: z.string().nullable(),
    city: z.string().nullable(),
    ...coords,
    factories: z.array(z.object({ slug: z.string(), note: z.string().nullable() })),
    access_tracks: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        use_case: z.string(),
        response_time: z.string(),
        response_days: z.number().nullable(),
      }),
    ),
    links,
    access_modes: accessModes,
    figures,
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "Antenna" });

export const apiSystem = z
  .object({
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    site: z.string(),
    city: z.string(),
    ...coords,
    status: z.enum(systemStatuses),
    tier: z.enum(systemTiers).nullable(),
    eurohpc: z.boolean(),
    vendor: z.string().nullable(),
    accelerator_model: z.string().nullable(),
    accelerator_vendor: z.string().nullable(),
    family: z.enum(families).nullable(),
    generation: z.string().nullable(),
    factories: z.array(z.object({ slug: z.string(), role: z.string() })),
    latest_top500: z
      .object({ edition: z.string(), rank: z.number(), provisional: z.boolean() })
      .nullable()
      .describe(
        "The system's entry on the newest TOP500 list the atlas records; null when it has none there (see top500_standing)",
      ),
    top500_standing: z
      .object({
        status: z.enum(["ranked", "absent", "unknown"]),
        edition: z.string(),
        previous: z.object({ edition: z.string(), rank: z.number() }).nullable(),
      })
      .nullable()
      .describe(
        "ranked, absent (the atlas covers that list completely) or unknown (it covers only part of it), with the last earlier entry",
      ),
    figures,
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "System" });

export const apiTop500 = z
  .object({
    id: z.string(),
    system: z.string(),
    edition: z.string(),
    list_number: z.number(),
    rank: z.number(),
    rmax_pflops: z.number().nullable().describe("FP64 HPL Rmax"),
    rpeak_pflops: z.number().nullable().describe("FP64 peak"),
    provisional: z.boolean(),
    note: z.string().nullable(),
    source: z.string(),
    checked,
  })
  .register(apiRegistry, { id: "Top500Entry" });

export const apiCountry = z
  .object({
    code: z.string(),
    name: z.string(),
    eu_member: z.boolean(),
    eurohpc: z.boolean().nullable(),
    eurohpc_note: z.string().nullable(),
    capital: z.string(),
    lat: z.number(),
    lon: z.number(),
    factories: z.array(z.string()),
    antennas: z.array(z.string()),
    systems: z.array(z.string()),
    partner_in: z.array(z.string()),
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "Country" });

export const apiEvent = z
  .object({
    slug: z.string(),
    date: z.string(),
    precision: z.enum(["year", "quarter", "month", "day"]),
    starts: z.string(),
    ends: z.string(),
    kind: z.enum(eventKinds),
    title: z.string(),
    summary: z.string(),
    supersedes: z.string().nullable(),
    superseded_by: z.string().nullable(),
    about: z.array(z.object({ type: z.string(), slug: z.string() })),
    countries: z.array(z.string()),
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "Event" });

export const apiProgramme = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(programmeKinds),
    start: z.string().nullable(),
    end: z.string().nullable(),
    parent: z.string().nullable(),
    summary: z.string(),
    figures,
    steps: z.array(z.object({ title: z.string(), detail: z.string(), date: z.string().nullable(), status: z.string() })),
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "Programme" });

export const apiTrainingRun = z
  .object({
    slug: z.string(),
    project: z.string(),
    model: z.string(),
    systems: z.array(z.string()),
    summary: z.string(),
    figures,
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "TrainingRun" });

export const apiProject = z
  .object({
    slug: z.string(),
    name: z.string(),
    organisation: z.string(),
    country: z.string().nullable(),
    compute: z.string(),
    summary: z.string(),
    runs: z.array(z.string()),
    figures,
    sources,
    checked,
    url,
  })
  .register(apiRegistry, { id: "Project" });

export const apiSource = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    kind: z.enum(sourceKinds),
    note: z.string().nullable(),
    cited_by: z.array(z.object({ type: z.string(), slug: z.string() })),
  })
  .register(apiRegistry, { id: "Source" });

export const apiMeta = z
  .object({
    count: z.number().int().describe("Records in this response"),
    total: z.number().int().describe("Records matching the query"),
    limit: z.number().int(),
    offset: z.number().int(),
    paged: z
      .boolean()
      .optional()
      .describe("True when more records match than this response holds (see next and the Link header)"),
    next: z.string().nullable().optional().describe("Address of the next page, or null on the last"),
    version: z.string().describe("Dataset version"),
    last_updated: z.string(),
    licence: z.string(),
    openapi: z.string(),
  })
  .register(apiRegistry, { id: "Meta" });

export const apiProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string(), accepted: z.string().optional() })).optional(),
  })
  .register(apiRegistry, { id: "Problem", description: "RFC 9457 problem details" });

// --- query parameters --------------------------------------------------------

const text = z.string().trim().max(100, "at most 100 characters");
const country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "an ISO 3166-1 alpha-2 code such as de")
  .transform((s) => s.toUpperCase());
const bool = z.enum(["true", "false"]).transform((v) => v === "true");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");
const slugParam = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug such as jupiter");

/** Parameters every collection accepts; sort keys are per collection. */
export function commonQuery<S extends readonly [string, ...string[]]>(sortKeys: S) {
  return {
    q: text.optional().describe("Free text: matched against names, places and other text fields"),
    sort: z.enum(sortKeys).optional(),
    order: z.enum(["asc", "desc"]).optional(),
    limit: z.coerce.number().int("a whole number").min(1, "at least 1").max(500, "at most 500").default(100),
    offset: z.coerce.number().int("a whole number").min(0, "0 or more").max(100_000, "at most 100000").default(0),
  };
}

export const queries = {
  factories: z
    .object({
      ...commonQuery(["name", "country", "wave", "city"] as const),
      country: country.optional(),
      wave: z.enum(waves).optional(),
    })
    .strict(),
  antennas: z
    .object({
      ...commonQuery(["name", "country"] as const),
      country: country.optional(),
      membership: z.enum(["eu", "partner"]).optional(),
      factory: slugParam.optional(),
    })
    .strict(),
  systems: z
    .object({
      ...commonQuery(["name", "country", "rank", "rmax", "rpeak", "accelerators", "status"] as const),
      country: country.optional(),
      status: z.enum(systemStatuses).optional(),
      family: z.enum(families).optional(),
      tier: z.enum(systemTiers).optional(),
      eurohpc: bool.optional(),
    })
    .strict(),
  top500: z
    .object({
      ...commonQuery(["edition", "rank", "system", "rmax"] as const),
      system: slugParam.optional(),
      edition: z
        .string()
        .regex(/^\d{4}-(06|11)$/, "an edition YYYY-06 or YYYY-11")
        .optional(),
      rank_min: z.coerce.number().int().min(1).max(500).optional(),
      rank_max: z.coerce.number().int().min(1).max(500).optional(),
    })
    .strict(),
  countries: z
    .object({
      ...commonQuery(["name", "code"] as const),
      membership: z.enum(["eu", "partner"]).optional(),
      eurohpc: z.enum(["true", "false", "unknown"]).optional(),
    })
    .strict(),
  events: z
    .object({
      ...commonQuery(["date", "kind", "title"] as const),
      kind: z.enum(eventKinds).optional(),
      country: country.optional(),
      about: z
        .string()
        .regex(/^(factory|antenna|system|programme|country|project):[A-Za-z0-9-]+$/, "type:slug, e.g. factory:jaif")
        .optional(),
      from: day.optional().describe("Events whose period ends on or after this day"),
      to: day.optional().describe("Events whose period starts on or before this day"),
    })
    .strict(),
  programmes: z
    .object({
      ...commonQuery(["name", "start", "kind"] as const),
      kind: z.enum(programmeKinds).optional(),
      parent: slugParam.optional(),
    })
    .strict(),
  "training-runs": z
    .object({ ...commonQuery(["model", "project"] as const), project: slugParam.optional(), system: slugParam.optional() })
    .strict(),
  projects: z.object({ ...commonQuery(["name", "country"] as const), country: country.optional() }).strict(),
  sources: z.object({ ...commonQuery(["date", "title", "publisher"] as const), kind: z.enum(sourceKinds).optional() }).strict(),
} as const;

export type CollectionName = keyof typeof queries;
export const collectionNames = Object.keys(queries) as CollectionName[];

export const records = {
  factories: apiFactory,
  antennas: apiAntenna,
  systems: apiSystem,
  top500: apiTop500,
  countries: apiCountry,
  events: apiEvent,
  programmes: apiProgramme,
  "training-runs": apiTrainingRun,
  projects: apiProject,
  sources: apiSource,
} as const satisfies Record<CollectionName, z.ZodType>;

export type ApiFigure = z.infer<typeof apiFigure>;
export type ApiRecord<C extends CollectionName> = z.infer<(typeof records)[C]>;
