import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  const columns = [
    { header: "name", value: (r: { name: string; n: number | null }) => r.name },
    { header: "n", value: (r: { name: string; n: number | null }) => r.n },
  ];
  it("writes a BOM, a header and CRLF rows, leaving unknown cells empty", () => {
    expect(
      toCsv(columns, [
        { name: "LUMI", n: 10240 },
        { name: "Jean Zay", n: null },
      ]),
    ).toBe("\uFEFFname,n\r\nLUMI,10240\r\nJean Zay,\r\n");
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv(columns, [{ name: 'HPE, "Cray"\nEX', n: 1 }])).toContain('"HPE, ""Cray""\nEX",1');
  });
  it("keeps formula-like text from running in spreadsheets", () => {
    expect(toCsv(columns, [{ name: "=HYPERLINK(1)", n: -5 }])).toContain("'=HYPERLINK(1),-5");
  });
});
