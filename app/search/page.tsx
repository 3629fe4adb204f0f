import type { Metadata } from "next";
import Link from "next/link";
import { searchAtlas } from "@/lib/data/search";
import { searchQuery } from "@/lib/schemas/params";
import { groupLabels } from "@/lib/search";

export const metadata: Metadata = {
  title: "Search",
  description:
    "Search the atlas: factories, antennas, systems, accelerators, countries, programmes, events, model projects and sources.",
};

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q } = searchQuery.parse(await searchParams);
  const outcome = q ? await searchAtlas(q) : null;
  const total = outcome?.hits.length ?? 0;
  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" role="search" className="filters" aria-label="Search the atlas">
        <label>
          Search for a name, acronym, city, country, host, accelerator (e.g. H100), programme or event
          <input type="search" name="q" defaultValue={q ?? ""} maxLength={100} />
        </label>
        <button type="submit">Search</button>
      </form>
      {q && outcome ? (
        <>
          <p role="status" data-testid="search-count">
            {total ? `${total} result${total === 1 ? "" : "s"} for “${q}”.` : `Nothing in the atlas matches “${q}”.`}
            {outcome.didYouMean && (
              <>
                {" "}
                Did you mean{" "}
                <Link href={`/search?q=${encodeURIComponent(outcome.didYouMean)}`} data-testid="did-you-mean">
                  {outcome.didYouMean}
                </Link>
                ?
              </>
            )}
          </p>
          {outcome.groups.length > 1 && (
            <nav aria-label="Results by type" className="result-groups">
              <ul>
                {outcome.groups.map((g) => (
                  <li key={g.type}>
                    <a href={`#results-${g.type}`}>
                      {groupLabels[g.type][g.hits.length === 1 ? 0 : 1]} ({g.hits.length})
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div data-testid="search-results">
            {outcome.groups.map((g) => (
              <section key={g.type} aria-labelledby={`results-${g.type}`} data-type={g.type}>
                <h2 id={`results-${g.type}`}>
                  {groupLabels[g.type][1]} <span className="muted">({g.hits.length})</span>
                </h2>
                <ul className="entity-list">
                  {g.hits.map((r) => (
                    <li key={`${r.type}-${r.slug}`}>
                      <Link href={r.href}>
                        <strong>{r.name}</strong>
                      </Link>
                      <div className="muted">{r.context}</div>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      ) : (
        <p className="muted">
          Type a name, an acronym (MN5), a city, a country, a host institution, an accelerator (MI250X, H100), a class of system
          (exascale), a programme (Gigafactories) or an event.
        </p>
      )}
    </>
  );
}
