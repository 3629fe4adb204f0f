import "server-only";
import { getSystem, type SystemDetail } from "@/lib/data/systems";

export type Comparison = { systems: SystemDetail[]; unknown: string[] };

/** The systems named by `slugs`, in order, and the slugs that name no system. */
export async function getComparison(slugs: string[]): Promise<Comparison> {
  const found = await Promise.all(slugs.map((s) => getSystem(s)));
  return {
    systems: found.filter((s): s is SystemDetail => s !== null),
    unknown: slugs.filter((_, i) => found[i] === null),
  };
}
