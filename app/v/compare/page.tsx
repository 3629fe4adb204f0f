import { CompareView, compareMetadata } from "@/components/views/compare-view";
import type { RawParams } from "@/lib/url";

export const metadata = compareMetadata;

// /compare with URL state, rendered per request: next.config.ts rewrites
// /compare?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <CompareView params={await searchParams} />;
}
