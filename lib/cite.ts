// "Cite this": a plain-text reference and a BibTeX entry for an atlas page,
// carrying the dataset version and date so a quote can be traced back.
import { formatPartialDate } from "@/lib/dates";

export type CiteInput = {
  title: string;
  /** Path of the page, e.g. /systems/jupiter */
  path: string;
  siteUrl: string;
  version: string;
  /** The dataset's last-updated date (YYYY-MM-DD). */
  asOf: string;
  /** When the reader looked (YYYY-MM-DD). */
  accessed: string;
};

const permalink = (c: CiteInput) => `${c.siteUrl.replace(/\/$/, "")}${c.path}`;

/** "AI Factories Atlas (2026). JUPITER. Dataset version …, data as of …. URL (accessed …)." */
export function citationText(c: CiteInput): string {
  return `AI Factories Atlas (${c.asOf.slice(0, 4)}). ${c.title}. Dataset version ${c.version}, data as of ${formatPartialDate(
    c.asOf,
  )}. ${permalink(c)} (accessed ${formatPartialDate(c.accessed)}).`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, "\\$1");

/** A BibTeX @misc entry with a stable key built from the page path and dataset version. */
export function citationBibtex(c: CiteInput): string {
  const key = `aifatlas-${c.path.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-")}-${c.version.replace(/\./g, "")}`;
  return [
    `@misc{${key},`,
    `  author = {{AI Factories Atlas}},`,
    `  title = {${bibEscape(c.title)}},`,
    `  year = {${c.asOf.slice(0, 4)}},`,
    `  howpublished = {\\url{${permalink(c)}}},`,
    `  note = {Dataset version ${c.version}, data as of ${c.asOf}. Accessed ${c.accessed}},`,
    `}`,
  ].join("\n");
}

/** CSL-JSON (the format Zotero and citeproc read) for a page or a view of one. */
export function citationCsl(c: CiteInput): Record<string, unknown> {
  const parts = (d: string) =>
    d
      .split("-")
      .map(Number)
      .filter((n) => Number.isFinite(n));
  return {
    id: `aifatlas-${c.path.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-")}-${c.version.replace(/\./g, "")}`,
    type: "dataset",
    title: c.title,
    author: [{ literal: "AI Factories Atlas" }],
    issued: { "date-parts": [parts(c.asOf)] },
    accessed: { "date-parts": [parts(c.accessed)] },
    version: c.version,
    URL: permalink(c),
  };
}

/** One figure to cite on its own: what it is, its value, kind and date, its source, and where it sits in the atlas. */
export type FigureCiteInput = {
  record: string;
  label: string;
  /** The value as a reader sees it, with its unit: "1,000 PFLOPS". */
  valueText: string;
  kind: string;
  asOf: string;
  source: { title: string; publisher: string; url: string | null };
  /** Page path with the figure's anchor: /systems/jupiter#fig-rmax_pflops */
  path: string;
  siteUrl: string;
  version: string;
  /** The dataset's last-updated date (YYYY-MM-DD). */
  datasetDate: string;
};

const figurePermalink = (c: FigureCiteInput) => `${c.siteUrl.replace(/\/$/, "")}${c.path}`;

/** "JUPITER, FP64 HPL Rmax: 1,000 PFLOPS (measured, as of 17 November 2025; source: insideHPC). AI Factories Atlas, dataset …, URL." */
export function figureCitationText(c: FigureCiteInput): string {
  return `${c.record}, ${c.label}: ${c.valueText} (${c.kind}, as of ${formatPartialDate(c.asOf)}; source: ${c.source.title}, ${
    c.source.publisher
  }${c.source.url ? `, ${c.source.url}` : ""}). In: AI Factories Atlas, dataset version ${c.version} (${formatPartialDate(
    c.datasetDate,
  )}). ${figurePermalink(c)}`;
}

/** A BibTeX @misc entry for one figure. */
export function figureCitationBibtex(c: FigureCiteInput): string {
  const key = `aifatlas-${c.path.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-")}-${c.version.replace(/\./g, "")}`;
  return [
    `@misc{${key},`,
    `  author = {{AI Factories Atlas}},`,
    `  title = {${bibEscape(`${c.record}, ${c.label}: ${c.valueText}`)}},`,
    `  year = {${c.datasetDate.slice(0, 4)}},`,
    `  howpublished = {\\url{${figurePermalink(c)}}},`,
    `  note = {${bibEscape(`${c.kind}, as of ${c.asOf}; source: ${c.source.title} (${c.source.publisher}). Dataset version ${c.version}`)}},`,
    `}`,
  ].join("\n");
}

/** CSL-JSON (the format Zotero and citeproc read) for one figure. */
export function figureCitationCsl(c: FigureCiteInput): Record<string, unknown> {
  const [y, m, d] = c.datasetDate.split("-").map(Number);
  return {
    id: `aifatlas${c.path.replace(/[^a-z0-9]+/gi, "-")}-${c.version}`,
    type: "dataset",
    title: `${c.record}, ${c.label}: ${c.valueText}`,
    author: [{ literal: "AI Factories Atlas" }],
    issued: { "date-parts": [[y, m, d].filter((n): n is number => Number.isFinite(n))] },
    version: c.version,
    URL: figurePermalink(c),
    note: `${c.kind}, as of ${c.asOf}; source: ${c.source.title} (${c.source.publisher})${c.source.url ? `, ${c.source.url}` : ""}`,
  };
}
