// Prisma CLI configuration. The CLI runs its WebAssembly schema engine
// (`engine: "js"`) through a driver adapter, so it never needs the native
// engine binaries that Prisma would otherwise download (unreachable here).
// scripts/prisma.mjs picks the schema (SQLite or PostgreSQL) and sets the
// engine path variables; run the CLI through `npm run db:*`, not directly.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL ?? "file:./prisma/atlas.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? path.join("prisma", "generated", "postgresql.prisma") : path.join("prisma", "schema.prisma"),
  async adapter() {
    return isPostgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
