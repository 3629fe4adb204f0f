import { describe, expect, it } from "vitest";
import { mapParsers } from "@/lib/map/state";
import { sourcesQuery, systemsQuery, timelineQuery } from "@/lib/schemas/params";
import { isParameterisedRequest, parameterisedViews, viewRewrites } from "@/lib/views";

describe("parameterised views", () => {
  it("list exactly the keys each view's parser reads", () => {
    expect([...parameterisedViews["/systems"]].sort()).toEqual(Object.keys(systemsQuery.shape).sort());
    expect([...parameterisedViews["/timeline"]].sort()).toEqual(Object.keys(timelineQuery.shape).sort());
    expect([...parameterisedViews["/sources"]].sort()).toEqual(Object.keys(sourcesQuery.shape).sort());
    expect([...parameterisedViews["/map"]].sort()).toEqual(Object.keys(mapParsers).sort());
  });

  it("send a request with a view's key to the per-request variant, and any other to the static page", () => {
    expect(isParameterisedRequest("/systems", new URLSearchParams("sort=rmax"))).toBe(true);
    expect(isParameterisedRequest("/systems", new URLSearchParams("utm_source=news"))).toBe(false);
    expect(isParameterisedRequest("/systems", new URLSearchParams())).toBe(false);
    expect(isParameterisedRequest("/funding", new URLSearchParams("kind=x"))).toBe(false);
    expect(isParameterisedRequest("/v/map", new URLSearchParams())).toBe(true);
  });

  it("make one rewrite per key", () => {
    const rewrites = viewRewrites();
    expect(rewrites).toContainEqual({ source: "/map", has: [{ type: "query", key: "sel" }], destination: "/v/map" });
    expect(rewrites).toHaveLength(Object.values(parameterisedViews).flat().length);
  });
});
