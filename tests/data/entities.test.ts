// Entity queries against the real database built from data/.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getComparison } from "@/lib/data/compare";
import { getCountryProfile, listCountries } from "@/lib/data/countries";
import { getAntenna, getFactory } from "@/lib/data/factories";
import { listProjects } from "@/lib/data/models";
import { getGigafactoryTarget } from "@/lib/data/programmes";
import { searchAtlas } from "@/lib/data/search";
import { getSystem, listSystems } from "@/lib/data/systems";
import { compareRowsCsv } from "@/lib/compare-csv";
import { systemsCsv } from "@/lib/systems-csv";
import Papa from "papaparse";
import { loadDataset } from "@/lib/seed/load";

const data = loadDataset(path.resolve(__dirname, "..", "..", "data"));
const TODAY = "2026-11-21";

afterAll(async () => {
  await getDb().$disconnect();
});

describe("systems", () => {
  it("lists every system with its latest TOP500 entry", async () => {
    const rows = await listSystems();
    expect(rows).toHaveLength(data.systems.length);
    const jupiter = rows.find((r) => r.slug === "jupiter");
    const latest = data.top500.filter((t) => t.system === "jupiter").sort((a, b) => b.edition.localeCompare(a.edition))[0];
    expect(jupiter?.rank).toMatchObject({ rank: latest?.rank, edition: latest?.edition, provisional: latest?.provisional });
    expect(rows.find((r) => r.slug === "jean-zay")?.rmax).toBeNull();
  });

  it("gives a system's figures, history in edition order, factory and runs", async () => {
    const s = await getSystem("jupiter");
    const editions = data.top500.filter((t) => t.system === "jupiter").map((t) => t.edition);
    expect(s?.top500.map((t) => t.edition)).toEqual([...editions].sort());
    expect(s?.factories.map((f) => f.slug).sort()).toEqual(
      data.factories
        .filter((f) => f.systems.some((x) => x.system === "jupiter"))
        .map((f) => f.slug)
        .sort(),
    );
    expect(s?.runs.map((r) => r.slug).sort()).toEqual(
      data["training-runs"]
        .filter((r) => r.systems.includes("jupiter"))
        .map((r) => r.slug)
        .sort(),
    );
    const accel = s?.figures.find((f) => f.field === "accelerator_count");
    expect(accel?.disagreement).toBe(true);
    expect(accel?.others.length).toBeGreaterThan(0);
    const rmax = s?.figures.find((f) => f.field === "rmax_pflops");
    expect(rmax?.disagreement).toBe(false); // the June 2025 value is superseded, not disputed
    expect(await getSystem("no-such-system")).toBeNull();
  });

  it("gives the same latest TOP500 rank in /compare.csv as in /systems.csv, never an older list's", async () => {
    const rows = await listSystems();
    const details = (await Promise.all(rows.map((r) => getSystem(r.slug)))).filter((d) => d !== null);
    const compare = Papa.parse<Record<string, string>>(compareRowsCsv(details), { header: true }).data;
    const systems = Papa.parse<Record<string, string>>(systemsCsv(rows), { header: true }).data;
    const bySlug = new Map(systems.map((r) => [r.slug, r]));
    for (const row of compare) {
      expect(row.latest_top500_rank, row.slug).toBe(bySlug.get(row.slug ?? "")?.latest_top500_rank);
      expect(row.latest_top500_edition, row.slug).toBe(bySlug.get(row.slug ?? "")?.latest_top500_edition);
    }
    // Systems ranked only on older lists exist, so the rule is exercised.
    expect(details.some((d) => d.top500.length > 0 && d.standing?.status !== "ranked")).toBe(true);
  });

  it("compares known systems and reports unknown slugs", async () => {
    const c = await getComparison(["jupiter", "nope", "lumi"]);
    expect(c.systems.map((s) => s.slug)).toEqual(["jupiter", "lumi"]);
    expect(c.unknown).toEqual(["nope"]);
    expect((await getGigafactoryTarget())?.preferred.value).toBe(100_000);
  });
});

