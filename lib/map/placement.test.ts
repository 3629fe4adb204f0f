import { describe, expect, it } from "vitest";
import { distanceKm } from "@/lib/geo";
import { spreadColocated } from "./placement";

const kajaani = [
  { id: "factory:lumi-aif", lat: 64.23, lon: 27.73 },
  { id: "system:lumi", lat: 64.23, lon: 27.73 },
  { id: "system:lumi-ai", lat: 64.23, lon: 27.73 },
];
const riga = { id: "antenna:aifa-lat", lat: 56.95, lon: 24.11 };

describe("spreading co-located points", () => {
  const placed = spreadColocated([...kajaani, riga]);

  it("leaves a lone point where it is", () => {
    const r = placed.find((p) => p.id === riga.id);
    expect([r?.lat, r?.lon, r?.siteSize]).toEqual([riga.lat, riga.lon, 1]);
  });

  it("gives every point at a shared site its own position on a ring of the given radius", () => {
    const site = placed.filter((p) => p.siteSize === 3);
    expect(site).toHaveLength(3);
    const positions = new Set(site.map((p) => `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`));
    expect(positions.size).toBe(3);
    for (const p of site) {
      expect(distanceKm([p.siteLat, p.siteLon], [p.lat, p.lon])).toBeCloseTo(18, 0);
      expect([p.siteLat, p.siteLon]).toEqual([64.23, 27.73]);
    }
    // evenly spaced: pairwise distances are equal on a ring of three
    const [a, b, c] = site;
    const d = (x: typeof a, y: typeof a) => distanceKm([x!.lat, x!.lon], [y!.lat, y!.lon]);
    expect(d(a, b)).toBeCloseTo(d(b, c), 0);
  });

  it("places the same point the same way whatever the input order", () => {
    const reversed = spreadColocated([...kajaani].reverse());
    for (const p of reversed) {
      const q = placed.find((x) => x.id === p.id);
      expect([p.lat, p.lon]).toEqual([q?.lat, q?.lon]);
    }
  });
});
