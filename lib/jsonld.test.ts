import type { Organization } from "schema-dts";
import { describe, expect, it } from "vitest";
import { jsonLdProblems } from "@/tests/support/jsonld-check";
import { datasetLd, entityPageLd, ldScript, websiteLd } from "./jsonld";

const facts = {
  siteUrl: "https://atlas.example.eu",
  version: "2026.11.1",
  lastUpdated: "2026-11-20",
  temporal: { from: "2018-09-28", to: "2027-12-31" },
  bounds: [-32, 26, 50, 72] as [number, number, number, number],
  countries: [
    { code: "DE", name: "Germany" },
    { code: "FI", name: "Finland" },
  ],
  downloads: [{ name: "systems (CSV)", encodingFormat: "text/csv", path: "/api/v1/systems.csv" }],
};

describe("JSON-LD", () => {
  it("an entity page is a WebPage about the entity, part of the site and based on the dataset", () => {
    const ld = entityPageLd({
      siteUrl: facts.siteUrl,
      path: "/factories/jaif",
      title: "JAIF",
      version: facts.version,
      lastUpdated: facts.lastUpdated,
      entity: { "@type": "Organization", name: "JAIF", address: { "@type": "PostalAddress", addressCountry: "DE" } },
    });
    expect(ld["@type"]).toBe("WebPage");
    expect(ld.mainEntity).toMatchObject({ "@type": "Organization", url: "https://atlas.example.eu/factories/jaif" });
    expect(ld.isBasedOn).toMatchObject({ "@type": "Dataset", version: "2026.11.1" });
    expect(jsonLdProblems(ld)).toEqual([]);
  });

  it("the checker catches what the old markup did: isPartOf on an Organization or a Country", () => {
    expect(jsonLdProblems({ "@type": "Organization", name: "x", isPartOf: { "@type": "Dataset", name: "y" } })).toEqual([
      "$: Organization does not allow isPartOf",
    ]);
    expect(jsonLdProblems({ "@type": "Country", isPartOf: {} })).toContain("$: Country does not allow isPartOf");
    // schema-dts rejects it at compile time too (npm run typecheck fails if this line stops being an error).
    // @ts-expect-error isPartOf is a CreativeWork property, not an Organization's
    const org: Organization = { "@type": "Organization", name: "x", isPartOf: "y" };
    expect(jsonLdProblems(org)).toEqual(["$: Organization does not allow isPartOf"]);
  });

  it("the Dataset has coverage, keywords, creator, licence and named downloads with absolute addresses", () => {
    const ld = datasetLd(facts);
    expect(ld).toMatchObject({
      temporalCoverage: "2018-09-28/2027-12-31",
      license: "https://creativecommons.org/licenses/by/4.0/",
      dateModified: "2026-11-20",
      creator: { "@type": "Organization" },
      spatialCoverage: { "@type": "Place", geo: { box: "26 -32 72 50" } },
    });
    expect((ld.keywords as string[]).length).toBeGreaterThan(5);
    expect(ld.distribution).toEqual([
      {
        "@type": "DataDownload",
        name: "systems (CSV)",
        encodingFormat: "text/csv",
        contentUrl: "https://atlas.example.eu/api/v1/systems.csv",
      },
    ]);
    expect(jsonLdProblems([websiteLd(facts.siteUrl), ld])).toEqual([]);
  });

  it("escapes < so the JSON cannot close its script element", () => {
    expect(ldScript({ name: "</script><b>" })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
  });
});
