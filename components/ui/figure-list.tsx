import { FigureValue } from "@/components/ui/figure-value";
import type { FigureView } from "@/lib/data/claims";

/** A definition list of figures, each with its source, date and other claims; `empty` when there are none. */
export function FigureList({ figures, empty }: { figures: FigureView[]; empty: string }) {
  if (!figures.length) return <p className="not-known">{empty}</p>;
  return (
    <dl className="facts" data-testid="figures">
      {figures.map((f) => (
        <div key={f.field} style={{ display: "contents" }} data-field={f.field}>
          <dt>{f.label}</dt>
          <dd>
            <FigureValue figure={f} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
