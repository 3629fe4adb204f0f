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
