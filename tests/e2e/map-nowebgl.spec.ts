// The map in a browser without WebGL: the server-rendered SVG and the list.
// launchOptions force a browser of their own, so they are set for this whole file.
import { data, expect, test } from "./fixtures";

const everything = data.factories.length + data.antennas.length + data.systems.length;

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-webgl", "--disable-3d-apis"],
  },
});

test("shows the SVG map and the list, and filters still work", async ({ page, offsite }) => {
  await page.goto("/map");
  expect(await page.evaluate(() => !!document.createElement("canvas").getContext("webgl"))).toBe(false);
  await expect(page.getByTestId("static-map")).toBeVisible();
  await expect(page.getByTestId("map-canvas")).toHaveCount(0);
  await expect(page.getByTestId("static-map").locator("g.static-point")).toHaveCount(everything);
  await expect(page.getByTestId("map-list").locator("li")).toHaveCount(everything);
  await page.getByLabel(/^Supercomputers/).uncheck();
  await expect(page).toHaveURL(/types=factory,antenna/);
  await expect(page.getByTestId("static-map").locator("g.static-point")).toHaveCount(
    data.factories.length + data.antennas.length,
  );
  expect(offsite).toEqual([]);
});
