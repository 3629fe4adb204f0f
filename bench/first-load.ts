// First-load JavaScript of a page: every script the HTML names (src), fetched
// from the running server and gzipped, summed. This is what a first visit
// downloads before the page is interactive, compressed as `next start` sends
// it. Also runnable alone: `tsx bench/first-load.ts http://127.0.0.1:3000 / /map`.
import { gzipSync } from "node:zlib";

export type FirstLoad = { path: string; scripts: number; kb: number };

/** Sums the gzipped size of the scripts each page's HTML loads. */
export async function firstLoadJs(base: string, paths: string[]): Promise<FirstLoad[]> {
  const sizes = new Map<string, number>();
  const out: FirstLoad[] = [];
  for (const path of paths) {
    const html = await (await fetch(`${base}${path}`)).text();
    // Scripts marked noModule (the legacy polyfills) are skipped by every current browser.
    const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
    const srcs = [...new Set(tags.map((m) => m[1]!))];
    let total = 0;
    for (const src of srcs) {
      if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length);
      total += sizes.get(src)!;
    }
    out.push({ path, scripts: srcs.length, kb: Math.round((total / 1024) * 10) / 10 });
  }
  return out;
}

if (process.argv[1]?.endsWith("first-load.ts")) {
  const [base = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
  void firstLoadJs(base, paths.length ? paths : ["/"]).then((r) => console.table(r));
}
