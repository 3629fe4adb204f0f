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
