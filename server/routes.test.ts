import { describe, expect, it } from "vitest";
import { brokenEncoding, classify, needsDatabase } from "./routes";

const known = {
  prerendered: new Set(["/", "/robots.txt", "/systems"]),
  publicFiles: new Set(["/vendor/maplibre-gl-csp-worker.js"]),
};

describe("route kinds", () => {
  it("tells health, build files, prerendered pages, the API, downloads and other pages apart", () => {
    expect(classify("/api/health", "", known)).toBe("health");
    expect(classify("/_next/static/chunks/a.js", "", known)).toBe("asset");
    expect(classify("/vendor/maplibre-gl-csp-worker.js", "", known)).toBe("asset");
    expect(classify("/", "", known)).toBe("prerendered");
    expect(classify("/systems", "?_rsc=1x2y", known)).toBe("prerendered");
    expect(classify("/systems", "?sort=rmax", known)).toBe("page"); // another view, rendered per request
    expect(classify("/api/v1/systems", "?limit=2", known)).toBe("api");
    expect(classify("/api", "", known)).toBe("page");
    expect(classify("/timeline.ics", "", known)).toBe("download");
    expect(classify("/changes.atom", "", known)).toBe("download");
    expect(classify("/systems/jupiter", "", known)).toBe("page");
  });
  it("finds broken percent-encodings in the path and the query", () => {
    expect(brokenEncoding("/api/v1/systems", "?q=%C3%A9&sort=name")).toBe(false);
    expect(brokenEncoding("/api/v1/syst%C3%A9ms", "")).toBe(false);
    expect(brokenEncoding("/api/v1/%E0%A4%A", "")).toBe(true);
    expect(brokenEncoding("/api/v1/systems", "?q=%FF")).toBe(true);
    expect(brokenEncoding("/api/v1/systems", "?q=100%")).toBe(true);
  });
  it("knows which routes need the database", () => {
    expect(needsDatabase("page", "/systems/jupiter")).toBe(true);
    expect(needsDatabase("download", "/systems.csv")).toBe(true);
    expect(needsDatabase("download", "/map/basemap.geojson")).toBe(false);
    expect(needsDatabase("api", "/api/v1/openapi.json")).toBe(false);
    expect(needsDatabase("prerendered", "/")).toBe(false);
  });
});
