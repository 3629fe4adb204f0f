// Makes a Prisma client for a database URL, with the driver adapter that fits
// it. Used by lib/db.ts (the app's singleton) and by the seed and tests, which
// need clients for other databases (a temporary SQLite file, a test schema).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { databaseTarget } from "@/lib/env";

export type Db = SqliteClient;

/**
 * A new client for `url` (default: DATABASE_URL). Callers own it and must $disconnect it.
 * `readOnly` is for the app, which never writes: SQLite opens the file read-only (and
 * never creates an empty one), PostgreSQL sessions default to read-only transactions.
 */
export function createClient(url?: string, { readOnly = false }: { readOnly?: boolean } = {}): Db {
  const target = databaseTarget(url);
  if (target.provider === "sqlite") {
    const options = readOnly ? { readonly: true, fileMustExist: true } : {};
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.url, ...options }) });
  }
  const pg = new PgClient({
    adapter: new PrismaPg({
      connectionString: target.url,
      ...(readOnly ? { options: "-c default_transaction_read_only=on" } : {}),
    }),
  });
  // Same models and query API, other provider: see docs/decisions/001.
  return pg as unknown as Db;
}
