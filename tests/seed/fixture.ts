// A small valid dataset made in code, written as YAML files to a temporary
// directory: seed tests break one field of it at a time, so they do not depend
// on what data/ happens to hold today.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";

type Rec = Record<string, unknown>;
export type Fixture = Record<string, Rec[] | Rec>;

const C = "2026-11-01";
const claim = (value: unknown, kind: string, extra: Rec = {}) => ({ value, source: "src-a", as_of: "2025-11", kind, ...extra });

/** A fresh copy of the small valid dataset; each test edits its copy. */
export function baseFixture(): Fixture {
  return {
    dataset: {
      version: "2026.11.01",
      last_updated: "2026-11-01",
      licence: "CC BY 4.0",
      licence_url: "https://creativecommons.org/licenses/by/4.0/",
    },
    sources: [
      {
        id: "src-a",
        kind: "primary",
        title: "Source A",
        publisher: "Publisher A",
        date: "2025-11",
        url: "https://example.org/a",
      },
      { id: "src-b", kind: "secondary", title: "Source B", publisher: "Publisher B", date: "2026-01" },
    ],
    countries: [
      {
        code: "FI",
        name: "Finland",
        eu_member: true,
        eurohpc: true,
        capital: "Helsinki",
        coordinates: [60.17, 24.94],
        sources: ["src-a"],
        checked: C,
      },
      {
        code: "BE",
        name: "Belgium",
        eu_member: true,
        eurohpc: true,
        capital: "Brussels",
        coordinates: [50.85, 4.35],
        sources: ["src-a"],
        checked: C,
      },
    ],
    factories: [
      {
        slug: "alpha-aif",
        name: "Alpha AI Factory",
        country: "FI",
        wave: "2024-12",
        host: "Host",
        city: "Kajaani",
        coordinates: [64.23, 27.73],
        coordinates_approximate: true,
        links: { website: "https://example.org/alpha", access: null, searched: C, sources: ["src-a"] },
        access_modes: [{ name: "Playground", source: "src-a" }],
        systems: [{ system: "alpha", role: "uses" }],
        figures: {
          selected_on: claim("2024-12-10", "announced"),
          budget_total_eur: claim(100, "announced"),
          budget_eu_eur: claim(50, "announced"),
          budget_national_eur: claim(50, "announced"),
        },
        summary: "A factory.",
        checked: C,
        sources: ["src-a"],
      },
    ],
    antennas: [
      {
        slug: "beta-aifa",
        name: "Beta Antenna",
        country: "BE",
        host: "Host",
        city: "Brussels",
        coordinates: [50.85, 4.35],
        coordinates_approximate: true,
        factories: [{ factory: "alpha-aif" }],
        summary: "An antenna.",
        checked: C,
        sources: ["src-a"],
      },
    ],
    "access-tracks": [],
    systems: [
      {
        slug: "alpha",
        name: "Alpha",
        country: "FI",
        site: "Site",
        city: "Kajaani",
        coordinates: [64.23, 27.73],
        coordinates_approximate: true,
        status: "operational",
        tier: "pre-exascale",
        eurohpc: true,
        vendor: null,
        accelerator_model: null,
        accelerator_vendor: null,
        family: null,
        generation: null,
        figures: {
          rmax_pflops: claim(379.7, "measured"),
          rpeak_pflops: claim(531.51, "announced"),
          accelerator_count: claim(11912, "announced"),
          node_count: claim(2978, "announced"),
          accelerators_per_node: claim(4, "announced"),
          in_service: claim("2022-06-13", "announced"),
        },
        summary: "A system.",
        checked: C,
        sources: ["src-a"],
      },
      {
        slug: "gamma",
        name: "Gamma",
        country: "BE",
        site: "Site",
        city: "Brussels",
        coordinates: [50.85, 4.35],
        coordinates_approximate: true,
        status: "planned",
        tier: "ai-optimised",
        eurohpc: true,
        vendor: null,
        accelerator_model: null,
        accelerator_vendor: null,
        family: null,
        generation: null,
        figures: { rmax_pflops: claim(100, "expected"), in_service: claim("2027", "expected") },
        summary: "A planned system.",
        checked: C,
        sources: ["src-a"],
      },
    ],
    "top500-lists": [
      { edition: "2025-11", number: 66, published: "2025-11-17", coverage: "partial", source: "src-a", checked: C },
    ],
    top500: [
      { system: "alpha", edition: "2025-11", rank: 9, rmax_pflops: 379.7, rpeak_pflops: 531.51, source: "src-a", checked: C },
    ],
    programmes: [
      {
        slug: "prog",
        name: "Programme",
        kind: "programme",
        figures: {
          amount_total_eur: claim(10, "announced"),
          amount_eu_eur: claim(5, "announced"),
          amount_national_eur: claim(5, "announced"),
        },
        summary: "A programme.",
        checked: C,
        sources: ["src-a"],
      },
    ],
    events: [
      { slug: "past", date: "2025-11-17", kind: "top500", title: "A list", summary: "Happened.", sources: ["src-a"], checked: C },
      {
        slug: "coming",
        date: "2027-03",
        kind: "deadline",
        title: "A deadline",
        summary: "Expected.",
        expected: true,
        sources: ["src-a"],
        checked: C,
      },
    ],
    projects: [],
    "training-runs": [],
    changes: [
      {
        id: "first-change",
        date: C,
        record: { type: "system", key: "alpha" },
        field: "figures.accelerator_count",
        from: "10,240",
        to: "11,912",
        reason: "The full system has more GPU nodes.",
        sources: ["src-a"],
      },
    ],
  };
}

/** Writes the fixture as data/*.yaml files in a new temporary directory and returns its path. */
export function writeFixture(f: Fixture): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-fixture-"));
  for (const [name, value] of Object.entries(f)) writeFileSync(path.join(dir, `${name}.yaml`), stringify(value));
  return dir;
}

/** The record at `index` of a collection in the fixture, for editing. */
export function recordOf(f: Fixture, collection: string, index = 0): Rec {
  const list = f[collection];
  if (!Array.isArray(list) || !list[index]) throw new Error(`test setup: no ${collection}[${index}]`);
  return list[index];
}

/** The figures object of a record, for editing. */
export function figuresOf(f: Fixture, collection: string, index = 0): Record<string, Rec | Rec[]> {
  return recordOf(f, collection, index).figures as Record<string, Rec | Rec[]>;
}
