import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 with the data version when the database answers, 503 when it does not. */
export async function GET() {
  const health = await checkDatabase();
  const body = health.ok
    ? { status: "ok", database: "reachable", data_version: health.version, last_updated: health.lastUpdated }
    : { status: "unavailable", database: "unreachable", detail: health.error };
  return Response.json(body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
