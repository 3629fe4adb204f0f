// A line chart as plain SVG, drawn on the server from the layout in
// lib/charts/lines.ts: no script. Each point's value is written beside it and
// is its <title> (the browser's tooltip).
import { layoutLine, type LineChartSpec } from "@/lib/charts/lines";
import { FONT } from "@/lib/charts/text";
import { palette } from "@/lib/palette";

/** The SVG of a line chart at `width` pixels. */
export function LineChartSvg({
  spec,
  width,
  label,
  color,
}: {
  spec: LineChartSpec;
  width: number;
  label: string;
  color: string;
}) {
  const l = layoutLine(spec, width);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${l.width} ${l.height}`}
      width={l.width}
      height={l.height}
      role="img"
      aria-label={label}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
      className="chart-svg"
    >
      <g stroke={palette.line} strokeWidth={1}>
        {l.yTicks.map((t) => (
          <line key={t.label} x1={l.plot.left} x2={l.plot.right} y1={t.y} y2={t.y} />
        ))}
      </g>
      <g fontSize={FONT.tick} fill={palette.muted}>
        {l.yTicks.map((t) => (
          <text key={t.label} x={l.plot.left - 6} y={t.y + 4} textAnchor="end">
            {t.label}
          </text>
        ))}
        {l.xTicks.map((t) => (
          <text key={t.label} x={t.x} y={l.plot.bottom + 20} textAnchor="middle">
            {t.label}
          </text>
        ))}
      </g>
      <path d={l.path} fill="none" stroke={color} strokeWidth={2} />
      {l.points.map((p) => (
        <g key={`${p.cx}-${p.cy}`}>
          <title>{p.title}</title>
          <circle cx={p.cx} cy={p.cy} r={4.5} fill={color} stroke={palette.paper} strokeWidth={1.5} />
          <text x={p.label.x} y={p.label.y} textAnchor="middle" fontSize={FONT.value} fontWeight={600} fill={palette.ink}>
            {p.label.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
