// The scale comparison the essays make ("JUPITER is about a quarter of an AI
// Gigafactory"), computed from the data rather than typed in.

/** Share of the AI Gigafactory processor target that `count` accelerators make: 24,000 / 100,000 → 0.24. */
export function shareOfTarget(count: number, target: number): number {
  if (!(target > 0)) throw new Error("the target must be a positive number");
  return count / target;
}

/** The share as the essays say it: "about 1/4 (24%)"; a share of one or more as a multiple. */
export function describeShare(count: number, target: number): string {
  const share = shareOfTarget(count, target);
  if (share <= 0) return "0%";
  if (share >= 1) return `${(Math.round(share * 10) / 10).toLocaleString("en-GB")}× the target`;
  const percent = share * 100;
  const pct = percent < 1 ? percent.toFixed(1) : Math.round(percent).toString();
  return `about 1/${Math.round(1 / share)} (${pct}%)`;
}
