import Link from "next/link";
import { ViewLink } from "@/components/ui/view-link";
import { FigureValue } from "@/components/ui/figure-value";
import { claimText } from "@/lib/claim-text";
import { StaticAtlasMap } from "@/components/map/static-atlas-map";
import { FindYourFactory } from "@/components/ui/find-your-factory";
import { listMapEntities } from "@/lib/data/map";
import { spreadColocated } from "@/lib/map/placement";
import { listCountries } from "@/lib/data/countries";
import { getHeadline, type CountedFigure } from "@/lib/data/home";
import { listAntennas, listFactories } from "@/lib/data/network";
import { formatPartialDate } from "@/lib/dates";
import { listTimeline } from "@/lib/data/timeline";
import { today } from "@/lib/env";
import { formatNumber, lowerFirst } from "@/lib/format";
import { MapLegend } from "@/components/map/legend";
import styles from "./home.module.css";
import { datasetFacts } from "@/lib/data/dataset-ld";
import { datasetLd, ldScript, websiteLd } from "@/lib/jsonld";

import { phaseOf, timeLeft } from "@/lib/timeline";

function Counted({ label, figure, id }: { label: string; figure: CountedFigure; id: string }) {
  const mismatch = figure.published && figure.published.preferred.value !== figure.counted;
  return (
    <li className="figure-card" data-testid={id}>
      <span className="value">{formatNumber(figure.counted)}</span>
      <span className="label">{label}</span>
      {figure.published ? (
        <>
          <span className="provenance">Counted from the atlas&apos;s records; published figure: </span>
          <FigureValue figure={figure.published} showValue={false} />
          {mismatch && <p className="mark-disagree">The published figure differs from the records.</p>}
        </>
      ) : (
        <span className="provenance">Counted from the atlas&apos;s records.</span>
      )}
    </li>
  );
}

export default async function HomePage() {
  const now = today();
  const [headline, factories, antennas, countries, timeline, mapEntities] = await Promise.all([
    getHeadline(),
    listFactories(),
    listAntennas(),
    listCountries(),
    listTimeline(),
    listMapEntities(),
  ]);
  const facts = await datasetFacts();
  const ld = [websiteLd(facts.siteUrl), datasetLd(facts)];
  const mapPoints = spreadColocated(mapEntities);
  const comingUp = timeline.filter((e) => !e.supersededBy && phaseOf(e.date, now) !== "past").slice(0, 4);

  return (
    <>
      <div className={styles.intro}>
        <h1>Europe&apos;s AI compute, sourced</h1>
        <p className="lede">
          The EuroHPC AI Factories, the AI Factory Antennas, the AI Gigafactory programme and the supercomputers behind them.
          Every figure names its source and the date it was true; where sources disagree, each claim stays visible.
        </p>
      </div>

      <h2 id="headline" className="visually-hidden">
        In figures
      </h2>
      <ul className={`figures ${styles.headline}`}>
        <Counted id="figure-factories" label="AI Factories" figure={headline.factories} />
        <Counted id="figure-antennas" label="AI Factory Antennas" figure={headline.antennas} />
        <Counted id="figure-host-countries" label="Countries hosting an AI Factory" figure={headline.hostCountries} />
        <li className="figure-card" data-testid="figure-systems">
          <span className="value">{formatNumber(headline.systems)}</span>
          <span className="label">Supercomputers in the atlas</span>
          <span className="provenance">
            Counted from the atlas&apos;s records; each system&apos;s figures cite their own sources.
          </span>
        </li>
        <li className="figure-card" data-testid="figure-antenna-countries">
          <span className="value">{formatNumber(headline.antennaCountries)}</span>
          <span className="label">Countries hosting an Antenna</span>
          <span className="provenance">Counted from the atlas&apos;s records.</span>
        </li>
      </ul>

      <div className={styles.atlas}>
        <section aria-labelledby="atlas-map" className={styles.map}>
          <h2 id="atlas-map">The atlas</h2>
          <StaticAtlasMap
            entities={mapPoints}
            showLinks
            selectedId={undefined}
            title={`Map of the ${mapPoints.length} AI Factories, Antennas and supercomputers in the atlas`}
          />
          <MapLegend />
          <p>
            <Link href="/map">Open the interactive map</Link>, with filters, a list of everything shown and the key figures of
            each point.
          </p>
        </section>

        <div className={styles.side}>
          <section aria-labelledby="finder" className="finder-box">
            <h2 id="finder">Find your AI Factory</h2>
            <p>Pick your country to see which AI Factory or Antenna serves it, how to apply and the next deadlines.</p>
            <FindYourFactory countries={countries} />
          </section>

          <section aria-labelledby="coming-up">
            <h2 id="coming-up">Coming up</h2>
            {comingUp.length ? (
              <ul data-testid="home-upcoming" className={styles.upcoming}>
                {comingUp.map((e) => (
                  <li key={e.slug}>
                    <Link href={`/timeline#${e.slug}`}>{e.title}</Link>
                    <span className="provenance">
                      {" "}
                      {formatPartialDate(e.date)}, {timeLeft(e.date, now)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>No upcoming dates are recorded.</p>
            )}
            <p>
              <Link href="/timeline">The whole timeline</Link>, with calendar feeds.
            </p>
          </section>
        </div>
      </div>

      <h2 id="funding">Funding envelopes</h2>
      <ul className="figures">
        {headline.funding.map(({ programme, name, figure }) => (
          <li key={programme} className="figure-card" data-testid={`funding-${programme}`}>
            <span className="value">{claimText(figure.preferred, figure.unit)}</span>
            <span className="label">
              {name}: {lowerFirst(figure.label)}
            </span>
            <FigureValue figure={figure} showValue={false} />
          </li>
        ))}
        {headline.gigafactoryTarget && (
          <li className="figure-card" data-testid="gigafactory-target">
            <span className="value">{formatNumber(Number(headline.gigafactoryTarget.preferred.value))}+</span>
            <span className="label">Advanced AI processors per AI Gigafactory (target)</span>
            <FigureValue figure={headline.gigafactoryTarget} showValue={false} />
          </li>
        )}
      </ul>

      <section aria-labelledby="network">
        <h2 id="network">The network</h2>
        <ul>
          <li>
            <Link href="/factories">The {factories.length} AI Factories</Link>, by selection wave, with their hosts and systems.
          </li>
          <li>
            <Link href="/antennas">The {antennas.length} AI Factory Antennas</Link>, by the factories they link to.
          </li>
          <li>
            <Link href="/systems">The supercomputers</Link>, with TOP500 ranks and FP64 figures, and{" "}
            <ViewLink href="/compare?systems=jupiter,lumi,leonardo">a side-by-side comparison</ViewLink>.
          </li>
          <li>
            <Link href="/timeline">The timeline</Link>, <Link href="/funding">the funding</Link> and{" "}
            <Link href="/scale">scale and concentration</Link>.
          </li>
        </ul>
      </section>

      <p>
        Where do these figures come from? <Link href="/sources">Every source</Link>, with the records that rest on it.
      </p>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ldScript(ld) }} />
    </>
  );
}
