// A system's TOP500 history, drawn on the server. The same numbers are in the
// table beside the charts, with their sources.
import { ChartFigure, type ChartContext } from "@/components/charts/chart-figure";
import { LineChartSvg } from "@/components/charts/line-chart";
import { chartNumber } from "@/lib/charts/text";
import { seriesColors } from "@/lib/palette";

export type HistoryPoint = { edition: string; rank: number; rmax: number | null };

const SOURCE = "TOP500 lists (top500.org), as cited on the atlas page.";

/** TOP500 rank (lower is better, so the axis runs with 1 at the top) and Rmax across list editions. */
export function RankHistoryChart({
  points,
  name,
  slug,
  context,
}: {
  points: HistoryPoint[];
  name: string;
  slug: string;
  context: ChartContext;
}) {
  const rank = {
    points: points.map((p) => ({ x: p.edition, y: p.rank, label: `#${p.rank}`, title: `${p.edition}: rank ${p.rank}` })),
    reversed: true,
    integer: true,
    tickFormat: (v: number) => `#${v}`,
  };
  const rmax = {
    points: points.map((p) => ({
      x: p.edition,
      y: p.rmax,
      label: p.rmax === null ? "" : chartNumber(p.rmax),
      title: p.rmax === null ? `${p.edition}: not known` : `${p.edition}: ${chartNumber(p.rmax)} PFLOPS`,
    })),
    tickFormat: chartNumber,
  };
  return (
    <div className="chart-pair">
      <ChartFigure
        title={`${name}: TOP500 rank`}
        units="by list edition (June and November); 1 is the fastest"
        filename={`${slug}-top500-rank`}
        source={SOURCE}
        context={context}
        render={(width) => (
          <LineChartSvg spec={rank} width={width} color={seriesColors.rank} label={`${name}'s TOP500 rank by list edition`} />
        )}
      />
      {points.some((p) => p.rmax !== null) && (
        <ChartFigure
          title={`${name}: FP64 HPL Rmax`}
          units="PFLOPS, by list edition"
          filename={`${slug}-top500-rmax`}
          source={SOURCE}
          context={context}
          render={(width) => (
            <LineChartSvg
              spec={rmax}
              width={width}
              color={seriesColors.rmax}
              label={`${name}'s Rmax in PFLOPS by list edition`}
            />
          )}
        />
      )}
    </div>
  );
}
