// The seed: it rejects each class of bad data with the file, record and field
// named, writes nothing when it does, and gives the same database twice.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db-client";
import { DataError } from "@/lib/seed/load";
import { seedDatabase } from "@/lib/seed/run";
import { baseFixture, figuresOf, recordOf, writeFixture, type Fixture } from "./fixture";
import { dataDir, fingerprint } from "./helpers";

const workDir = mkdtempSync(path.join(tmpdir(), "atlas-seed-"));
const dbFile = path.join(workDir, "atlas.db");
const url = `file:${dbFile}`;

beforeAll(async () => {
  await seedDatabase({ dataDir, url, now: new Date("2026-01-01T00:00:00Z") });
});

// Each case breaks one field of a small valid dataset made in code (tests/seed/fixture.ts).
const cases: { name: string; breakIt: (f: Fixture) => void; expect: RegExp[] }[] = [
  {
    name: "an unknown country code",
    breakIt: (f) => (recordOf(f, "factories").country = "XX"),
    expect: [/data\/factories\.yaml/, /record #1 \(slug: alpha-aif\)/, /field country/, /unknown country code "XX"/],
  },
  {
    name: "a dangling reference (an antenna linked to a factory that does not exist)",
    breakIt: (f) => (recordOf(f, "antennas").factories = [{ factory: "no-such-factory" }]),
    expect: [/data\/antennas\.yaml/, /beta-aifa/, /field factories\.0\.factory/, /unknown factory "no-such-factory"/],
  },
  {
    name: "a duplicate slug",
    breakIt: (f) => (recordOf(f, "systems", 1).slug = "alpha"),
    expect: [/data\/systems\.yaml/, /record #2 \(slug: alpha\)/, /duplicate slug "alpha"/],
  },
  {
    name: "a negative count",
    breakIt: (f) => (figuresOf(f, "systems").node_count = { value: -2978, source: "src-a", as_of: "2025", kind: "announced" }),
    expect: [/data\/systems\.yaml/, /slug: alpha/, /field figures\.node_count\.0\.value/, /must not be negative/],
  },
  {
    name: "a non-numeric count",
    breakIt: (f) =>
      (figuresOf(f, "systems").node_count = { value: "two hundred", source: "src-a", as_of: "2025", kind: "announced" }),
    expect: [/slug: alpha/, /field figures\.node_count\.0\.value/, /must be a number/],
  },
  {
    name: "a malformed date",
    breakIt: (f) => (recordOf(f, "events").date = "2024-13-10"),
    expect: [/data\/events\.yaml/, /slug: past/, /field date/, /must be a real date/],
  },
  {
    name: "a figure without a source",
    breakIt: (f) => (figuresOf(f, "systems").node_count = { value: 2978, as_of: "2025", kind: "announced" }),
    expect: [
      /slug: alpha/,
      /field figures\.node_count\.0\.source/,
      /Invalid input: expected string, received undefined|required/,
    ],
  },
  {
    name: "an unknown source id",
    breakIt: (f) =>
      (figuresOf(f, "systems").node_count = { value: 2978, source: "nobody-said-this", as_of: "2025", kind: "announced" }),
    expect: [
      /data\/systems\.yaml/,
      /slug: alpha/,
      /field figures\.node_count\.0\.source/,
      /unknown source id "nobody-said-this"/,
    ],
  },
  {
    name: "several claims with none preferred",
    breakIt: (f) =>
      (figuresOf(f, "systems").node_count = [
        { value: 2978, source: "src-a", as_of: "2025", kind: "announced" },
        { value: 2560, source: "src-b", as_of: "2021", kind: "expected" },
      ]),
    expect: [/slug: alpha/, /field figures\.node_count/, /mark exactly one preferred/],
  },
];

describe("the seed rejects bad data and leaves the database as it was", () => {
  it.each(cases)("$name", async (c) => {
    const before = fingerprint(dbFile);
    const f = baseFixture();
    c.breakIt(f);
    const dir = writeFixture(f);
    const error = await seedDatabase({ dataDir: dir, url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const message = (error as DataError).message;
    for (const pattern of c.expect) expect(message).toMatch(pattern);
    expect(fingerprint(dbFile)).toBe(before);
    expect(readdirSync(workDir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("stops the command with exit code 1 and names the problem", () => {
    const f = baseFixture();
    recordOf(f, "factories").country = "XX";
    const dir = writeFixture(f);
    const before = fingerprint(dbFile);
    const run = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts", dir], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Seed stopped: nothing was written/);
    expect(run.stderr).toMatch(/data\/factories\.yaml, record #1 \(slug: alpha-aif\), field country/);
    expect(fingerprint(dbFile)).toBe(before);
  });
});

describe("the seed is repeatable", () => {
  it("gives the same rows when run twice", async () => {
    const dump = async () => {
      const db = createClient(url);
      try {
        const [claims, sources, factories, events] = await Promise.all([
          db.claim.findMany({ orderBy: { id: "asc" }, omit: { id: true } }),
          db.source.findMany({ orderBy: { id: "asc" } }),
          db.factory.findMany({ orderBy: { slug: "asc" } }),
          db.event.findMany({ orderBy: { slug: "asc" } }),
        ]);
        return JSON.stringify({ claims, sources, factories, events });
      } finally {
        await db.$disconnect();
      }
    };
    const first = await dump();
    const result = await seedDatabase({ dataDir, url, now: new Date("2026-01-01T00:00:00Z") });
    expect(result.rows).toBeGreaterThan(500);
    expect(await dump()).toBe(first);
  });

  it("keeps the committed SQLite DDL in step with prisma/schema.prisma", () => {
    const probe = path.join(workDir, "ddl-probe.db");
    const sql = execFileSync(
      process.execPath,
      [
        path.resolve("node_modules/prisma/build/index.js"),
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: `file:${probe}`,
          PRISMA_SCHEMA_ENGINE_BINARY: path.resolve("package.json"),
          PRISMA_QUERY_ENGINE_LIBRARY: path.resolve("package.json"),
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    expect(existsSync("prisma/sql/sqlite.sql")).toBe(true);
    expect(sql).toBe(readFileSync("prisma/sql/sqlite.sql", "utf8"));
  });
});
