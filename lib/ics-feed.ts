// The timeline's calendar feed: which events a query selects, strict checking
// of the query (an unknown kind, country or entity is an error, not "all
// events"), and how many dated events a feed holds, so pages link only to
// feeds that have some.
import "server-only";
import { z } from "zod";
import { listCountries } from "@/lib/data/countries";
import { listTimeline, type TimelineEvent } from "@/lib/data/timeline";
import { listProgrammes } from "@/lib/data/funding";
import { listProjects } from "@/lib/data/models";
import { listAntennas, listFactories } from "@/lib/data/network";
import { listSystems } from "@/lib/data/systems";
import { env, today } from "@/lib/env";
import { isDayDate } from "@/lib/ics";
import { eventKinds } from "@/lib/schemas/data";
import type { TimelineQuery } from "@/lib/schemas/params";
import { filterTimeline } from "@/lib/timeline-filter";
import { phaseOf } from "@/lib/timeline";

export type FeedQuery = Pick<TimelineQuery, "kind" | "country" | "entity">;
export type FeedProblem = { parameter: string; message: string; accepted?: string };

const entityPattern = /^(factory|antenna|system|programme|project):([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const allowed = ["kind", "country", "entity", "order"];

async function entityExists(type: string, slug: string): Promise<boolean> {
  const lists: Record<string, () => Promise<{ slug: string }[]>> = {
    factory: listFactories,
    antenna: listAntennas,
    system: listSystems,
    programme: listProgrammes,
    project: listProjects,
  };
  const list = lists[type];
  return !!list && (await list()).some((e) => e.slug === slug);
}

/** Reads a feed query strictly: every problem found, or the query. Repeated or unknown parameters are problems too. */
export async function parseFeedQuery(
  params: URLSearchParams,
): Promise<{ ok: true; query: FeedQuery } | { ok: false; errors: FeedProblem[] }> {
  const errors: FeedProblem[] = [];
  const query: FeedQuery = {};
  for (const key of new Set(params.keys())) {
    if (!allowed.includes(key)) errors.push({ parameter: key, message: "Unknown parameter.", accepted: allowed.join(", ") });
    else if (params.getAll(key).length > 1) errors.push({ parameter: key, message: "Give this parameter once." });
  }
  const kind = params.get("kind");
  if (kind !== null) {
    const r = z.enum(eventKinds).safeParse(kind);
    if (r.success) query.kind = r.data;
    else errors.push({ parameter: "kind", message: `Unknown kind "${kind}".`, accepted: eventKinds.join(", ") });
  }
  const country = params.get("country");
  if (country !== null) {
    const code = country.toUpperCase();
    const known = (await listCountries()).map((c) => c.code);
    if (known.includes(code)) query.country = code;
    else
      errors.push({
        parameter: "country",
        message: `Unknown country "${country}".`,
        accepted: "an ISO 3166-1 alpha-2 code of a country in the atlas, e.g. de",
      });
  }
  const entity = params.get("entity");
  if (entity !== null) {
    const m = entityPattern.exec(entity);
    if (m && (await entityExists(m[1] ?? "", m[2] ?? ""))) query.entity = entity;
    else
      errors.push({
        parameter: "entity",
        message: `Unknown entity "${entity}".`,
        accepted: "type:slug of a factory, antenna, system, programme or project in the atlas, e.g. system:jupiter",
      });
  }
  const order = params.get("order");
  if (order !== null && order !== "asc" && order !== "desc")
    errors.push({ parameter: "order", message: `Unknown order "${order}".`, accepted: "asc, desc" });
  return errors.length ? { ok: false, errors } : { ok: true, query };
}

/** Upcoming events (and periods under way; not dates that have since moved) that a feed query selects. */
export async function feedEvents(q: FeedQuery): Promise<TimelineEvent[]> {
  const now = today();
  return filterTimeline(await listTimeline(), q).filter((e) => !e.supersededBy && phaseOf(e.date, now) !== "past");
}

/** How many events (dates known to the day) a feed holds; pages offer a feed only when this is above zero. */
export async function feedEventCount(q: FeedQuery): Promise<number> {
  return (await feedEvents(q)).filter((e) => isDayDate(e.date)).length;
}

/** The feed's address, and the same address as a webcal: subscription, both from SITE_URL. */
export function feedUrls(search: string): { download: string; subscribe: string } {
  const download = `${env.SITE_URL.replace(/\/$/, "")}/timeline.ics${search}`;
  return { download, subscribe: download.replace(/^https?:/, "webcal:") };
}
