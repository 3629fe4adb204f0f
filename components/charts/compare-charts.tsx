"use client";

// Client only: Recharts draws in the browser. Every number here is also in the
// spec sheet and the scale table, server-rendered, on the same page.
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";

export type CompareDatum = {
  name: string;
  rmax: number | null;
  rpeak: number | null;
  accelerators: number | null;
  power: number | null;
};

const fmt = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-GB") : String(v ?? ""));

function SimpleBars({
  data,
  dataKey,
  title,
  filename,
  unit,
  color,
}: {
  data: CompareDatum[];
  dataKey: keyof CompareDatum;
  title: string;
  filename: string;
  unit: string;
  color: string;
}) {
  const known = data.filter((d) => typeof d[dataKey] === "number");
  if (!known.length) return null;
  return (
    <ChartFrame title={title} filename={filename}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={known} margin={{ top: 20, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d5dae3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis width={64} tickFormatter={fmt} />
          <Tooltip formatter={(v) => [`${fmt(v)} ${unit}`, title]} />
          <Bar dataKey={dataKey} fill={color} isAnimationActive={false}>
            <LabelList dataKey={dataKey} position="top" formatter={fmt} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {known.length < data.length && (
        <p className="provenance">
          Not shown (not known):{" "}
          {data
            .filter((d) => typeof d[dataKey] !== "number")
            .map((d) => d.name)
            .join(", ")}
          .
        </p>
      )}
    </ChartFrame>
  );
}

/** Bar charts of the comparable quantities, one quantity per chart, and accelerators against the Gigafactory target. */
export function CompareCharts({ data, target }: { data: CompareDatum[]; target: number | null }) {
  return (
    <div className="chart-pair" data-testid="compare-charts">
      <SimpleBars
        data={data}
        dataKey="rmax"
        title="FP64 HPL Rmax (PFLOPS)"
        filename="compare-rmax"
        unit="PFLOPS"
        color="#1d4ed8"
      />
      <SimpleBars
        data={data}
        dataKey="rpeak"
        title="FP64 peak, Rpeak (PFLOPS)"
        filename="compare-rpeak"
        unit="PFLOPS"
        color="#0f766e"
      />
      <SimpleBars
        data={data}
        dataKey="accelerators"
        title="Accelerators"
        filename="compare-accelerators"
        unit=""
        color="#7c3aed"
      />
      <SimpleBars data={data} dataKey="power" title="Power (MW)" filename="compare-power" unit="MW" color="#b45309" />
      {target !== null && <GigafactoryScaleChart data={data} target={target} />}
    </div>
  );
}

/** Horizontal bars of accelerator counts with the AI Gigafactory target as a red reference line. */
export function GigafactoryScaleChart({ data, target }: { data: Pick<CompareDatum, "name" | "accelerators">[]; target: number }) {
  const known = data.filter((d) => d.accelerators !== null);
  return (
    <ChartFrame
      title={`Accelerators against the AI Gigafactory target (${target.toLocaleString("en-GB")} processors)`}
      filename="gigafactory-scale"
    >
      <ResponsiveContainer width="100%" height={Math.max(200, 44 * known.length + 60)}>
        <BarChart data={known} layout="vertical" margin={{ top: 16, right: 48, bottom: 8, left: 16 }}>
          <CartesianGrid stroke="#d5dae3" horizontal={false} />
          <XAxis type="number" domain={[0, Math.max(target, ...known.map((d) => d.accelerators ?? 0))]} tickFormatter={fmt} />
          <YAxis type="category" dataKey="name" width={110} />
          <Tooltip formatter={(v) => [fmt(v), "Accelerators"]} />
          <ReferenceLine
            x={target}
            stroke="#b4232a"
            strokeWidth={2}
            label={{ value: "Gigafactory target", position: "insideTopRight", fill: "#b4232a" }}
          />
          <Bar dataKey="accelerators" fill="#7c3aed" isAnimationActive={false}>
            <LabelList dataKey="accelerators" position="right" formatter={fmt} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
