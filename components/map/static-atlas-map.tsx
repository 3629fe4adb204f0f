import { europeBasemap, MAP_HEIGHT, MAP_WIDTH, projectPoint } from "@/lib/basemap";
import { BORDER, pointColors, roleFills, SEA, systemRadius, waveColors } from "@/lib/map/colors";
import type { MapEntity } from "@/lib/map/state";

type Placed = MapEntity & { siteLat: number; siteLon: number };

/**
 * The atlas as a server-rendered SVG: what shows without WebGL or JavaScript,
 * and what prints. Same points, colours and links as the interactive map; the
 * list beside it carries the same entities as text.
 */
export function StaticAtlasMap({
  entities,
  roles,
  showLinks,
  selectedId,
  title,
}: {
  entities: Placed[];
  roles: Record<string, string>;
  showLinks: boolean;
  selectedId?: string;
  title: string;
}) {
  const { paths } = europeBasemap();
  const at = new Map(entities.map((e) => [e.id, projectPoint(e.lat, e.lon)]));
  const links = showLinks
    ? entities
        .flatMap((e) => e.links.map((f) => [at.get(e.id), at.get(f)] as const))
        .filter((l): l is readonly [[number, number], [number, number]] => !!l[0] && !!l[1])
    : [];
  const order = { antenna: 0, factory: 1, system: 2 } as const;
  return (
    <svg
      className="static-atlas"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-label={title}
      data-testid="static-map"
    >
      <title>{title}</title>
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill={SEA} />
      <g stroke={BORDER} strokeWidth={0.6}>
        {paths.map((p) => (
          <path key={p.id} d={p.d} fill={roleFills[(p.code && roles[p.code]) || "other"]} />
        ))}
      </g>
      <g stroke={pointColors.link} strokeWidth={1.2} strokeDasharray="4 3" fill="none" opacity={0.8}>
        {links.map(([a, b], i) => (
          <line key={i} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />
        ))}
      </g>
      {[...entities]
        .sort((a, b) => order[a.type] - order[b.type])
        .map((e) => {
          const p = at.get(e.id);
          if (!p) return null;
          const selected = e.id === selectedId;
          const stroke = selected ? pointColors.selected : "#ffffff";
          const sw = selected ? 3 : 1.5;
          return (
            <g key={e.id} data-id={e.id} className="static-point">
              <title>{e.name}</title>
              {e.type === "antenna" ? (
                <rect
                  x={p[0] - 5}
                  y={p[1] - 5}
                  width={10}
                  height={10}
                  transform={`rotate(45 ${p[0]} ${p[1]})`}
                  fill={pointColors.antenna}
                  stroke={stroke}
                  strokeWidth={sw}
                />
              ) : e.type === "factory" ? (
                <circle cx={p[0]} cy={p[1]} r={6} fill={waveColors[e.wave ?? ""] ?? "#1d4ed8"} stroke={stroke} strokeWidth={sw} />
              ) : (
                <circle
                  cx={p[0]}
                  cy={p[1]}
                  r={systemRadius(e.size) * 0.8}
                  fill={e.size === null ? pointColors.unknownSize : pointColors.system}
                  fillOpacity={e.size === null ? 1 : 0.75}
                  stroke={e.size === null ? pointColors.system : stroke}
                  strokeWidth={e.size === null ? 2 : sw}
                />
              )}
            </g>
          );
        })}
      <text x={MAP_WIDTH - 6} y={MAP_HEIGHT - 6} textAnchor="end" fontSize={10} fill="#4a5263">
        Country outlines: Natural Earth
      </text>
    </svg>
  );
}
