import type { NextConfig } from "next";
import { pageCacheHeaders, viewRewrites } from "./lib/views";

const production = process.env.NODE_ENV === "production";

// Headers for every response, static files included. The Content-Security-Policy,
// which needs a fresh nonce per page, is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  // Nothing in the atlas is meant to be embedded in another site's frame.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // scripts/publish-data.mjs and the benchmark build into another folder so the
  // running site keeps its build until the new one is complete.
  distDir: process.env.ATLAS_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // The Prisma driver adapters load native (better-sqlite3) and Node-only (pg)
  // modules; keep them out of the server bundle and require them at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }, ...pageCacheHeaders()];
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
