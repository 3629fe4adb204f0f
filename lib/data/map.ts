import "server-only";
import { cached } from "@/lib/data/cache";
import { claimText } from "@/lib/claim-text";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";
import { roleLabels, waveLabels } from "@/lib/labels";
import { valueKindLabels } from "@/lib/value-kinds";
import type { MapEntity } from "@/lib/map/state";

export type CountryRole = "factory" | "antenna" | "partner" | "participant" | "other";

// An expected, estimated or vendor figure says so in the panel and the downloads.
const marked = (f: FigureView) =>
  f.preferred.kind === "measured" || f.preferred.kind === "announced"
    ? ""
    : ` (${valueKindLabels[f.preferred.kind].toLowerCase()})`;

const fact = (f: FigureView | undefined): MapEntity["facts"] =>
  f
    ? [
        {
          label: f.label,
          value: `${claimText(f.preferred, f.unit)}${marked(f)}`,
          sourceId: f.preferred.source.id,
          publisher: f.preferred.source.publisher,
          asOf: f.preferred.asOf,
        },
      ]
    : [];

/** Every factory, antenna and system as a map point with its panel facts, in a stable order. */
async function listMapEntitiesUncached(): Promise<MapEntity[]> {
  const db = getDb();
  const [factories, antennas, systems, claims] = await Promise.all([
    db.factory.findMany({
      select: {
        slug: true,
        name: true,
        acronym: true,
        wave: true,
        host: true,
        city: true,
        lat: true,
        lon: true,
        countryCode: true,
        country: { select: { name: true } },
        systems: { select: { role: true, system: { select: { name: true } } } },
      },
      orderBy: { slug: "asc" },
    }),
    db.antenna.findMany({
      select: {
        slug: true,
        name: true,
        host: true,
        city: true,
        lat: true,
        lon: true,
        countryCode: true,
        country: { select: { name: true } },
        factories: { select: { factorySlug: true, factory: { select: { name: true } } }, orderBy: { factorySlug: "asc" } },
      },
      orderBy: { slug: "asc" },
    }),
    db.system.findMany({
      select: {
        slug: true,
        name: true,
        site: true,
        city: true,
        lat: true,
        lon: true,
        countryCode: true,
        status: true,
        acceleratorVendor: true,
        acceleratorModel: true,
        country: { select: { name: true } },
        top500: { select: { rank: true, edition: true }, orderBy: { edition: "desc" }, take: 1 },
      },
      orderBy: { slug: "asc" },
    }),
    db.claim.findMany({
      where: {
        field: { in: ["selected_on", "budget_total_eur", "accelerator_count", "rmax_pflops"] },
        subjectType: { in: ["factory", "antenna", "system"] },
      },
      select: { ...claimSelect, subjectType: true, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const claimsOf = claimsIndex(claims);
  const figs = (type: string, slug: string) => figuresFromClaims(claimsOf(type, slug));
  const field = (list: FigureView[], name: string) => list.find((f) => f.field === name);

  return [
    ...factories.map((f): MapEntity => {
      const list = figs("factory", f.slug);
      return {
        id: `factory:${f.slug}`,
        type: "factory",
        slug: f.slug,
        name: f.acronym && f.acronym !== f.name ? `${f.name} (${f.acronym})` : f.name,
        href: `/factories/${f.slug}`,
        countryCode: f.countryCode,
        countryName: f.country.name,
        city: f.city,
        lat: f.lat,
        lon: f.lon,
        wave: f.wave,
        status: null,
        vendor: null,
        size: null,
        links: [],
        details: [
          `AI Factory, ${waveLabels[f.wave] ?? f.wave}`,
          `Host: ${f.host}`,
          f.systems.length
            ? `Systems: ${f.systems.map((s) => `${s.system.name} (${roleLabels[s.role] ?? s.role})`).join(", ")}`
            : "New system, name not known",
        ],
        facts: [...fact(field(list, "selected_on")), ...fact(field(list, "budget_total_eur"))],
      };
    }),
    ...antennas.map((a): MapEntity => {
      const list = figs("antenna", a.slug);
      return {
        id: `antenna:${a.slug}`,
        type: "antenna",
        slug: a.slug,
        name: a.name,
        href: `/antennas/${a.slug}`,
        countryCode: a.countryCode,
        countryName: a.country.name,
        city: a.city,
        lat: a.lat,
        lon: a.lon,
        wave: null,
        status: null,
        vendor: null,
        size: null,
        links: a.factories.map((l) => `factory:${l.factorySlug}`),
        details: [
          "AI Factory Antenna",
          `Host: ${a.host ?? "not known"}`,
          a.factories.length ? `Linked to: ${a.factories.map((l) => l.factory.name).join(", ")}` : "Linked factory: not known",
        ],
        facts: fact(field(list, "selected_on")),
      };
    }),
    ...systems.map((s): MapEntity => {
      const list = figs("system", s.slug);
      const accel = field(list, "accelerator_count");
      const rank = s.top500[0];
      return {
        id: `system:${s.slug}`,
        type: "system",
        slug: s.slug,
        name: s.name,
        href: `/systems/${s.slug}`,
        countryCode: s.countryCode,
        countryName: s.country.name,
        city: s.city,
        lat: s.lat,
        lon: s.lon,
        wave: null,
        status: s.status,
        vendor: s.acceleratorVendor,
        size: typeof accel?.preferred.value === "number" ? accel.preferred.value : null,
        links: [],
        details: [
          `Supercomputer, ${s.status}`,
          `Site: ${s.site}`,
          `Accelerator: ${s.acceleratorModel ?? "not known"}`,
          rank ? `TOP500: #${rank.rank} (${rank.edition})` : "Not on a recorded TOP500 list",
        ],
        facts: [...fact(accel), ...fact(field(list, "rmax_pflops"))],
      };
    }),
  ];
}

/** Each country's role for shading: hosts a factory, an antenna, is a consortium partner only, a EuroHPC participant, or other. */
async function listCountryRolesUncached(): Promise<Record<string, CountryRole>> {
  const rows = await getDb().country.findMany({
    select: { code: true, eurohpcMember: true, _count: { select: { factories: true, antennas: true, partnerships: true } } },
  });
  return Object.fromEntries(
    rows.map((c) => [
      c.code,
      c._count.factories
        ? "factory"
        : c._count.antennas
          ? "antenna"
          : c._count.partnerships
            ? "partner"
            : c.eurohpcMember
              ? "participant"
              : "other",
    ]),
  );
}

/** Cached: see lib/data/cache.ts. */
export const listMapEntities = cached("map.listMapEntities", listMapEntitiesUncached);

/** Cached: see lib/data/cache.ts. */
export const listCountryRoles = cached("map.listCountryRoles", listCountryRolesUncached);
