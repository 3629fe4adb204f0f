import { problem } from "@/lib/api/http";
import { downloadResponse } from "@/lib/download";
import { env, today } from "@/lib/env";
import { buildCalendar } from "@/lib/ics";
import { feedEvents, parseFeedQuery } from "@/lib/ics-feed";

/** Upcoming events as an iCalendar feed; ?kind=, ?country= and ?entity= narrow it like the timeline. An unknown value is a 400 problem, not the whole feed. */
export async function GET(request: Request) {
  const parsed = await parseFeedQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(400, "The feed's query has values the atlas does not know; see errors.", parsed.errors);
  const q = parsed.query;
  const now = today();
  const events = await feedEvents(q);
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
