// CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields with
// commas, quotes or line breaks quoted and inner quotes doubled. UTF-8 with a
// byte-order mark so spreadsheet programs read accented names correctly.

export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Cells starting with these are formulas to a spreadsheet: keep them text.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: a header row, then one row per record, with the columns in the order given. */
export function toCsv<T>(columns: { header: string; value: (row: T) => CsvValue }[], rows: T[]): string {
  const lines = [columns.map((c) => field(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
