import type { Metadata } from "next";
import Link from "next/link";
import { ViewLink } from "@/components/ui/view-link";
import { notFound } from "next/navigation";
import { RankHistoryChart } from "@/components/charts/rank-history-chart";
import { LocationMap } from "@/components/map/location-map";
import { statusLabels } from "@/components/tables/systems-table";
import { CalendarLinks } from "@/components/ui/calendar-links";
import { CiteThis } from "@/components/ui/cite-this";
import { FigureList } from "@/components/ui/figure-list";
import { RecordHistory } from "@/components/provenance/change-list";
import { CheckedOn } from "@/components/provenance/checked-on";
import { ListStandingNote } from "@/components/provenance/list-standing";
import { RecordSources } from "@/components/ui/record-sources";
import { getDatasetMeta } from "@/lib/data/meta";
import { changesFor } from "@/lib/data/changes";
import { missingFigures } from "@/lib/data/records";
import { getSystem, listSystemNames } from "@/lib/data/systems";
import { formatNumber } from "@/lib/format";
import { tierLabels } from "@/lib/labels";
import { parseSlug } from "@/lib/schemas/route";

// Every page is built at build time; an address not in the list is a 404
// without touching the database (new records appear with the next build).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listSystemNames()).map((s) => ({ slug: s.slug }));
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  return slug ? getSystem(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await load(params);
  return s
    ? { title: s.name, description: `${s.name}, ${s.site}, ${s.city}: figures with sources, TOP500 history and links.` }
    : {};
}

const roleText: Record<string, string> = { deploys: "deploys it", upgrades: "upgrades it", uses: "uses it" };

export default async function SystemPage({ params }: Props) {
  const [s, meta] = await Promise.all([load(params), getDatasetMeta()]);
  if (!s) notFound();
  const path = `/systems/${s.slug}`;
  return (
    <article>
      <p className="muted">
        <Link href="/systems">Supercomputers</Link> ›
      </p>
      <h1>{s.name}</h1>
      <p className="lede">{s.summary}</p>
      <CheckedOn date={s.checked} />
      <div className="two-col">
        <div>
          <dl className="facts">
            <dt>Site</dt>
            <dd>
              {s.site}, {s.city}, <Link href={`/countries/${s.country.code.toLowerCase()}`}>{s.country.name}</Link>
            </dd>
            <dt>Class</dt>
            <dd>{s.tier ? (tierLabels[s.tier] ?? s.tier) : <span className="not-known">not known</span>}</dd>
            <dt>Status</dt>
            <dd>{statusLabels[s.status] ?? s.status}</dd>
            <dt>Owner</dt>
            <dd>{s.eurohpc ? "EuroHPC Joint Undertaking system" : "National system (not EuroHPC-owned)"}</dd>
            <dt>Vendor</dt>
            <dd>{s.vendor ?? <span className="not-known">not known</span>}</dd>
            <dt>Accelerator</dt>
            <dd>{s.acceleratorModel ?? <span className="not-known">not known</span>}</dd>
            <dt>Architecture</dt>
            <dd>
              {s.family ? `${s.family}${s.generation ? ` (${s.generation})` : ""}` : <span className="not-known">not known</span>}
            </dd>
          </dl>
          <h2>Figures</h2>
          <FigureList
            figures={s.figures}
            empty="No figures with a source are recorded for this system yet."
            record={{ name: s.name, path: `/systems/${s.slug}` }}
            missing={await missingFigures("system", s.slug)}
          />
        </div>
        <LocationMap
          title={`Location of ${s.name}: ${s.city}, ${s.country.name}`}
          points={[{ lat: s.lat, lon: s.lon, label: s.name, emphasis: true }]}
        />
      </div>

      <h2 id="top500">TOP500 history</h2>
      <ListStandingNote standing={s.standing} />
      {s.top500.length ? (
        <>
          <RankHistoryChart
            slug={s.slug}
            name={s.name}
            points={s.top500.map((t) => ({ edition: t.edition, rank: t.rank, rmax: t.rmaxPflops }))}
            context={{ path, asOf: meta.lastUpdated }}
          />
          <div className="table-wrap">
            <table data-testid="top500-table">
              <caption>{s.name} on the TOP500 list</caption>
              <thead>
                <tr>
                  <th scope="col">Edition</th>
                  <th scope="col" className="num">
                    Rank
                  </th>
                  <th scope="col" className="num">
                    Rmax (FP64, PFLOPS)
                  </th>
                  <th scope="col" className="num">
                    Rpeak (FP64, PFLOPS)
                  </th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {s.top500.map((t) => (
                  <tr key={t.edition}>
                    <th scope="row">
                      {t.edition} (list {t.listNumber}){t.provisional ? ", provisional" : ""}
                    </th>
                    <td className="num">#{t.rank}</td>
                    <td className="num">
                      {t.rmaxPflops === null ? <span className="not-known">not known</span> : formatNumber(t.rmaxPflops)}
                    </td>
                    <td className="num">
                      {t.rpeakPflops === null ? <span className="not-known">not known</span> : formatNumber(t.rpeakPflops)}
                    </td>
                    <td>
                      <Link href={`/sources#${t.source.id}`}>{t.source.publisher}</Link>
                      {t.note ? `. ${t.note}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="not-known">Not on any TOP500 list the atlas records.</p>
      )}

      <h2>In the network</h2>
      <ul>
        {s.factories.map((f) => (
          <li key={f.slug}>
            AI Factory: <Link href={`/factories/${f.slug}`}>{f.name}</Link> {roleText[f.role] ?? f.role}
          </li>
        ))}
        {s.runs.map((r) => (
          <li key={r.slug}>
            Training run: {r.model} (<Link href={`/models#${r.project.slug}`}>{r.project.name}</Link>)
          </li>
        ))}
        {s.sameSite.map((o) => (
          <li key={o.slug}>
            Same city: <Link href={`/systems/${o.slug}`}>{o.name}</Link>
          </li>
        ))}
        <li>
          <ViewLink href={`/compare?systems=${s.slug}`}>Compare {s.name} with other systems</ViewLink>
        </li>
      </ul>
      <CalendarLinks query={`entity=system:${s.slug}`} label={`${s.name}'s events`} />
      <RecordSources sources={s.sources} />
      <RecordHistory changes={await changesFor("system", s.slug)} />
      <CiteThis title={s.name} path={path} meta={meta} entity={{ "@type": "Thing", name: s.name, description: s.summary }} />
    </article>
  );
}
