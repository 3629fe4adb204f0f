import { SourceLink } from "@/components/ui/source-link";
import { formatNumber } from "@/lib/format";
import type { Cell } from "@/lib/data/systems";

/** A table cell's figure: the value, a link to its source with the as-of date, and a mark when sources disagree. */
export function CellValue({ cell, format = formatNumber }: { cell: Cell; format?: (n: number) => string }) {
  if (!cell) return <span className="not-known">not known</span>;
  return (
    <>
      {format(cell.value)}
      {cell.disagreement && (
        <span className="mark-disagree" title="Sources give different values; see the system's page">
          ≠<span className="visually-hidden"> sources disagree</span>
        </span>
      )}
      <SourceLink id={cell.sourceId} publisher={cell.publisher} asOf={cell.asOf} />
    </>
  );
}
