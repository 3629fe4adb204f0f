// The server-drawn charts over a small dataset made here: snapshots of the
// SVG (components/charts/__snapshots__/*.svg, open them to see the charts)
// and the promises that matter to readers, checked outright.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChartSvg } from "@/components/charts/bar-chart";
import { CompareCharts, GigafactoryScaleChart } from "@/components/charts/compare-charts";
import { ConcentrationChart, FactoryBudgetsChart, ProgrammeAmountsChart } from "@/components/charts/funding-charts";
import { LineChartSvg } from "@/components/charts/line-chart";
import { RankHistoryChart } from "@/components/charts/rank-history-chart";
import type { BarChartSpec } from "@/lib/charts/bars";
import { chartEuros, chartNumber } from "@/lib/charts/text";
import { palette } from "@/lib/palette";

const systems = [
  { name: "Alpha", rmax: 793.4, rpeak: 930, accelerators: 23_536, power: 17.2 },
  { name: "Beta Machine", rmax: 379.7, rpeak: 531.5, accelerators: 11_912, power: null },
  { name: "Gamma", rmax: null, rpeak: 120, accelerators: null, power: 4 },
];
const context = { path: "/test", asOf: "2026-11-21" };

const rmaxSpec: BarChartSpec = {
  rows: systems.flatMap((s) =>
    s.rmax === null
      ? []
      : [
          {
            label: s.name,
            valueLabel: chartNumber(s.rmax),
            segments: [{ key: "rmax", value: s.rmax, color: palette.blue, title: `${s.name}: ${s.rmax} PFLOPS` }],
          },
        ],
  ),
  tickFormat: chartNumber,
  reference: { value: 1000, label: "Exascale: 1,000", color: palette.red },
};

const svg = (node: React.ReactElement) => renderToStaticMarkup(node);
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe("bar chart", () => {
  it("draws one labelled bar per known value, each with a tooltip, and the reference line", async () => {
    const html = svg(<BarChartSvg spec={rmaxSpec} width={640} label="Rmax" />);
    await expect(html).toMatchFileSnapshot("__snapshots__/bars-reference-640.svg");
    expect(count(html, /<rect /g)).toBe(2);
    expect(html).toContain("<title>Alpha: 793.4 PFLOPS</title>");
    expect(html).toContain(">793.4</text>");
    expect(html).toContain(">379.7</text>");
    expect(html).toContain(">Exascale: 1,000</text>");
    expect(html).toContain('stroke-dasharray="5 3"');
  });

  it("keeps every bar and label inside the drawing at a phone's width", () => {
    const html = svg(<BarChartSvg spec={rmaxSpec} width={340} label="Rmax" />);
    for (const m of html.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)) {
      expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(340);
    }
    expect(html).toContain('viewBox="0 0 340 ');
  });

  it("scales a longer bar longer", () => {
    const html = svg(<BarChartSvg spec={rmaxSpec} width={640} label="Rmax" />);
    const widths = [...html.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]! / widths[1]!).toBeCloseTo(793.4 / 379.7, 1);
  });
});

