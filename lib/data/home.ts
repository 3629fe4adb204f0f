import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";

export type CountedFigure = {
  /** Counted from the atlas's own records. */
  counted: number;
  /** The published figure it should match, with its source; null when none is recorded. */
  published: FigureView | null;
};

export type Headline = {
  factories: CountedFigure;
  antennas: CountedFigure;
  hostCountries: CountedFigure;
  antennaCountries: number;
  systems: number;
  countries: number;
  funding: { programme: string; name: string; figure: FigureView }[];
  gigafactoryTarget: FigureView | null;
};

const fundingFigures = [
  { programme: "eurohpc-ju-2021-2027", field: "amount_total_eur" },
  { programme: "ai-gigafactories", field: "amount_total_eur" },
  { programme: "ai-factory-antennas", field: "amount_eu_eur" },
  { programme: "coaif-03", field: "amount_total_eur" },
] as const;

/** The home page's headline figures: counts from the records, checked against the published counts, and the funding envelopes with their sources. */
async function getHeadlineUncached(): Promise<Headline> {
  const db = getDb();
  const programmeSlugs = [
    ...new Set(["ai-factories", "ai-factory-antennas", "ai-gigafactories", ...fundingFigures.map((f) => f.programme)]),
  ];
  const [factories, antennas, systems, countries, hostRows, antennaHostRows, claims, programmes] = await Promise.all([
    db.factory.count(),
    db.antenna.count(),
    db.system.count(),
    db.country.count(),
    db.factory.findMany({ select: { countryCode: true }, distinct: ["countryCode"] }),
    db.antenna.findMany({ select: { countryCode: true }, distinct: ["countryCode"] }),
    db.claim.findMany({
      where: { subjectType: "programme", subjectSlug: { in: programmeSlugs } },
      select: { ...claimSelect, subjectSlug: true },
      orderBy: [{ subjectSlug: "asc" }, { id: "asc" }],
    }),
    db.programme.findMany({ where: { slug: { in: programmeSlugs } }, select: { slug: true, name: true } }),
  ]);
  const claimsOf = claimsIndex(claims);
  const figure = (slug: string, field: string) =>
    figuresFromClaims(claimsOf("programme", slug).filter((c) => c.field === field))[0] ?? null;
  const name = (slug: string) => programmes.find((p) => p.slug === slug)?.name ?? slug;

  return {
    factories: { counted: factories, published: figure("ai-factories", "other:factories") },
    antennas: { counted: antennas, published: figure("ai-factory-antennas", "other:antennas") },
    hostCountries: { counted: hostRows.length, published: figure("ai-factories", "other:host-member-states") },
    antennaCountries: antennaHostRows.length,
    systems,
    countries,
    funding: fundingFigures.flatMap(({ programme, field }) => {
      const f = figure(programme, field);
      return f ? [{ programme, name: name(programme), figure: f }] : [];
    }),
    gigafactoryTarget: figure("ai-gigafactories", "other:target-processors"),
  };
}

/** Cached: see lib/data/cache.ts. */
export const getHeadline = cached("home.getHeadline", getHeadlineUncached);
