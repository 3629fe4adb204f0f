import { describe, expect, it } from "vitest";
import { distanceKm, nearest } from "./geo";

describe("great-circle distance", () => {
  it("matches known distances within 1%", () => {
    // Paris–London is about 344 km; Helsinki–Kajaani about 470 km.
    expect(distanceKm([48.86, 2.35], [51.51, -0.13])).toBeGreaterThan(340);
    expect(distanceKm([48.86, 2.35], [51.51, -0.13])).toBeLessThan(348);
    expect(distanceKm([60.17, 24.94], [64.23, 27.73])).toBeCloseTo(470, -1);
  });
  it("is zero for the same point and symmetric", () => {
    expect(distanceKm([50, 6], [50, 6])).toBe(0);
    expect(distanceKm([50, 6], [40, -3])).toBeCloseTo(distanceKm([40, -3], [50, 6]), 9);
  });
});

describe("nearest", () => {
  const places = [
    { name: "Maribor", lat: 46.55, lon: 15.65 },
    { name: "Kajaani", lat: 64.23, lon: 27.73 },
    { name: "Vienna", lat: 48.21, lon: 16.37 },
    { name: "Bologna", lat: 44.49, lon: 11.34 },
  ];
  it("ranks by distance from Zagreb and limits the list", () => {
    const ranked = nearest([45.81, 15.98], places, 3);
    expect(ranked.map((p) => p.name)).toEqual(["Maribor", "Vienna", "Bologna"]);
    expect(ranked[0]!.distanceKm).toBeLessThan(ranked[1]!.distanceKm);
  });
  it("keeps input order for equal distances", () => {
    const twins = [
      { name: "a", lat: 10, lon: 10 },
      { name: "b", lat: 10, lon: 10 },
    ];
    expect(nearest([0, 0], twins, 2).map((p) => p.name)).toEqual(["a", "b"]);
  });
});
