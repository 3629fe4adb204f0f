import { readFileSync } from "node:fs";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";
import { AtlasMapPage } from "./pages/atlas-map";

const everything = data.factories.length + data.antennas.length + data.systems.length;

test.describe("the atlas map", () => {
  test("draws every point by default and the filtered ones after a filter, with counts to match", async ({ page, offsite }) => {
    const atlas = new AtlasMapPage(page);
    await atlas.open();
    expect(await atlas.renderedPoints()).toBe(everything);
    await expect(atlas.listItems()).toHaveCount(everything);
    await expect(page.getByTestId("count-factory")).toHaveText(String(data.factories.length));

    await page.getByLabel(/^Antennas/).uncheck();
    await page.getByLabel(/^Supercomputers/).uncheck();
    await expect(page).toHaveURL(/\/map\?types=factory$/);
    await expect(atlas.listItems()).toHaveCount(data.factories.length);
    expect(await atlas.renderedPoints()).toBe(data.factories.length);
    await expect(page.getByTestId("count-antenna")).toHaveText("0");
    expect(offsite).toEqual([]);
  });

  test("a filter in the URL survives a reload, and back and forward work", async ({ page }) => {
    const atlas = new AtlasMapPage(page);
    await atlas.open();
    await atlas.renderedPoints();
    await page.getByLabel("Selection wave").selectOption("2025-10");
    await expect(page).toHaveURL(/wave=2025-10/);
    const thirdWave = data.factories.filter((f) => f.wave === "2025-10").length;
    const expected = thirdWave + data.antennas.length + data.systems.length;
    await expect(atlas.listItems()).toHaveCount(expected);
    await page.reload();
    await expect(page.getByLabel("Selection wave")).toHaveValue("2025-10");
    expect(await atlas.renderedPoints()).toBe(expected);
    await page.goBack();
    await expect(page).toHaveURL(/\/map$/);
    await expect(atlas.listItems()).toHaveCount(everything);
    await page.goForward();
    await expect(atlas.listItems()).toHaveCount(expected);
  });

  test("clicking a point opens its panel with sourced figures, and the list follows", async ({ page }) => {
    const atlas = new AtlasMapPage(page);
    await atlas.open("?types=system");
    await atlas.renderedPoints();
    await atlas.clickPoint("system:jupiter");
    const panel = page.getByTestId("map-panel");
    await expect(panel.getByRole("heading", { name: "JUPITER" })).toBeVisible();
    await expect(panel.locator('a[href^="/sources#"]').first()).toBeVisible();
    await expect(page).toHaveURL(/sel=system:jupiter/);
    await expect(page.getByTestId("map-list").locator('li[data-id="system:jupiter"]')).toHaveClass(/selected/);
  });

  test("choosing from the list selects on the map, with the keyboard alone", async ({ page }) => {
    const atlas = new AtlasMapPage(page);
    await atlas.open();
    await atlas.renderedPoints();
    const item = page.getByTestId("map-list").getByRole("button", { name: "BE-AIFA (Belgian AI Factory Antenna)" });
    await item.focus();
    await page.keyboard.press("Enter");
    await expect(
      page.getByTestId("map-panel").getByRole("heading", { name: "BE-AIFA (Belgian AI Factory Antenna)" }),
    ).toBeVisible();
    await expect.poll(() => atlas.selectedOnMap()).toEqual(["antenna:be-aifa"]);
    // co-located entities stay reachable from the panel
    await page.getByTestId("map-list").getByRole("button", { name: "LUMI", exact: true }).click();
    await expect(page.getByTestId("map-panel").getByRole("button", { name: "LUMI-AI" })).toBeVisible();
  });

  test("downloads the view as PNG and the entities shown as CSV and GeoJSON", async ({ page }) => {
    const atlas = new AtlasMapPage(page);
    await atlas.open("?types=antenna");
    await atlas.renderedPoints();
    const png = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the map view as PNG" }).click();
    const file = readFileSync(await (await png).path());
    expect(file.subarray(1, 4).toString()).toBe("PNG");
    expect(file.length).toBeGreaterThan(10_000);
    // The image is framed: wider and taller than the map's own canvas (title above; legend, date, source and address below).
    const canvas = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>("[data-testid=map-canvas] canvas")!;
      return { w: c.width, h: c.height };
    });
    expect(file.readUInt32BE(16)).toBeGreaterThan(canvas.w);
    expect(file.readUInt32BE(20)).toBeGreaterThan(canvas.h + 150);

    const csv = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download these as CSV" }).click();
    const text = readFileSync(await (await csv).path(), "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(text).toHaveLength(data.antennas.length + 1);
    const geo = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download these as GeoJSON" }).click();
    expect(JSON.parse(readFileSync(await (await geo).path(), "utf8")).features).toHaveLength(data.antennas.length);
  });

  test("has no accessibility violations and names the map canvas", async ({ page }) => {
    const atlas = new AtlasMapPage(page);
    await atlas.open();
    await atlas.renderedPoints();
    await expect(page.locator("canvas")).toHaveAttribute("aria-label", /Interactive map/);
    await expectNoAxeViolations(page);
  });

  test("nothing scrolls sideways at 360 px, and map and list stack", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const atlas = new AtlasMapPage(page);
    await atlas.open();
    await atlas.renderedPoints();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const map = await page.getByTestId("map-canvas").boundingBox();
    const list = await page.getByTestId("map-list").boundingBox();
    expect(list!.y).toBeGreaterThan(map!.y + map!.height - 1);
  });
});

test.describe("the home page map", () => {
  test("shows the static atlas and links to the full map", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("static-map")).toBeVisible();
    await expect(page.getByTestId("static-map").locator("g.static-point")).toHaveCount(everything);
    await page.getByRole("link", { name: "Open the interactive map" }).click();
    await expect(page).toHaveURL(/\/map$/);
  });
});
