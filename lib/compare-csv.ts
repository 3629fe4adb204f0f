import { figureOf, specFields } from "@/lib/compare-rows";
import { toCsv } from "@/lib/csv";
import type { SystemDetail } from "@/lib/data/systems";
import { entryOnNewestList } from "@/lib/top500";
import { figureColumns, type Column, type FigureCells } from "@/lib/vocabulary";

const cells = (s: SystemDetail, field: string): FigureCells | null => {
  const p = figureOf(s, field)?.preferred;
  return p
    ? { value: p.value, kind: p.kind, asOf: p.asOf, source: { id: p.source.id, title: p.source.title, url: p.source.url } }
    : null;
};
/** The entry on the newest TOP500 list the atlas records, as /systems.csv and the API give it: none when not ranked there. */
const latest = (s: SystemDetail) => entryOnNewestList(s.top500, s.standing);

/** The columns of /compare.csv: identity, then each spec-sheet figure in the atlas's one vocabulary (lib/vocabulary.ts). */
export const compareCsvColumns: Column<SystemDetail>[] = [
  { header: "slug", type: "string", description: "Identifier", value: (s) => s.slug },
  { header: "name", type: "string", description: "Name", value: (s) => s.name },
  { header: "country", type: "string", description: "Country (ISO 3166-1 alpha-2)", value: (s) => s.country.code },
  { header: "status", type: "string", description: "operational, installing or planned", value: (s) => s.status },
  { header: "accelerator_model", type: "string", description: "Accelerator model", value: (s) => s.acceleratorModel },
  { header: "family", type: "string", description: "CUDA, ROCm or other", value: (s) => s.family },
  { header: "generation", type: "string", description: "Architecture generation", value: (s) => s.generation },
  {
    header: "latest_top500_edition",
    type: "string",
    description: "Edition (YYYY-MM) of the newest TOP500 list the atlas records, when it ranks the system there",
    value: (s) => latest(s)?.edition ?? null,
  },
  {
    header: "latest_top500_rank",
    type: "integer",
    description: "Rank on the newest TOP500 list the atlas records",
    value: (s) => latest(s)?.rank ?? null,
  },
  {
    header: "factories",
    type: "string",
    description: "AI Factories it serves, space-separated",
    value: (s) => s.factories.map((f) => f.slug).join(" "),
  },
  ...specFields.flatMap(({ field, label }) => figureColumns<SystemDetail>(field, label, (s) => cells(s, field))),
];

/** CSV of compared systems, one row each. */
export function compareRowsCsv(systems: SystemDetail[]): string {
  return toCsv<SystemDetail>(compareCsvColumns, systems);
}
