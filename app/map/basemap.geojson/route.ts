import { cacheable } from "@/lib/api/http";
import { europeBasemapGeoJson } from "@/lib/map/basemap-geojson";

let body: string | null = null;

/** The basemap's country outlines (Natural Earth), served by the atlas itself. */
export function GET(request: Request) {
  body ??= JSON.stringify(europeBasemapGeoJson());
  return cacheable(request, body, "application/geo+json; charset=utf-8", { "Cache-Control": "public, max-age=86400" });
}
