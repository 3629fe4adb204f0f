// Sorting and filtering of the /systems table: pure, shared by the page and its CSV.
import type { SystemRow } from "@/lib/data/systems";
import { defaultDirection, type SystemSortKey, type SystemsQuery } from "@/lib/schemas/params";

type Key = string | number | null;

const sortValue: Record<SystemSortKey, (r: SystemRow) => Key> = {
  name: (r) => r.name.toLowerCase(),
  country: (r) => r.countryName,
  site: (r) => r.site.toLowerCase(),
  status: (r) => r.status,
  rank: (r) => r.rank?.rank ?? null,
  rmax: (r) => r.rmax?.value ?? null,
  rpeak: (r) => r.rpeak?.value ?? null,
  accelerators: (r) => r.accelerators?.value ?? null,
  model: (r) => r.acceleratorModel?.toLowerCase() ?? null,
  family: (r) => (r.family ? `${r.family} ${r.generation ?? ""}` : null),
  power: (r) => r.power?.value ?? null,
  year: (r) => r.year?.value ?? null,
};

/** The rows the query selects, in its order. Unknown values always sort last, whichever the direction. */
export function applySystemsQuery(rows: SystemRow[], q: SystemsQuery): SystemRow[] {
  const filtered = rows.filter(
    (r) =>
      (!q.country || r.countryCode === q.country) &&
      (!q.status || r.status === q.status) &&
      (!q.family || r.family === q.family) &&
      (q.rank_min === undefined || (r.rank !== null && r.rank.rank >= q.rank_min)) &&
      (q.rank_max === undefined || (r.rank !== null && r.rank.rank <= q.rank_max)),
  );
  const dir = (q.dir ?? defaultDirection(q.sort)) === "asc" ? 1 : -1;
  const get = sortValue[q.sort];
  return filtered
    .map((row, index) => ({ row, index, key: get(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const c =
        typeof a.key === "number" && typeof b.key === "number" ? a.key - b.key : String(a.key).localeCompare(String(b.key));
      return c * dir || a.index - b.index;
    })
    .map((x) => x.row);
}

const sortWords: Record<SystemSortKey, string> = {
  name: "name",
  country: "country",
  site: "site",
  status: "status",
  rank: "latest TOP500 rank",
  rmax: "FP64 Rmax",
  rpeak: "FP64 Rpeak",
  accelerators: "accelerator count",
  model: "accelerator",
  family: "architecture",
  power: "power",
  year: "year in service",
};
const statusWords: Record<string, string> = { operational: "operational", installing: "being installed", planned: "planned" };

/** The view in words, for its citation: "Supercomputers in Germany, operational, TOP500 rank 1–50, by FP64 Rmax (largest first)". */
export function systemsViewTitle(q: SystemsQuery, countryName?: string): string {
  const parts = ["Supercomputers"];
  if (q.country) parts[0] += ` in ${countryName ?? q.country.toUpperCase()}`;
  if (q.status) parts.push(statusWords[q.status] ?? q.status);
  if (q.family) parts.push(`${q.family} architecture`);
  if (q.rank_min !== undefined || q.rank_max !== undefined) parts.push(`TOP500 rank ${q.rank_min ?? 1}–${q.rank_max ?? 500}`);
  const dir = q.dir ?? defaultDirection(q.sort);
  const order =
    q.sort === "year"
      ? dir === "desc"
        ? "newest first"
        : "oldest first"
      : ["rmax", "rpeak", "accelerators", "power"].includes(q.sort)
        ? dir === "desc"
          ? "largest first"
          : "smallest first"
        : dir === "asc"
          ? "ascending"
          : "descending";
  return `${parts.join(", ")}, by ${sortWords[q.sort]} (${order})`;
}
