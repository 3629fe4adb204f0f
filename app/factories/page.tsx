import { FactoriesView, factoriesMetadata } from "@/components/views/factories-view";

export const metadata = factoriesMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/factories (see next.config.ts).
export default function Page() {
  return <FactoriesView params={{}} />;
}
