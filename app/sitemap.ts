import type { MetadataRoute } from "next";
import { listCountries } from "@/lib/data/countries";
import { listAntennas, listFactories } from "@/lib/data/network";
import { listSystemNames } from "@/lib/data/systems";
import { env } from "@/lib/env";

// Rebuilt with the pages (see app/layout.tsx).
export const revalidate = 3600;

/** Every page: the fixed ones and one per factory, antenna, system and country. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [factories, antennas, systems, countries] = await Promise.all([
    listFactories(),
    listAntennas(),
    listSystemNames(),
    listCountries(),
  ]);
  const paths = [
    "/",
    "/map",
    "/factories",
    "/antennas",
    "/systems",
    "/compare",
    "/countries",
    "/timeline",
    "/funding",
    "/scale",
    "/models",
    "/sources",
    "/data",
    "/api",
    "/search",
    ...factories.map((f) => `/factories/${f.slug}`),
    ...antennas.map((a) => `/antennas/${a.slug}`),
    ...systems.map((s) => `/systems/${s.slug}`),
    ...countries.map((c) => `/countries/${c.code.toLowerCase()}`),
  ];
  return paths.map((path) => ({ url: `${env.SITE_URL}${path}` }));
}
