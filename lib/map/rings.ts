// Ring checks and fixes for GeoJSON polygons as RFC 7946 (section 3.1.6) asks:
// exterior rings counter-clockwise, holes clockwise (the right-hand rule), in
// planar longitude/latitude; and rings that do not cross themselves.
import type { Position } from "geojson";

/** Signed area of a closed ring by the shoelace formula: positive when counter-clockwise. */
export function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

/** The polygon with its exterior ring counter-clockwise and its holes clockwise. */
export function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
}

const cross = (a: Position, b: Position, c: Position) =>
  ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) - ((b[1] ?? 0) - (a[1] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0));

/** Whether segments p1p2 and p3p4 cross at a point inside both (touching at ends is not crossing). */
function segmentsCross(p1: Position, p2: Position, p3: Position, p4: Position): boolean {
  const d1 = cross(p3, p4, p1);
  const d2 = cross(p3, p4, p2);
  const d3 = cross(p1, p2, p3);
  const d4 = cross(p1, p2, p4);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether point p lies on segment ab, strictly between its ends. */
function onSegment(p: Position, a: Position, b: Position): boolean {
  if (cross(a, b, p) !== 0) return false;
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const within = (v: number, u: number, w: number) => Math.min(u, w) <= v && v <= Math.max(u, w);
  const end = (px === ax && py === ay) || (px === bx && py === by);
  return !end && within(px, ax, bx) && within(py, ay, by);
}

/**
 * Where a closed ring crosses or touches itself: pairs of segment indexes that cross, indexes of
 * repeated vertices, and vertices that lie on another of the ring's segments (a ring that runs
 * back along itself, as naive clipping leaves along the frame). Empty when the ring is simple,
 * which is what GEOS's and GDAL's validity check asks of a polygon ring.
 */
export function selfIntersections(ring: Position[]): {
  crossings: [number, number][];
  repeated: number[];
  touching: [number, number][];
} {
  const crossings: [number, number][] = [];
  const touching: [number, number][] = [];
  const n = ring.length - 1; // segments; the last position closes the ring
  for (let j = 0; j < n; j++)
    for (let k = j + 2; k < n; k++) {
      if (j === 0 && k === n - 1) continue; // neighbours across the closing point
      if (segmentsCross(ring[j]!, ring[j + 1]!, ring[k]!, ring[k + 1]!)) crossings.push([j, k]);
    }
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) if (onSegment(ring[i]!, ring[k]!, ring[k + 1]!)) touching.push([i, k]);
  const seen = new Set<string>();
  const repeated: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `${ring[i]?.[0]},${ring[i]?.[1]}`;
    if (seen.has(key)) repeated.push(i);
    seen.add(key);
  }
  return { crossings, repeated, touching };
}
