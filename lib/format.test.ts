import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber, formatValue, lowerFirst, ordinal } from "./format";

describe("formatting figures", () => {
  it("groups thousands and keeps decimals that matter", () => {
    expect(formatNumber(24000)).toBe("24,000");
    expect(formatNumber(379.7)).toBe("379.7");
    expect(formatNumber(539.125)).toBe("539.13");
  });

  it("says money at the largest fitting scale", () => {
    expect(formatMoney(10_000_000_000)).toBe("€10 billion");
    expect(formatMoney(12_500_000)).toBe("€12.5 million");
    expect(formatMoney(55_040_000)).toBe("€55.04 million");
    expect(formatMoney(400_000_000_000, "USD")).toBe("$400 billion");
    expect(formatMoney(1_000_000_000, "CZK")).toBe("1 billion CZK");
    expect(formatMoney(950_000)).toBe("€950,000");
  });

  it("attaches units without mixing them", () => {
    expect(formatValue(1000, "PFLOPS")).toBe("1,000 PFLOPS");
    expect(formatValue(2, "rank")).toBe("#2");
    expect(formatValue(100, "percent")).toBe("100%");
    expect(formatValue(19, "count")).toBe("19");
  });
});

describe("ordinal", () => {
  it("gives English ordinal suffixes, with 11th to 13th as exceptions", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 63, 64, 67, 101, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "63rd",
      "64th",
      "67th",
      "101st",
      "111th",
    ]);
  });
});

describe("lowerFirst", () => {
  it("lowers an ordinary first word and keeps acronyms and names", () => {
    expect(lowerFirst("Budget")).toBe("budget");
    expect(lowerFirst("Total budget")).toBe("total budget");
    expect(lowerFirst("EU contribution")).toBe("EU contribution");
    expect(lowerFirst("TOP500 rank")).toBe("TOP500 rank");
    expect(lowerFirst("InvestAI envelope")).toBe("InvestAI envelope");
    expect(lowerFirst("A")).toBe("a");
  });
});
