// The map's colours, named once and shared by the WebGL map, the SVG fallback
// and the legend. Point colours keep 3:1 contrast against the country fills.

export const waveColors: Record<string, string> = {
  "2024-12": "#1d4ed8", // first wave
  "2025-03": "#7c3aed", // second wave
  "2025-10": "#c2410c", // third wave
};

export const pointColors = {
  antenna: "#0f766e",
  system: "#1a1f2b",
  unknownSize: "#ffffff",
  selected: "#e11d48",
  link: "#0f766e",
} as const;

export const roleFills: Record<string, string> = {
  factory: "#f5d37a",
  antenna: "#bfe3dc",
  partner: "#e6dcf5",
  participant: "#e7ebf1",
  other: "#f7f7f5",
};

export const countryRoleLabels: Record<string, string> = {
  factory: "Hosts an AI Factory",
  antenna: "Hosts an Antenna",
  partner: "Consortium partner only",
  participant: "EuroHPC participating state",
  other: "Other",
};

export const SEA = "#cfe0ee";
export const BORDER = "#8a94a6";

/** Point radius in pixels for a system's accelerator count (area grows with the count); unknown gets a fixed ring. */
export function systemRadius(accelerators: number | null): number {
  if (accelerators === null) return 6;
  return Math.max(4, Math.min(18, 3 + Math.sqrt(accelerators) / 10));
}
