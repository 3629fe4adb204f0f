import { FigureValue } from "@/components/ui/figure-value";
import { claimText } from "@/lib/claim-text";
import { figureCitationBibtex, figureCitationCsl, figureCitationText } from "@/lib/cite";
import { correctionHref } from "@/lib/corrections";
import type { FigureView } from "@/lib/data/claims";
import type { MissingFigureView } from "@/lib/data/records";
import { formatPartialDate } from "@/lib/dates";
import { getDatasetMeta } from "@/lib/data/meta";
import { env } from "@/lib/env";
import { valueKindLabels } from "@/lib/value-kinds";

/**
 * The record the figures belong to: its name and page, for citations and
 * corrections; `key` tells its figures apart on a page that lists several records.
 */
export type FigureRecord = { name: string; path: string; key?: string };

const anchor = (record: FigureRecord, field: string) =>
  `fig-${record.key ? `${record.key}-` : ""}${field.replace(/[^a-z0-9_-]+/gi, "-")}`;

/** "Cite this figure" (plain text, BibTeX, CSL-JSON) and "Suggest a correction", for one figure. */
async function FigureTools({ figure, record }: { figure: FigureView; record: FigureRecord }) {
  const meta = await getDatasetMeta();
  const path = `${record.path}#${anchor(record, figure.field)}`;
  const site = env.SITE_URL.replace(/\/$/, "");
  const c = figure.preferred;
  const input = {
    record: record.name,
    label: figure.label,
    valueText: claimText(c, figure.unit),
    kind: valueKindLabels[c.kind].toLowerCase(),
    asOf: c.asOf,
    source: { title: c.source.title, publisher: c.source.publisher, url: c.source.url },
    path,
    siteUrl: site,
    version: meta.version,
    datasetDate: meta.lastUpdated,
  };
  const correction = correctionHref(
    { record: record.name, figure: figure.label, value: input.valueText, page: `${site}${path}` },
    { email: env.CORRECTIONS_EMAIL, url: env.CORRECTIONS_URL },
  );
  return (
    <details className="figure-tools">
      <summary>
        Cite this figure<span className="visually-hidden">: {figure.label}</span>
        {correction ? " or suggest a correction" : ""}
      </summary>
      <pre className="citation" data-testid="figure-citation">
        {figureCitationText(input)}
      </pre>
      <p className="muted">BibTeX</p>
      <pre className="citation">{figureCitationBibtex(input)}</pre>
      <p className="muted">CSL-JSON (Zotero, citeproc)</p>
      <pre className="citation">{JSON.stringify(figureCitationCsl(input), null, 2)}</pre>
      {correction && (
        <p>
          <a href={correction} rel="nofollow">
            Suggest a correction to this figure
          </a>
        </p>
      )}
    </details>
  );
}

/**
 * A definition list of figures, each with its source, date, kind and other
 * claims; with `record`, each figure has an anchor, its own citation and a way
 * to suggest a correction. `empty` is shown when there are none.
 */
export function FigureList({
  figures,
  empty,
  record,
  missing = [],
}: {
  figures: FigureView[];
  empty: string;
  record?: FigureRecord;
  /** Figures searched for and not found: shown as "not known" with the date of the search. */
  missing?: MissingFigureView[];
}) {
  const absent = missing.filter((m) => !figures.some((f) => f.field === m.field));
  if (!figures.length && !absent.length) return <p className="not-known">{empty}</p>;
  return (
    <dl className="facts" data-testid="figures">
      {figures.map((f) => (
        <div key={f.field} style={{ display: "contents" }} data-field={f.field}>
          <dt id={record ? anchor(record, f.field) : undefined}>{f.label}</dt>
          <dd>
            <FigureValue figure={f} />
            {record && <FigureTools figure={f} record={record} />}
          </dd>
        </div>
      ))}
      {absent.map((m) => (
        <div key={m.field} style={{ display: "contents" }} data-field={m.field} data-missing="">
          <dt>{m.label}</dt>
          <dd className="not-known">
            Not known: no source found as of <time dateTime={m.searched}>{formatPartialDate(m.searched)}</time>
          </dd>
        </div>
      ))}
    </dl>
  );
}
