// Matches what a reader typed ("be", "Belgium", "UK", "Czech Republic",
// "Turkey", "Deutschland", "Česko") to a country in the data. Names come from
// i18n-iso-countries: the English names with their common aliases, and each
// country's name in every language the package carries, so a country's own
// name for itself works too.
import countries from "i18n-iso-countries";
import { fold } from "@/lib/search";

type NameIndex = Map<string, Set<string>>;

let allNames: NameIndex | null = null;

/** Every folded name of every ISO country, in every language, with the codes it names. */
function namesIndex(): NameIndex {
  if (allNames) return allNames;
  const index: NameIndex = new Map();
  const add = (name: string, code: string) => {
    const key = fold(name)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (!key) return;
    const codes = index.get(key) ?? new Set<string>();
    codes.add(code);
    index.set(key, codes);
  };
  for (const lang of countries.langs()) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
      for (const name of names) add(name, code);
    }
  }
  allNames = index;
  return index;
}

const normalise = (input: string) =>
  fold(input)
    .slice(0, 60)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The country whose code or name (in any language, aliases included) matches
 * `input`, case and accents ignored; a unique prefix of 3+ letters of an English
 * name counts too. Null when nothing or more than one country matches.
 */
export function resolveCountry<T extends { code: string; name: string }>(input: string, list: T[]): T | null {
  const q = normalise(input);
  if (!q) return null;
  const byCode = new Map(list.map((c) => [c.code, c]));
  const exact = list.find((c) => c.code.toLowerCase() === q || normalise(c.name) === q);
  if (exact) return exact;
  const named = [...(namesIndex().get(q) ?? [])].filter((code) => byCode.has(code));
  if (named.length === 1) return byCode.get(named[0] ?? "") ?? null;
  if (named.length > 1 || q.length < 3) return null;
  const prefixed = list.filter((c) => normalise(c.name).startsWith(q));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}
