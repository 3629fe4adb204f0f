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

import {
  MAX_REPORTED_INVALID,
  MAX_SEARCH_LENGTH,
  parseCompareQuery,
  parseSystemsQuery,
  searchQuery,
  systemsSearch,
} from "./params";

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
    expect(q.ignored).toBe(0);
  });
  it("reads a bounded number of entries whatever the URL holds, and counts the rest", () => {
    const hostile = Array.from({ length: 7900 }, (_, i) => `x${i}!`).join(",");
    const q = parseCompareQuery({ systems: `jupiter,${hostile}` });
    expect(q.slugs).toEqual(["jupiter"]);
    expect(q.invalid).toHaveLength(MAX_REPORTED_INVALID);
    expect(q.ignored).toBe(7900 - MAX_REPORTED_INVALID);
    const many = parseCompareQuery({ systems: "a,b,c,d,e,f", add: ["g", "h"] });
    expect(many.slugs).toEqual(["a", "b", "c", "d"]);
    expect(many.ignored).toBe(4);
    expect(parseCompareQuery({ systems: `${"a".repeat(100_000)},lumi` }).invalid[0]).toHaveLength(60);
  });
});

describe("search query", () => {
  it("cuts long text to MAX_SEARCH_LENGTH instead of searching for nothing", () => {
    expect(searchQuery.parse({ q: `  ${"jupiter ".repeat(100)}` }).q).toHaveLength(MAX_SEARCH_LENGTH);
    expect(searchQuery.parse({ q: ["lumi", "vega"] }).q).toBe("lumi");
    expect(searchQuery.parse({}).q).toBeUndefined();
  });
});
