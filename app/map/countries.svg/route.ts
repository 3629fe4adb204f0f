import { listCountryRoles } from "@/lib/data/map";
import { basemapSvg } from "@/lib/map/basemap-svg";

// Built with the pages, and regenerated with them (app/layout.tsx).
export const dynamic = "force-static";
export const revalidate = 3600;

/** Europe's outlines shaded by each country's role: the background of the atlas maps. */
export async function GET() {
  return new Response(basemapSvg(await listCountryRoles()), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
