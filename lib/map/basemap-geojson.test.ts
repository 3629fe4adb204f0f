import { describe, expect, it } from "vitest";
import { clipRing, europeBasemapGeoJson } from "./basemap-geojson";

describe("clipRing", () => {
  it("keeps a ring inside the frame and cuts one that crosses it", () => {
    const inside = [
      [0, 50],
      [10, 50],
      [10, 60],
      [0, 60],
      [0, 50],
    ];
    expect(clipRing(inside, [-10, 40, 20, 70])).toEqual(inside);
    const crossing = [
      [0, 50],
      [30, 50],
      [30, 60],
      [0, 60],
      [0, 50],
    ];
    const clipped = clipRing(crossing, [-10, 40, 20, 70]);
    expect(Math.max(...clipped.map((p) => p[0]!))).toBe(20);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
  });
});

describe("the basemap", () => {
  const map = europeBasemapGeoJson();
  it("has the atlas's countries with ISO codes and no ring wider than half the world", () => {
    const codes = new Set(map.features.map((f) => f.properties.code));
    for (const c of ["DE", "FR", "FI", "IS", "CY", "MT", "GB", "TR", "MD", "MK", "RS", "CH", "NO"])
      expect(codes.has(c), c).toBe(true);
    for (const f of map.features) {
      for (const poly of f.geometry.coordinates) {
        const xs = poly[0]!.map((p) => p[0]!);
        expect(Math.max(...xs) - Math.min(...xs), f.properties.name).toBeLessThan(180);
      }
    }
  });
  it("stays small enough to send (under 250 KB gzipped)", async () => {
    const { gzipSync } = await import("node:zlib");
    expect(gzipSync(JSON.stringify(map)).length).toBeLessThan(250_000);
  });
});
