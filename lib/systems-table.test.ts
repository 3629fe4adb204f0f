import { describe, expect, it } from "vitest";
import type { SystemRow } from "@/lib/data/systems";
import { standingOn } from "@/lib/top500";
import { parseSystemsQuery } from "@/lib/schemas/params";
import { applySystemsQuery, systemsViewTitle } from "./systems-table";

const cell = (value: number) => ({
  value,
  text: value,
  sourceId: "s",
  sourceTitle: "Source s",
  sourceUrl: null,
  publisher: "p",
  asOf: "2025",
  kind: "measured" as const,
  approximate: false,
  disagreement: false,
});
const row = (slug: string, over: Partial<SystemRow>): SystemRow => ({
  slug,
  name: slug,
  countryCode: "DE",
  countryName: "Germany",
  site: "x",
  city: "y",
  status: "operational",
  tier: null,
  eurohpc: true,
  acceleratorModel: null,
  acceleratorVendor: null,
  family: null,
  generation: null,
  rank: null,
  standing: null,
  rmax: null,
  rmaxOther: null,
  rpeak: null,
  accelerators: null,
  power: null,
  year: null,
  ...over,
});

const rows = [
  row("lumi", {
    countryCode: "FI",
    countryName: "Finland",
    family: "ROCm",
    rank: { rank: 9, edition: "2025-11", provisional: false, sourceId: "s" },
    rmax: cell(379.7),
  }),
  row("jupiter", { family: "CUDA", rank: { rank: 4, edition: "2025-11", provisional: false, sourceId: "s" }, rmax: cell(1000) }),
  row("jean-zay", { countryCode: "FR", countryName: "France" }),
  row("vega", {
    countryCode: "SI",
    countryName: "Slovenia",
    family: "CUDA",
    status: "operational",
    rank: { rank: 266, edition: "2024-11", provisional: false, sourceId: "s" },
    rmax: cell(6.92),
  }),
  row("alice", { countryCode: "FR", countryName: "France", family: "ROCm", status: "planned" }),
];

const run = (params: Record<string, string>) => applySystemsQuery(rows, parseSystemsQuery(params)).map((r) => r.slug);

describe("systems table", () => {
  it("sorts by Rmax largest first, unknown last", () => {
    expect(run({ sort: "rmax" })).toEqual(["jupiter", "lumi", "vega", "jean-zay", "alice"]);
  });
  it("keeps unknown values last when the direction flips", () => {
    expect(run({ sort: "rmax", dir: "asc" })).toEqual(["vega", "lumi", "jupiter", "jean-zay", "alice"]);
  });
  it("sorts by rank by default", () => {
    expect(run({})).toEqual(["jupiter", "lumi", "vega", "jean-zay", "alice"]);
  });
  it("filters by country, status, family and rank range together", () => {
    expect(run({ country: "fr" })).toEqual(["jean-zay", "alice"]);
    expect(run({ family: "CUDA" })).toEqual(["jupiter", "vega"]);
    expect(run({ status: "planned" })).toEqual(["alice"]);
    expect(run({ rank_min: "1", rank_max: "10" })).toEqual(["jupiter", "lumi"]);
    expect(run({ family: "ROCm", rank_max: "10" })).toEqual(["lumi"]);
  });
  it("sorts text columns alphabetically", () => {
    expect(run({ sort: "country" })).toEqual(["lumi", "jean-zay", "alice", "jupiter", "vega"]);
  });
});

describe("standingOn", () => {
  const entries = [
    { rank: 9, edition: "2025-11", provisional: false, sourceId: "s" },
    { rank: 9, edition: "2025-06", provisional: false, sourceId: "s" },
  ];
  it("ranks a system only on the newest list, never with an older rank shown as current", () => {
    const partial = standingOn(entries, { edition: "2026-06", number: 67, coverage: "partial" });
    expect(partial.rank).toBeNull();
    expect(partial.standing).toEqual({
      status: "unknown",
      list: { edition: "2026-06", number: 67 },
      previous: { rank: 9, edition: "2025-11" },
    });
    const complete = standingOn(entries, { edition: "2026-06", number: 67, coverage: "complete" });
    expect(complete.standing?.status).toBe("absent");
    const current = standingOn(entries, { edition: "2025-11", number: 66, coverage: "partial" });
    expect(current.rank?.rank).toBe(9);
    expect(current.standing).toEqual({ status: "ranked", list: { edition: "2025-11", number: 66 }, previous: null });
  });
});

describe("systemsViewTitle", () => {
  it("says the default view in words", () => {
    expect(systemsViewTitle(parseSystemsQuery({}))).toBe("Supercomputers, by latest TOP500 rank (ascending)");
  });
  it("names every filter and the sort with its direction", () => {
    const q = parseSystemsQuery({ country: "de", status: "operational", rank_max: "50", sort: "rmax" });
    expect(systemsViewTitle(q, "Germany")).toBe(
      "Supercomputers in Germany, operational, TOP500 rank 1–50, by FP64 Rmax (largest first)",
    );
    expect(systemsViewTitle(parseSystemsQuery({ sort: "year", dir: "asc" }))).toBe(
      "Supercomputers, by year in service (oldest first)",
    );
  });
});
