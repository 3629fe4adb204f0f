// The production server: `npm start` runs this file, bundled by esbuild into
// dist/server.js (scripts/build-server.mjs), with plain `node`. It is Next.js's
// own request handler behind a thin layer that a public site needs and
// `next start` does not give: client identity and rate limits, shedding under
// overload, 405 for methods the atlas does not accept, security headers on
// every response, a Content-Security-Policy hashed from each page's inline
// scripts, compression, and a clear 503 when the database is away.
// Why a custom server: docs/decisions/007-caching-and-shedding.md.
//
// Start-up refuses a bad environment: the process exits with status 1 and a
// message naming each bad variable before it listens.
import "./production-env";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import next from "next";
import { parseArgs } from "./args";

const dir = process.cwd();

function fail(message: string): never {
  console.error(`\nThe atlas cannot start.\n${message}\n`);
  process.exit(1);
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    fail((error as Error).message);
  }

  // .env files first, as Next.js would load them, so that they are checked too.
  loadEnvConfig(dir, false, { info: () => undefined, error: console.error });

  let envModule: typeof import("@/lib/env");
  try {
    envModule = await import("@/lib/env");
  } catch (error) {
    fail((error as Error).message);
  }
  const { env, environmentWarnings, trustedProxies } = envModule;
  for (const w of environmentWarnings()) console.warn(`Warning: ${w}`);

  if (!existsSync(path.join(dir, env.ATLAS_DIST_DIR, "BUILD_ID")))
    fail("There is no production build here: run `npm run build` first.");

  const [{ proxyMatcher }, { createRateLimiter }] = await Promise.all([
    import("@/lib/client-address"),
    import("@/lib/rate-limit"),
  ]);
  const { createHandler, PROBE_HEADER } = await import("./handler");
  const { createDatabaseState } = await import("./database-state");
  const { createFinisher } = await import("./finish");
  const { knownRoutes } = await import("./routes");
  const { createGate } = await import("./shed");

  const app = next({ dev: false, dir, hostname: args.hostname ?? "localhost", port: args.port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();

  const probeToken = randomBytes(18).toString("base64url");

  // One health check through the app itself, over loopback (see server/database-state.ts).
  const probe = () =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const address = server.address() as AddressInfo | null;
      if (!address) return reject(new Error("not listening yet"));
      const host = address.address === "::" ? "::1" : address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
      const req = request(
        { host, port: address.port, path: "/api/health", headers: { [PROBE_HEADER]: probeToken }, timeout: 5000 },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 503, body }));
        },
      );
      req.on("timeout", () => req.destroy(new Error("no answer in 5 s")));
      req.on("error", reject);
      req.end();
    });
  const database = createDatabaseState(probe);

  let shed = 0;
  const handler = createHandler({
    next: (req, res) => nextHandler(req, res),
    production: true,
    known: knownRoutes(dir, env.ATLAS_DIST_DIR),
    proxies: proxyMatcher(trustedProxies()),
    apiLimiter: createRateLimiter(env.RATE_LIMIT_PER_MINUTE),
    pageLimiter: createRateLimiter(env.PAGE_RATE_LIMIT_PER_MINUTE),
    gate: createGate({ concurrency: env.MAX_CONCURRENT_REQUESTS, queue: env.MAX_QUEUED_REQUESTS, maxWaitMs: 5000 }),
    database,
    finisher: createFinisher({ database }),
    probeToken,
    onShed: (why) => {
      if (why !== "gone") shed++;
    },
  });
  // One line a minute at most, not one per refused request: an overload must not also flood the log.
  setInterval(() => {
    if (shed) console.warn(`Overloaded: answered 503 to ${shed} requests in the last minute.`);
    shed = 0;
  }, 60_000).unref();

  const { rawResponse } = await import("./responses");
  const server: Server = createServer({ requestTimeout: 30_000, headersTimeout: 20_000 }, handler);
  server.keepAliveTimeout = 5_000;
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    // The parser gave up (headers too large, a malformed request, a timeout): answer
    // with the security headers and close, without a stack trace in the log.
    if (!socket.writable || (error.code === "ECONNRESET" && !socket.bytesWritten)) {
      socket.destroy();
      return;
    }
    const status =
      error.code === "HPE_HEADER_OVERFLOW"
        ? 431
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? 408
          : error.code === "HPE_URI_TOO_LONG"
            ? 414
            : 400;
    socket.end(rawResponse(status, true));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep accept queue: at a burst of new connections the kernel holds them until the
    // event loop takes them, instead of dropping them (the default is 511).
    server.listen({ port: args.port, host: args.hostname, backlog: 2048 }, resolve);
  });
  const address = server.address() as AddressInfo;
  const shown = args.hostname ?? "localhost";
  console.log(`Ready on http://${shown.includes(":") ? `[${shown}]` : shown}:${address.port}`);
  void database.fresh().then((h) => {
    if (h.status !== 200) console.warn(`Warning: the database is not readable: ${h.body}`);
  });

  // Stop taking connections, let those under way finish (at most 10 s), then leave.
  const stop = (signal: string) => {
    console.log(`${signal}: closing`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("The atlas server stopped:", error);
  process.exit(1);
});
