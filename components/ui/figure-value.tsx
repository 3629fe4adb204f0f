import Link from "next/link";
import { KindBadge } from "@/components/provenance/kind-badge";
import { formatPartialDate } from "@/lib/dates";
import { claimText } from "@/lib/claim-text";
import type { ClaimView, FigureView } from "@/lib/data/claims";
import { valueKindSentences } from "@/lib/value-kinds";

function Provenance({ claim }: { claim: ClaimView }) {
  return (
    <span className="provenance">
      <Link href={`/sources#${claim.source.id}`}>{claim.source.publisher}</Link>
      {", as of "}
      <time dateTime={claim.asOf}>{formatPartialDate(claim.asOf)}</time>
      {claim.source.kind === "analysis" ? " (analysis essay)" : claim.source.kind === "secondary" ? " (secondary)" : ""}
    </span>
  );
}

/**
 * A figure as the atlas shows it everywhere: the preferred value, its source and
 * as-of date, a mark when sources disagree, and every other claim one click away.
 */
export function FigureValue({ figure, showValue = true }: { figure: FigureView; showValue?: boolean }) {
  const count = figure.others.length;
  return (
    <>
      {showValue && <span className="value">{claimText(figure.preferred, figure.unit)}</span>}{" "}
      <KindBadge kind={figure.preferred.kind} />
      {figure.preferred.unverified && (
        <span className="mark-unverified" title="Only one source says so, and nothing else confirms it yet">
          unverified
        </span>
      )}
      {figure.disagreement && (
        <span className="mark-disagree" title="Sources give different values">
          sources disagree
        </span>
      )}{" "}
      <Provenance claim={figure.preferred} />
      {(count > 0 || figure.preferred.note) && (
        <details className="claims">
          <summary>
            How we know this
            {count > 0 ? ` · ${count} other claim${count === 1 ? "" : "s"}` : ""}
          </summary>
          <p>
            {valueKindSentences[figure.preferred.kind]} Source: {figure.preferred.source.title} (
            {figure.preferred.source.publisher}
            {figure.preferred.source.kind === "analysis" ? ", an analysis essay" : ""}
            {figure.preferred.source.kind === "secondary" ? ", reporting another source" : ""}), as of{" "}
            {formatPartialDate(figure.preferred.asOf)}.
          </p>
          {figure.preferred.note && (
            <p>
              {count > 0 ? "Why this value is shown: " : ""}
              {figure.preferred.note}
            </p>
          )}
          {count > 0 && (
            <>
              <p>{count === 1 ? "Another source gives:" : "Other sources give:"}</p>
              <ul>
                {figure.others.map((c, i) => (
                  <li key={`${c.source.id}-${i}`}>
                    {claimText(c, figure.unit)} <KindBadge kind={c.kind} />
                    {c.unverified ? " (unverified)" : ""}
                    {c.superseded ? " (earlier value)" : ""}: <Provenance claim={c} />
                    {c.note ? `. ${c.note}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
    </>
  );
}
