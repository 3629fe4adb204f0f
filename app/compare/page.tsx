import { CompareView, compareMetadata } from "@/components/views/compare-view";

export const metadata = compareMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/compare (see next.config.ts).
export default function Page() {
  return <CompareView params={{}} />;
}
