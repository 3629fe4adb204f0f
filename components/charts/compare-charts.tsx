// The comparison's charts, drawn on the server: one quantity per chart (FP64
// Rmax, Rpeak, accelerators and power are different quantities), and the
// accelerators against the AI Gigafactory target. Every number is also in the
// spec sheet and the scale table on the same page.
import { BarChartSvg } from "@/components/charts/bar-chart";
import { ChartFigure, type ChartContext } from "@/components/charts/chart-figure";
import type { BarChartSpec } from "@/lib/charts/bars";
import { chartNumber } from "@/lib/charts/text";
import { seriesColors } from "@/lib/palette";

export type CompareDatum = {
  name: string;
  rmax: number | null;
  rpeak: number | null;
  accelerators: number | null;
  power: number | null;
};

type Quantity = "rmax" | "rpeak" | "accelerators" | "power";

const quantities: { key: Quantity; title: string; units: string; unit: string; filename: string }[] = [
  { key: "rmax", title: "FP64 HPL Rmax", units: "PFLOPS, measured", unit: " PFLOPS", filename: "compare-rmax" },
  { key: "rpeak", title: "FP64 peak, Rpeak", units: "PFLOPS, theoretical", unit: " PFLOPS", filename: "compare-rpeak" },
  {
    key: "accelerators",
    title: "Accelerators",
    units: "count of GPUs or other accelerators",
    unit: "",
    filename: "compare-accelerators",
  },
  { key: "power", title: "Power", units: "MW", unit: " MW", filename: "compare-power" },
];

const SOURCE = "Preferred figures from TOP500, EuroHPC JU and the host sites, each cited on the atlas page.";

/** One bar per system for one quantity; systems whose value is not known are named under the chart. */
function quantitySpec(data: CompareDatum[], key: Quantity, unit: string): BarChartSpec {
  return {
    rows: data.flatMap((d) => {
      const v = d[key];
      return v === null
        ? []
        : [
            {
              label: d.name,
              valueLabel: chartNumber(v),
              segments: [{ key, value: v, color: seriesColors[key], title: `${d.name}: ${chartNumber(v)}${unit}` }],
            },
          ];
    }),
    tickFormat: chartNumber,
  };
}

/** Bar charts of the comparable quantities, one quantity per chart, and accelerators against the Gigafactory target. */
export function CompareCharts({ data, target, context }: { data: CompareDatum[]; target: number | null; context: ChartContext }) {
  return (
    <div className="chart-pair" data-testid="compare-charts">
      {quantities.map((q) => {
        const spec = quantitySpec(data, q.key, q.unit);
        if (!spec.rows.length) return null;
        const missing = data.filter((d) => d[q.key] === null).map((d) => d.name);
        return (
          <ChartFigure
            key={q.key}
            title={q.title}
            units={q.units}
            filename={q.filename}
            source={SOURCE}
            context={context}
            render={(width) => <BarChartSvg spec={spec} width={width} label={`${q.title} (${q.units}) by system`} />}
          >
            {missing.length > 0 && <p className="provenance">Not shown (not known): {missing.join(", ")}.</p>}
          </ChartFigure>
        );
      })}
      {target !== null && <GigafactoryScaleChart data={data} target={target} context={context} />}
    </div>
  );
}

/** Accelerator counts as bars, with the AI Gigafactory target as a dashed line. */
export function GigafactoryScaleChart({
  data,
  target,
  context,
  largestFirst = false,
}: {
  data: Pick<CompareDatum, "name" | "accelerators">[];
  target: number;
  context: ChartContext;
  /** Sort the bars (the scale page); the comparison keeps the reader's order, as in its table. */
  largestFirst?: boolean;
}) {
  const known = data.filter((d): d is { name: string; accelerators: number } => d.accelerators !== null);
  if (largestFirst) known.sort((a, b) => b.accelerators - a.accelerators);
  const share = (n: number) => {
    const pct = (n / target) * 100;
    return pct > 0 && pct < 0.1 ? "<0.1%" : `${chartNumber(Math.round(pct * 10) / 10)}%`;
  };
  const spec: BarChartSpec = {
    rows: known.map((d) => ({
      label: d.name,
      valueLabel: `${chartNumber(d.accelerators)} (${share(d.accelerators)})`,
      segments: [
        {
          key: "accelerators",
          value: d.accelerators,
          color: seriesColors.accelerators,
          title: `${d.name}: ${chartNumber(d.accelerators)} accelerators, ${share(d.accelerators)} of the target`,
        },
      ],
    })),
    tickFormat: chartNumber,
    reference: { value: target, label: `Gigafactory target: ${chartNumber(target)}`, color: seriesColors.target },
  };
  return (
    <ChartFigure
      title="Accelerators against the AI Gigafactory target"
      units={`count, and share of the ${chartNumber(target)} advanced AI processors targeted per AI Gigafactory`}
      filename="gigafactory-scale"
      source="Accelerator counts from TOP500 and the host sites; the target from the European Commission (InvestAI)."
      context={context}
      render={(width) => (
        <BarChartSvg spec={spec} width={width} label="Accelerators per system against the AI Gigafactory target" />
      )}
    />
  );
}
