import { listMapEntities } from "@/lib/data/map";
import { env } from "@/lib/env";
import { mapGeoJson } from "@/lib/map/export";
import { filterEntities, parseMapState } from "@/lib/map/state";

export const dynamic = "force-dynamic";

/** The entities /map shows for the same query string, as GeoJSON. */
export async function GET(request: Request) {
  const state = parseMapState(Object.fromEntries(new URL(request.url).searchParams));
  const body = JSON.stringify(mapGeoJson(filterEntities(await listMapEntities(), state), env.SITE_URL));
  return new Response(body, {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="ai-factories-atlas-map.geojson"',
    },
  });
}
