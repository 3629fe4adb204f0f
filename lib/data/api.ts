import "server-only";
import { accessModes, type AccessModeView } from "@/lib/data/records";
import { standingOn } from "@/lib/top500";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type ClaimRow, type FigureView } from "@/lib/data/claims";
import { dateEndKey, dateSortKey, parsePartialDate } from "@/lib/dates";
import { env } from "@/lib/env";
import type { ApiFigure, ApiRecord, CollectionName } from "@/lib/schemas/api";
import { compareByPeriod } from "@/lib/timeline";

/** A figure as the API gives it: the preferred value on top, every claim below. */
export function apiFigureOf(f: FigureView): ApiFigure {
  return {
    label: f.label,
    unit: f.unit,
    value: f.preferred.value,
    as_of: f.preferred.asOf,
    as_of_date: dateSortKey(f.preferred.asOf),
    as_of_precision: parsePartialDate(f.preferred.asOf)?.precision ?? "day",
    source: f.preferred.source.id,
    source_title: f.preferred.source.title,
    source_url: f.preferred.source.url,
    kind: f.preferred.kind,
    measured_value: f.measured?.value ?? null,
    disagreement: f.disagreement,
    claims: [f.preferred, ...f.others].map((c) => ({
      value: c.value,
      as_of: c.asOf,
      source: c.source.id,
      kind: c.kind,
      approximate: c.approximate,
      unverified: c.unverified,
      preferred: c.preferred,
      superseded: c.superseded,
      note: c.note,
    })),
  };
}

type Keyed = ClaimRow & { subjectType: string; subjectSlug: string };

