// Production behaviour: security headers, the API rate limit, the health check,
// and what happens when the database goes away and comes back. The last two
// start a server of their own (same build) on a copy of the test database.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { data, expect, test } from "./fixtures";

test.describe("security headers", () => {
  test("every page has a nonce CSP without unsafe-inline scripts, and the other headers", async ({ page, request }) => {
    const response = await page.goto("/systems/jupiter");
    const h = response?.headers() ?? {};
    const csp = h["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    // Next.js put the nonce on its own scripts, and they ran (the chart hydrated).
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    expect(nonce).toBeTruthy();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toContain("max-age=");
    expect(h["x-powered-by"]).toBeUndefined();
    // a fresh nonce per response
    const again = (await request.get("/systems/jupiter")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
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

  test("with the database gone, pages and the API answer 503; the process stays up and recovers by itself", async () => {
    renameSync(dbFile, `${dbFile}.away`);
    const page = await waitFor(`${base}/systems`, (s) => s === 503);
    expect(await page.text()).toContain("temporarily unavailable");
    expect(page.headers.get("retry-after")).toBeTruthy();
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
    expect((await fetch(`${base}/timeline.ics`)).status).toBe(503);

    renameSync(`${dbFile}.away`, dbFile);
    await waitFor(`${base}/systems`, (s) => s === 200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(server?.exitCode).toBeNull();
  });
});
