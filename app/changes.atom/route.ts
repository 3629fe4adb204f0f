import { atomXml } from "@/lib/atom";
import { listChanges } from "@/lib/data/changes";
import { getDatasetMeta } from "@/lib/data/meta";
import { recordTypeLabels } from "@/lib/data/records";
import { env } from "@/lib/env";
import { figureLabel } from "@/lib/figures";

// The changelog only changes when the data is re-seeded: build it once, refresh hourly.
export const dynamic = "force-static";
export const revalidate = 3600;

/** The public changelog as an Atom feed, newest change first. */
export async function GET() {
  const [changes, meta] = await Promise.all([listChanges(), getDatasetMeta()]);
  const site = env.SITE_URL.replace(/\/$/, "");
  const body = atomXml({
    id: `${site}/changes`,
    title: "AI Factories Atlas: changes to the data",
    subtitle: "Every correction and update to the atlas's figures, with its reason and source.",
    selfUrl: `${site}/changes.atom`,
    alternateUrl: `${site}/changes`,
    updated: changes[0]?.date ?? meta.lastUpdated,
    author: "AI Factories Atlas",
    rights: `Data licensed ${meta.licence.replace(/ \(.*\)$/, "")}`,
    entries: changes.map((c) => ({
      id: `${site}/changes#change-${c.id}`,
      title: `${c.record.name}${c.field ? `: ${figureLabel(c.field)}` : ""}${c.from !== null || c.to !== null ? ` ${c.from ?? "(not recorded)"} → ${c.to ?? "(removed)"}` : ""}`,
      updated: c.date,
      link: `${site}${c.record.href}`,
      summary: `${c.reason} Source: ${c.sources.map((s) => `${s.title} (${s.publisher})`).join("; ")}.`,
      categories: [recordTypeLabels[c.record.type]],
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
