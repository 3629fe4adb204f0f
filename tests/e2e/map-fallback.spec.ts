// The map without JavaScript: the server-rendered SVG, the list and a plain form.
import { data, expect, test } from "./fixtures";

const everything = data.factories.length + data.antennas.length + data.systems.length;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form works as a plain form", async ({ page }) => {
    await page.goto("/map");
    await expect(page.getByTestId("static-map").locator("g.static-point")).toHaveCount(everything);
    await page.getByLabel(/^Antennas/).uncheck();
    await page.getByLabel("Antenna links").uncheck();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/map\?types=factory,system&links=0$/);
    await expect(page.getByTestId("map-list").locator("li")).toHaveCount(data.factories.length + data.systems.length);
  });
});
