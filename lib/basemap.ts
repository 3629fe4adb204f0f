// Europe's country outlines as SVG paths, from Natural Earth (the world-atlas
// package), projected on the server. Computed once per process and reused.
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import isoCountries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 520;

type CountryFeature = Feature<Geometry, { name: string }>;

let cache: { projection: GeoProjection; paths: { id: string; code: string | null; name: string; d: string }[] } | null = null;

/** Natural Earth countries projected for a Europe frame, with paths clipped to the frame. */
export function europeBasemap() {
  if (cache) return cache;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const frame: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: {
          type: "MultiPoint",
          coordinates: [
            [-24, 35],
            [40, 35],
            [-12, 67],
            [34, 69],
            [10, 71],
          ],
        },
      },
    ],
  };
  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  const paths = (countries.features as CountryFeature[])
    .map((f) => ({
      id: String(f.id ?? f.properties.name),
      code: (f.id !== undefined && isoCountries.numericToAlpha2(String(f.id).padStart(3, "0"))) || null,
      name: f.properties.name,
      d: path(f) ?? "",
    }))
    .filter((p) => p.d.length > 0);
  cache = { projection, paths };
  return cache;
}

/** Projects [lat, lon] to SVG coordinates in the Europe frame; null when outside it. */
export function projectPoint(lat: number, lon: number): [number, number] | null {
  const p = europeBasemap().projection([lon, lat]);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > MAP_WIDTH || p[1] > MAP_HEIGHT) return null;
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}
