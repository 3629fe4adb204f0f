import { data, expect, expectNoAxeViolations, test } from "./fixtures";
import { SystemsTablePage } from "./pages/systems-table";

test.describe("systems table", () => {
  test("sorting by Rmax puts the largest known value first and unknowns last", async ({ page }) => {
    const table = new SystemsTablePage(page);
    await table.open();
    await table.sortBy("Rmax (FP64, PFLOPS)");
    await expect(page).toHaveURL(/\/systems\?sort=rmax(#systems-table)?$/);
    const values = await table.rmaxValues();
    const known = values.filter((v): v is number => v !== null);
    expect(known.length).toBeGreaterThan(3);
    expect(values[0]).toBe(Math.max(...known));
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(values.slice(known.length).every((v) => v === null)).toBe(true);
    await expect(page.getByTestId("systems-table").locator('th[aria-sort="descending"]')).toHaveText(/Rmax/);
  });

  test("a filter changes the URL and the rows, and the CSV has exactly those rows", async ({ page, request }) => {
    const table = new SystemsTablePage(page);
    await table.open();
    const before = await table.slugs();
    expect(before).toHaveLength(data.systems.length);
    await page.getByLabel("Architecture").selectOption("ROCm");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/family=ROCm/);
    const rocm = data.systems
      .filter((s) => s.family === "ROCm")
      .map((s) => s.slug)
      .sort();
    expect((await table.slugs()).sort()).toEqual(rocm);
    await page.reload();
    expect((await table.slugs()).sort()).toEqual(rocm);

    const href = await page.getByRole("link", { name: "Download these rows as CSV" }).getAttribute("href");
    const csv = await (await request.get(href ?? "")).text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]?.split(",")[0]).toBe("slug");
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[0])
        .sort(),
    ).toEqual(rocm);
  });

  test("bad parameters fall back to defaults", async ({ page }) => {
    const response = await page.goto("/systems?sort=%27;drop&rank_min=-1&country=Germany");
    expect(response?.status()).toBe(200);
    expect(await new SystemsTablePage(page).slugs()).toHaveLength(data.systems.length);
  });
});

