import { TimelineView, timelineMetadata } from "@/components/views/timeline-view";
import type { RawParams } from "@/lib/url";

export const metadata = timelineMetadata;

// /timeline with URL state, rendered per request: next.config.ts rewrites
// /timeline?… here when the query names one of the view's keys (lib/views.ts).
export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <TimelineView params={await searchParams} />;
}
