import "server-only";
import { getDb } from "@/lib/db";

export type Health = { ok: true; version: string; lastUpdated: string } | { ok: false; error: string };

/** Queries the database for the dataset version, giving up after `timeoutMs`. */
export async function checkDatabase(timeoutMs = 2000): Promise<Health> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const row = await Promise.race([
      getDb().datasetMeta.findUnique({ where: { id: 1 }, select: { version: true, lastUpdated: true } }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
      }),
    ]);
    return row
      ? { ok: true, version: row.version, lastUpdated: row.lastUpdated }
      : { ok: false, error: "no dataset in the database" };
  } catch (error) {
    console.error("Health check: the database did not answer", error);
    return { ok: false, error: "the database did not answer" };
  } finally {
    clearTimeout(timer);
  }
}
