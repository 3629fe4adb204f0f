// A system's standing on the newest TOP500 list the atlas records: pure, so pages,
// the API and tests share one rule.

/**
 * Where a system stands on the newest TOP500 list the atlas records: ranked,
 * absent (the atlas covers that list completely and the system is not in it),
 * or unknown (the atlas covers the list only in part). `previous` is its most
 * recent earlier entry, never to be shown as current.
 */
export type ListStanding = {
  status: "ranked" | "absent" | "unknown";
  list: { edition: string; number: number };
  previous: { rank: number; edition: string } | null;
} | null;

export type EntryRef = { rank: number; edition: string; provisional: boolean; sourceId: string };

/** A system's entry on the newest list and its standing there, from its entries (newest first). */
export function standingOn(
  entries: EntryRef[],
  newest: { edition: string; number: number; coverage: string } | null,
): { rank: EntryRef | null; standing: ListStanding } {
  if (!newest) return { rank: null, standing: null };
  const current = entries.find((e) => e.edition === newest.edition) ?? null;
  const previous = entries.find((e) => e.edition < newest.edition) ?? null;
  return {
    rank: current,
    standing: {
      status: current ? "ranked" : newest.coverage === "complete" ? "absent" : "unknown",
      list: { edition: newest.edition, number: newest.number },
      previous: current || !previous ? null : { rank: previous.rank, edition: previous.edition },
    },
  };
}

/** A system's entry on the newest list the atlas records, given its standing: none when it is not ranked there. */
export function entryOnNewestList<T extends { edition: string }>(entries: T[], standing: ListStanding): T | undefined {
  return standing?.status === "ranked" ? entries.find((e) => e.edition === standing.list.edition) : undefined;
}
