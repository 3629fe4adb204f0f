import { CountriesView, countriesMetadata } from "@/components/views/countries-view";
import type { RawParams } from "@/lib/url";

export const metadata = countriesMetadata;

// /countries with URL state, rendered per request: next.config.ts rewrites
// /countries?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <CountriesView params={await searchParams} />;
}
