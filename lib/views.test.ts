import { describe, expect, it } from "vitest";
import { mapParsers } from "@/lib/map/state";
import { sourcesQuery, systemsQuery, timelineQuery } from "@/lib/schemas/params";
import { isParameterisedRequest, pageCacheHeaders, parameterisedViews, viewRewrites } from "@/lib/views";

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

describe("the proxy's matcher", () => {
  it("covers every key that sends a view to its per-request variant, and the map's old names", async () => {
    const { config } = await import("@/proxy");
    const has = config.matcher.flatMap((m) => (typeof m === "string" ? [] : [`${m.source}?${m.has[0]!.key}`]));
    for (const [path, keys] of Object.entries(parameterisedViews))
      for (const key of keys) expect(has).toContain(`${path}?${key}`);
    for (const old of ["selected", "type"]) expect(has).toContain(`/map?${old}`);
  });

  it("gives pages a public shared-cache lifetime, and views with URL state a shorter one", () => {
    const rules = pageCacheHeaders();
    expect(rules[0]!.headers[0]!.value).toMatch(/^public, max-age=0, s-maxage=3600, stale-while-revalidate=\d+$/);
    expect(rules.filter((r) => r.has)).toHaveLength(Object.values(parameterisedViews).flat().length);
    const pages = new RegExp(`^${rules[0]!.source.replace("/:path(", "/(")}$`);
    for (const p of ["/", "/api", "/systems", "/systems/jupiter", "/map", "/v/systems"]) expect(p, p).toMatch(pages);
    for (const p of ["/api/v1/factories", "/api/health", "/search", "/systems.csv", "/timeline.ics", "/_next/static/x.js"]) {
      expect(p, p).not.toMatch(pages);
    }
  });
});
