// Wide tables: every column can be reached by keyboard, the names and the
// heading row stay in view while the table scrolls, and the sort is announced.
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

for (const vp of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`/systems at ${vp.width}px: sticky names and headings, a keyboard-scrollable region, the sort announced`, async ({
    page,
  }) => {
    await page.setViewportSize(vp);
    await page.goto("/systems?sort=rmax");
    const region = page.getByRole("region", { name: /Supercomputers table/ });
    await expect(region).toHaveAttribute("tabindex", "0");
    const table = page.getByTestId("systems-table");
    await expect(table.locator("caption")).toContainText("sorted by Rmax (FP64, PFLOPS), descending");
    await expect(table.getByRole("columnheader", { name: /Rmax/ })).toHaveAttribute("aria-sort", "descending");

    const name = table.getByRole("rowheader").first();
    const heading = table.getByRole("columnheader").first();
    const lastHeading = table.getByRole("columnheader").last();
    const before = { name: await name.boundingBox(), heading: await heading.boundingBox() };
    // The keyboard reaches the last column: focus the region and press End/ArrowRight.
    await region.focus();
    // ArrowRight until the region stops moving: the reader reaches the far edge.
    for (let i = 0, prev = -1; i < 200; i++) {
      const left = await region.evaluate((el) => el.scrollLeft);
      if (left === prev) break;
      prev = left;
      for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowRight");
    }
    await page.keyboard.press("PageDown");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const regionBox = await region.boundingBox();
    const last = await lastHeading.boundingBox();
    expect(last && regionBox && last.x + last.width <= regionBox.x + regionBox.width + 1, "the last column is in view").toBe(
      true,
    );
    const after = { name: await name.boundingBox(), heading: await heading.boundingBox() };
    expect(after.name?.x).toBeCloseTo(before.name?.x ?? -1, 0);
    // The heading row stays at the top of the region while its rows scroll under it.
    expect(await region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(Math.abs((after.heading?.y ?? 0) - (regionBox?.y ?? 0))).toBeLessThan(60);
    expect(data.systems.length).toBeGreaterThan(0);
    // axe on the table at rest (scrolled, rows pass under the sticky headings by design).
    await region.evaluate((el) => el.scrollTo(0, 0));
    await expectNoAxeViolations(page);
  });
}

test("on a phone the access tracks read as blocks with every field, response time included", async ({ page }) => {
  const tracks = data["access-tracks"];
  test.skip(tracks.length === 0, "no access tracks in data/");
  await page.setViewportSize({ width: 390, height: 844 });
  const first = tracks[0];
  if (!first) return;
  const by = first.offered_by;
  const owner = "antenna" in by ? `/antennas/${by.antenna}` : `/factories/${by.factory}`;
  await page.goto(owner);
  const cell = page.getByTestId("access-tracks").locator('td[data-label="Response time"]').first();
  await expect(cell).toBeVisible();
  const box = await cell.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390, "the response time sits within the screen").toBe(true);
  await expectNoAxeViolations(page);
});