test.describe("system page", () => {
  test("shows the disagreement mark and every claim", async ({ page }) => {
    await page.goto("/systems/jupiter");
    const accel = page.locator('[data-field="accelerator_count"]');
    await expect(accel.getByText("sources disagree")).toBeVisible();
    await accel.locator("details.claims > summary").click();
    const claims = data.systems.find((s) => s.slug === "jupiter")?.figures.accelerator_count ?? [];
    const others = claims.filter((c) => !c.preferred).map((c) => Number(c.value).toLocaleString("en-GB"));
    expect(others.length).toBeGreaterThan(0);
    for (const v of others) await expect(accel.locator("details.claims").getByText(v, { exact: false }).first()).toBeVisible();
    await expect(page.getByTestId("top500-table").locator("tbody tr")).toHaveCount(
      data.top500.filter((t) => t.system === "jupiter").length,
    );
    // The charts are drawn on the server: in the HTML, visible without any script.
    await expect(page.locator("svg.chart-svg").first()).toBeVisible();
    await expect(
      page
        .getByRole("main")
        .getByRole("listitem")
        .filter({ hasText: "AI Factory:" })
        .getByRole("link", { name: "JUPITER AI Factory" }),
    ).toBeVisible();
    await expect(page.getByTestId("citation-text")).toContainText("/systems/jupiter");
    const ld = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(ld ?? "{}")).toMatchObject({
      "@context": "https://schema.org",
      "@type": "WebPage",
      mainEntity: { name: "JUPITER" },
    });
  });

  test("a chart downloads as SVG", async ({ page }) => {
    await page.goto("/systems/jupiter");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download SVG" }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("jupiter-top500-rank.svg");
    const path = await file.path();
    const { readFileSync } = await import("node:fs");
    const svg = readFileSync(path, "utf8");
    expect(svg).toContain("<svg");
    // The file stands on its own: title, units, data date, source and the atlas address.
    expect(svg).toContain("JUPITER: TOP500 rank");
    expect(svg).toContain("Data as of ");
    expect(svg).toContain("/systems/jupiter");
    expect(svg).toContain("TOP500 lists");
  });

  test("unknown and malformed slugs give the 404 page", async ({ page }) => {
    for (const url of [
      "/systems/no-such-system",
      "/systems/%E0%A4%A",
      "/factories/NOPE",
      "/antennas/x--y",
      "/countries/zz",
      "/countries/bel",
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
  });
});

test.describe("comparison", () => {
  test("three slugs give three columns, the charts and the scale ratios from the data", async ({ page }) => {
    await page.goto("/compare?systems=jupiter,lumi,leonardo");
    await expect(page.getByTestId("spec-sheet").locator("thead th[data-slug]")).toHaveCount(3);
    await expect(page.getByTestId("compare-charts").locator("svg.chart-svg").first()).toBeVisible();
    expect(await page.getByTestId("compare-charts").locator("figure.chart").count()).toBeGreaterThanOrEqual(4);
    const target = data.programmes
      .find((p) => p.slug === "ai-gigafactories")
      ?.other_figures?.find((o) => o.key === "target-processors");
    const targetValue = target?.claims.find((c) => c.preferred)?.value ?? 0;
    const jupiterCount =
      data.systems.find((s) => s.slug === "jupiter")?.figures.accelerator_count?.find((c) => c.preferred)?.value ?? 0;
    await expect(page.getByTestId("scale-table").locator('tr[data-slug="jupiter"] td').last()).toHaveText(
      `about 1/${Math.round(targetValue / jupiterCount)} (${Math.round((jupiterCount / targetValue) * 100)}%)`,
    );
  });

  test("an unknown slug is reported while the others still render", async ({ page }) => {
    await page.goto("/compare?systems=jupiter,no-such-machine,lumi");
    await expect(page.getByTestId("unknown-slug")).toContainText("no-such-machine");
    await expect(page.getByTestId("spec-sheet").locator("thead th[data-slug]")).toHaveCount(2);
  });

  test("systems are added and removed without leaving the page, and the URL holds the selection", async ({ page, request }) => {
    await page.goto("/compare?systems=jupiter,lumi");
    await page.waitForLoadState("networkidle"); // let the charts hydrate before choosing
    await page.getByRole("combobox", { name: /^Add a system/ }).selectOption("leonardo");
    await page.getByRole("button", { name: "Add" }).click();
    await expect(page).toHaveURL(/\/compare\?systems=jupiter(,|%2C)lumi(,|%2C)leonardo$/);
    await page.getByRole("link", { name: "Remove LUMI from the comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?systems=jupiter(,|%2C)leonardo$/);
    await expect(page.getByTestId("spec-sheet").locator("thead th[data-slug]")).toHaveCount(2);
    const csv = await (await request.get("/compare.csv?systems=jupiter,leonardo")).text();
    expect(
      csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
        .slice(1)
        .map((l) => l.split(",")[0]),
    ).toEqual(["jupiter", "leonardo"]);
  });
});

test.describe("countries and the access finder", () => {
  test("/countries/be names BE-AIFA, the factories it links to and its three access tracks", async ({ page }) => {
    await page.goto("/countries/be");
    await expect(page.getByTestId("country-antennas")).toContainText("BE-AIFA");
    const served = page.getByTestId("served-by");
    await expect(served.getByRole("link", { name: "LUMI AI Factory", exact: true })).toBeVisible();
    await expect(served.getByRole("link", { name: "JUPITER AI Factory", exact: true })).toBeVisible();
    const tracks = page.getByTestId("access-tracks").locator("tbody th");
    await expect(tracks).toHaveText(["Playground", "Fast Lane", "Large Scale"]);
  });

  for (const [name, expectation] of [
    ["Finland", { served: "LUMI AI Factory", nearest: false }],
    ["Belgium", { served: "JUPITER AI Factory", nearest: false }],
    ["Croatia", { served: null, nearest: true }],
  ] as const) {
    test(`the home page finder answers for ${name}`, async ({ page }) => {
      await page.goto("/");
      await page.getByLabel("Your country").fill(name);
      await page.getByRole("button", { name: "Find" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      if (expectation.served)
        await expect(page.getByTestId("served-by").getByRole("link", { name: expectation.served, exact: true })).toBeVisible();
      await expect(page.getByTestId("nearest")).toHaveCount(expectation.nearest ? 1 : 0);
      if (expectation.nearest)
        await expect(page.getByTestId("nearest").getByRole("link", { name: "Slovenian AI Factory" })).toBeVisible();
    });
  }

  test("the finder works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByLabel("Your country").fill("be");
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(/\/countries\/be$/);
    await context.close();
  });

  test("an unknown country gets a clear message", async ({ page }) => {
    await page.goto("/countries?country=Atlantis");
    await expect(page.getByTestId("no-match")).toContainText("Atlantis");
  });
});

test.describe("search", () => {
  test("the header search finds LUMI for Kajaani, with the keyboard only", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search the atlas" }).focus();
    await page.keyboard.type("Kajaani");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Kajaani$/);
    await expect(page.getByTestId("search-results").getByRole("link", { name: "LUMI", exact: true })).toBeVisible();
  });
});

test.describe("accessibility of every page type", () => {
  for (const url of [
    "/systems",
    "/systems/jupiter",
    "/compare?systems=jupiter,lumi,leonardo",
    "/factories",
    "/factories/jaif",
    "/antennas",
    "/antennas/be-aifa",
    "/countries",
    "/countries/be",
    "/countries/hr",
    "/models",
    "/search?q=lumi",
  ]) {
    test(`axe finds nothing on ${url}`, async ({ page, offsite }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
      expect(offsite).toEqual([]);
    });
  }
});
