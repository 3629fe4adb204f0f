// The data layer against a real database built from data/ (SQLite, and
// PostgreSQL in CI). Expected values come from the data files or from the
// published figures, never from the functions under test.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getHeadline } from "@/lib/data/home";
import { getDatasetMeta } from "@/lib/data/meta";
import { listAntennas, listFactories } from "@/lib/data/network";
import { listSources } from "@/lib/data/sources";
import { loadDataset } from "@/lib/seed/load";

const data = loadDataset(path.resolve(__dirname, "..", "..", "data"));

afterAll(async () => {
  await getDb().$disconnect();
});

describe(`data layer on ${process.env.DATABASE_URL?.split(":")[0]}`, () => {
  it("reports the dataset version and date from data/dataset.yaml", async () => {
    const meta = await getDatasetMeta();
    expect(meta.version).toBe(data.info.version);
    expect(meta.lastUpdated).toBe(data.info.last_updated);
  });

  it("counts factories, antennas and host countries from the records, matching the published counts", async () => {
    const h = await getHeadline();
    // Counted from the records; the published count (a sourced claim) agrees with it.
    expect(h.factories.counted).toBe(data.factories.length);
    expect(h.factories.published?.preferred.value).toBe(h.factories.counted);
    expect(h.antennas.counted).toBe(data.antennas.length);
    expect(h.antennas.published?.preferred.value).toBe(h.antennas.counted);
    expect(h.hostCountries.counted).toBe(new Set(data.factories.map((f) => f.country)).size);
    expect(h.hostCountries.published?.preferred.value).toBe(h.hostCountries.counted);
    expect(h.systems).toBe(data.systems.length);
  });

  it("gives each funding envelope with its source and date", async () => {
    const h = await getHeadline();
    const eurohpc = h.funding.find((f) => f.programme === "eurohpc-ju-2021-2027");
    expect(eurohpc?.figure.preferred.value).toBe(10_000_000_000);
    expect(eurohpc?.figure.preferred.source.kind).toBe("primary");
    expect(eurohpc?.figure.others.length).toBeGreaterThan(0);
    const antennas = h.funding.find((f) => f.programme === "ai-factory-antennas");
    expect(antennas?.figure.disagreement).toBe(true); // €55 M announced vs €55.04 M requested
    expect(h.gigafactoryTarget?.preferred.value).toBe(100_000);
  });

  it("lists factories by wave, with HammerHAI (not JAIF) in December 2024", async () => {
    const rows = await listFactories();
    const byWave = (w: string) => rows.filter((r) => r.wave === w).map((r) => r.slug);
    for (const wave of new Set(data.factories.map((f) => f.wave))) {
      expect(byWave(wave).sort()).toEqual(
        data.factories
          .filter((f) => f.wave === wave)
          .map((f) => f.slug)
          .sort(),
      );
    }
    expect(byWave("2024-12")).toContain("hammerhai");
    expect(byWave("2025-03")).toContain("jaif");
    const lumi = rows.find((r) => r.slug === "lumi-aif");
    expect(lumi?.systems.map((s) => s.name)).toEqual(expect.arrayContaining(["LUMI-AI", "LUMI"]));
    expect(lumi?.antennas).toHaveLength(data.antennas.filter((a) => a.factories.some((f) => f.factory === "lumi-aif")).length);
  });

  it("lists antennas with their linked factories, EU members first", async () => {
    const rows = await listAntennas();
    expect(rows.map((r) => r.slug).sort()).toEqual(data.antennas.map((a) => a.slug).sort());
    const eu = new Set(data.countries.filter((c) => c.eu_member).map((c) => c.code));
    const members = data.antennas.filter((a) => eu.has(a.country)).length;
    expect(rows.filter((r) => r.euMember)).toHaveLength(members);
    expect(rows.slice(0, members).every((r) => r.euMember)).toBe(true);
    const factoryName = new Map(data.factories.map((f) => [f.slug, f.name]));
    for (const antenna of data.antennas) {
      const row = rows.find((r) => r.slug === antenna.slug);
      expect(row?.factories.sort(), antenna.slug).toEqual(antenna.factories.map((f) => factoryName.get(f.factory)).sort());
    }
  });

  it("lists every source with the records and figures that cite it", async () => {
    const sources = await listSources();
    expect(sources.map((s) => s.id).sort()).toEqual(data.sources.map((s) => s.id).sort());
    const insidehpc = sources.find((s) => s.id === "insidehpc-top500-2025-11");
    const jupiter = insidehpc?.citations.find((c) => c.subjectSlug === "jupiter");
    expect(jupiter?.subjectName).toBe("JUPITER");
    expect(jupiter?.what).toEqual(expect.arrayContaining(["FP64 HPL Rmax", "TOP500 entry, 2025-11"]));
    const first = sources.find((s) => s.id === "ehpc-2024-12-10-first-factories");
    expect(first?.citations.map((c) => c.subjectSlug)).toContain("hammerhai");
    // no source sits in the list unused
    expect(sources.filter((s) => s.citations.length === 0).map((s) => s.id)).toEqual([]);
    // newest first, undated last
    const dated = sources.filter((s) => s.date);
    expect(sources.indexOf(dated[0]!)).toBe(0);
  });

  it("keeps disagreeing claims with one preferred", async () => {
    const claims = await getDb().claim.findMany({
      where: { subjectType: "system", subjectSlug: "jupiter", field: "rmax_pflops" },
      select: { valueNum: true, preferred: true, sourceId: true },
    });
    expect(claims.length).toBeGreaterThan(1);
    expect(claims.filter((c) => c.preferred)).toEqual([
      { valueNum: 1000, preferred: true, sourceId: "insidehpc-top500-2025-11" },
    ]);
  });
});
