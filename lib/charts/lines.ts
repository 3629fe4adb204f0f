// Geometry of a line chart over ordered categories (TOP500 list editions),
// computed on the server with d3-scale and d3-shape. Every point carries its
// value as a label. Pure: components/charts/line-chart.tsx draws it.
import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { FONT, textWidth } from "@/lib/charts/text";

export type LinePoint = { x: string; y: number | null; label: string; title: string };
export type LineChartSpec = {
  points: LinePoint[];
  /** Lower is better (ranks): the axis runs from the largest value at the bottom to 1 at the top. */
  reversed?: boolean;
  integer?: boolean;
  tickFormat: (value: number) => string;
};
export type LineChartLayout = {
  width: number;
  height: number;
  path: string;
  points: { cx: number; cy: number; label: { x: number; y: number; text: string }; title: string }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

const HEIGHT = 220;

/** Lays out a line chart `width` pixels wide; points without a value are left out and the line joins their neighbours. */
export function layoutLine(spec: LineChartSpec, width: number): LineChartLayout {
  const known = spec.points.filter((p): p is LinePoint & { y: number } => p.y !== null);
  const values = known.map((p) => p.y);
  const lo = spec.reversed ? 1 : 0;
  const hi = Math.max(...values, lo + 1);
  const y0 = scaleLinear().domain([lo, hi]).nice(4);
  const yTicksRaw = y0.ticks(4).filter((t) => !spec.integer || Number.isInteger(t));
  const left = Math.max(...yTicksRaw.map((t) => textWidth(spec.tickFormat(t), FONT.tick)), 16) + 10;
  const plot = { left, right: width - 16, top: 24, bottom: HEIGHT - 30 };
  const y = y0.range(spec.reversed ? [plot.top, plot.bottom] : [plot.bottom, plot.top]);
  const x = scalePoint<string>()
    .domain(spec.points.map((p) => p.x))
    .range([plot.left, plot.right])
    .padding(0.5);
  const at = (p: { x: string; y: number }) => [x(p.x) ?? plot.left, y(p.y)] as [number, number];
  const path = line<{ x: string; y: number }>()
    .x((p) => at(p)[0])
    .y((p) => at(p)[1])(known);

  const labelWidth = Math.max(...spec.points.map((p) => textWidth(p.x, FONT.tick))) + 8;
  const step = Math.max(1, Math.ceil((labelWidth * spec.points.length) / (plot.right - plot.left)));
  return {
    width,
    height: HEIGHT,
    path: path ?? "",
    points: known.map((p) => {
      const [cx, cy] = at(p);
      // Labels sit above the point, or below it when the point is at the top edge.
      const above = cy - 10 > FONT.value;
      return { cx, cy, title: p.title, label: { x: cx, y: above ? cy - 9 : cy + 18, text: p.label } };
    }),
    xTicks: spec.points.flatMap((p, i) => (i % step === 0 ? [{ x: x(p.x) ?? plot.left, label: p.x }] : [])),
    yTicks: yTicksRaw.map((t) => ({ y: y(t), label: spec.tickFormat(t) })),
    plot,
  };
}
