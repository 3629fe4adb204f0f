import { claimText } from "@/lib/claim-text";
import { SourceLink } from "@/components/ui/source-link";
import { formatPartialDate } from "@/lib/dates";
import type { FigureView } from "@/lib/data/claims";

/** A figure in a compact cell: preferred value, linked source with date, and a mark with the other values on disagreement. */
export function FigureCell({ figure }: { figure: FigureView | undefined }) {
  if (!figure) return <span className="not-known">not known</span>;
  const p = figure.preferred;
  const others = [...new Set(figure.others.filter((o) => o.value !== p.value).map((o) => claimText(o, figure.unit)))];
  return (
    <>
      {claimText(p, figure.unit)}
      <SourceLink id={p.source.id} publisher={p.source.publisher} asOf={p.asOf} />
      <div className="provenance">as of {formatPartialDate(p.asOf)}</div>
      {figure.disagreement && (
        <div className="provenance">
          <span className="mark-disagree">sources disagree</span> also {others.join("; ")}
        </div>
      )}
    </>
  );
}
