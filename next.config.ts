import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";
import { pageCacheHeaders, viewRewrites } from "./lib/views";

const production = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
  // scripts/publish-data.mjs and the benchmark build into another folder so the
  // running site keeps its build until the new one is complete.
  distDir: process.env.ATLAS_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // The production server (server/) compresses after it has hashed each page's
  // inline scripts into the Content-Security-Policy, and keeps the compressed
  // bytes per body; Next.js's own compression would hand it gzip to read.
  compress: false,
  // The Prisma driver adapters load native (better-sqlite3) and Node-only (pg)
  // modules; keep them out of the server bundle and require them at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // The production server sets these on every response it writes; this covers `next dev`.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(production).map(([key, value]) => ({ key, value })) },
      ...pageCacheHeaders(),
    ];
  },
  // Static pages with URL state (/systems?sort=rmax) are rendered per request
  // by their /v/… variant; the default view stays static. See lib/views.ts.
  async rewrites() {
    return { beforeFiles: viewRewrites(), afterFiles: [], fallback: [] };
  },
  // How long a shared cache may serve a page after its revalidation time while
  // it fetches a fresh one (Cache-Control: stale-while-revalidate = this minus
  // the page's revalidate): a week, so a CDN rides out a database outage.
  expireTime: 7 * 86400,
};

export default nextConfig;
