import { citationBibtex, citationText } from "@/lib/cite";
import type { DatasetMeta } from "@/lib/data/meta";
import { env, today } from "@/lib/env";
import { entityPageLd, ldScript } from "@/lib/jsonld";
import type { Thing } from "schema-dts";

/** "Cite this page" with plain text and BibTeX, plus the page's schema.org JSON-LD (a WebPage whose main entity is `entity`). */
export function CiteThis({
  title,
  path,
  meta,
  entity,
}: {
  title: string;
  path: string;
  meta: DatasetMeta;
  entity: Exclude<Thing, string>;
}) {
  const input = {
    title,
    path,
    siteUrl: env.SITE_URL,
    version: meta.version,
    asOf: meta.lastUpdated,
    accessed: today(),
  };
  const ld = entityPageLd({ siteUrl: env.SITE_URL, path, title, version: meta.version, lastUpdated: meta.lastUpdated, entity });
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
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ldScript(ld) }} />
    </section>
  );
}
