import { describe, expect, it } from "vitest";
import {
  countByType,
  filterEntities,
  mapSearch,
  mapStatuses,
  mapWaves,
  migratedMapSearch,
  mapViewTitle,
  parseMapState,
  type MapEntity,
} from "./state";

describe("map URL state", () => {
  it("defaults to everything shown with links, and an empty query", () => {
    const s = parseMapState({});
    expect(s).toEqual({ types: ["factory", "antenna", "system"], links: true });
    expect(mapSearch(s)).toBe("");
  });

  it("round-trips filters, selection and view", () => {
    const s = parseMapState({
      types: "factory,system",
      links: "0",
      wave: "2025-03",
      country: "DE",
      vendor: "amd",
      status: "planned",
      sel: "system:jupiter",
      view: "6.361,50.92,7.5",
    });
    const q = mapSearch(s);
    expect(q).toBe(
      "?types=factory,system&links=0&wave=2025-03&country=de&vendor=amd&status=planned&sel=system:jupiter&view=6.361,50.92,7.5",
    );
    expect(parseMapState(Object.fromEntries(new URLSearchParams(q)))).toEqual(s);
  });

  it("falls back to defaults on bad or unknown values", () => {
    const s = parseMapState({
      types: "dragons",
      links: "maybe",
      wave: "2023-01",
      country: "Germany",
      vendor: "intel",
      sel: "system:<x>",
      view: "500,12,3",
      extra: "1",
    });
    expect(s).toEqual({ types: ["factory", "antenna", "system"], links: true });
  });

  it("reads a plain form's repeated fields", () => {
    expect(parseMapState({ types: ["factory", "antenna"], links: ["0", "1"] })).toEqual({
      types: ["factory", "antenna"],
      links: true,
    });
    expect(parseMapState({ types: ["system"], links: "0" })).toEqual({ types: ["system"], links: false });
  });

  it("keeps the known types of a mixed list, in canonical order", () => {
    expect(parseMapState({ types: "system,bogus,factory,factory" }).types).toEqual(["system", "factory"]);
    expect(mapSearch(parseMapState({ types: "system,factory" }))).toBe("?types=factory,system");
  });
});

const e = (id: string, over: Partial<MapEntity>): MapEntity => ({
  id,
  type: id.split(":")[0] as MapEntity["type"],
  slug: id.split(":")[1] ?? "",
  name: id,
  href: "/",
  countryCode: "DE",
  countryName: "Germany",
  city: null,
  lat: 0,
  lon: 0,
  wave: null,
  status: null,
  vendor: null,
  size: null,
  links: [],
  details: [],
  facts: [],
  ...over,
});

describe("filtering map entities", () => {
  const all = [
    e("factory:jaif", { wave: "2025-03" }),
    e("factory:lumi-aif", { wave: "2024-12", countryCode: "FI" }),
    e("antenna:be-aifa", { countryCode: "BE" }),
    e("system:jupiter", { vendor: "NVIDIA", status: "operational" }),
    e("system:lumi", { vendor: "AMD", status: "operational", countryCode: "FI" }),
    e("system:alice-recoque", { vendor: "AMD", status: "planned", countryCode: "FR" }),
  ];
  const ids = (params: Record<string, string>) => filterEntities(all, parseMapState(params)).map((x) => x.id);

  it("filters by type, country, wave, vendor and status", () => {
    expect(ids({ types: "antenna" })).toEqual(["antenna:be-aifa"]);
    expect(ids({ country: "fi" })).toEqual(["factory:lumi-aif", "system:lumi"]);
    expect(ids({ wave: "2025-03", types: "factory" })).toEqual(["factory:jaif"]);
    expect(ids({ vendor: "amd", types: "system" })).toEqual(["system:lumi", "system:alice-recoque"]);
    expect(ids({ status: "planned", types: "system" })).toEqual(["system:alice-recoque"]);
  });

  it("counts what is shown by type", () => {
    expect(countByType(filterEntities(all, parseMapState({ country: "fi" })))).toEqual({ factory: 1, antenna: 0, system: 1 });
  });
});

describe("map URL state without zod", () => {
  it("copies the data schema's waves and statuses exactly", async () => {
    const data = await import("@/lib/schemas/data");
    expect([...mapWaves]).toEqual([...data.waves]);
    expect([...mapStatuses]).toEqual([...data.systemStatuses]);
  });

  it("opens links with the early parameter names", () => {
    expect(parseMapState({ selected: "system:jupiter", type: "system" })).toEqual({
      types: ["system"],
      links: true,
      sel: "system:jupiter",
    });
    expect(parseMapState({ selected: "system:lumi", sel: "system:jupiter" }).sel).toBe("system:jupiter");
  });

  it("reads URLSearchParams as the island does", () => {
    expect(parseMapState(new URLSearchParams("types=factory&types=antenna&wave=2025-10"))).toEqual({
      types: ["factory", "antenna"],
      links: true,
      wave: "2025-10",
    });
  });
});

describe("map link migrations", () => {
  it("say where an old link moves, and leave a current one alone", () => {
    expect(migratedMapSearch(new URLSearchParams("selected=system:jupiter"))).toBe("?sel=system:jupiter");
    expect(migratedMapSearch(new URLSearchParams("types=factory&types=system&links=0&links=1"))).toBe("?types=factory,system");
    expect(migratedMapSearch(new URLSearchParams("sel=system:jupiter"))).toBeNull();
    expect(migratedMapSearch(new URLSearchParams("utm_source=x"))).toBeNull();
  });
});

describe("mapViewTitle", () => {
  it("names what is shown and every filter in force", () => {
    const state = parseMapState(new URLSearchParams("types=factory,antenna&country=fi&wave=2025-03&links=0"));
    const title = mapViewTitle(state, { country: "Finland", wave: "Second wave, March 2025" });
    expect(title).toBe(
      "Map of AI Factories and Antennas in Finland, AI Factories of the second wave, March 2025, without Antenna links",
    );
  });
  it("differs between views, so two citations of different maps never read the same", () => {
    const all = mapViewTitle(parseMapState({}));
    expect(all).toBe("Map of AI Factories, Antennas and supercomputers");
    expect(mapViewTitle(parseMapState({ vendor: "amd", status: "planned" }))).not.toBe(all);
    // Without Antennas on the map, "without links" would say nothing.
    expect(mapViewTitle(parseMapState({ types: "system", links: "0" }))).toBe("Map of supercomputers");
  });
});
