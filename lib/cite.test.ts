import { describe, expect, it } from "vitest";
import { citationBibtex, citationCsl, citationText, figureCitationBibtex, figureCitationCsl, figureCitationText } from "./cite";

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

describe("view citations", () => {
  it("cites a filtered view with its query in the address and a key that names it", () => {
    const view = { ...input, title: "Supercomputers in Germany, by FP64 Rmax", path: "/systems?country=de&sort=rmax" };
    expect(citationText(view)).toContain("https://atlas.example/systems?country=de&sort=rmax (accessed");
    expect(citationBibtex(view).split("\n")[0]).toBe("@misc{aifatlas-systems-country-de-sort-rmax-20261121,");
    const csl = citationCsl(view);
    expect(csl).toMatchObject({
      type: "dataset",
      title: "Supercomputers in Germany, by FP64 Rmax",
      URL: "https://atlas.example/systems?country=de&sort=rmax",
      version: "2026.11.21",
      issued: { "date-parts": [[2026, 11, 21]] },
      accessed: { "date-parts": [[2026, 11, 22]] },
    });
  });
});

describe("figure citations", () => {
  const fig = {
    record: "JUPITER",
    label: "FP64 HPL Rmax",
    valueText: "1,000 PFLOPS",
    kind: "measured",
    asOf: "2025-11-17",
    source: { title: "TOP500 & co", publisher: "insideHPC", url: "https://insidehpc.example/x" },
    path: "/systems/jupiter#fig-rmax_pflops",
    siteUrl: "https://atlas.example/",
    version: "2026.11.22",
    datasetDate: "2026-11-22",
  };
  it("names the figure, value, kind, date, source, dataset version and anchored permalink", () => {
    const text = figureCitationText(fig);
    for (const part of [
      "JUPITER, FP64 HPL Rmax: 1,000 PFLOPS",
      "measured, as of 17 November 2025",
      "insideHPC",
      "2026.11.22",
      "https://atlas.example/systems/jupiter#fig-rmax_pflops",
    ])
      expect(text).toContain(part);
  });
  it("escapes BibTeX and gives CSL-JSON with the issued date parts", () => {
    expect(figureCitationBibtex(fig)).toContain("TOP500 \\& co");
    const csl = figureCitationCsl(fig);
    expect(csl).toMatchObject({
      type: "dataset",
      version: "2026.11.22",
      URL: "https://atlas.example/systems/jupiter#fig-rmax_pflops",
      issued: { "date-parts": [[2026, 11, 22]] },
    });
  });
});
