// The basemap as a standalone SVG file: Europe's country outlines on the sea,
// shaded by each country's role (the atlas map) or plain (the location maps on
// entity pages). Pages draw their points over it and reference the file instead
// of carrying about 40 KB of outlines each (twice, with the RSC payload); the
// browser fetches it once and reuses it on every page.
import { europeBasemap, MAP_HEIGHT, MAP_WIDTH } from "@/lib/basemap";
import { BORDER, roleFills, SEA } from "@/lib/map/colors";
import { palette } from "@/lib/palette";

/** The basemap SVG document; with `roles` countries are filled by role, else in one land colour. */
export function basemapSvg(roles?: Record<string, string>): string {
  const { paths } = europeBasemap();
  const fill = (code: string | null) => (roles ? roleFills[(code && roles[code]) || "other"] : palette.landParticipant);
  const body = paths.map((p) => `<path d="${p.d}" fill="${fill(p.code)}"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="${SEA}"/><g stroke="${BORDER}" stroke-width="0.6">${body}</g></svg>`;
}
