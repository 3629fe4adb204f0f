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
import { copyData, dataDir, edit, fingerprint } from "./helpers";

const workDir = mkdtempSync(path.join(tmpdir(), "atlas-seed-"));
const dbFile = path.join(workDir, "atlas.db");
const url = `file:${dbFile}`;

beforeAll(async () => {
  await seedDatabase({ dataDir, url, now: new Date("2026-01-01T00:00:00Z") });
});

const cases: { name: string; file: string; from: string; to: string; expect: RegExp[] }[] = [
  {
    name: "an unknown country code",
    file: "factories.yaml",
    from: "  country: FI\n  wave: 2024-12",
    to: "  country: XX\n  wave: 2024-12",
    expect: [/data\/factories\.yaml/, /record #1 \(slug: lumi-aif\)/, /field country/, /unknown country code "XX"/],
  },
  {
    name: "a dangling reference (an antenna linked to a factory that does not exist)",
    file: "antennas.yaml",
    from: "    - { factory: lumi-aif }\n    - { factory: jaif }",
    to: "    - { factory: lumi-aif }\n    - { factory: no-such-factory }",
    expect: [/data\/antennas\.yaml/, /be-aifa/, /field factories\.1\.factory/, /unknown factory "no-such-factory"/],
  },
  {
    name: "a duplicate slug",
    file: "systems.yaml",
    from: "- slug: lumi\n",
    to: "- slug: jupiter\n",
    expect: [/data\/systems\.yaml/, /record #2 \(slug: jupiter\)/, /duplicate slug "jupiter"/],
  },
  {
    name: "a negative count",
    file: "systems.yaml",
    from: "accelerator_count: { value: 576,",
    to: "accelerator_count: { value: -576,",
    expect: [/data\/systems\.yaml/, /slug: karolina/, /field figures\.accelerator_count\.0\.value/, /must not be negative/],
  },
  {
    name: "a non-numeric count",
    file: "systems.yaml",
    from: "accelerator_count: { value: 240,",
    to: 'accelerator_count: { value: "two hundred",',
    expect: [/slug: vega/, /field figures\.accelerator_count\.0\.value/, /must be a number/],
  },
  {
    name: "a malformed date",
    file: "events.yaml",
    from: "date: 2024-12-10, kind: selection",
    to: "date: 2024-13-10, kind: selection",
    expect: [/data\/events\.yaml/, /slug: first-wave-selected/, /field date/, /must be a real date/],
  },
  {
    name: "a figure without a source",
    file: "systems.yaml",
    from: "rmax_pflops: { value: 12.81, source: ehpc-systems-page, as_of: 2025,",
    to: "rmax_pflops: { value: 12.81, as_of: 2025,",
    expect: [
      /slug: meluxina/,
      /field figures\.rmax_pflops\.0\.source/,
      /Invalid input: expected string, received undefined|required/,
    ],
  },
  {
    name: "an unknown source id",
    file: "training-runs.yaml",
    from: "gpu_count: { value: 128, source: meyer-2026-eurohpc",
    to: "gpu_count: { value: 128, source: nobody-said-this",
    expect: [
      /data\/training-runs\.yaml/,
      /slug: minerva-7b/,
      /field figures\.gpu_count\.0\.source/,
      /unknown source id "nobody-said-this"/,
    ],
  },
  {
    name: "several claims with none preferred",
    file: "systems.yaml",
    from: 'preferred: true, note: "Primary source." }\n      - { value: 15.2',
    to: 'note: "Primary source." }\n      - { value: 15.2',
    expect: [/slug: karolina/, /field figures\.rpeak_pflops/, /mark exactly one preferred/],
  },
];

describe("the seed rejects bad data and leaves the database as it was", () => {
  it.each(cases)("$name", async (c) => {
    const before = fingerprint(dbFile);
    const dir = copyData();
    edit(dir, c.file, c.from, c.to);
    const error = await seedDatabase({ dataDir: dir, url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const message = (error as DataError).message;
    for (const pattern of c.expect) expect(message).toMatch(pattern);
    expect(fingerprint(dbFile)).toBe(before);
    expect(readdirSync(workDir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("stops the command with exit code 1 and names the problem", () => {
    const dir = copyData();
    edit(dir, "factories.yaml", "  country: FI\n  wave: 2024-12", "  country: XX\n  wave: 2024-12");
    const before = fingerprint(dbFile);
    const run = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts", dir], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Seed stopped: nothing was written/);
    expect(run.stderr).toMatch(/data\/factories\.yaml, record #1 \(slug: lumi-aif\), field country/);
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
