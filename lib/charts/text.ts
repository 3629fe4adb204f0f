// Text measures for charts drawn on the server, where nothing can be measured:
// an estimate from the character count, generous enough for system-ui fonts.

export const FONT = { label: 13, value: 12, tick: 11 } as const;

/** Estimated width in pixels of `text` at `size` px (0.6 em a character, a little wider than most). */
export function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.6);
}

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const short = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A number for a chart label: 23536 → "23,536", 793.4 → "793.4". */
export function chartNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : short.format(value);
}

/** Euros in a short form for labels and axes: 2.1e9 → "€2.1 bn", 5e8 → "€500 m", 4e5 → "€0.4 m". */
export function chartEuros(value: number): string {
  if (Math.abs(value) >= 1e9) return `€${short.format(value / 1e9)} bn`;
  return `€${short.format(value / 1e6)} m`;
}
