// How each API collection is filtered, searched, sorted and flattened to CSV
// and GeoJSON. Pure functions over the records lib/data/api.ts loads.
import { fold } from "@/lib/search";
import type { ApiFigure, ApiRecord, CollectionName } from "@/lib/schemas/api";
import type { queries } from "@/lib/schemas/api";
import type { z } from "zod";
import {
  dateColumns,
  figureColumns as vocabularyFigureColumns,
  type Column,
  type FigureCells,
  PRECISIONS,
} from "@/lib/vocabulary";

type Q<C extends CollectionName> = z.output<(typeof queries)[C]>;
type Key = string | number | null;

export type CollectionDef<C extends CollectionName> = {
  /** The record field that names a record in /api/v1/<collection>/<key>. */
  key: (r: ApiRecord<C>) => string;
  filter: (r: ApiRecord<C>, q: Q<C>) => boolean;
  text: (r: ApiRecord<C>) => string[];
  sort: Record<string, (r: ApiRecord<C>) => Key>;
  defaultSort: string;
  /** CSV columns in a stable order, each with a type, unit and description for the documentation and data package. */
  csv: Column<ApiRecord<C>>[];
  geo?: (r: ApiRecord<C>) => { lat: number; lon: number };
};

const num = (f: ApiFigure | undefined): number | null => (typeof f?.value === "number" ? f.value : null);
const cells = (f: ApiFigure | undefined): FigureCells | null =>
  f ? { value: f.value, kind: f.kind, asOf: f.as_of, source: { id: f.source, title: f.source_title, url: f.source_url } } : null;
/** A figure's columns (value, kind, as-of date, source) in the atlas's one vocabulary (lib/vocabulary.ts). */
const figureColumns = <R extends { figures: Record<string, ApiFigure> }>(field: string, description: string) =>
  vocabularyFigureColumns<R>(field, description, (r) => cells(r.figures[field]));
const list = (xs: string[]) => xs.join(" ");
/** Every record's columns end with the date it was last verified against its sources. */
const withChecked = <R extends { checked: string }>(columns: Column<R>[]): Column<R>[] => [
  ...columns,
  {
    header: "checked",
    type: "date",
    description: "Date (YYYY-MM-DD) someone last verified the record against its sources",
    value: (r) => r.checked,
  },
];

