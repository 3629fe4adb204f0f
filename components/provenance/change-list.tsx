import Link from "next/link";
import { formatPartialDate } from "@/lib/dates";
import type { ChangeView } from "@/lib/data/changes";
import { recordTypeLabels } from "@/lib/data/records";
import { figureLabel } from "@/lib/figures";

/** Changes to the data, newest first: what changed, from what to what, why and on what source. */
export function ChangeList({ changes, showRecord = true }: { changes: ChangeView[]; showRecord?: boolean }) {
  return (
    <ol className="change-list">
      {changes.map((c) => (
        <li key={c.id} id={`change-${c.id}`}>
          <p className="change-head">
            <time dateTime={c.date}>{formatPartialDate(c.date)}</time>
            {(showRecord || c.record.type === "top500") && (
              <>
                {" · "}
                <span className="muted">{recordTypeLabels[c.record.type]}</span> <Link href={c.record.href}>{c.record.name}</Link>
              </>
            )}
            {c.field && (
              <>
                {" · "}
                {figureLabel(c.field)}
              </>
            )}
          </p>
          {(c.from !== null || c.to !== null) && (
            <p className="change-values">
              {c.from !== null ? <del>{c.from}</del> : <span className="muted">(not recorded)</span>}
              {" → "}
              {c.to !== null ? <ins>{c.to}</ins> : <span className="muted">(removed)</span>}
            </p>
          )}
          <p>{c.reason}</p>
          <p className="provenance">
            Source{c.sources.length === 1 ? "" : "s"}:{" "}
            {c.sources.map((s, i) => (
              <span key={s.id}>
                {i ? "; " : ""}
                <Link href={`/sources#${s.id}`}>{s.title}</Link> ({s.publisher})
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A record's own history section: its changes, or a sentence saying there are none yet. */
export function RecordHistory({ changes }: { changes: ChangeView[] }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history">History of this record</h2>
      {changes.length ? (
        <ChangeList changes={changes} showRecord={false} />
      ) : (
        <p className="muted">
          No correction has been published for this record since the changelog began. <Link href="/changes">All changes</Link>
        </p>
      )}
    </section>
  );
}
