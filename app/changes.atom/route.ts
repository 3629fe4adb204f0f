import { atomXml } from "@/lib/atom";
import { downloadResponse } from "@/lib/download";
import { listChanges } from "@/lib/data/changes";
import { getDatasetMeta } from "@/lib/data/meta";
import { recordTypeLabels } from "@/lib/data/records";
import { env } from "@/lib/env";
import { figureLabel } from "@/lib/figures";

// Computed per request from the cached changelog, so it carries an ETag, 304s, CORS and the downloads' Cache-Control.

/** The public changelog as an Atom feed, newest change first. */
export async function GET(request: Request) {
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
  return downloadResponse(
    request,
    body,
    "application/atom+xml; charset=utf-8",
    'inline; filename="ai-factories-atlas-changes.atom"',
  );
}
