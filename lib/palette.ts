// The atlas's one palette. Every colour the map, the charts and the CSS use
// is named here once; app/globals.css declares the same names as custom
// properties (--ink, --blue, --land-factory…) and lib/palette.test.ts checks
// that the two agree. Plain data: the map island, server-drawn SVG charts and
// downloads read it alike. Data colours keep 3:1 contrast against paper and
// the land fills; text colours keep 4.5:1 against paper.

export const palette = {
  // text and surfaces
  ink: "#1a1f2b",
  muted: "#4a5263",
  paper: "#ffffff",
  panel: "#f3f5f9",
  line: "#d5dae3",
  accent: "#1d4ed8",
  warnBg: "#fff4d6",
  warnInk: "#6b4500",
  selectedBg: "#ffe4ea",
  // data series
  blue: "#1d4ed8",
  violet: "#7c3aed",
  orange: "#c2410c",
  teal: "#0f766e",
  amber: "#b45309",
  red: "#b4232a",
  rose: "#e11d48",
  slate: "#6b7588",
  // the map's ground
  sea: "#cfe0ee",
  border: "#8a94a6",
  landFactory: "#f5d37a",
  landAntenna: "#bfe3dc",
  landPartner: "#e6dcf5",
  landParticipant: "#e7ebf1",
  landOther: "#f7f7f5",
} as const;

export type PaletteName = keyof typeof palette;

/** The custom property a palette name has in CSS: landFactory → --land-factory. */
export function cssVariable(name: PaletteName): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Which colour each kind of figure gets in charts, so a quantity looks the same on every page. */
export const seriesColors = {
  rmax: palette.blue,
  rpeak: palette.teal,
  accelerators: palette.violet,
  power: palette.amber,
  rank: palette.blue,
  target: palette.red,
  money: palette.blue,
  eu: palette.blue,
  national: palette.teal,
  unsplit: palette.slate,
  flagships: palette.red,
  factories: palette.blue,
  antennas: palette.teal,
} as const;
