import { SourcesView, sourcesMetadata } from "@/components/views/sources-view";

export const metadata = sourcesMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/sources (see next.config.ts).
export default function Page() {
  return <SourcesView params={{}} />;
}
