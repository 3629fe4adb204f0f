// Compares two versions of data/ (as parsed YAML, before validation) and lists
// what changed per record and field: the basis of `npm run data:changes`,
// which drafts changelog entries so that no change goes unrecorded.

type Raw = Record<string, unknown>;
export type RawDataset = Record<string, unknown>;

/** One difference: a record's figure or field with its old and new value (null when added or removed). */
export type DataDiff = {
  collection: string;
  type: string;
  key: string;
  field: string;
  from: string | null;
  to: string | null;
  /** The source of the new value, when the field is a figure. */
  source: string | null;
};

/** The collections whose changes the changelog records, their record key and changelog type. */
export const tracked: Record<string, { key: (r: Raw) => string; type: string }> = {
  factories: { key: (r) => String(r.slug), type: "factory" },
  antennas: { key: (r) => String(r.slug), type: "antenna" },
  systems: { key: (r) => String(r.slug), type: "system" },
  top500: { key: (r) => `${String(r.system)}@${String(r.edition)}`, type: "top500" },
  programmes: { key: (r) => String(r.slug), type: "programme" },
  events: { key: (r) => String(r.slug), type: "event" },
  projects: { key: (r) => String(r.slug), type: "project" },
  "training-runs": { key: (r) => String(r.slug), type: "training-run" },
  countries: { key: (r) => String(r.code), type: "country" },
  "access-tracks": { key: (r) => String(r.slug), type: "access-track" },
};

// Bookkeeping fields: a new check date or a reworded summary is not a change of fact.
// list_number moved to top500-lists.yaml, and `expected` defaults to false when
// absent, so their first appearance is not a change either.
const ignored = new Set(["checked", "summary", "sources", "figures", "other_figures", "note", "list_number"]);
const ignoredWhenNew = new Set(["expected"]);

const asList = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : v && typeof v === "object" ? [v as Raw] : []);

/** The claim a figure shows: the preferred one, or the only one. */
function shownClaim(v: unknown): Raw | undefined {
  const claims = asList(v);
  return claims.length === 1 ? claims[0] : claims.find((c) => c.preferred === true);
}

const text = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === "object" ? JSON.stringify(v) : String(v);

function figureDiffs(
  before: Raw,
  after: Raw,
): { field: string; from: string | null; to: string | null; source: string | null }[] {
  const out: { field: string; from: string | null; to: string | null; source: string | null }[] = [];
  const a = (before.figures ?? {}) as Raw;
  const b = (after.figures ?? {}) as Raw;
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [shownClaim(a[field]), shownClaim(b[field])];
    // A kind newly stated (none before) is bookkeeping; a kind that changes is a change of fact.
    const kindChanged = x?.kind !== undefined && y?.kind !== undefined && text(x.kind) !== text(y.kind);
    if (text(x?.value) !== text(y?.value) || kindChanged)
      out.push({ field: `figures.${field}`, from: text(x?.value), to: text(y?.value), source: y ? text(y.source) : null });
  }
  const others = (r: Raw) => new Map(asList(r.other_figures).map((o) => [String(o.key), shownClaim(o.claims)]));
  const [oa, ob] = [others(before), others(after)];
  for (const key of new Set([...oa.keys(), ...ob.keys()])) {
    const [x, y] = [oa.get(key), ob.get(key)];
    if (text(x?.value) !== text(y?.value))
      out.push({ field: `other_figures.${key}`, from: text(x?.value), to: text(y?.value), source: y ? text(y.source) : null });
  }
  return out;
}

/** Every change of fact between two versions of the data, record by record. */
export function diffData(before: RawDataset, after: RawDataset): DataDiff[] {
  const out: DataDiff[] = [];
  for (const [collection, { key, type }] of Object.entries(tracked)) {
    const index = (d: RawDataset) => new Map(asList(d[collection]).map((r) => [key(r), r]));
    const [a, b] = [index(before), index(after)];
    for (const [k, r] of b) {
      const old = a.get(k);
      const name = text(r.name ?? r.title ?? r.model ?? k);
      if (!old) {
        out.push({
          collection,
          type,
          key: k,
          field: "record",
          from: null,
          to: name,
          source: text(asList(r.sources)[0] ?? r.source),
        });
        continue;
      }
      for (const f of figureDiffs(old, r)) out.push({ collection, type, key: k, ...f });
      for (const field of new Set([...Object.keys(old), ...Object.keys(r)])) {
        if (ignored.has(field)) continue;
        const [x, y] = [text(old[field]), text(r[field])];
        if (x !== y && !(x === null && ignoredWhenNew.has(field)))
          out.push({ collection, type, key: k, field, from: x, to: y, source: null });
      }
    }
    for (const k of a.keys())
      if (!b.has(k))
        out.push({ collection, type, key: k, field: "record", from: text(a.get(k)?.name ?? k), to: null, source: null });
  }
  return out;
}

/** The diffs no changelog entry covers: an entry covers a record and field (or the whole record when it names no field). */
export function uncovered(diffs: DataDiff[], entries: { record: { type: string; key: string }; field?: string }[]): DataDiff[] {
  return diffs.filter(
    (d) =>
      !entries.some(
        (e) => e.record.type === d.type && e.record.key === d.key && (!e.field || e.field === d.field || d.field === "record"),
      ),
  );
}
