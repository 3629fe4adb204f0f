import type { Metadata } from "next";
import Link from "next/link";
import { FactoryBudgetsChart, ProgrammeAmountsChart } from "@/components/charts/funding-charts";
import { FigureList } from "@/components/ui/figure-list";
import { FigureValue } from "@/components/ui/figure-value";
import { listFactoryBudgets, listProgrammes } from "@/lib/data/funding";
import { getDatasetMeta } from "@/lib/data/meta";
import { formatPartialDate } from "@/lib/dates";
import { waveLabels } from "@/lib/labels";

export const metadata: Metadata = {
  title: "Funding",
  description:
    "EuroHPC 2021–2027, InvestAI and the AI Gigafactory fund, the AI Factory waves, the Antennas and the 2026 coordination call, with per-factory budgets: every amount sourced.",
};

const kindLabels: Record<string, string> = {
  programme: "Programme",
  fund: "Fund",
  call: "Call",
  "selection-wave": "Selection wave",
  platform: "Platform",
  regulation: "Regulation",
};

const stepStatus: Record<string, string> = { done: "Done", expected: "Expected", unknown: "Not confirmed" };

export default async function FundingPage() {
  const [programmes, budgets, meta] = await Promise.all([listProgrammes(), listFactoryBudgets(), getDatasetMeta()]);
  const context = { path: "/funding", asOf: meta.lastUpdated };
  const amountOf = (p: (typeof programmes)[number]) =>
    p.figures.find((f) => f.field === "amount_total_eur") ?? p.figures.find((f) => f.field === "amount_eu_eur");
  const chartData = programmes.flatMap((p) => {
    const f = amountOf(p);
    return f && typeof f.preferred.value === "number"
      ? [{ name: p.name.replace(/\s*\(.*\)$/, ""), amount: f.preferred.value }]
      : [];
  });
  const num = (f: (typeof budgets)[number]["total"]) => (f && typeof f.preferred.value === "number" ? f.preferred.value : null);
  const budgetChart = budgets
    .filter((b) => b.total || b.eu || b.national)
    .map((b) => {
      const eu = num(b.eu);
      const national = num(b.national);
      const total = num(b.total);
      const split = eu !== null || national !== null;
      return { name: b.name, eu, national, totalOnly: split ? null : total };
    });

  return (
    <>
      <h1>Funding</h1>
      <p className="lede">
        The programmes behind Europe&apos;s AI compute and the amounts their sources give. EU and national parts are kept apart; a
        part the sources do not give is shown as not known. Amounts are in euros unless a figure says otherwise: the atlas does
        not convert currencies.
      </p>

      <h2 id="amounts">Programmes and amounts</h2>
      <ProgrammeAmountsChart data={chartData} context={context} />
      <div className="table-wrap">
        <table data-testid="programme-table">
          <caption>Programmes, funds, calls and waves with their main amount</caption>
          <thead>
            <tr>
              <th scope="col">Programme</th>
              <th scope="col">Kind</th>
              <th scope="col">Period</th>
              <th scope="col">Amount, source and date</th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => {
              const f = amountOf(p);
              return (
                <tr key={p.slug} data-slug={p.slug}>
                  <th scope="row">
                    <Link href={`#${p.slug}`}>{p.name}</Link>
                  </th>
                  <td>{kindLabels[p.kind] ?? p.kind}</td>
                  <td>
                    {p.start ? formatPartialDate(p.start) : "not known"}
                    {p.end ? ` to ${formatPartialDate(p.end)}` : ""}
                  </td>
                  <td>
                    {f ? (
                      <>
                        <span className="value-inline">{f.label}: </span>
                        <FigureValue figure={f} />
                      </>
                    ) : (
                      <span className="not-known">no amount given</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {programmes.map((p) => (
        <section key={p.slug} id={p.slug} aria-labelledby={`h-${p.slug}`} className="programme">
          <h3 id={`h-${p.slug}`}>{p.name}</h3>
          <p className="muted">
            {kindLabels[p.kind] ?? p.kind}
            {p.parent ? (
              <>
                {" "}
                within <Link href={`#${p.parent.slug}`}>{p.parent.name}</Link>
              </>
            ) : null}
            {p.start ? `, from ${formatPartialDate(p.start)}` : ""}
            {p.end ? ` to ${formatPartialDate(p.end)}` : ""}.
          </p>
          <p>{p.summary}</p>
          <FigureList
            figures={p.figures}
            empty="No amounts are given in the sources."
            record={{ name: p.name, path: "/funding", key: p.slug }}
          />
          {p.steps.length > 0 && (
            <>
              <h4>Steps</h4>
              <ol data-testid={`steps-${p.slug}`}>
                {p.steps.map((s) => (
                  <li key={s.title}>
                    <strong>{s.title}</strong> ({stepStatus[s.status] ?? s.status}
                    {s.date ? `, ${formatPartialDate(s.date)}` : ""}): {s.detail}
                  </li>
                ))}
              </ol>
            </>
          )}
          <p className="provenance">
            Sources:{" "}
            {p.sources.map((s, i) => (
              <span key={s.id}>
                {i ? ", " : ""}
                <Link href={`/sources#${s.id}`}>{s.publisher}</Link>
              </span>
            ))}
          </p>
        </section>
      ))}

      <h2 id="factory-budgets">AI Factory budgets</h2>
      <FactoryBudgetsChart data={budgetChart} context={context} />
      <div className="table-wrap">
        <table data-testid="budget-table">
          <caption>Budgets per AI Factory: total, EU part and national part</caption>
          <thead>
            <tr>
              <th scope="col">AI Factory</th>
              <th scope="col">Wave</th>
              <th scope="col">Total</th>
              <th scope="col">EU part</th>
              <th scope="col">National part</th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((b) => (
              <tr key={b.slug} data-slug={b.slug}>
                <th scope="row">
                  <Link href={`/factories/${b.slug}`}>{b.name}</Link> <span className="muted">({b.country.name})</span>
                </th>
                <td>{waveLabels[b.wave] ?? b.wave}</td>
                {[b.total, b.eu, b.national].map((f, i) => (
                  <td key={i}>{f ? <FigureValue figure={f} /> : <span className="not-known">not known</span>}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
