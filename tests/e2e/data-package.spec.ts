// The data package, the dataset zip, the shared vocabulary of the page downloads
// and the schema.org JSON-LD, against the production build.
import { strFromU8, unzipSync } from "fflate";
import { jsonLdProblems } from "../support/jsonld-check";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

const version = data.info.version;

test.describe("data package and structured data", () => {
  test("/data links the zip and the descriptor; the zip holds every table, the descriptor and the licence", async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto("/data");
    const zipLink = page.getByTestId("whole-dataset").getByRole("link", { name: `ai-factories-atlas-${version}.zip` });
    await expect(zipLink).toBeVisible();
    const res = await request.get((await zipLink.getAttribute("href")) ?? "");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await res.body()));
    const dir = `ai-factories-atlas-${version}/`;
    expect(Object.keys(files)).toContain(`${dir}datapackage.json`);
    expect(Object.keys(files)).toContain(`${dir}systems.csv`);
    expect(strFromU8(files[`${dir}LICENSE.txt`]!)).toContain("Attribution 4.0 International");
    expect((await request.get("/data/ai-factories-atlas-1999.01.01.zip")).status()).toBe(404);

    const pkg = await (await request.get("/data/datapackage.json")).json();
    expect(pkg.version).toBe(version);
    for (const r of pkg.resources) {
      expect(r.path).toBe(`${baseURL}/api/v1/${r.name}.csv`);
      const csv = await request.get(new URL(r.path).pathname);
      expect(csv.status(), r.path).toBe(200);
      const header = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n")[0];
      expect(header, r.name).toBe(r.schema.fields.map((f: { name: string }) => f.name).join(","));
    }
  });

  test("the page downloads use the API's vocabulary", async ({ request }) => {
    const apiSystems = (await (await request.get("/api/v1/systems.csv")).text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]!
      .split(",");
    for (const path of ["/systems.csv", "/compare.csv?systems=jupiter,lumi"]) {
      const header = (await (await request.get(path)).text())
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0]!
        .split(",");
      for (const col of [
        "rmax_pflops",
        "rmax_pflops_kind",
        "rmax_pflops_as_of_date",
        "rmax_pflops_source_title",
        "in_service_precision",
      ]) {
        expect(header, `${path} ${col}`).toContain(col);
        expect(apiSystems, `API ${col}`).toContain(col);
      }
      expect(header).not.toContain("country_code");
    }
  });

  test("JSON-LD is valid schema.org on the home page, /data and every kind of entity page", async ({ page, baseURL }) => {
    const antenna = data.antennas[0]!.slug;
    for (const path of ["/", "/data", "/systems/jupiter", "/factories/jaif", `/antennas/${antenna}`, "/countries/de"]) {
      await page.goto(path);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks.length, path).toBeGreaterThan(0);
      for (const text of blocks) {
        const ld = JSON.parse(text);
        expect(jsonLdProblems(ld), path).toEqual([]);
        const nodes = Array.isArray(ld) ? ld : [ld];
        if (path === "/") expect(nodes.map((n) => n["@type"])).toEqual(["WebSite", "Dataset"]);
        if (path.split("/").length === 3) {
          expect(ld["@type"], path).toBe("WebPage");
          expect(ld.mainEntity.url).toBe(`${baseURL}${path}`);
        }
        for (const n of nodes.filter((x) => x["@type"] === "Dataset")) {
          expect(n.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
          expect(n.spatialCoverage.containsPlace.length).toBe(data.countries.length);
          for (const d of n.distribution) {
            expect(d.name).toBeTruthy();
            expect(d.encodingFormat).toBeTruthy();
            expect(d.contentUrl.startsWith(`${baseURL}/`), d.contentUrl).toBe(true);
          }
        }
      }
    }
  });

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ])
    test(`/data is accessible at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/data");
      await expect(page.getByTestId("vocabulary")).toBeVisible();
      await expectNoAxeViolations(page);
    });
});
