import { liveDataPackage } from "@/lib/datapackage/archive";

// Built once from the database with the pages; it changes only when the data is re-published.
export const dynamic = "force-static";

/** The Frictionless Data Package descriptor of the live CSV tables. */
export async function GET() {
  return new Response(`${JSON.stringify(await liveDataPackage(), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
