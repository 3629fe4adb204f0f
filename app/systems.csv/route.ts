import { downloadResponse } from "@/lib/download";
import { listSystems } from "@/lib/data/systems";
import { parseSystemsQuery } from "@/lib/schemas/params";
import { systemsCsv } from "@/lib/systems-csv";
import { applySystemsQuery } from "@/lib/systems-table";

const CSV = "text/csv; charset=utf-8";

/** The rows /systems shows for the same query string, as CSV. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const rows = applySystemsQuery(await listSystems(), parseSystemsQuery(params));
  return downloadResponse(request, systemsCsv(rows), CSV, 'attachment; filename="ai-factories-atlas-systems.csv"');
}
