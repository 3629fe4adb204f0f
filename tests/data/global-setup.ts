// Builds the project's test database from data/ once before the data tests:
// the real seed, into the database the project's DATABASE_URL names.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { seedDatabase } from "@/lib/seed/run";

export default async function setup(project: TestProject) {
  const url = project.config.env?.DATABASE_URL;
  if (typeof url !== "string") throw new Error("data tests need DATABASE_URL in the project's env");
  await seedDatabase({ dataDir: path.resolve(__dirname, "..", "..", "data"), url });
}
