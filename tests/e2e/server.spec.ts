// The production server (server/) against hostile and broken input: forged
// X-Forwarded-For, a corrupt database, a bad environment, methods the atlas
// does not accept, oversized URLs and parameter lists, and the headers on every
// kind of error. Each group starts a server of its own where it needs one.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { ownPort, type OwnServer, raw, rawSocket, root, spawnServer, startServer } from "./server-process";

test.describe("client identity", () => {
  let direct: OwnServer;
  let proxied: OwnServer;
  test.beforeAll(async () => {
    [direct, proxied] = await Promise.all([
      startServer(ownPort(1), { RATE_LIMIT_PER_MINUTE: "3" }),
      startServer(ownPort(2), { RATE_LIMIT_PER_MINUTE: "3", TRUSTED_PROXIES: "127.0.0.1,::1" }),
    ]);
  });
  test.afterAll(async () => {
    await Promise.all([direct.stop(), proxied.stop()]);
  });

  test("without a trusted proxy, a rotating X-Forwarded-For does not dodge the limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await raw(direct.base, "/api/v1/factories?limit=1", {
        headers: { "X-Forwarded-For": `198.51.100.${i}`, "X-Real-IP": `203.0.113.${i}` },
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
  });

  test("behind a trusted proxy, the client is the entry the proxy appended; forged entries to its left change nothing", async () => {
    const as = (forwarded: string) =>
      raw(proxied.base, "/api/v1/factories?limit=1", { headers: { "X-Forwarded-For": forwarded } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await as(`10.${i}.0.1, 198.51.100.7`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    // another client behind the same proxy has its own budget
    expect((await as("198.51.100.8")).status).toBe(200);
    // an entry that is not an address does not become a fresh client: the proxy's own address counts
    for (let i = 0; i < 3; i++) await as(`garbage-${i}`);
    expect((await as("garbage-x")).status).toBe(429);
  });
});

test.describe("a corrupt database", () => {
  const bad = path.join(root, "prisma", "corrupt-test.db");
  let server: OwnServer;
  test.beforeAll(async () => {
    // The hostile test's recipe: the first 64 KiB of a good database, header intact.
    writeFileSync(bad, readFileSync(path.join(root, "prisma", "e2e.db")).subarray(0, 65_536));
    server = await startServer(ownPort(3), { DATABASE_URL: `file:${bad}` });
  });
  test.afterAll(async () => {
    await server.stop();
    rmSync(bad, { force: true });
  });

  test("every route that needs the database answers 503 with the clear message; the rest keep working", async () => {
    const health = await raw(server.base, "/api/health");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({ status: "unavailable", detail: "the database file is cut short or damaged" });
    for (const url of [
      "/api/v1/systems",
      "/api/v1/systems/jupiter",
      "/systems.csv",
      "/timeline.ics",
      "/map.geojson",
      "/compare.csv?systems=lumi",
    ]) {
      const r = await raw(server.base, url);
      expect(r.status, url).toBe(503);
      expect(r.headers["content-type"], url).toBe("application/problem+json; charset=utf-8");
      expect(JSON.parse(r.body).detail, url).toContain("cannot read its data just now");
      expect(r.headers["retry-after"], url).toBeTruthy();
    }
    // Pages rendered at build are served from the build without the database; the others answer 503.
    const prerendered = Object.keys(
      (JSON.parse(readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8")) as { routes: object }).routes,
    );
    for (const url of ["/", "/systems", "/systems/jupiter", "/timeline", "/search?q=lumi", "/systems?sort=rmax"]) {
      const r = await raw(server.base, url);
      if (prerendered.includes(url)) {
        expect(r.status, url).toBe(200);
        continue;
      }
      expect(r.status, url).toBe(503);
      expect(r.body, url).toContain("The atlas is temporarily unavailable");
      expect(r.headers["x-frame-options"], url).toBe("DENY");
    }
    // no database needed: the basemap and the API's description
    expect((await raw(server.base, "/map/basemap.geojson")).status).toBe(200);
    expect((await raw(server.base, "/api/v1/openapi.json")).status).toBe(200);
  });
});

test.describe("a bad environment", () => {
  test("stops start-up with a message naming the variable and what it accepts", async () => {
    for (const [env, message] of [
      [{ RATE_LIMIT_PER_MINUTE: "-5" }, /RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000 \(it is "-5"\)/],
      [{ TRUSTED_PROXIES: "my-proxy" }, /TRUSTED_PROXIES must be IP addresses or CIDR blocks/],
      [{ SITE_URL: "atlas.example.org" }, /SITE_URL must be an absolute http:\/\/ or https:\/\/ address/],
    ] as const) {
      const { server } = spawnServer(ownPort(4), env);
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(message);
      expect(server.output()).not.toContain("Ready on");
      expect(server.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
    }
  });

  test("counts empty values as unset, and warns when production links would point at localhost", async () => {
    const server = await startServer(ownPort(4), { SITE_URL: "", RATE_LIMIT_PER_MINUTE: "", TRUST_PROXY: "1" });
    try {
      expect(server.output()).toMatch(/Warning: SITE_URL is http:\/\/localhost:3000/);
      expect(server.output()).toMatch(/Warning: TRUST_PROXY=1 is deprecated/);
      expect((await raw(server.base, "/api/health")).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

test.describe("methods and headers", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startServer(ownPort(5), {});
  });
  test.afterAll(async () => {
    await server.stop();
  });

  const security = (h: Record<string, string | string[] | undefined>, what: string) => {
    expect(h["x-content-type-options"], what).toBe("nosniff");
    expect(h["x-frame-options"], what).toBe("DENY");
    expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
    expect(String(h["content-security-policy"]), what).toContain("frame-ancestors 'none'");
  };

  test("anything but GET, HEAD and OPTIONS gets 405 with Allow, never 500, and leaves no stack trace in the log", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE"]) {
      for (const url of ["/", "/systems/jupiter", "/api/v1/systems", "/api/health", "/systems.csv"]) {
        const r = await raw(server.base, url, { method });
        expect(r.status, `${method} ${url}`).toBe(405);
        expect(r.headers.allow, `${method} ${url}`).toBe("GET, HEAD, OPTIONS");
        security(r.headers, `${method} ${url}`);
        if (url.startsWith("/api/")) expect(r.headers["access-control-allow-origin"]).toBe("*");
      }
    }
    const star = await rawSocket(server.port, "GET * HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(star).toMatch(/^HTTP\/1\.1 400 /);
    const options = await rawSocket(server.port, "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(options).toMatch(/^HTTP\/1\.1 204 [\s\S]*Allow: GET, HEAD, OPTIONS/i);
    const preflight = await raw(server.base, "/api/v1/systems", { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    expect(server.output()).not.toMatch(/\n\s+at |Error/);
  });

  test("every kind of response carries the security headers; API errors carry CORS and problem details", async () => {
    const cases: [string, number, Record<string, string>?][] = [
      ["/systems/", 308],
      ["/factories/nope", 404],
      ["/systems/%E0%A4%A", 404],
      ["/api/v1/nope", 404],
      ["/api/v1/systems?limit=x", 400],
      [`/systems?${"x".repeat(5000)}`, 414],
    ];
    for (const [url, status] of cases) {
      const r = await raw(server.base, url);
      expect(r.status, url).toBe(status);
      security(r.headers, url);
      if (url.startsWith("/api/")) {
        expect(r.headers["access-control-allow-origin"], url).toBe("*");
        expect(r.headers["content-type"], url).toBe("application/problem+json; charset=utf-8");
      }
    }
    const huge = await rawSocket(server.port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toMatch(/X-Frame-Options: DENY/);
    expect(huge).toMatch(/Content-Security-Policy: /);
  });
});

test.describe("caps on what a URL can ask for", () => {
  test("the API refuses too many parameters with one error, and a parameter named constructor is unknown, not repeated", async ({
    request,
  }) => {
    const many = await request.get(`/api/v1/systems?${Array.from({ length: 300 }, (_, i) => `p${i}=1`).join("&")}`);
    expect(many.status()).toBe(400);
    expect((await many.json()).errors).toEqual([
      { parameter: "(query)", message: "300 parameters given", accepted: "at most 20" },
    ]);
    const ctor = await request.get("/api/v1/systems?constructor=x");
    expect(ctor.status()).toBe(400);
    expect((await ctor.json()).errors).toEqual([
      expect.objectContaining({ parameter: "constructor", message: "unknown parameter" }),
    ]);
    const long = await request.get(`/api/v1/systems?q=${"a".repeat(101)}`);
    expect(long.status()).toBe(400);
  });

  test("a compare URL with hundreds of bad entries costs what a short one does", async ({ request }) => {
    const hostile = Array.from({ length: 500 }, (_, i) => `n${i}!`).join(",");
    const res = await request.get(`/compare?systems=jupiter,lumi,${hostile}`);
    expect(res.status()).toBe(200);
    const normal = await request.get("/compare?systems=jupiter,lumi,nope!");
    // At most four bad entries are listed, and the page grows with the URL (Next.js repeats it a few times in
    // the page's data), not with the entries: the hostile test's URL once made a page 180 times its size.
    const alerts = (text: string) => text.split('data-testid="unknown-slug"').length - 1;
    const [hostileText, normalText] = [await res.text(), await normal.text()];
    expect(alerts(hostileText)).toBe(4);
    expect(alerts(normalText)).toBe(1);
    expect(hostileText.length - normalText.length).toBeLessThan(5 * hostile.length);
    const longer = await request.get(`/compare?systems=${"x,".repeat(3000)}`);
    expect(longer.status()).toBe(414);
  });
});
