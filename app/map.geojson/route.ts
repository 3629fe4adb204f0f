import { listMapEntities } from "@/lib/data/map";
import { downloadResponse } from "@/lib/download";
import { env } from "@/lib/env";
import { mapGeoJson } from "@/lib/map/export";
import { filterEntities, parseMapState } from "@/lib/map/state";

/** The entities /map shows for the same query string, as GeoJSON. */
export async function GET(request: Request) {
  const state = parseMapState(Object.fromEntries(new URL(request.url).searchParams));
  const body = JSON.stringify(mapGeoJson(filterEntities(await listMapEntities(), state), env.SITE_URL));
  return downloadResponse(
    request,
    body,
    "application/geo+json; charset=utf-8",
    'attachment; filename="ai-factories-atlas-map.geojson"',
  );
}
