import { MapView, mapMetadata } from "@/components/views/map-view";
import type { RawParams } from "@/lib/url";

export const metadata = mapMetadata;

// /map with URL state, rendered per request: next.config.ts rewrites
// /map?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <MapView params={await searchParams} />;
}
