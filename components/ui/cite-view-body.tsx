import { CitationFormats } from "@/components/ui/citation-formats";
import type { CiteInput } from "@/lib/cite";

/** The "Cite this view" block; free of server imports, so a client view (the map) can redraw it as its state changes. */
export function CiteViewBody({ input }: { input: CiteInput }) {
  return (
    <section aria-labelledby="cite-view" className="cite-view">
      <h2 id="cite-view">Cite this view</h2>
      <p className="muted">The address below opens this view as it is now; the dataset version says which data it showed.</p>
      <CitationFormats input={input} testId="view-citation" />
    </section>
  );
}
