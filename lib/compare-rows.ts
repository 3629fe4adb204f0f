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

export const numberOf = (s: SystemDetail, field: string): number | null => {
  const v = figureOf(s, field)?.preferred.value;
  return typeof v === "number" ? v : null;
};
