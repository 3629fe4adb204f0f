import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { figureFields } from "@/lib/figures";
import type { SourceKind } from "@/lib/data/claims";

export type Citation = { subjectType: string; subjectSlug: string; subjectName: string; what: string[] };

export type SourceEntry = {
  id: string;
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
  kind: SourceKind;
  note: string | null;
  citations: Citation[];
};

const typeOrder = [
  "programme",
  "factory",
  "antenna",
  "access-track",
  "system",
  "top500",
  "top500-list",
  "event",
  "project",
  "training-run",
  "country",
  "change",
];

/** Every source with the records and figures that rest on it, sources newest first. */
async function listSourcesUncached(): Promise<SourceEntry[]> {
  const db = getDb();
  const [sources, claims, refs, top500, names, lists, modes, changes] = await Promise.all([
    db.source.findMany({
      select: { id: true, title: true, publisher: true, date: true, url: true, kind: true, note: true },
      orderBy: [{ dateSort: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    }),
    db.claim.findMany({ select: { sourceId: true, subjectType: true, subjectSlug: true, field: true, label: true } }),
    db.recordSource.findMany({ select: { sourceId: true, subjectType: true, subjectSlug: true } }),
    db.top500Entry.findMany({ select: { sourceId: true, systemSlug: true, edition: true } }),
    subjectNames(),
    db.top500List.findMany({ select: { sourceId: true, edition: true } }),
    db.accessMode.findMany({ select: { sourceId: true, subjectType: true, subjectSlug: true, name: true } }),
    db.changeSource.findMany({
      select: { sourceId: true, change: { select: { id: true, date: true, subjectType: true, subjectSlug: true } } },
    }),
  ]);

  const bySource = new Map<string, Map<string, Citation>>();
  const add = (sourceId: string, subjectType: string, subjectSlug: string, what: string | null) => {
    const citations = bySource.get(sourceId) ?? new Map<string, Citation>();
    const key = `${subjectType}:${subjectSlug}`;
    const c = citations.get(key) ?? {
      subjectType,
      subjectSlug,
      subjectName:
        names.get(key) ??
        (subjectType === "top500-list"
          ? `TOP500 list, ${subjectSlug}`
          : subjectType === "change"
            ? `Change ${subjectSlug}`
            : subjectSlug),
      what: [],
    };
    if (what && !c.what.includes(what)) c.what.push(what);
    citations.set(key, c);
    bySource.set(sourceId, citations);
  };
  for (const r of refs) add(r.sourceId, r.subjectType, r.subjectSlug, null);
  for (const c of claims) add(c.sourceId, c.subjectType, c.subjectSlug, figureFields[c.field]?.label ?? c.label ?? c.field);
  for (const t of top500) add(t.sourceId, "system", t.systemSlug, `TOP500 entry, ${t.edition}`);
  for (const l of lists) add(l.sourceId, "top500-list", l.edition, null);
  for (const m of modes) add(m.sourceId, m.subjectType, m.subjectSlug, `Access: ${m.name}`);
  // A source a published change rests on stays cited, even when the figure it backed was later replaced.
  for (const c of changes) add(c.sourceId, "change", c.change.id, null);

  return sources.map((s) => ({
    ...s,
    kind: s.kind === "primary" || s.kind === "secondary" ? s.kind : "analysis",
    citations: [...(bySource.get(s.id)?.values() ?? [])].sort(
      (a, b) => typeOrder.indexOf(a.subjectType) - typeOrder.indexOf(b.subjectType) || a.subjectName.localeCompare(b.subjectName),
    ),
  }));
}

async function subjectNames(): Promise<Map<string, string>> {
  const db = getDb();
  const [factories, antennas, systems, programmes, events, projects, runs, countries, tracks] = await Promise.all([
    db.factory.findMany({ select: { slug: true, name: true } }),
    db.antenna.findMany({ select: { slug: true, name: true } }),
    db.system.findMany({ select: { slug: true, name: true } }),
    db.programme.findMany({ select: { slug: true, name: true } }),
    db.event.findMany({ select: { slug: true, title: true } }),
    db.modelProject.findMany({ select: { slug: true, name: true } }),
    db.trainingRun.findMany({ select: { slug: true, model: true } }),
    db.country.findMany({ select: { code: true, name: true } }),
    db.accessTrack.findMany({ select: { slug: true, name: true, antenna: { select: { name: true } } } }),
  ]);
  return new Map<string, string>([
    ...factories.map((r) => [`factory:${r.slug}`, r.name] as const),
    ...antennas.map((r) => [`antenna:${r.slug}`, r.name] as const),
    ...systems.map((r) => [`system:${r.slug}`, r.name] as const),
    ...programmes.map((r) => [`programme:${r.slug}`, r.name] as const),
    ...events.map((r) => [`event:${r.slug}`, r.title] as const),
    ...projects.map((r) => [`project:${r.slug}`, r.name] as const),
    ...runs.map((r) => [`training-run:${r.slug}`, r.model] as const),
    ...countries.map((r) => [`country:${r.code}`, r.name] as const),
    ...tracks.map((r) => [`access-track:${r.slug}`, `${r.antenna?.name ?? ""} ${r.name}`.trim()] as const),
  ]);
}

/** Cached: see lib/data/cache.ts. */
export const listSources = cached("sources.listSources", listSourcesUncached);
