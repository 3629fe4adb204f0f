// Reads and validates data/*.yaml. Nothing here touches a database: the seed
// calls loadDataset() first and writes only when it returns without errors.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import {
  collections,
  datasetSchema,
  type AccessTrack,
  type Antenna,
  type Change,
  type Claim,
  type CollectionName,
  type Country,
  type DatasetInfo,
  type Event,
  type Factory,
  type Programme,
  type Project,
  type Source,
  type System,
  type Top500,
  type Top500List,
  type TrainingRun,
} from "@/lib/schemas/data";
import { dateEndKey, dateSortKey, formatPartialDate } from "@/lib/dates";

export type Dataset = {
  info: DatasetInfo;
  sources: Source[];
  countries: Country[];
  factories: Factory[];
  antennas: Antenna[];
  "access-tracks": AccessTrack[];
  systems: System[];
  "top500-lists": Top500List[];
  top500: Top500[];
  programmes: Programme[];
  events: Event[];
  projects: Project[];
  "training-runs": TrainingRun[];
  changes: Change[];
};

/** One problem in the data, located by file, record and field. */
export type DataProblem = { file: string; record: string; field: string; message: string };

export class DataError extends Error {
  constructor(public readonly problems: DataProblem[]) {
    super(
      `The data has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "DataError";
  }
}

/** "data/systems.yaml, record jupiter, field figures.rmax_pflops.0.source: …" */
export function formatProblem(p: DataProblem): string {
  return `  ${p.file}, record ${p.record}, field ${p.field}: ${p.message}`;
}

function pathOf(issuePath: readonly PropertyKey[]): string {
  return issuePath.length ? issuePath.map(String).join(".") : "(the record)";
}

function readYaml(file: string, display: string, problems: DataProblem[]): unknown {
  if (!existsSync(file)) {
    problems.push({ file: display, record: "-", field: "-", message: "file is missing" });
    return undefined;
  }
  const doc = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.push({ file: display, record: "-", field: "-", message: `not valid YAML: ${e.message}` });
    return undefined;
  }
  return doc.toJS();
}

function recordName(raw: unknown, key: string, index: number): string {
  if (raw && typeof raw === "object" && key in raw) {
    const v = (raw as Record<string, unknown>)[key];
    if (typeof v === "string" || typeof v === "number") return `#${index + 1} (${key}: ${v})`;
  }
  return `#${index + 1}`;
}

function parseCollection<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  key: string,
  problems: DataProblem[],
): z.infer<S>[] {
  const display = `data/${name}.yaml`;
  const raw = readYaml(path.join(dir, `${name}.yaml`), display, problems);
  if (raw === undefined || raw === null) return []; // missing (reported above) or only comments: no records
  if (!Array.isArray(raw)) {
    problems.push({ file: display, record: "-", field: "-", message: "must be a YAML list of records" });
    return [];
  }
  const out: z.infer<S>[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      out.push(result.data);
    } else {
      for (const issue of result.error.issues) {
        problems.push({ file: display, record: recordName(item, key, index), field: pathOf(issue.path), message: issue.message });
      }
    }
  });
  return out;
}

/** Reads every data file in `dir`, validates records and references; throws DataError listing every problem. */
export function loadDataset(dir: string): Dataset {
  const problems: DataProblem[] = [];
  const infoRaw = readYaml(path.join(dir, "dataset.yaml"), "data/dataset.yaml", problems);
  const info = datasetSchema.safeParse(infoRaw);
  if (!info.success && infoRaw !== undefined) {
    for (const issue of info.error.issues) {
      problems.push({ file: "data/dataset.yaml", record: "-", field: pathOf(issue.path), message: issue.message });
    }
  }
  const parsed = Object.fromEntries(
    (Object.keys(collections) as CollectionName[]).map((name) => {
      const { schema, key } = collections[name];
      return [name, parseCollection(dir, name, schema, key, problems)];
    }),
  ) as Omit<Dataset, "info">;
  if (problems.length === 0 && info.success) {
    const dataset: Dataset = { info: info.data, ...parsed };
    checkReferences(dataset, problems);
    if (problems.length === 0) checkRules(dataset, problems);
    if (problems.length === 0) return dataset;
  }
  throw new DataError(problems);
}

