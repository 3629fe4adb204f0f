"use client";

// Client only: Recharts draws in the browser. The funding page carries the
// same numbers in server-rendered tables with their sources.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";

const euro = (v: unknown) => {
  if (typeof v !== "number") return String(v ?? "");
  return v >= 1e9 ? `€${(v / 1e9).toLocaleString("en-GB")} bn` : `€${(v / 1e6).toLocaleString("en-GB")} m`;
};

/** Programme amounts on a logarithmic axis (they range from millions to hundreds of billions). */
export function ProgrammeAmountsChart({ data }: { data: { name: string; amount: number }[] }) {
  return (
    <ChartFrame title="Programme amounts in euros (logarithmic scale)" filename="programme-amounts">
      <ResponsiveContainer width="100%" height={Math.max(220, 40 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d5dae3" horizontal={false} />
          <XAxis type="number" scale="log" domain={["auto", "auto"]} tickFormatter={euro} />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => [euro(v), "Amount"]} />
          <Bar dataKey="amount" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

/** Factory budgets: EU and national parts stacked where known, the total alone where the split is not known. */
export function FactoryBudgetsChart({
  data,
}: {
  data: { name: string; eu: number | null; national: number | null; totalOnly: number | null }[];
}) {
  return (
    <ChartFrame title="AI Factory budgets where known (euros)" filename="factory-budgets">
      <ResponsiveContainer width="100%" height={Math.max(220, 32 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d5dae3" horizontal={false} />
          <XAxis type="number" tickFormatter={euro} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v, n) => [euro(v), n]} />
          <Legend />
          <Bar dataKey="eu" name="EU part" stackId="b" fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="national" name="National part" stackId="b" fill="#0f766e" isAnimationActive={false} />
          <Bar dataKey="totalOnly" name="Total (split not known)" stackId="b" fill="#8a94a6" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

/** Per country: flagship systems, AI Factories and Antennas, stacked. */
export function ConcentrationChart({
  data,
}: {
  data: { name: string; flagships: number; factories: number; antennas: number }[];
}) {
  return (
    <ChartFrame title="What each country hosts" filename="concentration">
      <ResponsiveContainer width="100%" height={Math.max(260, 26 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d5dae3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="flagships" name="Flagship systems" stackId="c" fill="#b4232a" isAnimationActive={false} />
          <Bar dataKey="factories" name="AI Factories" stackId="c" fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="antennas" name="Antennas" stackId="c" fill="#0f766e" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
