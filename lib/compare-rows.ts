// The spec-sheet rows of /compare and its CSV: one quantity per row, never two kinds in one.
import type { FigureView } from "@/lib/data/claims";
import type { SystemDetail } from "@/lib/data/systems";

export const specFields = [
  { field: "rmax_pflops", label: "FP64 HPL Rmax (PFLOPS)" },
  { field: "rpeak_pflops", label: "FP64 peak, Rpeak (PFLOPS)" },
  { field: "ai_pflops", label: "AI performance, reduced precision (PFLOPS; not FP64)" },
  { field: "accelerator_count", label: "Accelerators" },
  { field: "node_count", label: "Nodes" },
  { field: "power_mw", label: "Power (MW)" },
  { field: "in_service", label: "In service" },
] as const;

export const figureOf = (s: SystemDetail, field: string): FigureView | undefined => s.figures.find((f) => f.field === field);

/** Fields whose comparisons rank systems: only measured values count there, never expected ones. */
const rankedFields = new Set(["rmax_pflops"]);

/** A system's number for `field` as charts compare it: the measured value for ranked fields, else the preferred one. */
export const numberOf = (s: SystemDetail, field: string): number | null => {
  const f = figureOf(s, field);
  const v = rankedFields.has(field) ? f?.measured?.value : f?.preferred.value;
  return typeof v === "number" ? v : null;
};
