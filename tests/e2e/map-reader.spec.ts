// The map as readers use it on a desktop and a phone: the chosen entry's panel
// is always in view (beside the map, or as a sheet on a phone), also from a
// shared ?sel= link; the map starts within the first screen on a phone; an empty
// filter says so and offers a way back; the page scrolls over the map unless
// the reader asks the map to move (cooperative gestures).
import type { Page } from "@playwright/test";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";
import { AtlasMapPage } from "./pages/atlas-map";

const inViewport = async (page: Page, testId: string) => {
  const box = await page.getByTestId(testId).boundingBox();
  const vp = page.viewportSize();
  return !!box && !!vp && box.y >= 0 && box.y < vp.height - 40 && box.x >= 0 && box.x < vp.width;
};

for (const vp of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`map at ${vp.width}px`, () => {
    test.use({ viewport: vp });

    test("choosing far down the list brings the panel into view and focus to it; Escape returns to the entry", async ({
      page,
    }) => {
      await page.goto("/map");
      const list = page.getByTestId("map-list");
      const entries = list.locator("li");
      const last = entries.last();
      const id = await last.getAttribute("data-id");
      const name = (await last.getByRole("button").innerText()).trim();
      await last.getByRole("button").click();
      await expect(page).toHaveURL(new RegExp(`sel=${id}`));
      const panel = page.getByTestId("map-panel");
      await expect(panel.getByRole("heading", { name })).toBeVisible();
      await expect(panel).toBeFocused();
      expect(await inViewport(page, "map-panel"), "the panel is on screen").toBe(true);
      await expectNoAxeViolations(page);
      await page.keyboard.press("Escape");
      await expect(panel).toHaveCount(0);
      await expect(last.getByRole("button")).toBeFocused();
    });

    test("a shared ?sel= link opens with the panel in view", async ({ page }) => {
      const system = data.systems[data.systems.length - 1];
      if (!system) throw new Error("no systems in data/");
      await page.goto("/map");
      const id = await page.getByTestId("map-list").locator("li").last().getAttribute("data-id");
      await page.goto(`/map?sel=${id}`);
      await expect(page.getByTestId("map-panel")).toBeVisible();
      expect(await inViewport(page, "map-panel")).toBe(true);
    });

    test("a filter that matches nothing says so and clears in one step", async ({ page }) => {
      const pt = data.antennas.filter((a) => a.country === "PT").length;
      test.skip(pt > 0, "Portugal has an Antenna in data/");
      await page.goto("/map?types=antenna&country=pt");
      const empty = page.getByTestId("map-empty");
      await expect(empty).toContainText("Nothing in the atlas matches these filters");
      await empty.getByRole("button", { name: "Clear the filters" }).click();
      await expect(page).toHaveURL(/\/map$/);
      await expect(page.getByTestId("count-factory")).toHaveText(String(data.factories.length));
      await expect(page.getByTestId("count-antenna")).toHaveText(String(data.antennas.length));
    });
  });
}

test("on a phone the map starts within the first screen, under a one-row header", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/map");
  const map = page.locator(".atlas-map");
  const box = await map.boundingBox();
  expect(box?.y ?? 9999).toBeLessThan(844 - 200);
});

test("the wheel over the interactive map leaves it still and says how to move it", async ({ page }) => {
  const atlas = new AtlasMapPage(page);
  await atlas.open();
  await atlas.renderedPoints();
  const zoom = () => page.evaluate(() => (window as unknown as { __atlasMap: { getZoom(): number } }).__atlasMap.getZoom());
  const before = await zoom();
  const canvas = page.getByTestId("map-canvas");
  await canvas.hover();
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(600);
  expect(await zoom()).toBeCloseTo(before, 5);
  // Cooperative gestures are on: MapLibre shows how to move the map instead.
  await expect(page.locator(".maplibregl-cooperative-gesture-screen")).toHaveCount(1);
});

