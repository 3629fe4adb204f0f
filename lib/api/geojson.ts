// GeoJSON (RFC 7946) of the located collections: one Point per record, with the
// record's scalar properties (figures as <field> plus <field>_source, _as_of and _kind).
import type { ApiFigure } from "@/lib/schemas/api";

type Located = { lat: number; lon: number; figures?: Record<string, ApiFigure> } & Record<string, unknown>;

/** A FeatureCollection; coordinates are [longitude, latitude] as RFC 7946 requires. */
export function toGeoJson(records: Located[]) {
  return {
    type: "FeatureCollection" as const,
    features: records.map((r) => {
      const { lat, lon, figures, ...rest } = r;
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest)) properties[k] = v !== null && typeof v === "object" ? JSON.stringify(v) : v;
      for (const [field, f] of Object.entries(figures ?? {})) {
        properties[field] = f.value;
        properties[`${field}_source`] = f.source;
        properties[`${field}_as_of`] = f.as_of;
        properties[`${field}_kind`] = f.kind;
      }
      return { type: "Feature" as const, geometry: { type: "Point" as const, coordinates: [lon, lat] }, properties };
    }),
  };
}
