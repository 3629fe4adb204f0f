import { checkDatabase } from "@/lib/data/health";
import { databaseProblem } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness: 200 with the data version when the database file or
 * server is sound and answers a real query (the dataset's version); 503 with
 * what is wrong otherwise. The production server answers public requests for
 * it from a copy at most a second old (server/database-state.ts).
 */
export async function GET() {
  const problem = await databaseProblem();
  const health = problem === null ? await checkDatabase() : ({ ok: false, error: problem } as const);
  const body = health.ok
    ? { status: "ok", database: "reachable", data_version: health.version, last_updated: health.lastUpdated }
    : { status: "unavailable", database: "unreachable", detail: health.error };
  return Response.json(body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
