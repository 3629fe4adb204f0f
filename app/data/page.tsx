import type { Metadata } from "next";
import Link from "next/link";
import { collections } from "@/lib/api/collections";
import { getCoverage, getDatasetMeta } from "@/lib/data/meta";
import { formatPartialDate } from "@/lib/dates";
import { datasetFacts } from "@/lib/data/dataset-ld";
import { env } from "@/lib/env";
import { datasetLd, ldScript } from "@/lib/jsonld";
import { ordinal } from "@/lib/format";
import { collectionNames } from "@/lib/schemas/api";

export const metadata: Metadata = {
  title: "Data",
  description: "Download the atlas's data as CSV, GeoJSON and JSON under CC BY 4.0, and cite the dataset.",
};

export default async function DataPage() {
  const [meta, coverage] = await Promise.all([getDatasetMeta(), getCoverage()]);
  const base = env.SITE_URL;
  const year = meta.lastUpdated.slice(0, 4);
  const ld = datasetLd(await datasetFacts());
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
        The CSV columns are documented in the <a href="/api/v1/openapi.json">OpenAPI description</a> and on the{" "}
        <Link href="/api">API page</Link>. Figures appear as three columns: the value, its source id and its as-of date.
      </p>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ldScript(ld) }} />
    </>
  );
}
