// /compare without reloads: adding, removing and reordering keep the page (a
// marker set in it survives), keep the address in step with what is shown,
// keep focus where the reader is, and back and forward walk the states. Without
// JavaScript the same form and links work through the server.
import type { Page } from "@playwright/test";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

const nameOf = (slug: string) => data.systems.find((s) => s.slug === slug)?.name ?? slug;

async function columns(page: Page) {
  return page
    .getByTestId("spec-sheet")
    .locator("thead th[data-slug]")
    .evaluateAll((ths) => ths.map((t) => t.getAttribute("data-slug")));
}

async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test.describe("compare without reloads", () => {
  test("adds, reorders and removes in place, with the address, focus and history in step", async ({ page }) => {
    await page.goto("/compare?systems=jupiter,lumi");
    await expect(page.getByRole("link", { name: `Move ${nameOf("jupiter")} right` })).toBeVisible();
    await markPage(page);

    // Add: focus stays on the chooser, ready for the next one.
    const chooser = page.getByRole("combobox", { name: "Add a system" });
    await chooser.selectOption("leonardo");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?systems=jupiter,lumi,leonardo$/);
    expect(await columns(page)).toEqual(["jupiter", "lumi", "leonardo"]);
    await expect(page.getByTestId("compare-status")).toContainText(
      `Comparing 3 systems: ${nameOf("jupiter")}, ${nameOf("lumi")}`,
    );
    await expect(chooser).toBeFocused();

    // Reorder by keyboard: focus follows the moved system's control.
    await page.getByRole("link", { name: `Move ${nameOf("leonardo")} left` }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/compare\?systems=jupiter,leonardo,lumi$/);
    expect(await columns(page)).toEqual(["jupiter", "leonardo", "lumi"]);
    await expect(page.getByRole("link", { name: `Move ${nameOf("leonardo")} left` })).toBeFocused();

    // Remove: the column goes, focus goes to the chooser.
    await page.getByRole("link", { name: `Remove ${nameOf("jupiter")} from the comparison` }).click();
    await expect(page).toHaveURL(/\/compare\?systems=leonardo,lumi$/);
    expect(await columns(page)).toEqual(["leonardo", "lumi"]);
    await expect(chooser).toBeFocused();
    expect(await sameDocument(page), "the page was not reloaded").toBe(true);

    // History walks the states, and a reload of the address shows the same comparison.
    await page.goBack();
    await expect(page).toHaveURL(/systems=jupiter,leonardo,lumi$/);
    expect(await columns(page)).toEqual(["jupiter", "leonardo", "lumi"]);
    await page.reload();
    expect(await columns(page)).toEqual(["jupiter", "leonardo", "lumi"]);
    await expectNoAxeViolations(page);
  });

  test("on a phone the row labels stay in view while the table scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/compare?systems=jupiter,lumi,leonardo,marenostrum-5");
    const wrap = page.getByTestId("spec-sheet").locator("xpath=..");
    const label = page.getByTestId("spec-sheet").getByRole("rowheader", { name: "Country" });
    const before = await label.boundingBox();
    await wrap.evaluate((el) => el.scrollBy({ left: 400 }));
    await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const after = await label.boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
    await expectNoAxeViolations(page);
  });
});

test.describe("compare without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the add form and the links work through the server", async ({ page }) => {
    await page.goto("/compare?systems=jupiter,lumi");
    await page.getByRole("combobox", { name: "Add a system" }).selectOption("leonardo");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?systems=jupiter,lumi,leonardo$/);
    await page.getByRole("link", { name: `Move ${nameOf("leonardo")} left` }).click();
    await expect(page).toHaveURL(/\/compare\?systems=jupiter,leonardo,lumi$/);
    expect(await columns(page)).toEqual(["jupiter", "leonardo", "lumi"]);
  });
});

test("the rank row gives the newest list's rank, and never an older list's rank as current", async ({ page }) => {
  const newest = [...data["top500-lists"]].sort((a, b) => b.edition.localeCompare(a.edition))[0]!;
  const onNewest = new Map(data.top500.filter((t) => t.edition === newest.edition).map((t) => [t.system, t.rank]));
  const ranked = data.systems.find((s) => onNewest.has(s.slug))!;
  // A system with an entry on an older list only.
  const older = data.systems.find((s) => !onNewest.has(s.slug) && data.top500.some((t) => t.system === s.slug))!;
  await page.goto(`/compare?systems=${ranked.slug},${older.slug}`);
  const row = page.getByTestId("spec-sheet").getByRole("row", { name: /TOP500 rank on the newest list/ });
  const cells = row.getByRole("cell");
  await expect(cells.nth(0)).toHaveText(new RegExp(`^#${onNewest.get(ranked.slug)}\\b`));
  const olderRanks = data.top500.filter((t) => t.system === older.slug).map((t) => t.rank);
  const text = await cells.nth(1).innerText();
  expect(text).toMatch(newest.coverage === "complete" ? /not in that list/ : /not known/);
  for (const r of olderRanks) expect(text).not.toContain(`#${r}`);
});
