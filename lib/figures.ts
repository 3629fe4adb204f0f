// What each figure field means: its label and unit. Fixed fields are named in
// the data schemas; "other:<key>" figures carry their own label and unit.
import type { FigureUnit } from "@/lib/format";

export const figureFields: Record<string, { label: string; unit: FigureUnit }> = {
  selected_on: { label: "Selected", unit: "date" },
  budget_total_eur: { label: "Total budget", unit: "EUR" },
  budget_eu_eur: { label: "EU contribution", unit: "EUR" },
  budget_national_eur: { label: "National contribution", unit: "EUR" },
  rmax_pflops: { label: "FP64 HPL Rmax", unit: "PFLOPS" },
  rpeak_pflops: { label: "FP64 peak (Rpeak)", unit: "PFLOPS" },
  ai_pflops: { label: "AI performance (reduced precision, not FP64)", unit: "PFLOPS" },
  accelerator_count: { label: "Accelerators", unit: "count" },
  accelerators_per_node: { label: "Accelerators per node", unit: "count" },
  node_count: { label: "Nodes", unit: "count" },
  power_mw: { label: "Power", unit: "MW" },
  cost_eur: { label: "Cost", unit: "EUR" },
  in_service: { label: "In service", unit: "date" },
  amount_total_eur: { label: "Total amount", unit: "EUR" },
  amount_eu_eur: { label: "EU contribution", unit: "EUR" },
  amount_national_eur: { label: "National contribution", unit: "EUR" },
  parameters_billion: { label: "Parameters", unit: "billion-parameters" },
  gpu_count: { label: "GPUs used", unit: "count" },
  tokens_trillion: { label: "Training tokens", unit: "trillion-tokens" },
  gpu_hours_million: { label: "GPU hours", unit: "million-GPU-hours" },
};

/** A reader's label for a field path such as "figures.rmax_pflops" or "status"; unknown paths read as words. */
export function figureLabel(path: string): string {
  const field = path
    .replace(/^figures\./, "")
    .replace(/^other_figures\./, "")
    .replace(/\.\d+$/, "");
  const fixed = figureFields[field];
  if (fixed) return fixed.label;
  const words = field.replace(/[_.-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
