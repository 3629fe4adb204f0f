import type { Metadata } from "next";
import Link from "next/link";
import { collections } from "@/lib/api/collections";
import { getCoverage, getDatasetMeta } from "@/lib/data/meta";
import { formatPartialDate } from "@/lib/dates";
import { datasetFacts } from "@/lib/data/dataset-ld";
import { archiveName } from "@/lib/datapackage/archive";
import { figureFields } from "@/lib/figures";
import { env } from "@/lib/env";
import { datasetLd, ldScript } from "@/lib/jsonld";
import { ordinal } from "@/lib/format";
import { collectionNames } from "@/lib/schemas/api";

export const metadata: Metadata = {
  title: "Data",
  description: "Download the atlas's data as CSV, GeoJSON and JSON under CC BY 4.0, and cite the dataset.",
};

const vocabularyRows: [string, string][] = [
  ["rmax_pflops", "The value, in the unit its name ends with (PFLOPS here)"],
  ["rmax_pflops_kind", "measured, announced, expected, estimated or vendor-claim; rankings use measured values only"],
  ["rmax_pflops_as_of", "The date the value was true, as the source gives it: 2025, 2026-Q4, 2025-06 or 2025-11-17"],
  ["rmax_pflops_as_of_date", "The first day of that date, always YYYY-MM-DD, so a spreadsheet reads every row as a date"],
  ["rmax_pflops_as_of_precision", "day, month, quarter or year"],
  ["rmax_pflops_source", "The source's id: a row of the sources table"],
  ["rmax_pflops_source_title", "The source's title"],
  ["rmax_pflops_source_url", "The source's address (empty when it is not online)"],
];

