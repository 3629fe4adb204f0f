import { KindBadge } from "@/components/provenance/kind-badge";
import { SourceLink } from "@/components/ui/source-link";
import { formatNumber } from "@/lib/format";
import type { Cell } from "@/lib/data/systems";

/**
 * A table cell's figure: the value, a link to its source with the as-of date, a
 * mark when sources disagree, and a badge unless it is a plain announced fact
 * or a measurement (the column says which it is).
 */
export function CellValue({ cell, format = formatNumber }: { cell: Cell; format?: (n: number) => string }) {
  if (!cell) return <span className="not-known">not known</span>;
  return (
    <>
      {cell.approximate ? "about " : ""}
      {format(cell.value)}
      {cell.kind !== "measured" && cell.kind !== "announced" && (
        <>
          {" "}
          <KindBadge kind={cell.kind} />
        </>
      )}
      {cell.disagreement && (
        <span className="mark-disagree" title="Sources give different values; see the system's page">
          ≠<span className="visually-hidden"> sources disagree</span>
        </span>
      )}
      <SourceLink id={cell.sourceId} publisher={cell.publisher} asOf={cell.asOf} />
    </>
  );
}
