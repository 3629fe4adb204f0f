// The three readers' tasks, walked as they would walk them, at a desktop and a
// phone width: the policy analyst finds the third-wave AI Factories on the map
// and shares the view; the journalist compares four flagship systems and
// downloads the comparison; the researcher finds where to apply from four
// countries; and everyone searches by model, accelerator and with a typo.
// What they should see comes from data/, not from the page code. axe checks
// every step against WCAG 2.2 AA.
import type { Page } from "@playwright/test";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

const widths = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

const WAVE_3 = "2025-10";
const FLAGSHIPS = ["jupiter", "lumi", "leonardo", "marenostrum-5"];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const systemName = (slug: string) => {
  const s = data.systems.find((x) => x.slug === slug);
  if (!s) throw new Error(`no system ${slug} in data/`);
  return s.name;
};

/** The search box a reader can reach on this page: the search page's own form. */
async function searchFor(page: Page, q: string) {
  await page.goto("/search");
  const box = page.getByRole("search", { name: "Search the atlas" }).getByRole("searchbox");
  await box.fill(q);
  await box.press("Enter");
  await page.waitForURL(/\/search\?q=/);
}

for (const vp of widths) {
  test.describe(`readers on a ${vp.name} (${vp.width}×${vp.height})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test("the policy analyst finds the third-wave AI Factories on the map and shares the view", async ({ page, browser }) => {
      const wave3 = data.factories.filter((f) => f.wave === WAVE_3);
      expect(wave3.length).toBeGreaterThan(0);
      await page.goto("/map");
      await page.getByLabel("Selection wave").selectOption(WAVE_3);
      await expect(page).toHaveURL(new RegExp(`[?&]wave=${WAVE_3}`));
      await expect(page.getByTestId("count-factory")).toHaveText(String(wave3.length));
      const list = page.getByTestId("map-list");
      // The list names each factory, with its acronym where it has one.
      const item = (name: string) => list.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)}( \\(|$)`) });
      for (const f of wave3) await expect(item(f.name)).toBeVisible();
      for (const f of data.factories.filter((x) => x.wave !== WAVE_3)) await expect(item(f.name)).toHaveCount(0);
      await expectNoAxeViolations(page);

      // The shared link opens the same view for someone else.
      const shared = page.url();
      const other = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      const theirs = await other.newPage();
      await theirs.goto(shared);
      await expect(theirs.getByLabel("Selection wave")).toHaveValue(WAVE_3);
      await expect(theirs.getByTestId("count-factory")).toHaveText(String(wave3.length));
      await other.close();
    });

    test("the journalist compares four flagship systems and downloads the comparison", async ({ page }) => {
      await page.goto(`/compare?systems=${FLAGSHIPS.slice(0, 2).join(",")}`);
      for (const slug of FLAGSHIPS.slice(2)) {
        await page.getByRole("combobox", { name: "Add a system" }).selectOption(slug);
        await page.getByRole("button", { name: "Add", exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`systems=[^&]*${slug}`));
      }
      const sheet = page.getByTestId("spec-sheet");
      for (const slug of FLAGSHIPS) {
        await expect(sheet.getByRole("columnheader", { name: new RegExp(systemName(slug)) })).toBeVisible();
      }
      await expectNoAxeViolations(page);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download this comparison as CSV" }).click(),
      ]);
      const file = await download.path();
      const { readFile } = await import("node:fs/promises");
      const csv = await readFile(file, "utf8");
      for (const slug of FLAGSHIPS) expect(csv).toContain(systemName(slug));

      // The view can be cited as it is, with the four systems in its address.
      const cite = page.getByTestId("view-citation-text");
      await expect(cite).toContainText(`/compare?systems=${FLAGSHIPS.join(",")}`);
    });

    for (const country of ["Belgium", "Ireland", "Poland", "Portugal"]) {
      test(`the researcher in ${country} finds where to apply`, async ({ page }) => {
        const record = data.countries.find((c) => c.name === country);
        if (!record) throw new Error(`${country} is not in data/countries.yaml`);
        const code = record.code.toLowerCase();
        await page.goto("/");
        const finder = page.getByRole("search", { name: "Find your AI Factory" });
        await finder.getByLabel("Your country").fill(country);
        await finder.getByRole("button", { name: "Find" }).click();
        await expect(page).toHaveURL(new RegExp(`/countries/${code}$`));

        const served = page.getByTestId("served-by");
        await expect(served.getByRole("heading", { name: `Where researchers in ${country} apply` })).toBeVisible();
        // Every place named is one the data says serves the country: hosted there, a
        // consortium the country is a partner of, or a factory its Antenna links to.
        const hosted = [
          ...data.factories.filter((f) => f.country === record.code || f.partners.includes(record.code)),
          ...data.antennas.filter((a) => a.country === record.code),
        ];
        const viaAntenna = data.antennas
          .filter((a) => a.country === record.code)
          .flatMap((a) => a.factories.map((link) => link.factory))
          .map((slug) => data.factories.find((f) => f.slug === slug))
          .filter((f) => f !== undefined);
        const expected = [...hosted, ...viaAntenna];
        expect(expected.length, `${country} has somewhere to apply in data/`).toBeGreaterThan(0);
        const places = served.locator("h3 a");
        expect((await places.allInnerTexts()).sort()).toEqual([...new Set(expected.map((e) => e.name))].sort());
        // Each place says where its website and access page are, or that none was found.
        await expect(served.locator(".apply-links")).toHaveCount(await places.count());
        await expect(page.getByTestId("eurohpc-access").getByRole("link", { name: "access calls" })).toBeVisible();
        await expectNoAxeViolations(page);

        // One step further: the place's own page answers "where do I apply" too.
        await places.first().click();
        await expect(page.getByRole("heading", { name: /apply/i }).first()).toBeVisible();
      });
    }

    test("everyone searches by model, by accelerator and with a typo", async ({ page }) => {
      await searchFor(page, "MI250X");
      await expect(page.getByTestId("search-results").locator('a[href="/systems/lumi"]')).toBeVisible();
      await expectNoAxeViolations(page);

      await searchFor(page, "H100");
      const h100 = data.systems.filter((s) => (s.accelerator_model ?? "").includes("H100"));
      expect(h100.length).toBeGreaterThan(0);
      for (const s of h100) {
        await expect(page.getByTestId("search-results").locator(`a[href="/systems/${s.slug}"]`)).toBeVisible();
      }

      await searchFor(page, "leonrdo");
      await expect(page.getByTestId("search-results").locator('a[href="/systems/leonardo"]')).toBeVisible();

      // A model trained on a European system, by its name.
      const run = data["training-runs"].find((r) => r.systems.length > 0);
      if (!run) throw new Error("no training run with a system in data/");
      await searchFor(page, run.model);
      await expect(page.getByTestId("search-count")).not.toHaveText(/^No /);
    });
  });
}
