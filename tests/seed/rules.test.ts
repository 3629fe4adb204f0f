// The rules that stop impossible data: each kind of contradiction is refused
// with file, record and field named. Every case starts from a small valid
// dataset made in code and breaks one thing.
import { describe, expect, it } from "vitest";
import { DataError, loadDataset } from "@/lib/seed/load";
import { baseFixture, figuresOf, recordOf, writeFixture, type Fixture } from "./fixture";

function problemsOf(f: Fixture): string {
  try {
    loadDataset(writeFixture(f));
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  return "";
}

describe("the small fixture", () => {
  it("is valid, so each case below fails for its own reason", () => {
    const d = loadDataset(writeFixture(baseFixture()));
    expect(d.systems).toHaveLength(2);
    expect(d.changes).toHaveLength(1);
  });
});

const cases: { name: string; breakIt: (f: Fixture) => void; expect: RegExp[] }[] = [
  {
    name: "a preferred Rpeak below the preferred Rmax of the same system",
    breakIt: (f) => (figuresOf(f, "systems").rpeak_pflops = { value: 300, source: "src-a", as_of: "2025", kind: "announced" }),
    expect: [/data\/systems\.yaml/, /slug: alpha/, /field figures\.rpeak_pflops/, /below the sustained Rmax/],
  },
  {
    name: "Rpeak below Rmax on the same TOP500 row",
    breakIt: (f) => (recordOf(f, "top500").rpeak_pflops = 100),
    expect: [/data\/top500\.yaml/, /system: alpha, edition: 2025-11/, /field rpeak_pflops/, /below Rmax/],
  },
  {
    name: "an operational system without an in-service date",
    breakIt: (f) => delete figuresOf(f, "systems").in_service,
    expect: [/slug: alpha/, /field figures\.in_service/, /needs an in-service date/],
  },
  {
    name: "an operational system in service after the dataset's date",
    breakIt: (f) => (figuresOf(f, "systems").in_service = { value: "2027-01", source: "src-a", as_of: "2026", kind: "expected" }),
    expect: [/slug: alpha/, /field figures\.in_service/, /cannot enter service after the dataset's date/],
  },
  {
    name: "a rank outside 1–500",
    breakIt: (f) => (recordOf(f, "top500").rank = 501),
    expect: [/data\/top500\.yaml/, /field rank/, /500 or less/],
  },
  {
    name: "an edition that is not a TOP500 list",
    breakIt: (f) => (recordOf(f, "top500").edition = "2025-09"),
    expect: [/data\/top500\.yaml/, /field edition/, /must be a TOP500 edition/],
  },
  {
    name: "an edition the atlas does not record as a list",
    breakIt: (f) => (recordOf(f, "top500").edition = "2025-06"),
    expect: [/data\/top500\.yaml/, /field edition/, /not a TOP500 list the atlas records/],
  },
  {
    name: "a list number that does not match its edition",
    breakIt: (f) => (recordOf(f, "top500-lists").number = 65),
    expect: [/data\/top500-lists\.yaml/, /field number/, /does not match the edition/],
  },
  {
    name: "EU and national parts above the total (a factory's budget)",
    breakIt: (f) => (figuresOf(f, "factories").budget_eu_eur = { value: 80, source: "src-a", as_of: "2025", kind: "announced" }),
    expect: [/data\/factories\.yaml/, /slug: alpha-aif/, /field figures\.budget_total_eur/, /more than the total/],
  },
  {
    name: "EU and national parts above the total (a programme's amount)",
    breakIt: (f) =>
      (figuresOf(f, "programmes").amount_national_eur = { value: 9, source: "src-a", as_of: "2025", kind: "announced" }),
    expect: [/data\/programmes\.yaml/, /slug: prog/, /field figures\.amount_total_eur/, /more than the total/],
  },
  {
    name: "an exact count that contradicts nodes × accelerators per node",
    breakIt: (f) =>
      (figuresOf(f, "systems").accelerator_count = { value: 10240, source: "src-a", as_of: "2025", kind: "announced" }),
    expect: [/slug: alpha/, /field figures\.accelerator_count/, /contradict 2978 nodes × 4 per node = 11912/],
  },
  {
    name: "an expected event dated before the dataset's date",
    breakIt: (f) => (recordOf(f, "events", 1).date = "2026-06"),
    expect: [/data\/events\.yaml/, /slug: coming/, /field expected/, /record what happened instead/],
  },
  {
    name: "an event after the dataset's date not marked expected",
    breakIt: (f) => delete recordOf(f, "events", 1).expected,
    expect: [/data\/events\.yaml/, /slug: coming/, /field date/, /not marked expected/],
  },
  {
    name: "a measured value on a planned system",
    breakIt: (f) => (figuresOf(f, "systems", 1).rmax_pflops = { value: 100, source: "src-a", as_of: "2025", kind: "measured" }),
    expect: [/slug: gamma/, /field figures\.rmax_pflops\.0\.kind/, /no measured Rmax yet/],
  },
  {
    name: "a measured value dated after the dataset's date",
    breakIt: (f) => (figuresOf(f, "systems").rmax_pflops = { value: 379.7, source: "src-a", as_of: "2026-12", kind: "measured" }),
    expect: [/slug: alpha/, /field figures\.rmax_pflops\.0\.as_of/, /cannot be dated after/],
  },
  {
    name: "a claim that does not say what kind of value it is",
    breakIt: (f) => (figuresOf(f, "systems").node_count = { value: 2978, source: "src-a", as_of: "2025" }),
    expect: [/slug: alpha/, /field figures\.node_count\.0\.kind/, /must say what kind of value it is/],
  },
  {
    name: "a record checked after the dataset's date",
    breakIt: (f) => (recordOf(f, "factories").checked = "2026-12-01"),
    expect: [/data\/factories\.yaml/, /field checked/, /after the dataset's date/],
  },
  {
    name: "a record without a check date",
    breakIt: (f) => delete recordOf(f, "antennas").checked,
    expect: [/data\/antennas\.yaml/, /field checked/],
  },
  {
    name: "a change to a record that does not exist",
    breakIt: (f) => (recordOf(f, "changes").record = { type: "system", key: "no-such-system" }),
    expect: [/data\/changes\.yaml/, /id: first-change/, /field record\.key/, /unknown system "no-such-system"/],
  },
  {
    name: "a change resting on an unknown source",
    breakIt: (f) => (recordOf(f, "changes").sources = ["nobody-said-this"]),
    expect: [/data\/changes\.yaml/, /field sources\.0/, /unknown source id "nobody-said-this"/],
  },
  {
    name: "an access mode resting on an unknown source",
    breakIt: (f) => (recordOf(f, "factories").access_modes = [{ name: "Playground", source: "nobody-said-this" }]),
    expect: [/data\/factories\.yaml/, /field access_modes\.0\.source/, /unknown source id/],
  },
];

describe("the seed refuses impossible data, naming file, record and field", () => {
  it.each(cases)("$name", (c) => {
    const f = baseFixture();
    c.breakIt(f);
    const message = problemsOf(f);
    for (const pattern of c.expect) expect(message).toMatch(pattern);
  });
});

describe("figures searched for and not found", () => {
  it("lets an operational system go without an in-service date when a search found none, and says when", () => {
    const f = baseFixture();
    delete figuresOf(f, "systems").in_service;
    recordOf(f, "systems").not_found = { in_service: "2026-10-30" };
    expect(problemsOf(f)).toBe("");
  });
  it("refuses a search dated after the dataset's date", () => {
    const f = baseFixture();
    recordOf(f, "systems").not_found = { power_mw: "2026-12-30" };
    expect(problemsOf(f)).toMatch(/field not_found\.power_mw: searched on 2026-12-30, after the dataset's date/);
  });
});
