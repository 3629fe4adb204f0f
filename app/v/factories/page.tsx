import { FactoriesView, factoriesMetadata } from "@/components/views/factories-view";
import type { RawParams } from "@/lib/url";

export const metadata = factoriesMetadata;

// /factories with URL state, rendered per request: next.config.ts rewrites
// /factories?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <FactoriesView params={await searchParams} />;
}
