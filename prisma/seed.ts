// `npm run db:seed`: rebuilds the database named by DATABASE_URL from data/.
// Exits 1 with every problem listed (file, record, field) when the data is bad,
// and leaves the existing database untouched.
import path from "node:path";
import { DataError } from "@/lib/seed/load";
import { seedDatabase } from "@/lib/seed/run";

async function main() {
  const dataDir = path.resolve(process.argv[2] ?? "data");
  try {
    const result = await seedDatabase({ dataDir });
    console.log(
      `Seeded ${result.provider} database from ${path.relative(process.cwd(), dataDir) || "."}: ${result.rows} rows, dataset ${result.version}.`,
    );
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`Seed stopped: nothing was written.\n${error.message}`);
    } else {
      console.error("Seed failed:", error instanceof Error ? error.message : error);
      if (error instanceof Error && error.cause) console.error("Cause:", error.cause);
    }
    process.exitCode = 1;
  }
}

void main();
