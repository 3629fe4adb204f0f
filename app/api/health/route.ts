import { checkDatabase } from "@/lib/data/health";
import { databaseReachable } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness: 200 with the data version when the database is there
 * (the same check the proxy makes) and answers a query; 503 otherwise.
 */
export async function GET() {
  const health = (await databaseReachable())
    ? await checkDatabase()
    : ({ ok: false, error: "the database cannot be reached" } as const);
  const body = health.ok
    ? { status: "ok", database: "reachable", data_version: health.version, last_updated: health.lastUpdated }
    : { status: "unavailable", database: "unreachable", detail: health.error };
  return Response.json(body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
