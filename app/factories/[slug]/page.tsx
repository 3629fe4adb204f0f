import type { Metadata } from "next";
import { listFactories } from "@/lib/data/network";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplyLinks } from "@/components/provenance/apply-panel";
import { RecordHistory } from "@/components/provenance/change-list";
import { CheckedOn } from "@/components/provenance/checked-on";
import { LocationMap } from "@/components/map/location-map";
import { AccessTracks } from "@/components/ui/access-tracks";
import { CalendarLinks } from "@/components/ui/calendar-links";
import { CiteThis } from "@/components/ui/cite-this";
import { EventList } from "@/components/ui/event-list";
import { FigureList } from "@/components/ui/figure-list";
import { RecordSources } from "@/components/ui/record-sources";
import { changesFor } from "@/lib/data/changes";
import { missingFigures } from "@/lib/data/records";
import { getFactory } from "@/lib/data/factories";
import { getDatasetMeta } from "@/lib/data/meta";
import { roleLabels, waveLabels } from "@/lib/labels";
import { parseSlug } from "@/lib/schemas/route";

// Every page is built at build time; an address not in the list is a 404
// without touching the database (new records appear with the next build).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listFactories()).map((f) => ({ slug: f.slug }));
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  return slug ? getFactory(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const f = await load(params);
  return f
    ? { title: f.name, description: `${f.name}, the AI Factory hosted by ${f.host} in ${f.city}, ${f.country.name}.` }
    : {};
}

export default async function FactoryPage({ params }: Props) {
  const [f, meta] = await Promise.all([load(params), getDatasetMeta()]);
  if (!f) notFound();
  const changes = await changesFor("factory", f.slug);
  return (
    <article>
      <p className="muted">
        <Link href="/factories">AI Factories</Link> ›
      </p>
      <h1>
        {f.name}
        {f.acronym && f.acronym !== f.name ? ` (${f.acronym})` : ""}
      </h1>
      <p className="lede">{f.summary}</p>
      <CheckedOn date={f.checked} />
      <div className="two-col">
        <div>
          <dl className="facts">
            <dt>Country</dt>
            <dd>
              <Link href={`/countries/${f.country.code.toLowerCase()}`}>{f.country.name}</Link>
            </dd>
            <dt>Host</dt>
            <dd>{f.host}</dd>
            <dt>City</dt>
            <dd>{f.city}</dd>
            <dt>Selection</dt>
            <dd>{waveLabels[f.wave] ?? f.wave}</dd>
            <dt>Consortium partner countries</dt>
            <dd>
              {f.partners.length ? (
                f.partners.map((p, i) => (
                  <span key={p.code}>
                    {i ? ", " : ""}
                    <Link href={`/countries/${p.code.toLowerCase()}`}>{p.name}</Link>
                  </span>
                ))
              ) : (
                <span className="muted">None named in the sources</span>
              )}
            </dd>
          </dl>
          <h2>Figures</h2>
          <FigureList
            figures={f.figures}
            empty="No figures with a source are recorded yet."
            record={{ name: f.name, path: `/factories/${f.slug}` }}
            missing={await missingFigures("factory", f.slug)}
          />
          <p className="provenance">Budgets keep the EU and national parts apart; a part not given is not known.</p>
        </div>
        <LocationMap
          title={`Location of ${f.name}: ${f.city}, ${f.country.name}`}
          points={[{ lat: f.lat, lon: f.lon, label: f.name, emphasis: true }]}
        />
      </div>

      <h2>Systems</h2>
      {f.systems.length ? (
        <ul>
          {f.systems.map((s) => (
            <li key={s.slug}>
              {roleLabels[s.role] ?? s.role} <Link href={`/systems/${s.slug}`}>{s.name}</Link>{" "}
              <span className="muted">({s.status})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="not-known">A new AI-optimised system whose name is not known yet.</p>
      )}

      <h2>Linked Antennas</h2>
      {f.antennas.length ? (
        <ul>
          {f.antennas.map((a) => (
            <li key={a.slug}>
              <Link href={`/antennas/${a.slug}`}>{a.name}</Link> ({a.country}){a.note ? `: ${a.note}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No Antenna is linked to this factory in the sources.</p>
      )}

      <h2 id="apply">Where to apply</h2>
      <ApplyLinks name={f.name} apply={f.apply} />

      <h2 id="access">Access tracks</h2>
      <AccessTracks tracks={f.tracks} caption={`Access tracks offered by ${f.name} or its Antennas`} />

      <h2>Events</h2>
      <EventList events={f.events} empty="No dated events recorded." />
      <CalendarLinks query={`entity=factory:${f.slug}`} label={`${f.name}'s events`} />
      <RecordSources sources={f.sources} />
      <RecordHistory changes={changes} />
      <CiteThis
        title={f.name}
        path={`/factories/${f.slug}`}
        meta={meta}
        entity={{
          "@type": "Organization",
          name: f.name,
          alternateName: f.acronym ?? undefined,
          description: f.summary,
          address: { "@type": "PostalAddress", addressLocality: f.city, addressCountry: f.country.code },
        }}
      />
    </article>
  );
}
