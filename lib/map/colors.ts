// The map's colours by role, taken from the one palette (lib/palette.ts) and
// shared by the WebGL map, the SVG map and the legend. Point colours keep 3:1
// contrast against the country fills.
import { palette } from "@/lib/palette";

export const waveColors: Record<string, string> = {
  "2024-12": palette.blue, // first wave
  "2025-03": palette.violet, // second wave
  "2025-10": palette.orange, // third wave
};

export const pointColors = {
  antenna: palette.teal,
  system: palette.ink,
  unknownSize: palette.paper,
  selected: palette.rose,
  link: palette.teal,
  outline: palette.paper,
  factory: palette.blue,
} as const;

export const roleFills: Record<string, string> = {
  factory: palette.landFactory,
  antenna: palette.landAntenna,
  partner: palette.landPartner,
  participant: palette.landParticipant,
  other: palette.landOther,
};

export const countryRoleLabels: Record<string, string> = {
  factory: "Hosts an AI Factory",
  antenna: "Hosts an Antenna",
  partner: "Consortium partner only",
  participant: "EuroHPC participating state",
  other: "Other",
};

export const SEA = palette.sea;
export const BORDER = palette.border;

/** Point radius in pixels for a system's accelerator count (area grows with the count); unknown gets a fixed ring. */
export function systemRadius(accelerators: number | null): number {
  if (accelerators === null) return 6;
  return Math.max(4, Math.min(18, 3 + Math.sqrt(accelerators) / 10));
}
