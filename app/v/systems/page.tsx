import { SystemsView, systemsMetadata } from "@/components/views/systems-view";
import type { RawParams } from "@/lib/url";

export const metadata = systemsMetadata;

// /systems with URL state, rendered per request: next.config.ts rewrites
// /systems?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <SystemsView params={await searchParams} />;
}
