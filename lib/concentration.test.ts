import { describe, expect, it } from "vitest";
import { concentrate, type CountryHoldings } from "./concentration";

const c = (code: string, flagships: number, factories: number, antennas: number): CountryHoldings => ({
  code,
  name: code,
  euMember: true,
  flagshipSystems: Array.from({ length: flagships }, (_, i) => `${code}${i}`),
  factories,
  antennas,
  knownBudgetEur: 0,
  factoriesWithoutBudget: factories,
});

describe("concentrate", () => {
  const result = concentrate([
    c("BE", 0, 0, 1),
    c("DE", 1, 2, 0),
    c("HR", 0, 0, 0),
    c("FI", 1, 1, 0),
    c("CY", 0, 0, 1),
    c("AT", 0, 1, 0),
  ]);
  it("orders countries by flagships, then factories, then antennas", () => {
    expect(result.rows.map((r) => r.code)).toEqual(["DE", "FI", "AT", "BE", "CY", "HR"]);
  });
  it("names the countries with only antennas and with nothing", () => {
    expect(result.onlyAntennas.map((r) => r.code)).toEqual(["BE", "CY"]);
    expect(result.nothing.map((r) => r.code)).toEqual(["HR"]);
  });
  it("computes the share of flagships in the top countries", () => {
    expect(result.topShare(1)).toBe(0.5);
    expect(result.topShare(2)).toBe(1);
    expect(concentrate([c("HR", 0, 0, 0)]).topShare(1)).toBe(0);
  });
});
