import { basemapSvg } from "@/lib/map/basemap-svg";

// Built once: Natural Earth outlines do not change with the data.
export const dynamic = "force-static";

/** Europe's outlines, plain: the background of the location maps on entity pages. */
export function GET() {
  return new Response(basemapSvg(), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
