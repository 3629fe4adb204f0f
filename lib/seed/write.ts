// Turns a validated Dataset into rows and writes them. Callers run it inside
// one transaction on an empty schema (see prisma/seed.ts), so a failure
// leaves nothing half-written.
import { dateSortKey } from "@/lib/dates";
import { top500ListNumber } from "@/lib/schemas/data";
import type { Db } from "@/lib/db-client";
import type { Dataset } from "@/lib/seed/load";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

type RawClaim = {
  value: number | string;
  source: string;
  as_of: string;
  kind: string;
  approximate?: boolean;
  unverified?: boolean;
  preferred?: boolean;
  superseded?: boolean;
  note?: string;
};
type ClaimRow = {
  subjectType: string;
  subjectSlug: string;
  field: string;
  label: string | null;
  unit: string | null;
  valueNum: number | null;
  valueText: string | null;
  sourceId: string;
  asOf: string;
  asOfSort: string;
  kind: string;
  approximate: boolean;
  unverified: boolean;
  preferred: boolean;
  superseded: boolean;
  note: string | null;
};

function claimRows(
  subjectType: string,
  subjectSlug: string,
  figures: Record<string, RawClaim[] | undefined> | undefined,
  others?: { key: string; label: string; unit: string; claims: RawClaim[] }[],
): ClaimRow[] {
  const row = (field: string, c: RawClaim, single: boolean, label: string | null, unit: string | null): ClaimRow => ({
    subjectType,
    subjectSlug,
    field,
    label,
    unit,
    valueNum: typeof c.value === "number" ? c.value : null,
    valueText: typeof c.value === "string" ? c.value : null,
    sourceId: c.source,
    asOf: c.as_of,
    asOfSort: dateSortKey(c.as_of),
    kind: c.kind,
    approximate: c.approximate === true,
    unverified: c.unverified === true,
    preferred: single || c.preferred === true,
    superseded: c.superseded === true,
    note: c.note ?? null,
  });
  const rows: ClaimRow[] = [];
  for (const [field, claims] of Object.entries(figures ?? {})) {
    claims?.forEach((c) => rows.push(row(field, c, claims.length === 1, null, null)));
  }
  for (const o of others ?? []) {
    o.claims.forEach((c) => rows.push(row(`other:${o.key}`, c, o.claims.length === 1, o.label, o.unit)));
  }
  return rows;
}

const linkColumns = (links: { website: string | null; access: string | null; searched: string } | undefined) => ({
  website: links?.website ?? null,
  accessUrl: links?.access ?? null,
  linksSearched: links?.searched ?? null,
});

const modeRows = (subjectType: string, subjectSlug: string, modes: { name: string; detail?: string; source: string }[]) =>
  modes.map((m, position) => ({
    id: `${subjectType}:${subjectSlug}#${position + 1}`,
    subjectType,
    subjectSlug,
    position,
    name: m.name,
    detail: m.detail ?? null,
    sourceId: m.source,
  }));

const refs = (subjectType: string, subjectSlug: string, sources: string[]) =>
  [...new Set(sources)].map((sourceId) => ({ subjectType, subjectSlug, sourceId }));

