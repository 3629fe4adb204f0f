import { describe, expect, it } from "vitest";
import { resolveCountry } from "./country-match";

const countries = [
  { code: "BE", name: "Belgium" },
  { code: "BG", name: "Bulgaria" },
  { code: "TR", name: "Türkiye" },
  { code: "CZ", name: "Czechia" },
  { code: "GB", name: "United Kingdom" },
  { code: "DE", name: "Germany" },
  { code: "IE", name: "Ireland" },
  { code: "PL", name: "Poland" },
  { code: "PT", name: "Portugal" },
];

describe("resolveCountry", () => {
  it("matches codes and names in any case, ignoring accents", () => {
    expect(resolveCountry("be", countries)?.code).toBe("BE");
    expect(resolveCountry("BELGIUM", countries)?.code).toBe("BE");
    expect(resolveCountry("turkiye", countries)?.code).toBe("TR");
  });

  it("takes common short forms and other English names", () => {
    expect(resolveCountry("UK", countries)?.code).toBe("GB");
    expect(resolveCountry("Czech Republic", countries)?.code).toBe("CZ");
    expect(resolveCountry("Turkey", countries)?.code).toBe("TR");
    expect(resolveCountry("  czech   republic ", countries)?.code).toBe("CZ");
  });

  it("takes a country's own name for itself", () => {
    expect(resolveCountry("Deutschland", countries)?.code).toBe("DE");
    expect(resolveCountry("Česko", countries)?.code).toBe("CZ");
    expect(resolveCountry("Polska", countries)?.code).toBe("PL");
    expect(resolveCountry("België", countries)?.code).toBe("BE");
    expect(resolveCountry("Éire", countries)?.code).toBe("IE");
  });

  it("only answers with countries in the data", () => {
    expect(resolveCountry("France", countries)).toBeNull();
    expect(resolveCountry("USA", countries)).toBeNull();
  });

  it("accepts a unique prefix of three letters or more, and nothing shorter", () => {
    expect(resolveCountry("Cze", countries)?.code).toBe("CZ");
    expect(resolveCountry("Portu", countries)?.code).toBe("PT");
    expect(resolveCountry("B", countries)).toBeNull();
    expect(resolveCountry("xx", countries)).toBeNull();
    expect(resolveCountry("", countries)).toBeNull();
  });
});
