import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";
import type { CountryHoldings } from "@/lib/concentration";

/** EuroHPC's largest classes: the flagship systems the essays' concentration argument is about. */
export const FLAGSHIP_TIERS = ["exascale", "pre-exascale"];

export type ScaleRow = {
  slug: string;
  name: string;
  country: string;
  tier: string | null;
  flagship: boolean;
  accelerators: FigureView | null;
};

/** Systems with their preferred accelerator count (null where not known), flagships first. */
async function listScaleUncached(): Promise<ScaleRow[]> {
  const db = getDb();
  const [systems, claims] = await Promise.all([
    db.system.findMany({
      select: { slug: true, name: true, tier: true, country: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    db.claim.findMany({
      where: { subjectType: "system", field: "accelerator_count" },
      select: { ...claimSelect, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const claimsOf = claimsIndex(claims);
  return systems
    .map((s) => ({
      slug: s.slug,
      name: s.name,
      country: s.country.name,
      tier: s.tier,
      flagship: FLAGSHIP_TIERS.includes(s.tier ?? ""),
      accelerators: figuresFromClaims(claimsOf("system", s.slug))[0] ?? null,
    }))
    .sort(
      (a, b) =>
        Number(b.flagship) - Number(a.flagship) ||
        Number(b.accelerators?.preferred.value ?? -1) - Number(a.accelerators?.preferred.value ?? -1),
    );
}

/** What each country in the data hosts: flagship systems, factories, antennas and the factories' known budgets. */
async function listHoldingsUncached(): Promise<CountryHoldings[]> {
  const db = getDb();
  const [countries, budgets] = await Promise.all([
    db.country.findMany({
      select: {
        code: true,
        name: true,
        euMember: true,
        systems: { select: { name: true, tier: true } },
        factories: { select: { slug: true } },
        _count: { select: { antennas: true } },
      },
    }),
    db.claim.findMany({
      where: { subjectType: "factory", field: "budget_total_eur", preferred: true },
      select: { subjectSlug: true, valueNum: true },
    }),
  ]);
  const budgetOf = new Map(budgets.map((b) => [b.subjectSlug, b.valueNum ?? 0]));
  return countries.map((c) => ({
    code: c.code,
    name: c.name,
    euMember: c.euMember,
    flagshipSystems: c.systems
      .filter((s) => FLAGSHIP_TIERS.includes(s.tier ?? ""))
      .map((s) => s.name)
      .sort(),
    factories: c.factories.length,
    antennas: c._count.antennas,
    knownBudgetEur: c.factories.reduce((sum, f) => sum + (budgetOf.get(f.slug) ?? 0), 0),
    factoriesWithoutBudget: c.factories.filter((f) => !budgetOf.has(f.slug)).length,
  }));
}

/** Cached: see lib/data/cache.ts. */
export const listScale = cached("scale.listScale", listScaleUncached);

/** Cached: see lib/data/cache.ts. */
export const listHoldings = cached("scale.listHoldings", listHoldingsUncached);
