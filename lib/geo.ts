// Great-circle distances, for "the nearest AI Factories and Antennas".

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance in kilometres between two [lat, lon] points. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = rad(b[0] - a[0]);
  const dLon = rad(b[1] - a[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `limit` nearest items to `from`, nearest first, each with its distance; ties keep input order. */
export function nearest<T extends { lat: number; lon: number }>(
  from: readonly [number, number],
  items: readonly T[],
  limit: number,
): (T & { distanceKm: number })[] {
  return items
    .map((item, index) => ({ item, index, d: distanceKm(from, [item.lat, item.lon]) }))
    .sort((x, y) => x.d - y.d || x.index - y.index)
    .slice(0, limit)
    .map(({ item, d }) => ({ ...item, distanceKm: d }));
}