export default async function DataPage() {
  const [meta, coverage] = await Promise.all([getDatasetMeta(), getCoverage()]);
  const base = env.SITE_URL;
  const year = meta.lastUpdated.slice(0, 4);
  const ld = datasetLd(await datasetFacts());
  const units = [...new Set(Object.values(figureFields).map((f) => f.unit))].filter((u) => u !== "date");
  return (
    <>
      <h1>Data</h1>
      <p className="lede">
        Everything the atlas shows, to download and reuse. Dataset version <strong>{meta.version}</strong>, last updated{" "}
        <time dateTime={meta.lastUpdated}>{formatPartialDate(meta.lastUpdated)}</time>.
      </p>

      <h2>What it covers</h2>
      <ul data-testid="data-coverage">
        <li>
          TOP500:{" "}
          {coverage.lists.length
            ? `${coverage.lists.length} lists, up to ${formatPartialDate(coverage.newestList?.edition ?? "")} (the ${ordinal(coverage.newestList?.number ?? 0)}); the newest is covered ${coverage.newestList?.coverage === "complete" ? "completely (every European system in it)" : "in part (only some European systems in it are recorded)"}.`
            : "no list recorded."}
        </li>
        {coverage.checked && (
          <li>
            Every record was checked against its sources between{" "}
            <time dateTime={coverage.checked.oldest}>{formatPartialDate(coverage.checked.oldest)}</time> and{" "}
            <time dateTime={coverage.checked.newest}>{formatPartialDate(coverage.checked.newest)}</time>:{" "}
            <Link href="/freshness">each record&apos;s check date</Link>, and <Link href="/changes">what changed and why</Link>{" "}
            (also as an <a href="/changes.atom">Atom feed</a>).
          </li>
        )}
      </ul>

      <h2>Licence</h2>
      <p>
        The data is published under the{" "}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="license external">
          Creative Commons Attribution 4.0 International licence (CC BY 4.0)
        </a>
        : you may share and adapt it for any purpose, giving credit. The sources it cites keep their own terms; every figure names
        its source so you can check it.
      </p>

      <h2>How to cite</h2>
      <pre
        className="citation"
        data-testid="dataset-citation"
      >{`AI Factories Atlas (${year}). AI Factories Atlas dataset, version ${meta.version} (data as of ${formatPartialDate(meta.lastUpdated)}). ${base}/data. Licensed CC BY 4.0.`}</pre>
      <p>Each page also offers a citation of its own, with a permalink.</p>

      <h2>The whole dataset</h2>
      <ul data-testid="whole-dataset">
        <li>
          <a href={`/data/${archiveName(meta.version)}`} download>
            ai-factories-atlas-{meta.version}.zip
          </a>
          : every table as CSV, with <code>datapackage.json</code>, a README and the licence, for this version.
        </li>
        <li>
          <a href="/data/datapackage.json">datapackage.json</a>: a{" "}
          <a href="https://datapackage.org/" rel="external">
            Frictionless Data Package
          </a>{" "}
          describing every table (columns, types, units, primary and foreign keys) and pointing at the live CSV files below.
        </li>
      </ul>

      <h2 id="vocabulary">One vocabulary</h2>
      <p>
        The API&apos;s CSV and GeoJSON, the page downloads (<a href="/systems.csv">/systems.csv</a>, /compare.csv, /map.csv) and
        the data package use the same column names; the API&apos;s JSON holds the same facts inside each figure (
        <code>value</code>, <code>unit</code>, <code>kind</code>, <code>as_of</code>, <code>as_of_date</code>,{" "}
        <code>as_of_precision</code>, <code>source</code>, <code>source_title</code>, <code>source_url</code>). A figure carries
        its unit in its name (units:{" "}
        {units.map((u, i) => (
          <span key={u}>
            {i ? ", " : ""}
            <code>{u}</code>
          </span>
        ))}
        ) and these columns beside it:
      </p>
      {/* Focusable so keyboard users can scroll it on a narrow screen (it holds no links). */}
      <section className="table-wrap" tabIndex={0} aria-label="The columns of a figure">
        <table data-testid="vocabulary" className="vocabulary">
          <caption>The columns of a figure, for example rmax_pflops</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">What it holds</th>
            </tr>
          </thead>
          <tbody>
            {vocabularyRows.map(([column, what]) => (
              <tr key={column}>
                <th scope="row">
                  <code>
                    {column.split("_").map((part, i) => (
                      <span key={i}>
                        {i ? "_" : ""}
                        {i ? <wbr /> : null}
                        {part}
                      </span>
                    ))}
                  </code>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        Any other date <code>X</code> (a programme&apos;s start, a source&apos;s date) is kept as the source gives it, with{" "}
        <code>X_date</code> and <code>X_precision</code> beside it; events carry <code>starts</code> and <code>ends</code>, the
        first and last day their date covers. An empty cell means &ldquo;not known&rdquo;.
      </p>

      <h2>Downloads</h2>
      <div className="table-wrap">
        <table data-testid="downloads">
          <caption>Every collection in every format (up to 500 records per file; page with offset for more)</caption>
          <thead>
            <tr>
              <th scope="col">Collection</th>
              <th scope="col">CSV</th>
              <th scope="col">JSON</th>
              <th scope="col">GeoJSON</th>
            </tr>
          </thead>
          <tbody>
            {collectionNames.map((name) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>
                  <a href={`/api/v1/${name}.csv`} download={`${name}.csv`}>
                    {name}.csv
                  </a>
                </td>
                <td>
                  <a href={`/api/v1/${name}?limit=500`}>{name}.json</a>
                </td>
                <td>
                  {collections[name].geo ? (
                    <a href={`/api/v1/${name}.geojson`} download={`${name}.geojson`}>
                      {name}.geojson
                    </a>
                  ) : (
                    <span className="muted">not located</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Every column is described in <a href="/data/datapackage.json">datapackage.json</a>, in the{" "}
        <a href="/api/v1/openapi.json">OpenAPI description</a> and on the <Link href="/api">API page</Link>.
      </p>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ldScript(ld) }} />
    </>
  );
}
