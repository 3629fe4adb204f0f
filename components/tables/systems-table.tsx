import Link from "next/link";
import { ViewLink } from "@/components/ui/view-link";
import { CellValue } from "@/components/ui/cell-value";
import { SourceLink } from "@/components/ui/source-link";
import type { SystemRow } from "@/lib/data/systems";
import { defaultDirection, systemsSearch, type SystemSortKey, type SystemsQuery } from "@/lib/schemas/params";

const columns: { key: SystemSortKey; label: string; num?: boolean }[] = [
  { key: "name", label: "System" },
  { key: "country", label: "Country" },
  { key: "site", label: "Site" },
  { key: "status", label: "Status" },
  { key: "rank", label: "Latest TOP500 rank", num: true },
  { key: "rmax", label: "Rmax (FP64, PFLOPS)", num: true },
  { key: "rpeak", label: "Rpeak (FP64, PFLOPS)", num: true },
  { key: "model", label: "Accelerator" },
  { key: "accelerators", label: "Accelerators", num: true },
  { key: "family", label: "Architecture" },
  { key: "power", label: "Power (MW)", num: true },
  { key: "year", label: "In service", num: true },
];

export const statusLabels: Record<string, string> = {
  operational: "Operational",
  installing: "Being installed",
  planned: "Planned",
};

const sortLabel = (key: SystemSortKey) => columns.find((c) => c.key === key)?.label ?? key;

/** The systems table: every column sorts through a link (no script needed), and the state lives in the URL. */
export function SystemsTable({ rows, query }: { rows: SystemRow[]; query: SystemsQuery }) {
  const dir = query.dir ?? defaultDirection(query.sort);
  return (
    <section
      className="table-wrap table-scroll"
      id="systems-table"
      aria-label="Supercomputers table (scrolls sideways and down; the names and headings stay in view)"
      tabIndex={0}
    >
      <table data-testid="systems-table">
        <caption>
          Supercomputers ({rows.length} shown), sorted by {sortLabel(query.sort)}, {dir === "asc" ? "ascending" : "descending"}.
          Select a column heading to sort.
        </caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = query.sort === c.key;
              const next = active ? (dir === "asc" ? "desc" : "asc") : defaultDirection(c.key);
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.num ? "num" : undefined}
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
                >
                  {/* The fragment brings the reader back to the table after the page loads sorted. */}
                  <ViewLink href={`/systems${systemsSearch({ ...query, sort: c.key, dir: next })}#systems-table`}>
                    {c.label}
                  </ViewLink>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} data-slug={r.slug}>
              <th scope="row">
                <Link href={`/systems/${r.slug}`}>{r.name}</Link>
              </th>
              <td>
                <Link href={`/countries/${r.countryCode.toLowerCase()}`}>{r.countryName}</Link>
              </td>
              <td>
                {r.site}, {r.city}
              </td>
              <td>{statusLabels[r.status] ?? r.status}</td>
              <td className="num">
                {r.rank ? (
                  <>
                    #{r.rank.rank}{" "}
                    <span className="muted">
                      ({r.rank.edition}
                      {r.rank.provisional ? ", provisional" : ""})
                    </span>
                    <SourceLink id={r.rank.sourceId} publisher={`TOP500 ${r.rank.edition} list`} />
                  </>
                ) : (
                  <span className="not-known">
                    {r.standing?.status === "absent"
                      ? `not in the ${r.standing.list.edition} list`
                      : r.standing
                        ? `not known for ${r.standing.list.edition}`
                        : "not listed"}
                    {r.standing?.previous ? ` (last #${r.standing.previous.rank}, ${r.standing.previous.edition})` : ""}
                  </span>
                )}
              </td>
              <td className="num" data-col="rmax">
                {r.rmax || !r.rmaxOther ? (
                  <span data-part="measured">
                    <CellValue cell={r.rmax} />
                  </span>
                ) : null}
                {r.rmaxOther && (
                  <div className="cell-apart">
                    <CellValue cell={r.rmaxOther} />
                  </div>
                )}
              </td>
              <td className="num">
                <CellValue cell={r.rpeak} />
              </td>
              <td>{r.acceleratorModel ?? <span className="not-known">not known</span>}</td>
              <td className="num">
                <CellValue cell={r.accelerators} />
              </td>
              <td>
                {r.family ? (
                  `${r.family}${r.generation ? `, ${r.generation}` : ""}`
                ) : (
                  <span className="not-known">not known</span>
                )}
              </td>
              <td className="num">
                <CellValue cell={r.power} />
              </td>
              <td className="num">
                <CellValue cell={r.year} format={String} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
