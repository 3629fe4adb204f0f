// Keeping URLs canonical: a filter form submits every field, empty ones too
// (?kind=ai-act&country=&order=asc). Pages redirect such a request to the short
// form their schema gives, so the same view always has the same address.

export type RawParams = Record<string, string | string[] | undefined>;

/** The query string as received, e.g. "?kind=ai-act&country=", or "" for none. */
export function rawSearch(params: RawParams): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) p.append(key, v);
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The canonical address to redirect to, or null when the request is already canonical. */
export function canonicalTarget(path: string, params: RawParams, canonicalSearch: string): string | null {
  const raw = new URLSearchParams(rawSearch(params));
  const canonical = new URLSearchParams(canonicalSearch);
  raw.sort();
  canonical.sort();
  return raw.toString() === canonical.toString() ? null : `${path}${canonicalSearch}`;
}
