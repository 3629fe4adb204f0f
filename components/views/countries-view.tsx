import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FindYourFactory } from "@/components/ui/find-your-factory";
import { listCountries } from "@/lib/data/countries";
import { resolveCountry } from "@/lib/country-match";

export const countriesMetadata: Metadata = {
  title: "Countries",
  description: "Every EU Member State and partner country in the atlas: what it hosts and which AI Factory or Antenna serves it.",
};

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function CountriesView({ params }: { params: RawParams }) {
  const countries = await listCountries();
  const asked = Array.isArray(params.country) ? params.country[0] : params.country;
  const match = asked ? resolveCountry(asked, countries) : null;
  if (match) redirect(`/countries/${match.code.toLowerCase()}`);

  const describe = (c: (typeof countries)[number]) =>
    [
      c.factories ? `${c.factories} AI Factor${c.factories === 1 ? "y" : "ies"}` : null,
      c.antennas ? `${c.antennas} Antenna${c.antennas === 1 ? "" : "s"}` : null,
      c.systems ? `${c.systems} system${c.systems === 1 ? "" : "s"}` : null,
      c.partnerOf ? `partner in ${c.partnerOf} factor${c.partnerOf === 1 ? "y" : "ies"}` : null,
    ]
      .filter(Boolean)
      .join(", ") || "hosts none";
  return (
    <>
      <h1>Countries</h1>
      <p className="lede">What each country hosts, and which AI Factory or Antenna serves it.</p>
      {asked && !match && (
        <p role="alert" className="mark-disagree" data-testid="no-match">
          No country in the atlas matches “{asked.slice(0, 60)}”. Choose one from the list.
        </p>
      )}
      <FindYourFactory countries={countries} />
      {[true, false].map((eu) => (
        <section key={String(eu)} aria-labelledby={eu ? "eu" : "partners"}>
          <h2 id={eu ? "eu" : "partners"}>{eu ? "EU Member States" : "Partner countries"}</h2>
          <ul className="entity-list">
            {countries
              .filter((c) => c.euMember === eu)
              .map((c) => (
                <li key={c.code}>
                  <Link href={`/countries/${c.code.toLowerCase()}`}>{c.name}</Link>: {describe(c)}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
