import { listTimeline } from "@/lib/data/timeline";
import { env, today } from "@/lib/env";
import { downloadResponse } from "@/lib/download";
import { buildCalendar } from "@/lib/ics";
import { timelineQuery } from "@/lib/schemas/params";
import { filterTimeline } from "@/lib/timeline-filter";
import { phaseOf } from "@/lib/timeline";

/** Upcoming events (and periods under way; not dates that have since moved) as an iCalendar feed; ?kind=, ?country= and ?entity= narrow it like the timeline. */
export async function GET(request: Request) {
  const q = timelineQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = today();
  const events = filterTimeline(await listTimeline(), q).filter((e) => !e.supersededBy && phaseOf(e.date, now) !== "past");
  const host = new URL(env.SITE_URL).host;
  const scope = [q.kind, q.country, q.entity].filter(Boolean).join(", ");
  const body = buildCalendar(
    events.map((e) => ({
      uid: `${e.slug}@${host}`,
      date: e.date,
      title: e.title,
      description: `${e.summary} Source: ${e.sources.map((s) => s.publisher).join(", ")}.`,
      url: `${env.SITE_URL}/timeline#${e.slug}`,
    })),
    { name: `AI Factories Atlas: upcoming${scope ? ` (${scope})` : ""}`, stamp: `${now.replace(/-/g, "")}T000000Z` },
  );
  return downloadResponse(request, body, "text/calendar; charset=utf-8", 'inline; filename="ai-factories-atlas.ics"');
}
