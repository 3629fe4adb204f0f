import { describe, expect, it } from "vitest";
import { resolveCountry } from "./country-match";

const countries = [
  { code: "BE", name: "Belgium" },
  { code: "BG", name: "Bulgaria" },
  { code: "TR", name: "Türkiye" },
  { code: "CZ", name: "Czechia" },
];

describe("resolveCountry", () => {
  it("matches codes and names in any case, ignoring accents", () => {
    expect(resolveCountry("be", countries)?.code).toBe("BE");
    expect(resolveCountry("BELGIUM", countries)?.code).toBe("BE");
    expect(resolveCountry("turkiye", countries)?.code).toBe("TR");
  });
  it("accepts a unique prefix of three letters or more", () => {
    expect(resolveCountry("Cze", countries)?.code).toBe("CZ");
    expect(resolveCountry("B", countries)).toBeNull();
    expect(resolveCountry("xx", countries)).toBeNull();
    expect(resolveCountry("", countries)).toBeNull();
  });
});
