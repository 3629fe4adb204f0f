import type { Metadata } from "next";
import { listAntennas } from "@/lib/data/network";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocationMap } from "@/components/map/location-map";
import { ApplyLinks } from "@/components/provenance/apply-panel";
import { RecordHistory } from "@/components/provenance/change-list";
import { CheckedOn } from "@/components/provenance/checked-on";
import { AccessTracks } from "@/components/ui/access-tracks";
import { CalendarLinks } from "@/components/ui/calendar-links";
import { CiteThis } from "@/components/ui/cite-this";
import { EventList } from "@/components/ui/event-list";
import { FigureList } from "@/components/ui/figure-list";
import { RecordSources } from "@/components/ui/record-sources";
import { changesFor } from "@/lib/data/changes";
import { missingFigures } from "@/lib/data/records";
import { getAntenna } from "@/lib/data/factories";
import { getDatasetMeta } from "@/lib/data/meta";
import { parseSlug } from "@/lib/schemas/route";

// Every page is built at build time; an address not in the list is a 404
// without touching the database (new records appear with the next build).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listAntennas()).map((a) => ({ slug: a.slug }));
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  return slug ? getAntenna(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await load(params);
  return a ? { title: a.name, description: `${a.name}, the AI Factory Antenna of ${a.country.name}.` } : {};
}

export default async function AntennaPage({ params }: Props) {
  const [a, meta] = await Promise.all([load(params), getDatasetMeta()]);
  if (!a) notFound();
  return (
    <article>
      <p className="muted">
        <Link href="/antennas">AI Factory Antennas</Link> ›
      </p>
      <h1>{a.name}</h1>
      <p className="lede">{a.summary}</p>
      <CheckedOn date={a.checked} />
      <div className="two-col">
        <div>
          <dl className="facts">
            <dt>Country</dt>
            <dd>
              <Link href={`/countries/${a.country.code.toLowerCase()}`}>{a.country.name}</Link> (
              {a.country.euMember ? "EU Member State" : "partner country"})
            </dd>
            <dt>Host</dt>
            <dd>{a.host ?? <span className="not-known">not known</span>}</dd>
            <dt>City</dt>
            <dd>{a.city ?? <span className="not-known">not known (map point at the capital)</span>}</dd>
          </dl>
          <h2>Figures</h2>
          <FigureList
            figures={a.figures}
            empty="No figures with a source are recorded yet."
            record={{ name: a.name, path: `/antennas/${a.slug}` }}
            missing={await missingFigures("antenna", a.slug)}
          />
        </div>
        <LocationMap
          title={`Location of ${a.name}: ${a.city ?? a.country.name}`}
          points={[{ lat: a.lat, lon: a.lon, label: a.name, emphasis: true }]}
        />
      </div>
      <h2>Linked AI Factories</h2>
      {a.factories.length ? (
        <ul data-testid="linked-factories">
          {a.factories.map((f) => (
            <li key={f.slug}>
              <Link href={`/factories/${f.slug}`}>{f.name}</Link> ({f.country}){f.note ? `: ${f.note}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="not-known">Not known: no source names the factory this Antenna links to.</p>
      )}
      <h2 id="apply">Where to apply</h2>
      <ApplyLinks name={a.name} apply={a.apply} />

      <h2 id="access">Access tracks</h2>
      <AccessTracks tracks={a.tracks} caption={`Access tracks offered by ${a.name}`} />
      <h2>Events</h2>
      <EventList events={a.events} empty="No dated events recorded." />
      <CalendarLinks query={`entity=antenna:${a.slug}`} label={`${a.name}'s events`} />
      <RecordSources sources={a.sources} />
      <RecordHistory changes={await changesFor("antenna", a.slug)} />
      <CiteThis
        title={a.name}
        path={`/antennas/${a.slug}`}
        meta={meta}
        entity={{
          "@type": "Organization",
          name: a.name,
          description: a.summary,
          address: { "@type": "PostalAddress", addressLocality: a.city ?? undefined, addressCountry: a.country.code },
        }}
      />
    </article>
  );
}
