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
