import path from "node:path";
import { defineConfig } from "vitest/config";

// Two kinds of test: unit tests beside the code (lib/, server/) and the seed's, and
// data tests (tests/data/) that run against real databases built from data/:
// SQLite always, PostgreSQL too when TEST_PG_URL is set (CI sets it).
const alias = {
  "@": path.resolve(__dirname),
  // "server-only" throws outside React's server build; the data layer is plain Node here.
  "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
};

const dataProject = (name: string, url: string) => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/data/**/*.test.ts"],
    globalSetup: ["tests/data/global-setup.ts"],
    env: { DATABASE_URL: url, NODE_ENV: "test" as const },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

const pg = process.env.TEST_PG_URL;

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "server/**/*.test.ts",
            "components/**/*.test.tsx",
            "tests/seed/**/*.test.ts",
            "tests/lint/**/*.test.ts",
          ],
          testTimeout: 60_000,
        },
      },
      dataProject("data-sqlite", `file:${path.resolve(__dirname, "prisma", "test-data.db")}`),
      ...(pg ? [dataProject("data-postgresql", pg)] : []),
    ],
  },
});
