// Overload runs for `npm run bench` (issue 14): what the server does past its
// capacity, rather than how fast it is within it.
//   1. 1,000 connections for a while on a page, the API and a static file, with a
//      health check polled throughout: how many were answered, how many shed
//      (503), errors and timeouts counted, and how long health took to answer;
//   2. abandoned requests: 1,000 requests for a page rendered per request, each
//      given up after one second, then how soon health and a page answer again.
// Measurements, not assertions.
import autocannon from "autocannon";

export type Overload = {
  name: string;
  path: string;
  connections: number;
  durationS: number;
  ok: number;
  shed: number;
  otherNon2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  health: HealthDuringLoad;
};

export type HealthDuringLoad = { checks: number; failed: number; p50Ms: number; maxMs: number };

export type Abandoned = {
  path: string;
  requests: number;
  abortAfterMs: number;
  answeredBeforeAbort: number;
  healthAfterMs: number;
  pageAfterMs: number;
};

export type OverloadResults = { thousand: Overload[]; abandoned: Abandoned };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls health every 250 ms until `stop()` resolves; each check may take up to 10 s. */
function pollHealth(base: string) {
  const times: number[] = [];
  let failed = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = Date.now();
      try {
        const r = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) });
        await r.arrayBuffer();
        if (r.status !== 200) failed++;
      } catch {
        failed++;
      }
      times.push(Date.now() - t);
      await sleep(250);
    }
  })();
  return async (): Promise<HealthDuringLoad> => {
    running = false;
    await loop;
    const sorted = [...times].sort((a, b) => a - b);
    return {
      checks: times.length,
      failed,
      p50Ms: sorted[Math.floor(sorted.length / 2)] ?? 0,
      maxMs: sorted[sorted.length - 1] ?? 0,
    };
  };
}

async function thousand(base: string, name: string, path: string, durationS: number): Promise<Overload> {
  const stopPolling = pollHealth(base);
  const r = await autocannon({
    url: `${base}${path}`,
    connections: 1000,
    duration: durationS,
    pipelining: 1,
    timeout: 10,
    headers: { "accept-encoding": "br, gzip" },
  });
  const health = await stopPolling();
  const statuses = (r as unknown as { statusCodeStats: Record<string, { count: number } | undefined> }).statusCodeStats;
  const shed = statuses["503"]?.count ?? 0;
  return {
    name,
    path,
    connections: 1000,
    durationS,
    ok: r["2xx"],
    shed,
    otherNon2xx: r.non2xx - shed,
    errors: r.errors - r.timeouts,
    timeouts: r.timeouts,
    p50: r.latency.p50,
    p99: r.latency.p99,
    health,
  };
}

/** Milliseconds from now until `url` answers 200 (each try may take 10 s; gives up after 60 s). */
async function timeUntilOk(url: string): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < 60_000) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await r.arrayBuffer();
      if (r.status === 200) return Date.now() - start;
    } catch {
      // still busy
    }
    await sleep(100);
  }
  return -1;
}

async function abandoned(base: string, path: string, requests: number, abortAfterMs: number): Promise<Abandoned> {
  let answered = 0;
  const all = Array.from({ length: requests }, (_, i) =>
    // A different search each time, so no cache anywhere can answer for the server.
    fetch(`${base}${path}?q=lumi+${i}`, { signal: AbortSignal.timeout(abortAfterMs) })
      .then(async (r) => {
        await r.arrayBuffer();
        answered++;
      })
      .catch(() => undefined),
  );
  await Promise.all(all);
  const [healthAfterMs, pageAfterMs] = await Promise.all([timeUntilOk(`${base}/api/health`), timeUntilOk(`${base}${path}`)]);
  return { path, requests, abortAfterMs, answeredBeforeAbort: answered, healthAfterMs, pageAfterMs };
}

/** The overload runs against a server at `base` (limits off). */
export async function overloadSuite(base: string, quick: boolean): Promise<OverloadResults> {
  const duration = quick ? 3 : 10;
  const out: Overload[] = [];
  for (const [name, path] of [
    ["static file", "/icon.svg"],
    ["page: home", "/"],
    ["page: systems", "/systems"],
    ["API: factories", "/api/v1/factories"],
  ] as const) {
    out.push(await thousand(base, name, path, duration));
    await timeUntilOk(`${base}/api/health`); // let it settle before the next run
  }
  return { thousand: out, abandoned: await abandoned(base, "/search", quick ? 200 : 1000, 1000) };
}

/** The overload runs as Markdown for latest.md. */
export function overloadMarkdown(r: OverloadResults): string[] {
  const a = r.abandoned;
  return [
    "| 1,000 connections | answered 2xx | shed (503) | other non-2xx | errors | timeouts | p50 ms | p99 ms | health checks failed | health p50 / max ms |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...r.thousand.map(
      (o) =>
        `| ${o.name} (\`${o.path}\`, ${o.durationS} s) | ${o.ok} | ${o.shed} | ${o.otherNon2xx} | ${o.errors} | ${o.timeouts} | ${o.p50} | ${o.p99} | ${o.health.failed} of ${o.health.checks} | ${o.health.p50Ms} / ${o.health.maxMs} |`,
    ),
    "",
    `Abandoned requests: ${a.requests} requests for \`${a.path}?…\` (each a different search, rendered per request), each given up after ${a.abortAfterMs} ms; ${a.answeredBeforeAbort} were answered before that. Health answered ${a.healthAfterMs} ms and the page ${a.pageAfterMs} ms after the last was given up (-1: not within 60 s).`,
    "",
  ];
}
