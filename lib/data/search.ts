import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import type { SearchDoc } from "@/lib/search";

/** Every searchable entity as a document: factories, antennas, systems, countries, model projects. */
async function searchIndexUncached(): Promise<SearchDoc[]> {
  const db = getDb();
  const [factories, antennas, systems, countries, projects] = await Promise.all([
    db.factory.findMany({
      select: { slug: true, name: true, acronym: true, city: true, host: true, country: { select: { name: true, code: true } } },
    }),
    db.antenna.findMany({
      select: { slug: true, name: true, city: true, host: true, country: { select: { name: true, code: true } } },
    }),
    db.system.findMany({
      select: { slug: true, name: true, city: true, site: true, country: { select: { name: true, code: true } } },
    }),
    db.country.findMany({ select: { code: true, name: true, capital: true } }),
    db.modelProject.findMany({ select: { slug: true, name: true, organisation: true, computeNote: true } }),
  ]);
  return [
    ...systems.map((s): SearchDoc => ({
      type: "system",
      slug: s.slug,
      name: s.name,
      href: `/systems/${s.slug}`,
      context: `Supercomputer · ${s.city}, ${s.country.name}`,
      keywords: [s.city, s.site, s.country.name, s.country.code],
    })),
    ...factories.map((f): SearchDoc => ({
      type: "factory",
      slug: f.slug,
      name: f.name,
      href: `/factories/${f.slug}`,
      context: `AI Factory · ${f.city}, ${f.country.name}`,
      keywords: [f.acronym ?? "", f.city, f.host, f.country.name, f.country.code],
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
      context: "Country",
      keywords: [c.code],
    })),
    ...projects.map((p): SearchDoc => ({
      type: "project",
      slug: p.slug,
      name: p.name,
      href: `/models#${p.slug}`,
      context: `Model project · ${p.organisation}`,
      keywords: [p.organisation, p.computeNote],
    })),
  ];
}

/** Cached: see lib/data/cache.ts. */
export const searchIndex = cached("search.searchIndex", searchIndexUncached);
