// The atlas's own basemap: Natural Earth 1:50m country outlines (world-atlas),
// kept to the countries that touch Europe's frame, with coordinates rounded to
// 0.01° (about 1 km), ISO codes and a label point. Served by /map/basemap.geojson;
// no tile server is involved.
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-50m.json";

import { EUROPE_BOUNDS } from "@/lib/map/bounds";

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
      geometry: { type: "MultiPolygon", coordinates: kept.map((poly) => poly.map(roundRing).filter((r) => r.length >= 4)) },
    });
  }
  cache = { type: "FeatureCollection", features };
  return cache;
}
