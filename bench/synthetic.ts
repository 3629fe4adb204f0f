// A synthetic dataset `factor` times larger than data/, for measuring how cost
// grows with the data. It is built in memory from data/ (every record copied
// with a suffix, references renamed to match) and written to a separate
// database; data/ is never touched.
import type { Dataset } from "@/lib/seed/load";

export function multiply(d: Dataset, factor: number): Dataset {
  const copies = Array.from({ length: factor - 1 }, (_, i) => i + 1);
  const s = (slug: string, i: number) => `${slug}-x${i}`;
  const out: Dataset = structuredClone(d);
  for (const i of copies) {
    out.factories.push(
      ...d.factories.map((f) => ({
        ...structuredClone(f),
        slug: s(f.slug, i),
        name: `${f.name} ${i}`,
        systems: f.systems.map((x) => ({ ...x, system: s(x.system, i) })),
      })),
    );
    out.antennas.push(
      ...d.antennas.map((a) => ({
        ...structuredClone(a),
        slug: s(a.slug, i),
        name: `${a.name} ${i}`,
        factories: a.factories.map((l) => ({ ...l, factory: s(l.factory, i) })),
      })),
    );
    out["access-tracks"].push(
      ...d["access-tracks"].map((t) => ({
        ...structuredClone(t),
        slug: s(t.slug, i),
        offered_by: "antenna" in t.offered_by ? { antenna: s(t.offered_by.antenna, i) } : { factory: s(t.offered_by.factory, i) },
      })),
    );
    out.systems.push(...d.systems.map((x) => ({ ...structuredClone(x), slug: s(x.slug, i), name: `${x.name} ${i}` })));
    out.top500.push(...d.top500.map((t) => ({ ...t, system: s(t.system, i) })));
    out.events.push(
      ...d.events.map((e) => ({
        ...structuredClone(e),
        slug: s(e.slug, i),
        supersedes: e.supersedes ? s(e.supersedes, i) : undefined,
        about: e.about.map((a) => (["factory", "antenna", "system"].includes(a.type) ? { ...a, slug: s(a.slug, i) } : a)),
      })),
    );
    out["training-runs"].push(
      ...d["training-runs"].map((r) => ({ ...structuredClone(r), slug: s(r.slug, i), systems: r.systems.map((x) => s(x, i)) })),
    );
  }
  return out;
}
