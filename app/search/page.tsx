import type { Metadata } from "next";
import Link from "next/link";
import { searchIndex } from "@/lib/data/search";
import { searchQuery } from "@/lib/schemas/params";
import { searchDocs } from "@/lib/search";

export const metadata: Metadata = {
  title: "Search",
  description: "Search the atlas's factories, antennas, systems, countries and model projects.",
};

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q } = searchQuery.parse(await searchParams);
  const results = q ? searchDocs(await searchIndex(), q) : [];
  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" role="search" className="filters" aria-label="Search the atlas">
        <label>
          Search for a factory, antenna, system, city, country or host
          <input type="search" name="q" defaultValue={q ?? ""} maxLength={100} />
        </label>
        <button type="submit">Search</button>
      </form>
      {q ? (
        <>
          <p role="status" data-testid="search-count">
            {results.length
              ? `${results.length} result${results.length === 1 ? "" : "s"} for “${q}”.`
              : `Nothing in the atlas matches “${q}”.`}
          </p>
          <ul className="entity-list" data-testid="search-results">
            {results.map((r) => (
              <li key={`${r.type}-${r.slug}`}>
                <Link href={r.href}>
                  <strong>{r.name}</strong>
                </Link>
                <div className="muted">{r.context}</div>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Type a name, an acronym, a city, a country or a host institution.</p>
      )}
    </>
  );
}
