import { palette } from "@/lib/palette";
import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from "@/lib/basemap";

export type MapPoint = { lat: number; lon: number; label: string; emphasis?: boolean };

/**
 * A small static map of Europe (Natural Earth, drawn on the server: no script,
 * no tiles) with labelled points. The points are also listed in text beside it
 * by the pages that use it, so the map is never the only way to the facts.
 */
export function LocationMap({ points, title }: { points: MapPoint[]; title: string }) {
  const placed = points.flatMap((p) => {
    const xy = projectPoint(p.lat, p.lon);
    return xy ? [{ ...p, x: xy[0], y: xy[1] }] : [];
  });
  return (
    <figure className="location-map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={title}>
        <title>{title}</title>
        {/* The outlines: one file for every page (lib/map/basemap-svg.ts). */}
        <image href="/map/basemap.svg" width={MAP_WIDTH} height={MAP_HEIGHT} />
        {placed.map((p) => (
          <g key={`${p.label}-${p.x}-${p.y}`}>
            <circle
              cx={p.x}
              cy={p.y}
              r={p.emphasis ? 7 : 4.5}
              fill={p.emphasis ? palette.red : palette.blue}
              stroke={palette.paper}
              strokeWidth={1.5}
            />
            {p.emphasis && (
              <text
                x={p.x + 10}
                y={p.y + 4}
                fontSize={15}
                fontWeight={700}
                fill={palette.ink}
                stroke={palette.paper}
                strokeWidth={3}
                paintOrder="stroke"
              >
                {p.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="provenance">
        Approximate location (city centre, not the exact site). Country outlines: Natural Earth.
      </figcaption>
    </figure>
  );
}
