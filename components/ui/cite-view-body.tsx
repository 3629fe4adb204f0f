import { citationBibtex, citationCsl, citationText, type CiteInput } from "@/lib/cite";

/** The citation block itself; free of server imports, so a client view (the map) can redraw it as its state changes. */
export function CiteViewBody({ input }: { input: CiteInput }) {
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
