import { SystemsView, systemsMetadata } from "@/components/views/systems-view";

export const metadata = systemsMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/systems (see next.config.ts).
export default function Page() {
  return <SystemsView params={{}} />;
}
