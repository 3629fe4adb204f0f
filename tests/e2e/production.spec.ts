// Production behaviour: security headers, the API rate limit, the health check,
// and what happens when the database goes away and comes back. The last two
// start a server of their own (same build) on a copy of the test database.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { data, expect, test } from "./fixtures";

test.describe("security headers", () => {
  test("pages carry the security headers", async ({ request }) => {
    const h = (await request.get("/systems/jupiter")).headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toContain("max-age=");
    expect(h["x-powered-by"]).toBeUndefined();
    const api = (await request.get("/api/v1/factories?limit=1")).headers();
    expect(api["x-content-type-options"]).toBe("nosniff");
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

const root = path.resolve(__dirname, "..", "..");
const dbFile = path.join(root, "prisma", "fault-test.db");
const PORT = 3199;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

async function waitFor(url: string, ok: (status: number) => boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (ok(r.status)) return r;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer as expected in time`);
}

test.describe("a server with a low rate limit and a database that goes away", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    copyFileSync(path.join(root, "prisma", "e2e.db"), dbFile);
    server = spawn(
      process.execPath,
      [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: `file:${dbFile}`, RATE_LIMIT_PER_MINUTE: "5", NEXT_TELEMETRY_DISABLED: "1" },
        stdio: "ignore",
      },
    );
    await waitFor(`${base}/api/health`, (s) => s === 200);
  });

  test.afterAll(async () => {
    server?.kill();
    for (const f of [dbFile, `${dbFile}.away`]) if (existsSync(f)) rmSync(f);
  });

  test("the API answers 429 with Retry-After past the limit", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const r = await fetch(`${base}/api/v1/factories?limit=1`);
      statuses.push(r.status);
      if (r.status === 429) {
        retryAfter = r.headers.get("retry-after");
        expect(r.headers.get("content-type")).toContain("application/problem+json");
      }
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // pages are not rate-limited
    expect((await fetch(`${base}/sources`)).status).toBe(200);
  });

  test("with the database gone, static pages still answer, views with URL state and the API answer 503; it recovers by itself", async () => {
    renameSync(dbFile, `${dbFile}.away`);
    const page = await waitFor(`${base}/systems?sort=rmax`, (s) => s === 503);
    expect(await page.text()).toContain("temporarily unavailable");
    expect(page.headers.get("retry-after")).toBeTruthy();
    // Built pages are served from the build's cache: readers keep reading.
    for (const url of ["/systems", "/systems/jupiter", "/"]) expect((await fetch(`${base}${url}`)).status, url).toBe(200);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
    expect((await fetch(`${base}/timeline.ics`)).status).toBe(503);

    renameSync(`${dbFile}.away`, dbFile);
    await waitFor(`${base}/systems?sort=rmax`, (s) => s === 200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(server?.exitCode).toBeNull();
  });
});
