import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { canonicalTarget } from "@/lib/url";
import { z } from "zod";
import { listAntennas, listFactories } from "@/lib/data/network";

export const antennasMetadata: Metadata = {
  title: "AI Factory Antennas",
  description: "The 13 AI Factory Antennas: national gateways to the AI Factories, grouped by the factory they link to.",
};

const query = z.object({
  membership: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(["eu", "partner"]).optional()).catch(undefined),
});

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function AntennasView({ params }: { params: RawParams }) {
  const q = query.parse(params);
  const canonical = canonicalTarget("/antennas", params, q.membership ? `?membership=${q.membership}` : "");
  if (canonical) redirect(canonical);
  const [all, factories] = await Promise.all([listAntennas(), listFactories()]);
  const rows = all.filter((a) => !q.membership || a.euMember === (q.membership === "eu"));
  const groups = factories
    .map((f) => ({ factory: f, antennas: rows.filter((a) => a.factorySlugs.includes(f.slug)) }))
    .filter((g) => g.antennas.length);
  const unlinked = rows.filter((a) => a.factorySlugs.length === 0);
  return (
    <>
      <h1>AI Factory Antennas</h1>
      <p className="lede">
        National gateways selected on 13 October 2025 in 7 EU Member States and 6 partner countries. An Antenna routes researchers
        and companies to AI Factories elsewhere and advises them; it has no compute of its own. An Antenna linked to several
        factories is listed under each.
      </p>
      <form className="filters" method="get" action="/antennas" aria-label="Filter Antennas">
        <label>
          Host country
          <select name="membership" defaultValue={q.membership ?? ""}>
            <option value="">All</option>
            <option value="eu">EU Member States</option>
            <option value="partner">Partner countries</option>
          </select>
        </label>
        <button type="submit">Apply</button>
        {q.membership && <Link href="/antennas">Reset</Link>}
      </form>
      <p role="status" data-testid="antenna-count">
        Showing {rows.length} of {all.length} Antennas.
      </p>
      {groups.map(({ factory, antennas }) => (
        <section key={factory.slug} aria-labelledby={`linked-${factory.slug}`}>
          <h2 id={`linked-${factory.slug}`}>
            Linked to <Link href={`/factories/${factory.slug}`}>{factory.name}</Link> ({factory.country})
          </h2>
          <ul className="entity-list">
            {antennas.map((a) => (
              <li key={a.slug}>
                <Link href={`/antennas/${a.slug}`}>
                  <strong>{a.name}</strong>
                </Link>
                , {a.country} ({a.euMember ? "EU" : "partner"}). Host: {a.host ?? "not known"}.
              </li>
            ))}
          </ul>
        </section>
      ))}
      {unlinked.length > 0 && (
        <section aria-labelledby="unlinked">
          <h2 id="unlinked">Linked factory not known</h2>
          <ul className="entity-list">
            {unlinked.map((a) => (
              <li key={a.slug}>
                <Link href={`/antennas/${a.slug}`}>
                  <strong>{a.name}</strong>
                </Link>
                , {a.country}. Host: {a.host ?? "not known"}.
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
