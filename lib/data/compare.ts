import "server-only";
import { cached } from "@/lib/data/cache";
import { getSystem, type SystemDetail } from "@/lib/data/systems";

export type Comparison = { systems: SystemDetail[]; unknown: string[] };

/** The systems named by `slugs`, in order, and the slugs that name no system. */
async function getComparisonUncached(slugs: string[]): Promise<Comparison> {
  const found = await Promise.all(slugs.map((s) => getSystem(s)));
  return {
    systems: found.filter((s): s is SystemDetail => s !== null),
    unknown: slugs.filter((_, i) => found[i] === null),
  };
}

/** Cached: see lib/data/cache.ts. */
export const getComparison = cached("compare.getComparison", getComparisonUncached);
