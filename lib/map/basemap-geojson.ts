// The atlas's own basemap: Natural Earth 1:50m country outlines (world-atlas),
// kept to the countries that touch Europe's frame, with coordinates rounded to
// 0.01° (about 1 km), ISO codes and a label point. Rings follow RFC 7946's
// right-hand rule (exteriors counter-clockwise). Served by /map/basemap.geojson;
// no tile server is involved.
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import countries from "i18n-iso-countries";
import * as clipping from "polygon-clipping";
import type { Pair } from "polygon-clipping";
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

// polygon-clipping's ES build has only a default export, its types only named ones: take whichever is there.
const { intersection } = (clipping as unknown as { default?: typeof clipping }).default ?? clipping;

/**
 * A polygon cut to the clip rectangle, as zero or more polygons. polygon-clipping (the
 * Martinez-style sweep Turf uses) returns simple rings; hand-written Sutherland–Hodgman left
 * rings that ran back along the frame, which GDAL rejects as self-intersecting.
 */
export function clipPolygon(poly: Position[][], [w, s, e, n]: [number, number, number, number] = CLIP): Position[][][] {
  const rings = poly.map((ring) => roundRing(unwrap(ring))).filter((r) => r.length >= 4) as Pair[][];
  if (!rings.length) return [];
  const frame: Pair[][] = [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
  return intersection(rings, frame)
    .map((p) => p.map(roundRing).filter((r) => r.length >= 4))
    .filter((p) => p.length > 0);
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
          .flatMap((poly) => clipPolygon(poly))
          // Natural Earth's TopoJSON winds exteriors clockwise (d3's spherical convention); RFC 7946 asks the reverse.
          .map(rewindPolygon),
      },
    });
  }
  cache = { type: "FeatureCollection", features };
  return cache;
}
