// Before `next dev`: build the SQLite database from data/ if it does not exist
// yet, so a fresh clone works without a separate seed step.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "file:./prisma/atlas.db";
if (url.startsWith("file:") && !existsSync(path.resolve(url.slice("file:".length)))) {
  execFileSync("npm", ["run", "db:seed"], { stdio: "inherit" });
}
