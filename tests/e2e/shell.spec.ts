import { claimText } from "../../lib/claim-text";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("home page", () => {
  test("shows the headline figures from the database, each with its source", async ({ page, offsite }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Europe's AI compute, sourced");
    await expect(page.getByTestId("figure-factories").locator(".value")).toHaveText(String(data.factories.length));
    await expect(page.getByTestId("figure-antennas").locator(".value")).toHaveText(String(data.antennas.length));
    const hosts = new Set(data.factories.map((f) => f.country)).size;
    await expect(page.getByTestId("figure-host-countries").locator(".value")).toHaveText(String(hosts));
    await expect(page.getByTestId("figure-systems").locator(".value")).toHaveText(String(data.systems.length));

    const envelope = page.getByTestId("funding-eurohpc-ju-2021-2027");
    const ju = data.programmes.find((p) => p.slug === "eurohpc-ju-2021-2027")?.figures.amount_total_eur ?? [];
    const shown = ju.length === 1 ? ju[0] : ju.find((c) => c.preferred);
    await expect(envelope.locator(".value")).toHaveText(claimText(shown ?? { value: 0 }, "EUR"));
    const sourceLink = envelope.locator(".provenance a").first();
    const preferred = data.programmes
      .find((p) => p.slug === "eurohpc-ju-2021-2027")
      ?.figures.amount_total_eur?.find((c) => c.preferred);
    await expect(sourceLink).toHaveAttribute("href", `/sources#${preferred?.source}`);

    // the network section links to the full lists, with the counts from the database
    await expect(page.getByRole("link", { name: `The ${data.factories.length} AI Factories` })).toHaveAttribute(
      "href",
      "/factories",
    );
    await expect(page.getByRole("link", { name: `The ${data.antennas.length} AI Factory Antennas` })).toHaveAttribute(
      "href",
      "/antennas",
    );
    expect(offsite).toEqual([]);
  });

  test("a figure links to its source, and disagreeing claims are one click away", async ({ page }) => {
    await page.goto("/");
    const antennas = page.getByTestId("funding-ai-factory-antennas");
    await expect(antennas.getByText("sources disagree")).toBeVisible();
    await antennas.locator("summary").click();
    await expect(antennas.getByText("€55.04 million")).toBeVisible();
    await page.getByTestId("funding-eurohpc-ju-2021-2027").locator(".provenance a").first().click();
    await expect(page).toHaveURL(/\/sources#ec-ai-factories-policy$/);
    await expect(page.locator("#ec-ai-factories-policy")).toBeVisible();
  });

  test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });
});

test.describe("sources page", () => {
  test("lists every source and filters by kind through the URL", async ({ page, offsite }) => {
    await page.goto("/sources");
    await expect(page.getByTestId("source")).toHaveCount(data.sources.length);
    const analysis = data.sources.filter((s) => s.kind === "analysis").length;
    await page.getByLabel("Kind of source").selectOption("analysis");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/sources\?kind=analysis$/);
    await expect(page.getByTestId("source")).toHaveCount(analysis);
    await expect(page.getByTestId("source-count")).toHaveText(
      `Showing ${analysis} of ${data.sources.length} sources (analysis only).`,
    );
    await page.reload();
    await expect(page.getByTestId("source")).toHaveCount(analysis);
    expect(offsite).toEqual([]);
  });

  test("shows which records rest on a source", async ({ page }) => {
    await page.goto("/sources#insidehpc-top500-2025-11");
    const item = page.locator("#insidehpc-top500-2025-11");
    await item.locator("summary").click();
    await expect(item.getByText(/System: JUPITER \(.*FP64 HPL Rmax/)).toBeVisible();
  });

  test("falls back to all sources on a bad parameter", async ({ page }) => {
    const response = await page.goto("/sources?kind=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("source")).toHaveCount(data.sources.length);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/sources");
    await expectNoAxeViolations(page);
  });
});

test.describe("unknown routes", () => {
  test("give the helpful 404 page", async ({ page }) => {
    const response = await page.goto("/factories/no-such-thing");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("main").getByRole("link", { name: "All sources" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("header", () => {
  test("on a phone it takes one row, and the menu opens by keyboard, navigates, and closes", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const header = page.locator("header.site-header");
    expect((await header.boundingBox())?.height).toBeLessThan(80);
    const menu = page.locator("summary", { hasText: "Menu" });
    await menu.focus();
    await page.keyboard.press("Enter");
    const nav = page.getByRole("navigation", { name: "Main menu", exact: true });
    await expect(nav.getByRole("link", { name: "Timeline" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\/timeline$/);
    await expect(nav).toBeHidden();
  });

  test("on a desktop the navigation and search are in view without a menu", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/");
    await expect(page.locator("summary", { hasText: "Menu" })).toBeHidden();
    await expect(
      page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Sources" }),
    ).toBeVisible();
    await expect(page.getByRole("search", { name: "Site search" })).toBeVisible();
  });
});
