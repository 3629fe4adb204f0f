import { downloadResponse } from "@/lib/download";
import { listMapEntities } from "@/lib/data/map";
import { env } from "@/lib/env";
import { mapCsv } from "@/lib/map/export";
import { filterEntities, parseMapState } from "@/lib/map/state";

const CSV = "text/csv; charset=utf-8";

/** The entities /map shows for the same query string, as CSV. */
export async function GET(request: Request) {
  const state = parseMapState(Object.fromEntries(new URL(request.url).searchParams));
  return downloadResponse(
    request,
    mapCsv(filterEntities(await listMapEntities(), state), env.SITE_URL),
    CSV,
    'attachment; filename="ai-factories-atlas-map.csv"',
  );
}
