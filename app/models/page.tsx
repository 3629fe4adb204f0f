import type { Metadata } from "next";
import Link from "next/link";
import { FigureList } from "@/components/ui/figure-list";
import { SourceLink } from "@/components/ui/source-link";
import { listProjects } from "@/lib/data/models";

export const metadata: Metadata = {
  title: "Models and training runs",
  description:
    "The European sovereign-model projects and the documented training runs on EuroHPC-tier systems, with the GPUs they used.",
};

export default async function ModelsPage() {
  const projects = await listProjects();
  return (
    <>
      <h1>Models and training runs</h1>
      <p className="lede">
        European open and sovereign language-model projects, the compute each relies on, and their training runs, with the
        supercomputers they used where a model card or technical report names them. Thorsten Meyer&apos;s essay says no
        frontier-class run (200 billion dense parameters or more) is documented on EuroHPC infrastructure; the atlas had found
        none either as of 23 November 2026.
      </p>
      {projects.map((p) => (
        <section key={p.slug} id={p.slug} aria-labelledby={`h-${p.slug}`} className="project">
          <h2 id={`h-${p.slug}`}>{p.name}</h2>
          <p>
            {p.organisation}
            {p.country ? (
              <>
                , <Link href={`/countries/${p.country.code.toLowerCase()}`}>{p.country.name}</Link>
              </>
            ) : (
              ", pan-European"
            )}
            . Compute: {p.compute}. {p.summary}{" "}
            {p.sources.map((src) => (
              <SourceLink key={src.id} id={src.id} publisher={src.publisher} />
            ))}
          </p>
          {p.figures.length > 0 && <FigureList figures={p.figures} empty="" />}
          {p.runs.map((r) => (
            <div key={r.slug} data-testid={`run-${r.slug}`}>
              <h3>{r.model}</h3>
              <p>
                {r.summary}{" "}
                {r.systems.length ? (
                  <>
                    Systems:{" "}
                    {r.systems.map((s, i) => (
                      <span key={s.slug}>
                        {i ? ", " : ""}
                        <Link href={`/systems/${s.slug}`}>{s.name}</Link>
                      </span>
                    ))}
                    .
                  </>
                ) : (
                  <span className="not-known">Systems not named in the sources.</span>
                )}
              </p>
              <FigureList figures={r.figures} empty="No figures for this run are recorded." />
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
