import "server-only";
import type MiniSearch from "minisearch";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { buildSearchIndex, search, type SearchDoc, type SearchOutcome } from "@/lib/search";

const tierWords: Record<string, string> = {
  exascale: "exascale",
  "pre-exascale": "pre-exascale",
  petascale: "petascale",
  "ai-optimised": "AI-optimised AI optimized",
  national: "national",
};

/** Every searchable record as a document: systems, factories, antennas, countries, programmes, events, projects and sources. */
async function searchDocsUncached(): Promise<SearchDoc[]> {
  const db = getDb();
  const country = { select: { name: true, code: true } } as const;
  const [factories, antennas, systems, countries, projects, programmes, events, sources] = await Promise.all([
    db.factory.findMany({
      select: {
        slug: true,
        name: true,
        acronym: true,
        city: true,
        host: true,
        country,
        systems: { select: { system: { select: { name: true, acceleratorModel: true } } } },
      },
    }),
    db.antenna.findMany({ select: { slug: true, name: true, city: true, host: true, country } }),
    db.system.findMany({
      select: {
        slug: true,
        name: true,
        city: true,
        site: true,
        vendor: true,
        acceleratorModel: true,
        acceleratorVendor: true,
        family: true,
        generation: true,
        tier: true,
        status: true,
        country,
      },
    }),
    db.country.findMany({ select: { code: true, name: true, capital: true } }),
    db.modelProject.findMany({
      select: { slug: true, name: true, organisation: true, computeNote: true, runs: { select: { model: true } } },
    }),
    db.programme.findMany({ select: { slug: true, name: true, kind: true } }),
    db.event.findMany({ select: { slug: true, title: true, date: true, kind: true } }),
    db.source.findMany({ select: { id: true, title: true, publisher: true } }),
  ]);
  return [
    ...systems.map((s): SearchDoc => ({
      type: "system",
      slug: s.slug,
      name: s.name,
      href: `/systems/${s.slug}`,
      context: `Supercomputer · ${s.city}, ${s.country.name}`,
      keywords: [s.city, s.site, s.country.name, s.country.code],
      tech: [
        s.vendor ?? "",
        s.acceleratorModel ?? "",
        s.acceleratorVendor ?? "",
        s.family ?? "",
        s.generation ?? "",
        tierWords[s.tier ?? ""] ?? "",
        s.status,
      ],
    })),
    ...factories.map((f): SearchDoc => ({
      type: "factory",
      slug: f.slug,
      name: f.name,
      href: `/factories/${f.slug}`,
      context: `AI Factory · ${f.city}, ${f.country.name}`,
      aliases: f.acronym ? [f.acronym] : [],
      keywords: [f.city, f.host, f.country.name, f.country.code],
      tech: f.systems.flatMap((s) => [s.system.name, s.system.acceleratorModel ?? ""]),
    })),
    ...antennas.map((a): SearchDoc => ({
      type: "antenna",
      slug: a.slug,
      name: a.name,
      href: `/antennas/${a.slug}`,
      context: `AI Factory Antenna · ${a.city ?? "city not known"}, ${a.country.name}`,
      keywords: [a.city ?? "", a.host ?? "", a.country.name, a.country.code],
    })),
    ...countries.map((c): SearchDoc => ({
      type: "country",
      slug: c.code.toLowerCase(),
      name: c.name,
      href: `/countries/${c.code.toLowerCase()}`,
      context: `Country · capital ${c.capital}`,
      keywords: [c.code, c.capital],
    })),
    ...programmes.map((p): SearchDoc => ({
      type: "programme",
      slug: p.slug,
      name: p.name,
      href: `/funding#${p.slug}`,
      context: "Programme, fund or call",
      keywords: [p.kind],
    })),
    ...events.map((e): SearchDoc => ({
      type: "event",
      slug: e.slug,
      name: e.title,
      href: `/timeline#${e.slug}`,
      context: `Event · ${e.date}`,
      keywords: [e.kind],
    })),
    ...projects.map((p): SearchDoc => ({
      type: "project",
      slug: p.slug,
      name: p.name,
      href: `/models#${p.slug}`,
      context: `Model project · ${p.organisation}`,
      keywords: [p.organisation, p.computeNote],
      aliases: p.runs.map((r) => r.model),
    })),
    ...sources.map((s): SearchDoc => ({
      type: "source",
      slug: s.id,
      name: s.title,
      href: `/sources#${s.id}`,
      context: `Source · ${s.publisher}`,
      keywords: [s.publisher],
    })),
  ];
}

/** The search index, built once from the database (cached: see lib/data/cache.ts). */
const searchIndex = cached("search.index", async (): Promise<MiniSearch> => buildSearchIndex(await searchDocsUncached()));

/** Searches the atlas for `q`: hits grouped by type, and a suggestion when nothing matches. */
export async function searchAtlas(q: string): Promise<SearchOutcome> {
  return search(await searchIndex(), q);
}
