import "server-only";
import { getDb } from "@/lib/db";
import { claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";

/** The AI Gigafactory processor target (more than 100,000 per facility) with its sources; null if not recorded. */
export async function getGigafactoryTarget(): Promise<FigureView | null> {
  const claims = await getDb().claim.findMany({
    where: { subjectType: "programme", subjectSlug: "ai-gigafactories", field: "other:target-processors" },
    select: claimSelect,
    orderBy: { id: "asc" },
  });
  return figuresFromClaims(claims)[0] ?? null;
}
