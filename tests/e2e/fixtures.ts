// Shared browser-test helpers: the dataset as the seed read it (the expected
// values), an axe check, and a guard that fails a test on any request that
// leaves the test server.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { loadDataset } from "../../lib/seed/load";

export const data = loadDataset(path.resolve(__dirname, "..", "..", "data"));

/** The date the server was told is today (see playwright.config.ts). */
export const TODAY = process.env.E2E_TODAY ?? new Date().toISOString().slice(0, 10);

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const test = base.extend<{ offsite: string[]; pageErrors: string[]; cspViolations: string[] }>({
  // Every test fails when the Content-Security-Policy blocks something, so every page the
  // tests open is shown to run under the hash-based policy (lib/csp.ts). A blocked eval is
  // not counted: zod probes whether `Function("")` is allowed and works without it.
  cspViolations: [
    async ({ page }, provide) => {
      const violations: string[] = [];
      await page.exposeFunction("__reportCspViolation", (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          if (e.blockedURI === "eval") return;
          const report = (window as unknown as { __reportCspViolation: (v: string) => Promise<void> }).__reportCspViolation;
          void report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      await provide(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  // Every test fails on an uncaught error in the page, hydration mismatches included.
  pageErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await provide(errors);
      expect(errors, "errors thrown in the page").toEqual([]);
    },
    { auto: true },
  ],
  offsite: async ({ page, baseURL }, provide) => {
    const origin = new URL(baseURL ?? "http://127.0.0.1").host;
    const offsite: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.protocol.startsWith("http") && url.host !== origin) offsite.push(req.url());
    });
    await provide(offsite);
    expect(offsite, "requests that left the test server").toEqual([]);
  },
});

export { expect };
