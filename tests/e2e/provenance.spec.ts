// Trustworthy figures as a reader meets them: the kind of every value, when a
// record was checked, the public changelog and its feed, the TOP500 standing on
// the newest list, and where to apply. Expected values come from data/ as the
// seed reads it, not from the pages' code.
import { formatPartialDate } from "../../lib/dates";
import { data, expect, expectNoAxeViolations, test } from "./fixtures";

const newestList = [...data["top500-lists"]].sort((a, b) => a.edition.localeCompare(b.edition)).at(-1);

test.describe("kinds of value", () => {
  test("every figure on a system page says what kind of value it is", async ({ page }) => {
    const system = data.systems.find((s) => Object.keys(s.figures).length >= 3) ?? data.systems[0];
    await page.goto(`/systems/${system?.slug}`);
    const figures = page.getByTestId("figures").locator("dd");
    const count = await figures.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i++) await expect(figures.nth(i).locator(".kind-badge").first()).toBeVisible();
  });

  test("a planned system's expected Rmax is marked and never ranked among measured ones", async ({ page }) => {
    const planned = data.systems.find(
      (s) => s.status !== "operational" && s.figures.rmax_pflops?.every((c) => c.kind !== "measured"),
    );
    test.skip(!planned, "no planned system with an expected Rmax in the data");
    await page.goto("/systems?sort=rmax");
    const row = page.locator(`tr[data-slug="${planned?.slug}"] td[data-col="rmax"]`);
    await expect(row.locator('[data-kind="expected"]')).toBeVisible();
    await expect(row.locator('[data-part="measured"]')).toHaveCount(0);
  });
});

test.describe("freshness", () => {
  test("entity pages say when they were checked", async ({ page }) => {
    const factory = data.factories[0];
    await page.goto(`/factories/${factory?.slug}`);
    await expect(page.locator(".checked-on")).toContainText(formatPartialDate(factory?.checked ?? ""));
  });

  test("the freshness page lists records oldest check first", async ({ page }) => {
    await page.goto("/freshness");
    const dates = await page
      .locator('[data-testid="freshness-table"] tbody time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    const withChecks =
      data.factories.length +
      data.antennas.length +
      data.systems.length +
      data.top500.length +
      data.programmes.length +
      data.events.length +
      data.projects.length +
      data["training-runs"].length +
      data.countries.length +
      data["access-tracks"].length;
    expect(dates).toHaveLength(withChecks);
    expect(dates).toEqual([...dates].sort());
    await expectNoAxeViolations(page);
  });

  test("the footer says which TOP500 lists the atlas covers", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("coverage")).toContainText(`up to ${formatPartialDate(newestList?.edition ?? "")}`);
  });
});

test.describe("the changelog", () => {
  test("lists every change newest first and names its Atom feed", async ({ page, request }) => {
    await page.goto("/changes");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      /\/changes\.atom$/,
    );
    const items = page.locator(".change-list > li");
    await expect(items).toHaveCount(data.changes.length);
    const dates = await items.locator(".change-head time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort().reverse());
    await expectNoAxeViolations(page);

    const feed = await request.get("/changes.atom");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await feed.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagName("entry").length,
        links: [...doc.querySelectorAll("entry > link")].map((l) => l.getAttribute("href") ?? ""),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe("http://www.w3.org/2005/Atom");
    expect(parsed.entries).toBe(data.changes.length);
    expect(parsed.links.every((l) => /^https?:\/\//.test(l))).toBe(true);
  });

  test("a record's page shows its own changes", async ({ page }) => {
    const change = data.changes.find((c) => ["system", "factory", "antenna"].includes(c.record.type));
    test.skip(!change, "no change to a system, factory or antenna yet");
    const base = { system: "systems", factory: "factories", antenna: "antennas" }[change?.record.type as "system"];
    await page.goto(`/${base}/${change?.record.key}`);
    await expect(page.locator("#history + .change-list, #history ~ .change-list").first()).toContainText(change?.reason ?? "");
  });
});

test.describe("TOP500 by edition", () => {
  test("a system's page says where it stands on the newest list the atlas records", async ({ page }) => {
    for (const system of data.systems.filter((s) => data.top500.some((t) => t.system === s.slug)).slice(0, 4)) {
      await page.goto(`/systems/${system.slug}`);
      const onNewest = data.top500.some((t) => t.system === system.slug && t.edition === newestList?.edition);
      const note = page.locator(".list-standing");
      await expect(note).toHaveAttribute(
        "data-standing",
        onNewest ? "ranked" : newestList?.coverage === "complete" ? "absent" : "unknown",
      );
    }
  });
});

test.describe("where to apply", () => {
  test("factory and antenna pages link to their own sites or say none was found", async ({ page }) => {
    for (const record of [data.factories[0], data.antennas[0]]) {
      if (!record) continue;
      const base = "wave" in record ? "factories" : "antennas";
      await page.goto(`/${base}/${record.slug}`);
      const section = page.locator(".apply-links").first();
      if (record.links?.website) await expect(section.locator(`a[href="${record.links.website}"]`)).toBeVisible();
      else await expect(section).toContainText("No official website found");
      if (record.links?.access) await expect(section.locator(`a[href="${record.links.access}"]`)).toBeVisible();
      else await expect(section).toContainText("No access or application page found");
    }
  });

  test("a country page lists the factories and antennas its researchers apply to", async ({ page }) => {
    await page.goto("/countries/be");
    const antenna = data.antennas.find((a) => a.country === "BE");
    const places = page.locator(".apply-places > li h3");
    await expect(places.first()).toContainText(antenna?.name ?? "");
    for (const link of antenna?.factories ?? []) {
      const factory = data.factories.find((f) => f.slug === link.factory);
      await expect(places.filter({ hasText: factory?.name ?? "" })).toHaveCount(1);
    }
    await expectNoAxeViolations(page);
  });
});
