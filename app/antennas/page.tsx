import { AntennasView, antennasMetadata } from "@/components/views/antennas-view";

export const metadata = antennasMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/antennas (see next.config.ts).
export default function Page() {
  return <AntennasView params={{}} />;
}
