import { describe, expect, it } from "vitest";
import { claimsIndex, figuresFromClaims, type ClaimRow } from "./claims";

const src = (id: string, kind = "primary") => ({ id, title: id, publisher: "p", kind, url: null });
const row = (over: Partial<ClaimRow>): ClaimRow => ({
  field: "rmax_pflops",
  label: null,
  unit: null,
  valueNum: 1,
  valueText: null,
  asOf: "2025",
  asOfSort: "2025-01-01",
  kind: "measured",
  approximate: false,
  unverified: false,
  preferred: false,
  superseded: false,
  note: null,
  source: src("a"),
  ...over,
});

describe("figuresFromClaims", () => {
  it("does not count a superseded earlier value as a disagreement", () => {
    const [fig] = figuresFromClaims([
      row({ valueNum: 1000, asOf: "2025-11-17", preferred: true }),
      row({ valueNum: 793.4, asOf: "2025-06-10", superseded: true }),
    ]);
    expect(fig?.disagreement).toBe(false);
    expect(fig?.others[0]?.superseded).toBe(true);
  });

  it("puts the preferred claim first and flags a disagreement", () => {
    const [fig] = figuresFromClaims([
      row({ valueNum: 793.4, asOf: "2025-06-10", source: src("june") }),
      row({ valueNum: 1000, asOf: "2025-11-17", preferred: true, source: src("nov") }),
    ]);
    expect(fig?.preferred.value).toBe(1000);
    expect(fig?.preferred.source.id).toBe("nov");
    expect(fig?.others.map((c) => c.value)).toEqual([793.4]);
    expect(fig?.disagreement).toBe(true);
    expect(fig?.label).toBe("FP64 HPL Rmax");
    expect(fig?.unit).toBe("PFLOPS");
  });

  it("does not call agreeing sources a disagreement", () => {
    const [fig] = figuresFromClaims([
      row({ valueNum: 10240, preferred: true, field: "accelerator_count" }),
      row({ valueNum: 10240, field: "accelerator_count", source: src("essay", "analysis") }),
    ]);
    expect(fig?.disagreement).toBe(false);
    expect(fig?.others[0]?.source.kind).toBe("analysis");
  });

  it("keeps other figures' own label and unit, and text values for dates", () => {
    const figs = figuresFromClaims([
      row({ field: "other:participating-states", label: "Participating states", unit: "count", valueNum: 37, preferred: true }),
      row({ field: "in_service", valueNum: null, valueText: "2025-09-05", preferred: true }),
    ]);
    expect(figs.map((f) => [f.label, f.unit, f.preferred.value])).toEqual([
      ["Participating states", "count", 37],
      ["In service", "date", "2025-09-05"],
    ]);
  });

  it("ranks by the measured claim, never by an expected one", () => {
    const [planned] = figuresFromClaims([row({ valueNum: 89, kind: "expected" })]);
    expect(planned?.preferred.kind).toBe("expected");
    expect(planned?.measured).toBeNull();
    const [mixed] = figuresFromClaims([
      row({ valueNum: 386, kind: "announced", preferred: true, asOf: "2025" }),
      row({ valueNum: 379.7, kind: "measured", asOf: "2024-05-13" }),
    ]);
    expect(mixed?.preferred.value).toBe(386);
    expect(mixed?.measured?.value).toBe(379.7);
  });
});

describe("claimsIndex", () => {
  it("finds each record's claims by type and slug", () => {
    const rows = [
      { subjectType: "system", subjectSlug: "lumi", n: 1 },
      { subjectType: "factory", subjectSlug: "lumi", n: 2 },
      { subjectType: "system", subjectSlug: "lumi", n: 3 },
    ];
    const of = claimsIndex(rows);
    expect(of("system", "lumi").map((r) => r.n)).toEqual([1, 3]);
    expect(of("factory", "lumi").map((r) => r.n)).toEqual([2]);
    expect(of("antenna", "lumi")).toEqual([]);
  });
});
