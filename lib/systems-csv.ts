// The /systems CSV: the same rows as the table, documented columns in a stable order.
// rmax_pflops_fp64 is always a measured TOP500 result; a preferred Rmax of another
// kind (expected for a planned machine, EuroHPC's announced figure) is in
// rmax_other_*, so the two are never mixed in one column.
import { toCsv } from "@/lib/csv";
import type { Cell, SystemRow } from "@/lib/data/systems";

const v = (c: Cell) => c?.value ?? null;
const src = (c: Cell) => c?.sourceId ?? null;
const asOf = (c: Cell) => c?.asOf ?? null;

/** CSV of `rows`, one per system; each figure is followed by its source id and as-of date. */
export function systemsCsv(rows: SystemRow[]): string {
  return toCsv<SystemRow>(
    [
      { header: "slug", value: (r) => r.slug },
      { header: "name", value: (r) => r.name },
      { header: "country_code", value: (r) => r.countryCode },
      { header: "country", value: (r) => r.countryName },
      { header: "site", value: (r) => r.site },
      { header: "city", value: (r) => r.city },
      { header: "status", value: (r) => r.status },
      { header: "top500_rank", value: (r) => r.rank?.rank ?? null },
      { header: "top500_edition", value: (r) => r.rank?.edition ?? null },
      { header: "top500_provisional", value: (r) => r.rank?.provisional ?? null },
      { header: "top500_source", value: (r) => r.rank?.sourceId ?? null },
      { header: "rmax_pflops_fp64", value: (r) => v(r.rmax) },
      { header: "rmax_source", value: (r) => src(r.rmax) },
      { header: "rmax_as_of", value: (r) => asOf(r.rmax) },
      { header: "rmax_other_pflops_fp64", value: (r) => v(r.rmaxOther) },
      { header: "rmax_other_kind", value: (r) => r.rmaxOther?.kind ?? null },
      { header: "rmax_other_source", value: (r) => src(r.rmaxOther) },
      { header: "rpeak_pflops_fp64", value: (r) => v(r.rpeak) },
      { header: "rpeak_source", value: (r) => src(r.rpeak) },
      { header: "rpeak_as_of", value: (r) => asOf(r.rpeak) },
      { header: "rpeak_kind", value: (r) => r.rpeak?.kind ?? null },
      { header: "accelerator_model", value: (r) => r.acceleratorModel },
      { header: "accelerator_count", value: (r) => v(r.accelerators) },
      { header: "accelerator_count_source", value: (r) => src(r.accelerators) },
      { header: "accelerator_count_kind", value: (r) => r.accelerators?.kind ?? null },
      { header: "architecture_family", value: (r) => r.family },
      { header: "architecture_generation", value: (r) => r.generation },
      { header: "power_mw", value: (r) => v(r.power) },
      { header: "power_source", value: (r) => src(r.power) },
      { header: "power_kind", value: (r) => r.power?.kind ?? null },
      { header: "in_service_year", value: (r) => v(r.year) },
      { header: "in_service_source", value: (r) => src(r.year) },
    ],
    rows,
  );
}
