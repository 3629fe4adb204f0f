// The server's layer in front of Next.js, on a real HTTP server, with a small
// stand-in for Next.js that answers the way Next.js does (streamed HTML after
// flushHeaders, writeHead with headers, a 500 from a failed query).
import { createHash } from "node:crypto";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxyMatcher } from "@/lib/client-address";
import { createRateLimiter } from "@/lib/rate-limit";
import { createDatabaseState } from "./database-state";
import { createFinisher } from "./finish";
import { createHandler, PROBE_HEADER } from "./handler";
import { createGate } from "./shed";

const SCRIPT = 'self.__next_f.push([1,"hello"])';
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async=""></script></head><body>${"<p>text</p>".repeat(200)}<script>${SCRIPT}</script></body></html>`;

let databaseUp = true;
let nextCalls = 0;
let pageCalls = 0; // calls for pages, not the health probes
const hold: (() => void)[] = [];

// Answers like Next.js would, by path.
async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  nextCalls++;
  const path = req.url?.split("?")[0];
  if (path !== "/api/health") pageCalls++;
  if (path === "/api/health") {
    res.writeHead(databaseUp ? 200 : 503, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ status: databaseUp ? "ok" : "unavailable" }));
    return;
  }
  if (path === "/slow") await new Promise<void>((r) => hold.push(r));
  if (path === "/systems" || path === "/slow") {
    if (!databaseUp) {
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end("<html><body>Internal error</body></html>");
      return;
    }
    res.statusCode = 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", '"abc"');
    res.flushHeaders();
    const half = Math.floor(PAGE.length / 2);
    res.write(PAGE.slice(0, half));
    await new Promise((r) => setTimeout(r, 5));
    res.write(Buffer.from(PAGE.slice(half)));
    res.end();
    return;
  }
  if (path === "/api/v1/systems") {
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" });
    res.end(JSON.stringify({ data: Array.from({ length: 100 }, (_, i) => ({ slug: `s${i}` })) }));
    return;
  }
  if (path === "/old") {
    res.writeHead(308, { Location: "/new" });
    res.end();
    return;
  }
  res.statusCode = 404;
  res.setHeader("Content-Type", "text/plain");
  res.end("not found");
}

let server: Server;
let base: string;

beforeAll(async () => {
  const token = "probe-token";
  server = createServer();
  const database = createDatabaseState(
    () =>
      new Promise((resolve, reject) => {
        const { port } = server.address() as AddressInfo;
        const req = request({ host: "127.0.0.1", port, path: "/api/health", headers: { [PROBE_HEADER]: token } }, (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 503, body }));
        });
        req.on("error", reject);
        req.end();
      }),
    0, // always ask: the tests switch the database on and off
  );
  server.on(
    "request",
    createHandler({
      next: fakeNext,
      production: true,
      known: { prerendered: new Set(["/"]), publicFiles: new Set() },
      proxies: proxyMatcher(["127.0.0.1"]),
      apiLimiter: createRateLimiter(3),
      pageLimiter: createRateLimiter(1000),
      gate: createGate({ concurrency: 1, queue: 1, maxWaitMs: 5000 }),
      database,
      finisher: createFinisher({ database }),
      probeToken: token,
    }),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** A raw request (fetch would decompress and refuses some methods). */
function get(path: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const sha = (s: string) => `sha256-${createHash("sha256").update(s).digest("base64")}`;

describe("every response", () => {
  it("carries the security headers: pages, redirects, 404, 405 and the API", async () => {
    for (const [path, method, status] of [
      ["/systems", "GET", 200],
      ["/old", "GET", 308],
      ["/nothing", "GET", 404],
      ["/systems", "POST", 405],
      ["/api/v1/systems", "DELETE", 405],
    ] as const) {
      const r = await get(path, { method });
      expect(r.status, `${method} ${path}`).toBe(status);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["x-frame-options"]).toBe("DENY");
      expect(r.headers["strict-transport-security"]).toContain("max-age=");
      expect(r.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  });
});

describe("methods", () => {
  it("answers 405 with Allow to anything but GET, HEAD and OPTIONS, without calling Next.js", async () => {
    const before = pageCalls;
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE"]) {
      const page = await get("/systems", { method });
      expect(page.status).toBe(405);
      expect(page.headers.allow).toBe("GET, HEAD, OPTIONS");
      const api = await get("/api/v1/systems", { method });
      expect(api.status).toBe(405);
      expect(api.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
      expect(api.headers["access-control-allow-origin"]).toBe("*");
    }
    expect(nextCalls).toBe(before);
    const options = await get("/systems", { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS");
  });
});

describe("problem details", () => {
  it("answer a broken percent-encoding under /api and in downloads with a 400 problem, without calling Next.js", async () => {
    const before = nextCalls;
    for (const path of [
      "/api/v1/systems/%E0%A4%A",
      "/api/v1/systems?q=%FF",
      "/api/v1/%",
      "/systems.csv?q=%C3",
      "/changes.atom?x=%",
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(r.headers["content-type"], path).toBe("application/problem+json; charset=utf-8");
      expect(r.headers["access-control-allow-origin"], path).toBe("*");
      const body = JSON.parse(r.body.toString()) as { title: string; status: number; detail: string };
      expect(body).toMatchObject({ title: "Bad Request", status: 400 });
      expect(body.detail).toContain("percent-encoding");
    }
    expect(nextCalls).toBe(before);
    // A page with the same broken address is left to Next.js; a well-encoded API address passes.
    expect((await get("/api/v1/systems?q=%C3%A9")).status).toBe(200);
  });

  it("carry the status's reason phrase as title (RFC 9457), with Allow on 405 and CORS on download preflights", async () => {
    const r = await get("/timeline.ics", { method: "PUT" });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(r.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(JSON.parse(r.body.toString())).toMatchObject({ title: "Method Not Allowed", status: 405 });
    const atom = await get("/changes.atom", { method: "DELETE" });
    expect(atom.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    const preflight = await get("/systems.csv", {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Headers": "if-none-match" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers["access-control-allow-headers"]).toMatch(/if-none-match/i);
  });
});

describe("HTML", () => {
  it("gets a Content-Security-Policy with the hash of each inline script, compressed, whatever way Next.js wrote it", async () => {
    const r = await get("/systems", { headers: { "Accept-Encoding": "gzip, br" } });
    expect(r.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(r.body).toString()).toBe(PAGE);
    const scriptSrc = String(r.headers["content-security-policy"])
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' '${sha(SCRIPT)}'`);
    expect(r.headers.etag).toBe('W/"abc"');
    expect(r.headers.vary).toContain("Accept-Encoding");
    expect(Number(r.headers["content-length"])).toBe(r.body.length);

    const plain = await get("/systems", { headers: { "Accept-Encoding": "identity" } });
    expect(plain.body.toString()).toBe(PAGE);
    expect(plain.headers["content-security-policy"]).toBe(r.headers["content-security-policy"]);
  });

  it("and JSON is compressed with gzip for clients without brotli", async () => {
    const r = await get("/api/v1/systems", { headers: { "Accept-Encoding": "gzip" } });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(r.body).toString()).data).toHaveLength(100);
  });
});

