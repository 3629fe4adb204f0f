// zod schemas for the files in data/: the one definition of a valid record.
// The seed parses every file with these before it writes anything; the types
// the seed works with come from here (z.infer).
import { z } from "zod";
import { isPartialDate } from "@/lib/dates";
import { valueKinds, type ValueKind } from "@/lib/value-kinds";

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and single hyphens");

// YAML reads an unquoted 2029 as a number; a year is still a date.
export const partialDate = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : v),
  z.string().refine(isPartialDate, "must be a real date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD"),
);

/** A full calendar date, YYYY-MM-DD: when someone checked a record, when a change was made. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a full date written YYYY-MM-DD")
    .refine(isPartialDate, "must be a real calendar date"),
);

export const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code in capitals, e.g. FI");

const text = z.string().trim().min(1, "must not be empty");

export const sourceKinds = ["primary", "secondary", "analysis"] as const;

export const sourceSchema = z
  .object({
    id: slug,
    title: text,
    publisher: text,
    date: partialDate.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    kind: z.enum(sourceKinds),
    note: text.optional(),
  })
  .strict();

export { valueKinds, type ValueKind };

/** One claim about a figure: its value, the source it comes from, when it was true and what kind of value it is. */
function claim<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      source: slug,
      as_of: partialDate,
      kind: z.enum(valueKinds, { error: `must say what kind of value it is: one of ${valueKinds.join(", ")}` }),
      // The source gives the value as approximate ("about 24,000", "more than 1,000").
      approximate: z.boolean().optional(),
      // Only an essay or a single weak source says so, and nothing else confirms it.
      unverified: z.boolean().optional(),
      preferred: z.boolean().optional(),
      // An earlier value that was true at its date and has since changed (a
      // history, not a disagreement), such as a TOP500 result before an upgrade.
      superseded: z.boolean().optional(),
      note: text.optional(),
    })
    .strict();
}

/**
 * A figure is one claim or a list of claims. With several claims exactly one
 * is `preferred`, and it carries a `note` saying why. Omitted means not known.
 */
function figure<T extends z.ZodType>(value: T) {
  // A single claim is written as an object; wrap it so every figure is a list
  // and error paths read figures.<field>.<n>.<key>.
  return z
    .preprocess(
      (v) => (v !== null && typeof v === "object" && !Array.isArray(v) ? [v] : v),
      z
        .array(claim(value), { error: "must be a claim { value, source, as_of } or a list of claims" })
        .min(1, "list at least one claim, or leave the figure out"),
    )
    .superRefine((claims, ctx) => {
      if (claims.length === 1) return;
      const preferred = claims.filter((c) => c.preferred);
      if (preferred.length !== 1) {
        ctx.addIssue({ code: "custom", message: `has ${claims.length} claims: mark exactly one preferred: true` });
      } else if (!preferred[0]?.note) {
        ctx.addIssue({ code: "custom", message: "the preferred claim needs a note saying why it is preferred" });
      }
    })
    .optional();
}

const count = z.number({ error: "must be a number" }).int("must be a whole number").nonnegative("must not be negative");
const amount = z.number({ error: "must be a number" }).nonnegative("must not be negative");

export const countFigure = figure(count);
export const amountFigure = figure(amount);
export const dateFigure = figure(partialDate);

export const figureUnits = [
  "EUR",
  "USD",
  "GBP",
  "PLN",
  "CZK",
  "ISK",
  "count",
  "PFLOPS",
  "MW",
  "percent",
  "months",
  "rank",
  "node-hours",
  "GPU-hours",
] as const;

/** Figures that fit no fixed field (an essay's comparison, a review's totals): labelled, with a unit. */
const otherFigure = z
  .object({
    key: slug,
    label: text,
    unit: z.enum(figureUnits),
    claims: figure(amount).unwrap(),
  })
  .strict();

/** The date someone last verified the record against its sources. */
const checked = isoDate;

const common = {
  summary: text,
  checked,
  // Figures searched for and not found: field → the date of the search. Pages say
  // "no source found as of <date>" instead of a bare "not known".
  not_found: z.record(z.string().regex(/^[a-z0-9_:-]+$/, "must be a figure field name"), isoDate).default({}),
  sources: z.array(slug).min(1, "list at least one source for the record"),
  other_figures: z.array(otherFigure).optional(),
};

const coordinates = z.tuple([
  z.number().min(-90).max(90, "latitude must be between -90 and 90"),
  z.number().min(-180).max(180, "longitude must be between -180 and 180"),
]);

export const countrySchema = z
  .object({
    code: countryCode,
    name: text,
    eu_member: z.boolean(),
    eurohpc: z.boolean().nullable(),
    eurohpc_note: text.optional(),
    capital: text,
    coordinates,
    sources: z.array(slug).min(1),
    checked,
  })
  .strict();

/**
 * Where a reader goes next: the official website and the page that says how to
 * apply for access. null means none was found by `searched` (the date someone looked).
 */