describe("line chart", () => {
  const spec = {
    points: [
      { x: "2024-11", y: 5, label: "#5", title: "2024-11: rank 5" },
      { x: "2025-06", y: 4, label: "#4", title: "2025-06: rank 4" },
      { x: "2025-11", y: 1, label: "#1", title: "2025-11: rank 1" },
    ],
    reversed: true,
    integer: true,
    tickFormat: (v: number) => `#${v}`,
  };

  it("labels every point, puts rank 1 at the top, and gives each point a tooltip", async () => {
    const html = svg(<LineChartSvg spec={spec} width={640} color={palette.blue} label="Rank" />);
    await expect(html).toMatchFileSnapshot("__snapshots__/line-rank-640.svg");
    expect(count(html, /<circle /g)).toBe(3);
    for (const l of ["#5", "#4", "#1"]) expect(html).toContain(`>${l}</text>`);
    expect(html).toContain("<title>2025-11: rank 1</title>");
    const ys = [...html.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[2]).toBeLessThan(ys[0]!);
  });

  it("joins the points around a value that is not known", () => {
    const html = svg(
      <LineChartSvg
        spec={{ points: [spec.points[0]!, { x: "2025-06", y: null, label: "", title: "" }, spec.points[2]!], tickFormat: String }}
        width={340}
        color={palette.blue}
        label="Rmax"
      />,
    );
    expect(count(html, /<circle /g)).toBe(2);
    expect(html).toMatch(/<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+"/);
  });
});

describe("the atlas's charts", () => {
  it("scale: largest first on request, and a tiny share is not rounded to 0%", () => {
    const html = svg(
      <GigafactoryScaleChart
        largestFirst
        target={100_000}
        context={context}
        data={[
          { name: "Small", accelerators: 32 },
          { name: "Big", accelerators: 24_000 },
        ]}
      />,
    );
    expect(html.indexOf(">Big<")).toBeLessThan(html.indexOf(">Small<"));
    expect(html).toContain("32 (&lt;0.1%)");
  });

  it("compare: one chart per quantity that has a value, names the unknown, and the target", async () => {
    const html = svg(<CompareCharts data={systems} target={100_000} context={context} />);
    await expect(html).toMatchFileSnapshot("__snapshots__/compare-charts.html");
    expect(count(html, /<figure class="chart">/g)).toBe(5);
    expect(html).toContain("Not shown (not known): Gamma.");
    expect(html).toContain("Gigafactory target: 100,000");
    expect(html).toContain("23,536 (23.5%)");
    // the comparison keeps the reader's order
    expect(html.indexOf(">Alpha<")).toBeLessThan(html.indexOf(">Beta Machine<"));
    // drawn twice, for desktop and phone widths, with the buttons once
    expect(count(html, /class="chart-svg"/g)).toBe(10);
    expect(count(html, />Download SVG</g)).toBe(5);
  });

  it("funding: amounts on a log scale largest first, budgets stacked with a legend", async () => {
    const amounts = svg(
      <ProgrammeAmountsChart
        data={[
          { name: "Small call", amount: 4e6 },
          { name: "Big fund", amount: 20e9 },
          { name: "Middle", amount: 2.1e9 },
        ]}
        context={context}
      />,
    );
    await expect(amounts).toMatchFileSnapshot("__snapshots__/programme-amounts.html");
    const labels = [...amounts.matchAll(/font-size="13" fill="#1a1f2b">([^<]+)</g)].map((m) => m[1]);
    expect(labels.slice(0, 3)).toEqual(["Big fund", "Middle", "Small call"]);
    for (const t of ["€1 m", "€10 m", "€100 m", "€1 bn", "€10 bn"]) expect(amounts).toContain(`>${t}</text>`);

    const budgets = svg(
      <FactoryBudgetsChart
        data={[
          { name: "Split factory", eu: 100e6, national: 150e6, totalOnly: null },
          { name: "Total only", eu: null, national: null, totalOnly: 80e6 },
        ]}
        context={context}
      />,
    );
    await expect(budgets).toMatchFileSnapshot("__snapshots__/factory-budgets.html");
    expect(budgets).toContain(">€250 m</text>");
    expect(budgets).toContain(">€80 m</text>");
    expect(budgets).toContain("<title>Total only, total, split not known: €80 m</title>");
    expect(budgets).toContain("<title>Split factory, EU part: €100 m</title>");
    expect(budgets).toContain(">EU part</text>");
    expect(chartEuros(2.1e9)).toBe("€2.1 bn");
  });

  it("concentration and rank history", async () => {
    const conc = svg(
      <ConcentrationChart
        data={[
          { name: "Smallland", flagships: 0, factories: 0, antennas: 1 },
          { name: "Bigland", flagships: 2, factories: 1, antennas: 0 },
        ]}
        context={context}
      />,
    );
    await expect(conc).toMatchFileSnapshot("__snapshots__/concentration.html");
    expect(conc.indexOf(">Bigland<")).toBeLessThan(conc.indexOf(">Smallland<"));
    expect(conc).toContain("<title>Bigland: 2 flagship systems</title>");

    const history = svg(
      <RankHistoryChart
        name="Alpha"
        slug="alpha"
        points={[
          { edition: "2025-06", rank: 4, rmax: 793.4 },
          { edition: "2025-11", rank: 4, rmax: 1000 },
        ]}
        context={context}
      />,
    );
    await expect(history).toMatchFileSnapshot("__snapshots__/rank-history.html");
    expect(history).toContain(">1,000</text>");
  });
});
