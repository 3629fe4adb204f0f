// Filtering the timeline by kind, country and entity: shared by the page and its calendar feed.
import type { TimelineEvent } from "@/lib/data/timeline";
import type { TimelineQuery } from "@/lib/schemas/params";

/** Events that match every filter in the query. */
export function filterTimeline(events: TimelineEvent[], q: Pick<TimelineQuery, "kind" | "country" | "entity">): TimelineEvent[] {
  return events.filter(
    (e) =>
      (!q.kind || e.kind === q.kind) &&
      (!q.country || e.countries.includes(q.country)) &&
      (!q.entity || e.about.some((a) => `${a.type}:${a.slug}` === q.entity)),
  );
}
