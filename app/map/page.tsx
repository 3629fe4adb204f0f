import { MapView, mapMetadata } from "@/components/views/map-view";

export const metadata = mapMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/map (see next.config.ts).
export default function Page() {
  return <MapView params={{}} />;
}
