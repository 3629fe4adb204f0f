// Downloads (.csv, .ics, .geojson) are cheap to compute but asked for often:
// they carry the same shared-cache lifetime as the pages, an ETag and 304s.
import { cacheable } from "@/lib/api/http";
import { sharedCacheControl } from "@/lib/cache-policy";

/** A download response with shared-cache headers and an ETag (304 when the client already has it). */
export function downloadResponse(request: Request, body: string, contentType: string, disposition: string): Response {
  return cacheable(request, body, contentType, { "Cache-Control": sharedCacheControl, "Content-Disposition": disposition });
}
