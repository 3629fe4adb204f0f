// Several entities often share a site (Kajaani, Jülich, Bologna, Barcelona,
// Ostrava). To keep each one visible and clickable, points at the same place are
// spread evenly on a small ring around it; a lone point stays where it is.

export type Placeable = { id: string; lat: number; lon: number };

/** The same points with `lat`/`lon` moved apart where several share a site; `siteLat`/`siteLon` keep the true place. */
export function spreadColocated<T extends Placeable>(
  points: T[],
  radiusKm = 18,
): (T & { siteLat: number; siteLon: number; siteSize: number })[] {
  const key = (p: Placeable) => `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
  const groups = new Map<string, T[]>();
  for (const p of points) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return points.map((p) => {
    const group = groups.get(key(p)) ?? [p];
    if (group.length === 1) return { ...p, siteLat: p.lat, siteLon: p.lon, siteSize: 1 };
    // Stable order within a site, whatever order the points came in.
    const ordered = [...group].sort((a, b) => a.id.localeCompare(b.id));
    const i = ordered.findIndex((g) => g.id === p.id);
    const angle = (2 * Math.PI * i) / ordered.length - Math.PI / 2;
    const dLat = (radiusKm / 111.32) * Math.cos(angle);
    const dLon = ((radiusKm / 111.32) * Math.sin(angle)) / Math.cos((p.lat * Math.PI) / 180);
    return { ...p, lat: p.lat + dLat, lon: p.lon + dLon, siteLat: p.lat, siteLon: p.lon, siteSize: ordered.length };
  });
}