type Figures = Record<string, { source: string }[] | undefined>;

/** Checks what zod cannot see record by record: unique keys and references across files. */
function checkReferences(d: Dataset, problems: DataProblem[]): void {
  const unique = <T>(name: string, items: T[], keyOf: (t: T) => string, label: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = keyOf(item);
      if (seen.has(k))
        problems.push({
          file: `data/${name}.yaml`,
          record: `#${i + 1} (${label}: ${k})`,
          field: label,
          message: `duplicate ${label} "${k}"`,
        });
      seen.add(k);
    });
    return seen;
  };
  const sourceIds = unique("sources", d.sources, (s) => s.id, "id");
  const countryCodes = unique("countries", d.countries, (c) => c.code, "code");
  const factorySlugs = unique("factories", d.factories, (f) => f.slug, "slug");
  const antennaSlugs = unique("antennas", d.antennas, (a) => a.slug, "slug");
  unique("access-tracks", d["access-tracks"], (t) => t.slug, "slug");
  const systemSlugs = unique("systems", d.systems, (s) => s.slug, "slug");
  const editions = unique("top500-lists", d["top500-lists"], (l) => l.edition, "edition");
  const top500Keys = unique("top500", d.top500, (t) => `${t.system}@${t.edition}`, "system and edition");
  const programmeSlugs = unique("programmes", d.programmes, (p) => p.slug, "slug");
  const eventSlugs = unique("events", d.events, (e) => e.slug, "slug");
  const projectSlugs = unique("projects", d.projects, (p) => p.slug, "slug");
  const runSlugs = unique("training-runs", d["training-runs"], (r) => r.slug, "slug");
  const trackSlugs = new Set(d["access-tracks"].map((t) => t.slug));
  unique("changes", d.changes, (c) => c.id, "id");

  const ref = (file: string, record: string, field: string, value: string, known: Set<string>, what: string) => {
    if (!known.has(value)) problems.push({ file: `data/${file}.yaml`, record, field, message: `unknown ${what} "${value}"` });
  };
  const name = (key: string, value: string, i: number) => `#${i + 1} (${key}: ${value})`;
  const checkSources = (
    file: string,
    record: string,
    sources: string[] | undefined,
    figures: Figures | undefined,
    others?: { key: string; claims: { source: string }[] }[],
  ) => {
    sources?.forEach((s, j) => ref(file, record, `sources.${j}`, s, sourceIds, "source id"));
    for (const [field, claims] of Object.entries(figures ?? {})) {
      claims?.forEach((c, j) => ref(file, record, `figures.${field}.${j}.source`, c.source, sourceIds, "source id"));
    }
    others?.forEach((o, k) =>
      o.claims.forEach((c, j) => ref(file, record, `other_figures.${k}.claims.${j}.source`, c.source, sourceIds, "source id")),
    );
  };

  const checkLinks = (
    file: string,
    record: string,
    item: { links?: { sources: string[] }; access_modes: { source: string }[] },
  ) => {
    item.links?.sources.forEach((s, j) => ref(file, record, `links.sources.${j}`, s, sourceIds, "source id"));
    item.access_modes.forEach((m, j) => ref(file, record, `access_modes.${j}.source`, m.source, sourceIds, "source id"));
  };

  d.countries.forEach((c, i) => checkSources("countries", name("code", c.code, i), c.sources, undefined));
  d.factories.forEach((f, i) => {
    const r = name("slug", f.slug, i);
    ref("factories", r, "country", f.country, countryCodes, "country code");
    f.partners.forEach((p, j) => ref("factories", r, `partners.${j}`, p, countryCodes, "country code"));
    f.systems.forEach((s, j) => ref("factories", r, `systems.${j}.system`, s.system, systemSlugs, "system"));
    checkSources("factories", r, f.sources, f.figures, f.other_figures);
    checkLinks("factories", r, f);
  });
  d.antennas.forEach((a, i) => {
    const r = name("slug", a.slug, i);
    ref("antennas", r, "country", a.country, countryCodes, "country code");
    a.factories.forEach((l, j) => ref("antennas", r, `factories.${j}.factory`, l.factory, factorySlugs, "factory"));
    checkSources("antennas", r, a.sources, a.figures, a.other_figures);
    checkLinks("antennas", r, a);
  });
  d["access-tracks"].forEach((t, i) => {
    const r = name("slug", t.slug, i);
    if ("antenna" in t.offered_by) ref("access-tracks", r, "offered_by.antenna", t.offered_by.antenna, antennaSlugs, "antenna");
    else ref("access-tracks", r, "offered_by.factory", t.offered_by.factory, factorySlugs, "factory");
    checkSources("access-tracks", r, t.sources, undefined);
  });
  d.systems.forEach((s, i) => {
    const r = name("slug", s.slug, i);
    ref("systems", r, "country", s.country, countryCodes, "country code");
    checkSources("systems", r, s.sources, s.figures, s.other_figures);
  });
  d.top500.forEach((t, i) => {
    const r = `#${i + 1} (system: ${t.system}, edition: ${t.edition})`;
    ref("top500", r, "system", t.system, systemSlugs, "system");
    ref("top500", r, "source", t.source, sourceIds, "source id");
    if (!editions.has(t.edition))
      problems.push({
        file: "data/top500.yaml",
        record: r,
        field: "edition",
        message: `"${t.edition}" is not a TOP500 list the atlas records: add it to data/top500-lists.yaml`,
      });
  });
  d["top500-lists"].forEach((l, i) =>
    ref("top500-lists", name("edition", l.edition, i), "source", l.source, sourceIds, "source id"),
  );
  d.programmes.forEach((p, i) => {
    const r = name("slug", p.slug, i);
    if (p.parent) ref("programmes", r, "parent", p.parent, programmeSlugs, "programme");
    checkSources("programmes", r, p.sources, p.figures, p.other_figures);
  });
  const subjects: Record<string, Set<string>> = {
    factory: factorySlugs,
    antenna: antennaSlugs,
    system: systemSlugs,
    programme: programmeSlugs,
    country: countryCodes,
    project: projectSlugs,
  };
  d.events.forEach((e, i) => {
    const r = name("slug", e.slug, i);
    if (e.supersedes) ref("events", r, "supersedes", e.supersedes, eventSlugs, "event");
    e.about.forEach((a, j) => ref("events", r, `about.${j}.slug`, a.slug, subjects[a.type] ?? new Set(), a.type));
    checkSources("events", r, e.sources, undefined);
  });
  d.projects.forEach((p, i) => {
    const r = name("slug", p.slug, i);
    if (p.country) ref("projects", r, "country", p.country, countryCodes, "country code");
    checkSources("projects", r, p.sources, undefined, p.other_figures);
  });
  d["training-runs"].forEach((t, i) => {
    const r = name("slug", t.slug, i);
    ref("training-runs", r, "project", t.project, projectSlugs, "project");
    t.systems.forEach((s, j) => ref("training-runs", r, `systems.${j}`, s, systemSlugs, "system"));
    checkSources("training-runs", r, t.sources, t.figures, t.other_figures);
  });
  const changeSubjects: Record<Change["record"]["type"], Set<string>> = {
    ...subjects,
    top500: top500Keys,
    event: eventSlugs,
    "training-run": runSlugs,
    "access-track": trackSlugs,
    source: sourceIds,
  } as Record<Change["record"]["type"], Set<string>>;
  d.changes.forEach((c, i) => {
    const r = name("id", c.id, i);
    ref("changes", r, "record.key", c.record.key, changeSubjects[c.record.type], c.record.type);
    c.sources.forEach((s, j) => ref("changes", r, `sources.${j}`, s, sourceIds, "source id"));
  });
}

