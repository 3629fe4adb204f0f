import { formatPartialDate } from "@/lib/dates";

/**
 * The small "[s]" link from a figure in a table to its source. The visible
 * text starts the accessible name, and the rest (publisher and date) is read
 * by screen readers and shown as a tooltip.
 */
export function SourceLink({ id, publisher, asOf }: { id: string; publisher: string; asOf?: string }) {
  const detail = `${publisher}${asOf ? `, as of ${formatPartialDate(asOf)}` : ""}`;
  return (
    <sup>
      <a className="cite" href={`/sources#${id}`} title={detail}>
        [s]<span className="visually-hidden"> source: {detail}</span>
      </a>
    </sup>
  );
}