/** Writes every record of `d` through `tx`. Returns the number of rows written. */
export async function writeDataset(tx: Tx, d: Dataset, builtAt: string): Promise<number> {
  const claims: ClaimRow[] = [];
  const recordSources: { subjectType: string; subjectSlug: string; sourceId: string }[] = [];
  const accessModes: ReturnType<typeof modeRows> = [];
  let n = 0;
  const many = async <T>(create: (args: { data: T[] }) => Promise<{ count: number }>, data: T[]) => {
    if (data.length) n += (await create({ data })).count;
  };

  await tx.datasetMeta.create({
    data: {
      id: 1,
      version: d.info.version,
      lastUpdated: d.info.last_updated,
      licence: `${d.info.licence} (${d.info.licence_url})`,
      builtAt,
    },
  });
  await many(
    tx.source.createMany.bind(tx.source),
    d.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      date: s.date ?? null,
      dateSort: s.date ? dateSortKey(s.date) : null,
      url: s.url ?? null,
      kind: s.kind,
      note: s.note ?? null,
    })),
  );
  await many(
    tx.country.createMany.bind(tx.country),
    d.countries.map((c) => ({
      code: c.code,
      name: c.name,
      euMember: c.eu_member,
      eurohpcMember: c.eurohpc,
      eurohpcNote: c.eurohpc_note ?? null,
      capital: c.capital,
      lat: c.coordinates[0],
      lon: c.coordinates[1],
      checked: c.checked,
    })),
  );
  d.countries.forEach((c) => recordSources.push(...refs("country", c.code, c.sources)));

  await many(
    tx.system.createMany.bind(tx.system),
    d.systems.map((s) => ({
      slug: s.slug,
      name: s.name,
      countryCode: s.country,
      site: s.site,
      city: s.city,
      lat: s.coordinates[0],
      lon: s.coordinates[1],
      coordsApprox: s.coordinates_approximate,
      status: s.status,
      tier: s.tier,
      eurohpc: s.eurohpc,
      vendor: s.vendor,
      acceleratorModel: s.accelerator_model,
      acceleratorVendor: s.accelerator_vendor,
      family: s.family,
      generation: s.generation,
      summary: s.summary,
      checked: s.checked,
    })),
  );
  d.systems.forEach((s) => {
    claims.push(...claimRows("system", s.slug, s.figures, s.other_figures));
    recordSources.push(...refs("system", s.slug, s.sources));
  });

  await many(
    tx.factory.createMany.bind(tx.factory),
    d.factories.map((f) => ({
      slug: f.slug,
      name: f.name,
      acronym: f.acronym ?? null,
      countryCode: f.country,
      wave: f.wave,
      host: f.host,
      city: f.city,
      lat: f.coordinates[0],
      lon: f.coordinates[1],
      coordsApprox: f.coordinates_approximate,
      summary: f.summary,
      checked: f.checked,
      ...linkColumns(f.links),
    })),
  );
  await many(
    tx.factoryPartner.createMany.bind(tx.factoryPartner),
    d.factories.flatMap((f) => [...new Set(f.partners)].map((countryCode) => ({ factorySlug: f.slug, countryCode }))),
  );
  await many(
    tx.factorySystem.createMany.bind(tx.factorySystem),
    d.factories.flatMap((f) => f.systems.map((s) => ({ factorySlug: f.slug, systemSlug: s.system, role: s.role }))),
  );
  d.factories.forEach((f) => {
    claims.push(...claimRows("factory", f.slug, f.figures, f.other_figures));
    recordSources.push(...refs("factory", f.slug, [...f.sources, ...(f.links?.sources ?? [])]));
    accessModes.push(...modeRows("factory", f.slug, f.access_modes));
  });

  await many(
    tx.antenna.createMany.bind(tx.antenna),
    d.antennas.map((a) => ({
      slug: a.slug,
      name: a.name,
      countryCode: a.country,
      host: a.host,
      city: a.city,
      lat: a.coordinates[0],
      lon: a.coordinates[1],
      coordsApprox: a.coordinates_approximate,
      summary: a.summary,
      checked: a.checked,
      ...linkColumns(a.links),
    })),
  );
  await many(
    tx.antennaFactory.createMany.bind(tx.antennaFactory),
    d.antennas.flatMap((a) => a.factories.map((l) => ({ antennaSlug: a.slug, factorySlug: l.factory, note: l.note ?? null }))),
  );
  d.antennas.forEach((a) => {
    claims.push(...claimRows("antenna", a.slug, a.figures, a.other_figures));
    recordSources.push(...refs("antenna", a.slug, [...a.sources, ...(a.links?.sources ?? [])]));
    accessModes.push(...modeRows("antenna", a.slug, a.access_modes));
  });
  await many(tx.accessMode.createMany.bind(tx.accessMode), accessModes);

  await many(
    tx.accessTrack.createMany.bind(tx.accessTrack),
    d["access-tracks"].map((t, position) => ({
      slug: t.slug,
      name: t.name,
      antennaSlug: "antenna" in t.offered_by ? t.offered_by.antenna : null,
      factorySlug: "factory" in t.offered_by ? t.offered_by.factory : null,
      useCase: t.use_case,
      responseTime: t.response_time,
      responseDays: t.response_days ?? null,
      position,
      checked: t.checked,
    })),
  );
  d["access-tracks"].forEach((t) => recordSources.push(...refs("access-track", t.slug, t.sources)));

  await many(
    tx.top500List.createMany.bind(tx.top500List),
    d["top500-lists"].map((l) => ({
      edition: l.edition,
      number: l.number,
      published: l.published,
      publishedSort: dateSortKey(l.published),
      coverage: l.coverage,
      sourceId: l.source,
      note: l.note ?? null,
      checked: l.checked,
    })),
  );
  await many(
    tx.top500Entry.createMany.bind(tx.top500Entry),
    d.top500.map((t) => ({
      id: `${t.system}@${t.edition}`,
      systemSlug: t.system,
      edition: t.edition,
      listNumber: top500ListNumber(t.edition),
      rank: t.rank,
      rmaxPflops: t.rmax_pflops,
      rpeakPflops: t.rpeak_pflops,
      sourceId: t.source,
      provisional: t.provisional,
      note: t.note ?? null,
      checked: t.checked,
    })),
  );

  await many(
    tx.programme.createMany.bind(tx.programme),
    d.programmes.map((p) => ({
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      startDate: p.start ?? null,
      endDate: p.end ?? null,
      parent: p.parent ?? null,
      summary: p.summary,
      checked: p.checked,
    })),
  );
  await many(
    tx.programmeStep.createMany.bind(tx.programmeStep),
    d.programmes.flatMap((p) =>
      p.steps.map((s, position) => ({
        id: `${p.slug}#${position + 1}`,
        programmeSlug: p.slug,
        position,
        title: s.title,
        detail: s.detail,
        date: s.date ?? null,
        status: s.status,
      })),
    ),
  );
  d.programmes.forEach((p) => {
    claims.push(...claimRows("programme", p.slug, p.figures, p.other_figures));
    recordSources.push(...refs("programme", p.slug, p.sources));
  });

  await many(
    tx.event.createMany.bind(tx.event),
    d.events.map((e) => ({
      slug: e.slug,
      date: e.date,
      dateSort: dateSortKey(e.date),
      endDate: e.end ?? null,
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      supersedes: e.supersedes ?? null,
      expected: e.expected,
      checked: e.checked,
    })),
  );
  await many(
    tx.eventLink.createMany.bind(tx.eventLink),
    d.events.flatMap((e) => e.about.map((a) => ({ eventSlug: e.slug, subjectType: a.type, subjectSlug: a.slug }))),
  );
  d.events.forEach((e) => recordSources.push(...refs("event", e.slug, e.sources)));

  await many(
    tx.modelProject.createMany.bind(tx.modelProject),
    d.projects.map((p) => ({
      slug: p.slug,
      name: p.name,
      organisation: p.organisation,
      countryCode: p.country,
      computeNote: p.compute,
      summary: p.summary,
      checked: p.checked,
    })),
  );
  d.projects.forEach((p) => {
    claims.push(...claimRows("project", p.slug, undefined, p.other_figures));
    recordSources.push(...refs("project", p.slug, p.sources));
  });
  await many(
    tx.trainingRun.createMany.bind(tx.trainingRun),
    d["training-runs"].map((r) => ({
      slug: r.slug,
      projectSlug: r.project,
      model: r.model,
      summary: r.summary,
      checked: r.checked,
    })),
  );
  await many(
    tx.trainingRunSystem.createMany.bind(tx.trainingRunSystem),
    d["training-runs"].flatMap((r) => r.systems.map((systemSlug) => ({ runSlug: r.slug, systemSlug }))),
  );
  d["training-runs"].forEach((r) => {
    claims.push(...claimRows("training-run", r.slug, r.figures, r.other_figures));
    recordSources.push(...refs("training-run", r.slug, r.sources));
  });

  await many(
    tx.change.createMany.bind(tx.change),
    d.changes.map((c, position) => ({
      id: c.id,
      position,
      date: c.date,
      subjectType: c.record.type,
      subjectSlug: c.record.key,
      field: c.field ?? null,
      fromValue: c.from ?? null,
      toValue: c.to ?? null,
      reason: c.reason,
    })),
  );
  await many(
    tx.changeSource.createMany.bind(tx.changeSource),
    d.changes.flatMap((c) => [...new Set(c.sources)].map((sourceId) => ({ changeId: c.id, sourceId }))),
  );

  const missing = (subjectType: string, rows: { slug: string; not_found: Record<string, string> }[]) =>
    rows.flatMap((r) =>
      Object.entries(r.not_found).map(([field, searched]) => ({ subjectType, subjectSlug: r.slug, field, searched })),
    );
  await many(tx.missingFigure.createMany.bind(tx.missingFigure), [
    ...missing("system", d.systems),
    ...missing("factory", d.factories),
    ...missing("antenna", d.antennas),
    ...missing("programme", d.programmes),
    ...missing("project", d.projects),
    ...missing("training-run", d["training-runs"]),
  ]);

  await many(tx.claim.createMany.bind(tx.claim), claims);
  await many(tx.recordSource.createMany.bind(tx.recordSource), recordSources);
  return n + 1;
}
