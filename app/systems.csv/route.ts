import { csvResponse } from "@/lib/csv";
import { listSystems } from "@/lib/data/systems";
import { parseSystemsQuery } from "@/lib/schemas/params";
import { systemsCsv } from "@/lib/systems-csv";
import { applySystemsQuery } from "@/lib/systems-table";

export const dynamic = "force-dynamic";

/** The rows /systems shows for the same query string, as CSV. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const rows = applySystemsQuery(await listSystems(), parseSystemsQuery(params));
  return csvResponse(systemsCsv(rows), "ai-factories-atlas-systems.csv");
}
