import Link from "next/link";
import { formatPartialDate } from "@/lib/dates";
import type { Coverage, DatasetMeta } from "@/lib/data/meta";
import { ordinal } from "@/lib/format";

/** The footer: when the data was last updated, its version and licence, and where the sources are. */
export function SiteFooter({ meta, coverage }: { meta: DatasetMeta | null; coverage: Coverage | null }) {
  const list = coverage?.newestList;
  return (
    <footer className="site-footer">
      <div className="inner">
        {meta ? (
          <p>
            Data last updated <time dateTime={meta.lastUpdated}>{formatPartialDate(meta.lastUpdated)}</time> (dataset{" "}
            {meta.version}), licensed {meta.licence.replace(/ \(.*\)$/, "")}. Every figure cites its source:{" "}
            <Link href="/sources">see all sources</Link>. <Link href="/data">Download the data</Link> or use the{" "}
            <Link href="/api">API</Link>.
          </p>
        ) : null}
        {meta && coverage ? (
          <p data-testid="coverage">
            {list
              ? `Covers TOP500 lists up to ${formatPartialDate(list.edition)} (the ${ordinal(list.number)}). `
              : "Covers no TOP500 list yet. "}
            {coverage.checked && (
              <>
                Records checked against their sources between{" "}
                <time dateTime={coverage.checked.oldest}>{formatPartialDate(coverage.checked.oldest)}</time> and{" "}
                <time dateTime={coverage.checked.newest}>{formatPartialDate(coverage.checked.newest)}</time>:{" "}
                <Link href="/freshness">freshness</Link>, <Link href="/changes">changes</Link>.
              </>
            )}
          </p>
        ) : (
          <p>
            The data is unavailable right now. <Link href="/sources">Sources</Link>
          </p>
        )}
        <p>
          An independent atlas of Europe&apos;s AI compute, not affiliated with the EuroHPC Joint Undertaking or the European
          Commission. It makes no third-party requests: no web fonts, trackers or analytics.
        </p>
      </div>
    </footer>
  );
}
