// The open-data API, called in process against the real database built from
// data/: the contract with the OpenAPI document, hostile query strings, the
// CSV and GeoJSON formats, and HTTP caching.
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import ICAL from "ical.js";
import Papa from "papaparse";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { afterAll, describe, expect, it } from "vitest";
import { collections } from "@/lib/api/collections";
import { collectionResponse, recordResponse } from "@/lib/api/handlers";
import { openApiDocument } from "@/lib/api/openapi";
import { GET as atomGet } from "@/app/changes.atom/route";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { GET as feedGet } from "@/app/timeline.ics/route";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { feedEventCount, feedUrls } from "@/lib/ics-feed";
import { collectionNames, queries } from "@/lib/schemas/api";
import { loadDataset } from "@/lib/seed/load";

const data = loadDataset(path.resolve(__dirname, "..", "..", "data"));
const BASE = "http://atlas.test";
const get = (url: string, headers: Record<string, string> = {}) => new Request(`${BASE}${url}`, { headers });
const list = (name: string, search = "", headers: Record<string, string> = {}) =>
  collectionResponse(get(`/api/v1/${name}${search}`, headers), name);

afterAll(async () => {
  await getDb().$disconnect();
});

const doc = openApiDocument(BASE);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, "openapi.json");
const pointer = (p: string) => p.replace(/~/g, "~0").replace(/\//g, "~1");
const validator = (pathKey: string, mediaType = "application/json") =>
  ajv.compile({ $ref: `openapi.json#/paths/${pointer(pathKey)}/get/responses/200/content/${pointer(mediaType)}/schema` });

describe("contract: responses match the OpenAPI document", () => {
  it("describes every collection with list, record, CSV and (where located) GeoJSON paths", () => {
    for (const name of collectionNames) {
      expect(doc.paths).toHaveProperty([`/api/v1/${name}`]);
      expect(doc.paths).toHaveProperty([`/api/v1/${name}/{key}`]);
      expect(doc.paths).toHaveProperty([`/api/v1/${name}.csv`]);
      expect(!!(doc.paths as Record<string, unknown>)[`/api/v1/${name}.geojson`]).toBe(!!collections[name].geo);
    }
  });

  for (const name of collectionNames) {
    it(`${name}: the list and every record validate`, async () => {
      const res = await list(name, "?limit=500");
      expect(res.status).toBe(200);
      const body = await res.json();
      const validList = validator(`/api/v1/${name}`);
      expect(validList(body), JSON.stringify(validList.errors?.slice(0, 3))).toBe(true);
      expect(body.meta.count).toBe(body.data.length);
      const validRecord = validator(`/api/v1/${name}/{key}`);
      const keyOf = collections[name].key as (r: unknown) => string;
      for (const record of body.data.slice(0, 25)) {
        const one = await recordResponse(get(`/api/v1/${name}/${keyOf(record)}`), name, keyOf(record));
        expect(one.status).toBe(200);
        const oneBody = await one.json();
        expect(validRecord(oneBody), JSON.stringify(validRecord.errors?.slice(0, 3))).toBe(true);
        expect(oneBody.data).toEqual(record);
      }
    });
  }

  it("counts match the data files", async () => {
    const counts: Record<string, number> = {
      factories: data.factories.length,
      antennas: data.antennas.length,
      systems: data.systems.length,
      top500: data.top500.length,
      countries: data.countries.length,
      events: data.events.length,
      programmes: data.programmes.length,
      "training-runs": data["training-runs"].length,
      projects: data.projects.length,
      sources: data.sources.length,
    };
    for (const name of collectionNames)
      expect((await (await list(name, "?limit=500")).json()).meta.total, name).toBe(counts[name]);
  });
});

describe("queries", () => {
  it("filters, sorts and pages", async () => {
    const body = await (await list("systems", "?sort=rmax&order=desc&limit=2")).json();
    // The two largest measured Rmax values in data/ (expected ones never rank).
    const measured = (claims: { value: unknown; kind: string; preferred?: boolean; superseded?: boolean }[] = []) => {
      const shown = claims.length === 1 ? claims[0] : claims.find((c) => c.preferred);
      if (shown?.kind === "measured") return Number(shown.value);
      const current = claims.filter((c) => c.kind === "measured" && !c.superseded);
      return current.length ? Number(current[0]?.value) : null;
    };
    const top2 = data.systems
      .map((s) => ({ slug: s.slug, v: measured(s.figures.rmax_pflops) }))
      .filter((x): x is { slug: string; v: number } => x.v !== null)
      .sort((a, b) => b.v - a.v)
      .slice(0, 2)
      .map((x) => x.slug);
    expect(body.data.map((s: { slug: string }) => s.slug)).toEqual(top2);
    expect(body.meta).toMatchObject({ count: 2, limit: 2, offset: 0, total: data.systems.length });
    const de = await (await list("factories", "?country=de")).json();
    expect(de.data.map((f: { slug: string }) => f.slug).sort()).toEqual(["hammerhai", "jaif"]);
    const upcoming = await (await list("events", "?from=2027-01-01&kind=ai-act")).json();
    expect(upcoming.data.every((e: { ends: string; kind: string }) => e.ends >= "2027-01-01" && e.kind === "ai-act")).toBe(true);
    const text = await (await list("systems", "?q=kajaani")).json();
    expect(text.data.map((s: { slug: string }) => s.slug).sort()).toEqual(["lumi", "lumi-ai"]);
  });

  it("answers bad parameters with 400 problem details naming each one", async () => {
    const res = await list("systems", "?limit=9999&status=broken&colour=red");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = await res.json();
    expect(body).toMatchObject({ type: "about:blank", status: 400, title: "Bad Request" });
    expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["colour", "limit", "status"]);
    expect(body.errors.find((e: { parameter: string }) => e.parameter === "status").accepted).toBe(
      "operational, installing, planned",
    );
  });

  it("answers unknown collections and keys with 404 problem details titled by the status (RFC 9457)", async () => {
    for (const res of [
      await collectionResponse(get("/api/v1/nothing"), "nothing"),
      await recordResponse(get("/api/v1/systems/nothing"), "systems", "nothing"),
      await collectionResponse(get("/api/v1/top500.geojson"), "top500.geojson"),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(await res.json()).toMatchObject({ type: "about:blank", status: 404, title: "Not Found" });
    }
  });

  it("never answers 500 to thousands of random and hostile query strings", async () => {
    const keys = [
      ...new Set(collectionNames.flatMap((n) => Object.keys(queries[n].shape))),
      "x",
      "__proto__",
      "constructor",
      "limit[]",
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        "",
        "-1",
        "0",
        "1e309",
        "NaN",
        "500",
        "501",
        "true",
        "de",
        "DE",
        "2026-13-45",
        "factory:jaif",
        "'; drop table",
        "%00",
        "\u0000",
        "é",
        "<script>",
        "asc",
        "desc",
        "rmax",
      ),
      fc.integer({ min: -1e9, max: 1e9 }).map(String),
    );
    const query = fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...collectionNames),
        fc.constantFrom("", ".csv", ".geojson"),
        query,
        async (name, ext, pairs) => {
          const search = new URLSearchParams(pairs).toString();
          const res = await collectionResponse(get(`/api/v1/${name}${ext}?${search}`), `${name}${ext}`);
          expect([200, 400, 404]).toContain(res.status);
          if (res.status === 400) {
            const body = await res.json();
            expect(body.status).toBe(400);
            expect(body.errors.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...collectionNames), fc.string({ maxLength: 40 }), async (name, key) => {
        const res = await recordResponse(get(`/api/v1/${name}/${encodeURIComponent(key)}`), name, key);
        expect([200, 404]).toContain(res.status);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

describe("formats", () => {
  for (const name of collectionNames) {
    it(`${name}.csv parses and matches the JSON records`, async () => {
      const json = await (await list(name, "?limit=500")).json();
      const res = await collectionResponse(get(`/api/v1/${name}.csv?limit=500`), `${name}.csv`);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const text = (await res.text()).replace(/^\uFEFF/, "");
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(collections[name].csv.map((c) => c.header));
      expect(parsed.data).toHaveLength(json.data.length);
      const keyHeader = collections[name].csv[0]?.header ?? "";
      const keyOf = collections[name].key as (r: unknown) => string;
      expect(parsed.data.map((r) => r[keyHeader]?.toLowerCase())).toEqual(json.data.map((r: unknown) => keyOf(r).toLowerCase()));
      // Every record but a source says when it was last verified, in the CSV as in the JSON.
      if (name !== "sources") {
        expect(parsed.data.map((r) => r.checked)).toEqual(json.data.map((r: { checked: string }) => r.checked));
        for (const r of parsed.data) expect(r.checked, `${name} ${r[keyHeader]}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }

  it("GeoJSON points match the JSON records' coordinates", async () => {
    for (const name of collectionNames.filter((n) => collections[n].geo)) {
      const json = await (await list(name, "?limit=500")).json();
      const geo = await (await collectionResponse(get(`/api/v1/${name}.geojson?limit=500`), `${name}.geojson`)).json();
      expect(geo.type).toBe("FeatureCollection");
      expect(geo.features).toHaveLength(json.data.length);
      geo.features.forEach((f: { geometry: { type: string; coordinates: number[] } }, i: number) => {
        expect(f.geometry.type).toBe("Point");
        expect(f.geometry.coordinates).toEqual([json.data[i].lon, json.data[i].lat]);
      });
    }
  });
});

describe("HTTP behaviour", () => {
  it("sends ETag and Cache-Control, answers 304 to a matching If-None-Match, and opens CORS for GET", async () => {
    const first = await list("factories");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("cache-control")).toContain("max-age");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await list("factories", "", { "If-None-Match": etag ?? "" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const changed = await list("factories", "?country=de", { "If-None-Match": etag ?? "" });
    expect(changed.status).toBe(200);
  });

  it("answers HEAD with headers and no body", async () => {
    const res = await collectionResponse(new Request(`${BASE}/api/v1/systems`, { method: "HEAD" }), "systems");
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(await res.text()).toBe("");
  });
});

describe("complete downloads and honest paging", () => {
  const totals: Record<string, number> = {
    sources: data.sources.length,
    events: data.events.length,
    systems: data.systems.length,
    countries: data.countries.length,
  };

  for (const [name, total] of Object.entries(totals)) {
    it(`${name}.csv without limit holds every record (${name})`, async () => {
      const res = await collectionResponse(get(`/api/v1/${name}.csv`), `${name}.csv`);
      const rows = Papa.parse((await res.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
      expect(rows).toHaveLength(total);
      expect(res.headers.get("x-total-count")).toBe(String(total));
      expect(res.headers.get("link")).toBeNull();
    });
  }

  it("GeoJSON without limit holds every located record", async () => {
    const res = await collectionResponse(get("/api/v1/systems.geojson"), "systems.geojson");
    expect((await res.json()).features).toHaveLength(data.systems.length);
  });

  it("paged JSON says it is paged, with RFC 8288 links that walk every record once", async () => {
    const total = data.sources.length;
    const limit = Math.max(1, Math.floor(total / 3));
    const seen: string[] = [];
    const site = env.SITE_URL.replace(/\/$/, "");
    let next: string | null = `${site}/api/v1/sources?limit=${limit}`;
    let pages = 0;
    while (next && pages < 50) {
      expect(next.startsWith(`${site}/api/v1/sources?`), next).toBe(true);
      const res = await collectionResponse(get(next.slice(site.length)), "sources");
      const body = await res.json();
      expect(body.meta.total).toBe(total);
      seen.push(...body.data.map((s: { id: string }) => s.id));
      const link = res.headers.get("link") ?? "";
      const rel = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null;
      expect(rel).toBe(body.meta.next);
      expect(body.meta.paged).toBe(total > limit);
      next = rel;
      pages += 1;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / limit));
  });
});

describe("calendar feeds", () => {
  // Calendar apps read X-WR-CALDESC as TEXT; tell the parser so.
  (ICAL.design.icalendar.property as Record<string, { defaultType: string }>)["x-wr-caldesc"] = { defaultType: "text" };
  const feed = (search: string) => feedGet(get(`/timeline.ics${search}`));

  it("every feed a page offers parses and holds as many events as the page says, at least one", async () => {
    const queries = [
      "",
      ...data.factories.map((f) => `?entity=factory:${f.slug}`),
      ...data.antennas.map((a) => `?entity=antenna:${a.slug}`),
      ...data.systems.map((s) => `?entity=system:${s.slug}`),
      ...data.countries.map((c) => `?country=${c.code.toLowerCase()}`),
    ];
    let offered = 0;
    for (const search of queries) {
      const p = new URLSearchParams(search);
      const count = await feedEventCount({
        entity: p.get("entity") ?? undefined,
        country: p.get("country")?.toUpperCase() ?? undefined,
      });
      const res = await feed(search);
      expect(res.status, search).toBe(200);
      const cal = new ICAL.Component(ICAL.parse(await res.text()));
      const vevents = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(vevents.length, search).toBe(count);
      if (count === 0) continue;
      offered += 1;
      for (const e of vevents) {
        expect(e.startDate.isDate, `${search} ${e.uid}`).toBe(true);
        expect(e.endDate.toUnixTime() - e.startDate.toUnixTime(), `${search} ${e.uid} lasts one day`).toBe(86400);
      }
    }
    expect(offered).toBeGreaterThan(0);
  });

  it("answers an unknown kind, country or entity with 400 problem details naming the parameter", async () => {
    for (const [search, parameter] of [
      ["?kind=bogus", "kind"],
      ["?country=zz", "country"],
      ["?country=germany", "country"],
      ["?entity=system:no-such-system", "entity"],
      ["?entity=planet:earth", "entity"],
      ["?colour=red", "colour"],
      ["?kind=deadline&kind=release", "kind"],
    ] as const) {
      const res = await feed(search);
      expect(res.status, search).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const body = (await res.json()) as { status: number; title: string; errors: { parameter: string }[] };
      expect(body.status).toBe(400);
      expect(body.title).toBe("Bad Request");
      expect(
        body.errors.map((e) => e.parameter),
        search,
      ).toContain(parameter);
    }
  });

  it("accepts a known kind, country and entity", async () => {
    const system = data.systems[0]?.slug ?? "";
    expect((await feed(`?kind=deadline&country=de&entity=system:${system}&order=asc`)).status).toBe(200);
  });

  it("says in its description how imprecise dates are handled", async () => {
    const cal = new ICAL.Component(ICAL.parse(await (await feed("")).text()));
    expect(String(cal.getFirstPropertyValue("x-wr-caldesc"))).toContain("not turned into long all-day events");
  });

  it("subscribe links are webcal: addresses on SITE_URL", () => {
    const { subscribe } = feedUrls("?country=de");
    expect(subscribe).toBe(`${env.SITE_URL.replace(/^https?:/, "webcal:")}/timeline.ics?country=de`);
  });
});

describe("the OpenAPI document, read by independent tools", () => {
  type Param = { name: string; in: string; description?: string; example?: unknown; schema: Record<string, unknown> };
  type Op = { parameters: Param[]; responses: Record<string, { headers?: Record<string, unknown> }> };
  const ops = Object.entries(doc.paths as Record<string, { get: Op }>);

  it("passes Redocly's recommended lint with no errors", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: "/openapi.json", config });
    const errors = problems
      .filter((p) => p.severity === "error")
      .map((p) => `${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ""}`);
    expect(errors).toEqual([]);
  });

  it("is open (root security: []) and served from SITE_URL", () => {
    expect(doc).toMatchObject({ security: [] });
    expect(openApiDocument(env.SITE_URL).servers[0]?.url).toBe(env.SITE_URL.replace(/\/$/, ""));
  });

  it("gives every parameter a description and an example its own schema accepts", () => {
    let checked = 0;
    for (const [path, { get: op }] of ops) {
      for (const p of op.parameters) {
        expect(p.description, `${path} ${p.name}`).toBeTruthy();
        expect(p.example, `${path} ${p.name}`).not.toBe("");
        expect(ajv.validate(p.schema, p.example), `${path} ${p.name}=${String(p.example)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("whose examples find real records: each list example returns 200, each key example a record", async () => {
    for (const [path, { get: op }] of ops) {
      const m = /^\/api\/v1\/([a-z0-9-]+)(\.csv|\.geojson)?(\/\{key\})?$/.exec(path);
      expect(m, path).toBeTruthy();
      const name = m?.[1] ?? "";
      if (m?.[3]) {
        const key = String(op.parameters[0]?.example);
        expect((await recordResponse(get(`/api/v1/${name}/${key}`), name, key)).status, `${name}/${key}`).toBe(200);
        continue;
      }
      for (const p of op.parameters) {
        const res = await list(`${name}${m?.[2] ?? ""}`, `?${p.name}=${encodeURIComponent(String(p.example))}`);
        expect(res.status, `${path}?${p.name}=${String(p.example)}`).toBe(200);
      }
    }
  });

  it("documents 429 and 503 with Retry-After on every operation", () => {
    for (const [path, { get: op }] of ops) {
      for (const status of ["429", "503"]) {
        expect(op.responses[status]?.headers, `${path} ${status}`).toHaveProperty(["Retry-After"]);
      }
    }
  });

  it("types whole numbers as integer: counts, ranks, list numbers, limit and offset", () => {
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, { type?: unknown }> }>;
    expect(schemas.Meta?.properties.count?.type).toBe("integer");
    expect(schemas.Meta?.properties.total?.type).toBe("integer");
    expect(schemas.Top500Entry?.properties.rank?.type).toBe("integer");
    expect(schemas.Top500Entry?.properties.list_number?.type).toBe("integer");
    expect(schemas.Problem?.properties.status?.type).toBe("integer");
    for (const [path, { get: op }] of ops) {
      for (const p of op.parameters.filter((x) => ["limit", "offset", "rank_min", "rank_max"].includes(x.name))) {
        expect(p.schema.type, `${path} ${p.name}`).toBe("integer");
      }
    }
  });
});

describe("absolute links come from SITE_URL, not from the address a request used", () => {
  // Requests here go to http://atlas.test; SITE_URL is another address, so a link built from the request would show.
  const site = env.SITE_URL.replace(/\/$/, "");
  expect(site).not.toBe(BASE);

  it("sitemap and robots", async () => {
    const entries = await sitemap();
    expect(entries.length).toBeGreaterThan(100);
    for (const e of entries) expect(e.url.startsWith(`${site}/`), e.url).toBe(true);
    expect(robots().sitemap).toBe(`${site}/sitemap.xml`);
  });

  it("the API's url fields, its meta.openapi and its paging links", async () => {
    for (const name of collectionNames) {
      const body = (await (await list(name, "?limit=2")).json()) as {
        data: { url?: string | null }[];
        meta: { openapi: string; next: string | null };
      };
      expect(body.meta.openapi).toBe(`${site}/api/v1/openapi.json`);
      if (body.meta.next) expect(body.meta.next.startsWith(`${site}/api/v1/${name}?`), body.meta.next).toBe(true);
      if (name === "sources") continue; // a source's url is the publisher's own address
      for (const r of body.data) if (r.url) expect(r.url.startsWith(`${site}/`), `${name} ${r.url}`).toBe(true);
    }
    const link = (await list("systems", "?limit=2")).headers.get("link") ?? "";
    for (const m of link.matchAll(/<([^>]+)>/g)) expect(m[1]?.startsWith(`${site}/api/v1/systems?`), m[1]).toBe(true);
  });

  it("the calendar feed and the Atom feed", async () => {
    const ics = await (await feedGet(get("/timeline.ics"))).text();
    const urls = [...ics.replace(/\r\n /g, "").matchAll(/^URL:(.+)$/gm)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith(`${site}/timeline#`), u).toBe(true);
    const atom = await (await atomGet(get("/changes.atom"))).text();
    const hrefs = [...atom.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(hrefs.length).toBeGreaterThan(2);
    for (const h of hrefs) expect(h.startsWith(`${site}/`), h).toBe(true);
  });
});

describe("every download without limit is the whole collection", () => {
  for (const name of collectionNames) {
    it(`${name}: CSV rows and GeoJSON features equal the JSON total`, async () => {
      const total = ((await (await list(name, "?limit=1")).json()) as { meta: { total: number } }).meta.total;
      const csv = await (await list(`${name}.csv`)).text();
      const rows = Papa.parse(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
      expect(rows).toHaveLength(total);
      if (collections[name].geo) {
        const geo = (await (await list(`${name}.geojson`)).json()) as { features: unknown[] };
        expect(geo.features.length, name).toBe(total); // every located record has coordinates
      }
    });
  }
});