const links = z
  .object({
    website: z.url({ protocol: /^https?$/ }).nullable(),
    access: z.url({ protocol: /^https?$/ }).nullable(),
    searched: isoDate,
    sources: z.array(slug).default([]),
  })
  .strict();

/** A way in that a factory or antenna offers (a call, a track, a service), with its source. */
const accessMode = z
  .object({
    name: text,
    detail: text.optional(),
    source: slug,
  })
  .strict();

export const waves = ["2024-12", "2025-03", "2025-10"] as const;

export const factorySchema = z
  .object({
    slug,
    name: text,
    acronym: text.optional(),
    country: countryCode,
    wave: z.enum(waves),
    host: text,
    city: text,
    coordinates,
    coordinates_approximate: z.boolean(),
    links: links.optional(),
    access_modes: z.array(accessMode).default([]),
    partners: z.array(countryCode).default([]),
    systems: z.array(z.object({ system: slug, role: z.enum(["deploys", "upgrades", "uses"]) }).strict()).default([]),
    figures: z
      .object({
        selected_on: dateFigure,
        budget_total_eur: amountFigure,
        budget_eu_eur: amountFigure,
        budget_national_eur: amountFigure,
      })
      .strict()
      .default({}),
    ...common,
  })
  .strict();

export const antennaSchema = z
  .object({
    slug,
    name: text,
    country: countryCode,
    host: text.nullable(),
    city: text.nullable(),
    coordinates,
    coordinates_approximate: z.boolean(),
    links: links.optional(),
    access_modes: z.array(accessMode).default([]),
    factories: z.array(z.object({ factory: slug, note: text.optional() }).strict()).default([]),
    figures: z
      .object({
        selected_on: dateFigure,
        budget_total_eur: amountFigure,
        budget_eu_eur: amountFigure,
        budget_national_eur: amountFigure,
      })
      .strict()
      .default({}),
    ...common,
  })
  .strict();

export const accessTrackSchema = z
  .object({
    slug,
    name: text,
    offered_by: z.union([z.object({ antenna: slug }).strict(), z.object({ factory: slug }).strict()]),
    use_case: text,
    response_time: text,
    response_days: count.optional(),
    sources: z.array(slug).min(1),
    checked,
  })
  .strict();

export const systemStatuses = ["operational", "installing", "planned"] as const;
export const families = ["CUDA", "ROCm", "other"] as const;
/** EuroHPC's own classes of system, plus the national and the new AI-optimised machines. */
export const systemTiers = ["exascale", "pre-exascale", "petascale", "ai-optimised", "national"] as const;

export const systemSchema = z
  .object({
    slug,
    name: text,
    country: countryCode,
    site: text,
    city: text,
    coordinates,
    coordinates_approximate: z.boolean(),
    status: z.enum(systemStatuses),
    tier: z.enum(systemTiers).nullable(),
    eurohpc: z.boolean(),
    vendor: text.nullable(),
    accelerator_model: text.nullable(),
    accelerator_vendor: z.enum(["NVIDIA", "AMD", "other"]).nullable(),
    family: z.enum(families).nullable(),
    generation: text.nullable(),
    figures: z
      .object({
        rmax_pflops: amountFigure,
        rpeak_pflops: amountFigure,
        ai_pflops: amountFigure,
        accelerator_count: countFigure,
        accelerators_per_node: countFigure,
        node_count: countFigure,
        power_mw: amountFigure,
        cost_eur: amountFigure,
        in_service: dateFigure,
      })
      .strict()
      .default({}),
    ...common,
  })
  .strict();

export const top500Edition = z.string().regex(/^\d{4}-(06|11)$/, "must be a TOP500 edition: YYYY-06 or YYYY-11");

/** The list's number: June 1993 was the 1st, and there are two a year. */
export function top500ListNumber(edition: string): number {
  const year = Number(edition.slice(0, 4));
  return (year - 1993) * 2 + (edition.endsWith("-11") ? 2 : 1);
}

/**
 * A TOP500 list the atlas records. coverage: complete when every European
 * system in the list has a row in top500.yaml (so a system without a row was
 * not in the list), partial when only some were found.
 */
export const top500ListSchema = z
  .object({
    edition: top500Edition,
    number: count,
    published: partialDate,
    coverage: z.enum(["complete", "partial"]),
    source: slug,
    note: text.optional(),
    checked,
  })
  .strict()
  .refine((l) => l.number === top500ListNumber(l.edition), {
    message: "the list number does not match the edition (June 1993 was list 1, two lists a year)",
    path: ["number"],
  });

export const top500Schema = z
  .object({
    system: slug,
    edition: top500Edition,
    rank: count.min(1, "must be 1 or more").max(500, "must be 500 or less: the TOP500 has 500 places"),
    rmax_pflops: amount.nullable(),
    rpeak_pflops: amount.nullable(),
    source: slug,
    provisional: z.boolean().default(false),
    note: text.optional(),
    checked,
  })
  .strict();

