import "server-only";
// Record-level facts that every entity shares: where to apply, when the record
// was last checked, and a name and page address for any record key (for the
// changelog and the freshness list).
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { figureLabel } from "@/lib/figures";

export type SourceRef = { id: string; title: string; publisher: string; url: string | null };

export type AccessModeView = { name: string; detail: string | null; source: SourceRef };

/** Where a reader goes next for a factory or antenna; null links were searched for on `searched` and not found. */
export type ApplyInfo = {
  website: string | null;
  access: string | null;
  /** When someone last looked for the links; null when nobody has yet. */
  searched: string | null;
  modes: AccessModeView[];
};

const sourceRef = { select: { id: true, title: true, publisher: true, url: true } } as const;

/** The access modes of every factory or antenna of `type`, grouped by slug. */
async function accessModesUncached(type: "factory" | "antenna"): Promise<Record<string, AccessModeView[]>> {
  const rows = await getDb().accessMode.findMany({
    where: { subjectType: type },
    select: { subjectSlug: true, name: true, detail: true, source: sourceRef },
    orderBy: [{ subjectSlug: "asc" }, { position: "asc" }],
  });
  const out: Record<string, AccessModeView[]> = {};
  for (const r of rows) (out[r.subjectSlug] ??= []).push({ name: r.name, detail: r.detail, source: r.source });
  return out;
}

/** Cached: see lib/data/cache.ts. */
export const accessModes = cached("records.accessModes", accessModesUncached);

/** Builds a record's ApplyInfo from its link columns and its access modes. */
export function applyInfo(
  row: { website: string | null; accessUrl: string | null; linksSearched: string | null },
  modes: AccessModeView[] | undefined,
): ApplyInfo {
  return { website: row.website, access: row.accessUrl, searched: row.linksSearched, modes: modes ?? [] };
}

export type RecordType =
  | "factory"
  | "antenna"
  | "system"
  | "top500"
  | "programme"
  | "event"
  | "project"
  | "training-run"
  | "country"
  | "access-track"
  | "source";

export type RecordRef = { type: RecordType; key: string; name: string; href: string; checked: string | null };

export const recordTypeLabels: Record<RecordType, string> = {
  factory: "AI Factory",
  antenna: "Antenna",
  system: "System",
  top500: "TOP500 entry",
  programme: "Programme",
  event: "Event",
  project: "Model project",
  "training-run": "Training run",
  country: "Country",
  "access-track": "Access track",
  source: "Source",
};

/** Every record in the atlas with its name, page and check date: the index the changelog and the freshness page read. */
async function allRecordsUncached(): Promise<RecordRef[]> {
  const db = getDb();
  const [factories, antennas, systems, top500, programmes, events, projects, runs, countries, tracks, sources] =
    await Promise.all([
      db.factory.findMany({ select: { slug: true, name: true, checked: true } }),
      db.antenna.findMany({ select: { slug: true, name: true, checked: true } }),
      db.system.findMany({ select: { slug: true, name: true, checked: true } }),
      db.top500Entry.findMany({
        select: { id: true, systemSlug: true, edition: true, checked: true, system: { select: { name: true } } },
      }),
      db.programme.findMany({ select: { slug: true, name: true, checked: true } }),
      db.event.findMany({ select: { slug: true, title: true, checked: true } }),
      db.modelProject.findMany({ select: { slug: true, name: true, checked: true } }),
      db.trainingRun.findMany({ select: { slug: true, model: true, checked: true, projectSlug: true } }),
      db.country.findMany({ select: { code: true, name: true, checked: true } }),
      db.accessTrack.findMany({ select: { slug: true, name: true, checked: true, antennaSlug: true, factorySlug: true } }),
      db.source.findMany({ select: { id: true, title: true } }),
    ]);
  return [
    ...factories.map((r) => ({
      type: "factory" as const,
      key: r.slug,
      name: r.name,
      href: `/factories/${r.slug}`,
      checked: r.checked,
    })),
    ...antennas.map((r) => ({
      type: "antenna" as const,
      key: r.slug,
      name: r.name,
      href: `/antennas/${r.slug}`,
      checked: r.checked,
    })),
    ...systems.map((r) => ({
      type: "system" as const,
      key: r.slug,
      name: r.name,
      href: `/systems/${r.slug}`,
      checked: r.checked,
    })),
    ...top500.map((r) => ({
      type: "top500" as const,
      key: r.id,
      name: `${r.system.name}, TOP500 ${r.edition}`,
      href: `/systems/${r.systemSlug}#top500`,
      checked: r.checked,
    })),
    ...programmes.map((r) => ({
      type: "programme" as const,
      key: r.slug,
      name: r.name,
      href: `/funding#${r.slug}`,
      checked: r.checked,
    })),
    ...events.map((r) => ({
      type: "event" as const,
      key: r.slug,
      name: r.title,
      href: `/timeline#${r.slug}`,
      checked: r.checked,
    })),
    ...projects.map((r) => ({
      type: "project" as const,
      key: r.slug,
      name: r.name,
      href: `/models#${r.slug}`,
      checked: r.checked,
    })),
    ...runs.map((r) => ({
      type: "training-run" as const,
      key: r.slug,
      name: r.model,
      href: `/models#${r.projectSlug}`,
      checked: r.checked,
    })),
    ...countries.map((r) => ({
      type: "country" as const,
      key: r.code,
      name: r.name,
      href: `/countries/${r.code.toLowerCase()}`,
      checked: r.checked,
    })),
    ...tracks.map((r) => ({
      type: "access-track" as const,
      key: r.slug,
      name: r.name,
      href: r.antennaSlug ? `/antennas/${r.antennaSlug}#access` : `/factories/${r.factorySlug ?? ""}#access`,
      checked: r.checked,
    })),
    ...sources.map((r) => ({ type: "source" as const, key: r.id, name: r.title, href: `/sources#${r.id}`, checked: null })),
  ];
}

/** Cached: see lib/data/cache.ts. */
export const allRecords = cached("records.allRecords", allRecordsUncached);

/** Records that carry a check date, oldest check first: the freshness list. */
export async function recordsByCheck(): Promise<RecordRef[]> {
  const records = await allRecords();
  return records
    .filter((r) => r.checked !== null)
    .sort(
      (a, b) => (a.checked ?? "").localeCompare(b.checked ?? "") || a.type.localeCompare(b.type) || a.name.localeCompare(b.name),
    );
}

/** Finds a record's name and page; null when the key names nothing (never for a seeded change). */
export async function recordRef(type: RecordType, key: string): Promise<RecordRef | null> {
  return (await allRecords()).find((r) => r.type === type && r.key === key) ?? null;
}

export type MissingFigureView = { field: string; label: string; searched: string };

/** Every figure searched for and not found, by record ("type:slug"). */
const allMissing = cached("records.allMissing", async (): Promise<Record<string, MissingFigureView[]>> => {
  const rows = await getDb().missingFigure.findMany({
    orderBy: [{ subjectType: "asc" }, { subjectSlug: "asc" }, { field: "asc" }],
  });
  const out: Record<string, MissingFigureView[]> = {};
  for (const r of rows)
    (out[`${r.subjectType}:${r.subjectSlug}`] ??= []).push({ field: r.field, label: figureLabel(r.field), searched: r.searched });
  return out;
});

/** The figures of one record that were searched for and not found, with the date of the search. */
export async function missingFigures(type: RecordType, key: string): Promise<MissingFigureView[]> {
  return (await allMissing())[`${type}:${key}`] ?? [];
}
