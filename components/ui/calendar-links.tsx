import { ViewLink } from "@/components/ui/view-link";

/** Links to an entity's or country's events on the timeline and to its iCalendar feed. */
export function CalendarLinks({ query, label }: { query: string; label: string }) {
  return (
    <p className="actions">
      <ViewLink href={`/timeline?${query}`}>{label} on the timeline</ViewLink>
      <a href={`/timeline.ics?${query}`}>Subscribe to its upcoming dates (iCalendar)</a>
    </p>
  );
}
