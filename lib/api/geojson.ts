// GeoJSON (RFC 7946) of the located collections: one Point per record, with the
// record's scalar properties; figures carry the same columns as the CSV (lib/vocabulary.ts).
import type { ApiFigure } from "@/lib/schemas/api";
import { figureProperties } from "@/lib/vocabulary";

type Located = { lat: number; lon: number; figures?: Record<string, ApiFigure> } & Record<string, unknown>;

/** A FeatureCollection; coordinates are [longitude, latitude] as RFC 7946 requires. */
export function toGeoJson(records: Located[]) {
  return {
    type: "FeatureCollection" as const,
    features: records.map((r) => {
      const { lat, lon, figures, ...rest } = r;
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest)) properties[k] = v !== null && typeof v === "object" ? JSON.stringify(v) : v;
      for (const [field, f] of Object.entries(figures ?? {}))
        Object.assign(
          properties,
          figureProperties(
            field,
            {
              value: f.value,
              kind: f.kind,
              asOf: f.as_of,
              source: { id: f.source, title: f.source_title, url: f.source_url },
            },
            f.unit || "unknown",
          ),
        );
      return { type: "Feature" as const, geometry: { type: "Point" as const, coordinates: [lon, lat] }, properties };
    }),
  };
}
