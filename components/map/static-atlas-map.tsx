import type { ReactNode } from "react";
import { PointsLayer, type SvgPoint } from "@/components/map/points-layer";
import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from "@/lib/basemap";
import { pointColors, systemRadius, waveColors } from "@/lib/map/colors";
import type { MapEntity } from "@/lib/map/state";
import { palette } from "@/lib/palette";

type Placed = MapEntity & { siteLat: number; siteLon: number };

/** Entities as SVG points: projected on the server, with their colours and sizes. */
export function toSvgPoints(entities: Placed[]): SvgPoint[] {
  return entities.flatMap((e) => {
    const xy = projectPoint(e.lat, e.lon);
    if (!xy) return [];
    const unknownSize = e.type === "system" && e.size === null;
    return [
      {
        id: e.id,
        name: e.name,
        type: e.type,
        x: Math.round(xy[0] * 10) / 10,
        y: Math.round(xy[1] * 10) / 10,
        r: e.type === "factory" ? 6 : e.type === "system" ? systemRadius(e.size) * 0.8 : 5,
        fill:
          e.type === "antenna"
            ? pointColors.antenna
            : e.type === "factory"
              ? (waveColors[e.wave ?? ""] ?? pointColors.factory)
              : unknownSize
                ? pointColors.unknownSize
                : pointColors.system,
        fillOpacity: e.type === "system" && !unknownSize ? 0.75 : 1,
        stroke: unknownSize ? pointColors.system : pointColors.outline,
        strokeWidth: unknownSize ? 2 : 1.5,
        links: e.links,
      },
    ];
  });
}

/**
 * The atlas as a server-rendered SVG: the map page's first view (MapLibre
 * takes over only when the reader reaches for it), what shows without WebGL
 * or JavaScript, and what prints. Same points, colours and links as the
 * interactive map; the list beside it carries the same entities as text.
 * `points` replaces the server-drawn points layer (the map page passes its
 * live layer, which follows the filters).
 */
export function StaticAtlasMap({
  entities,
  showLinks,
  selectedId,
  title,
  points,
}: {
  entities: Placed[];
  showLinks: boolean;
  selectedId?: string | undefined;
  title: string;
  points?: ReactNode;
}) {
  return (
    <svg
      className="static-atlas"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-label={title}
      data-testid="static-map"
    >
      <title>{title}</title>
      {/* Countries shaded by role: one file for every page (lib/map/basemap-svg.ts). */}
      <image href="/map/countries.svg" width={MAP_WIDTH} height={MAP_HEIGHT} />
      {points ?? <PointsLayer points={toSvgPoints(entities)} showLinks={showLinks} selectedId={selectedId} />}
      <text x={MAP_WIDTH - 6} y={MAP_HEIGHT - 6} textAnchor="end" fontSize={10} fill={palette.muted}>
        Country outlines: Natural Earth
      </text>
    </svg>
  );
}
