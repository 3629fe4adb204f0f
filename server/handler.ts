// The production server's request handling, in front of Next.js. In order:
// 1. security headers on every response, whatever answers it;
// 2. an address that is not a path, or too long: 400 / 414; a broken
//    percent-encoding under /api or in a download: 400 problem details;
// 3. methods: the atlas only reads; anything but GET, HEAD and OPTIONS is 405 with Allow;
// 4. /api/health: answered at once from the latest health check (server/database-state.ts);
// 5. the rate limit per client (lib/client-address.ts): the API's budget, or
//    the far larger one for pages and downloads; build files are not counted;
// 6. the database known to be away: 503 at once for routes that need it;
// 7. shedding: work that is not a static file waits for one of a few turns,
//    or gets 503 with Retry-After at once (server/shed.ts);
// 8. Next.js answers; HTML and compressible bodies are finished on the way
//    out (server/finish.ts: hash-based CSP, compression, the database 503).
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddress, rateLimitKey, type ProxyMatcher } from "@/lib/client-address";
import { corsHeaders } from "@/lib/api/http";
import { contentSecurityPolicy } from "@/lib/csp";
import type { RateLimiter } from "@/lib/rate-limit";
import { securityHeaders } from "@/lib/security-headers";
import type { DatabaseState } from "./database-state";
import type { Finisher } from "./finish";
import { shouldHold } from "./finish";
import { intercept } from "./intercept";
import { ALLOWED_METHODS, answers, send } from "./responses";
import { brokenEncoding, classify, isDownloadPath, needsDatabase, type KnownRoutes } from "./routes";
import type { Gate } from "./shed";

export const MAX_URL_LENGTH = 4096;
/** Held-back bodies larger than this stream through unfinished (no page comes close). */
const MAX_HELD_BYTES = 16 * 1024 * 1024;

export type HandlerDeps = {
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  production: boolean;
  known: KnownRoutes;
  proxies: ProxyMatcher;
  apiLimiter: RateLimiter;
  pageLimiter: RateLimiter;
  gate: Gate;
  database: DatabaseState;
  finisher: Finisher;
  /** A secret the server's own health probe sends, so it reaches Next.js directly. */
  probeToken: string;
  onShed?: (why: string) => void;
};

const PROBE_HEADER = "x-atlas-health-probe";
export { PROBE_HEADER };

/** The function to give http.createServer. */
export function createHandler(deps: HandlerDeps) {
  const baseHeaders: [string, string][] = [
    ...securityHeaders(deps.production),
    // Replaced for HTML by the policy with the page's script hashes (server/finish.ts).
    ["Content-Security-Policy", contentSecurityPolicy()],
  ];
  let oversizeWarned = false;

  return function handle(req: IncomingMessage, res: ServerResponse): void {
    for (const [k, v] of baseHeaders) res.setHeader(k, v);
    const method = req.method ?? "GET";
    const head = method === "HEAD";
    const url = req.url ?? "";

    if (!url.startsWith("/")) {
      // `OPTIONS *` asks what the server supports; any other target is not a path here.
      if (method === "OPTIONS" && url === "*") {
        res.statusCode = 204;
        res.setHeader("Allow", ALLOWED_METHODS);
        res.end();
        return;
      }
      send(res, { status: 400, title: "Bad request", detail: "The request's target is not a path." }, { api: false, head });
      return;
    }

    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    const search = q === -1 ? "" : url.slice(q);
    const kind = classify(pathname, search, deps.known);
    // The API and downloads (also those rendered at build, such as /changes.atom) answer errors as problem details.
    const api = kind === "api" || kind === "health" || kind === "download" || isDownloadPath(pathname);

    if (api && brokenEncoding(pathname, search)) {
      send(res, answers.brokenEncoding(), { api, head });
      return;
    }

    if (url.length > MAX_URL_LENGTH) {
      send(res, answers.uriTooLong(MAX_URL_LENGTH), { api, head });
      return;
    }

    if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      // The body of a refused request is not read: close the connection rather than parse it.
      if (req.headers["content-length"] || req.headers["transfer-encoding"]) res.setHeader("Connection", "close");
      send(res, answers.methodNotAllowed(method), { api, head: false });
      return;
    }
    if (method === "OPTIONS" && kind !== "api" && kind !== "health") {
      res.statusCode = 204;
      res.setHeader("Allow", ALLOWED_METHODS);
      // Downloads may be fetched from other sites with If-None-Match: answer the CORS preflight.
      if (api) for (const [k, v] of Object.entries({ ...corsHeaders, "Access-Control-Max-Age": "86400" })) res.setHeader(k, v);
      res.end();
      return;
    }

    if (kind === "health") {
      if (req.headers[PROBE_HEADER] === deps.probeToken) {
        void deps.next(req, res);
        return;
      }
      if (method === "OPTIONS") {
        res.statusCode = 204;
        res.setHeader("Allow", ALLOWED_METHODS);
        res.end();
        return;
      }
      void deps.database.fresh().then((health) => {
        res.statusCode = health.status;
        res.setHeader("Content-Type", "application/json");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Content-Length", Buffer.byteLength(health.body));
        res.end(head ? undefined : health.body);
      });
      return;
    }

    if (kind === "asset") {
      void passToNext(req, res, { api: false, needsDatabase: false });
      return;
    }

    if (method !== "OPTIONS") {
      const limiter = kind === "api" ? deps.apiLimiter : deps.pageLimiter;
      const wait = limiter.take(
        rateLimitKey(clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], deps.proxies)),
      );
      if (wait !== null) {
        send(res, answers.tooManyRequests(limiter.perMinute, wait, kind === "api" ? "API" : "page and download"), { api, head });
        return;
      }
    }

    const route = { api, needsDatabase: needsDatabase(kind, pathname) };
    if (route.needsDatabase && deps.database.knownAway()) {
      send(res, answers.databaseAway(), { api, head });
      return;
    }

    if (kind === "prerendered") {
      void passToNext(req, res, route);
      return;
    }

    const gone = new Promise<void>((resolve) => res.once("close", resolve));
    void deps.gate.acquire(gone).then((turn) => {
      if (typeof turn !== "function") {
        deps.onShed?.(turn);
        if (turn !== "gone") send(res, answers.busy(), { api, head });
        return;
      }
      // A client that left while waiting costs nothing more: its work is not started.
      if (req.destroyed || res.destroyed) {
        turn();
        return;
      }
      // The turn ends when Next.js is done, not when the client leaves: a render already
      // started cannot be stopped, and counting it keeps the bound on work in progress true.
      void passToNext(req, res, route).finally(turn);
    });
  };

  function passToNext(req: IncomingMessage, res: ServerResponse, route: { api: boolean; needsDatabase: boolean }): Promise<void> {
    intercept(res, {
      hold: (r) => shouldHold(req, r),
      finish: deps.finisher(req, res, route),
      maxBytes: MAX_HELD_BYTES,
      onOversize: () => {
        if (oversizeWarned) return;
        oversizeWarned = true;
        console.warn(
          `A response to ${req.url?.slice(0, 100)} was larger than ${MAX_HELD_BYTES} bytes and was sent without hashes or compression.`,
        );
      },
    });
    return deps.next(req, res).catch((error: unknown) => {
      console.error("Next.js could not handle a request", error);
      if (!res.headersSent && !res.writableEnded) {
        send(
          res,
          { status: 500, title: "Something went wrong", detail: "The atlas could not answer this request." },
          { api: route.api, head: req.method === "HEAD" },
        );
      }
    });
  }
}
