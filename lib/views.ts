import { sharedCacheControl, viewCacheControl } from "./cache-policy";

// The pages whose default view is built statically but whose URL parameters
// change what they show. A request that names one of a view's keys is
// rewritten to the same view rendered per request at /v/<page> (next.config.ts);
// every other request gets the static page. Plain data without imports, because
// next.config.ts and proxy.ts read it too. lib/views.test.ts checks each list
// against the view's own parser, so a new parameter cannot be forgotten here.

export const parameterisedViews = {
  "/systems": ["sort", "dir", "country", "status", "family", "rank_min", "rank_max"],
  "/factories": ["wave", "country"],
  "/antennas": ["membership"],
  "/sources": ["kind"],
  "/timeline": ["order", "kind", "country", "entity"],
  "/countries": ["country"],
  "/map": ["types", "links", "wave", "country", "vendor", "status", "sel", "view"],
  "/compare": ["systems", "add"],
} as const satisfies Record<string, readonly string[]>;

export type ParameterisedPath = keyof typeof parameterisedViews;

/** The rewrites that send a parameterised request to its per-request variant (next.config.ts). */
export function viewRewrites(): { source: string; has: { type: "query"; key: string }[]; destination: string }[] {
  return Object.entries(parameterisedViews).flatMap(([path, keys]) =>
    keys.map((key) => ({ source: path, has: [{ type: "query" as const, key }], destination: `/v${path}` })),
  );
}

type HeaderRule = {
  source: string;
  has?: { type: "query"; key: string }[];
  missing: { type: "header"; key: string }[];
  headers: { key: string; value: string }[];
};

/**
 * Cache-Control for pages (next.config.ts headers; Next.js keeps a header set
 * there): public with the shared-cache lifetime, and a shorter one for views
 * with URL state. The API, downloads and search set their own. RSC navigation
 * payloads keep what Next.js gives them.
 */
export function pageCacheHeaders(): HeaderRule[] {
  const missing = [{ type: "header" as const, key: "rsc" }];
  return [
    {
      source: "/:path((?!api/|_next/|search$|.*\\.(?:csv|ics|geojson|svg|txt|xml)$).*)",
      missing,
      headers: [{ key: "Cache-Control", value: sharedCacheControl }],
    },
    ...viewRewrites().map((r) => ({
      source: r.source,
      has: r.has,
      missing,
      headers: [{ key: "Cache-Control", value: viewCacheControl }],
    })),
  ];
}

/** Whether a request for this path and query is served by the per-request variant rather than the static page. */
export function isParameterisedRequest(pathname: string, search: URLSearchParams): boolean {
  if (pathname.startsWith("/v/")) return true;
  const keys: readonly string[] | undefined = parameterisedViews[pathname as ParameterisedPath];
  return !!keys && keys.some((k) => search.has(k));
}
