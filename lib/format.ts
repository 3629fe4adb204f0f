// Number formatting for figures: one place, so every page says "€10 billion"
// the same way. British English, as the atlas's copy is written.

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** 24000 → "24,000"; 379.7 → "379.7". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

const scales = [
  { size: 1e9, word: "billion" },
  { size: 1e6, word: "million" },
] as const;

/** An amount of money in words at the largest fitting scale: 10e9 → "€10 billion", 12.5e6 → "€12.5 million". */
export function formatMoney(value: number, currency: "EUR" | "USD" | "GBP" | "PLN" | "CZK" | "ISK" = "EUR"): string {
  const symbol: Record<string, string> = { EUR: "€", USD: "$", GBP: "£" };
  const prefix = symbol[currency] ?? "";
  const suffix = prefix ? "" : ` ${currency}`;
  for (const { size, word } of scales) {
    if (Math.abs(value) >= size) return `${prefix}${decimal.format(value / size)} ${word}${suffix}`;
  }
  return `${prefix}${integer.format(value)}${suffix}`;
}

export type FigureUnit =
  | "EUR"
  | "USD"
  | "GBP"
  | "PLN"
  | "CZK"
  | "ISK"
  | "count"
  | "PFLOPS"
  | "MW"
  | "percent"
  | "months"
  | "rank"
  | "node-hours"
  | "GPU-hours"
  | "date"
  | "billion-parameters"
  | "trillion-tokens"
  | "million-GPU-hours";

/** A figure's value with its unit, as a reader would say it. */
export function formatValue(value: number, unit: FigureUnit): string {
  switch (unit) {
    case "EUR":
    case "USD":
    case "GBP":
    case "PLN":
    case "CZK":
    case "ISK":
      return formatMoney(value, unit);
    case "PFLOPS":
      return `${formatNumber(value)} PFLOPS`;
    case "MW":
      return `${formatNumber(value)} MW`;
    case "percent":
      return `${formatNumber(value)}%`;
    case "months":
      return `${formatNumber(value)} months`;
    case "rank":
      return `#${formatNumber(value)}`;
    case "node-hours":
      return `${formatNumber(value)} node hours`;
    case "GPU-hours":
      return `${formatNumber(value)} GPU hours`;
    case "billion-parameters":
      return `${formatNumber(value)} billion parameters`;
    case "trillion-tokens":
      return `${formatNumber(value)} trillion tokens`;
    case "million-GPU-hours":
      return `${formatNumber(value)} million GPU hours`;
    default:
      return formatNumber(value);
  }
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 67th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * A label placed mid-sentence: "Budget" → "budget", but acronyms and names keep
 * their capitals ("EU contribution", "TOP500 rank", "AI Act").
 */
export function lowerFirst(label: string): string {
  const first = label.split(/\s/, 1)[0] ?? "";
  if (first.length > 1 && first.slice(1) !== first.slice(1).toLowerCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
