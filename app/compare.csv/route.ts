import { compareRowsCsv } from "@/lib/compare-csv";
import { csvResponse } from "@/lib/csv";
import { getComparison } from "@/lib/data/compare";
import { parseCompareQuery } from "@/lib/schemas/params";

export const dynamic = "force-dynamic";

/** The compared systems as CSV, one row per system, each figure with its source and date. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { systems } = await getComparison(parseCompareQuery(params).slugs);
  return csvResponse(compareRowsCsv(systems), "ai-factories-atlas-comparison.csv");
}
