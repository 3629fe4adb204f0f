// Search over the atlas: a MiniSearch index built once from every entity (names,
// acronyms and aliases, hosts, cities, countries, accelerator models, vendors,
// architectures, events, programmes and sources), with prefix matching, typo
// tolerance and a light English stemmer, so "H100", "exascale", "mn5",
// "antennas" and "leonrdo" all find what a reader means.
import MiniSearch, { type SearchResult } from "minisearch";

export const searchTypes = ["system", "factory", "antenna", "country", "programme", "event", "project", "source"] as const;
export type SearchType = (typeof searchTypes)[number];

export type SearchDoc = {
  type: SearchType;
  slug: string;
  name: string;
  href: string;
  /** Shown under the name: "Supercomputer · Kajaani, Finland". */
  context: string;
  /** Other names: acronyms, short forms ("MN5"). */
  aliases?: string[];
  /** Places and institutions: host, site, city, country. */
  keywords: string[];
  /** Technology: accelerator model and vendor, architecture, class of system. */
  tech?: string[];
};

/** Lower case without diacritics: "Jülich" → "julich". */
export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** A light English stemmer, enough for plurals: "factories" → "factory", "antennas" → "antenna". */
export function stem(term: string): string {
  if (term.length > 4 && term.endsWith("ies")) return `${term.slice(0, -3)}y`;
  if (term.length > 3 && term.endsWith("s") && !term.endsWith("ss") && !/\d/.test(term)) return term.slice(0, -1);
  return term;
}

/** Short forms a reader types for a name: the capitals and digits of "MareNostrum 5" give "MN5". */
export function derivedAliases(name: string): string[] {
  const capitals = name.replace(/[^A-Z0-9]/g, "");
  const out = new Set<string>();
  if (capitals.length >= 2 && capitals.length < name.replace(/\s/g, "").length) out.add(capitals);
  const compact = name.replace(/[\s-]+/g, "");
  if (compact !== name) out.add(compact);
  return [...out];
}

const typeLabels: Record<SearchType, string> = {
  system: "supercomputer system",
  factory: "AI Factory",
  antenna: "AI Factory Antenna",
  country: "country",
  programme: "programme funding",
  event: "event",
  project: "model project",
  source: "source",
};

type Indexed = SearchDoc & { id: string; typeLabel: string; aliasText: string; keywordText: string; techText: string };

// "pre-exascale" is one class of system, not "pre" and "exascale": kept whole so a
// search for "exascale" finds the exascale systems only.
const tokenize = (text: string) => text.replace(/pre-exascale/gi, "preexascale").split(/[\s\p{P}\p{S}]+/u);

const options = {
  tokenize,
  fields: ["name", "aliasText", "techText", "keywordText", "typeLabel"],
  storeFields: ["type", "slug", "name", "href", "context"],
  processTerm: (term: string) => {
    const t = fold(term);
    return /[\p{L}\p{N}]/u.test(t) ? stem(t) : null;
  },
  searchOptions: {
    boost: { name: 4, aliasText: 3, techText: 2, keywordText: 1, typeLabel: 1 },
    prefix: (term: string) => term.length >= 2,
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    combineWith: "AND" as const,
  },
};

/** The index over `docs`; build it once and reuse it for every query. */
export function buildSearchIndex(docs: SearchDoc[]): MiniSearch<Indexed> {
  const index = new MiniSearch<Indexed>(options);
  index.addAll(
    docs.map((d) => ({
      ...d,
      id: `${d.type}:${d.slug}`,
      typeLabel: typeLabels[d.type],
      aliasText: [...(d.aliases ?? []), ...derivedAliases(d.name)].join(" "),
      keywordText: d.keywords.filter(Boolean).join(" "),
      techText: (d.tech ?? []).filter(Boolean).join(" "),
    })),
  );
  return index;
}

export type SearchHit = Pick<SearchDoc, "type" | "slug" | "name" | "href" | "context">;

export type SearchOutcome = {
  hits: SearchHit[];
  /** Hits per type, in the order of searchTypes, only types with hits. */
  groups: { type: SearchType; hits: SearchHit[] }[];
  /** When nothing matches: a nearby query that does, else null. */
  didYouMean: string | null;
};

const toHit = (r: SearchResult): SearchHit => ({
  type: r.type as SearchType,
  slug: r.slug as string,
  name: r.name as string,
  href: r.href as string,
  context: r.context as string,
});

/** Searches the index: every word must match (by prefix, or within a typo for longer words); best first. */
export function search(index: MiniSearch<Indexed>, q: string, limit = 100): SearchOutcome {
  const query = q.trim().slice(0, 100);
  if (!/[\p{L}\p{N}]/u.test(query)) return { hits: [], groups: [], didYouMean: null };
  // An exact name (or alias) goes first, whatever the scores say: "lumi" means LUMI.
  const exact = fold(query).replace(/[^\p{L}\p{N}]+/gu, "");
  const compact = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, "");
  const hits = index
    .search(query)
    .map((r, i) => ({ r, i, first: compact(String(r.name)) === exact ? 0 : 1 }))
    .sort((a, b) => a.first - b.first || a.i - b.i)
    .slice(0, limit)
    .map((x) => toHit(x.r));
  const groups = searchTypes
    .map((type) => ({ type, hits: hits.filter((h) => h.type === type) }))
    .filter((g) => g.hits.length > 0);
  let didYouMean: string | null = null;
  if (!hits.length) {
    const suggestion = index.autoSuggest(query, { fuzzy: 0.34, prefix: true, combineWith: "AND" })[0]?.suggestion ?? null;
    didYouMean = suggestion && fold(suggestion) !== fold(query) ? suggestion : null;
  }
  return { hits, groups, didYouMean };
}

/** Plural labels for result groups. */
export const groupLabels: Record<SearchType, [string, string]> = {
  system: ["System", "Systems"],
  factory: ["AI Factory", "AI Factories"],
  antenna: ["Antenna", "Antennas"],
  country: ["Country", "Countries"],
  programme: ["Programme", "Programmes"],
  event: ["Event", "Events"],
  project: ["Model project", "Model projects"],
  source: ["Source", "Sources"],
};
