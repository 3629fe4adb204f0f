// `npm run db:validate`: checks data/ against the schemas without touching a database.
import path from "node:path";
import { DataError, loadDataset } from "@/lib/seed/load";

try {
  const d = loadDataset(path.resolve(process.argv[2] ?? "data"));
  console.log(
    `data/ is valid: ${d.factories.length} factories, ${d.antennas.length} antennas, ${d.systems.length} systems, ${d.events.length} events, ${d.sources.length} sources.`,
  );
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
