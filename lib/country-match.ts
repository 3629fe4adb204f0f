// Matches what a reader typed ("be", "Belgium", "turkiye") to a country in the data.
import { fold } from "@/lib/search";

/** The country whose code or name matches `input` (case and accents ignored; a unique prefix of 3+ letters counts); else null. */
export function resolveCountry<T extends { code: string; name: string }>(input: string, countries: T[]): T | null {
  const q = fold(input).slice(0, 60);
  if (!q) return null;
  const exact = countries.find((c) => c.code.toLowerCase() === q || fold(c.name) === q);
  if (exact) return exact;
  if (q.length < 3) return null;
  const prefixed = countries.filter((c) => fold(c.name).startsWith(q));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}
