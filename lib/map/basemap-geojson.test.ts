import { check } from "@placemarkio/check-geojson";
import { geoArea } from "d3-geo";
import { describe, expect, it } from "vitest";
import { clipPolygon, europeBasemapGeoJson } from "./basemap-geojson";
import { rewindPolygon, selfIntersections, signedArea } from "./rings";

describe("clipPolygon", () => {
  it("keeps a ring inside the frame and cuts one that crosses it", () => {
    const inside = [
      [0, 50],
      [10, 50],
      [10, 60],
      [0, 60],
      [0, 50],
    ];
    expect(clipPolygon([inside], [-10, 40, 20, 70])).toHaveLength(1);
    expect(signedArea(clipPolygon([inside], [-10, 40, 20, 70])[0]![0]!)).toBe(100);
    const crossing = [
      [0, 50],
      [30, 50],
      [30, 60],
      [0, 60],
      [0, 50],
    ];
    const clipped = clipPolygon([crossing], [-10, 40, 20, 70])[0]![0]!;
    expect(Math.max(...clipped.map((p) => p[0]!))).toBe(20);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
  });
  it("cuts a U that leaves and re-enters the frame into two simple polygons", () => {
    const u = [
      [0, 0],
      [4, 0],
      [4, 4],
      [3, 4],
      [3, 1],
      [1, 1],
      [1, 4],
      [0, 4],
      [0, 0],
    ];
    // The frame's top edge (y = 2) crosses both arms.
    const parts = clipPolygon([u], [-1, -1, 5, 2]);
    expect(parts).toHaveLength(1);
    const cut = clipPolygon([u], [-1, 1.5, 5, 5]);
    expect(cut).toHaveLength(2);
    for (const p of cut) expect(selfIntersections(p[0]!)).toEqual({ crossings: [], repeated: [], touching: [] });
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

describe("the basemap follows RFC 7946", () => {
  const map = europeBasemapGeoJson();
  const rings = map.features.flatMap((f) =>
    f.geometry.coordinates.flatMap((poly) => poly.map((ring, i) => ({ name: f.properties.name, ring, exterior: i === 0 }))),
  );
  it("passes an independent GeoJSON validator", () => {
    expect(() => check(JSON.stringify(map))).not.toThrow();
  });
  it("winds exteriors counter-clockwise and holes clockwise (planar, as section 3.1.6 asks)", () => {
    expect(rings.filter((r) => !r.exterior).length).toBeGreaterThan(0);
    for (const r of rings) expect(signedArea(r.ring) > 0, `${r.name} ${r.exterior ? "exterior" : "hole"}`).toBe(r.exterior);
  });
  it("agrees with d3-geo's spherical area: a counter-clockwise exterior is, to d3, the rest of the sphere", () => {
    for (const r of rings.filter((x) => x.exterior))
      expect(geoArea({ type: "Polygon", coordinates: [r.ring] }), r.name).toBeGreaterThan(2 * Math.PI);
  });
  it("has no ring that crosses, touches or runs back along itself (what GDAL's ST_IsValid checks)", () => {
    for (const r of rings) expect(selfIntersections(r.ring), r.name).toEqual({ crossings: [], repeated: [], touching: [] });
  });
});

describe("ring helpers", () => {
  const square = [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ];
  it("rewinds a clockwise exterior and a counter-clockwise hole", () => {
    expect(signedArea(square)).toBe(-1);
    const hole = [
      [0.2, 0.2],
      [0.8, 0.2],
      [0.8, 0.8],
      [0.2, 0.2],
    ];
    const [ext, h] = rewindPolygon([square, hole]);
    expect(signedArea(ext!)).toBe(1);
    expect(signedArea(h!)).toBeLessThan(0);
  });
  it("finds a bow-tie's crossing and a repeated vertex", () => {
    const bowtie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(selfIntersections(bowtie).crossings).toEqual([[0, 2]]);
    const pinched = [
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 1],
      [0, 0],
    ];
    expect(selfIntersections(pinched).repeated).toEqual([5]);
    expect(selfIntersections(square)).toEqual({ crossings: [], repeated: [], touching: [] });
  });
  it("finds a ring that runs back along its own edge, as Sutherland–Hodgman clipping leaves", () => {
    // A U shape cut by the frame x = 2: the clipped ring goes up and back down the frame.
    const doubledBack = [
      [0, 0],
      [2, 0],
      [2, 3],
      [1, 3],
      [1, 1],
      [2, 1],
      [2, 4],
      [0, 4],
      [0, 0],
    ];
    const found = selfIntersections(doubledBack);
    expect(found.crossings).toEqual([]);
    expect(found.repeated).toEqual([]);
    // [2, 1] lies on the segment [2, 0]–[2, 3], and [2, 3] on [2, 1]–[2, 4].
    expect(found.touching).toEqual(
      expect.arrayContaining([
        [5, 1],
        [2, 5],
      ]),
    );
  });
});
