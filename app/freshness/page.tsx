import type { Metadata } from "next";
import Link from "next/link";
import { formatPartialDate } from "@/lib/dates";
import { getCoverage, getDatasetMeta } from "@/lib/data/meta";
import { recordsByCheck, recordTypeLabels } from "@/lib/data/records";
import { formatNumber, ordinal } from "@/lib/format";

export const metadata: Metadata = {
  title: "How fresh is the atlas?",
  description: "Every record of the atlas by the date it was last checked against its sources, oldest check first.",
};

const DAY = 86_400_000;

export default async function FreshnessPage() {
  const [records, coverage, meta] = await Promise.all([recordsByCheck(), getCoverage(), getDatasetMeta()]);
  const reference = Date.parse(`${meta.lastUpdated}T00:00:00Z`);
  const newestList = coverage.newestList;
  return (
    <article>
      <h1>How fresh is the atlas?</h1>
      <p className="lede">
        Every record carries the date someone last checked it against its sources. The oldest checks come first: they are the ones
        most likely to have gone stale.
      </p>
      <dl className="facts">
        <dt>Dataset</dt>
        <dd>
          Version {meta.version}, last updated <time dateTime={meta.lastUpdated}>{formatPartialDate(meta.lastUpdated)}</time>
        </dd>
        <dt>Checks</dt>
        <dd>
          {coverage.checked
            ? `${formatNumber(records.length)} records, checked between ${formatPartialDate(coverage.checked.oldest)} and ${formatPartialDate(coverage.checked.newest)}`
            : "Not known"}
        </dd>
        <dt>TOP500 lists</dt>
        <dd>
          {newestList
            ? `Up to ${formatPartialDate(newestList.edition)} (the ${ordinal(newestList.number)} list), ${coverage.lists.length} lists in all; the newest is covered ${newestList.coverage === "complete" ? "completely" : "in part"}`
            : "None recorded"}
        </dd>
      </dl>
      <p>
        <Link href="/changes">What changed, and why</Link>
      </p>
      <div className="table-wrap">
        <table data-testid="freshness-table">
          <caption>Records by the date of their last check, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Type</th>
              <th scope="col">Checked</th>
              <th scope="col" className="num">
                Days before the dataset&apos;s date
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={`${r.type}:${r.key}`}>
                <th scope="row">
                  <Link href={r.href}>{r.name}</Link>
                </th>
                <td>{recordTypeLabels[r.type]}</td>
                <td>
                  <time dateTime={r.checked ?? undefined}>{r.checked ? formatPartialDate(r.checked) : "Not known"}</time>
                </td>
                <td className="num">
                  {r.checked ? formatNumber(Math.round((reference - Date.parse(`${r.checked}T00:00:00Z`)) / DAY)) : "Not known"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
