import { describe, expect, it } from "vitest";
import { parseSourcesQuery } from "./params";

describe("sources page query", () => {
  it("keeps a known kind", () => {
    expect(parseSourcesQuery({ kind: "primary" })).toEqual({ kind: "primary" });
  });
  it("falls back to all kinds on unknown, repeated or hostile values", () => {
    expect(parseSourcesQuery({ kind: "tertiary" }).kind).toBeUndefined();
    expect(parseSourcesQuery({ kind: ["analysis", "primary"] }).kind).toBe("analysis");
    expect(parseSourcesQuery({ kind: "<script>" }).kind).toBeUndefined();
    expect(parseSourcesQuery({}).kind).toBeUndefined();
  });
});

import { parseCompareQuery, parseSystemsQuery, systemsSearch } from "./params";

describe("systems table query", () => {
  it("defaults to rank order and keeps defaults out of the URL", () => {
    const q = parseSystemsQuery({});
    expect(q.sort).toBe("rank");
    expect(systemsSearch(q)).toBe("");
  });
  it("round-trips a full state through the URL", () => {
    const q = parseSystemsQuery({
      sort: "rmax",
      dir: "asc",
      country: "de",
      status: "operational",
      family: "CUDA",
      rank_min: "1",
      rank_max: "10",
    });
    const back = parseSystemsQuery(Object.fromEntries(new URLSearchParams(systemsSearch(q))));
    expect(back).toEqual(q);
    expect(q.country).toBe("DE");
  });
  it("drops bad values instead of failing", () => {
    const q = parseSystemsQuery({
      sort: "drop table",
      dir: "up",
      country: "Germany",
      status: "x",
      rank_min: "-3",
      rank_max: "9999",
    });
    expect(q).toEqual({
      sort: "rank",
      dir: undefined,
      country: undefined,
      status: undefined,
      family: undefined,
      rank_min: undefined,
      rank_max: undefined,
    });
  });
  it("omits the direction when it is the column's default", () => {
    expect(systemsSearch(parseSystemsQuery({ sort: "rmax", dir: "desc" }))).toBe("?sort=rmax");
    expect(systemsSearch(parseSystemsQuery({ sort: "name", dir: "desc" }))).toBe("?sort=name&dir=desc");
  });
});

describe("compare query", () => {
  it("keeps order, removes duplicates and caps at four", () => {
    expect(parseCompareQuery({ systems: "jupiter,lumi,jupiter,leonardo,alps,vega" }).slugs).toEqual([
      "jupiter",
      "lumi",
      "leonardo",
      "alps",
    ]);
  });
  it("adds the picker's choice and reports malformed slugs", () => {
    const q = parseCompareQuery({ systems: "jupiter,<b>", add: "lumi" });
    expect(q.slugs).toEqual(["jupiter", "lumi"]);
    expect(q.invalid).toEqual(["<b>"]);
  });
});
