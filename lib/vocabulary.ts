// One vocabulary for every table the atlas publishes: the API's CSV and GeoJSON,
// the page downloads (/systems.csv, /compare.csv, /map.csv) and the data package.
//
// - A figure `<field>` carries its unit in its name (rmax_pflops, power_mw,
//   budget_total_eur; counts end in _count) and is followed by the same columns
//   everywhere: <field>_kind, <field>_as_of, <field>_as_of_date,
//   <field>_as_of_precision, <field>_source, <field>_source_title, <field>_source_url.
// - A date X is kept as the source gives it (2025, 2025-Q4, 2025-06, 2025-11-17)
//   and beside it X_date is its first day as YYYY-MM-DD and X_precision is
//   day, month, quarter or year, so a spreadsheet reads every row the same way.
import type { CsvValue } from "@/lib/csv";
import { dateSortKey, parsePartialDate } from "@/lib/dates";
import { figureFields } from "@/lib/figures";

/** Table Schema field types the atlas uses (https://specs.frictionlessdata.io/table-schema/). */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "date";

export type Column<T> = {
  header: string;
  description: string;
  type: ColumnType;
  /** Unit of a numeric column (PFLOPS, MW, EUR, count …). */
  unit?: string;
  /** The values a column may take, when it is a closed list. */
  enum?: readonly string[];
  value: (row: T) => CsvValue;
};

export const PRECISIONS = ["day", "month", "quarter", "year"] as const;
export const VALUE_KINDS_TEXT = "measured, announced, expected, estimated or vendor-claim";

/** A figure as every table sees it: the preferred claim, its kind, date and source. */
export type FigureCells = {
  value: number | string;
  kind: string;
  asOf: string;
  source: { id: string; title: string; url: string | null };
};

/** First day (YYYY-MM-DD) of a date at its precision; null when empty or not a date. */
export const firstDay = (text: string | null | undefined): string | null =>
  text && parsePartialDate(text) ? dateSortKey(text) : null;
/** Precision of a date: day, month, quarter or year; null when empty or not a date. */
export const precisionOf = (text: string | null | undefined): string | null =>
  (text && parsePartialDate(text)?.precision) || null;

/** A date column X with X_date (first day) and X_precision beside it. */
export function dateColumns<T>(header: string, description: string, get: (r: T) => string | null | undefined): Column<T>[] {
  return [
    {
      header,
      description: `${description}, at the source's precision (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)`,
      type: "string",
      value: (r) => get(r) ?? null,
    },
    {
      header: `${header}_date`,
      description: `First day of ${header} (YYYY-MM-DD)`,
      type: "date",
      value: (r) => firstDay(get(r)),
    },
    {
      header: `${header}_precision`,
      description: `Precision of ${header}`,
      type: "string",
      enum: PRECISIONS,
      value: (r) => precisionOf(get(r)),
    },
  ];
}

/**
 * The columns of one figure: value (with its unit), kind, as-of date at its precision
 * with first day and precision, and the source's id, title and address.
 * The unit comes from lib/figures.ts; a date-valued figure also gets <field>_date and <field>_precision.
 */
export function figureColumns<T>(
  field: string,
  description: string,
  get: (r: T) => FigureCells | null | undefined,
  knownUnit?: string,
): Column<T>[] {
  const unit = knownUnit || figureFields[field]?.unit;
  if (!unit) throw new Error(`No unit recorded for figure ${field} (lib/figures.ts)`);
  const isDate = unit === "date";
  const value: Column<T>[] = isDate
    ? dateColumns(field, description, (r) => {
        const v = get(r)?.value;
        return v === undefined ? null : String(v);
      })
    : [
        {
          header: field,
          description: `${description} (${unit})`,
          type: unit === "count" ? "integer" : "number",
          unit,
          value: (r) => get(r)?.value ?? null,
        },
      ];
  return [
    ...value,
    {
      header: `${field}_kind`,
      description: `What kind of value ${field} is: ${VALUE_KINDS_TEXT}`,
      type: "string",
      enum: ["measured", "announced", "expected", "estimated", "vendor-claim"],
      value: (r) => get(r)?.kind ?? null,
    },
    ...dateColumns<T>(`${field}_as_of`, `Date ${field} was true`, (r) => get(r)?.asOf),
    {
      header: `${field}_source`,
      description: `Source id of ${field} (see the sources table)`,
      type: "string",
      value: (r) => get(r)?.source.id ?? null,
    },
    {
      header: `${field}_source_title`,
      description: `Title of ${field}'s source`,
      type: "string",
      value: (r) => get(r)?.source.title ?? null,
    },
    {
      header: `${field}_source_url`,
      description: `Address of ${field}'s source (empty: none online)`,
      type: "string",
      value: (r) => get(r)?.source.url ?? null,
    },
  ];
}

/** One figure's cells keyed by column name, for formats with properties instead of columns (GeoJSON). */
export function figureProperties(field: string, cells: FigureCells, unit: string): Record<string, CsvValue> {
  return Object.fromEntries(figureColumns<FigureCells>(field, field, (c) => c, unit).map((c) => [c.header, c.value(cells)]));
}
