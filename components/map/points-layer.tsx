// The points and antenna links of the SVG map, from positions the server
// projected. No hooks and no server-only imports: the server draws it for the
// first view (and for readers without JavaScript), and the map page's island
// redraws it as filters and the selection change.
import { pointColors } from "@/lib/map/colors";

export type SvgPoint = {
  id: string;
  name: string;
  type: "factory" | "antenna" | "system";
  x: number;
  y: number;
  r: number;
  fill: string;
  fillOpacity: number;
  /** The outline when not selected (systems whose size is not known are drawn as rings). */
  stroke: string;
  strokeWidth: number;
  /** Ids of the factories an antenna links to. */
  links: string[];
};

const order = { antenna: 0, factory: 1, system: 2 } as const;

/** Links between shown antennas and factories, then the shown points (antennas under factories under systems). */
export function PointsLayer({
  points,
  showLinks,
  selectedId,
  onSelect,
}: {
  points: SvgPoint[];
  showLinks: boolean;
  selectedId?: string | undefined;
  onSelect?: (id: string) => void;
}) {
  const at = new Map(points.map((p) => [p.id, p]));
  const links = showLinks ? points.flatMap((p) => p.links.flatMap((f) => (at.has(f) ? [[p, at.get(f)!] as const] : []))) : [];
  return (
    <>
      <g stroke={pointColors.link} strokeWidth={1.2} strokeDasharray="4 3" fill="none" opacity={0.8}>
        {links.map(([a, b]) => (
          <line key={`${a.id}-${b.id}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
        ))}
      </g>
      {[...points]
        .sort((a, b) => order[a.type] - order[b.type])
        .map((p) => {
          const selected = p.id === selectedId;
          const stroke = selected ? pointColors.selected : p.stroke;
          const sw = selected ? 3 : p.strokeWidth;
          return (
            <g
              key={p.id}
              data-id={p.id}
              className={onSelect ? "static-point selectable" : "static-point"}
              onClick={onSelect ? () => onSelect(p.id) : undefined}
            >
              <title>{p.name}</title>
              {p.type === "antenna" ? (
                <rect
                  x={p.x - 5}
                  y={p.y - 5}
                  width={10}
                  height={10}
                  transform={`rotate(45 ${p.x} ${p.y})`}
                  fill={p.fill}
                  stroke={stroke}
                  strokeWidth={sw}
                />
              ) : (
                <circle cx={p.x} cy={p.y} r={p.r} fill={p.fill} fillOpacity={p.fillOpacity} stroke={stroke} strokeWidth={sw} />
              )}
            </g>
          );
        })}
    </>
  );
}
