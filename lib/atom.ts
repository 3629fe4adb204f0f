// Atom 1.0 (RFC 4287) feeds: pure, so the feed's shape is unit-tested apart
// from the database.

export type AtomEntry = {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  categories?: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  author: string;
  rights: string;
  entries: AtomEntry[];
};

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** A date (YYYY-MM-DD) or timestamp as the RFC 3339 date-time Atom requires. */
export function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString();
}

/** The feed as an Atom XML document. */
export function atomXml(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <updated>${atomDate(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
${(e.categories ?? []).map((c) => `    <category term="${xml(c)}"/>\n`).join("")}    <summary type="text">${xml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${xml(feed.id)}</id>
  <title>${xml(feed.title)}</title>
  <subtitle>${xml(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.alternateUrl)}"/>
  <updated>${atomDate(feed.updated)}</updated>
  <author><name>${xml(feed.author)}</name></author>
  <rights>${xml(feed.rights)}</rights>
${entries.join("\n")}
</feed>
`;
}