describe("factories and antennas", () => {
  it("gives a factory's antennas, systems and the antennas' access tracks", async () => {
    const f = await getFactory("jaif");
    const jaif = data.factories.find((x) => x.slug === "jaif");
    expect(f?.antennas.map((a) => a.slug).sort()).toEqual(
      data.antennas
        .filter((a) => a.factories.some((x) => x.factory === "jaif"))
        .map((a) => a.slug)
        .sort(),
    );
    expect(f?.systems.map((s) => s.slug).sort()).toEqual(jaif?.systems.map((s) => s.system).sort());
    expect(f?.tracks.map((t) => t.name)).toEqual(expect.arrayContaining(["Playground", "Fast Lane", "Large Scale"]));
    const selected = f?.figures.find((x) => x.field === "selected_on");
    expect(selected?.preferred.value).toBe("2025-03-12");
    expect(selected?.disagreement).toBe(true);
  });

  it("gives an antenna's linked factories and tracks", async () => {
    const a = await getAntenna("be-aifa");
    const be = data.antennas.find((x) => x.slug === "be-aifa");
    expect(a?.factories.map((f) => f.slug).sort()).toEqual(be?.factories.map((f) => f.factory).sort());
    const tracks = data["access-tracks"].filter((t) => "antenna" in t.offered_by && t.offered_by.antenna === "be-aifa");
    expect(a?.tracks.map((t) => [t.name, t.responseTime]).sort()).toEqual(tracks.map((t) => [t.name, t.response_time]).sort());
    expect((await getAntenna("antenna-slovakia"))?.factories).toEqual([]);
  });
});

describe("countries and the access finder", () => {
  it("lists every country once", async () => {
    const rows = await listCountries();
    expect(rows.map((r) => r.code).sort()).toEqual(data.countries.map((c) => c.code).sort());
  });

  it("answers for a country with its own factory", async () => {
    const fi = await getCountryProfile("FI", TODAY);
    expect(fi?.servedBy.filter((s) => s.how === "own").map((s) => s.factory.slug)).toEqual(["lumi-aif"]);
    expect(fi?.nearest).toBeNull();
  });

  it("answers for a country with only an antenna", async () => {
    const be = await getCountryProfile("BE", TODAY);
    expect(be?.factories).toEqual([]);
    const viaAntennas = data.antennas
      .filter((a) => a.country === "BE")
      .flatMap((a) => a.factories.map((f) => ["antenna", f.factory, a.slug]));
    expect(be?.servedBy.map((s) => [s.how, s.factory.slug, s.via?.slug]).sort()).toEqual(viaAntennas.sort());
    expect(be?.tracks.length).toBeGreaterThan(0);
  });

  it("answers for a country with neither, with the nearest sites by distance", async () => {
    const hr = await getCountryProfile("HR", TODAY);
    expect(hr?.servedBy).toEqual([]);
    expect(hr?.nearest?.factories[0]?.slug).toBe("slaif"); // Maribor is closest to Zagreb
    const d = hr?.nearest?.factories.map((f) => f.distanceKm) ?? [];
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(hr?.nearest?.antennas).toHaveLength(3);
  });

  it("counts consortium partnership as a way in", async () => {
    const pt = await getCountryProfile("PT", TODAY);
    expect(pt?.servedBy.map((s) => [s.how, s.factory.slug])).toEqual([["partner", "bsc-aif"]]);
    expect(await getCountryProfile("ZZ", TODAY)).toBeNull();
  });

  it("lists only deadlines that have not passed", async () => {
    const later = await getCountryProfile("FI", "2030-01-01");
    expect(later?.deadlines).toEqual([]);
    const early = await getCountryProfile("FI", "2025-01-01");
    expect(early?.deadlines.map((e) => e.slug)).toContain("antennas-call-closes");
  });
});

describe("models and search", () => {
  it("links training runs to the systems they used", async () => {
    const projects = await listProjects();
    const apertus = projects.find((p) => p.slug === "apertus");
    expect(apertus?.runs[0]?.systems.map((s) => s.slug)).toEqual(["alps"]);
    expect(apertus?.runs[0]?.figures.find((f) => f.field === "gpu_count")?.preferred.value).toBe(4096);
    expect(projects).toHaveLength(data.projects.length);
  });

  it("finds LUMI by searching for Kajaani, and every antenna by searching for antenna", async () => {
    const hits = (await searchAtlas("Kajaani")).hits.map((d) => `${d.type}:${d.slug}`);
    expect(hits).toEqual(expect.arrayContaining(["system:lumi", "system:lumi-ai", "factory:lumi-aif"]));
    const antennas = (await searchAtlas("antenna")).groups.find((g) => g.type === "antenna");
    expect(antennas?.hits).toHaveLength(data.antennas.length);
  });

  it("finds systems by accelerator model, named in the data", async () => {
    const model = data.systems.find((s) => s.accelerator_model)?.accelerator_model ?? "";
    const word = model.split(/\s+/).find((w) => /\d/.test(w)) ?? model;
    const expected = data.systems.filter((s) => s.accelerator_model?.includes(word)).map((s) => s.slug);
    const hits = (await searchAtlas(word)).hits.filter((h) => h.type === "system").map((h) => h.slug);
    expect(hits).toEqual(expect.arrayContaining(expected));
  });
});
