// A chart drawn on the server, twice: at a desktop width and at a phone width,
// the page's CSS showing the one that fits (text stays legible without any
// script measuring the screen). Below it, the small client button that saves it.
import type { ReactNode } from "react";
import { ChartDownload } from "@/components/charts/chart-download";
import { env } from "@/lib/env";

/** Where a chart appears and how old its data is, for the downloaded file's footer. */
export type ChartContext = { path: string; asOf: string };

export const CHART_WIDTHS = { wide: 640, narrow: 340 } as const;

/** A titled chart with its units, drawn by `render` at each width, and its download buttons. */
export function ChartFigure({
  title,
  units,
  filename,
  source,
  context,
  render,
  children,
}: {
  title: string;
  units: string;
  filename: string;
  /** Where the numbers come from, in a line. */
  source: string;
  context: ChartContext;
  render: (width: number) => ReactNode;
  /** Notes under the chart (what is left out and why). */
  children?: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong> <span className="muted">{units}</span>
      </figcaption>
      <div className="chart-wide">{render(CHART_WIDTHS.wide)}</div>
      <div className="chart-narrow">{render(CHART_WIDTHS.narrow)}</div>
      {children}
      <ChartDownload
        filename={filename}
        title={title}
        units={units}
        source={source}
        date={context.asOf}
        url={`${env.SITE_URL}${context.path}`}
      />
    </figure>
  );
}
