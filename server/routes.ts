// What kind of work a request asks for, decided from its path alone before
// Next.js sees it. The kind sets the rate-limit budget, whether the request
// waits for a turn (server/shed.ts) and whether it needs the database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type RouteKind =
  /** /api/health: answered first, never limited or queued. */
  | "health"
  /** Build output and public files: not limited, never queued, no database. */
  | "asset"
  /** A page or file rendered at build (a prerendered route with no query): served from Next.js's cache without the database. */
  | "prerendered"
  | "api"
  /** .csv, .ics, .geojson and .atom files computed per request. */
  | "download"
  | "page";

export type KnownRoutes = { prerendered: ReadonlySet<string>; publicFiles: ReadonlySet<string> };

// Routes computed per request that read no data: they keep answering while the database is away.
const WITHOUT_DATABASE = new Set(["/api/v1", "/api/v1/openapi.json", "/map/basemap.geojson"]);

/** Whether a request of this kind and path cannot be answered without the database. */
export function needsDatabase(kind: RouteKind, pathname: string): boolean {
  return (kind === "api" || kind === "download" || kind === "page") && !WITHOUT_DATABASE.has(pathname);
}

/** Whether a path names a data download (.csv, .ics, .geojson, .atom). */
export function isDownloadPath(pathname: string): boolean {
  return /\.(csv|ics|geojson|atom)$/.test(pathname);
}

/** Whether a path or query has a percent-encoding that does not decode (a lone %, or bytes that are not UTF-8). */
export function brokenEncoding(pathname: string, search: string): boolean {
  try {
    decodeURIComponent(pathname);
    for (const part of search.slice(1).split("&")) decodeURIComponent(part.replace(/\+/g, " "));
    return false;
  } catch {
    return true;
  }
}

/** The kind of a request for `pathname` with query `search` ("" or "?…"). */
export function classify(pathname: string, search: string, known: KnownRoutes): RouteKind {
  if (pathname === "/api/health") return "health";
  if (pathname.startsWith("/_next/static/") || known.publicFiles.has(pathname)) return "asset";
  if (pathname === "/api" || pathname.startsWith("/api/")) return pathname === "/api" ? "page" : "api";
  // A query other than Next.js's own cache-busting `_rsc` may select another view.
  if (known.prerendered.has(pathname) && /^(\?(_rsc=[^&]*)?)?$/.test(search)) return "prerendered";
  if (isDownloadPath(pathname)) return "download";
  return "page";
}

/** The routes the build rendered ahead (from <distDir>/prerender-manifest.json) and the files in public/. */
export function knownRoutes(dir: string, distDir = ".next"): KnownRoutes {
  const manifest = JSON.parse(readFileSync(path.join(dir, distDir, "prerender-manifest.json"), "utf8")) as {
    routes?: Record<string, unknown>;
  };
  const prerendered = new Set(Object.keys(manifest.routes ?? {}).filter((r) => !r.startsWith("/_")));
  const publicFiles = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // no public/ folder
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(folder, e.name), `${prefix}/${e.name}`);
      else publicFiles.add(`${prefix}/${e.name}`);
    }
  };
  walk(path.join(dir, "public"), "");
  return { prerendered, publicFiles };
}
