import { describe, expect, it } from "vitest";
import { diffData, uncovered } from "./diff";

const system = (over: Record<string, unknown> = {}) => ({
  slug: "lumi",
  name: "LUMI",
  status: "operational",
  checked: "2026-11-21",
  summary: "Old words.",
  figures: {
    accelerator_count: [
      { value: 10240, source: "a", as_of: "2025", kind: "announced", preferred: true, note: "n" },
      { value: 10240, source: "b", as_of: "2026", kind: "announced" },
    ],
    node_count: { value: 2560, source: "a", as_of: "2025", kind: "announced" },
  },
  ...over,
});

describe("diffData", () => {
  it("finds a changed preferred figure and a changed field, not a new check date or summary", () => {
    const after = system({
      status: "installing",
      checked: "2026-11-23",
      summary: "New words.",
      figures: {
        accelerator_count: [
          { value: 11912, source: "c", as_of: "2023", kind: "announced", preferred: true, note: "n" },
          { value: 10240, source: "a", as_of: "2025", kind: "announced" },
        ],
        node_count: { value: 2560, source: "a", as_of: "2025", kind: "announced" },
      },
    });
    const diffs = diffData({ systems: [system()] }, { systems: [after] });
    expect(diffs).toEqual([
      {
        collection: "systems",
        type: "system",
        key: "lumi",
        field: "figures.accelerator_count",
        from: "10240",
        to: "11912",
        source: "c",
      },
      {
        collection: "systems",
        type: "system",
        key: "lumi",
        field: "status",
        from: "operational",
        to: "installing",
        source: null,
      },
    ]);
  });

  it("reports added and removed records, and TOP500 rows by system and edition", () => {
    const diffs = diffData(
      { top500: [{ system: "lumi", edition: "2025-11", rank: 9, source: "a" }] },
      { top500: [{ system: "lumi", edition: "2026-06", rank: 11, source: "b" }] },
    );
    expect(diffs.map((d) => [d.key, d.field, d.from, d.to])).toEqual([
      ["lumi@2026-06", "record", null, "lumi@2026-06"],
      ["lumi@2025-11", "record", "lumi@2025-11", null],
    ]);
  });

  it("finds nothing when only bookkeeping changed", () => {
    expect(diffData({ systems: [system()] }, { systems: [system({ checked: "2026-12-01", summary: "x" })] })).toEqual([]);
  });
});

describe("uncovered", () => {
  it("keeps the diffs no entry names, by record and field", () => {
    const diffs = diffData({ systems: [system()] }, { systems: [system({ status: "planned", name: "LUMI-G" })] });
    const left = uncovered(diffs, [{ record: { type: "system", key: "lumi" }, field: "status" }]);
    expect(left.map((d) => d.field)).toEqual(["name"]);
    expect(uncovered(diffs, [{ record: { type: "system", key: "lumi" } }])).toEqual([]);
  });
});
