"use client";

// Client only: Recharts draws in the browser. The same numbers are in a table
// beside the chart, server-rendered, for screen readers and no-script readers.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";

export type HistoryPoint = { edition: string; rank: number; rmax: number | null };

/** TOP500 rank (lower is better, so the axis is reversed) and Rmax across list editions. */
export function RankHistoryChart({ points, name, slug }: { points: HistoryPoint[]; name: string; slug: string }) {
  return (
    <div className="chart-pair">
      <ChartFrame title={`${name}: TOP500 rank by list edition`} filename={`${slug}-top500-rank`}>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={points} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
            <CartesianGrid stroke="#d5dae3" />
            <XAxis dataKey="edition" />
            <YAxis reversed allowDecimals={false} domain={[1, "dataMax"]} width={48} />
            <Tooltip formatter={(v) => [`#${v}`, "Rank"]} />
            <Line type="monotone" dataKey="rank" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
      {points.some((p) => p.rmax !== null) && (
        <ChartFrame title={`${name}: FP64 HPL Rmax (PFLOPS) by list edition`} filename={`${slug}-top500-rmax`}>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={points} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
              <CartesianGrid stroke="#d5dae3" />
              <XAxis dataKey="edition" />
              <YAxis width={56} />
              <Tooltip formatter={(v) => [`${v} PFLOPS`, "Rmax"]} />
              <Line
                type="monotone"
                dataKey="rmax"
                stroke="#b4232a"
                strokeWidth={2}
                dot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </ChartFrame>
      )}
    </div>
  );
}
