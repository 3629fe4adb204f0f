// Page object for /map: the WebGL map, its list, panel and filters.
import { expect, type Page } from "@playwright/test";

export class AtlasMapPage {
  constructor(private readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/map${query}`);
  }

  /** Asks for the interactive map, as a reader does by reaching for it (MapLibre is not fetched before). */
  async activate() {
    const button = this.page.getByRole("button", { name: "Zoom and pan: open the interactive map" });
    // The button appears once the page has hydrated; the canvas, once the map is open.
    await expect(button.or(this.page.getByTestId("map-canvas"))).toBeVisible({ timeout: 20_000 });
    if (await button.isVisible()) await button.click();
  }

  /** Opens the interactive map if need be, waits until MapLibre has loaded and drawn, then returns how many points it drew. */
  async renderedPoints(): Promise<number> {
    await this.activate();
    const canvas = this.page.getByTestId("map-canvas");
    await expect(canvas).toHaveAttribute("data-map-ready", "true", { timeout: 20_000 });
    await expect(canvas).toHaveAttribute("data-rendered-points", /\d+/, { timeout: 20_000 });
    // Ask for one more frame and wait for the map to be idle after it: the map's own
    // idle handler (registered first, so it runs first) has then counted what it drew,
    // filter changes included. No fixed sleep.
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = (window as unknown as { __atlasMap: { once(e: "idle", f: () => void): void; triggerRepaint(): void } })
            .__atlasMap;
          map.once("idle", () => resolve());
          map.triggerRepaint();
        }),
    );
    return Number(await canvas.getAttribute("data-rendered-points"));
  }

  listItems() {
    return this.page.getByTestId("map-list").locator("li");
  }

  /** Clicks the drawn point of an entity, at the pixel the map itself projects it to. */
  async clickPoint(id: string) {
    const xy = await this.page.evaluate((entityId) => {
      type M = {
        querySourceFeatures(s: string): { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[];
        project(c: [number, number]): { x: number; y: number };
      };
      const map = (window as unknown as { __atlasMap: M }).__atlasMap;
      const f = map.querySourceFeatures("entities").find((x) => x.properties.id === entityId);
      return f ? map.project(f.geometry.coordinates) : null;
    }, id);
    if (!xy) throw new Error(`no point drawn for ${id}`);
    await this.page
      .getByTestId("map-canvas")
      .locator("canvas")
      .click({ position: { x: xy.x, y: xy.y } });
  }

  /** The ids of points the map draws as selected. */
  async selectedOnMap(): Promise<string[]> {
    return this.page.evaluate(() => {
      type M = { querySourceFeatures(s: string): { properties: Record<string, unknown> }[] };
      const map = (window as unknown as { __atlasMap: M }).__atlasMap;
      return [
        ...new Set(
          map
            .querySourceFeatures("entities")
            .filter((f) => f.properties.selected)
            .map((f) => String(f.properties.id)),
        ),
      ];
    });
  }
}
