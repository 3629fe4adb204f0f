import { TimelineView, timelineMetadata } from "@/components/views/timeline-view";

export const metadata = timelineMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/timeline (see next.config.ts).
export default function Page() {
  return <TimelineView params={{}} />;
}
