import ICAL from "ical.js";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("open data pages", () => {
  test("/data offers every download, states the licence and carries Dataset JSON-LD", async ({ page, request }) => {
    await page.goto("/data");
    await expect(page.getByRole("link", { name: /CC BY 4\.0/ })).toBeVisible();
    await expect(page.getByTestId("dataset-citation")).toContainText(data.info.version);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({
      "@type": "Dataset",
      version: data.info.version,
      license: "https://creativecommons.org/licenses/by/4.0/",
    });
    const links = await page
      .getByTestId("downloads")
      .locator("a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(links.length).toBeGreaterThanOrEqual(20);
    for (const href of links) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect((await res.body()).length, href).toBeGreaterThan(10);
    }
  });

  test("/api documents the endpoints and the OpenAPI file is served", async ({ page, request }) => {
    await page.goto("/api");
    await expect(page.getByRole("link", { name: "/api/v1/openapi.json" }).first()).toBeVisible();
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const res = await request.get("/api/v1/systems?limit=bad");
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/problem+json");
  });

  test("sitemap.xml and robots.txt cover the pages", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    for (const path of [
      "/timeline",
      "/data",
      "/api",
      "/systems/jupiter",
      "/countries/be",
      `/factories/${data.factories[0]?.slug}`,
    ]) {
      expect(sitemap).toContain(`${path}</loc>`);
    }
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
  });

  for (const url of ["/api", "/data"]) {
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("downloads over HTTP", () => {
  const downloads = [
    "/systems.csv",
    "/compare.csv?systems=jupiter,lumi",
    "/map.csv",
    "/map.geojson",
    "/timeline.ics",
    "/changes.atom",
    "/api/v1/systems.csv",
    "/api/v1/factories.geojson",
  ];

  test("carry CORS, Cache-Control and an ETag that is weak once compressed, and answer 304 to it", async ({ request }) => {
    for (const url of downloads) {
      const plain = await request.get(url, { headers: { "Accept-Encoding": "identity" } });
      expect(plain.status(), url).toBe(200);
      const h = plain.headers();
      expect(h["access-control-allow-origin"], url).toBe("*");
      expect(h["cache-control"], url).toMatch(/max-age=\d+/);
      expect(h["content-encoding"], url).toBeUndefined();
      const etag = h["etag"] ?? "";
      expect(etag, url).toMatch(/^"[^"]+"$/);
      const gz = await request.get(url, { headers: { "Accept-Encoding": "gzip" } });
      expect(gz.headers()["content-encoding"], url).toBe("gzip");
      expect(gz.headers()["etag"], url).toBe(`W/${etag}`);
      expect(gz.headers()["vary"], url).toMatch(/accept-encoding/i);
      for (const tag of [etag, `W/${etag}`]) {
        const again = await request.get(url, { headers: { "If-None-Match": tag } });
        expect(again.status(), `${url} ${tag}`).toBe(304);
      }
    }
  });

  test("answer other methods with 405, Allow and problem details, and broken encodings with a 400 problem", async ({
    request,
  }) => {
    for (const url of ["/systems.csv", "/changes.atom", "/api/v1/systems"]) {
      const res = await request.delete(url);
      expect(res.status(), url).toBe(405);
      expect(res.headers()["allow"], url).toBe("GET, HEAD, OPTIONS");
      expect(await res.json()).toMatchObject({ type: "about:blank", title: "Method Not Allowed", status: 405 });
    }
    for (const url of ["/api/v1/systems/%E0%A4%A", "/api/v1/systems?q=%FF", "/timeline.ics?country=%"]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect(res.headers()["content-type"], url).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ title: "Bad Request", status: 400 });
    }
  });
});

test("citations link to the page on SITE_URL", async ({ page, baseURL }) => {
  await page.goto("/systems/jupiter");
  await expect(page.getByTestId("citation-bibtex")).toContainText(`${baseURL}/systems/jupiter`);
  const csl = JSON.parse((await page.getByTestId("citation-csl").textContent()) ?? "{}");
  expect(csl).toMatchObject({ type: "dataset", URL: `${baseURL}/systems/jupiter` });
});

test.describe("calendar feeds", () => {
  const pages = [
    "/timeline",
    ...data.factories.map((f) => `/factories/${f.slug}`),
    ...data.antennas.map((a) => `/antennas/${a.slug}`),
    ...data.systems.map((s) => `/systems/${s.slug}`),
    ...data.countries.map((c) => `/countries/${c.code.toLowerCase()}`),
  ];

  test("every feed a page offers parses, holds at least one event and has a webcal: twin on SITE_URL", async ({
    request,
    baseURL,
  }) => {
    const webcalBase = (baseURL ?? "").replace(/^https?:/, "webcal:");
    let offered = 0;
    let withoutFeed = 0;
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      const feeds = [...html.matchAll(/href="(\/timeline\.ics[^"]*)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
      const webcals = [...html.matchAll(/href="(webcal:[^"]*)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
      expect(webcals.length, path).toBe(feeds.length);
      if (feeds.length === 0) withoutFeed += 1;
      for (const [i, href] of feeds.entries()) {
        offered += 1;
        expect(webcals[i], path).toBe(`${webcalBase}${href}`);
        const res = await request.get(href);
        expect(res.status(), href).toBe(200);
        const cal = new ICAL.Component(ICAL.parse(await res.text()));
        expect(cal.getAllSubcomponents("vevent").length, href).toBeGreaterThanOrEqual(1);
      }
    }
    expect(offered).toBeGreaterThan(0);
    expect(withoutFeed).toBeGreaterThan(0); // pages whose feed would be empty offer none
  });

  test("an unknown filter value is a 400 problem, not the whole feed", async ({ request }) => {
    for (const url of ["/timeline.ics?kind=bogus", "/timeline.ics?country=zz", "/timeline.ics?entity=system:nothing"]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect(res.headers()["content-type"], url).toContain("application/problem+json");
    }
  });
});
