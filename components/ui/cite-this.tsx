import { citationBibtex, citationText } from "@/lib/cite";
import type { DatasetMeta } from "@/lib/data/meta";
import { env, today } from "@/lib/env";

/** "Cite this page" with plain text and BibTeX, plus the page's schema.org JSON-LD. */
export function CiteThis({
  title,
  path,
  meta,
  jsonLd,
}: {
  title: string;
  path: string;
  meta: DatasetMeta;
  jsonLd: Record<string, unknown>;
}) {
  const input = {
    title,
    path,
    siteUrl: env.SITE_URL,
    version: meta.version,
    asOf: meta.lastUpdated,
    accessed: today(),
  };
  const ld = {
    "@context": "https://schema.org",
    url: `${env.SITE_URL}${path}`,
    isPartOf: { "@type": "Dataset", name: "AI Factories Atlas", version: meta.version, dateModified: meta.lastUpdated },
    ...jsonLd,
  };
  return (
    <section aria-labelledby="cite-this">
      <h2 id="cite-this">Cite this page</h2>
      <pre className="citation" data-testid="citation-text">
        {citationText(input)}
      </pre>
      <details className="claims">
        <summary>BibTeX</summary>
        <pre className="citation" data-testid="citation-bibtex">
          {citationBibtex(input)}
        </pre>
      </details>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(ld).replace(/</g, "\\u003c") }} />
    </section>
  );
}
