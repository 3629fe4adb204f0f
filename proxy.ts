// Runs before routing, for every request but static assets. In order:
// 1. an address whose percent-encoding is broken names nothing: 404 page;
// 2. the database is unreachable and the request needs it (the API, downloads,
//    search and views with URL state): 503 with a clear message (the process
//    stays up, and requests pass again as soon as the database answers).
//    Static pages are served from the build's cache and keep working;
// 3. the API is rate-limited per client: 429 with Retry-After.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { databaseReachable } from "@/lib/health";
import { createRateLimiter } from "@/lib/rate-limit";
import { migratedMapSearch } from "@/lib/map/state";
import { isParameterisedRequest } from "@/lib/views";

const limiter = createRateLimiter(env.RATE_LIMIT_PER_MINUTE);

const UNAVAILABLE_HTML = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable · AI Factories Atlas</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1f2b;line-height:1.5}</style></head><body><h1>The atlas is temporarily unavailable</h1><p>It cannot read its data just now. Please try again in a few seconds; nothing is lost.</p></body></html>`;

function clientKey(request: NextRequest): string {
  if (env.TRUST_PROXY === "1") {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip");
    if (forwarded) return forwarded;
  }
  // Next.js's own server sets x-forwarded-for to the socket's address.
  return request.headers.get("x-forwarded-for")?.split(",").pop()?.trim() || "unknown";
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api/v1") || pathname === "/api/health";

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

  const download = pathname.endsWith(".csv") || pathname.endsWith(".ics") || pathname.endsWith(".geojson");
  const needsDatabase =
    (isApi && pathname !== "/api/health") ||
    download ||
    pathname === "/search" ||
    isParameterisedRequest(pathname, request.nextUrl.searchParams);
  if (needsDatabase && !(await databaseReachable())) {
    const headers = { "Retry-After": "10", "Cache-Control": "no-store" };
    if (isApi || download) {
      return NextResponse.json(
        {
          type: "about:blank",
          title: "Service unavailable",
          status: 503,
          detail: "The atlas cannot read its data just now. Please try again shortly.",
        },
        { status: 503, headers: { ...headers, "Content-Type": "application/problem+json; charset=utf-8" } },
      );
    }
    return new NextResponse(UNAVAILABLE_HTML, {
      status: 503,
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
    });
  }

  if (isApi && pathname !== "/api/health" && request.method !== "OPTIONS") {
    const wait = limiter.take(clientKey(request));
    if (wait !== null) {
      return NextResponse.json(
        {
          type: "about:blank",
          title: "Too many requests",
          status: 429,
          detail: `The API allows ${env.RATE_LIMIT_PER_MINUTE} requests a minute per client. Try again in ${wait} s.`,
        },
        {
          status: 429,
          headers: {
            "Retry-After": String(wait),
            "Content-Type": "application/problem+json; charset=utf-8",
            "Access-Control-Allow-Origin": "*",
          },
        },
      );
    }
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
