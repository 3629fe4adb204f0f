import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { canonicalTarget } from "@/lib/url";
import { listSources, type SourceEntry } from "@/lib/data/sources";
import { formatPartialDate } from "@/lib/dates";
import { parseSourcesQuery } from "@/lib/schemas/params";

export const sourcesMetadata: Metadata = {
  title: "Sources",
  description: "Every source the AI Factories Atlas cites, and the figures and records that rest on each.",
};

const kindLabels = { primary: "Primary", secondary: "Secondary", analysis: "Analysis" } as const;
const typeLabels: Record<string, string> = {
  programme: "Programme",
  factory: "AI Factory",
  antenna: "Antenna",
  "access-track": "Access track",
  system: "System",
  event: "Event",
  project: "Model project",
  "training-run": "Training run",
  country: "Country",
  top500: "TOP500 entry",
  "top500-list": "TOP500 list",
  change: "Published change",
};

function SourceItem({ s }: { s: SourceEntry }) {
  return (
    <li id={s.id} data-testid="source">
      <span className="kind">{kindLabels[s.kind]}</span>
      <strong>
        {s.url ? (
          <a href={s.url} rel="external noreferrer">
            {s.title}
          </a>
        ) : (
          s.title
        )}
      </strong>
      <div className="muted">
        {s.publisher}
        {s.date ? `, ${formatPartialDate(s.date)}` : ", date not known"}
      </div>
      {s.note && <p className="provenance">{s.note}</p>}
      {s.citations.length ? (
        <details className="claims">
          <summary>
            Cited by {s.citations.length} record{s.citations.length === 1 ? "" : "s"}
          </summary>
          <ul>
            {s.citations.map((c) => (
              <li key={`${c.subjectType}:${c.subjectSlug}`}>
                {typeLabels[c.subjectType] ?? c.subjectType}: {c.subjectName}
                {c.what.length ? ` (${c.what.join(", ")})` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="provenance">Not cited by any record yet.</p>
      )}
    </li>
  );
}

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function SourcesView({ params }: { params: RawParams }) {
  const query = parseSourcesQuery(params);
  const canonical = canonicalTarget("/sources", params, query.kind ? `?kind=${query.kind}` : "");
  if (canonical) redirect(canonical);
  const all = await listSources();
  const shown = query.kind ? all.filter((s) => s.kind === query.kind) : all;
  const counts = { primary: 0, secondary: 0, analysis: 0 };
  for (const s of all) counts[s.kind] += 1;

  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every source the atlas cites, newest first. <strong>Primary</strong> sources are the EuroHPC JU, the Commission, TOP500
        and the host sites; <strong>secondary</strong> are press and blogs; <strong>analysis</strong> are essays, whose figures
        stay visible as claims but give way to primary sources where they conflict.
      </p>
      <form className="filters" method="get" action="/sources">
        <label>
          Kind of source
          <select name="kind" defaultValue={query.kind ?? ""}>
            <option value="">All ({all.length})</option>
            {(Object.keys(kindLabels) as (keyof typeof kindLabels)[]).map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]} ({counts[k]})
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
        {query.kind && <Link href="/sources">Show all</Link>}
      </form>
      <p role="status" data-testid="source-count">
        Showing {shown.length} of {all.length} sources{query.kind ? ` (${kindLabels[query.kind].toLowerCase()} only)` : ""}.
      </p>
      <ul className="source-list">
        {shown.map((s) => (
          <SourceItem key={s.id} s={s} />
        ))}
      </ul>
    </>
  );
}
