import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";

/** The AI Gigafactory processor target (more than 100,000 per facility) with its sources; null if not recorded. */
async function getGigafactoryTargetUncached(): Promise<FigureView | null> {
  const claims = await getDb().claim.findMany({
    where: { subjectType: "programme", subjectSlug: "ai-gigafactories", field: "other:target-processors" },
    select: claimSelect,
    orderBy: { id: "asc" },
  });
  return figuresFromClaims(claims)[0] ?? null;
}

/** Cached: see lib/data/cache.ts. */
export const getGigafactoryTarget = cached("programmes.getGigafactoryTarget", getGigafactoryTargetUncached);
