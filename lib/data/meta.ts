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

export type Top500ListView = {
  edition: string;
  number: number;
  published: string;
  coverage: "complete" | "partial";
  note: string | null;
};

export type Coverage = {
  /** The TOP500 lists the atlas records, oldest first. */
  lists: Top500ListView[];
  /** The newest of them, which "latest rank" means; null when none. */
  newestList: Top500ListView | null;
  /** The oldest and newest `checked` dates over every record. */
  checked: { oldest: string; newest: string } | null;
};

/** What the dataset covers and when it was checked, computed from the data (cached: see lib/data/cache.ts). */
export const getCoverage = cached("meta.getCoverage", async (): Promise<Coverage> => {
  const db = getDb();
  const [lists, ...ranges] = await Promise.all([
    db.top500List.findMany({
      select: { edition: true, number: true, published: true, coverage: true, note: true },
      orderBy: { edition: "asc" },
    }),
    ...[
      db.factory.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.antenna.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.system.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.top500Entry.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.programme.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.event.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.modelProject.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.trainingRun.aggregate({ _min: { checked: true }, _max: { checked: true } }),
      db.country.aggregate({ _min: { checked: true }, _max: { checked: true } }),
    ],
  ]);
  const mins = ranges.map((r) => r._min.checked).filter((d): d is string => d !== null);
  const maxs = ranges.map((r) => r._max.checked).filter((d): d is string => d !== null);
  const views = lists.map((l) => ({ ...l, coverage: l.coverage === "complete" ? ("complete" as const) : ("partial" as const) }));
  return {
    lists: views,
    newestList: views.at(-1) ?? null,
    checked: mins.length ? { oldest: mins.sort()[0] ?? "", newest: maxs.sort().at(-1) ?? "" } : null,
  };
});
