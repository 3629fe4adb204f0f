// Runs before routing, for every request but static assets. In order:
// 1. an address whose percent-encoding is broken names nothing: 404 page;
// 2. the database is unreachable: 503 with a clear message (the process stays
//    up, and requests pass again as soon as the database answers);
// 3. the API is rate-limited per client: 429 with Retry-After;
// 4. pages get a Content-Security-Policy with a fresh nonce, which Next.js puts
//    on its own scripts, so no inline script runs without it.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { databaseReachable } from "@/lib/health";
import { createRateLimiter } from "@/lib/rate-limit";

const limiter = createRateLimiter(env.RATE_LIMIT_PER_MINUTE);

function contentSecurityPolicy(nonce: string): string {
  const dev = env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

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

  if (pathname !== "/api/health" && !(await databaseReachable())) {
    const headers = { "Retry-After": "10", "Cache-Control": "no-store" };
    if (isApi || pathname.endsWith(".csv") || pathname.endsWith(".ics") || pathname.endsWith(".geojson")) {
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
    return NextResponse.next();
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|_next/webpack-hmr|_next/hmr|vendor/|icon.svg).*)"],
};
