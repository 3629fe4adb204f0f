// How long shared caches (a CDN, the proxy) may keep what the atlas serves.
// Plain data without imports: next.config.ts reads it too.

/** Seconds a shared cache may keep a page or download before asking again; matches `revalidate` in app/layout.tsx. */
export const SHARED_MAX_AGE = 3600;
/** Seconds after SHARED_MAX_AGE a stale copy may still be served while a fresh one is fetched (a week in all: next.config.ts expireTime). */
export const STALE_WHILE_REVALIDATE = 7 * 86400 - SHARED_MAX_AGE;

/** Pages and downloads: browsers check again each time (cheap, with the ETag); shared caches keep them an hour. */
export const sharedCacheControl = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
/** Views with URL state, rendered per request: they depend on the address alone, so shared caches may keep each a few minutes. */
export const viewCacheControl = "public, max-age=0, s-maxage=300, stale-while-revalidate=3600";
