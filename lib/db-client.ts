// Makes a Prisma client for a database URL, with the driver adapter that fits
// it. Used by lib/db.ts (the app's singleton) and by the seed and tests, which
// need clients for other databases (a temporary SQLite file, a test schema).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { databaseTarget } from "@/lib/env";

export type Db = SqliteClient;

/** A new client for `url` (default: DATABASE_URL). Callers own it and must $disconnect it. */
export function createClient(url?: string): Db {
  const target = databaseTarget(url);
  if (target.provider === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.url }) });
  }
  const pg = new PgClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  // Same models and query API, other provider: see docs/decisions/001.
  return pg as unknown as Db;
}
