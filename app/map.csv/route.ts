import { csvResponse } from "@/lib/csv";
import { listMapEntities } from "@/lib/data/map";
import { env } from "@/lib/env";
import { mapCsv } from "@/lib/map/export";
import { filterEntities, parseMapState } from "@/lib/map/state";

export const dynamic = "force-dynamic";

/** The entities /map shows for the same query string, as CSV. */
export async function GET(request: Request) {
  const state = parseMapState(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse(mapCsv(filterEntities(await listMapEntities(), state), env.SITE_URL), "ai-factories-atlas-map.csv");
}
