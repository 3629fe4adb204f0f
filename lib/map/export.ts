// The entities a map view shows, as CSV and GeoJSON: same filter as the page.
import { toCsv } from "@/lib/csv";
import type { MapEntity } from "@/lib/map/state";

/** CSV of map entities: identity, place and the panel's figures with their sources. */
export function mapCsv(entities: MapEntity[], siteUrl: string): string {
  return toCsv<MapEntity>(
    [
      { header: "id", value: (e) => e.id },
      { header: "type", value: (e) => e.type },
      { header: "name", value: (e) => e.name },
      { header: "country", value: (e) => e.countryCode },
      { header: "city", value: (e) => e.city },
      { header: "lat", value: (e) => e.lat },
      { header: "lon", value: (e) => e.lon },
      { header: "wave", value: (e) => e.wave },
      { header: "status", value: (e) => e.status },
      { header: "accelerator_vendor", value: (e) => e.vendor },
      { header: "accelerator_count", value: (e) => e.size },
      { header: "linked_factories", value: (e) => e.links.map((l) => l.replace(/^factory:/, "")).join(" ") },
      { header: "facts", value: (e) => e.facts.map((f) => `${f.label}: ${f.value} [${f.sourceId}, ${f.asOf}]`).join("; ") },
      { header: "url", value: (e) => `${siteUrl}${e.href}` },
    ],
    entities,
  );
}

/** GeoJSON of map entities (true site coordinates, not the spread display positions). */
export function mapGeoJson(entities: MapEntity[], siteUrl: string) {
  return {
    type: "FeatureCollection" as const,
    features: entities.map((e) => ({
      type: "Feature" as const,
      id: e.id,
      geometry: { type: "Point" as const, coordinates: [e.lon, e.lat] },
      properties: {
        id: e.id,
        type: e.type,
        name: e.name,
        country: e.countryCode,
        city: e.city,
        wave: e.wave,
        status: e.status,
        accelerator_vendor: e.vendor,
        accelerator_count: e.size,
        linked_factories: e.links.map((l) => l.replace(/^factory:/, "")),
        facts: e.facts,
        url: `${siteUrl}${e.href}`,
      },
    })),
  };
}
