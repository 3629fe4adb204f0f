import { ViewLink } from "@/components/ui/view-link";
import { feedEventCount, feedUrls } from "@/lib/ics-feed";

/** A feed's webcal: subscription (absolute, from SITE_URL) and its .ics download. `search` is "" or "?…". */
export function FeedLinks({ search, what }: { search: string; what: string }) {
  return (
    <>
      <a href={feedUrls(search).subscribe}>Subscribe to {what} in a calendar app</a>
      <a href={`/timeline.ics${search}`} download>
        Download {what} (.ics)
      </a>
    </>
  );
}

/** Links to an entity's or country's events on the timeline and, only when its feed holds a dated upcoming event, to that feed. `query` is a timeline query without "?". */
export async function CalendarLinks({ query, label }: { query: string; label: string }) {
  const params = new URLSearchParams(query);
  const count = await feedEventCount({
    country: params.get("country")?.toUpperCase() ?? undefined,
    entity: params.get("entity") ?? undefined,
  });
  return (
    <p className="actions">
      <ViewLink href={`/timeline?${query}`}>{label} on the timeline</ViewLink>
      {count > 0 && (
        <FeedLinks search={`?${query}`} what={count === 1 ? "its one upcoming date" : `its ${count} upcoming dates`} />
      )}
    </p>
  );
}
