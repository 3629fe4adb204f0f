// Concentration of the network by country: pure arithmetic over the records,
// shared by the scale page and its tests.

export type CountryHoldings = {
  code: string;
  name: string;
  euMember: boolean;
  flagshipSystems: string[];
  factories: number;
  antennas: number;
  /** Sum of the preferred total budgets of its factories that have one. */
  knownBudgetEur: number;
  /** Its factories whose total budget is not known. */
  factoriesWithoutBudget: number;
};

export type Concentration = {
  rows: CountryHoldings[];
  onlyAntennas: CountryHoldings[];
  nothing: CountryHoldings[];
  /** Share of the flagship systems hosted by the top `n` countries. */
  topShare: (n: number) => number;
};

/** Sorts countries by what they host (flagships, then factories, then antennas) and classifies those with little or nothing. */
export function concentrate(rows: CountryHoldings[]): Concentration {
  const sorted = [...rows].sort(
    (a, b) =>
      b.flagshipSystems.length - a.flagshipSystems.length ||
      b.factories - a.factories ||
      b.antennas - a.antennas ||
      a.name.localeCompare(b.name),
  );
  const totalFlagships = rows.reduce((n, r) => n + r.flagshipSystems.length, 0);
  return {
    rows: sorted,
    onlyAntennas: sorted.filter((r) => r.antennas > 0 && r.factories === 0 && r.flagshipSystems.length === 0),
    nothing: sorted.filter((r) => r.antennas === 0 && r.factories === 0 && r.flagshipSystems.length === 0),
    topShare: (n) => (totalFlagships ? sorted.slice(0, n).reduce((s, r) => s + r.flagshipSystems.length, 0) / totalFlagships : 0),
  };
}
