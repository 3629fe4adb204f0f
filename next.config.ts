import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const production = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
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
    return [{ source: "/:path*", headers: securityHeaders(production).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