async function claimsAndRefs(subjectType: string) {
  const db = getDb();
  const [claims, refs] = await Promise.all([
    db.claim.findMany({
      where: { subjectType },
      select: { ...claimSelect, subjectType: true, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
    db.recordSource.findMany({
      where: { subjectType },
      select: { subjectSlug: true, sourceId: true },
      orderBy: { sourceId: "asc" },
    }),
  ]);
  const claimsOf = claimsIndex(claims as Keyed[]);
  const refsOf = claimsIndex(refs);
  const figuresOf = (slug: string) =>
    Object.fromEntries(
      figuresFromClaims(claimsOf(subjectType, slug)).map((f) => [f.field.replace(/^other:/, ""), apiFigureOf(f)]),
    );
  const sourcesOf = (slug: string) => refsOf(subjectType, slug).map((r) => r.sourceId);
  return { figuresOf, sourcesOf };
}

/** The links and access modes of a factory or antenna, in the API's shape. */
const linksOf = (
  row: { website: string | null; accessUrl: string | null; linksSearched: string | null },
  modes: AccessModeView[] | undefined,
) => ({
  links: { website: row.website, access: row.accessUrl, searched: row.linksSearched },
  access_modes: (modes ?? []).map((m) => ({ name: m.name, detail: m.detail, source: m.source.id })),
});

const page = (path: string) => `${env.SITE_URL}${path}`;

async function factories(): Promise<ApiRecord<"factories">[]> {
  const [rows, { figuresOf, sourcesOf }, modes] = await Promise.all([
    getDb().factory.findMany({
      select: {
        slug: true,
        name: true,
        acronym: true,
        countryCode: true,
        wave: true,
        host: true,
        city: true,
        lat: true,
        lon: true,
        coordsApprox: true,
        checked: true,
        website: true,
        accessUrl: true,
        linksSearched: true,
        partners: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
        systems: { select: { systemSlug: true, role: true }, orderBy: { systemSlug: "asc" } },
        antennas: { select: { antennaSlug: true }, orderBy: { antennaSlug: "asc" } },
      },
      orderBy: { slug: "asc" },
    }),
    claimsAndRefs("factory"),
    accessModes("factory"),
  ]);
  return rows.map((f) => ({
    slug: f.slug,
    name: f.name,
    acronym: f.acronym,
    country: f.countryCode,
    wave: f.wave as ApiRecord<"factories">["wave"],
    host: f.host,
    city: f.city,
    lat: f.lat,
    lon: f.lon,
    coordinates_approximate: f.coordsApprox,
    partners: f.partners.map((p) => p.countryCode),
    systems: f.systems.map((s) => ({ slug: s.systemSlug, role: s.role })),
    antennas: f.antennas.map((a) => a.antennaSlug),
    ...linksOf(f, modes[f.slug]),
    figures: figuresOf(f.slug),
    sources: sourcesOf(f.slug),
    checked: f.checked,
    url: page(`/factories/${f.slug}`),
  }));
}

async function antennas(): Promise<ApiRecord<"antennas">[]> {
  const [rows, { figuresOf, sourcesOf }, modes] = await Promise.all([
    getDb().antenna.findMany({
      select: {
        slug: true,
        name: true,
        countryCode: true,
        host: true,
        city: true,
        lat: true,
        lon: true,
        coordsApprox: true,
        checked: true,
        website: true,
        accessUrl: true,
        linksSearched: true,
        country: { select: { euMember: true } },
        factories: { select: { factorySlug: true, note: true }, orderBy: { factorySlug: "asc" } },
        accessTracks: {
          select: { slug: true, name: true, useCase: true, responseTime: true, responseDays: true },
          orderBy: { position: "asc" },
        },
      },
      orderBy: { slug: "asc" },
    }),
    claimsAndRefs("antenna"),
    accessModes("antenna"),
  ]);
  return rows.map((a) => ({
    slug: a.slug,
    name: a.name,
    country: a.countryCode,
    eu_member: a.country.euMember,
    host: a.host,
    city: a.city,
    lat: a.lat,
    lon: a.lon,
    coordinates_approximate: a.coordsApprox,
    factories: a.factories.map((f) => ({ slug: f.factorySlug, note: f.note })),
    access_tracks: a.accessTracks.map((t) => ({
      slug: t.slug,
      name: t.name,
      use_case: t.useCase,
      response_time: t.responseTime,
      response_days: t.responseDays,
    })),
    ...linksOf(a, modes[a.slug]),
    figures: figuresOf(a.slug),
    sources: sourcesOf(a.slug),
    checked: a.checked,
    url: page(`/antennas/${a.slug}`),
  }));
}

async function systems(): Promise<ApiRecord<"systems">[]> {
  const [rows, { figuresOf, sourcesOf }] = await Promise.all([
    getDb().system.findMany({
      select: {
        slug: true,
        name: true,
        countryCode: true,
        site: true,
        city: true,
        lat: true,
        lon: true,
        coordsApprox: true,
        status: true,
        tier: true,
        eurohpc: true,
        vendor: true,
        acceleratorModel: true,
        acceleratorVendor: true,
        family: true,
        generation: true,
        checked: true,
        factories: { select: { factorySlug: true, role: true }, orderBy: { factorySlug: "asc" } },
        top500: { select: { edition: true, rank: true, provisional: true, sourceId: true }, orderBy: { edition: "desc" } },
      },
      orderBy: { slug: "asc" },
    }),
    claimsAndRefs("system"),
  ]);
  const newest = await getDb().top500List.findFirst({
    select: { edition: true, number: true, coverage: true },
    orderBy: { edition: "desc" },
  });
  type S = ApiRecord<"systems">;
  return rows.map((s) => {
    const { rank, standing } = standingOn(s.top500, newest);
    return {
      slug: s.slug,
      name: s.name,
      country: s.countryCode,
      site: s.site,
      city: s.city,
      lat: s.lat,
      lon: s.lon,
      coordinates_approximate: s.coordsApprox,
      status: s.status as S["status"],
      tier: s.tier as S["tier"],
      eurohpc: s.eurohpc,
      vendor: s.vendor,
      accelerator_model: s.acceleratorModel,
      accelerator_vendor: s.acceleratorVendor,
      family: s.family as S["family"],
      generation: s.generation,
      factories: s.factories.map((f) => ({ slug: f.factorySlug, role: f.role })),
      latest_top500: rank ? { edition: rank.edition, rank: rank.rank, provisional: rank.provisional } : null,
      top500_standing: standing ? { status: standing.status, edition: standing.list.edition, previous: standing.previous } : null,
      figures: figuresOf(s.slug),
      sources: sourcesOf(s.slug),
      checked: s.checked,
      url: page(`/systems/${s.slug}`),
    };
  });
}

async function top500(): Promise<ApiRecord<"top500">[]> {
  const rows = await getDb().top500Entry.findMany({ orderBy: [{ edition: "asc" }, { rank: "asc" }] });
  return rows.map((t) => ({
    id: t.id,
    system: t.systemSlug,
    edition: t.edition,
    list_number: t.listNumber,
    rank: t.rank,
    rmax_pflops: t.rmaxPflops,
    rpeak_pflops: t.rpeakPflops,
    provisional: t.provisional,
    note: t.note,
    source: t.sourceId,
    checked: t.checked,
  }));
}

async function countries(): Promise<ApiRecord<"countries">[]> {
  const [rows, { sourcesOf }] = await Promise.all([
    getDb().country.findMany({
      select: {
        code: true,
        name: true,
        euMember: true,
        eurohpcMember: true,
        eurohpcNote: true,
        capital: true,
        lat: true,
        lon: true,
        checked: true,
        factories: { select: { slug: true }, orderBy: { slug: "asc" } },
        antennas: { select: { slug: true }, orderBy: { slug: "asc" } },
        systems: { select: { slug: true }, orderBy: { slug: "asc" } },
        partnerships: { select: { factorySlug: true }, orderBy: { factorySlug: "asc" } },
      },
      orderBy: { code: "asc" },
    }),
    claimsAndRefs("country"),
  ]);
  return rows.map((c) => ({
    code: c.code,
    name: c.name,
    eu_member: c.euMember,
    eurohpc: c.eurohpcMember,
    eurohpc_note: c.eurohpcNote,
    capital: c.capital,
    lat: c.lat,
    lon: c.lon,
    factories: c.factories.map((f) => f.slug),
    antennas: c.antennas.map((a) => a.slug),
    systems: c.systems.map((s) => s.slug),
    partner_in: c.partnerships.map((p) => p.factorySlug),
    sources: sourcesOf(c.code),
    checked: c.checked,
    url: page(`/countries/${c.code.toLowerCase()}`),
  }));
}

async function events(): Promise<ApiRecord<"events">[]> {
  const db = getDb();
  const [rows, { sourcesOf }, f, a, s, p] = await Promise.all([
    db.event.findMany({
      select: {
        slug: true,
        date: true,
        kind: true,
        title: true,
        summary: true,
        supersedes: true,
        checked: true,
        links: { select: { subjectType: true, subjectSlug: true } },
      },
    }),
    claimsAndRefs("event"),
    db.factory.findMany({ select: { slug: true, countryCode: true } }),
    db.antenna.findMany({ select: { slug: true, countryCode: true } }),
    db.system.findMany({ select: { slug: true, countryCode: true } }),
    db.modelProject.findMany({ select: { slug: true, countryCode: true } }),
  ]);
  const countryOf = new Map<string, string | null>([
    ...f.map((x) => [`factory:${x.slug}`, x.countryCode] as const),
    ...a.map((x) => [`antenna:${x.slug}`, x.countryCode] as const),
    ...s.map((x) => [`system:${x.slug}`, x.countryCode] as const),
    ...p.map((x) => [`project:${x.slug}`, x.countryCode] as const),
  ]);
  const supersededBy = new Map(rows.filter((e) => e.supersedes).map((e) => [e.supersedes as string, e.slug]));
  return rows.sort(compareByPeriod).map((e) => ({
    slug: e.slug,
    date: e.date,
    precision: parsePartialDate(e.date)?.precision ?? "day",
    starts: dateSortKey(e.date),
    ends: dateEndKey(e.date),
    kind: e.kind as ApiRecord<"events">["kind"],
    title: e.title,
    summary: e.summary,
    supersedes: e.supersedes,
    superseded_by: supersededBy.get(e.slug) ?? null,
    about: e.links.map((l) => ({ type: l.subjectType, slug: l.subjectSlug })),
    countries: [
      ...new Set(
        e.links.flatMap(
          (l) =>
            (l.subjectType === "country"
              ? [l.subjectSlug]
              : (countryOf.get(`${l.subjectType}:${l.subjectSlug}`) ?? [])) as string[],
        ),
      ),
    ].sort(),
    sources: sourcesOf(e.slug),
    checked: e.checked,
    url: page(`/timeline#${e.slug}`),
  }));
}

async function programmes(): Promise<ApiRecord<"programmes">[]> {
  const [rows, { figuresOf, sourcesOf }] = await Promise.all([
    getDb().programme.findMany({
      select: {
        slug: true,
        name: true,
        kind: true,
        startDate: true,
        endDate: true,
        parent: true,
        summary: true,
        checked: true,
        steps: { select: { title: true, detail: true, date: true, status: true }, orderBy: { position: "asc" } },
      },
      orderBy: { slug: "asc" },
    }),
    claimsAndRefs("programme"),
  ]);
  return rows.map((p) => ({
    slug: p.slug,
    name: p.name,
    kind: p.kind as ApiRecord<"programmes">["kind"],
    start: p.startDate,
    end: p.endDate,
    parent: p.parent,
    summary: p.summary,
    figures: figuresOf(p.slug),
    steps: p.steps,
    sources: sourcesOf(p.slug),
    checked: p.checked,
    url: page(`/funding#${p.slug}`),
  }));
}

async function trainingRuns(): Promise<ApiRecord<"training-runs">[]> {
  const [rows, { figuresOf, sourcesOf }] = await Promise.all([
    getDb().trainingRun.findMany({
      select: {
        slug: true,
        projectSlug: true,
        model: true,
        summary: true,
        checked: true,
        systems: { select: { systemSlug: true }, orderBy: { systemSlug: "asc" } },
      },
      orderBy: { slug: "asc" },
    }),
    claimsAndRefs("training-run"),
  ]);
  return rows.map((r) => ({
    slug: r.slug,
    project: r.projectSlug,
    model: r.model,
    systems: r.systems.map((s) => s.systemSlug),
    summary: r.summary,
    figures: figuresOf(r.slug),
    sources: sourcesOf(r.slug),
    checked: r.checked,
    url: page(`/models#${r.projectSlug}`),
  }));
}

async function projects(): Promise<ApiRecord<"projects">[]> {
  const [rows, { figuresOf, sourcesOf }] = await Promise.all([
    getDb().modelProject.findMany({
      select: {
        slug: true,
        name: true,
        organisation: true,
        countryCode: true,
        computeNote: true,
        summary: true,
        checked: true,
        runs: { select: { slug: true }, orderBy: { slug: "asc" } },
      },
      orderBy: { slug: "asc" },
    }),
    claimsAndRefs("project"),
  ]);
  return rows.map((p) => ({
    slug: p.slug,
    name: p.name,
    organisation: p.organisation,
    country: p.countryCode,
    compute: p.computeNote,
    summary: p.summary,
    runs: p.runs.map((r) => r.slug),
    figures: figuresOf(p.slug),
    sources: sourcesOf(p.slug),
    checked: p.checked,
    url: page(`/models#${p.slug}`),
  }));
}

async function sources(): Promise<ApiRecord<"sources">[]> {
  const db = getDb();
  const [rows, claims, refs, t5] = await Promise.all([
    db.source.findMany({ orderBy: { id: "asc" } }),
    db.claim.findMany({
      select: { sourceId: true, subjectType: true, subjectSlug: true },
      distinct: ["sourceId", "subjectType", "subjectSlug"],
    }),
    db.recordSource.findMany({ select: { sourceId: true, subjectType: true, subjectSlug: true } }),
    db.top500Entry.findMany({ select: { sourceId: true, id: true } }),
  ]);
  const cited = new Map<string, Set<string>>();
  const add = (id: string, key: string) => cited.set(id, (cited.get(id) ?? new Set()).add(key));
  for (const r of [...claims, ...refs]) add(r.sourceId, `${r.subjectType}:${r.subjectSlug}`);
  for (const t of t5) add(t.sourceId, `top500:${t.id}`);
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    date: s.date,
    url: s.url,
    kind: s.kind as ApiRecord<"sources">["kind"],
    note: s.note,
    cited_by: [...(cited.get(s.id) ?? [])]
      .sort()
      .map((k) => ({ type: k.slice(0, k.indexOf(":")), slug: k.slice(k.indexOf(":") + 1) })),
  }));
}

/** Every record of a collection in the API's shape (cached: see lib/data/cache.ts). */
export const loadCollection: { [C in CollectionName]: () => Promise<ApiRecord<C>[]> } = {
  factories: cached("api.factories", factories),
  antennas: cached("api.antennas", antennas),
  systems: cached("api.systems", systems),
  top500: cached("api.top500", top500),
  countries: cached("api.countries", countries),
  events: cached("api.events", events),
  programmes: cached("api.programmes", programmes),
  "training-runs": cached("api.training-runs", trainingRuns),
  projects: cached("api.projects", projects),
  sources: cached("api.sources", sources),
};
