// `npm run bench`: builds the site from a fresh database, measures it on this
// machine and writes bench/results/latest.json and bench/results/latest.md.
//   1. page quality: Lighthouse (mobile) on one page of every type, and each
//      page's first-load JavaScript (gzipped, as served);
//   2. load: autocannon at 50 connections on every page type and API endpoints,
//      beside a static file served by the same server, in one run, asking for
//      compressed bodies as browsers do;
//   3. soak: 30 s at 200 connections, watching the server's memory;
//   3b. overload: 1,000 connections and abandoned requests (bench/overload.ts);
//   4. scale: the same load on a synthetic dataset 100 times larger, built and
//      served from a build of its own (.next-bench-100x).
// Budgets are checked and listed at the end of latest.md. A Lighthouse run that
// fails is reported as a failure (and the command exits 1), never as a score of 0.
// Timings are measurements, not test assertions: the machines are shared and noisy.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { loadDataset } from "@/lib/seed/load";
import { seedDataset } from "@/lib/seed/run";
import { overloadMarkdown, overloadSuite, type OverloadResults } from "./overload";
import { firstLoadJs, type FirstLoad } from "./first-load";
import { multiply } from "./synthetic";

const root = path.resolve(__dirname, "..");
const resultsDir = path.join(root, "bench", "results");
const PORT = 3400;
const BASE = `http://127.0.0.1:${PORT}`;
const quick = process.env.BENCH_QUICK === "1";

/** One page of every type, by the name the results use. */
const pages: [string, string][] = [
  ["home", "/"],
  ["map", "/map"],
  ["systems", "/systems"],
  ["system", "/systems/jupiter"],
  ["factories", "/factories"],
  ["factory", "/factories/jaif"],
  ["antennas", "/antennas"],
  ["antenna", "/antennas/be-aifa"],
  ["countries", "/countries"],
  ["country", "/countries/be"],
  ["compare", "/compare?systems=jupiter,lumi,leonardo"],
  ["timeline", "/timeline"],
  ["funding", "/funding"],
  ["scale", "/scale"],
  ["models", "/models"],
  ["sources", "/sources"],
  ["data", "/data"],
  ["API docs", "/api"],
  ["search", "/search?q=jupiter"],
];
/** Pages whose content is the same for everyone: the throughput budget applies to them (not to search or a chosen comparison). */
const perRequest = new Set(["compare", "search"]);

const STATIC_FILE = "/icon.svg";
/** What a browser sends that changes the answer: compressed bodies accepted. */
export const BROWSER_HEADERS = { "accept-encoding": "br, gzip" };
const loadTargets: [string, string][] = [
  ["static file (baseline)", STATIC_FILE],
  ...pages.map(([name, p]): [string, string] => [`page: ${name}`, p]),
  ["API: factories", "/api/v1/factories"],
  ["API: systems, 10 by Rmax", "/api/v1/systems?sort=rmax&order=desc&limit=10"],
  ["API: one system", "/api/v1/systems/jupiter"],
  ["API: events CSV", "/api/v1/events.csv"],
];

/** Builds the site from `dbUrl` into `distDir`, and says how long it took; a failed build throws with the build's own error lines. */
function build(dbUrl: string, distDir: string): number {
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl, ATLAS_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const lines = `${r.stdout}\n${r.stderr}`.split("\n").filter((l) => /error|exceeded|failed/i.test(l));
    throw new Error(`the build failed: ${lines.slice(0, 4).join(" / ").replace(/\s+/g, " ").slice(0, 400)}`);
  }
  // The production server (dist/server.js) that serves the build.
  const server = spawnSync(process.execPath, [path.join(root, "scripts", "build-server.mjs")], { cwd: root, encoding: "utf8" });
  if (server.status !== 0) throw new Error(`bundling the server failed: ${server.stderr.slice(0, 400)}`);
  return Math.round((Date.now() - started) / 1000);
}

function startServer(dbUrl: string, distDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    // The production server (npm start), built by npm run build.
    [path.join(root, "dist", "server.js"), "-p", String(PORT)],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        ATLAS_DIST_DIR: distDir,
        RATE_LIMIT_PER_MINUTE: "0",
        PAGE_RATE_LIMIT_PER_MINUTE: "0",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
      },
      stdio: "ignore",
    },
  );
  return new Promise((resolve, reject) => {
    const end = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(`${BASE}/api/health`)).ok) return resolve(child);
      } catch {
        // not yet
      }
      if (Date.now() > end) reject(new Error("the server did not start"));
      else setTimeout(() => void poll(), 250);
    };
    void poll();
  });
}

async function stop(child: ChildProcess) {
  child.kill();
  await new Promise((r) => setTimeout(r, 500));
}

/** Resident memory of a process and its children (next start runs the server in a child), in MB. */
function rssMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      for (const c of children) visit(Number(c));
    } catch {
      // gone
    }
  };
  visit(pid);
  return Math.round(total);
}

type Load = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; ratio?: number };

