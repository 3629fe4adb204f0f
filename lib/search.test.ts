import { describe, expect, it } from "vitest";
import { buildSearchIndex, derivedAliases, search, stem, type SearchDoc } from "./search";

const doc = (
  type: SearchDoc["type"],
  slug: string,
  name: string,
  keywords: string[],
  extra: Partial<SearchDoc> = {},
): SearchDoc => ({
  type,
  slug,
  name,
  href: `/${slug}`,
  context: "",
  keywords,
  ...extra,
});

const index = buildSearchIndex([
  doc("factory", "lumi-aif", "LUMI AI Factory", ["Kajaani", "Finland", "CSC – IT Center for Science"], { aliases: ["LUMI AIF"] }),
  doc("system", "lumi", "LUMI", ["Kajaani", "Finland", "CSC"], { tech: ["AMD Instinct MI250X", "AMD", "ROCm", "pre-exascale"] }),
  doc("system", "jupiter", "JUPITER", ["Jülich", "Germany"], { tech: ["NVIDIA GH200 Grace Hopper", "CUDA", "exascale"] }),
  doc("system", "leonardo", "Leonardo", ["Bologna", "Italy"], { tech: ["NVIDIA A100", "CUDA"] }),
  doc("system", "marenostrum-5", "MareNostrum 5", ["Barcelona", "Spain"], { tech: ["NVIDIA H100", "CUDA"] }),
  doc("antenna", "be-aifa", "Belgian AI Factory Antenna", ["Belgium"]),
  doc("antenna", "hearts", "HEARTS", ["Switzerland"]),
  doc("programme", "ai-gigafactories", "AI Gigafactories", ["programme"]),
  doc("country", "tr", "Türkiye", ["TR"]),
]);
const slugs = (q: string) => search(index, q).hits.map((h) => h.slug);

describe("search", () => {
  it("finds by city, and ranks an exact name first", () => {
    expect(slugs("Kajaani").sort()).toEqual(["lumi", "lumi-aif"]);
    expect(slugs("lumi")[0]).toBe("lumi");
  });

  it("finds accelerator models, architectures and classes of system", () => {
    expect(slugs("MI250X")).toEqual(["lumi"]);
    expect(slugs("H100")).toEqual(["marenostrum-5"]);
    expect(slugs("exascale")).toEqual(["jupiter"]);
    expect(slugs("pre-exascale")).toEqual(["lumi"]);
  });

  it("finds short forms, plurals and typos", () => {
    expect(slugs("mn5")).toEqual(["marenostrum-5"]);
    expect(slugs("gigafactory")).toEqual(["ai-gigafactories"]);
    expect(slugs("leonrdo")).toEqual(["leonardo"]);
    expect(slugs("antennas").sort()).toEqual(["be-aifa", "hearts"]);
  });

  it("ignores case and accents and needs every word", () => {
    expect(slugs("julich")).toEqual(["jupiter"]);
    expect(slugs("turkiye")).toEqual(["tr"]);
    expect(slugs("lumi germany")).toEqual([]);
  });

  it("groups hits by type with counts, in a fixed order", () => {
    const outcome = search(index, "lumi");
    expect(outcome.groups.map((g) => [g.type, g.hits.length])).toEqual([
      ["system", 1],
      ["factory", 1],
    ]);
  });

  it("suggests a nearby query when nothing matches", () => {
    const outcome = search(index, "lumj");
    expect(outcome.hits).toEqual([]);
    expect(outcome.didYouMean).toMatch(/^lumi/i);
  });

  it("returns nothing for empty or punctuation-only queries", () => {
    expect(slugs("")).toEqual([]);
    expect(slugs("  ;; ")).toEqual([]);
  });
});

describe("stem and derivedAliases", () => {
  it("reduces plurals", () => {
    expect(["factories", "antennas", "systems", "gigafactories", "class", "mi250x"].map(stem)).toEqual([
      "factory",
      "antenna",
      "system",
      "gigafactory",
      "class",
      "mi250x",
    ]);
  });
  it("derives short forms from capitals and digits", () => {
    expect(derivedAliases("MareNostrum 5")).toContain("MN5");
    expect(derivedAliases("LUMI")).toEqual([]);
  });
});
