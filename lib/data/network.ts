import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";

export type FactoryRow = {
  slug: string;
  name: string;
  acronym: string | null;
  country: string;
  countryCode: string;
  wave: string;
  host: string;
  city: string;
  systems: { name: string; role: string }[];
  antennas: string[];
};

export type AntennaRow = {
  slug: string;
  name: string;
  country: string;
  countryCode: string;
  euMember: boolean;
  host: string | null;
  city: string | null;
  factories: string[];
  factorySlugs: string[];
};

/** The 19 AI Factories with their systems and linked antennas, by wave then name. */
async function listFactoriesUncached(): Promise<FactoryRow[]> {
  const rows = await getDb().factory.findMany({
    select: {
      slug: true,
      name: true,
      acronym: true,
      wave: true,
      host: true,
      city: true,
      countryCode: true,
      country: { select: { name: true } },
      systems: { select: { role: true, system: { select: { name: true } } }, orderBy: { systemSlug: "asc" } },
      antennas: { select: { antenna: { select: { name: true } } }, orderBy: { antennaSlug: "asc" } },
    },
    orderBy: [{ wave: "asc" }, { name: "asc" }],
  });
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    acronym: r.acronym,
    country: r.country.name,
    countryCode: r.countryCode,
    wave: r.wave,
    host: r.host,
    city: r.city,
    systems: r.systems.map((s) => ({ name: s.system.name, role: s.role })),
    antennas: r.antennas.map((a) => a.antenna.name),
  }));
}

/** The 13 Antennas with their country and linked factories, EU members first. */
async function listAntennasUncached(): Promise<AntennaRow[]> {
  const rows = await getDb().antenna.findMany({
    select: {
      slug: true,
      name: true,
      host: true,
      city: true,
      countryCode: true,
      country: { select: { name: true, euMember: true } },
      factories: { select: { factory: { select: { slug: true, name: true } } }, orderBy: { factorySlug: "asc" } },
    },
    orderBy: { name: "asc" },
  });
  return rows
    .map((r) => ({
      slug: r.slug,
      name: r.name,
      country: r.country.name,
      countryCode: r.countryCode,
      euMember: r.country.euMember,
      host: r.host,
      city: r.city,
      factories: r.factories.map((f) => f.factory.name),
      factorySlugs: r.factories.map((f) => f.factory.slug),
    }))
    .sort((a, b) => Number(b.euMember) - Number(a.euMember) || a.country.localeCompare(b.country));
}

/** Cached: see lib/data/cache.ts. */
export const listFactories = cached("network.listFactories", listFactoriesUncached);

/** Cached: see lib/data/cache.ts. */
export const listAntennas = cached("network.listAntennas", listAntennasUncached);
