import { AntennasView, antennasMetadata } from "@/components/views/antennas-view";
import type { RawParams } from "@/lib/url";

export const metadata = antennasMetadata;

// /antennas with URL state, rendered per request: next.config.ts rewrites
// /antennas?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <AntennasView params={await searchParams} />;
}
