// Page object for /systems: reads the table as a reader sees it.
import type { Page } from "@playwright/test";

export class SystemsTablePage {
  constructor(private readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/systems${query}`);
  }

  /** Slugs of the rows, top to bottom. */
  async slugs(): Promise<string[]> {
    return this.page
      .getByTestId("systems-table")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-slug") ?? ""));
  }

  /** The Rmax column as numbers (null for "not known"), top to bottom. */
  async rmaxValues(): Promise<(number | null)[]> {
    const texts = await this.page.locator('[data-testid="systems-table"] tbody td[data-col="rmax"]').allInnerTexts();
    return texts.map((t) => {
      const m = /^([\d,.]+)/.exec(t.trim());
      return m?.[1] ? Number(m[1].replace(/,/g, "")) : null;
    });
  }

  async sortBy(label: string) {
    await this.page.getByTestId("systems-table").getByRole("link", { name: label, exact: true }).click();
  }
}
