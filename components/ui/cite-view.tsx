import { citationBibtex, citationCsl, citationText } from "@/lib/cite";
import type { DatasetMeta } from "@/lib/data/meta";
import { env, today } from "@/lib/env";

/**
 * "Cite this view": a reference to a page as the reader has set it up (filters,
 * sort, the systems compared, the map's layers), with the query in the address so
 * the citation opens the same view. Plain text, BibTeX and CSL-JSON.
 */
export function CiteView({ title, path, meta }: { title: string; path: string; meta: DatasetMeta }) {
  const input = {
    title,
    path,
    siteUrl: env.SITE_URL,
    version: meta.version,
    asOf: meta.lastUpdated,
    accessed: today(),
  };
  return (
    <section aria-labelledby="cite-view" className="cite-view">
      <h2 id="cite-view">Cite this view</h2>
      <p className="muted">The address below opens this view as it is now; the dataset version says which data it showed.</p>
      <pre className="citation" data-testid="view-citation-text">
        {citationText(input)}
      </pre>
      <details className="claims">
        <summary>BibTeX</summary>
        <pre className="citation" data-testid="view-citation-bibtex">
          {citationBibtex(input)}
        </pre>
      </details>
      <details className="claims">
        <summary>CSL-JSON (Zotero, citeproc)</summary>
        <pre className="citation" data-testid="view-citation-csl">
          {JSON.stringify(citationCsl(input), null, 2)}
        </pre>
      </details>
    </section>
  );
}
