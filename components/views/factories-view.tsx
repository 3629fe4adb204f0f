import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import { CountryOptions } from "@/components/ui/country-options";
import Link from "next/link";
import { redirect } from "next/navigation";
import { canonicalTarget } from "@/lib/url";
import { listFactories } from "@/lib/data/network";
import { waveLabels } from "@/lib/labels";
import { z } from "zod";
import { waves } from "@/lib/schemas/data";

export const factoriesMetadata: Metadata = {
  title: "AI Factories",
  description: "The 19 EuroHPC AI Factories by selection wave: hosts, cities, systems and linked Antennas.",
};

const query = z.object({
  wave: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(waves).optional()).catch(undefined),
  country: z
    .preprocess(
      (v) => (typeof v === "string" ? v.toUpperCase() : undefined),
      z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
    )
    .catch(undefined),
});

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function FactoriesView({ params }: { params: RawParams }) {
  const q = query.parse(params);
  const search = new URLSearchParams({
    ...(q.wave ? { wave: q.wave } : {}),
    ...(q.country ? { country: q.country.toLowerCase() } : {}),
  }).toString();
  const canonical = canonicalTarget("/factories", params, search ? `?${search}` : "");
  if (canonical) redirect(canonical);
  const all = await listFactories();
  const rows = all.filter((f) => (!q.wave || f.wave === q.wave) && (!q.country || f.countryCode === q.country));
  const countries = [...new Map(all.map((f) => [f.countryCode, f.country])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <>
      <h1>AI Factories</h1>
      <p className="lede">
        The EuroHPC AI Factories, selected in three waves: regional ecosystems around AI-optimised supercomputers, with data
        services, training and priority access for start-ups and SMEs.
      </p>
      <form className="filters" method="get" action="/factories" aria-label="Filter AI Factories">
        <label>
          Wave
          <select name="wave" defaultValue={q.wave ?? ""}>
            <option value="">All waves</option>
            {waves.map((w) => (
              <option key={w} value={w}>
                {waveLabels[w]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <select name="country" defaultValue={q.country?.toLowerCase() ?? ""}>
            <CountryOptions countries={countries.map(([code, name]) => ({ code, name }))} />
          </select>
        </label>
        <button type="submit">Apply</button>
        {(q.wave || q.country) && <Link href="/factories">Reset</Link>}
      </form>
      <p role="status" data-testid="factory-count">
        Showing {rows.length} of {all.length} AI Factories.
      </p>
      {waves.map((w) => {
        const group = rows.filter((f) => f.wave === w);
        if (!group.length) return null;
        return (
          <section key={w} aria-labelledby={`wave-${w}`}>
            <h2 id={`wave-${w}`}>
              {waveLabels[w]} ({group.length})
            </h2>
            <ul className="entity-list">
              {group.map((f) => (
                <li key={f.slug}>
                  <Link href={`/factories/${f.slug}`}>
                    <strong>{f.name}</strong>
                    {f.acronym && f.acronym !== f.name ? ` (${f.acronym})` : ""}
                  </Link>
                  {", "}
                  {f.city}, {f.country}. Host: {f.host}.{" "}
                  {f.systems.length ? `Systems: ${f.systems.map((s) => s.name).join(", ")}.` : "New system, name not known."}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
