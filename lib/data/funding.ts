import "server-only";
import { cached } from "@/lib/data/cache";
import { getDb } from "@/lib/db";
import { claimsIndex, claimSelect, figuresFromClaims, type FigureView } from "@/lib/data/claims";

export type ProgrammeView = {
  slug: string;
  name: string;
  kind: string;
  start: string | null;
  end: string | null;
  parent: { slug: string; name: string } | null;
  summary: string;
  figures: FigureView[];
  steps: { title: string; detail: string; date: string | null; status: string }[];
  sources: { id: string; title: string; publisher: string }[];
};

/** Every programme, fund, call and wave with its amounts and other figures, steps and sources, parents before children. */
async function listProgrammesUncached(): Promise<ProgrammeView[]> {
  const db = getDb();
  const [programmes, claims, refs] = await Promise.all([
    db.programme.findMany({
      select: {
        slug: true,
        name: true,
        kind: true,
        startDate: true,
        endDate: true,
        parent: true,
        summary: true,
        steps: { select: { title: true, detail: true, date: true, status: true }, orderBy: { position: "asc" } },
      },
      orderBy: [{ startDate: "asc" }, { slug: "asc" }],
    }),
    db.claim.findMany({
      where: { subjectType: "programme" },
      select: { ...claimSelect, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
    db.recordSource.findMany({
      where: { subjectType: "programme" },
      select: { subjectSlug: true, source: { select: { id: true, title: true, publisher: true } } },
    }),
  ]);
  const names = new Map(programmes.map((p) => [p.slug, p.name]));
  const claimsOf = claimsIndex(claims);
  const refsOf = claimsIndex(refs);
  const views = programmes.map((p) => ({
    slug: p.slug,
    name: p.name,
    kind: p.kind,
    start: p.startDate,
    end: p.endDate,
    summary: p.summary,
    parent: p.parent ? { slug: p.parent, name: names.get(p.parent) ?? p.parent } : null,
    figures: figuresFromClaims(claimsOf("programme", p.slug)),
    steps: p.steps,
    sources: refsOf("programme", p.slug).map((r) => r.source),
  }));
  // Depth-first: each programme followed by its children.
  const ordered: ProgrammeView[] = [];
  const visit = (parent: string | null) => {
    for (const v of views.filter((x) => (x.parent?.slug ?? null) === parent)) {
      ordered.push(v);
      visit(v.slug);
    }
  };
  visit(null);
  return ordered;
}

export type FactoryBudget = {
  slug: string;
  name: string;
  country: { code: string; name: string };
  wave: string;
  total: FigureView | null;
  eu: FigureView | null;
  national: FigureView | null;
};

/** Each AI Factory's budget, EU and national parts kept apart; null where not known. */
async function listFactoryBudgetsUncached(): Promise<FactoryBudget[]> {
  const db = getDb();
  const [factories, claims] = await Promise.all([
    db.factory.findMany({
      select: { slug: true, name: true, wave: true, country: { select: { code: true, name: true } } },
      orderBy: [{ wave: "asc" }, { name: "asc" }],
    }),
    db.claim.findMany({
      where: { subjectType: "factory", field: { in: ["budget_total_eur", "budget_eu_eur", "budget_national_eur"] } },
      select: { ...claimSelect, subjectSlug: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const claimsOf = claimsIndex(claims);
  return factories.map((f) => {
    const figs = figuresFromClaims(claimsOf("factory", f.slug));
    const get = (field: string) => figs.find((x) => x.field === field) ?? null;
    return { ...f, total: get("budget_total_eur"), eu: get("budget_eu_eur"), national: get("budget_national_eur") };
  });
}

/** Cached: see lib/data/cache.ts. */
export const listProgrammes = cached("funding.listProgrammes", listProgrammesUncached);

/** Cached: see lib/data/cache.ts. */
export const listFactoryBudgets = cached("funding.listFactoryBudgets", listFactoryBudgetsUncached);
