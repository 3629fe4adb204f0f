// Lighthouse (mobile configuration) on the given pages, printing JSON results.
// Plain JavaScript on purpose: Lighthouse sends functions to the browser as
// source text, which a TypeScript loader's helpers would break.
//   node bench/lighthouse.mjs http://127.0.0.1:3400 '[["home","/"],…]'
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [base, pagesJson] = process.argv.slice(2);
const pages = JSON.parse(pagesJson ?? "[]");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
const out = [];
try {
  for (const [name, path] of pages) {
    // A run that cannot measure the page is a failure with its reason, never a
    // score of 0. Lighthouse asks for a second try on some trace errors
    // (NO_NAVSTART, NO_FCP…): one retry, and the result says it was needed.
    let lhr;
    let reason = "";
    let attempts = 0;
    while (attempts < 2) {
      attempts += 1;
      try {
        const result = await lighthouse(`${base}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        lhr = result?.lhr;
        const unscored = lhr
          ? Object.values(lhr.categories)
              .filter((c) => c.score === null)
              .map((c) => c.id)
          : [];
        reason = !lhr
          ? "no result"
          : lhr.runtimeError
            ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
            : unscored.length
              ? `no score for ${unscored.join(", ")}`
              : "";
      } catch (error) {
        lhr = undefined;
        reason = String(error?.message ?? error);
      }
      if (!reason) break;
      console.error(`  lighthouse ${name}: attempt ${attempts} failed (${reason})`);
    }
    if (reason) {
      out.push({ name, path, error: reason.slice(0, 200), attempts });
      console.error(`  lighthouse ${name}: FAILED`);
      continue;
    }
    const audit = (id) => lhr.audits[id]?.numericValue ?? 0;
    const requests = lhr.audits["network-requests"]?.details?.items ?? [];
    const js = requests.filter((r) => r.resourceType === "Script").reduce((s, r) => s + (r.transferSize ?? 0), 0);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failed = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ["accessibility", "best-practices", "seo"].some((c) =>
            lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
          ),
      )
      .map((a) => a.id);
    out.push({
      name,
      path,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
      bytesKb: Math.round(audit("total-byte-weight") / 1024),
      jsKb: Math.round(js / 1024),
      failedAudits: failed,
      attempts,
    });
    console.error(`  lighthouse ${name}: performance ${score("performance")}, accessibility ${score("accessibility")}`);
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(out));
