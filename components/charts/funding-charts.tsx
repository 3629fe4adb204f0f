// The funding and concentration charts, drawn on the server. The funding and
// scale pages carry the same numbers in tables, each with its source.
import { BarChartSvg } from "@/components/charts/bar-chart";
import { ChartFigure, type ChartContext } from "@/components/charts/chart-figure";
import type { BarChartSpec, BarSegment } from "@/lib/charts/bars";
import { chartEuros, chartNumber } from "@/lib/charts/text";
import { seriesColors } from "@/lib/palette";

/** Programme amounts on a logarithmic axis (they range from millions to hundreds of billions), largest first. */
export function ProgrammeAmountsChart({ data, context }: { data: { name: string; amount: number }[]; context: ChartContext }) {
  const sorted = [...data].sort((a, b) => b.amount - a.amount);
  const spec: BarChartSpec = {
    rows: sorted.map((d) => ({
      label: d.name,
      valueLabel: chartEuros(d.amount),
      segments: [{ key: "amount", value: d.amount, color: seriesColors.money, title: `${d.name}: ${chartEuros(d.amount)}` }],
    })),
    scale: "log",
    tickFormat: chartEuros,
  };
  return (
    <ChartFigure
      title="Programme amounts"
      units="euros, logarithmic scale: each step is ten times the last"
      filename="programme-amounts"
      source="Amounts from the European Commission and the EuroHPC JU, each cited on the atlas's funding page."
      context={context}
      render={(width) => <BarChartSvg spec={spec} width={width} label="Programme amounts in euros, logarithmic scale" />}
    />
  );
}

/** Factory budgets: EU and national parts stacked where known, the total alone where the split is not known; largest first. */
export function FactoryBudgetsChart({
  data,
  context,
}: {
  data: { name: string; eu: number | null; national: number | null; totalOnly: number | null }[];
  context: ChartContext;
}) {
  const total = (d: (typeof data)[number]) => (d.eu ?? 0) + (d.national ?? 0) + (d.totalOnly ?? 0);
  const sorted = [...data].filter((d) => total(d) > 0).sort((a, b) => total(b) - total(a));
  const part = (key: string, name: string, value: number | null, color: string, what: string): BarSegment[] =>
    value === null ? [] : [{ key, value, color, title: `${name}, ${what}: ${chartEuros(value)}`, text: chartEuros(value) }];
  const spec: BarChartSpec = {
    rows: sorted.map((d) => ({
      label: d.name,
      valueLabel: chartEuros(total(d)),
      segments: [
        ...part("eu", d.name, d.eu, seriesColors.eu, "EU part"),
        ...part("national", d.name, d.national, seriesColors.national, "national part"),
        ...part("total", d.name, d.totalOnly, seriesColors.unsplit, "total, split not known"),
      ],
    })),
    tickFormat: chartEuros,
    legend: [
      { label: "EU part", color: seriesColors.eu },
      { label: "National part", color: seriesColors.national },
      { label: "Total (split not known)", color: seriesColors.unsplit },
    ],
  };
  return (
    <ChartFigure
      title="AI Factory budgets where known"
      units="euros; EU and national parts where the sources give them"
      filename="factory-budgets"
      source="Budgets from the EuroHPC JU and the host sites, each cited on the atlas's funding page."
      context={context}
      render={(width) => <BarChartSvg spec={spec} width={width} label="AI Factory budgets in euros, EU and national parts" />}
    />
  );
}

/** Per country: flagship systems, AI Factories and Antennas, stacked; the countries hosting most first. */
export function ConcentrationChart({
  data,
  context,
}: {
  data: { name: string; flagships: number; factories: number; antennas: number }[];
  context: ChartContext;
}) {
  const total = (d: (typeof data)[number]) => d.flagships + d.factories + d.antennas;
  const sorted = [...data].sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
  const part = (key: "flagships" | "factories" | "antennas", d: (typeof data)[number], what: string): BarSegment[] =>
    d[key] ? [{ key, value: d[key], color: seriesColors[key], title: `${d.name}: ${d[key]} ${what}`, text: String(d[key]) }] : [];
  const spec: BarChartSpec = {
    rows: sorted.map((d) => ({
      label: d.name,
      valueLabel: chartNumber(total(d)),
      segments: [
        ...part("flagships", d, d.flagships === 1 ? "flagship system" : "flagship systems"),
        ...part("factories", d, d.factories === 1 ? "AI Factory" : "AI Factories"),
        ...part("antennas", d, d.antennas === 1 ? "Antenna" : "Antennas"),
      ],
    })),
    tickFormat: chartNumber,
    legend: [
      { label: "Flagship systems", color: seriesColors.flagships },
      { label: "AI Factories", color: seriesColors.factories },
      { label: "Antennas", color: seriesColors.antennas },
    ],
  };
  return (
    <ChartFigure
      title="What each country hosts"
      units="count of flagship systems, AI Factories and Antennas"
      filename="concentration"
      source="Counted from the atlas's records (EuroHPC JU selections and system lists)."
      context={context}
      render={(width) => (
        <BarChartSvg spec={spec} width={width} label="Flagship systems, AI Factories and Antennas per country" />
      )}
    />
  );
}