describe("rate limits", () => {
  it("count the client behind the trusted proxy by the entry the proxy appended; forged entries change nothing", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // the socket is 127.0.0.1, a trusted proxy; the client forges a new left-most entry each time
      const r = await get("/api/v1/systems", { headers: { "X-Forwarded-For": `10.0.0.${i}, 198.51.100.9` } });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const other = await get("/api/v1/systems", { headers: { "X-Forwarded-For": "198.51.100.10" } });
    expect(other.status).toBe(200);
    const refused = await get("/api/v1/systems", { headers: { "X-Forwarded-For": "198.51.100.9" } });
    expect(refused.headers["retry-after"]).toMatch(/^\d+$/);
    expect(refused.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(refused.headers["access-control-allow-origin"]).toBe("*");
    expect(refused.headers["x-frame-options"]).toBe("DENY");
  });
});

describe("shedding", () => {
  it("answers 503 with Retry-After at once past the turns and the queue, and health still answers", async () => {
    const first = get("/slow"); // takes the one turn
    await new Promise((r) => setTimeout(r, 30));
    const second = get("/slow"); // waits in the queue of one
    await new Promise((r) => setTimeout(r, 30));
    const third = await get("/slow");
    expect(third.status).toBe(503);
    expect(third.headers["retry-after"]).toBeTruthy();
    expect((await get("/api/health")).status).toBe(200);
    while (hold.length < 1) await new Promise((r) => setTimeout(r, 5));
    hold.shift()?.();
    expect((await first).status).toBe(200);
    while (hold.length < 1) await new Promise((r) => setTimeout(r, 5));
    hold.shift()?.();
    expect((await second).status).toBe(200);
  });
  it("holds a turn until the started work ends, even when its client left, and never starts work for a client that left while waiting", async () => {
    const until = async (ok: () => boolean) => {
      while (!ok()) await new Promise((r) => setTimeout(r, 5));
    };
    const open = (path: string) => {
      const req = request(`${base}${path}`);
      req.on("error", () => undefined);
      req.end();
      return req;
    };
    const before = pageCalls;
    const a = open("/slow"); // takes the one turn; its render is held
    await until(() => hold.length === 1);
    a.destroy(); // the reader gives up
    await new Promise((r) => setTimeout(r, 50));
    const b = open("/slow"); // must wait: A's render still runs
    await new Promise((r) => setTimeout(r, 50));
    expect(pageCalls - before).toBe(1);
    b.destroy(); // gives up while waiting
    await new Promise((r) => setTimeout(r, 50));
    hold.shift()?.(); // A's render ends
    expect((await get("/systems")).status).toBe(200);
    // A and the last request reached Next.js; B never did.
    expect(pageCalls - before).toBe(2);
  });
});

describe("a database that goes away", () => {
  it("turns a page's 500 into the clear 503, and health says why", async () => {
    databaseUp = false;
    try {
      const page = await get("/systems", { headers: { "Accept-Encoding": "identity" } });
      expect(page.status).toBe(503);
      expect(page.body.toString()).toContain("temporarily unavailable");
      expect(page.headers["retry-after"]).toBe("10");
      expect(page.headers["x-frame-options"]).toBe("DENY");
      // known now: the API is answered at once, as problem details with CORS
      const api = await get("/api/v1/systems");
      expect(api.status).toBe(503);
      expect(api.headers["access-control-allow-origin"]).toBe("*");
      expect((await get("/api/health")).status).toBe(503);
      // a page rendered at build does not need the database
      expect((await get("/")).status).toBe(404); // the stand-in has no "/", but it was asked
    } finally {
      databaseUp = true;
    }
    expect((await get("/api/health")).status).toBe(200);
  });
});
