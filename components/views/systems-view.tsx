import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import { CountryOptions } from "@/components/ui/country-options";
import Link from "next/link";
import { ViewLink } from "@/components/ui/view-link";
import { redirect } from "next/navigation";
import { canonicalTarget } from "@/lib/url";
import { statusLabels, SystemsTable } from "@/components/tables/systems-table";
import { listSystems } from "@/lib/data/systems";
import { families, systemStatuses } from "@/lib/schemas/data";
import { parseSystemsQuery, systemsSearch } from "@/lib/schemas/params";
import { applySystemsQuery, systemsViewTitle } from "@/lib/systems-table";
import { CiteView } from "@/components/ui/cite-view";
import { getDatasetMeta } from "@/lib/data/meta";

export const systemsMetadata: Metadata = {
  title: "Supercomputers",
  description:
    "Every supercomputer in the atlas: TOP500 rank, FP64 Rmax and Rpeak, accelerators, architecture and power, each figure sourced.",
};

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function SystemsView({ params }: { params: RawParams }) {
  const query = parseSystemsQuery(params);
  const canonical = canonicalTarget("/systems", params, systemsSearch(query));
  if (canonical) redirect(canonical);
  const [all, meta] = await Promise.all([listSystems(), getDatasetMeta()]);
  const rows = applySystemsQuery(all, query);
  const countries = [...new Map(all.map((r) => [r.countryCode, r.countryName])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const search = systemsSearch(query);

  return (
    <>
      <h1>Supercomputers</h1>
      <p className="lede">
        The EuroHPC systems, the national systems the AI Factories use, and the new AI machines. Rmax and Rpeak are FP64 (HPL)
        figures in PFLOPS; vendor &quot;AI&quot; performance is never mixed in. Each value links to its source; a ≠ mark means
        sources disagree, and the system&apos;s page shows every claim.
      </p>
      <form className="filters" method="get" action="/systems" aria-label="Filter systems">
        <input type="hidden" name="sort" value={query.sort} />
        {query.dir && <input type="hidden" name="dir" value={query.dir} />}
        <label>
          Country
          <select name="country" defaultValue={query.country?.toLowerCase() ?? ""}>
            <CountryOptions countries={countries.map(([code, name]) => ({ code, name }))} />
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue={query.status ?? ""}>
            <option value="">Any status</option>
            {systemStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Architecture
          <select name="family" defaultValue={query.family ?? ""}>
            <option value="">Any</option>
            {families.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          TOP500 rank from
          <input type="number" name="rank_min" min={1} max={500} defaultValue={query.rank_min} />
        </label>
        <label>
          to
          <input type="number" name="rank_max" min={1} max={500} defaultValue={query.rank_max} />
        </label>
        <button type="submit">Apply</button>
        {search && <Link href="/systems">Reset</Link>}
      </form>
      <p role="status" data-testid="systems-count">
        Showing {rows.length} of {all.length} systems.
      </p>
      <div className="actions">
        <a className="button" href={`/systems.csv${search}`} download>
          Download these rows as CSV
        </a>
        <ViewLink className="button" href="/compare?systems=jupiter,lumi,leonardo">
          Compare systems side by side
        </ViewLink>
      </div>
      <SystemsTable rows={rows} query={query} />
      <p className="provenance">
        Ranks with a filter exclude systems not on the TOP500. Rank dates are TOP500 editions (YYYY-06 June, YYYY-11 November).
      </p>
      <CiteView
        title={systemsViewTitle(query, countries.find(([code]) => code.toLowerCase() === query.country?.toLowerCase())?.[1])}
        path={`/systems${search}`}
        meta={meta}
      />
    </>
  );
}
