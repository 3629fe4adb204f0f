import { compareByPeriod, phaseOf } from "../../lib/timeline";
import { data, expect, expectNoAxeViolations, TODAY, test } from "./fixtures";

test.describe("timeline", () => {
  test("lists every event in date order with the today marker between the last past and the first upcoming", async ({ page }) => {
    await page.goto("/timeline");
    const items = page.locator('[data-testid="timeline-event"], [data-testid="today-marker"]');
    const rows = await items.evaluateAll((els) =>
      els.map((e) => ({
        marker: e.getAttribute("data-testid") === "today-marker",
        order: e.getAttribute("data-order") ?? "",
        phase: e.getAttribute("data-phase"),
      })),
    );
    const events = rows.filter((r) => !r.marker);
    expect(events).toHaveLength(data.events.length);
    const order = events.map((e) => e.order);
    expect(order).toEqual([...order].sort());
    // phases as the test computes them from its own clock
    const expected = [...data.events].sort(compareByPeriod).map((e) => phaseOf(e.date, TODAY));
    expect(events.map((e) => e.phase)).toEqual(expected);
    const markerAt = rows.findIndex((r) => r.marker);
    expect(markerAt).toBeGreaterThanOrEqual(0);
    expect(rows.slice(0, markerAt).every((r) => r.phase === "past")).toBe(true);
    expect(rows.slice(markerAt + 1).every((r) => r.phase !== "past")).toBe(true);
  });

  test("a filter with nothing ahead says so, names the latest such date and offers a way back", async ({ page }) => {
    const replaced = new Set(data.events.flatMap((e) => (e.supersedes ? [e.supersedes] : [])));
    const deadlines = [...data.events].filter((e) => e.kind === "deadline" && !replaced.has(e.slug)).sort(compareByPeriod);
    test.skip(
      deadlines.some((e) => phaseOf(e.date, TODAY) !== "past"),
      "an upcoming deadline is recorded",
    );
    await page.goto("/timeline?kind=deadline");
    const empty = page.getByTestId("nothing-upcoming");
    await expect(empty).toContainText("Nothing upcoming matches these filters");
    const latest = deadlines.at(-1);
    if (latest) await expect(empty.getByRole("link", { name: latest.title })).toHaveAttribute("href", `#${latest.slug}`);
    await empty.getByRole("link", { name: "Clear the filters" }).click();
    await expect(page).toHaveURL(/\/timeline$/);
  });

  test("a kind filter changes the URL and the list", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByLabel("Kind of event").selectOption("ai-act");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/timeline\?kind=ai-act$/);
    const kinds = await page.getByTestId("timeline-event").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")));
    expect(kinds).toHaveLength(data.events.filter((e) => e.kind === "ai-act").length);
    expect(new Set(kinds)).toEqual(new Set(["ai-act"]));
  });

  test("newest first reverses the order", async ({ page }) => {
    await page.goto("/timeline?order=desc");
    const order = await page
      .getByTestId("timeline-event")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-order") ?? ""));
    expect(order).toEqual([...order].sort().reverse());
  });

  test("a moved date shows both dates with their sources", async ({ page }) => {
    await page.goto("/timeline?kind=ai-act");
    const original = page.locator("#ai-act-annex-iii-original");
    await expect(original.locator(".moved")).toContainText("Date moved: now 2 December 2027");
    await expect(page.locator("#ai-act-annex-iii-deferred .moved")).toContainText("Replaces the original date, 2 August 2026");
  });

  test("the calendar feed holds the upcoming events that have not moved", async ({ request }) => {
    const body = await (await request.get("/timeline.ics")).text();
    expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const uids = [...body.matchAll(/^UID:([^@\r\n]+)@/gm)].map((m) => m[1]);
    const moved = new Set(data.events.flatMap((e) => (e.supersedes ? [e.supersedes] : [])));
    // Only dates known to the day are events; the others are listed in the calendar's description.
    const expected = data.events
      .filter((e) => phaseOf(e.date, TODAY) !== "past" && !moved.has(e.slug) && /^\d{4}-\d{2}-\d{2}$/.test(e.date))
      .map((e) => e.slug);
    expect(uids.sort()).toEqual(expected.sort());
  });

  test("has no accessibility violations", async ({ page, offsite }) => {
    await page.goto("/timeline");
    await expectNoAxeViolations(page);
    expect(offsite).toEqual([]);
  });
});

test.describe("funding", () => {
  test("shows the programmes with amounts and sources", async ({ page }) => {
    await page.goto("/funding");
    const table = page.getByTestId("programme-table");
    for (const slug of [
      "eurohpc-ju-2021-2027",
      "investai",
      "ai-gigafactories",
      "ai-factory-antennas",
      "coaif-03",
      "wave-2024-12",
      "wave-2025-03",
      "wave-2025-10",
    ]) {
      await expect(table.locator(`tr[data-slug="${slug}"]`)).toBeVisible();
    }
    const row = table.locator('tr[data-slug="eurohpc-ju-2021-2027"]');
    await expect(row).toContainText("€10 billion");
    await expect(row.locator('a[href^="/sources#"]').first()).toBeVisible();
    const budgets = page.getByTestId("budget-table");
    await expect(budgets.locator("tbody tr")).toHaveCount(data.factories.length);
    await expect(budgets.locator('tr[data-slug="1healthai"]')).toContainText("€41 million");
    await expect(budgets.locator('tr[data-slug="hammerhai"]')).toContainText("not known");
    await expect(page.getByTestId("steps-ai-gigafactories").locator("li")).toHaveCount(
      data.programmes.find((p) => p.slug === "ai-gigafactories")?.steps.length ?? -1,
    );
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/funding");
    await expectNoAxeViolations(page);
  });
});

test.describe("scale and concentration", () => {
  test("the scale ratios match the data", async ({ page }) => {
    await page.goto("/scale");
    const target =
      data.programmes
        .find((p) => p.slug === "ai-gigafactories")
        ?.other_figures?.find((o) => o.key === "target-processors")
        ?.claims.find((c) => c.preferred)?.value ?? 0;
    for (const s of data.systems) {
      const claims = s.figures.accelerator_count ?? [];
      const count = (claims.length === 1 ? claims[0] : claims.find((c) => c.preferred))?.value;
      const cell = page.getByTestId("scale-table").locator(`tr[data-slug="${s.slug}"] [data-testid="share"]`);
      if (count === undefined) await expect(cell).toHaveText("not known");
      else
        await expect(cell).toContainText(
          `(${count / target < 0.01 ? ((count / target) * 100).toFixed(1) : Math.round((count / target) * 100)}%)`,
        );
    }
  });

  test("names the countries with only antennas", async ({ page }) => {
    await page.goto("/scale");
    const hosts = new Set([...data.factories.map((f) => f.country)]);
    const onlyAntennas = [...new Set(data.antennas.map((a) => a.country))].filter((c) => !hosts.has(c));
    await expect(page.getByTestId("only-antennas").locator("li")).toHaveCount(onlyAntennas.length);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/scale");
    await expectNoAxeViolations(page);
  });
});
