import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";

export type ProjectView = {
  slug: string;
  name: string;
  organisation: string;
  country: { code: string; name: string } | null;
  compute: string;
  summary: string;
  figures: FigureView[];
  runs: { slug: string; model: string; summary: string; systems: { slug: string; name: string }[]; figures: FigureView[] }[];
  sources: { id: string; publisher: string }[];
};

/** The sovereign-model projects with their documented training runs, systems and figures. */
async function listProjectsUncached(): Promise<ProjectView[]> {
  const db = getDb();
  const [projects, claims, refs] = await Promise.all([
    db.modelProject.findMany({
      select: {
        slug: true,
        name: true,
        organisation: true,
        computeNote: true,
        summary: true,
        country: { select: { code: true, name: true } },
        runs: {
          select: {
            slug: true,
            model: true,
            summary: true,
            systems: { select: { system: { select: { slug: true, name: true } } } },
          },
          orderBy: { slug: "asc" },
        },
      },
    }),
    db.claim.findMany({
      where: { subjectType: { in: ["project", "training-run"] } },
      select: { ...claimSelect, subjectType: true, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
    db.recordSource.findMany({
      where: { subjectType: "project" },
      select: { subjectSlug: true, source: { select: { id: true, publisher: true } } },
    }),
  ]);
  const claimsOf = claimsIndex(claims);
  const figs = (type: string, slug: string) => figuresFromClaims(claimsOf(type, slug));
  const refsOf = claimsIndex(refs);
  return projects
    .map((p) => ({
      slug: p.slug,
      name: p.name,
      organisation: p.organisation,
      country: p.country,
      compute: p.computeNote,
      summary: p.summary,
      figures: figs("project", p.slug),
      runs: p.runs.map((r) => ({
        slug: r.slug,
        model: r.model,
        summary: r.summary,
        systems: r.systems.map((s) => s.system),
        figures: figs("training-run", r.slug),
      })),
      sources: refsOf("project", p.slug).map((r) => r.source),
    }))
    .sort((a, b) => b.runs.length - a.runs.length || a.name.localeCompare(b.name));
}

/** Cached: see lib/data/cache.ts. */
export const listProjects = cached("models.listProjects", listProjectsUncached);
