import type { Metadata } from "next";
import Link from "next/link";
import { collections } from "@/lib/api/collections";
import { env } from "@/lib/env";
import { collectionNames, queries } from "@/lib/schemas/api";

export const metadata: Metadata = {
  title: "API",
  description: "The atlas's open data API: every collection as JSON, CSV and GeoJSON, with sources and dates on every figure.",
};

const descriptions: Record<string, string> = {
  factories: "The 19 AI Factories: host, city, wave, partners, systems, antennas, budgets.",
  antennas: "The 13 AI Factory Antennas: host, linked factories, access tracks.",
  systems: "Supercomputers: site, status, class, accelerators, architecture, FP64 figures, power.",
  top500: "TOP500 entries per list edition: rank, Rmax, Rpeak.",
  countries: "EU Member States and partner countries: what each hosts.",
  events: "Dated events: selections, calls, deadlines, releases, regulation, TOP500 lists, AI Act dates.",
  programmes: "Programmes, funds, calls and waves with amounts and steps.",
  "training-runs": "Documented training runs and the systems they used.",
  projects: "Sovereign-model projects.",
  sources: "Every source, with the records that cite it.",
};

export default function ApiPage() {
  const base = env.SITE_URL;
  return (
    <>
      <h1>Open data API</h1>
      <p className="lede">
        The atlas&apos;s data as JSON, CSV and GeoJSON, free to use under CC BY 4.0. Every figure comes with all its claims, each
        with a source id and the date it was true. The machine-readable description is{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>

      <h2>Conventions</h2>
      <ul>
        <li>
          <code>GET /api/v1/&lt;collection&gt;</code> lists records as <code>{"{ data: [...], meta: {...} }"}</code>;{" "}
          <code>meta</code> gives <code>count</code>, <code>total</code>, <code>limit</code>, <code>offset</code>, the dataset{" "}
          <code>version</code>, <code>last_updated</code>, the licence and the OpenAPI address.
        </li>
        <li>
          <code>GET /api/v1/&lt;collection&gt;/&lt;key&gt;</code> gives one record (key: slug, id, or country code).
        </li>
        <li>
          Add <code>.csv</code> or, for located collections, <code>.geojson</code> to the collection name for those formats.
        </li>
        <li>
          Every list takes <code>q</code> (free text), <code>sort</code>, <code>order</code> (<code>asc</code>/<code>desc</code>),{" "}
          <code>limit</code> (1 to 500, default 100) and <code>offset</code>, plus the filters below. Unknown values sort last.
        </li>
        <li>
          A wrong parameter gets <code>400</code> with RFC 9457 problem details listing each one and what would be accepted; an
          unknown collection or key gets <code>404</code>. A problem&apos;s <code>title</code> is the status&apos;s name (for
          example <code>Bad Request</code>); <code>detail</code> says what went wrong. Too many requests get <code>429</code>, and
          a moment when the data cannot be read or the atlas is busy gets <code>503</code>; both carry <code>Retry-After</code> in
          seconds.
        </li>
        <li>
          Responses and the page downloads (<code>.csv</code>, <code>.geojson</code>, <code>.ics</code>, <code>.atom</code>) carry
          an <code>ETag</code> (weak, <code>W/&quot;…&quot;</code>, when the body is sent compressed) and{" "}
          <code>Cache-Control</code>; send the tag back in <code>If-None-Match</code> to get <code>304</code> when nothing
          changed. CORS is open for <code>GET</code> and <code>HEAD</code>. Paged JSON gives <code>meta.total</code>,{" "}
          <code>meta.next</code> and RFC 8288 <code>Link</code> headers. These, and the <code>url</code> of each record&apos;s
          page, are absolute addresses on the atlas&apos;s public address (a source&apos;s <code>url</code> is its
          publisher&apos;s).
        </li>
        <li>
          A figure:{" "}
          <code>
            {
              "{ label, unit, value, as_of, source, disagreement, claims: [{ value, as_of, source, preferred, superseded, note }] }"
            }
          </code>
          . A figure left out is not known.
        </li>
      </ul>

      <h2>Calendar feed</h2>
      <p>
        <a href="/timeline.ics">/timeline.ics</a> is an iCalendar (RFC 5545) feed of upcoming events; subscribe to it as{" "}
        <code>webcal:</code> in a calendar app. <code>kind</code>, <code>country</code> (e.g. <code>de</code>) and{" "}
        <code>entity</code> (e.g. <code>system:jupiter</code>) narrow it like the timeline; an unknown value gets <code>400</code>{" "}
        with problem details. Only dates known to the day are events. Dates known only to the month, quarter or year are not
        turned into long all-day events: the feed lists them, undated, in its description (<code>X-WR-CALDESC</code>). Pages link
        to a feed only when it holds at least one event.
      </p>

      <h2>Examples</h2>
      <ul className="examples">
        {[
          "/api/v1/systems?sort=rmax&order=desc&limit=5",
          "/api/v1/systems/jupiter",
          "/api/v1/factories?wave=2025-10",
          "/api/v1/antennas.geojson",
          "/api/v1/events?kind=call-close&from=2026-01-01",
          "/api/v1/countries/be",
          "/api/v1/top500.csv?system=jupiter",
        ].map((u) => (
          <li key={u}>
            <a href={u}>
              <code>{`${base}${u}`}</code>
            </a>
          </li>
        ))}
      </ul>
      <pre className="citation">{`curl -s '${base}/api/v1/systems/lumi' | jq '.data.figures.rmax_pflops'`}</pre>

      <h2>Collections</h2>
      <div className="table-wrap">
        <table>
          <caption>Collections, their filters and formats</caption>
          <thead>
            <tr>
              <th scope="col">Collection</th>
              <th scope="col">What</th>
              <th scope="col">Filters and sort keys</th>
              <th scope="col">Formats</th>
            </tr>
          </thead>
          <tbody>
            {collectionNames.map((name) => {
              const keys = Object.keys(queries[name].shape).filter((k) => !["q", "sort", "order", "limit", "offset"].includes(k));
              return (
                <tr key={name}>
                  <th scope="row">
                    <a href={`/api/v1/${name}`}>
                      <code>{name}</code>
                    </a>
                  </th>
                  <td>{descriptions[name]}</td>
                  <td>
                    {keys.length ? keys.map((k) => <code key={k}>{k} </code>) : <span className="muted">none</span>}
                    <div className="muted">sort: {Object.keys(collections[name].sort).join(", ")}</div>
                  </td>
                  <td>
                    <a href={`/api/v1/${name}`}>JSON</a>, <a href={`/api/v1/${name}.csv`}>CSV</a>
                    {collections[name].geo ? (
                      <>
                        , <a href={`/api/v1/${name}.geojson`}>GeoJSON</a>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        All downloads in one place, the licence and how to cite the dataset: <Link href="/data">Data</Link>.
      </p>
    </>
  );
}
