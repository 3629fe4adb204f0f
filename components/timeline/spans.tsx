import { dateEndKey, dateSortKey, formatPartialDate } from "@/lib/dates";
import type { Span } from "@/lib/data/timeline";

const WIDTH = 720;
const ROW = 26;
const LEFT = 8;

const yearFraction = (ymd: string) => {
  const y = Number(ymd.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const t = Date.UTC(y, Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)));
  return y + (t - start) / (Date.UTC(y + 1, 0, 1) - start);
};

/** Programmes that run over years, drawn as bars on a year axis with today marked; a table gives the same facts. */
export function Spans({ spans, today }: { spans: Span[]; today: string }) {
  if (!spans.length) return null;
  const from = Math.min(...spans.map((s) => Number(s.start.slice(0, 4))), Number(today.slice(0, 4)));
  const to = Math.max(...spans.map((s) => Number(dateEndKey(s.end).slice(0, 4)) + 1), Number(today.slice(0, 4)) + 1);
  const x = (year: number) => LEFT + ((year - from) / (to - from)) * (WIDTH - 2 * LEFT);
  const height = spans.length * ROW + 30;
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const todayX = x(yearFraction(today));
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="spans" role="img" aria-labelledby="spans-title" data-testid="spans">
        <title id="spans-title">Programmes running over years, with today marked</title>
        {years.map((y) => (
          <g key={y}>
            <line x1={x(y)} x2={x(y)} y1={0} y2={height - 18} stroke="#d5dae3" />
            <text x={x(y) + 3} y={height - 4} fontSize={11} fill="#4a5263">
              {y}
            </text>
          </g>
        ))}
        {spans.map((s, i) => {
          const x1 = x(yearFraction(dateSortKey(s.start)));
          const x2 = x(yearFraction(dateEndKey(s.end)) + 1 / 365);
          return (
            <g key={s.slug}>
              <rect x={x1} y={i * ROW + 4} width={Math.max(2, x2 - x1)} height={ROW - 8} rx={3} fill="#1d4ed8" />
              <text x={x1 + 4} y={i * ROW + ROW / 2 + 4} fontSize={11} fill="#ffffff">
                {s.name.length > 60 ? `${s.name.slice(0, 58)}…` : s.name}
              </text>
            </g>
          );
        })}
        <line x1={todayX} x2={todayX} y1={0} y2={height - 18} stroke="#b4232a" strokeWidth={2} />
        <text x={todayX + 3} y={10} fontSize={11} fill="#b4232a" fontWeight={700}>
          today
        </text>
      </svg>
      <div className="table-wrap">
        <table>
          <caption>Programmes running over years</caption>
          <thead>
            <tr>
              <th scope="col">Programme</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {spans.map((s) => (
              <tr key={s.slug}>
                <th scope="row">{s.name}</th>
                <td>{formatPartialDate(s.start)}</td>
                <td>{formatPartialDate(s.end)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
