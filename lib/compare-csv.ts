import { figureOf, specFields } from "@/lib/compare-rows";
import { toCsv, type CsvValue } from "@/lib/csv";
import type { SystemDetail } from "@/lib/data/systems";

/** CSV of compared systems: identity columns, then value, source and as-of for each spec-sheet figure. */
export function compareRowsCsv(systems: SystemDetail[]): string {
  const figureColumns = specFields.flatMap(({ field }) => [
    { header: field, value: (s: SystemDetail): CsvValue => figureOf(s, field)?.preferred.value ?? null },
    { header: `${field}_source`, value: (s: SystemDetail): CsvValue => figureOf(s, field)?.preferred.source.id ?? null },
    { header: `${field}_as_of`, value: (s: SystemDetail): CsvValue => figureOf(s, field)?.preferred.asOf ?? null },
    { header: `${field}_kind`, value: (s: SystemDetail): CsvValue => figureOf(s, field)?.preferred.kind ?? null },
  ]);
  const latest = (s: SystemDetail) => s.top500[s.top500.length - 1];
  return toCsv<SystemDetail>(
    [
      { header: "slug", value: (s) => s.slug },
      { header: "name", value: (s) => s.name },
      { header: "country_code", value: (s) => s.country.code },
      { header: "status", value: (s) => s.status },
      { header: "accelerator_model", value: (s) => s.acceleratorModel },
      { header: "architecture_family", value: (s) => s.family },
      { header: "architecture_generation", value: (s) => s.generation },
      { header: "latest_top500_edition", value: (s) => latest(s)?.edition ?? null },
      { header: "latest_top500_rank", value: (s) => latest(s)?.rank ?? null },
      { header: "host_factories", value: (s) => s.factories.map((f) => f.slug).join(" ") },
      ...figureColumns,
    ],
    systems,
  );
}