/** The claim a figure shows: the preferred one, or the only one. */
function shown(claims: Claim[] | undefined): Claim | undefined {
  if (!claims?.length) return undefined;
  return claims.length === 1 ? claims[0] : claims.find((c) => c.preferred);
}

const num = (c: Claim | undefined): number | undefined => (typeof c?.value === "number" ? c.value : undefined);

/**
 * Rules that stop impossible data: values that cannot all be true at once, or
 * that contradict the dataset's own date. Each names file, record and field.
 */
function checkRules(d: Dataset, problems: DataProblem[]): void {
  const asOf = dateSortKey(d.info.last_updated);
  const datasetDate = formatPartialDate(d.info.last_updated);
  const name = (key: string, value: string, i: number) => `#${i + 1} (${key}: ${value})`;
  const add = (file: string, record: string, field: string, message: string) =>
    problems.push({ file: `data/${file}.yaml`, record, field, message });

  const checkedRule = (file: string, record: string, checked: string, notFound?: Record<string, string>) => {
    if (checked > asOf)
      add(file, record, "checked", `checked on ${checked}, after the dataset's date (${datasetDate}): bump dataset.yaml`);
    for (const [field, searched] of Object.entries(notFound ?? {}))
      if (searched > asOf)
        add(file, record, `not_found.${field}`, `searched on ${searched}, after the dataset's date (${datasetDate})`);
  };
  const claimRules = (file: string, record: string, figures: Record<string, Claim[] | undefined>) => {
    for (const [field, claims] of Object.entries(figures)) {
      claims?.forEach((c, j) => {
        if (c.kind === "measured" && dateSortKey(c.as_of) > asOf)
          add(
            file,
            record,
            `figures.${field}.${j}.as_of`,
            `a measured value cannot be dated after the dataset's date (${datasetDate})`,
          );
      });
    }
  };
  /** EU and national parts cannot add up to more than the total. */
  const partsRule = (file: string, record: string, total?: Claim[], eu?: Claim[], national?: Claim[], prefix = "budget") => {
    const [t, e, n] = [num(shown(total)), num(shown(eu)), num(shown(national))];
    if (t === undefined) return;
    const parts = (e ?? 0) + (n ?? 0);
    if (parts > t * 1.0001)
      add(
        file,
        record,
        `figures.${prefix}_total_eur`,
        `the EU (${e ?? 0}) and national (${n ?? 0}) parts add up to ${parts}, more than the total (${t})`,
      );
  };

  d.countries.forEach((c, i) => checkedRule("countries", name("code", c.code, i), c.checked));
  d.factories.forEach((f, i) => {
    const r = name("slug", f.slug, i);
    checkedRule("factories", r, f.checked, f.not_found);
    claimRules("factories", r, f.figures);
    partsRule("factories", r, f.figures.budget_total_eur, f.figures.budget_eu_eur, f.figures.budget_national_eur);
  });
  d.antennas.forEach((a, i) => {
    const r = name("slug", a.slug, i);
    checkedRule("antennas", r, a.checked, a.not_found);
    claimRules("antennas", r, a.figures);
    partsRule("antennas", r, a.figures.budget_total_eur, a.figures.budget_eu_eur, a.figures.budget_national_eur);
  });
  d["access-tracks"].forEach((t, i) => checkedRule("access-tracks", name("slug", t.slug, i), t.checked));
  d.programmes.forEach((p, i) => {
    const r = name("slug", p.slug, i);
    checkedRule("programmes", r, p.checked, p.not_found);
    claimRules("programmes", r, p.figures);
    partsRule("programmes", r, p.figures.amount_total_eur, p.figures.amount_eu_eur, p.figures.amount_national_eur, "amount");
  });
  d.projects.forEach((p, i) => checkedRule("projects", name("slug", p.slug, i), p.checked));
  d["training-runs"].forEach((t, i) => {
    const r = name("slug", t.slug, i);
    checkedRule("training-runs", r, t.checked, t.not_found);
    claimRules("training-runs", r, t.figures);
  });

  d.systems.forEach((s, i) => {
    const r = name("slug", s.slug, i);
    const f = s.figures;
    checkedRule("systems", r, s.checked, s.not_found);
    claimRules("systems", r, f);
    const rmax = num(shown(f.rmax_pflops));
    const rpeak = num(shown(f.rpeak_pflops));
    if (rmax !== undefined && rpeak !== undefined && rpeak < rmax)
      add(
        "systems",
        r,
        "figures.rpeak_pflops",
        `the peak (${rpeak} PF) is below the sustained Rmax (${rmax} PF): Rpeak is never below Rmax`,
      );
    const inService = shown(f.in_service);
    if (s.status === "operational") {
      if (!inService && !s.not_found.in_service)
        add(
          "systems",
          r,
          "figures.in_service",
          "an operational system needs an in-service date (or not_found.in_service: the date a search found none)",
        );
      else if (inService && dateSortKey(String(inService.value)) > asOf)
        add(
          "systems",
          r,
          "figures.in_service",
          `an operational system cannot enter service after the dataset's date (${datasetDate}): is it planned or installing?`,
        );
    } else {
      f.rmax_pflops?.forEach((c, j) => {
        if (c.kind === "measured")
          add("systems", r, `figures.rmax_pflops.${j}.kind`, `a ${s.status} system has no measured Rmax yet: mark it expected`);
      });
    }
    const [acc, nodes, perNode] = [shown(f.accelerator_count), shown(f.node_count), shown(f.accelerators_per_node)];
    if (acc && nodes && perNode && !acc.approximate && !nodes.approximate && !perNode.approximate) {
      const product = Number(nodes.value) * Number(perNode.value);
      if (product !== Number(acc.value))
        add(
          "systems",
          r,
          "figures.accelerator_count",
          `${acc.value} accelerators contradict ${nodes.value} nodes × ${perNode.value} per node = ${product}; mark one approximate or correct it`,
        );
    }
  });

  const lists = new Map(d["top500-lists"].map((l) => [l.edition, l]));
  d["top500-lists"].forEach((l, i) => {
    const r = name("edition", l.edition, i);
    checkedRule("top500-lists", r, l.checked);
    if (dateSortKey(l.published) > asOf)
      add("top500-lists", r, "published", `published after the dataset's date (${datasetDate})`);
    if (!l.published.startsWith(l.edition)) add("top500-lists", r, "published", `a ${l.edition} list is published in that month`);
  });
  d.top500.forEach((t, i) => {
    const r = `#${i + 1} (system: ${t.system}, edition: ${t.edition})`;
    checkedRule("top500", r, t.checked);
    if (t.rmax_pflops !== null && t.rpeak_pflops !== null && t.rpeak_pflops < t.rmax_pflops)
      add("top500", r, "rpeak_pflops", `Rpeak (${t.rpeak_pflops} PF) is below Rmax (${t.rmax_pflops} PF) on the same list`);
    if (!lists.has(t.edition)) return;
  });

  d.events.forEach((e, i) => {
    const r = name("slug", e.slug, i);
    checkedRule("events", r, e.checked);
    const ends = dateEndKey(e.end ?? e.date);
    if (e.expected && ends < asOf)
      add(
        "events",
        r,
        "expected",
        `expected on ${formatPartialDate(e.end ?? e.date)}, before the dataset's date (${datasetDate}): record what happened instead`,
      );
    if (!e.expected && dateSortKey(e.date) > asOf)
      add("events", r, "date", `dated after the dataset's date (${datasetDate}) but not marked expected: true`);
  });
  d.changes.forEach((c, i) => {
    if (c.date > asOf) add("changes", name("id", c.id, i), "date", `dated after the dataset's date (${datasetDate})`);
  });
}
