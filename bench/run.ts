// `npm run bench`: measures a production build on this machine and writes
// bench/results/latest.json and bench/results/latest.md.
//   1. page quality: Lighthouse (mobile) on one page of each type;
//   2. load: autocannon on API endpoints and pages beside a static file;
//   3. soak: 30 s at 200 connections, watching the server's memory;
//   3b. overload: 1,000 connections and abandoned requests (bench/overload.ts);
//   4. scale: the API and pages again on a synthetic dataset 100 times larger.
// Timings are measurements, not test assertions: the machines are shared and noisy.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { loadDataset } from "@/lib/seed/load";
import { seedDataset } from "@/lib/seed/run";
import { overloadMarkdown, overloadSuite, type OverloadResults } from "./overload";
import { multiply } from "./synthetic";

const root = path.resolve(__dirname, "..");
const resultsDir = path.join(root, "bench", "results");
const PORT = 3400;
const BASE = `http://127.0.0.1:${PORT}`;
const quick = process.env.BENCH_QUICK === "1";

const pages: [string, string][] = [
  ["home", "/"],
  ["map", "/map"],
  ["systems table", "/systems"],
  ["system", "/systems/jupiter"],
  ["compare", "/compare?systems=jupiter,lumi,leonardo"],
  ["factory", "/factories/jaif"],
  ["antenna", "/antennas/be-aifa"],
  ["country", "/countries/be"],
  ["timeline", "/timeline"],
  ["funding", "/funding"],
  ["sources", "/sources"],
  ["API docs", "/api"],
];

const loadTargets: [string, string][] = [
  ["static file (baseline)", "/icon.svg"],
  ["API: factories", "/api/v1/factories"],
  ["API: systems, 10 by Rmax", "/api/v1/systems?sort=rmax&order=desc&limit=10"],
  ["API: one system", "/api/v1/systems/jupiter"],
  ["API: events CSV", "/api/v1/events.csv"],
  ["page: home", "/"],
  ["page: systems", "/systems"],
  ["page: system", "/systems/jupiter"],
];

function startServer(dbUrl: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    // The production server (npm start), built by npm run build.
    [path.join(root, "dist", "server.js"), "-p", String(PORT)],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        RATE_LIMIT_PER_MINUTE: "0",
        PAGE_RATE_LIMIT_PER_MINUTE: "0",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
      },
      stdio: "ignore",
    },
  );
  return new Promise((resolve, reject) => {
    const end = Date.now() + 30_000;
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
  const r = await autocannon({ url: `${BASE}${urlPath}`, connections, duration, pipelining: 1 });
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

async function loadSuite(duration: number): Promise<Load[]> {
  const out: Load[] = [];
  for (const [name, p] of loadTargets) {
    await load(name, p, 10, 1); // warm up
    out.push(await load(name, p, 50, duration));
  }
  const baseline = out[0]?.rps ?? 1;
  return out.map((l) => ({ ...l, ratio: Math.round((l.rps / baseline) * 100) / 100 }));
}

type PageScore = {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytesKb: number;
  jsKb: number;
  failedAudits: string[];
};

/** Runs bench/lighthouse.mjs in plain Node (see there why) and reads its JSON. */
function lighthouseSuite(): Promise<PageScore[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "bench", "lighthouse.mjs"), BASE, JSON.stringify(quick ? pages.slice(0, 2) : pages)],
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

async function main() {
  const started = Date.now();
  mkdirSync(resultsDir, { recursive: true });
  const dataset = loadDataset(path.join(root, "data"));
  const dbFile = path.join(root, "prisma", "bench.db");
  const bigFile = path.join(root, "prisma", "bench-100x.db");
  await seedDataset(dataset, { url: `file:${dbFile}` });

  console.log("Page quality (Lighthouse, mobile)…");
  let server = await startServer(`file:${dbFile}`);
  const lighthouseResults = await lighthouseSuite();

  console.log("Load (autocannon, 50 connections)…");
  const loadResults = await loadSuite(quick ? 3 : 10);

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

  console.log("Scale (synthetic dataset ×100)…");
  const big = multiply(dataset, 100);
  await seedDataset(big, { url: `file:${bigFile}` });
  server = await startServer(`file:${bigFile}`);
  const scaleResults = await loadSuite(quick ? 2 : 5);
  await stop(server);
  rmSync(bigFile, { force: true });

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    durationS: Math.round((Date.now() - started) / 1000),
    lighthouse: lighthouseResults,
    load: loadResults,
    overload,
    soak: { ...soak, connections: 200, memoryMb: { start: memory[0], end: memory[memory.length - 1], max: Math.max(...memory) } },
    scale: {
      factor: 100,
      records: { factories: big.factories.length, systems: big.systems.length, events: big.events.length },
      load: scaleResults,
    },
  };
  writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, "latest.md"), markdown(results));
  console.log(markdown(results));
}

function markdown(r: {
  date: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string };
  durationS: number;
  lighthouse: PageScore[];
  load: Load[];
  soak: Load & { connections: number; memoryMb: { start?: number; end?: number; max: number } };
  overload: OverloadResults;
  scale: { factor: number; records: Record<string, number>; load: Load[] };
}): string {
  const lines = [
    `Benchmark of ${r.date.slice(0, 10)} on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GiB, Node ${r.machine.node}; took ${r.durationS} s.`,
    "",
    "| Page | Perf. | A11y | Best pr. | SEO | LCP ms | TBT ms | CLS | KB total | JS KB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...r.lighthouse.map(
      (p) =>
        `| ${p.name} (\`${p.path}\`) | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} | ${p.lcpMs} | ${p.tbtMs} | ${p.cls} | ${p.bytesKb} | ${p.jsKb} |`,
    ),
    "",
    "| Load, 50 connections | req/s | p50 ms | p99 ms | errors | non-2xx | × baseline |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...r.load.map((l) => `| ${l.name} | ${l.rps} | ${l.p50} | ${l.p99} | ${l.errors} | ${l.non2xx} | ${l.ratio} |`),
    "",
    `Soak: ${r.soak.connections} connections on \`${r.soak.path}\`: ${r.soak.rps} req/s, p99 ${r.soak.p99} ms, ${r.soak.errors} errors, ${r.soak.non2xx} non-2xx; server memory ${r.soak.memoryMb.start} MB at start, ${r.soak.memoryMb.max} MB at most, ${r.soak.memoryMb.end} MB at the end.`,
    "",
    ...overloadMarkdown(r.overload),
    `Scale: synthetic dataset ×${r.scale.factor} (${Object.entries(r.scale.records)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}).`,
    "",
    "| Load at ×100, 50 connections | req/s | p50 ms | p99 ms | errors | non-2xx | × baseline |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...r.scale.load.map((l) => `| ${l.name} | ${l.rps} | ${l.p50} | ${l.p99} | ${l.errors} | ${l.non2xx} | ${l.ratio} |`),
    "",
  ];
  return lines.join("\n");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
