// Search as readers use it: by accelerator model, class of system, short
// form, typo and plural; and the country finder with the names people type.
// Expected records come from data/, not from the search code.
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

const systemsWith = (word: string) =>
  data.systems
    .filter((s) => `${s.accelerator_model ?? ""} ${s.vendor ?? ""}`.toLowerCase().includes(word.toLowerCase()))
    .map((s) => s.slug);

async function hits(page: import("@playwright/test").Page, q: string, type: string) {
  await page.goto(`/search?q=${encodeURIComponent(q)}`);
  return page
    .getByTestId("search-results")
    .locator(`section[data-type="${type}"] li a`)
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
}

test.describe("search", () => {
  for (const model of ["MI250X", "H100", "GH200"]) {
    test(`finds every system with ${model} accelerators`, async ({ page }) => {
      const expected = systemsWith(model);
      test.skip(expected.length === 0, `no system with ${model} in the data`);
      const found = await hits(page, model, "system");
      for (const slug of expected) expect(found).toContain(`/systems/${slug}`);
    });
  }

  test("finds the exascale systems for 'exascale' and not the pre-exascale ones", async ({ page }) => {
    const found = await hits(page, "exascale", "system");
    for (const s of data.systems.filter((x) => x.tier === "exascale")) expect(found).toContain(`/systems/${s.slug}`);
    for (const s of data.systems.filter((x) => x.tier === "pre-exascale")) expect(found).not.toContain(`/systems/${s.slug}`);
  });

  test("finds MareNostrum 5 as mn5, Leonardo with a typo, and every antenna for 'antennas'", async ({ page }) => {
    expect(await hits(page, "mn5", "system")).toContain("/systems/marenostrum-5");
    expect(await hits(page, "leonrdo", "system")).toContain("/systems/leonardo");
    const antennas = await hits(page, "antennas", "antenna");
    expect(antennas).toHaveLength(data.antennas.length);
    await expect(page.locator('nav[aria-label="Results by type"]')).toContainText(`Antennas (${data.antennas.length})`);
    await expectNoAxeViolations(page);
  });

  test("suggests a nearby query when nothing matches", async ({ page }) => {
    await page.goto("/search?q=lumj");
    await expect(page.getByTestId("search-count")).toContainText("Nothing in the atlas matches");
    await page.getByTestId("did-you-mean").click();
    await expect(page).toHaveURL(/\/search\?q=lumi/i);
    await expect(page.getByTestId("search-results").getByRole("link", { name: "LUMI", exact: true })).toBeVisible();
  });
});

test.describe("the country finder", () => {
  for (const [typed, code] of [
    ["UK", "gb"],
    ["Czech Republic", "cz"],
    ["Turkey", "tr"],
    ["Deutschland", "de"],
    ["Polska", "pl"],
  ] as const) {
    test(`takes "${typed}"`, async ({ page }) => {
      test.skip(!data.countries.some((c) => c.code.toLowerCase() === code), `${code} is not in the data`);
      await page.goto(`/countries?country=${encodeURIComponent(typed)}`);
      await expect(page).toHaveURL(new RegExp(`/countries/${code}$`));
    });
  }
});
