// Search over the atlas's entities: accent- and case-insensitive matching of
// every word of the query against name, acronym, city, country and host.

export type SearchDoc = {
  type: "factory" | "antenna" | "system" | "country" | "project";
  slug: string;
  name: string;
  href: string;
  /** Shown under the name: "System · Kajaani, Finland". */
  context: string;
  /** Text searched besides the name. */
  keywords: string[];
};

export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** Documents matching every word of `q`, best first: name matches before keyword-only matches. */
export function searchDocs(docs: SearchDoc[], q: string, limit = 50): SearchDoc[] {
  const words = fold(q)
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return [];
  const scored = docs.flatMap((d, index) => {
    const name = fold(d.name);
    const all = `${name} ${d.keywords.map(fold).join(" ")}`;
    if (!words.every((w) => all.includes(w))) return [];
    const score =
      (name === words.join(" ") ? 3 : 0) +
      (words.every((w) => name.includes(w)) ? 2 : 0) +
      (name.startsWith(words[0] ?? "") ? 1 : 0);
    return [{ d, index, score }];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.d);
}
