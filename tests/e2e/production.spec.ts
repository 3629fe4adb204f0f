// Production behaviour of the test server: the hash-based Content-Security-Policy
// and the other security headers, compression, the health check, and what
// happens when the database goes away and comes back (on a server of its own).
// Hardening against hostile requests is in server.spec.ts.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { data, expect, test } from "./fixtures";
import { ownPort, type OwnServer, root, startServer } from "./server-process";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
const scriptSrcOf = (csp: string) =>
  csp
    .split(";")
    .find((d) => d.trim().startsWith("script-src"))
    ?.trim() ?? "";

test.describe("security headers", () => {
  test("pages carry a CSP listing the hash of each inline script, no nonce and no unsafe-inline, and they run under it", async ({
    page,
    request,
  }) => {
    const response = await page.goto("/systems/jupiter");
    const h = response?.headers() ?? {};
    const csp = h["content-security-policy"] ?? "";
    const scriptSrc = scriptSrcOf(csp);
    expect(scriptSrc).not.toMatch(/unsafe-inline|nonce-|strict-dynamic|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Every inline script in the page as served is listed by its hash.
    const inline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    const executable = inline.filter((t) => t.trim());
    expect(executable.length).toBeGreaterThan(0);
    for (const text of executable) expect(scriptSrc).toContain(`'${sha(text)}'`);
    // Next.js's scripts ran: the router took over, so a link opens without a full page load.
    await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
    await page.getByRole("banner").getByRole("link", { name: "Timeline", exact: true }).click();
    await expect(page).toHaveURL(/\/timeline$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);

    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toContain("max-age=");
    expect(h["x-powered-by"]).toBeUndefined();
    const api = (await request.get("/api/v1/factories?limit=1")).headers();
    expect(api["x-content-type-options"]).toBe("nosniff");
  });

  test("pages and data are compressed for clients that accept it", async ({ request }) => {
    for (const url of ["/systems", "/api/v1/systems", "/timeline.ics"]) {
      const res = await request.get(url, { headers: { "Accept-Encoding": "br, gzip" } });
      expect(res.status(), url).toBe(200);
      expect(res.headers()["content-encoding"], url).toBe("br");
      expect(res.headers()["vary"], url).toContain("Accept-Encoding");
    }
  });

  test("errors do not leak stack traces or paths", async ({ request }) => {
    for (const url of ["/api/v1/systems?limit=x", "/api/v1/nope", "/systems/%E0%A4%A", "/factories/nope"]) {
      const text = await (await request.get(url)).text();
      expect(text, url).not.toMatch(/\/work\/|node_modules|at [\w.]+ \(|Error: /);
    }
  });
});

test.describe("static pages and shared caches", () => {
  test("content pages are built once and carry a shared-cache lifetime and an ETag", async ({ request }) => {
    for (const url of [
      "/",
      "/systems",
      "/systems/jupiter",
      "/factories/jaif",
      "/countries/be",
      "/timeline",
      "/funding",
      "/map",
    ]) {
      const res = await request.get(url);
      const h = res.headers();
      expect(res.status(), url).toBe(200);
      expect(h["cache-control"], url).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
      expect(h["x-nextjs-cache"], url).toMatch(/HIT|STALE/);
      expect(h["etag"], url).toBeTruthy();
      const again = await request.get(url, { headers: { "If-None-Match": h["etag"]! } });
      expect(again.status(), url).toBe(304);
    }
  });

  test("views with URL state are rendered per request but still shareable by caches", async ({ request }) => {
    const res = await request.get("/systems?sort=rmax");
    expect(res.status()).toBe(200);
    expect(res.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(res.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
  });

  test("downloads carry the shared-cache lifetime and an ETag", async ({ request }) => {
    for (const url of ["/systems.csv", "/timeline.ics", "/map.geojson?types=antenna", "/compare.csv?systems=jupiter,lumi"]) {
      const h = (await request.get(url)).headers();
      expect(h["cache-control"], url).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
      expect((await request.get(url, { headers: { "If-None-Match": h["etag"]! } })).status(), url).toBe(304);
    }
  });

  test("search stays per request, and old map links move to today's names", async ({ request }) => {
    expect((await request.get("/search?q=jupiter")).headers()["cache-control"]).toContain("no-store");
    const moved = await request.get("/map?selected=system:jupiter", { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers()["location"]).toBe("/map?sel=system:jupiter");
    const country = await request.get("/countries/BE", { maxRedirects: 0 });
    expect(country.headers()["location"]).toBe("/countries/be");
  });
});

test.describe("health", () => {
  test("/api/health reports the database and the data version", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "reachable", data_version: data.info.version });
  });
});

// --- a server of our own -------------------------------------------------------

const dbFile = path.join(root, "prisma", "fault-test.db");

async function waitFor(url: string, ok: (status: number) => boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = await fetch(url).catch(() => null);
    if (r && ok(r.status)) return r;
    if (Date.now() > end) throw new Error(`${url} did not answer as expected in time`);
    // The server checks the database at most once a second: poll, there is no event to wait for.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test.describe("rate limits, on a server with low ones", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startServer(ownPort(9), { RATE_LIMIT_PER_MINUTE: "5", PAGE_RATE_LIMIT_PER_MINUTE: "8" });
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("the API answers 429 with Retry-After past its limit; pages have their own, larger budget", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const r = await fetch(`${server.base}/api/v1/factories?limit=1`);
      statuses.push(r.status);
      if (r.status === 429) {
        retryAfter = r.headers.get("retry-after");
        expect(r.headers.get("content-type")).toContain("application/problem+json");
        expect(r.headers.get("access-control-allow-origin")).toBe("*");
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const pages: number[] = [];
    for (let i = 0; i < 10; i++) pages.push((await fetch(`${server.base}/sources`)).status);
    expect(pages).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
    // downloads share the page budget; build files and health are not counted
    expect((await fetch(`${server.base}/timeline.ics`)).status).toBe(429);
    expect((await fetch(`${server.base}/vendor/maplibre-gl-worker.mjs`)).status).toBe(200);
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
  });
});

test.describe("a database that goes away", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    copyFileSync(path.join(root, "prisma", "e2e.db"), dbFile);
    server = await startServer(ownPort(8), { DATABASE_URL: `file:${dbFile}` });
  });
  test.afterAll(async () => {
    await server.stop();
    for (const f of [dbFile, `${dbFile}.away`]) if (existsSync(f)) rmSync(f);
  });

  test("gives 503 on the API, downloads, views with URL state and health; built pages keep answering; it recovers by itself", async () => {
    expect((await fetch(`${server.base}/api/v1/systems`)).status).toBe(200);
    renameSync(dbFile, `${dbFile}.away`);
    const health = await waitFor(`${server.base}/api/health`, (s) => s === 503);
    expect(await health.json()).toMatchObject({
      status: "unavailable",
      database: "unreachable",
      detail: "the database file does not exist",
    });
    const api = await fetch(`${server.base}/api/v1/systems`);
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ status: 503, title: "Service Unavailable" });
    expect(api.headers.get("retry-after")).toBeTruthy();
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    expect((await fetch(`${server.base}/timeline.ics`)).status).toBe(503);
    const page = await fetch(`${server.base}/systems?sort=rmax`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("It cannot read its data just now");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    // Pages rendered at build are served from the build's cache: readers keep reading.
    for (const url of ["/systems", "/systems/jupiter", "/"]) expect((await fetch(`${server.base}${url}`)).status, url).toBe(200);

    renameSync(`${dbFile}.away`, dbFile);
    await waitFor(`${server.base}/api/health`, (s) => s === 200);
    await waitFor(`${server.base}/api/v1/systems`, (s) => s === 200);
    expect(server.output()).toContain("Ready on");
  });
});
