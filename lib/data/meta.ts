import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";

export type DatasetMeta = { version: string; lastUpdated: string; licence: string; builtAt: string };

/** The dataset's version and last-updated date, for the footer and citations (cached: see lib/data/cache.ts). */
export const getDatasetMeta = cached("meta.getDatasetMeta", async (): Promise<DatasetMeta> => {
  const row = await getDb().datasetMeta.findUnique({
    where: { id: 1 },
    select: { version: true, lastUpdated: true, licence: true, builtAt: true },
  });
  if (!row) throw new Error("The database has no dataset metadata: run `npm run db:seed`");
  return row;
});
