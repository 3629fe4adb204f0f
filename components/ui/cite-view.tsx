import { CiteViewBody } from "@/components/ui/cite-view-body";
import type { CiteInput } from "@/lib/cite";
import type { DatasetMeta } from "@/lib/data/meta";
import { env, today } from "@/lib/env";

/**
 * "Cite this view": a reference to a page as the reader has set it up (filters,
 * sort, the systems compared, the map's layers), with the query in the address so
 * the citation opens the same view. Plain text, BibTeX and CSL-JSON.
 */
export function CiteView({ title, path, meta }: { title: string; path: string; meta: DatasetMeta }) {
  return <CiteViewBody input={{ title, path, ...citeBase(meta) }} />;
}

/** What every citation of the atlas carries besides the title and the address. */
export function citeBase(meta: DatasetMeta): Omit<CiteInput, "title" | "path"> {
  return { siteUrl: env.SITE_URL, version: meta.version, asOf: meta.lastUpdated, accessed: today() };
}
