// The kinds of value a claim can be, with their reader-facing labels. Free of
// zod so client components can use it without pulling in the data schemas.

/**
 * - measured: the result of a measurement (an HPL run, hardware counted in place);
 * - announced: an official statement of a decided fact (a budget, a contract, a date);
 * - expected: planned or targeted, not yet true;
 * - estimated: approximate or derived by someone (an average, an essay's reckoning);
 * - vendor-claim: a vendor's or host's marketing figure (e.g. "AI exaflops").
 * Rankings and sorts use measured values only; the others are shown apart and marked.
 */
export const valueKinds = ["measured", "announced", "expected", "estimated", "vendor-claim"] as const;
export type ValueKind = (typeof valueKinds)[number];

/** Short labels for badges and CSV/API documentation. */
export const valueKindLabels: Record<ValueKind, string> = {
  measured: "Measured",
  announced: "Announced",
  expected: "Expected",
  estimated: "Estimated",
  "vendor-claim": "Vendor claim",
};

/** One sentence per kind, for the reader who asks what the badge means. */
export const valueKindDescriptions: Record<ValueKind, string> = {
  measured: "The result of a measurement, such as a TOP500 HPL run or hardware counted in place.",
  announced: "An official statement of a decided fact: a budget, a contract, a date, a count of hardware.",
  expected: "Planned or targeted; not yet true.",
  estimated: "Approximate or derived by someone, such as an average or an essay's reckoning.",
  "vendor-claim": "A vendor's or host's marketing figure, such as reduced-precision \"AI FLOPS\".",
};

/** Narrows a stored string to a kind; unknown text (never written by the seed) reads as announced. */
export function toValueKind(k: string): ValueKind {
  return (valueKinds as readonly string[]).includes(k) ? (k as ValueKind) : "announced";
}

/** How the shown value is known, in a sentence that opens "How we know this". */
export const valueKindSentences: Record<ValueKind, string> = {
  measured: "This value was measured (for example in a TOP500 HPL run).",
  announced: "This value was announced or published officially.",
  expected: "This value is expected or planned; it is not yet true.",
  estimated: "This value is an estimate.",
  "vendor-claim": "This value is a vendor's or host's claim.",
};
