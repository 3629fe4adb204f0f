/** [west, south, east, north] of the atlas's frame on Europe. */
export const EUROPE_BOUNDS: [number, number, number, number] = [-32, 26, 50, 72];
