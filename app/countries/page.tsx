import { CountriesView, countriesMetadata } from "@/components/views/countries-view";

export const metadata = countriesMetadata;

// The default view, built once and served as static HTML. Requests with URL
// state (?…) are rewritten to /v/countries (see next.config.ts).
export default function Page() {
  return <CountriesView params={{}} />;
}
