// The data package against the live CSVs, checked by an independent Table Schema
// implementation (tableschema, the Frictionless project's JavaScript library):
// every column's name, type and constraints, primary keys and foreign keys.
import { Readable } from "node:stream";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { Schema, Table } from "tableschema";
import { beforeAll, describe, expect, it } from "vitest";
import { collectionResponse } from "@/lib/api/handlers";
import { loadCollection } from "@/lib/data/api";
import { datasetArchive, liveDataPackage } from "@/lib/datapackage/archive";
import { env } from "@/lib/env";
import { collectionNames, type CollectionName } from "@/lib/schemas/api";

type Pkg = Awaited<ReturnType<typeof liveDataPackage>>;
type Resource = Pkg["resources"][number];

let pkg: Pkg;
const texts = new Map<string, string>();

/** The live CSV a resource points at, fetched through the API's own handler. */
async function liveCsv(r: Resource): Promise<string> {
  const url = new URL(r.path);
  // Until downloads without a limit are the whole collection (issue 11, item 2), ask for all of it explicitly.
  url.searchParams.set("limit", "500");
  const res = await collectionResponse(new Request(url), `${r.name}.csv`);
  expect(res.status, r.path).toBe(200);
  return (await res.text()).replace(/^\uFEFF/, "");
}

async function readTable(r: Resource, text: string, relations?: Record<string, object[]>) {
  const table = await Table.load(() => Readable.from([text]), { schema: r.schema });
  const rows = (await table.read({ keyed: true, ...(relations ? { relations } : {}) })) as Record<string, unknown>[];
  return { headers: table.headers, rows };
}

beforeAll(async () => {
  pkg = await liveDataPackage();
  for (const r of pkg.resources) texts.set(r.name, await liveCsv(r));
}, 60_000);

describe("datapackage.json", () => {
  it("describes every collection, with the dataset's version, a CC BY 4.0 licence and the live CSVs' addresses", () => {
    expect(pkg.resources.map((r) => r.name)).toEqual([...collectionNames]);
    expect(pkg.licenses[0]?.name).toBe("CC-BY-4.0");
    expect(pkg.version).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
    for (const r of pkg.resources) expect(r.path).toBe(`${env.SITE_URL}/api/v1/${r.name}.csv`);
  });

  it("every table schema is valid Table Schema, and every numeric figure names its unit", async () => {
    for (const r of pkg.resources) {
      const schema = await Schema.load(r.schema);
      expect(schema.valid, `${r.name}: ${(schema.errors as Error[]).map((e) => e.message).join("; ")}`).toBe(true);
      for (const f of r.schema.fields)
        if ((f.type === "number" || f.type === "integer") && !["rank", "list_number", "latest_top500_rank"].includes(f.name))
          expect(f.unit, `${r.name}.${f.name}`).toBeTruthy();
    }
  });

  for (const name of collectionNames)
    it(`${name}.csv matches its schema: headers, types, constraints, a unique primary key, every row`, async () => {
      const r = pkg.resources.find((x) => x.name === name)!;
      const { headers, rows } = await readTable(r, texts.get(name)!);
      expect(headers).toEqual(r.schema.fields.map((f) => f.name));
      expect(rows).toHaveLength((await loadCollection[name as CollectionName]()).length);
      const keys = rows.map((row) => row[r.schema.primaryKey]);
      expect(new Set(keys).size).toBe(keys.length);
    });

  it("every foreign key resolves (tableschema checks each row against the referenced table)", async () => {
    const relationsFor = async (r: Resource) => {
      const rel: Record<string, object[]> = {};
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = fk.reference.resource || r.name;
        const tr = pkg.resources.find((x) => x.name === target)!;
        rel[fk.reference.resource] ??= (await readTable(tr, texts.get(target)!)).rows;
      }
      return rel;
    };
    let checked = 0;
    for (const r of pkg.resources) {
      if (!r.schema.foreignKeys?.length) continue;
      await expect(readTable(r, texts.get(r.name)!, await relationsFor(r)), r.name).resolves.toBeTruthy();
      checked += r.schema.foreignKeys.length;
    }
    expect(checked).toBeGreaterThan(20);
  }, 60_000);

  it("the checker is not a rubber stamp: a bad number, a bad date and a dangling source fail", async () => {
    const r = pkg.resources.find((x) => x.name === "systems")!;
    const parsed = Papa.parse<string[]>(texts.get("systems")!, { skipEmptyLines: true });
    const [header, first] = parsed.data as [string[], string[]];
    expect((await readTable(r, Papa.unparse([header, first]))).rows).toHaveLength(1);
    const withCell = (col: string, value: string) => {
      const row = [...first];
      row[header.indexOf(col)] = value;
      return Papa.unparse([header, row]);
    };
    await expect(readTable(r, withCell("rmax_pflops", "about 10"))).rejects.toThrow();
    await expect(readTable(r, withCell("rmax_pflops_as_of_date", "2025-Q4"))).rejects.toThrow();
    await expect(readTable(r, withCell("rmax_pflops_kind", "guessed"))).rejects.toThrow();
    const table = async (n: string) =>
      (
        await readTable(
          pkg.resources.find((x) => x.name === n)!,
          texts.get(n)!,
        )
      ).rows;
    const relations = { sources: await table("sources"), countries: await table("countries") };
    await expect(readTable(r, Papa.unparse([header, first]), relations)).resolves.toBeTruthy();
    await expect(readTable(r, withCell("rmax_pflops_source", "no-such-source"), relations)).rejects.toThrow();
  });
});

describe("the zip", () => {
  it("holds every CSV (the same bytes as the live tables), datapackage.json with relative paths, a README and the licence", async () => {
    const { name, bytes } = await datasetArchive();
    expect(name).toBe(`ai-factories-atlas-${pkg.version}.zip`);
    const files = unzipSync(bytes);
    const dir = `ai-factories-atlas-${pkg.version}/`;
    expect(Object.keys(files).sort()).toEqual(
      [...collectionNames.map((n) => `${n}.csv`), "datapackage.json", "README.md", "LICENSE.txt"].map((f) => dir + f).sort(),
    );
    const inner = JSON.parse(strFromU8(files[`${dir}datapackage.json`]!));
    expect(inner.resources.map((r: { path: string }) => r.path)).toEqual(collectionNames.map((n) => `${n}.csv`));
    for (const n of collectionNames) {
      const csv = strFromU8(files[`${dir}${n}.csv`]!).replace(/^\uFEFF/, "");
      expect(csv.split("\r\n")[0], n).toBe(texts.get(n)!.split("\r\n")[0]);
      expect(csv.split("\r\n").length, n).toBe(texts.get(n)!.split("\r\n").length);
    }
    expect(strFromU8(files[`${dir}LICENSE.txt`]!)).toContain("Attribution 4.0 International");
    expect(strFromU8(files[`${dir}README.md`]!)).toContain(`version ${pkg.version}`);
  });
});
