import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { concentrate } from "@/lib/concentration";
import { getDb } from "@/lib/db";
import { listFactoryBudgets, listProgrammes } from "@/lib/data/funding";
import { listHoldings, listScale } from "@/lib/data/scale";
import { listSpans, listTimeline } from "@/lib/data/timeline";
import { loadDataset } from "@/lib/seed/load";
import { compareByPeriod } from "@/lib/timeline";

const data = loadDataset(path.resolve(__dirname, "..", "..", "data"));

afterAll(async () => {
  await getDb().$disconnect();
});

describe("timeline data", () => {
  it("gives every event in timeline order, with sources and the countries it concerns", async () => {
    const events = await listTimeline();
    expect(events).toHaveLength(data.events.length);
    expect(events.map((e) => e.slug)).toEqual([...events].sort(compareByPeriod).map((e) => e.slug));
    expect(events[0]?.dateSort).toBe([...events.map((e) => e.dateSort)].sort()[0]);
    expect(events.every((e) => e.sources.length > 0)).toBe(true);
    expect(events.find((e) => e.slug === "jaif-kickoff")?.countries).toEqual(["DE"]);
    expect(events.find((e) => e.slug === "ai-act-annex-iii-original")?.supersededBy).toBe("ai-act-annex-iii-deferred");
  });

  it("draws the programmes that have a start and an end as spans", async () => {
    const spans = await listSpans();
    expect(spans.map((s) => s.slug)).toEqual(expect.arrayContaining(["eurohpc-ju-2021-2027", "federation-platform"]));
    expect(spans.every((s) => s.start && s.end)).toBe(true);
  });
});

describe("funding data", () => {
  it("orders programmes parents first and keeps amounts with sources", async () => {
    const programmes = await listProgrammes();
    expect(programmes).toHaveLength(data.programmes.length);
    const index = (slug: string) => programmes.findIndex((p) => p.slug === slug);
    expect(index("eurohpc-ju-2021-2027")).toBeLessThan(index("ai-factories"));
    expect(index("investai")).toBeLessThan(index("ai-gigafactories"));
    const giga = programmes.find((p) => p.slug === "ai-gigafactories");
    expect(giga?.figures.find((f) => f.field === "amount_total_eur")?.preferred.value).toBe(20_000_000_000);
    expect(giga?.steps.length).toBeGreaterThan(3);
  });

  it("keeps EU and national budget parts apart and unknown as null", async () => {
    const budgets = await listFactoryBudgets();
    const shown = (claims?: { value: unknown; preferred?: boolean }[]) =>
      claims?.length ? ((claims.length === 1 ? claims[0] : claims.find((c) => c.preferred))?.value ?? null) : null;
    for (const f of data.factories) {
      const b = budgets.find((x) => x.slug === f.slug);
      expect(
        [b?.total?.preferred.value ?? null, b?.eu?.preferred.value ?? null, b?.national?.preferred.value ?? null],
        f.slug,
      ).toEqual([shown(f.figures.budget_total_eur), shown(f.figures.budget_eu_eur), shown(f.figures.budget_national_eur)]);
    }
    // Unknown parts stay null: at least one factory has a total without both parts, or no budget at all.
    expect(budgets.some((b) => b.total === null || b.eu === null || b.national === null)).toBe(true);
  });
});

describe("scale and concentration data", () => {
  it("puts the flagship systems first", async () => {
    const rows = await listScale();
    const flagships = rows
      .filter((r) => r.flagship)
      .map((r) => r.slug)
      .sort();
    expect(flagships).toEqual(
      data.systems
        .filter((s) => s.tier === "exascale" || s.tier === "pre-exascale")
        .map((s) => s.slug)
        .sort(),
    );
    expect(rows.slice(0, flagships.length).every((r) => r.flagship)).toBe(true);
  });

  it("finds the countries hosting only antennas", async () => {
    const c = concentrate(await listHoldings());
    // No factory and no flagship system, but an Antenna (Switzerland's Alps is a national system).
    expect(c.onlyAntennas.map((r) => r.code).sort()).toEqual([
      "BE",
      "CH",
      "CY",
      "GB",
      "HU",
      "IE",
      "IS",
      "LV",
      "MD",
      "MK",
      "MT",
      "RS",
      "SK",
    ]);
    expect(c.rows.find((r) => r.code === "DE")?.flagshipSystems).toEqual(["JUPITER"]);
  });
});
