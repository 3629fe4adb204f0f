// The Prisma client, made once per process. Server only: it opens database
// connections. Only lib/data/ and the seed import this module (lint enforces it).
//
// Both generated clients have the same models (one schema, two providers, see
// docs/decisions/001); the SQLite client's type stands for both.
import "server-only";
import { createClient, type Db } from "@/lib/db-client";

const globalForDb = globalThis as unknown as { atlasDb?: Db };

/** The shared, read-only client. In development Next reloads modules, so the instance lives on globalThis. */
export function getDb(): Db {
  const existing = globalForDb.atlasDb;
  if (existing) return existing;
  const created = createClient(undefined, { readOnly: true });
  globalForDb.atlasDb = created;
  return created;
}
