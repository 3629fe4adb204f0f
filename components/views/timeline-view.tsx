import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import { FeedLinks } from "@/components/ui/calendar-links";
import { CountryOptions } from "@/components/ui/country-options";
import Link from "next/link";
import { redirect } from "next/navigation";
import { canonicalTarget } from "@/lib/url";
import { Fragment } from "react";
import { Spans } from "@/components/timeline/spans";
import { listCountries } from "@/lib/data/countries";
import { listSpans, listTimeline, type TimelineEvent } from "@/lib/data/timeline";
import { dateEndKey, formatPartialDate, MONTHS, parsePartialDate } from "@/lib/dates";
import { today } from "@/lib/env";
import { eventKindLabels } from "@/lib/labels";
import { eventKinds } from "@/lib/schemas/data";
import { timelineQuery, timelineSearch } from "@/lib/schemas/params";
import { filterTimeline } from "@/lib/timeline-filter";
import { feedEventCount } from "@/lib/ics-feed";
import { phaseOf, timeLeft, todayIndex } from "@/lib/timeline";

export const timelineMetadata: Metadata = {
  title: "Timeline",
  description:
    "Selections, calls, deadlines, contracts, releases, TOP500 lists and AI Act dates, past and upcoming, each with its source.",
};

/** The heading an event falls under within its year: its month, its quarter, or "month not known". */
function periodLabel(date: string): string {
  const d = parsePartialDate(date);
  if (!d) return date;
  if (d.month) return `${MONTHS[d.month - 1]} ${d.year}`;
  if (d.quarter) return `Q${d.quarter} ${d.year}`;
  return `${d.year}, month not known`;
}

const deadlineKinds = new Set(["call-open", "call-close", "deadline", "selection", "ai-act", "release"]);

