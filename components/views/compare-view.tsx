import { formatPartialDate } from "@/lib/dates";
import { entryOnNewestList } from "@/lib/top500";
import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import Link from "next/link";
import { ViewLink } from "@/components/ui/view-link";
import { CompareAddForm, PublicAddress, ViewNavLink } from "@/components/ui/view-navigation";
import { CiteView } from "@/components/ui/cite-view";
import { redirect } from "next/navigation";
import { CompareCharts } from "@/components/charts/compare-charts";
import { statusLabels } from "@/components/tables/systems-table";
import { FigureCell } from "@/components/ui/figure-cell";
import { FigureValue } from "@/components/ui/figure-value";
import { describeShare } from "@/lib/compare";
import { figureOf, numberOf, specFields } from "@/lib/compare-rows";
import { getComparison } from "@/lib/data/compare";
import { getDatasetMeta } from "@/lib/data/meta";
import { getGigafactoryTarget } from "@/lib/data/programmes";
import { listSystemNames } from "@/lib/data/systems";
import { formatNumber } from "@/lib/format";
import { compareSearch, MAX_COMPARED, parseCompareQuery } from "@/lib/schemas/params";

export const compareMetadata: Metadata = {
  title: "Compare systems",
  description:
    "Two to four supercomputers side by side, each figure with its source, and their scale against the AI Gigafactory target.",
};

