import { CitationFormats } from "@/components/ui/citation-formats";
import { citeBase } from "@/components/ui/cite-view";
import type { DatasetMeta } from "@/lib/data/meta";
import { env } from "@/lib/env";
import { entityPageLd, ldScript } from "@/lib/jsonld";
import type { Thing } from "schema-dts";

/** "Cite this page" as plain text, BibTeX and CSL-JSON, plus the page's schema.org JSON-LD (a WebPage whose main entity is `entity`). */
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
  const input = { title, path, ...citeBase(meta) };
  const ld = entityPageLd({ siteUrl: env.SITE_URL, path, title, version: meta.version, lastUpdated: meta.lastUpdated, entity });
  return (
    <section aria-labelledby="cite-this">
      <h2 id="cite-this">Cite this page</h2>
      <CitationFormats input={input} testId="citation" />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ldScript(ld) }} />
    </section>
  );
}
