import { valueKindDescriptions, valueKindLabels, type ValueKind } from "@/lib/value-kinds";

/**
 * What kind of value a figure is, as a small labelled badge: measured values
 * rank; expected, estimated and vendor figures are marked so they are never
 * read as measurements. The title gives the one-sentence meaning.
 */
export function KindBadge({ kind }: { kind: ValueKind }) {
  return (
    <span className={`kind-badge kind-${kind}`} title={valueKindDescriptions[kind]} data-kind={kind}>
      {valueKindLabels[kind]}
    </span>
  );
}
