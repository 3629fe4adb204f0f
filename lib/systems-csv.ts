// The /systems CSV: the same rows as the table, in the atlas's one vocabulary
// (lib/vocabulary.ts): every figure with its unit in its name, kind, as-of date
// and source. rmax_pflops is always a measured TOP500 result; a preferred Rmax of
// another kind (expected for a planned machine, EuroHPC's announced figure) is in
// rmax_pflops_other, so the two are never mixed in one column.
import { toCsv } from "@/lib/csv";
import type { Cell, SystemRow } from "@/lib/data/systems";
import { figureColumns, type Column, type FigureCells } from "@/lib/vocabulary";

const cells = (c: Cell): FigureCells | null =>
  c ? { value: c.text, kind: c.kind, asOf: c.asOf, source: { id: c.sourceId, title: c.sourceTitle, url: c.sourceUrl } } : null;

/** The columns of /systems.csv, with types, units and descriptions (also used by the data package). */
export const systemsCsvColumns: Column<SystemRow>[] = [
  { header: "slug", type: "string", description: "Identifier", value: (r) => r.slug },
  { header: "name", type: "string", description: "Name", value: (r) => r.name },
  { header: "country", type: "string", description: "Country (ISO 3166-1 alpha-2)", value: (r) => r.countryCode },
  { header: "country_name", type: "string", description: "Country name", value: (r) => r.countryName },
  { header: "site", type: "string", description: "Site", value: (r) => r.site },
  { header: "city", type: "string", description: "City", value: (r) => r.city },
  { header: "status", type: "string", description: "operational, installing or planned", value: (r) => r.status },
  {
    header: "latest_top500_rank",
    type: "integer",
    description: "Rank on the newest TOP500 list the atlas records",
    value: (r) => r.rank?.rank ?? null,
  },
  {
    header: "latest_top500_edition",
    type: "string",
    description: "That list's edition (YYYY-MM)",
    value: (r) => r.rank?.edition ?? null,
  },
  {
    header: "latest_top500_provisional",
    type: "boolean",
    description: "No primary copy of that list found",
    value: (r) => r.rank?.provisional ?? null,
  },
  {
    header: "latest_top500_source",
    type: "string",
    description: "Source id of the rank",
    value: (r) => r.rank?.sourceId ?? null,
  },
  ...figureColumns<SystemRow>("rmax_pflops", "FP64 HPL Rmax, measured (TOP500 results only)", (r) => cells(r.rmax)),
  ...figureColumns<SystemRow>(
    "rmax_pflops_other",
    "FP64 HPL Rmax that is not measured (expected or announced); never ranked",
    (r) => cells(r.rmaxOther),
    "PFLOPS",
  ),
  ...figureColumns<SystemRow>("rpeak_pflops", "FP64 peak (Rpeak)", (r) => cells(r.rpeak)),
  { header: "accelerator_model", type: "string", description: "Accelerator model", value: (r) => r.acceleratorModel },
  ...figureColumns<SystemRow>("accelerator_count", "Number of accelerators", (r) => cells(r.accelerators)),
  { header: "family", type: "string", description: "CUDA, ROCm or other", value: (r) => r.family },
  { header: "generation", type: "string", description: "Architecture generation", value: (r) => r.generation },
  ...figureColumns<SystemRow>("power_mw", "Power", (r) => cells(r.power)),
  ...figureColumns<SystemRow>("in_service", "Date in service", (r) => cells(r.year)),
];

/** CSV of `rows`, one per system. */
export function systemsCsv(rows: SystemRow[]): string {
  return toCsv<SystemRow>(systemsCsvColumns, rows);
}
