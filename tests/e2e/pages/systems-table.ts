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

  /**
   * The measured Rmax of each row as numbers, top to bottom: null where none is
   * measured (a value of another kind, shown apart in the cell, does not count).
   */
  async rmaxValues(): Promise<(number | null)[]> {
    return this.page.locator('[data-testid="systems-table"] tbody td[data-col="rmax"]').evaluateAll((cells) =>
      cells.map((cell) => {
        const text = cell.querySelector('[data-part="measured"]')?.textContent?.trim() ?? "";
        const m = /^(?:about )?([\d,.]+)/.exec(text);
        return m?.[1] ? Number(m[1].replace(/,/g, "")) : null;
      }),
    );
  }

  async sortBy(label: string) {
    await this.page.getByTestId("systems-table").getByRole("link", { name: label, exact: true }).click();
  }
}
