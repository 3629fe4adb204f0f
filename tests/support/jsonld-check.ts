// A structural check of schema.org JSON-LD, independent of lib/jsonld.ts: which
// properties each type the atlas uses allows, taken from schema.org's type pages
// (a property is allowed if the type or one of its parents lists it). Types and
// properties outside this table are reported, so a new one is looked up first.

const thing = [
  "@type",
  "@id",
  "@context",
  "name",
  "description",
  "url",
  "identifier",
  "alternateName",
  "sameAs",
  "image",
  "subjectOf",
];
const creativeWork = [
  ...thing,
  "isPartOf",
  "isBasedOn",
  "license",
  "creator",
  "publisher",
  "version",
  "dateModified",
  "datePublished",
  "inLanguage",
  "keywords",
  "temporalCoverage",
  "spatialCoverage",
  "isAccessibleForFree",
  "about",
  "mainEntity",
  "encodingFormat",
  "contentUrl",
];
const place = [...thing, "address", "geo", "containsPlace", "containedInPlace"];
const allowed: Record<string, string[]> = {
  Thing: thing,
  Organization: [...thing, "address", "location", "parentOrganization", "member", "memberOf"],
  Place: place,
  Country: place,
  PostalAddress: [...thing, "addressLocality", "addressCountry", "addressRegion", "streetAddress", "postalCode"],
  GeoShape: [...thing, "box", "polygon"],
  WebPage: creativeWork,
  WebSite: creativeWork,
  Dataset: [...creativeWork, "distribution", "variableMeasured", "measurementTechnique"],
  DataDownload: creativeWork,
};

/** Problems found in a JSON-LD node and its children: unknown types, properties a type does not allow. */
export function jsonLdProblems(node: unknown, path = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => jsonLdProblems(n, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const obj = node as Record<string, unknown>;
  const type = obj["@type"];
  if (typeof type !== "string") return [`${path}: no @type`];
  const props = allowed[type];
  if (!props) return [`${path}: type ${type} is not in the checked table`];
  const problems: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (!props.includes(k)) problems.push(`${path}: ${type} does not allow ${k}`);
    if (k !== "@context" && v !== null && typeof v === "object") problems.push(...jsonLdProblems(v, `${path}.${k}`));
  }
  return problems;
}
