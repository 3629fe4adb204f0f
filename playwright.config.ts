import { defineConfig, devices } from "@playwright/test";

// Browser tests run against a production build (`npm run build && npm start`,
// the server in server/) serving a database seeded from data/, in Debian's
// Chromium (CHROMIUM_PATH overrides the path). Playwright's own browser download
// is not reachable here. E2E_REUSE_BUILD=1 serves the build already there
// instead of building again: CI builds once, then runs the tests on SQLite and
// on PostgreSQL against the same build (both databases hold data/).
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db";
// "Today" for the server and the tests alike: the test's clock unless E2E_TODAY fixes it.
// Set here so the test workers, which inherit this process's environment, read the same date.
process.env.E2E_TODAY ??= new Date().toISOString().slice(0, 10);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npm run db:seed && ${process.env.E2E_REUSE_BUILD === "1" ? "" : "npm run build && "}npm run start -- -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: {
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: `http://127.0.0.1:${port}`,
      ATLAS_TODAY: process.env.E2E_TODAY,
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
