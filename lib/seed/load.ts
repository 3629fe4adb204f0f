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
  type TrainingRun,
} from "@/lib/schemas/data";

export type Dataset = {
  info: DatasetInfo;
  sources: Source[];
  countries: Country[];
  factories: Factory[];
  antennas: Antenna[];
  "access-tracks": AccessTrack[];
  systems: System[];
  top500: Top500[];
  programmes: Programme[];
  events: Event[];
  projects: Project[];
  "training-runs": TrainingRun[];
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
  if (raw === undefined) return [];
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
  unique("top500", d.top500, (t) => `${t.system}@${t.edition}`, "system and edition");
  const programmeSlugs = unique("programmes", d.programmes, (p) => p.slug, "slug");
  const eventSlugs = unique("events", d.events, (e) => e.slug, "slug");
  const projectSlugs = unique("projects", d.projects, (p) => p.slug, "slug");
  unique("training-runs", d["training-runs"], (r) => r.slug, "slug");

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

  d.countries.forEach((c, i) => checkSources("countries", name("code", c.code, i), c.sources, undefined));
  d.factories.forEach((f, i) => {
    const r = name("slug", f.slug, i);
    ref("factories", r, "country", f.country, countryCodes, "country code");
    f.partners.forEach((p, j) => ref("factories", r, `partners.${j}`, p, countryCodes, "country code"));
    f.systems.forEach((s, j) => ref("factories", r, `systems.${j}.system`, s.system, systemSlugs, "system"));
    checkSources("factories", r, f.sources, f.figures, f.other_figures);
  });
  d.antennas.forEach((a, i) => {
    const r = name("slug", a.slug, i);
    ref("antennas", r, "country", a.country, countryCodes, "country code");
    a.factories.forEach((l, j) => ref("antennas", r, `factories.${j}.factory`, l.factory, factorySlugs, "factory"));
    checkSources("antennas", r, a.sources, a.figures, a.other_figures);
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
  });
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
}
