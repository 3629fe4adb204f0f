import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocationMap } from "@/components/map/location-map";
import { ApplyLinks } from "@/components/provenance/apply-panel";
import { CheckedOn } from "@/components/provenance/checked-on";
import { AccessTracks } from "@/components/ui/access-tracks";
import { CalendarLinks } from "@/components/ui/calendar-links";
import { CiteThis } from "@/components/ui/cite-this";
import { EventList } from "@/components/ui/event-list";
import { RecordSources } from "@/components/ui/record-sources";
import { type ApplyPlace, getCountryProfile, listCountries } from "@/lib/data/countries";
import { getDatasetMeta } from "@/lib/data/meta";
import { today } from "@/lib/env";
import { formatNumber } from "@/lib/format";
import { waveLabels } from "@/lib/labels";
import { parseCountryParam } from "@/lib/schemas/route";

// Every page is built at build time; an address not in the list is a 404
// without touching the database (new records appear with the next build).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listCountries()).map((c) => ({ code: c.code.toLowerCase() }));
}

type Props = { params: Promise<{ code: string }> };

async function load(params: Props["params"]) {
  const code = parseCountryParam((await params).code);
  return code ? getCountryProfile(code, today()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await load(params);
  return c
    ? { title: c.name, description: `What ${c.name} hosts in Europe's AI compute network, and where its researchers apply.` }
    : {};
}

const whyText: Record<ApplyPlace["why"], string> = {
  hosted: "hosted in the country",
  "antenna-link": "serves the country through its Antenna",
  partner: "the country is a consortium partner",
};

export default async function CountryPage({ params }: Props) {
  const [c, meta] = await Promise.all([load(params), getDatasetMeta()]);
  if (!c) notFound();
  const hostsNothing = !c.factories.length && !c.antennas.length;
  const points = [...c.factories.map((f) => ({ ...f, kind: "factory" })), ...c.antennas.map((a) => ({ ...a, kind: "antenna" }))];
  return (
    <article>
      <p className="muted">
        <Link href="/countries">Countries</Link> ›
      </p>
      <h1>{c.name}</h1>
      <p className="lede">
        {c.euMember ? "EU Member State" : "Partner country"}.{" "}
        {c.eurohpc === true
          ? "Participates in the EuroHPC Joint Undertaking."
          : c.eurohpc === false
            ? "Does not participate in the EuroHPC Joint Undertaking."
            : "EuroHPC participation: not known."}{" "}
        {c.eurohpcNote}
      </p>
      <CheckedOn date={c.checked} />

      <section aria-labelledby="served" data-testid="served-by">
        <h2 id="served">Where researchers in {c.name} apply</h2>
        {c.applyAt.length ? (
          <ul className="apply-places">
            {c.applyAt.map((p) => (
              <li key={`${p.type}-${p.slug}`}>
                <h3>
                  <Link href={`/${p.type === "factory" ? "factories" : "antennas"}/${p.slug}`}>{p.name}</Link>
                </h3>
                <p className="muted">
                  {p.type === "factory" ? "AI Factory" : "AI Factory Antenna"}, {p.country}: {whyText[p.why]}
                  {p.via ? (
                    <>
                      {" "}
                      <Link href={`/antennas/${p.via.slug}`}>{p.via.name}</Link>
                    </>
                  ) : null}
                </p>
                <ApplyLinks name={p.name} apply={p.apply} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{c.name} hosts no AI Factory or Antenna and is not a partner in a factory consortium.</p>
        )}
        <p data-testid="eurohpc-access">
          Another way in: the EuroHPC Joint Undertaking&apos;s own <Link href="/funding#eurohpc-access-calls">access calls</Link>{" "}
          for time on its supercomputers, among them one for AI and data-intensive applications.
        </p>
        {c.antennas.some((a) => !a.factories.length) && (
          <p className="not-known">The factory linked to {c.name}&apos;s Antenna is not known.</p>
        )}
      </section>

      {hostsNothing && c.nearest && (
        <section aria-labelledby="nearest" data-testid="nearest">
          <h2 id="nearest">Nearest AI Factories and Antennas</h2>
          <p>Measured as great-circle distance from {c.capital} to each site&apos;s city.</p>
          <div className="two-col">
            <div>
              <h3>AI Factories</h3>
              <ol>
                {c.nearest.factories.map((f) => (
                  <li key={f.slug}>
                    <Link href={`/factories/${f.slug}`}>{f.name}</Link>, {f.city}, {f.country}: about{" "}
                    {formatNumber(Math.round(f.distanceKm))} km
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3>Antennas</h3>
              <ol>
                {c.nearest.antennas.map((a) => (
                  <li key={a.slug}>
                    <Link href={`/antennas/${a.slug}`}>{a.name}</Link>, {a.city ?? "city not known"}, {a.country}: about{" "}
                    {formatNumber(Math.round(a.distanceKm))} km
                  </li>
                ))}
              </ol>
            </div>
          </div>
          <h3>How EuroHPC access works without a national factory</h3>
          <p>
            Each AI Factory acts as a one-stop shop, offering European AI start-ups, SMEs and researchers support to prepare data,
            access AI-optimised supercomputers, training and expert guidance (
            <Link href="/sources#meyer-2026-eurohpc">Thorsten Meyer, EuroHPC: the compute substrate</Link>). Antennas give
            national access to these factories and advise on model work and the AI Act even to organisations that need no EuroHPC
            compute (<Link href="/sources#be-aifa-essay-2026">BE-AIFA essay</Link>). Where no factory or Antenna is at home, the
            nearest ones above are the first places to ask.
          </p>
        </section>
      )}

      <section aria-labelledby="hosts">
        <h2 id="hosts">What {c.name} hosts</h2>
        <div className="two-col">
          <div>
            <h3>AI Factories ({c.factories.length})</h3>
            {c.factories.length ? (
              <ul>
                {c.factories.map((f) => (
                  <li key={f.slug}>
                    <Link href={`/factories/${f.slug}`}>{f.name}</Link>, {f.city} ({waveLabels[f.wave] ?? f.wave})
                    {f.systems.length ? `: ${f.systems.map((s) => s.name).join(", ")}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">None.</p>
            )}
            <h3>Antennas ({c.antennas.length})</h3>
            {c.antennas.length ? (
              <ul data-testid="country-antennas">
                {c.antennas.map((a) => (
                  <li key={a.slug}>
                    <Link href={`/antennas/${a.slug}`}>{a.name}</Link>
                    {a.factories.length ? `, linked to ${a.factories.map((f) => f.name).join(" and ")}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">None.</p>
            )}
            <h3>Supercomputers ({c.systems.length})</h3>
            {c.systems.length ? (
              <ul>
                {c.systems.map((s) => (
                  <li key={s.slug}>
                    <Link href={`/systems/${s.slug}`}>{s.name}</Link>, {s.city} ({s.status})
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">None.</p>
            )}
          </div>
          <LocationMap
            title={points.length ? `AI Factories and Antennas in ${c.name}` : `${c.name}: capital ${c.capital}`}
            points={
              points.length
                ? points.map((p) => ({ lat: p.lat, lon: p.lon, label: p.name, emphasis: true }))
                : [{ lat: c.lat, lon: c.lon, label: c.capital, emphasis: true }]
            }
          />
        </div>
      </section>

      <h2>Access tracks open to {c.name}</h2>
      <AccessTracks tracks={c.tracks} caption={`Access tracks of the Antennas and AI Factories that serve ${c.name}`} />

      <h2>Upcoming deadlines</h2>
      <EventList events={c.deadlines} empty="No upcoming call or deadline that concerns this country is recorded." />
      <CalendarLinks query={`country=${c.code.toLowerCase()}`} label={`Events in ${c.name}`} />

      <RecordSources sources={c.sources} />
      <CiteThis
        title={c.name}
        path={`/countries/${c.code.toLowerCase()}`}
        meta={meta}
        entity={{ "@type": "Country", name: c.name, identifier: c.code }}
      />
    </article>
  );
}
