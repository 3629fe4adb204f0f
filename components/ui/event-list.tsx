import { formatPartialDate } from "@/lib/dates";
import type { EventRef } from "@/lib/data/events";

/** Dated events, each at the precision its source gives. */
export function EventList({ events, empty }: { events: EventRef[]; empty: string }) {
  if (!events.length) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {events.map((e) => (
        <li key={e.slug}>
          <time dateTime={e.dateSort}>{formatPartialDate(e.date)}</time>: <strong>{e.title}</strong>. {e.summary}
        </li>
      ))}
    </ul>
  );
}