export const collections: { [C in CollectionName]: CollectionDef<C> } = {
  factories: {
    key: (r) => r.slug,
    filter: (r, q) => (!q.country || r.country === q.country) && (!q.wave || r.wave === q.wave),
    text: (r) => [r.name, r.acronym ?? "", r.city, r.host, r.country],
    sort: { name: (r) => r.name, country: (r) => r.country, wave: (r) => r.wave, city: (r) => r.city },
    defaultSort: "name",
    csv: withChecked([
      { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
      { header: "name", type: "string", description: "Name", value: (r) => r.name },
      { header: "acronym", type: "string", description: "Acronym", value: (r) => r.acronym },
      { header: "country", type: "string", description: "Host country (ISO 3166-1 alpha-2)", value: (r) => r.country },
      { header: "wave", type: "string", description: "Selection wave (YYYY-MM)", value: (r) => r.wave },
      { header: "host", type: "string", description: "Host institution", value: (r) => r.host },
      { header: "city", type: "string", description: "City", value: (r) => r.city },
      { header: "lat", type: "number", unit: "degrees", description: "Latitude (approximate: city centre)", value: (r) => r.lat },
      {
        header: "lon",
        type: "number",
        unit: "degrees",
        description: "Longitude (approximate: city centre)",
        value: (r) => r.lon,
      },
      {
        header: "partners",
        type: "string",
        description: "Consortium partner countries, space-separated",
        value: (r) => list(r.partners),
      },
      {
        header: "systems",
        type: "string",
        description: "Systems it deploys, upgrades or uses, space-separated",
        value: (r) => list(r.systems.map((s) => s.slug)),
      },
      { header: "antennas", type: "string", description: "Linked Antennas, space-separated", value: (r) => list(r.antennas) },
      ...figureColumns<ApiRecord<"factories">>("selected_on", "Selection date"),
      ...figureColumns<ApiRecord<"factories">>("budget_total_eur", "Total budget"),
      ...figureColumns<ApiRecord<"factories">>("budget_eu_eur", "EU part of the budget"),
      ...figureColumns<ApiRecord<"factories">>("budget_national_eur", "National part of the budget"),
    ]),
    geo: (r) => r,
  },
  antennas: {
    key: (r) => r.slug,
    filter: (r, q) =>
      (!q.country || r.country === q.country) &&
      (!q.membership || r.eu_member === (q.membership === "eu")) &&
      (!q.factory || r.factories.some((f) => f.slug === q.factory)),
    text: (r) => [r.name, r.city ?? "", r.host ?? "", r.country],
    sort: { name: (r) => r.name, country: (r) => r.country },
    defaultSort: "name",
    csv: withChecked([
      { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
      { header: "name", type: "string", description: "Name", value: (r) => r.name },
      { header: "country", type: "string", description: "Host country (ISO 3166-1 alpha-2)", value: (r) => r.country },
      {
        header: "eu_member",
        type: "boolean",
        description: "Whether the host country is an EU Member State",
        value: (r) => r.eu_member,
      },
      { header: "host", type: "string", description: "Host institution (empty: not known)", value: (r) => r.host },
      { header: "city", type: "string", description: "City (empty: not known)", value: (r) => r.city },
      { header: "lat", type: "number", unit: "degrees", description: "Latitude (approximate)", value: (r) => r.lat },
      { header: "lon", type: "number", unit: "degrees", description: "Longitude (approximate)", value: (r) => r.lon },
      {
        header: "factories",
        type: "string",
        description: "Linked AI Factories, space-separated",
        value: (r) => list(r.factories.map((f) => f.slug)),
      },
      {
        header: "access_tracks",
        type: "string",
        description: "Access tracks, space-separated",
        value: (r) => list(r.access_tracks.map((t) => t.slug)),
      },
      ...figureColumns<ApiRecord<"antennas">>("selected_on", "Selection date"),
      ...figureColumns<ApiRecord<"antennas">>("budget_total_eur", "Total budget"),
    ]),
    geo: (r) => r,
  },
  systems: {
    key: (r) => r.slug,
    filter: (r, q) =>
      (!q.country || r.country === q.country) &&
      (!q.status || r.status === q.status) &&
      (!q.family || r.family === q.family) &&
      (!q.tier || r.tier === q.tier) &&
      (q.eurohpc === undefined || r.eurohpc === q.eurohpc),
    text: (r) => [r.name, r.site, r.city, r.country, r.vendor ?? "", r.accelerator_model ?? ""],
    sort: {
      name: (r) => r.name,
      country: (r) => r.country,
      status: (r) => r.status,
      rank: (r) => r.latest_top500?.rank ?? null,
      // Rankings use measured values only: an expected Rmax never sorts among TOP500 results.
      rmax: (r) => {
        const v = r.figures.rmax_pflops?.measured_value;
        return typeof v === "number" ? v : null;
      },
      rpeak: (r) => num(r.figures.rpeak_pflops),
      accelerators: (r) => num(r.figures.accelerator_count),
    },
    defaultSort: "name",
    csv: withChecked([
      { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
      { header: "name", type: "string", description: "Name", value: (r) => r.name },
      { header: "country", type: "string", description: "Country (ISO 3166-1 alpha-2)", value: (r) => r.country },
      { header: "site", type: "string", description: "Site", value: (r) => r.site },
      { header: "city", type: "string", description: "City", value: (r) => r.city },
      { header: "lat", type: "number", unit: "degrees", description: "Latitude (approximate)", value: (r) => r.lat },
      { header: "lon", type: "number", unit: "degrees", description: "Longitude (approximate)", value: (r) => r.lon },
      { header: "status", type: "string", description: "operational, installing or planned", value: (r) => r.status },
      {
        header: "tier",
        type: "string",
        description: "exascale, pre-exascale, petascale, ai-optimised or national",
        value: (r) => r.tier,
      },
      { header: "eurohpc", type: "boolean", description: "Owned by the EuroHPC JU", value: (r) => r.eurohpc },
      { header: "vendor", type: "string", description: "Vendor", value: (r) => r.vendor },
      { header: "accelerator_model", type: "string", description: "Accelerator model", value: (r) => r.accelerator_model },
      { header: "family", type: "string", description: "CUDA, ROCm or other", value: (r) => r.family },
      { header: "generation", type: "string", description: "Architecture generation", value: (r) => r.generation },
      {
        header: "latest_top500_edition",
        type: "string",
        description: "Latest TOP500 edition listing it",
        value: (r) => r.latest_top500?.edition ?? null,
      },
      {
        header: "latest_top500_rank",
        type: "integer",
        description: "Rank on that list",
        value: (r) => r.latest_top500?.rank ?? null,
      },
      ...figureColumns<ApiRecord<"systems">>("rmax_pflops", "FP64 HPL Rmax"),
      ...figureColumns<ApiRecord<"systems">>("rpeak_pflops", "FP64 peak (Rpeak)"),
      ...figureColumns<ApiRecord<"systems">>("ai_pflops", "Vendor AI performance at reduced precision (not FP64)"),
      ...figureColumns<ApiRecord<"systems">>("accelerator_count", "Number of accelerators"),
      ...figureColumns<ApiRecord<"systems">>("node_count", "Number of nodes"),
      ...figureColumns<ApiRecord<"systems">>("power_mw", "Power"),
      ...figureColumns<ApiRecord<"systems">>("in_service", "Date in service"),
    ]),
    geo: (r) => r,
  },
  top500: {
    key: (r) => r.id,
    filter: (r, q) =>
      (!q.system || r.system === q.system) &&
      (!q.edition || r.edition === q.edition) &&
      (q.rank_min === undefined || r.rank >= q.rank_min) &&
      (q.rank_max === undefined || r.rank <= q.rank_max),
    text: (r) => [r.system, r.edition, r.note ?? ""],
    sort: { edition: (r) => r.edition, rank: (r) => r.rank, system: (r) => r.system, rmax: (r) => r.rmax_pflops },
    defaultSort: "edition",
    csv: withChecked([
      { header: "id", type: "string", description: "Identifier (system@edition)", value: (r) => r.id },
      { header: "system", type: "string", description: "System slug", value: (r) => r.system },
      { header: "edition", type: "string", description: "TOP500 edition (YYYY-06 or YYYY-11)", value: (r) => r.edition },
      { header: "list_number", type: "integer", description: "List number", value: (r) => r.list_number },
      { header: "rank", type: "integer", description: "Rank", value: (r) => r.rank },
      {
        header: "rmax_pflops",
        type: "number",
        unit: "PFLOPS",
        description: "FP64 HPL Rmax, PFLOPS (empty: not known)",
        value: (r) => r.rmax_pflops,
      },
      {
        header: "rpeak_pflops",
        type: "number",
        unit: "PFLOPS",
        description: "FP64 peak, PFLOPS (empty: not known)",
        value: (r) => r.rpeak_pflops,
      },
      { header: "provisional", type: "boolean", description: "No primary copy of the list found", value: (r) => r.provisional },
      { header: "source", type: "string", description: "Source id", value: (r) => r.source },
    ]),
  },
  countries: {
    key: (r) => r.code.toLowerCase(),
    filter: (r, q) =>
      (!q.membership || r.eu_member === (q.membership === "eu")) &&
      (!q.eurohpc || (q.eurohpc === "unknown" ? r.eurohpc === null : r.eurohpc === (q.eurohpc === "true"))),
    text: (r) => [r.name, r.code, r.capital],
    sort: { name: (r) => r.name, code: (r) => r.code },
    defaultSort: "name",
    csv: withChecked([
      { header: "code", type: "string", description: "ISO 3166-1 alpha-2", value: (r) => r.code },
      { header: "name", type: "string", description: "Name", value: (r) => r.name },
      { header: "eu_member", type: "boolean", description: "EU Member State", value: (r) => r.eu_member },
      {
        header: "eurohpc",
        type: "boolean",
        description: "EuroHPC participating state (empty: not known)",
        value: (r) => r.eurohpc,
      },
      { header: "capital", type: "string", description: "Capital", value: (r) => r.capital },
      {
        header: "lat",
        type: "number",
        unit: "degrees",
        description: "Latitude of the capital (approximate)",
        value: (r) => r.lat,
      },
      {
        header: "lon",
        type: "number",
        unit: "degrees",
        description: "Longitude of the capital (approximate)",
        value: (r) => r.lon,
      },
      {
        header: "factories",
        type: "string",
        description: "AI Factories hosted, space-separated",
        value: (r) => list(r.factories),
      },
      { header: "antennas", type: "string", description: "Antennas hosted, space-separated", value: (r) => list(r.antennas) },
      { header: "systems", type: "string", description: "Systems hosted, space-separated", value: (r) => list(r.systems) },
      {
        header: "partner_in",
        type: "string",
        description: "Factories it is a consortium partner of, space-separated",
        value: (r) => list(r.partner_in),
      },
    ]),
    geo: (r) => r,
  },
  events: {
    key: (r) => r.slug,
    filter: (r, q) =>
      (!q.kind || r.kind === q.kind) &&
      (!q.country || r.countries.includes(q.country)) &&
      (!q.about || r.about.some((a) => `${a.type}:${a.slug}`.toLowerCase() === q.about?.toLowerCase())) &&
      (!q.from || r.ends >= q.from) &&
      (!q.to || r.starts <= q.to),
    text: (r) => [r.title, r.summary],
    sort: { date: (r) => `${r.ends} ${r.starts}`, kind: (r) => r.kind, title: (r) => r.title },
    defaultSort: "date",
    csv: withChecked([
      { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
      { header: "date", type: "string", description: "Date at the source's precision", value: (r) => r.date },
      {
        header: "precision",
        type: "string",
        enum: PRECISIONS,
        description: "Precision of date: day, month, quarter or year",
        value: (r) => r.precision,
      },
      { header: "starts", type: "date", description: "First day the date covers", value: (r) => r.starts },
      { header: "ends", type: "date", description: "Last day the date covers", value: (r) => r.ends },
      { header: "kind", type: "string", description: "Kind of event", value: (r) => r.kind },
      { header: "title", type: "string", description: "Title", value: (r) => r.title },
      { header: "summary", type: "string", description: "Summary", value: (r) => r.summary },
      { header: "supersedes", type: "string", description: "Event whose date this one replaces", value: (r) => r.supersedes },
      { header: "superseded_by", type: "string", description: "Event that replaces this date", value: (r) => r.superseded_by },
      {
        header: "about",
        type: "string",
        description: "Records it concerns (type:slug), space-separated",
        value: (r) => list(r.about.map((a) => `${a.type}:${a.slug}`)),
      },
      {
        header: "countries",
        type: "string",
        description: "Countries it concerns, space-separated",
        value: (r) => list(r.countries),
      },
      { header: "sources", type: "string", description: "Source ids, space-separated", value: (r) => list(r.sources) },
    ]),
  },
  programmes: {
    key: (r) => r.slug,
    filter: (r, q) => (!q.kind || r.kind === q.kind) && (!q.parent || r.parent === q.parent),
    text: (r) => [r.name, r.summary],
    sort: { name: (r) => r.name, start: (r) => r.start, kind: (r) => r.kind },
    defaultSort: "name",
    csv: withChecked([
      { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
      { header: "name", type: "string", description: "Name", value: (r) => r.name },
      {
        header: "kind",
        type: "string",
        description: "programme, fund, call, selection-wave, platform or regulation",
        value: (r) => r.kind,
      },
      ...dateColumns<ApiRecord<"programmes">>("start", "Start", (r) => r.start),
      ...dateColumns<ApiRecord<"programmes">>("end", "End (empty: open-ended or not known)", (r) => r.end),
      { header: "parent", type: "string", description: "Parent programme", value: (r) => r.parent },
      ...figureColumns<ApiRecord<"programmes">>("amount_total_eur", "Total amount"),
      ...figureColumns<ApiRecord<"programmes">>("amount_eu_eur", "EU contribution"),
      ...figureColumns<ApiRecord<"programmes">>("amount_national_eur", "National contribution"),
    ]),
  },
  "training-runs": {
    key: (r) => r.slug,
    filter: (r, q) => (!q.project || r.project === q.project) && (!q.system || r.systems.includes(q.system)),
    text: (r) => [r.model, r.summary, r.project],
    sort: { model: (r) => r.model, project: (r) => r.project },
    defaultSort: "model",
    csv: withChecked([
      { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
      { header: "project", type: "string", description: "Model project", value: (r) => r.project },
      { header: "model", type: "string", description: "Model", value: (r) => r.model },
      { header: "systems", type: "string", description: "Systems used, space-separated", value: (r) => list(r.systems) },
      ...figureColumns<ApiRecord<"training-runs">>("parameters_billion", "Parameters"),
      ...figureColumns<ApiRecord<"training-runs">>("gpu_count", "GPUs used"),
      ...figureColumns<ApiRecord<"training-runs">>("tokens_trillion", "Training tokens"),
      ...figureColumns<ApiRecord<"training-runs">>("gpu_hours_million", "GPU hours"),
    ]),
  },
  projects: {
    key: (r) => r.slug,
    filter: (r, q) => !q.country || r.country === q.country,
    text: (r) => [r.name, r.organisation, r.compute, r.summary],
    sort: { name: (r) => r.name, country: (r) => r.country },
    defaultSort: "name",
    csv: withChecked([
      { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
      { header: "name", type: "string", description: "Name", value: (r) => r.name },
      { header: "organisation", type: "string", description: "Organisation", value: (r) => r.organisation },
      { header: "country", type: "string", description: "Country (empty: pan-European)", value: (r) => r.country },
      { header: "compute", type: "string", description: "Compute it relies on", value: (r) => r.compute },
      { header: "runs", type: "string", description: "Training runs, space-separated", value: (r) => list(r.runs) },
    ]),
  },
  sources: {
    key: (r) => r.id,
    filter: (r, q) => !q.kind || r.kind === q.kind,
    text: (r) => [r.title, r.publisher, r.note ?? ""],
    sort: { date: (r) => r.date, title: (r) => r.title, publisher: (r) => r.publisher },
    defaultSort: "title",
    csv: [
      { header: "id", type: "string", description: "Identifier", value: (r) => r.id },
      { header: "title", type: "string", description: "Title", value: (r) => r.title },
      { header: "publisher", type: "string", description: "Publisher", value: (r) => r.publisher },
      ...dateColumns<ApiRecord<"sources">>("date", "Publication date", (r) => r.date),
      { header: "url", type: "string", description: "Address (empty: none)", value: (r) => r.url },
      { header: "kind", type: "string", description: "primary, secondary or analysis", value: (r) => r.kind },
      { header: "note", type: "string", description: "Note", value: (r) => r.note },
      {
        header: "cited_by",
        type: "string",
        description: "Records citing it (type:slug), space-separated",
        value: (r) => list(r.cited_by.map((c) => `${c.type}:${c.slug}`)),
      },
    ],
  },
};

/** Filters by the collection's parameters and free text, sorts (unknown last), and pages. */
export function query<C extends CollectionName>(name: C, all: ApiRecord<C>[], q: Q<C>) {
  const def = collections[name] as CollectionDef<C>;
  const words = q.q ? fold(q.q).split(/\s+/).filter(Boolean) : [];
  const matched = all.filter((r) => def.filter(r, q) && words.every((w) => fold(def.text(r).join(" ")).includes(w)));
  const get = def.sort[q.sort ?? def.defaultSort] ?? def.sort[def.defaultSort];
  const dir = q.order === "desc" ? -1 : 1;
  const sorted = get
    ? matched
        .map((r, i) => ({ r, i, k: get(r) }))
        .sort((a, b) => {
          if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
          const c = typeof a.k === "number" && typeof b.k === "number" ? a.k - b.k : String(a.k).localeCompare(String(b.k));
          return c * dir || a.i - b.i;
        })
        .map((x) => x.r)
    : matched;
  return { total: sorted.length, page: sorted.slice(q.offset, q.offset + q.limit) };
}
