// URL migrations: small rewrites applied to a link's query before a view's
// parsers read it, so links made by older versions of the atlas, and by plain
// HTML forms, keep opening the view they meant. Each view lists its own, with
// the reason, next to its parsers. No imports: browser code uses this too.

export type Migration = { why: string; apply: (params: URLSearchParams) => void };

/** A copy of the query with every migration applied in order. */
export function applyMigrations(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  migrations: readonly Migration[],
): URLSearchParams {
  const p = new URLSearchParams();
  if (params instanceof URLSearchParams) params.forEach((v, k) => p.append(k, v));
  else
    for (const [k, v] of Object.entries(params))
      for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) p.append(k, x);
  for (const m of migrations) m.apply(p);
  return p;
}
