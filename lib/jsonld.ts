// schema.org JSON-LD for the atlas's pages, typed with schema-dts so a property
// a type does not allow (say `isPartOf` on an Organization) fails the type check.
// Entity pages describe a WebPage about the entity (mainEntity), part of the
// WebSite and based on the Dataset; the Dataset itself is described on /data and
// the home page.
import type { DataDownload, Dataset, Organization, Thing, WebPage, WebSite, WithContext } from "schema-dts";

export type DatasetFacts = {
  siteUrl: string;
  version: string;
  lastUpdated: string;
  /** First and last day the dataset's dated records cover (YYYY-MM-DD). */
  temporal: { from: string; to: string } | null;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** Codes (ISO 3166-1 alpha-2) and names of the countries recorded. */
  countries: { code: string; name: string }[];
  downloads: { name: string; encodingFormat: string; path: string; description?: string }[];
};

export const ATLAS_NAME = "AI Factories Atlas";
export const LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

const creator = (siteUrl: string): Organization => ({ "@type": "Organization", name: ATLAS_NAME, url: siteUrl });

/** A short reference to the dataset, for pages based on it. */
export function datasetRef(siteUrl: string, version: string, lastUpdated: string): Dataset {
  return {
    "@type": "Dataset",
    "@id": `${siteUrl}/data#dataset`,
    name: ATLAS_NAME,
    url: `${siteUrl}/data`,
    version,
    dateModified: lastUpdated,
  };
}

/** The complete Dataset: coverage in time and space, keywords, creator, licence and every download. */
export function datasetLd(f: DatasetFacts): WithContext<Dataset> {
  const [w, s, e, n] = f.bounds;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": `${f.siteUrl}/data#dataset`,
    name: ATLAS_NAME,
    description:
      "The EuroHPC AI Factories, AI Factory Antennas, AI Gigafactory programme and Europe's supercomputers, with every figure sourced, dated and marked with its kind (measured, announced, expected, estimated or vendor claim).",
    url: `${f.siteUrl}/data`,
    version: f.version,
    dateModified: f.lastUpdated,
    license: LICENSE_URL,
    isAccessibleForFree: true,
    creator: creator(f.siteUrl),
    publisher: creator(f.siteUrl),
    keywords: [
      "AI Factories",
      "AI Factory Antennas",
      "AI Gigafactories",
      "EuroHPC",
      "supercomputers",
      "TOP500",
      "high-performance computing",
      "artificial intelligence",
      "Europe",
      "public funding",
    ],
    ...(f.temporal ? { temporalCoverage: `${f.temporal.from}/${f.temporal.to}` } : {}),
    spatialCoverage: {
      "@type": "Place",
      name: "Europe",
      geo: { "@type": "GeoShape", box: `${s} ${w} ${n} ${e}` },
      containsPlace: f.countries.map((c) => ({ "@type": "Country", name: c.name, identifier: c.code })),
    },
    distribution: f.downloads.map((d): DataDownload => ({
      "@type": "DataDownload",
      name: d.name,
      encodingFormat: d.encodingFormat,
      contentUrl: `${f.siteUrl}${d.path}`,
      ...(d.description ? { description: d.description } : {}),
    })),
  };
}

/** The site itself, with a search action, for the home page. */
export function websiteLd(siteUrl: string): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${siteUrl}/#website`,
    name: ATLAS_NAME,
    url: `${siteUrl}/`,
    description:
      "An independent public atlas of Europe's AI compute: the EuroHPC AI Factories, Antennas, AI Gigafactories and supercomputers.",
    inLanguage: "en",
    publisher: creator(siteUrl),
    license: LICENSE_URL,
  };
}

/** An entity page: a WebPage whose main entity is the record, part of the site, based on the dataset. */
export function entityPageLd(p: {
  siteUrl: string;
  path: string;
  title: string;
  version: string;
  lastUpdated: string;
  entity: Exclude<Thing, string>;
}): WithContext<WebPage> {
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    url: `${p.siteUrl}${p.path}`,
    name: p.title,
    inLanguage: "en",
    dateModified: p.lastUpdated,
    license: LICENSE_URL,
    isPartOf: { "@type": "WebSite", "@id": `${p.siteUrl}/#website`, name: ATLAS_NAME, url: `${p.siteUrl}/` },
    isBasedOn: datasetRef(p.siteUrl, p.version, p.lastUpdated),
    mainEntity: { ...p.entity, url: `${p.siteUrl}${p.path}` },
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so it cannot close the script. */
export const ldScript = (ld: object) => JSON.stringify(ld).replace(/</g, "\\u003c");
