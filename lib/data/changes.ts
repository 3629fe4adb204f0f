import "server-only";
// The public changelog: every change to the data with its reason and source.
import { cached } from "@/lib/data/cache";
import { allRecords, type RecordRef, type RecordType, type SourceRef } from "@/lib/data/records";
import { getDb } from "@/lib/db";

export type ChangeView = {
  id: string;
  date: string;
  record: RecordRef;
  field: string | null;
  from: string | null;
  to: string | null;
  reason: string;
  sources: SourceRef[];
};

/** Every change, newest first (by date, then by the order the file lists them, later first). */
async function listChangesUncached(): Promise<ChangeView[]> {
  const [rows, records] = await Promise.all([
    getDb().change.findMany({
      select: {
        id: true,
        date: true,
        subjectType: true,
        subjectSlug: true,
        field: true,
        fromValue: true,
        toValue: true,
        reason: true,
        position: true,
        sources: { select: { source: { select: { id: true, title: true, publisher: true, url: true } } } },
      },
      orderBy: [{ date: "desc" }, { position: "desc" }],
    }),
    allRecords(),
  ]);
  const byKey = new Map(records.map((r) => [`${r.type}:${r.key}`, r]));
  return rows.map((c) => ({
    id: c.id,
    date: c.date,
    record: byKey.get(`${c.subjectType}:${c.subjectSlug}`) ?? {
      type: c.subjectType as RecordType,
      key: c.subjectSlug,
      name: c.subjectSlug,
      href: "/changes",
      checked: null,
    },
    field: c.field,
    from: c.fromValue,
    to: c.toValue,
    reason: c.reason,
    sources: c.sources.map((s) => s.source),
  }));
}

/** Cached: see lib/data/cache.ts. */
export const listChanges = cached("changes.listChanges", listChangesUncached);

/** The changes to one record, newest first; TOP500 entries of a system count as the system's. */
export async function changesFor(type: RecordType, key: string): Promise<ChangeView[]> {
  const all = await listChanges();
  return all.filter(
    (c) =>
      (c.record.type === type && c.record.key === key) ||
      (type === "system" && c.record.type === "top500" && c.record.key.startsWith(`${key}@`)),
  );
}
