// Downloads (.csv, .ics, .geojson) are cheap to compute but asked for often:
// they carry the same shared-cache lifetime as the pages, an ETag and 304s.
import { cacheable } from "@/lib/api/http";

/** Seconds a shared cache may keep a page or download before asking again; matches `revalidate` in app/layout.tsx. */
export const SHARED_MAX_AGE = 3600;
/** How long a stale copy may still be served while a fresh one is fetched (next.config.ts expireTime minus SHARED_MAX_AGE). */
export const STALE_WHILE_REVALIDATE = 7 * 86400 - SHARED_MAX_AGE;

/** Pages and downloads: browsers check again each time (cheap, with the ETag); shared caches keep them an hour. */
export const sharedCacheControl = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
/** Views with URL state, rendered per request: shared caches may keep each address a few minutes. */
export const viewCacheControl = "public, max-age=0, s-maxage=300, stale-while-revalidate=3600";

/** A download response with shared-cache headers and an ETag (304 when the client already has it). */
export function downloadResponse(request: Request, body: string, contentType: string, disposition: string): Response {
  return cacheable(request, body, contentType, { "Cache-Control": sharedCacheControl, "Content-Disposition": disposition });
}
