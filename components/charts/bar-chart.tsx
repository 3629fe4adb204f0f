// A horizontal bar chart as plain SVG, drawn on the server from the layout in
// lib/charts/bars.ts: no script. Each bar's exact value is its <title>
// (the browser's tooltip) and is written at its end.
import { layoutBars, type BarChartSpec } from "@/lib/charts/bars";
import { FONT } from "@/lib/charts/text";
import { palette } from "@/lib/palette";

/** The SVG of a horizontal bar chart at `width` pixels. */
export function BarChartSvg({ spec, width, label }: { spec: BarChartSpec; width: number; label: string }) {
  const l = layoutBars(spec, width);
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
      {l.legend.map((item) => (
        <g key={item.label}>
          <rect x={item.x} y={item.y - 10} width={12} height={12} fill={item.color} />
          <text x={item.x + 16} y={item.y} fontSize={FONT.tick} fill={palette.ink}>
            {item.label}
          </text>
        </g>
      ))}
      <g stroke={palette.line} strokeWidth={1}>
        {l.axis.ticks.map((t) => (
          <line key={t.label} x1={t.x} x2={t.x} y1={l.gridTop} y2={l.axis.y} />
        ))}
      </g>
      {l.rows.map((r) => (
        <g key={r.label.text} className="chart-row">
          <text x={r.label.x} y={r.label.y} fontSize={FONT.label} fill={palette.ink}>
            {r.label.text}
          </text>
          {r.bars.map((b) => (
            <g key={b.key}>
              <title>{b.title}</title>
              <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={b.color} />
              {b.inner && (
                <text x={b.inner.x} y={b.inner.y} fontSize={FONT.tick} textAnchor="middle" fill={palette.paper}>
                  {b.inner.text}
                </text>
              )}
            </g>
          ))}
          <text x={r.value.x} y={r.value.y} fontSize={FONT.value} fill={palette.ink} fontWeight={600}>
            {r.value.text}
          </text>
        </g>
      ))}
      <g fontSize={FONT.tick} fill={palette.muted}>
        <line x1={l.axis.x1} x2={l.axis.x2} y1={l.axis.y} y2={l.axis.y} stroke={palette.border} />
        {l.axis.ticks.map((t) => (
          <text key={t.label} x={t.x} y={l.axis.y + 16} textAnchor={t.anchor}>
            {t.label}
          </text>
        ))}
      </g>
      {l.reference && (
        <g>
          <line
            x1={l.reference.x}
            x2={l.reference.x}
            y1={l.reference.y1}
            y2={l.reference.y2}
            stroke={l.reference.color}
            strokeWidth={2}
            strokeDasharray="5 3"
          />
          <text
            x={l.reference.label.x}
            y={l.reference.label.y}
            textAnchor={l.reference.label.anchor}
            fontSize={FONT.tick}
            fontWeight={600}
            fill={l.reference.color}
          >
            {l.reference.label.text}
          </text>
        </g>
      )}
    </svg>
  );
}
