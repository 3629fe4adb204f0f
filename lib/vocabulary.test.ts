import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { SystemRow } from "@/lib/data/systems";
import { systemsCsv } from "@/lib/systems-csv";
import { dateColumns, figureColumns, figureProperties, firstDay, precisionOf } from "./vocabulary";

describe("dates at their precision", () => {
  it("gives the first day and the precision of every form the data uses", () => {
    expect(["2025", "2026-Q4", "2025-06", "2025-11-17"].map((d) => [firstDay(d), precisionOf(d)])).toEqual([
      ["2025-01-01", "year"],
      ["2026-10-01", "quarter"],
      ["2025-06-01", "month"],
      ["2025-11-17", "day"],
    ]);
    expect(firstDay(null)).toBeNull();
    expect(precisionOf("soon")).toBeNull();
  });
  it("puts X_date and X_precision beside a date column", () => {
    const cols = dateColumns<{ d: string }>("start", "Start", (r) => r.d);
    expect(cols.map((c) => [c.header, c.type, c.value({ d: "2026-Q4" })])).toEqual([
      ["start", "string", "2026-Q4"],
      ["start_date", "date", "2026-10-01"],
      ["start_precision", "string", "quarter"],
    ]);
  });
});

describe("figure columns", () => {
  const f = {
    value: 793.4,
    kind: "measured",
    asOf: "2025-06",
    source: { id: "top500-2025-06", title: "TOP500 June 2025", url: "https://top500.org/lists/top500/2025/06/" },
  };
  it("carry the unit, the kind, the as-of date and the source's id, title and address", () => {
    const cols = figureColumns<typeof f>("rmax_pflops", "Rmax", (x) => x);
    expect(cols[0]).toMatchObject({ header: "rmax_pflops", type: "number", unit: "PFLOPS" });
    expect(Object.fromEntries(cols.map((c) => [c.header, c.value(f)]))).toEqual({
      rmax_pflops: 793.4,
      rmax_pflops_kind: "measured",
      rmax_pflops_as_of: "2025-06",
      rmax_pflops_as_of_date: "2025-06-01",
      rmax_pflops_as_of_precision: "month",
      rmax_pflops_source: "top500-2025-06",
      rmax_pflops_source_title: "TOP500 June 2025",
      rmax_pflops_source_url: "https://top500.org/lists/top500/2025/06/",
    });
    expect(figureColumns<typeof f>("accelerator_count", "Accelerators", () => null)[0]?.type).toBe("integer");
  });
  it("refuse a figure whose unit nobody recorded", () => {
    expect(() => figureColumns("mystery_value", "?", () => null)).toThrow(/No unit recorded/);
  });
  it("GeoJSON properties use the same names as the CSV columns", () => {
    expect(Object.keys(figureProperties("power_mw", f, "MW"))).toEqual(
      figureColumns("power_mw", "Power", () => null).map((c) => c.header),
    );
  });
});

describe("/systems.csv", () => {
  const cell = (value: number, kind: "measured" | "expected", text: string | number = value) => ({
    value,
    text,
    sourceId: "src",
    sourceTitle: "A source, with a comma",
    sourceUrl: "https://example.org/a",
    publisher: "P",
    asOf: "2026-Q1",
    kind,
    approximate: false,
    disagreement: false,
  });
  const row: SystemRow = {
    slug: "alice",
    name: "Alice",
    countryCode: "FR",
    countryName: "France",
    site: "CEA",
    city: "Bruyères-le-Châtel",
    status: "planned",
    tier: null,
    eurohpc: false,
    acceleratorVendor: null,
    rank: null,
    standing: { kind: "never-listed" } as unknown as SystemRow["standing"],
    rmax: null,
    rmaxOther: cell(1000, "expected"),
    rpeak: null,
    accelerators: null,
    power: null,
    year: cell(2026, "expected", "2026-Q4"),
    acceleratorModel: null,
    family: "other",
    generation: null,
  };
  it("keeps an expected Rmax out of the measured column and dates every row the same way", () => {
    const parsed = Papa.parse<Record<string, string>>(systemsCsv([row]).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const r = parsed.data[0]!;
    expect(r.rmax_pflops).toBe("");
    expect([r.rmax_pflops_other, r.rmax_pflops_other_kind, r.rmax_pflops_other_source_title]).toEqual([
      "1000",
      "expected",
      "A source, with a comma",
    ]);
    expect([r.in_service, r.in_service_date, r.in_service_precision]).toEqual(["2026-Q4", "2026-10-01", "quarter"]);
    expect(r.country).toBe("FR");
  });
});
