// The atlas's own basemap: Natural Earth 1:50m country outlines (world-atlas),
// kept to the countries that touch Europe's frame, with coordinates rounded to
// 0.01° (about 1 km), ISO codes and a label point. Rings follow RFC 7946's
// right-hand rule (exteriors counter-clockwise). Served by /map/basemap.geojson;
// no tile server is involved.
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-50m.json";

import { EUROPE_BOUNDS } from "@/lib/map/bounds";
import { rewindPolygon } from "@/lib/map/rings";

export { EUROPE_BOUNDS };

export type BasemapProps = { code: string | null; name: string; labelLon: number; labelLat: number };

const round = (n: number) => Math.round(n * 100) / 100;

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

const polygons = (g: Polygon | MultiPolygon): Position[][][] => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

/** A ring that crosses the antimeridian (Russia's reaches -180) is unwrapped so it is drawable on a flat map. */
function unwrap(ring: Position[]): Position[] {
  const xs = ring.map(([x = 0]) => x);
  if (Math.max(...xs) - Math.min(...xs) <= 180) return ring;
  return ring.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y]);
}

/** The clip frame, wider than the view so panning shows no cut edges. */
const CLIP: [number, number, number, number] = [-45, 20, 75, 84];

/** Sutherland–Hodgman clipping of a ring to the clip rectangle (planar lon/lat). */
export function clipRing(ring: Position[], [w, s, e, n]: [number, number, number, number] = CLIP): Position[] {
  const edges: ((p: Position) => boolean)[] = [
    (p) => (p[0] ?? 0) >= w,
    (p) => (p[0] ?? 0) <= e,
    (p) => (p[1] ?? 0) >= s,
    (p) => (p[1] ?? 0) <= n,
  ];
  const cut = [
    (a: Position, b: Position) => at(a, b, 0, w),
    (a: Position, b: Position) => at(a, b, 0, e),
    (a: Position, b: Position) => at(a, b, 1, s),
    (a: Position, b: Position) => at(a, b, 1, n),
  ];
  function at(a: Position, b: Position, axis: 0 | 1, v: number): Position {
    const t = (v - (a[axis] ?? 0)) / ((b[axis] ?? 0) - (a[axis] ?? 0));
    return [(a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)), (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0))];
  }
  let out = ring;
  edges.forEach((inside, k) => {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length] ?? cur;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut[k]!(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut[k]!(prev, cur));
    });
  });
  if (out.length && (out[0]?.[0] !== out[out.length - 1]?.[0] || out[0]?.[1] !== out[out.length - 1]?.[1]))
    out.push(out[0] ?? [0, 0]);
  return out;
}

const intersects = (poly: Position[][]) => {
  const [w, s, e, n] = EUROPE_BOUNDS;
  return (poly[0] ?? []).some(([x = 0, y = 0]) => x >= w && x <= e && y >= s && y <= n);
};

let cache: FeatureCollection<MultiPolygon, BasemapProps> | null = null;

/** The basemap FeatureCollection, built once per process. */
export function europeBasemapGeoJson(): FeatureCollection<MultiPolygon, BasemapProps> {
  if (cache) return cache;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: Feature<MultiPolygon, BasemapProps>[] = [];
  for (const f of all.features) {
    if (!f.geometry) continue;
    const kept = polygons(f.geometry).filter(intersects);
    if (!kept.length) continue;
    // Label at the centroid of the largest polygon inside the frame (mainland, not overseas islands).
    const largest =
      [...kept].sort((a, b) => geoArea({ type: "Polygon", coordinates: b }) - geoArea({ type: "Polygon", coordinates: a }))[0] ??
      kept[0];
    const [labelLon = 0, labelLat = 0] = geoCentroid({ type: "Polygon", coordinates: largest ?? [] });
    const numeric = f.id === undefined ? undefined : String(f.id).padStart(3, "0");
    features.push({
      type: "Feature",
      id: numeric,
      properties: {
        code: (numeric && countries.numericToAlpha2(numeric)) || null,
        name: f.properties.name,
        labelLon: round(labelLon),
        labelLat: round(labelLat),
      },
      geometry: {
        type: "MultiPolygon",
        coordinates: kept
          .map((poly) => poly.map((ring) => roundRing(clipRing(unwrap(ring)))).filter((r) => r.length >= 4))
          .filter((poly) => poly.length > 0)
          // Natural Earth's TopoJSON winds exteriors clockwise (d3's spherical convention); RFC 7946 asks the reverse.
          .map(rewindPolygon),
      },
    });
  }
  cache = { type: "FeatureCollection", features };
  return cache;
}
