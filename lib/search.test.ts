import { describe, expect, it } from "vitest";
import { searchDocs, type SearchDoc } from "./search";

const doc = (type: SearchDoc["type"], slug: string, name: string, keywords: string[]): SearchDoc => ({
  type,
  slug,
  name,
  href: `/${slug}`,
  context: "",
  keywords,
});
const docs = [
  doc("factory", "lumi-aif", "LUMI AI Factory", ["LUMI AIF", "Kajaani", "Finland", "CSC – IT Center for Science"]),
  doc("system", "lumi", "LUMI", ["Kajaani", "Finland", "CSC"]),
  doc("system", "jupiter", "JUPITER", ["Jülich", "Germany"]),
  doc("country", "tr", "Türkiye", ["TR"]),
];

describe("searchDocs", () => {
  it("finds by city", () => {
    expect(searchDocs(docs, "Kajaani").map((d) => d.slug)).toEqual(["lumi-aif", "lumi"]);
  });
  it("ranks an exact name first", () => {
    expect(searchDocs(docs, "lumi")[0]?.slug).toBe("lumi");
  });
  it("ignores case and accents and needs every word", () => {
    expect(searchDocs(docs, "julich").map((d) => d.slug)).toEqual(["jupiter"]);
    expect(searchDocs(docs, "turkiye").map((d) => d.slug)).toEqual(["tr"]);
    expect(searchDocs(docs, "lumi germany")).toEqual([]);
  });
  it("returns nothing for empty or punctuation-only queries", () => {
    expect(searchDocs(docs, "")).toEqual([]);
    expect(searchDocs(docs, "  ;; ")).toEqual([]);
  });
});
