// Runs before routing, for every request but static assets: an address whose
// percent-encoding is broken names nothing, so it gets the 404 page.
//
// Rate limits, shedding, the Content-Security-Policy (hashed from each page's
// inline scripts, no nonce) and the 503 for a missing database belong to the
// production server in server/, which sees the socket and the finished body.
// Two redirects keep old links working: country pages under upper-case codes,
// and map links with older parameter names.
import { NextResponse, type NextRequest } from "next/server";
import { migratedMapSearch } from "@/lib/map/state";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.includes("%")) {
    try {
      decodeURIComponent(pathname);
    } catch {
      return NextResponse.rewrite(new URL("/not-found-invalid-address", request.url), { status: 404 });
    }
  }

  // Country pages are built under lower-case codes (/countries/be); older links may use /countries/BE.
  if (/^\/countries\/[A-Za-z]{2}$/.test(pathname) && /[A-Z]/.test(pathname.slice(11))) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.toLowerCase();
    return NextResponse.redirect(url, 308);
  }

  // Map links with older parameter names move to today's (lib/map/state.ts, mapMigrations).
  if (pathname === "/map" && request.nextUrl.search) {
    const migrated = migratedMapSearch(request.nextUrl.searchParams);
    if (migrated !== null) return NextResponse.redirect(new URL(`/map${migrated}`, request.url), 308);
  }

  return NextResponse.next();
}

// The proxy runs only where it has work to do. Built pages are served straight
// from the build's cache, without it: that is what lets them answer at close to
// static-file speed. The list must be literal (Next.js reads it at build time);
// lib/views.test.ts checks it against lib/views.ts and the map's old names.
export const config = {
  matcher: [
    "/api/:path*",
    "/search",
    "/v/:path*",
    "/(.*\\.(?:csv|ics|geojson))",
    // Country codes with a capital letter, and addresses with percent-encoding (which may be broken).
    "/countries/:code([a-zA-Z]*[A-Z][a-zA-Z]*)",
    "/(.*%.*)",
    // Views with URL state, by the keys that send them to /v/… (and the map's old names).
    { source: "/systems", has: [{ type: "query", key: "sort" }] },
    { source: "/systems", has: [{ type: "query", key: "dir" }] },
    { source: "/systems", has: [{ type: "query", key: "country" }] },
    { source: "/systems", has: [{ type: "query", key: "status" }] },
    { source: "/systems", has: [{ type: "query", key: "family" }] },
    { source: "/systems", has: [{ type: "query", key: "rank_min" }] },
    { source: "/systems", has: [{ type: "query", key: "rank_max" }] },
    { source: "/factories", has: [{ type: "query", key: "wave" }] },
    { source: "/factories", has: [{ type: "query", key: "country" }] },
    { source: "/antennas", has: [{ type: "query", key: "membership" }] },
    { source: "/sources", has: [{ type: "query", key: "kind" }] },
    { source: "/timeline", has: [{ type: "query", key: "order" }] },
    { source: "/timeline", has: [{ type: "query", key: "kind" }] },
    { source: "/timeline", has: [{ type: "query", key: "country" }] },
    { source: "/timeline", has: [{ type: "query", key: "entity" }] },
    { source: "/countries", has: [{ type: "query", key: "country" }] },
    { source: "/map", has: [{ type: "query", key: "types" }] },
    { source: "/map", has: [{ type: "query", key: "links" }] },
    { source: "/map", has: [{ type: "query", key: "wave" }] },
    { source: "/map", has: [{ type: "query", key: "country" }] },
    { source: "/map", has: [{ type: "query", key: "vendor" }] },
    { source: "/map", has: [{ type: "query", key: "status" }] },
    { source: "/map", has: [{ type: "query", key: "sel" }] },
    { source: "/map", has: [{ type: "query", key: "view" }] },
    { source: "/map", has: [{ type: "query", key: "selected" }] },
    { source: "/map", has: [{ type: "query", key: "type" }] },
    { source: "/compare", has: [{ type: "query", key: "systems" }] },
    { source: "/compare", has: [{ type: "query", key: "add" }] },
  ],
};
