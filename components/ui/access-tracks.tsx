import Link from "next/link";
import type { AccessTrackView } from "@/lib/data/factories";

/** Access tracks as a table (on a phone each track becomes a block with its labels, so nothing hides off-screen): who offers each, what it is for, how fast it answers, and the source. */
export function AccessTracks({ tracks, caption }: { tracks: AccessTrackView[]; caption: string }) {
  if (!tracks.length) return <p className="not-known">No access tracks with a source are recorded yet.</p>;
  return (
    <div className="table-wrap stack-on-phone">
      <table data-testid="access-tracks">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Track</th>
            <th scope="col">Offered by</th>
            <th scope="col">Use case</th>
            <th scope="col">Response time</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {tracks.map((t) => (
            <tr key={t.slug}>
              <th scope="row">{t.name}</th>
              <td data-label="Offered by">
                <Link href={`/${t.offeredBy.type === "antenna" ? "antennas" : "factories"}/${t.offeredBy.slug}`}>
                  {t.offeredBy.name}
                </Link>
              </td>
              <td data-label="Use case">{t.useCase}</td>
              <td data-label="Response time">{t.responseTime}</td>
              <td data-label="Source">
                {t.sourceIds.map((id) => (
                  <Link key={id} href={`/sources#${id}`}>
                    {id}
                  </Link>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
