import { describe, expect, it } from "vitest";
import { citationBibtex, citationText } from "./cite";

const input = {
  title: "JUPITER",
  path: "/systems/jupiter",
  siteUrl: "https://atlas.example/",
  version: "2026.11.21",
  asOf: "2026-11-21",
  accessed: "2026-11-22",
};

describe("citations", () => {
  it("gives a plain-text reference with version, as-of date and permalink", () => {
    expect(citationText(input)).toBe(
      "AI Factories Atlas (2026). JUPITER. Dataset version 2026.11.21, data as of 21 November 2026. https://atlas.example/systems/jupiter (accessed 22 November 2026).",
    );
  });
  it("gives a BibTeX entry with a stable key and escaped title", () => {
    const bib = citationBibtex({ ...input, title: "R&D_ systems {x}" });
    expect(bib.split("\n")[0]).toBe("@misc{aifatlas-systems-jupiter-20261121,");
    expect(bib).toContain("title = {R\\&D\\_ systems \\{x\\}},");
    expect(bib).toContain("howpublished = {\\url{https://atlas.example/systems/jupiter}},");
    expect(bib.trim().endsWith("}")).toBe(true);
  });
});