async function load(name: string, urlPath: string, connections: number, duration: number): Promise<Load> {
  // Asks for compressed bodies, as every browser and CDN does: readers get the cached brotli bytes.
  const r = await autocannon({ url: `${BASE}${urlPath}`, connections, duration, pipelining: 1, headers: BROWSER_HEADERS });
  return {
    name,
    path: urlPath,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** Every target at 50 connections, one after the other, each after a short warm-up; ratios against the static file. */
async function loadSuite(duration: number): Promise<Load[]> {
  const out: Load[] = [];
  for (const [name, p] of loadTargets) {
    await load(name, p, 10, 1); // warm up
    out.push(await load(name, p, 50, duration));
    console.log(`  ${name}: ${out[out.length - 1]?.rps} req/s`);
  }
  const baseline = out[0]?.rps || 1;
  return out.map((l) => ({ ...l, ratio: Math.round((l.rps / baseline) * 100) / 100 }));
}

type PageScore = {
  name: string;
  path: string;
  /** Why Lighthouse could not measure the page; the scores are then absent, not 0. */
  error?: string;
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  bytesKb?: number;
  jsKb?: number;
  failedAudits?: string[];
  /** 2 when the first run failed and a second one was needed. */
  attempts?: number;
};

/** Runs bench/lighthouse.mjs in plain Node (see there why) and reads its JSON. */
function lighthouseSuite(): Promise<PageScore[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "bench", "lighthouse.mjs"), BASE, JSON.stringify(quick ? pages.slice(0, 3) : pages)],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("close", (code) =>
      code === 0 ? resolve(JSON.parse(out) as PageScore[]) : reject(new Error(`lighthouse exited with ${code}`)),
    );
  });
}

const SMALL = ".next-bench";
const BIG = ".next-bench-100x";

async function main() {
  const started = Date.now();
  mkdirSync(resultsDir, { recursive: true });
  const dataset = loadDataset(path.join(root, "data"));
  const dbFile = path.join(root, "prisma", "bench.db");
  const bigFile = path.join(root, "prisma", "bench-100x.db");
  await seedDataset(dataset, { url: `file:${dbFile}` });
  console.log("Build (×1)…");
  const buildS = build(`file:${dbFile}`, SMALL);

  console.log("Page quality (Lighthouse, mobile)…");
  let server = await startServer(`file:${dbFile}`, SMALL);
  const lighthouseResults = await lighthouseSuite();
  const firstLoad = await firstLoadJs(
    BASE,
    pages.map(([, p]) => p),
  );

  console.log("Load (autocannon, 50 connections)…");
  const loadResults = await loadSuite(quick ? 2 : 5);

  console.log("Soak (200 connections)…");
  const pid = server.pid ?? 0;
  const memory: number[] = [rssMb(pid)];
  const sampler = setInterval(() => memory.push(rssMb(pid)), 1000);
  const soak = await load("soak: API factories", "/api/v1/factories", 200, quick ? 5 : 30);
  clearInterval(sampler);
  memory.push(rssMb(pid));

  console.log("Overload (1,000 connections, abandoned requests)…");
  const overload = await overloadSuite(BASE, quick);
  await stop(server);

  console.log("Scale (synthetic dataset ×100): seed and build…");
  const big = multiply(dataset, 100);
  await seedDataset(big, { url: `file:${bigFile}` });
  // At ×100 the build itself may fail (it reads every page's data): that is a result, reported as such.
  let bigBuildS = 0;
  let scaleResults: Load[] = [];
  let scaleError: string | undefined;
  try {
    bigBuildS = build(`file:${bigFile}`, BIG);
    server = await startServer(`file:${bigFile}`, BIG);
    scaleResults = await loadSuite(quick ? 2 : 5);
    await stop(server);
  } catch (error) {
    scaleError = error instanceof Error ? error.message : String(error);
    console.error(`Scale ×100: ${scaleError}`);
  }
  rmSync(bigFile, { force: true });
  for (const dir of [SMALL, BIG]) rmSync(path.join(root, dir), { recursive: true, force: true });

  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    durationS: Math.round((Date.now() - started) / 1000),
    buildS,
    lighthouse: lighthouseResults,
    firstLoad,
    load: loadResults,
    overload,
    soak: { ...soak, connections: 200, memoryMb: { start: memory[0], end: memory[memory.length - 1], max: Math.max(...memory) } },
    scale: {
      factor: 100,
      records: { factories: big.factories.length, systems: big.systems.length, events: big.events.length },
      buildS: bigBuildS,
      load: scaleResults,
      ...(scaleError ? { error: scaleError } : {}),
    },
  };
  writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, "latest.md"), markdown(results));
  console.log(markdown(results));
  if (lighthouseResults.some((p) => p.error)) {
    console.error("Lighthouse could not measure every page: see latest.md.");
    process.exitCode = 1;
  }
}

type Results = {
  date: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string };
  durationS: number;
  buildS: number;
  lighthouse: PageScore[];
  firstLoad: FirstLoad[];
  load: Load[];
  soak: Load & { connections: number; memoryMb: { start?: number; end?: number; max: number } };
  overload: OverloadResults;
  scale: { factor: number; records: Record<string, number>; buildS: number; load: Load[]; error?: string };
};

