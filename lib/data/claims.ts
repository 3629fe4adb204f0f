// Shapes for figures and their claims, and the pure mapping from claim rows to
// them. Shared by every lib/data module; free of Prisma so it can be unit-tested.
import { figureFields } from "@/lib/figures";
import type { FigureUnit } from "@/lib/format";
import { toValueKind, type ValueKind } from "@/lib/value-kinds";

export type SourceKind = "primary" | "secondary" | "analysis";
export type { ValueKind };

export type ClaimView = {
  value: number | string;
  asOf: string;
  /** measured, announced, expected, estimated or vendor-claim. */
  kind: ValueKind;
  /** The source gives the value as approximate ("about", "more than"). */
  approximate: boolean;
  /** Nothing but the one (weak) source says so. */
  unverified: boolean;
  preferred: boolean;
  /** An earlier value, true at its date and since replaced: history, not disagreement. */
  superseded: boolean;
  note: string | null;
  source: { id: string; title: string; publisher: string; kind: SourceKind; url: string | null };
};

export type FigureView = {
  field: string;
  label: string;
  unit: FigureUnit;
  preferred: ClaimView;
  /** The other claims, newest first. */
  others: ClaimView[];
  /** True when another current claim gives a different value (agreeing sources and superseded values are not disagreements). */
  disagreement: boolean;
  /** The value rankings use: the preferred claim if measured, else the newest current measured claim; null when none is measured. */
  measured: ClaimView | null;
};

export type ClaimRow = {
  field: string;
  label: string | null;
  unit: string | null;
  valueNum: number | null;
  valueText: string | null;
  asOf: string;
  asOfSort: string;
  kind: string;
  approximate: boolean;
  unverified: boolean;
  preferred: boolean;
  superseded: boolean;
  note: string | null;
  source: { id: string; title: string; publisher: string; kind: string; url: string | null };
};

/**
 * Indexes claim rows by their record once, so that building many records'
 * figures costs one pass over the claims instead of one filter per record.
 */
export function claimsIndex<R extends { subjectType?: string; subjectSlug: string }>(
  rows: R[],
): (type: string, slug: string) => R[] {
  const index = new Map<string, R[]>();
  for (const row of rows) {
    const key = `${row.subjectType ?? ""}:${row.subjectSlug}`;
    const list = index.get(key);
    if (list) list.push(row);
    else index.set(key, [row]);
  }
  return (type, slug) => index.get(`${type}:${slug}`) ?? index.get(`:${slug}`) ?? [];
}

const toKind = (k: string): SourceKind => (k === "primary" || k === "secondary" ? k : "analysis");

/** Groups claim rows by field into figures, in the order the rows' fields first appear. */
export function figuresFromClaims(rows: ClaimRow[]): FigureView[] {
  const byField = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    const list = byField.get(row.field) ?? [];
    list.push(row);
    byField.set(row.field, list);
  }
  const figures: FigureView[] = [];
  for (const [field, list] of byField) {
    const views = list.map((r): ClaimView => ({
      value: r.valueNum ?? r.valueText ?? "",
      asOf: r.asOf,
      kind: toValueKind(r.kind),
      approximate: r.approximate,
      unverified: r.unverified,
      preferred: r.preferred,
      superseded: r.superseded,
      note: r.note,
      source: { ...r.source, kind: toKind(r.source.kind) },
    }));
    const sorted = [...views].sort((a, b) => b.asOf.localeCompare(a.asOf));
    const preferred = sorted.find((c) => c.preferred) ?? sorted[0];
    if (!preferred) continue;
    const others = sorted.filter((c) => c !== preferred);
    const fixed = figureFields[field];
    const first = list[0];
    figures.push({
      field,
      label: fixed?.label ?? first?.label ?? field,
      unit: fixed?.unit ?? ((first?.unit ?? "count") as FigureUnit),
      preferred,
      others,
      disagreement: others.some((c) => !c.superseded && c.value !== preferred.value),
      measured: preferred.kind === "measured" ? preferred : (others.find((c) => c.kind === "measured" && !c.superseded) ?? null),
    });
  }
  return figures;
}

/** The claim select shared by every query that reads figures. */
export const claimSelect = {
  field: true,
  label: true,
  unit: true,
  valueNum: true,
  valueText: true,
  asOf: true,
  asOfSort: true,
  kind: true,
  approximate: true,
  unverified: true,
  preferred: true,
  superseded: true,
  note: true,
  source: { select: { id: true, title: true, publisher: true, kind: true, url: true } },
} as const;
