import { SourcesView, sourcesMetadata } from "@/components/views/sources-view";
import type { RawParams } from "@/lib/url";

export const metadata = sourcesMetadata;

// /sources with URL state, rendered per request: next.config.ts rewrites
// /sources?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <SourcesView params={await searchParams} />;
}