/** Each budget of the README, met or missed, from the figures of this run. */
export function budgets(r: Results): { budget: string; met: boolean; detail: string }[] {
  const pageLoad = (list: Load[]) => list.filter((l) => l.name.startsWith("page: "));
  const content = pageLoad(r.load).filter((l) => !perRequest.has(l.name.slice(6)));
  const slow = content.filter((l) => (l.ratio ?? 0) < 0.8);
  const lhContent = r.lighthouse.filter((p) => p.name !== "map");
  const lhLow = lhContent.filter((p) => p.error || (p.performance ?? 0) < 95);
  const lhMap = r.lighthouse.find((p) => p.name === "map");
  const heavy = r.firstLoad.filter((f) => f.path !== "/map" && f.kb > 100);
  const bigSlow = pageLoad(r.scale.load).filter((l) => l.p99 >= 1000 || l.rps === 0 || l.errors > 0);
  const list = (items: string[]) => (items.length ? items.join(", ") : "none");
  return [
    {
      budget: "Content pages ≥ 0.8× the static file at 50 connections",
      met: slow.length === 0,
      detail: `below: ${list(slow.map((l) => `${l.name.slice(6)} ${l.ratio}×`))}`,
    },
    {
      budget: "Lighthouse mobile ≥ 95 on every content page",
      met: lhLow.length === 0,
      detail: `below or failed: ${list(lhLow.map((p) => `${p.name} ${p.error ? "failed" : p.performance}`))}`,
    },
    {
      budget: "Lighthouse mobile ≥ 85 on the map",
      met: !!lhMap && !lhMap.error && (lhMap.performance ?? 0) >= 85,
      detail: lhMap ? (lhMap.error ? "failed" : `${lhMap.performance}`) : "not measured",
    },
    {
      budget: "First-load JavaScript ≤ 100 KB compressed on every non-map page",
      met: heavy.length === 0,
      detail: heavy.length
        ? `${heavy.length} of ${r.firstLoad.length - 1} pages above, ${Math.min(...heavy.map((f) => f.kb))}–${Math.max(...heavy.map((f) => f.kb))} KB`
        : "none above",
    },
    {
      budget: "At ×100, p99 under 1 s at 50 connections for every page type, no errors",
      met: !r.scale.error && bigSlow.length === 0,
      detail: r.scale.error
        ? `not measured: ${r.scale.error}`
        : `missed: ${list(bigSlow.map((l) => `${l.name.slice(6)} p99 ${l.p99} ms, ${l.errors} errors`))}`,
    },
  ];
}

function markdown(r: Results): string {
  const loadTable = (title: string, list: Load[]) => [
    `| ${title} | req/s | p50 ms | p99 ms | errors | non-2xx | × static |`,
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...list.map((l) => `| ${l.name} | ${l.rps} | ${l.p50} | ${l.p99} | ${l.errors} | ${l.non2xx} | ${l.ratio} |`),
  ];
  const kb = new Map(r.firstLoad.map((f) => [f.path, f.kb]));
  const lines = [
    `Benchmark of ${r.date.slice(0, 10)} on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GiB, Node ${r.machine.node}; took ${r.durationS} s (build ${r.buildS} s${r.scale.buildS ? `; at ×${r.scale.factor}, ${r.scale.buildS} s` : ""}).`,
    "",
    "| Page | Perf. | A11y | Best pr. | SEO | LCP ms | TBT ms | CLS | KB total | First-load JS KB (gzip) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...r.lighthouse.map((p) =>
      p.error
        ? `| ${p.name} (\`${p.path}\`) | **failed**: ${p.error} | | | | | | | | ${kb.get(p.path) ?? ""} |`
        : `| ${p.name} (\`${p.path}\`)${p.attempts === 2 ? " (second try)" : ""} | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} | ${p.lcpMs} | ${p.tbtMs} | ${p.cls} | ${p.bytesKb} | ${kb.get(p.path) ?? ""} |`,
    ),
    "",
    ...loadTable("Load, 50 connections", r.load),
    "",
    `Soak: ${r.soak.connections} connections on \`${r.soak.path}\`: ${r.soak.rps} req/s, p99 ${r.soak.p99} ms, ${r.soak.errors} errors, ${r.soak.non2xx} non-2xx; server memory ${r.soak.memoryMb.start} MB at start, ${r.soak.memoryMb.max} MB at most, ${r.soak.memoryMb.end} MB at the end.`,
    "",
    ...overloadMarkdown(r.overload),
    `Scale: synthetic dataset ×${r.scale.factor} (${Object.entries(r.scale.records)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}).`,
    "",
    ...(r.scale.error
      ? [`At ×${r.scale.factor} nothing was measured: ${r.scale.error}`]
      : loadTable(`Load at ×${r.scale.factor}, 50 connections`, r.scale.load)),
    "",
    "| Budget | Met | Detail |",
    "| --- | --- | --- |",
    ...budgets(r).map((b) => `| ${b.budget} | ${b.met ? "yes" : "**no**"} | ${b.detail} |`),
    "",
  ];
  return lines.join("\n");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
