import { citationBibtex, citationCsl, citationText, type CiteInput } from "@/lib/cite";

/**
 * A citation as plain text, with BibTeX and CSL-JSON (Zotero, citeproc) behind disclosures.
 * Free of server imports, so a client view (the map) can redraw it as its state changes.
 * `testId` names the three blocks: `<testId>-text`, `-bibtex` and `-csl`.
 */
export function CitationFormats({ input, testId }: { input: CiteInput; testId: string }) {
  return (
    <>
      <pre className="citation" data-testid={`${testId}-text`}>
        {citationText(input)}
      </pre>
      <details className="claims">
        <summary>BibTeX</summary>
        <pre className="citation" data-testid={`${testId}-bibtex`}>
          {citationBibtex(input)}
        </pre>
      </details>
      <details className="claims">
        <summary>CSL-JSON (Zotero, citeproc)</summary>
        <pre className="citation" data-testid={`${testId}-csl`}>
          {JSON.stringify(citationCsl(input), null, 2)}
        </pre>
      </details>
    </>
  );
}
