// Words for codes the data uses, in one place.
export const waveLabels: Record<string, string> = {
  "2024-12": "First wave, December 2024",
  "2025-03": "Second wave, March 2025",
  "2025-10": "Third wave, October 2025",
};

export const roleLabels: Record<string, string> = { deploys: "deploys", upgrades: "upgrades", uses: "uses" };