export const programmeKinds = ["programme", "fund", "call", "selection-wave", "platform", "regulation"] as const;

export const programmeSchema = z
  .object({
    slug,
    name: text,
    kind: z.enum(programmeKinds),
    start: partialDate.optional(),
    end: partialDate.optional(),
    parent: slug.optional(),
    figures: z
      .object({
        amount_total_eur: amountFigure,
        amount_eu_eur: amountFigure,
        amount_national_eur: amountFigure,
      })
      .strict()
      .default({}),
    steps: z
      .array(
        z
          .object({
            title: text,
            detail: text,
            date: partialDate.optional(),
            status: z.enum(["done", "expected", "unknown"]),
          })
          .strict(),
      )
      .default([]),
    ...common,
  })
  .strict();

export const eventKinds = [
  "selection",
  "call-open",
  "call-close",
  "deadline",
  "contract",
  "inauguration",
  "regulation",
  "release",
  "top500",
  "ai-act",
  "announcement",
] as const;

export const subjectTypes = ["factory", "antenna", "system", "programme", "country", "project"] as const;

export const eventSchema = z
  .object({
    slug,
    date: partialDate,
    end: partialDate.optional(),
    kind: z.enum(eventKinds),
    title: text,
    summary: text,
    supersedes: slug.optional(),
    // Not yet happened when the record was checked: a planned date. Once the
    // dataset's date passes it, the seed refuses it until someone records what happened.
    expected: z.boolean().default(false),
    about: z.array(z.object({ type: z.enum(subjectTypes), slug: z.string().min(1) }).strict()).default([]),
    sources: z.array(slug).min(1),
    checked,
  })
  .strict();

export const projectSchema = z
  .object({
    slug,
    name: text,
    organisation: text,
    country: countryCode.nullable(),
    compute: text,
    ...common,
  })
  .strict();

export const trainingRunSchema = z
  .object({
    slug,
    project: slug,
    model: text,
    systems: z.array(slug).default([]),
    figures: z
      .object({
        parameters_billion: amountFigure,
        gpu_count: countFigure,
        tokens_trillion: amountFigure,
        gpu_hours_million: amountFigure,
      })
      .strict()
      .default({}),
    ...common,
  })
  .strict();

export const changeSubjectTypes = [
  "factory",
  "antenna",
  "system",
  "top500",
  "programme",
  "event",
  "project",
  "training-run",
  "country",
  "access-track",
  "source",
] as const;

/**
 * One published change to the data: which record and figure, from what to
 * what, why, and the source it rests on. top500 keys are "<system>@<edition>".
 */
export const changeSchema = z
  .object({
    id: slug,
    date: isoDate,
    record: z.object({ type: z.enum(changeSubjectTypes), key: z.string().min(1) }).strict(),
    field: text.optional(),
    from: text.optional(),
    to: text.optional(),
    reason: text,
    sources: z.array(slug).min(1, "list the source the change rests on"),
  })
  .strict();

export const datasetSchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, "must be YYYY.MM.DD"),
    last_updated: partialDate,
    licence: text,
    licence_url: z.url(),
  })
  .strict();

/** Each data file, its record schema and the key that names a record in messages. */
export const collections = {
  sources: { schema: sourceSchema, key: "id" },
  countries: { schema: countrySchema, key: "code" },
  factories: { schema: factorySchema, key: "slug" },
  antennas: { schema: antennaSchema, key: "slug" },
  "access-tracks": { schema: accessTrackSchema, key: "slug" },
  systems: { schema: systemSchema, key: "slug" },
  "top500-lists": { schema: top500ListSchema, key: "edition" },
  top500: { schema: top500Schema, key: "system" },
  programmes: { schema: programmeSchema, key: "slug" },
  events: { schema: eventSchema, key: "slug" },
  projects: { schema: projectSchema, key: "slug" },
  "training-runs": { schema: trainingRunSchema, key: "slug" },
  changes: { schema: changeSchema, key: "id" },
} as const;

export type CollectionName = keyof typeof collections;
export type Source = z.infer<typeof sourceSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Factory = z.infer<typeof factorySchema>;
export type Antenna = z.infer<typeof antennaSchema>;
export type AccessTrack = z.infer<typeof accessTrackSchema>;
export type System = z.infer<typeof systemSchema>;
export type Top500 = z.infer<typeof top500Schema>;
export type Top500List = z.infer<typeof top500ListSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Project = z.infer<typeof projectSchema>;
export type TrainingRun = z.infer<typeof trainingRunSchema>;
export type DatasetInfo = z.infer<typeof datasetSchema>;
export type Claim = {
  value: number | string;
  source: string;
  as_of: string;
  kind: ValueKind;
  approximate?: boolean;
  unverified?: boolean;
  preferred?: boolean;
  superseded?: boolean;
  note?: string;
};