function EventItem({ e, now, bySlug }: { e: TimelineEvent; now: string; bySlug: Map<string, TimelineEvent> }) {
  const phase = phaseOf(e.date, now);
  const replaced = e.supersededBy ? bySlug.get(e.supersededBy) : undefined;
  const original = e.supersedes ? bySlug.get(e.supersedes) : undefined;
  return (
    <li
      id={e.slug}
      className={`event event-${phase}`}
      data-testid="timeline-event"
      data-phase={phase}
      data-date={e.dateSort}
      data-order={dateEndKey(e.date)}
      data-kind={e.kind}
    >
      <div>
        <time dateTime={e.dateSort}>{formatPartialDate(e.date)}</time>{" "}
        <span className="kind">{eventKindLabels[e.kind] ?? e.kind}</span>
        {phase === "current" && <span className="mark-disagree">under way</span>}
      </div>
      <strong>{e.title}</strong>
      <p>{e.summary}</p>
      {replaced && (
        <p className="moved">
          Date moved: now <Link href={`#${replaced.slug}`}>{formatPartialDate(replaced.date)}</Link> (
          {replaced.sources.map((s) => s.publisher).join(", ")}).
        </p>
      )}
      {original && (
        <p className="moved">
          Replaces the original date, <Link href={`#${original.slug}`}>{formatPartialDate(original.date)}</Link> (
          {original.sources.map((s) => s.publisher).join(", ")}).
        </p>
      )}
      <p className="provenance">
        {e.about.length > 0 && (
          <>
            About:{" "}
            {e.about.map((a, i) => (
              <span key={`${a.type}:${a.slug}`}>
                {i ? ", " : ""}
                {a.href ? <Link href={a.href}>{a.name}</Link> : a.name}
              </span>
            ))}
            .{" "}
          </>
        )}
        Source:{" "}
        {e.sources.map((s, i) => (
          <span key={s.id}>
            {i ? ", " : ""}
            <Link href={`/sources#${s.id}`}>{s.publisher}</Link>
          </span>
        ))}
      </p>
    </li>
  );
}

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function TimelineView({ params }: { params: RawParams }) {
  const q = timelineQuery.parse(params);
  const feedCount = await feedEventCount(q);
  const canonical = canonicalTarget("/timeline", params, timelineSearch(q));
  if (canonical) redirect(canonical);
  const now = today();
  const [all, spans, countries] = await Promise.all([listTimeline(), listSpans(), listCountries()]);
  const filtered = filterTimeline(all, q);
  const ordered = q.order === "desc" ? [...filtered].reverse() : filtered;
  const bySlug = new Map(all.map((e) => [e.slug, e]));
  const next = filtered
    .filter((e) => deadlineKinds.has(e.kind) && !e.supersededBy && phaseOf(e.date, now) !== "past")
    .slice(0, 6);
  // When nothing is ahead, the latest date of the same kinds, so the reader sees when the last one was.
  const latest = next.length
    ? undefined
    : filtered.filter((e) => deadlineKinds.has(e.kind) && !e.supersededBy && phaseOf(e.date, now) === "past").at(-1);
  const filteredView = timelineSearch({ ...q, order: "asc" }) !== "";
  const entities = [
    ...new Map(
      all.flatMap((e) => e.about.filter((a) => a.type !== "country")).map((a) => [`${a.type}:${a.slug}`, a.name]),
    ).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1]));
  const marker = todayIndex(
    ordered.map((e) => e.date),
    now,
    q.order,
  );

  const years = [...new Set(ordered.map((e) => e.dateSort.slice(0, 4)))];
  let index = 0;

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Selections, calls, deadlines, contracts, inaugurations, releases, regulation, TOP500 lists and AI Act dates. Past and
        upcoming are worked out from today&apos;s date, <time dateTime={now}>{formatPartialDate(now)}</time>. A date known only to
        the month, quarter or year is shown that way.
      </p>

      <section aria-labelledby="next" className="finder-box">
        <h2 id="next">Coming up</h2>
        {next.length ? (
          <ol data-testid="next-deadlines">
            {next.map((e) => (
              <li key={e.slug}>
                <Link href={`#${e.slug}`}>{e.title}</Link>: {formatPartialDate(e.date)}, <strong>{timeLeft(e.date, now)}</strong>
              </li>
            ))}
          </ol>
        ) : (
          <div data-testid="nothing-upcoming">
            <p>
              {filteredView ? "Nothing upcoming matches these filters" : "No upcoming date is recorded"} as of{" "}
              {formatPartialDate(now)}.
              {latest && (
                <>
                  {" "}
                  The latest was <Link href={`#${latest.slug}`}>{latest.title}</Link>, {formatPartialDate(latest.date)}.
                </>
              )}
            </p>
            <p>
              Each AI Factory&apos;s and Antenna&apos;s page says where to apply.
              {filteredView && (
                <>
                  {" "}
                  <Link href="/timeline">Clear the filters</Link>.
                </>
              )}
            </p>
          </div>
        )}
      </section>

      <form className="filters" method="get" action="/timeline" aria-label="Filter the timeline">
        <label>
          Kind of event
          <select name="kind" defaultValue={q.kind ?? ""}>
            <option value="">All kinds</option>
            {eventKinds.map((k) => (
              <option key={k} value={k}>
                {eventKindLabels[k] ?? k}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <select name="country" defaultValue={q.country?.toLowerCase() ?? ""}>
            <CountryOptions countries={countries} />
          </select>
        </label>
        <label>
          About
          <select name="entity" defaultValue={q.entity ?? ""}>
            <option value="">Anything</option>
            {entities.map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select name="order" defaultValue={q.order}>
            <option value="asc">Oldest first</option>
            <option value="desc">Newest first</option>
          </select>
        </label>
        <button type="submit">Apply</button>
        {timelineSearch(q) && <Link href="/timeline">Reset</Link>}
      </form>
      <p role="status" data-testid="timeline-count">
        Showing {filtered.length} of {all.length} events.
      </p>
      {feedCount > 0 && (
        <p className="actions">
          <FeedLinks search={timelineSearch({ ...q, order: "asc" })} what={`the ${feedCount} upcoming dates known to the day`} />
        </p>
      )}

      <ol className="timeline" reversed={q.order === "desc" ? true : undefined}>
        {years.map((year) => {
          const inYear = ordered.filter((e) => e.dateSort.startsWith(year));
          const periods = [...new Set(inYear.map((e) => periodLabel(e.date)))];
          return (
            <li key={year} className="year">
              <h2>{year}</h2>
              {periods.map((period) => (
                <section key={period} aria-label={period}>
                  <h3>{period}</h3>
                  <ul className="events">
                    {inYear
                      .filter((e) => periodLabel(e.date) === period)
                      .map((e) => {
                        const at = index++;
                        return (
                          <Fragment key={e.slug}>
                            {at === marker && <TodayMarker now={now} />}
                            <EventItem e={e} now={now} bySlug={bySlug} />
                          </Fragment>
                        );
                      })}
                  </ul>
                </section>
              ))}
            </li>
          );
        })}
      </ol>
      {marker === ordered.length && ordered.length > 0 && (
        <ul className="events">
          <TodayMarker now={now} />
        </ul>
      )}

      <h2 id="spans">Programmes over the years</h2>
      <Spans spans={spans} today={now} />
    </>
  );
}

function TodayMarker({ now }: { now: string }) {
  return (
    <li className="today-marker" id="today" data-testid="today-marker">
      Today, <time dateTime={now}>{formatPartialDate(now)}</time>
    </li>
  );
}
