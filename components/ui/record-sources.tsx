import Link from "next/link";

/** The sources a record as a whole rests on, linked to the sources page. */
export function RecordSources({ sources }: { sources: { id: string; title: string; publisher: string }[] }) {
  return (
    <section aria-labelledby="record-sources">
      <h2 id="record-sources">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <Link href={`/sources#${s.id}`}>{s.title}</Link> <span className="muted">({s.publisher})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
