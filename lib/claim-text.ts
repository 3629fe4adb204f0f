// A claim's value in words, at its own precision for dates: shared by pages and the map panel.
import { formatPartialDate } from "@/lib/dates";
import { formatValue, type FigureUnit } from "@/lib/format";

export function claimText(claim: { value: number | string; approximate?: boolean }, unit: FigureUnit): string {
  if (typeof claim.value === "string") return unit === "date" ? formatPartialDate(claim.value) : claim.value;
  return `${claim.approximate ? "about " : ""}${formatValue(claim.value, unit)}`;
}
