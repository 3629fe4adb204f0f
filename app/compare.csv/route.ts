import { compareRowsCsv } from "@/lib/compare-csv";
import { downloadResponse } from "@/lib/download";
import { getComparison } from "@/lib/data/compare";
import { parseCompareQuery } from "@/lib/schemas/params";

const CSV = "text/csv; charset=utf-8";

/** The compared systems as CSV, one row per system, each figure with its source and date. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { systems } = await getComparison(parseCompareQuery(params).slugs);
  return downloadResponse(request, compareRowsCsv(systems), CSV, 'attachment; filename="ai-factories-atlas-comparison.csv"');
}