test("moving the map with the keyboard is announced", async ({ page }) => {
  const atlas = new AtlasMapPage(page);
  await atlas.open();
  await atlas.renderedPoints();
  await page.getByTestId("map-canvas").locator("canvas").focus();
  await page.keyboard.press("=");
  await expect(page.getByTestId("map-moved")).toContainText(/Map zoom \d+(\.\d)?, centred near/);
});

test("Cite this view follows the filters without a reload, and the cited address opens the same view", async ({ page }) => {
  await page.goto("/map");
  const cite = page.getByTestId("view-citation-text");
  await expect(cite).toContainText("Map of AI Factories, Antennas and supercomputers");
  // A marker that a reload would wipe.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const finland = data.countries.find((c) => c.code === "FI");
  if (!finland) throw new Error("FI is not in data/countries.yaml");
  await page.getByLabel("Country").selectOption("fi");
  await page.getByLabel("Antenna links").uncheck();
  await expect(cite).toContainText(`in ${finland.name}`);
  await expect(cite).toContainText("without Antenna links");
  const text = await cite.innerText();
  const address = text.match(/(https?:\/\/\S+\/map\?\S+?) \(accessed/)?.[1];
  expect(address, "the citation carries the view's address").toBeTruthy();
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  const counts = await page.getByTestId("map-counts").innerText();
  await page.goto(new URL(address!).pathname + new URL(address!).search);
  await expect(page.getByTestId("map-counts")).toHaveText(counts);
  await expect(page.getByLabel("Antenna links")).not.toBeChecked();
});

test("beside the map on a desktop, a short list is shown whole and a long one scrolls within the map's height", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const box = page.locator(".atlas-list-box");
  const fits = () => box.evaluate((e) => e.scrollHeight <= e.clientHeight + 1);
  await page.goto("/map?country=fi");
  const shown = await page.getByTestId("map-list").locator("li").count();
  expect(shown).toBeGreaterThan(1);
  expect(await fits(), `all ${shown} entries for Finland without scrolling the list`).toBe(true);
  await page.goto("/map");
  const side = await page.locator(".atlas-side").boundingBox();
  const map = await page.locator(".atlas-map").boundingBox();
  expect(side && map && side.height <= map.height + 2, "the list is no taller than the map").toBe(true);
  expect(await fits(), "the full list scrolls inside its box").toBe(false);
  // A chosen entry's panel keeps room for its figures above the long list.
  await page.goto("/map?sel=system:jupiter");
  const panel = page.getByTestId("map-panel");
  await expect(panel).toBeVisible();
  const room = await panel.evaluate((e) => ({ shown: e.clientHeight, needed: e.scrollHeight }));
  expect(room.shown).toBeGreaterThanOrEqual(Math.min(room.needed, 250));
  expect(await box.evaluate((e) => e.clientHeight)).toBeGreaterThanOrEqual(120);
});

test("a country's few points open at country scale with every point drawn, not zoomed into a flat square", async ({ page }) => {
  const atlas = new AtlasMapPage(page);
  await atlas.open("?country=it");
  const listed = await atlas.listItems().count();
  expect(await atlas.renderedPoints()).toBe(listed);
  const zoom = await page.evaluate(() => (window as unknown as { __atlasMap: { getZoom(): number } }).__atlasMap.getZoom());
  expect(zoom).toBeLessThanOrEqual(6);
});

test("a filter chosen before the page's scripts have run is applied once they do", async ({ page }) => {
  // Hold the page's scripts back until the reader has chosen, as on a slow phone.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/map", { waitUntil: "domcontentloaded" });
  const wave = data.factories.find((f) => f.wave)?.wave ?? "";
  await page.getByLabel("Selection wave").selectOption(wave);
  release();
  await expect(page).toHaveURL(new RegExp(`[?&]wave=${wave}`));
  await expect(page.getByTestId("count-factory")).toHaveText(String(data.factories.filter((f) => f.wave === wave).length));
  await expect(page.getByLabel("Selection wave")).toHaveValue(wave);
});
