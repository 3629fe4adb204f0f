import type { Metadata } from "next";
import Link from "next/link";
import { GigafactoryScaleChart } from "@/components/charts/compare-charts";
import { ConcentrationChart } from "@/components/charts/funding-charts";
import { FigureCell } from "@/components/ui/figure-cell";
import { FigureValue } from "@/components/ui/figure-value";
import { describeShare } from "@/lib/compare";
import { concentrate } from "@/lib/concentration";
import { getDatasetMeta } from "@/lib/data/meta";
import { getGigafactoryTarget } from "@/lib/data/programmes";
import { FLAGSHIP_TIERS, listHoldings, listScale } from "@/lib/data/scale";
import { formatMoney, formatNumber } from "@/lib/format";
import { tierLabels } from "@/lib/labels";

export const metadata: Metadata = {
  title: "Scale and concentration",
  description:
    "Europe's flagship systems against the AI Gigafactory target, and where the systems, factories, antennas and budgets are, country by country.",
};

export default async function ScalePage() {
  const [rows, holdings, target, meta] = await Promise.all([
    listScale(),
    listHoldings(),
    getGigafactoryTarget(),
    getDatasetMeta(),
  ]);
  const context = { path: "/scale", asOf: meta.lastUpdated };
  const targetValue = typeof target?.preferred.value === "number" ? target.preferred.value : null;
  const c = concentrate(holdings);
  const hosting = c.rows.filter((r) => r.flagshipSystems.length || r.factories || r.antennas);
  const countOf = (r: (typeof rows)[number]) =>
    typeof r.accelerators?.preferred.value === "number" ? r.accelerators.preferred.value : null;
  const totalFlagships = c.rows.reduce((n, r) => n + r.flagshipSystems.length, 0);
  const flagshipCountries = c.rows.filter((r) => r.flagshipSystems.length).length;

  return (
    <>
      <h1>Scale and concentration</h1>
      <p className="lede">
        Two structural questions the essays raise, answered with the atlas&apos;s own numbers: how large Europe&apos;s machines
        are against the AI Gigafactory ambition, and how the network is spread across countries.
      </p>

      <h2 id="scale">Scale against the AI Gigafactory target</h2>
      {target && targetValue !== null ? (
        <>
          <div className="target-line">
            An AI Gigafactory is to have more than {formatNumber(targetValue)} advanced AI processors.{" "}
            <FigureValue figure={target} showValue={false} />
          </div>
          <GigafactoryScaleChart
            largestFirst
            context={context}
            target={targetValue}
            data={rows.filter((r) => countOf(r) !== null).map((r) => ({ name: r.name, accelerators: countOf(r) }))}
          />
          <div className="table-wrap">
            <table data-testid="scale-table">
              <caption>Accelerators per system as a share of the target, computed from the data</caption>
              <thead>
                <tr>
                  <th scope="col">System</th>
                  <th scope="col">Class</th>
                  <th scope="col">Accelerators</th>
                  <th scope="col">Share of the target</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const n = countOf(r);
                  return (
                    <tr key={r.slug} data-slug={r.slug}>
                      <th scope="row">
                        <Link href={`/systems/${r.slug}`}>{r.name}</Link> <span className="muted">({r.country})</span>
                      </th>
                      <td>{r.tier ? (tierLabels[r.tier] ?? r.tier) : <span className="not-known">not known</span>}</td>
                      <td>
                        <FigureCell figure={r.accelerators ?? undefined} />
                      </td>
                      <td data-testid="share">
                        {n === null ? <span className="not-known">not known</span> : describeShare(n, targetValue)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="not-known">The AI Gigafactory target is not recorded.</p>
      )}

      <h2 id="concentration">Concentration by country</h2>
      <p data-testid="concentration-summary">
        Flagship systems are EuroHPC&apos;s {FLAGSHIP_TIERS.join(" and ")} systems. {formatNumber(totalFlagships)} of them stand
        in {formatNumber(flagshipCountries)} countries; the two countries with most host {Math.round(c.topShare(2) * 100)}% of
        them. {c.onlyAntennas.length} countries host only an Antenna, and {c.nothing.length} of the countries in the atlas host no
        AI Factory, Antenna or flagship system.
      </p>
      <ConcentrationChart
        context={context}
        data={hosting.map((r) => ({
          name: r.name,
          flagships: r.flagshipSystems.length,
          factories: r.factories,
          antennas: r.antennas,
        }))}
      />
      <div className="table-wrap">
        <table data-testid="concentration-table">
          <caption>What each country hosts</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Flagship systems</th>
              <th scope="col" className="num">
                AI Factories
              </th>
              <th scope="col" className="num">
                Antennas
              </th>
              <th scope="col">Known factory budgets</th>
            </tr>
          </thead>
          <tbody>
            {hosting.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <th scope="row">
                  <Link href={`/countries/${r.code.toLowerCase()}`}>{r.name}</Link>
                </th>
                <td>{r.flagshipSystems.length ? r.flagshipSystems.join(", ") : <span className="muted">none</span>}</td>
                <td className="num">{r.factories}</td>
                <td className="num">{r.antennas}</td>
                <td>
                  {r.knownBudgetEur ? (
                    formatMoney(r.knownBudgetEur)
                  ) : r.factories ? (
                    <span className="not-known">not known</span>
                  ) : (
                    "—"
                  )}
                  {r.factoriesWithoutBudget > 0 && r.knownBudgetEur > 0 ? (
                    <span className="muted"> ({r.factoriesWithoutBudget} without a known budget)</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="two-col">
        <section aria-labelledby="only-antennas">
          <h3 id="only-antennas">Countries hosting only an Antenna</h3>
          <ul data-testid="only-antennas">
            {c.onlyAntennas.map((r) => (
              <li key={r.code}>
                <Link href={`/countries/${r.code.toLowerCase()}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="nothing">
          <h3 id="nothing">No AI Factory, Antenna or flagship system</h3>
          <ul data-testid="hosts-nothing">
            {c.nothing.map((r) => (
              <li key={r.code}>
                <Link href={`/countries/${r.code.toLowerCase()}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p className="provenance">
        Budgets are the sum of each factory&apos;s preferred total budget, where a source gives one; see{" "}
        <Link href="/funding#factory-budgets">Funding</Link> for each figure&apos;s source.
      </p>
    </>
  );
}
