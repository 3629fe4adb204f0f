// The Content-Security-Policy, with hashes instead of a per-request nonce.
//
// Next.js writes a few inline scripts into every page (its bootstrap and the
// React Server Components payload). A nonce would make every page unique and
// force it to be rendered per request; instead the production server reads the
// finished HTML, hashes each inline script and lists the hashes in `script-src`
// (server/html.ts). The same bytes always give the same header, so static pages
// stay static and cacheable. No 'unsafe-inline' for scripts.
// See docs/decisions/008-hash-csp.md.
import { createHash } from "node:crypto";

/** The policy's directives but `script-src`, which depends on the page. */
const OTHER_DIRECTIVES = [
  "default-src 'self'",
  // React sets style attributes (chart sizes, the map's canvas), which CSP counts as inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // MapLibre starts its worker from a blob: URL.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The policy for a response whose inline scripts have these hashes ('sha256-…' sources). */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  const scriptSrc = ["'self'", ...scriptHashes.map((h) => `'${h}'`)].join(" ");
  return [OTHER_DIRECTIVES[0], `script-src ${scriptSrc}`, ...OTHER_DIRECTIVES.slice(1)].join("; ");
}

// An inline script: a <script> element without a src attribute. HTML ends a
// script's text at the first "</script" whatever the case, as this does; React
// escapes "<" inside the scripts it writes, so their text never contains it.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** The CSP hash sources ("sha256-<base64>") of every inline script in an HTML document, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(SCRIPT)) {
    const [, attributes = "", text = ""] = m;
    if (HAS_SRC.test(attributes) || text === "") continue;
    hashes.add(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  }
  return [...hashes];
}
