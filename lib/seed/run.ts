// Builds a database from data/: validate everything, then write everything in
// one go, so the existing database is either replaced whole or left as it was.
//
// SQLite: the new database is built in a temporary file beside the target and
// renamed over it only when complete (rename is atomic on one filesystem).
// PostgreSQL: tables are dropped, recreated and filled in a single transaction
// (PostgreSQL's DDL is transactional), so readers see the old data or the new.
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { createClient } from "@/lib/db-client";
import { databaseTarget } from "@/lib/env";
import { loadDataset, type Dataset } from "@/lib/seed/load";
import { writeDataset } from "@/lib/seed/write";

const root = path.resolve(__dirname, "..", "..");

/** The DDL statements for a provider, from prisma/sql/ (regenerate with `npm run db:sql`). */
export function ddlStatements(provider: "sqlite" | "postgresql"): string[] {
  const sql = readFileSync(path.join(root, "prisma", "sql", `${provider}.sql`), "utf8");
  return sql
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split("\n")
        .filter((line) => !line.trim().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter(Boolean);
}

/** The table names the DDL creates. */
export function tableNames(statements: string[]): string[] {
  return statements.flatMap((s) => /^CREATE TABLE "([^"]+)"/.exec(s)?.[1] ?? []);
}

export type SeedResult = { rows: number; provider: "sqlite" | "postgresql"; version: string };

/** Validates `dataDir` and rebuilds the database at `url`; throws DataError before touching anything if the data is bad. */
export async function seedDatabase(options: { dataDir: string; url?: string; now?: Date }): Promise<SeedResult> {
  return seedDataset(loadDataset(options.dataDir), options);
}

/** Rebuilds the database at `url` from an already validated dataset (the seed, and the benchmark's synthetic data). */
export async function seedDataset(dataset: Dataset, options: { url?: string; now?: Date } = {}): Promise<SeedResult> {
  const target = databaseTarget(options.url);
  const builtAt = (options.now ?? new Date()).toISOString();

  if (target.provider === "sqlite") {
    const tmp = `${target.file}.tmp-${process.pid}`;
    rmSync(tmp, { force: true });
    const db = createClient(`file:${tmp}`);
    try {
      const rows = await db.$transaction(
        async (tx) => {
          for (const stmt of ddlStatements("sqlite")) await tx.$executeRawUnsafe(stmt);
          return writeDataset(tx, dataset, builtAt);
        },
        { timeout: 120_000, maxWait: 10_000 },
      );
      await db.$disconnect();
      renameSync(tmp, target.file);
      for (const suffix of ["-journal", "-wal", "-shm"]) {
        if (existsSync(`${target.file}${suffix}`)) rmSync(`${target.file}${suffix}`);
      }
      return { rows, provider: "sqlite", version: dataset.info.version };
    } catch (error) {
      await db.$disconnect();
      rmSync(tmp, { force: true });
      throw new Error(`Writing the SQLite database failed; ${target.file} was left as it was`, { cause: error });
    }
  }

  const db = createClient(target.url);
  try {
    const statements = ddlStatements("postgresql");
    const rows = await db.$transaction(
      async (tx) => {
        for (const table of tableNames(statements)) await tx.$executeRawUnsafe(`DROP TABLE IF EXISTS "${table}" CASCADE`);
        for (const stmt of statements) await tx.$executeRawUnsafe(stmt);
        return writeDataset(tx, dataset, builtAt);
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { rows, provider: "postgresql", version: dataset.info.version };
  } catch (error) {
    throw new Error("Writing the PostgreSQL database failed; the transaction was rolled back", { cause: error });
  } finally {
    await db.$disconnect();
  }
}
