// Geometry of horizontal bar charts (plain, stacked, logarithmic, with a
// reference line), computed on the server with d3-scale. Each row's name sits
// above its bar so long names never need cutting, at any width; every bar
// carries its value at its end. Pure: components/charts/bar-chart.tsx draws it.
import { scaleLinear, scaleLog } from "d3-scale";
import { FONT, textWidth } from "@/lib/charts/text";

/** One part of a bar; `text` is its short value, drawn inside the bar when the bar is stacked and the text fits. */
export type BarSegment = { key: string; value: number; color: string; title: string; text?: string };
export type BarRow = { label: string; segments: BarSegment[]; valueLabel: string };
export type BarChartSpec = {
  rows: BarRow[];
  scale?: "linear" | "log";
  tickFormat: (value: number) => string;
  reference?: { value: number; label: string; color: string };
  legend?: { label: string; color: string }[];
};

export type PlacedText = { x: number; y: number; text: string; anchor: "start" | "middle" | "end" };
export type BarChartLayout = {
  width: number;
  height: number;
  legend: { label: string; color: string; x: number; y: number }[];
  rows: {
    label: PlacedText;
    bars: {
      key: string;
      x: number;
      y: number;
      width: number;
      height: number;
      color: string;
      title: string;
      inner?: PlacedText;
    }[];
    value: PlacedText;
  }[];
  axis: { y: number; x1: number; x2: number; ticks: { x: number; label: string; anchor: "start" | "middle" | "end" }[] };
  gridTop: number;
  reference?: { x: number; y1: number; y2: number; label: PlacedText; color: string };
};

const BAR = 16;
const ROW = 16 + BAR + 12;
const AXIS = 26;
const PAD = 4;

/** Lays out a horizontal bar chart `width` pixels wide. */
export function layoutBars(spec: BarChartSpec, width: number): BarChartLayout {
  const legendRows = spec.legend?.length ? legendPositions(spec.legend, width) : { items: [], height: 0 };
  const refSpace = spec.reference ? 18 : 0;
  const top = legendRows.height + refSpace + PAD;
  const valueWidth = Math.max(0, ...spec.rows.map((r) => textWidth(r.valueLabel, FONT.value))) + 8;
  const left = PAD;
  const right = width - valueWidth - PAD;
  const totals = spec.rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0));
  const max = Math.max(spec.reference?.value ?? 0, ...totals, 0);

  const log = spec.scale === "log";
  const positives = totals.filter((t) => t > 0);
  const low = log ? 10 ** Math.floor(Math.log10(Math.min(...positives, max || 1))) : 0;
  const high = log ? 10 ** Math.ceil(Math.log10(max || 1)) : max || 1;
  const x = log
    ? scaleLog()
        .domain([low, Math.max(high, low * 10)])
        .range([left, right])
    : scaleLinear()
        .domain([0, high])
        .nice(width < 480 ? 3 : 5)
        .range([left, right]);

  const rows = spec.rows.map((r, i) => {
    const y0 = top + i * ROW;
    const barY = y0 + 18;
    let acc = log ? low : 0;
    const bars = r.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const x0 = x(acc);
        acc += s.value;
        const x1 = x(Math.max(acc, log ? low : 0));
        const w = Math.max(1, x1 - x0);
        const innerText = r.segments.length > 1 ? (s.text ?? "") : "";
        const inner =
          innerText && textWidth(innerText, FONT.tick) + 6 <= w
            ? { x: x0 + w / 2, y: barY + BAR / 2 + 4, text: innerText, anchor: "middle" as const }
            : undefined;
        return { key: s.key, x: x0, y: barY, width: w, height: BAR, color: s.color, title: s.title, ...(inner ? { inner } : {}) };
      });
    const end = bars.length ? Math.max(...bars.map((b) => b.x + b.width)) : left;
    return {
      label: { x: left, y: y0 + 13, text: r.label, anchor: "start" as const },
      bars,
      value: { x: end + 5, y: barY + BAR / 2 + 4, text: r.valueLabel, anchor: "start" as const },
    };
  });

  const axisY = top + spec.rows.length * ROW + 2;
  const raw = log
    ? x.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9)
    : x.ticks(width < 480 ? 3 : 5);
  // Tick labels that would run into the one before are left out.
  const ticks: BarChartLayout["axis"]["ticks"] = [];
  let lastRight = -Infinity;
  for (const t of raw) {
    const px = x(t);
    const label = spec.tickFormat(t);
    const w = textWidth(label, FONT.tick);
    // A label at either edge is anchored inside the frame rather than centred across it.
    const anchor = px - w / 2 < 0 ? "start" : px + w / 2 > width ? "end" : "middle";
    const left = anchor === "start" ? px : anchor === "end" ? px - w : px - w / 2;
    if (left < lastRight + 10) continue;
    ticks.push({ x: px, label, anchor });
    lastRight = left + w;
  }

  const layout: BarChartLayout = {
    width,
    height: axisY + AXIS,
    legend: legendRows.items,
    rows,
    axis: { y: axisY, x1: left, x2: right, ticks },
    gridTop: top,
  };
  if (spec.reference) {
    const rx = x(spec.reference.value);
    const anchor = rx > width - textWidth(spec.reference.label, FONT.tick) - PAD ? "end" : "start";
    layout.reference = {
      x: rx,
      y1: top - 4,
      y2: axisY,
      color: spec.reference.color,
      label: { x: anchor === "end" ? rx - 4 : rx + 4, y: top - 8, text: spec.reference.label, anchor },
    };
  }
  return layout;
}

function legendPositions(items: { label: string; color: string }[], width: number) {
  const out: { label: string; color: string; x: number; y: number }[] = [];
  let x = PAD;
  let y = 14;
  for (const item of items) {
    const w = 16 + textWidth(item.label, FONT.tick) + 14;
    if (x + w > width && x > PAD) {
      x = PAD;
      y += 18;
    }
    out.push({ ...item, x, y });
    x += w;
  }
  return { items: out, height: y + 10 };
}