/** The list with the entry at `i` moved one place left (-1) or right (+1). */
function moved(slugs: string[], i: number, by: -1 | 1): string[] {
  const out = [...slugs];
  const j = i + by;
  [out[i], out[j]] = [out[j] as string, out[i] as string];
  return out;
}

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function CompareView({ params }: { params: RawParams }) {
  const query = parseCompareQuery(params);
  if (params.add !== undefined) redirect(`/compare${compareSearch(query.slugs)}`);

  const [{ systems, unknown }, names, target, meta] = await Promise.all([
    getComparison(query.slugs),
    listSystemNames(),
    getGigafactoryTarget(),
    getDatasetMeta(),
  ]);
  const slugs = systems.map((s) => s.slug);
  const targetValue = typeof target?.preferred.value === "number" ? target.preferred.value : null;
  const addable = names.filter((n) => !slugs.includes(n.slug));
  const latest = (s: (typeof systems)[number]) => entryOnNewestList(s.top500, s.standing);
  const newestList = systems.find((s) => s.standing)?.standing?.list.edition;

  return (
    <>
      <h1>Compare systems</h1>
      <p className="lede">
        Up to {MAX_COMPARED} systems side by side. FP64 Rmax, FP64 Rpeak and vendor AI performance are different quantities and
        stay in separate rows. Each value links to its source.
      </p>
      {[...unknown, ...query.invalid].map((u) => (
        <p key={u} role="alert" className="mark-disagree" data-testid="unknown-slug">
          No system called “{u}” is in the atlas; it is left out.
        </p>
      ))}
      <PublicAddress href={`/compare${compareSearch(slugs)}`} />
      <CompareAddForm
        slugs={slugs}
        method="get"
        action="/compare"
        className="filters"
        aria-label="Add a system to the comparison"
      >
        <input type="hidden" name="systems" value={slugs.join(",")} />
        <label>
          Add a system
          <select id="compare-add" name="add" defaultValue="" disabled={slugs.length >= MAX_COMPARED}>
            <option value="" disabled>
              Choose…
            </option>
            {addable.map((n) => (
              <option key={n.slug} value={n.slug}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={slugs.length >= MAX_COMPARED}>
          Add
        </button>
        {slugs.length >= MAX_COMPARED && <span className="muted">Remove one to add another.</span>}
      </CompareAddForm>
      <p role="status" className="muted" data-testid="compare-status">
        {systems.length
          ? `Comparing ${systems.length} system${systems.length === 1 ? "" : "s"}: ${systems.map((s) => s.name).join(", ")}.`
          : "No system chosen yet."}
      </p>

      {systems.length < 2 && (
        <p data-testid="compare-hint">
          Choose at least two systems to compare.
          {systems.length === 0 && (
            <>
              {" "}
              For example, <ViewLink href="/compare?systems=jupiter,lumi,leonardo">JUPITER, LUMI and Leonardo</ViewLink>.
            </>
          )}
        </p>
      )}

      {systems.length > 0 && (
        <>
          <div className="actions">
            <a className="button" href={`/compare.csv${compareSearch(slugs)}`} download>
              Download this comparison as CSV
            </a>
          </div>
          <div className="table-wrap">
            <table data-testid="spec-sheet">
              <caption>Spec sheet</caption>
              <thead>
                <tr>
                  <th scope="col">Quantity</th>
                  {systems.map((s, i) => (
                    <th scope="col" key={s.slug} data-slug={s.slug}>
                      <Link href={`/systems/${s.slug}`}>{s.name}</Link>
                      <div className="column-tools">
                        {i > 0 && (
                          <ViewNavLink
                            href={`/compare${compareSearch(moved(slugs, i, -1))}`}
                            aria-label={`Move ${s.name} left`}
                            focusAfter={`[data-move="${s.slug}-left"], [data-move="${s.slug}-right"]`}
                            data-move={`${s.slug}-left`}
                          >
                            ←
                          </ViewNavLink>
                        )}
                        <ViewNavLink
                          href={`/compare${compareSearch(slugs.filter((x) => x !== s.slug))}`}
                          aria-label={`Remove ${s.name} from the comparison`}
                          focusAfter="#compare-add"
                        >
                          Remove
                        </ViewNavLink>
                        {i < systems.length - 1 && (
                          <ViewNavLink
                            href={`/compare${compareSearch(moved(slugs, i, 1))}`}
                            aria-label={`Move ${s.name} right`}
                            focusAfter={`[data-move="${s.slug}-right"], [data-move="${s.slug}-left"]`}
                            data-move={`${s.slug}-right`}
                          >
                            →
                          </ViewNavLink>
                        )}
                      </div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Status</th>
                  {systems.map((s) => (
                    <td key={s.slug}>{statusLabels[s.status] ?? s.status}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Country</th>
                  {systems.map((s) => (
                    <td key={s.slug}>{s.country.name}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Accelerator</th>
                  {systems.map((s) => (
                    <td key={s.slug}>{s.acceleratorModel ?? <span className="not-known">not known</span>}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Architecture</th>
                  {systems.map((s) => (
                    <td key={s.slug}>
                      {s.family ? (
                        `${s.family}${s.generation ? `, ${s.generation}` : ""}`
                      ) : (
                        <span className="not-known">not known</span>
                      )}
                    </td>
                  ))}
                </tr>
                {specFields.map(({ field, label }) => (
                  <tr key={field} data-field={field}>
                    <th scope="row">{label}</th>
                    {systems.map((s) => (
                      <td key={s.slug}>
                        <FigureCell figure={figureOf(s, field)} />
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">TOP500 rank history</th>
                  {systems.map((s) => (
                    <td key={s.slug}>
                      {s.top500.length ? (
                        s.top500.map((t) => `#${t.rank} (${t.edition}${t.provisional ? ", provisional" : ""})`).join(", ")
                      ) : (
                        <span className="not-known">not listed</span>
                      )}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">TOP500 rank on the newest list{newestList ? ` (${formatPartialDate(newestList)})` : ""}</th>
                  {systems.map((s) => {
                    const entry = latest(s);
                    return (
                      <td key={s.slug}>
                        {entry ? (
                          `#${entry.rank}${entry.provisional ? " (provisional)" : ""}`
                        ) : s.standing?.status === "absent" ? (
                          "not in that list"
                        ) : (
                          <span className="not-known">
                            {s.standing?.status === "unknown" ? "not known: only part of that list was found" : "not listed"}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
                <tr>
                  <th scope="row">Host AI Factory</th>
                  {systems.map((s) => (
                    <td key={s.slug}>
                      {s.factories.length ? (
                        s.factories.map((f, i) => (
                          <span key={f.slug}>
                            {i ? ", " : ""}
                            <Link href={`/factories/${f.slug}`}>{f.name}</Link>
                          </span>
                        ))
                      ) : (
                        <span className="muted">none</span>
                      )}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>

          <h2 id="charts">Charts</h2>
          <CompareCharts
            context={{ path: `/compare${compareSearch(slugs)}`, asOf: meta.lastUpdated }}
            target={targetValue}
            data={systems.map((s) => ({
              name: s.name,
              rmax: numberOf(s, "rmax_pflops"),
              rpeak: numberOf(s, "rpeak_pflops"),
              accelerators: numberOf(s, "accelerator_count"),
              power: numberOf(s, "power_mw"),
            }))}
          />

          <h2 id="scale">Scale against the AI Gigafactory target</h2>
          {target && targetValue !== null ? (
            <>
              <div className="target-line">
                Target: more than {formatNumber(targetValue)} advanced AI processors per AI Gigafactory.{" "}
                <FigureValue figure={target} showValue={false} />
              </div>
              <div className="table-wrap">
                <table data-testid="scale-table">
                  <caption>Each system&apos;s accelerators as a share of the target (computed from the data)</caption>
                  <thead>
                    <tr>
                      <th scope="col">System</th>
                      <th scope="col" className="num">
                        Accelerators
                      </th>
                      <th scope="col">Share of the target</th>
                    </tr>
                  </thead>
                  <tbody>
                    {systems.map((s) => {
                      const n = numberOf(s, "accelerator_count");
                      return (
                        <tr key={s.slug} data-slug={s.slug}>
                          <th scope="row">{s.name}</th>
                          <td className="num">{n === null ? <span className="not-known">not known</span> : formatNumber(n)}</td>
                          <td>{n === null ? <span className="not-known">not known</span> : describeShare(n, targetValue)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <p className="not-known">The AI Gigafactory target is not recorded.</p>
          )}
          <CiteView
            title={`Comparison of ${systems.map((s) => s.name).join(", ")}`}
            path={`/compare${compareSearch(slugs)}`}
            meta={meta}
          />
        </>
      )}
    </>
  );
}
