// Words for codes the data uses, in one place.
export const waveLabels: Record<string, string> = {
  "2024-12": "First wave, December 2024",
  "2025-03": "Second wave, March 2025",
  "2025-10": "Third wave, October 2025",
};

export const roleLabels: Record<string, string> = { deploys: "deploys", upgrades: "upgrades", uses: "uses" };

export const eventKindLabels: Record<string, string> = {
  selection: "Selection",
  "call-open": "Call opens",
  "call-close": "Call closes",
  deadline: "Deadline",
  contract: "Contract",
  inauguration: "Inauguration or launch",
  regulation: "Regulation",
  release: "Platform release",
  top500: "TOP500 list",
  "ai-act": "AI Act",
  announcement: "Announcement",
};

export const tierLabels: Record<string, string> = {
  exascale: "EuroHPC exascale system",
  "pre-exascale": "EuroHPC pre-exascale system",
  petascale: "EuroHPC petascale system",
  "ai-optimised": "New AI-optimised system",
  national: "National system",
};
