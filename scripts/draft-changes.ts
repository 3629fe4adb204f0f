// `npm run data:changes [-- --base REF] [-- --check]`: compares data/ with the
// version at REF (default HEAD) and drafts a data/changes.yaml entry for every
// change of fact that no entry records yet. Drafts have an empty reason, which
// the seed refuses, so an entry cannot be published without one. With --check
// it only reports the unrecorded changes and exits 1 when there are any.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { diffData, tracked, uncovered, type RawDataset } from "@/lib/seed/diff";

const args = process.argv.slice(2);
const baseAt = args.indexOf("--base");
const base = baseAt >= 0 ? args[baseAt + 1] : "HEAD";
const check = args.includes("--check");
if (!base || base.startsWith("-")) {
  console.error("--base needs a git revision, e.g. --base origin/main");
  process.exit(2);
}

const dataDir = path.resolve("data");

function readAt(rev: string, file: string): unknown {
  try {
    return parse(execFileSync("git", ["show", `${rev}:data/${file}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  } catch {
    return []; // the file did not exist at that revision
  }
}

const before: RawDataset = {};
const after: RawDataset = {};
for (const name of Object.keys(tracked)) {
  before[name] = readAt(base, `${name}.yaml`);
  after[name] = parse(readFileSync(path.join(dataDir, `${name}.yaml`), "utf8"));
}
const entries = (parse(readFileSync(path.join(dataDir, "changes.yaml"), "utf8")) ?? []) as {
  record: { type: string; key: string };
  field?: string;
}[];
const missing = uncovered(diffData(before, after), entries);

if (check) {
  for (const d of missing)
    console.error(`unrecorded: ${d.type} ${d.key}, ${d.field}: ${d.from ?? "(none)"} → ${d.to ?? "(none)"}`);
  console.error(
    missing.length ? `${missing.length} change(s) since ${base} have no entry in data/changes.yaml` : "every change is recorded",
  );
  process.exit(missing.length ? 1 : 0);
}

const today = new Date().toISOString().slice(0, 10);
const drafts = missing.map((d) => ({
  id: `${today}-${d.key.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}-${d.field.replace(/^figures\./, "").replace(/[^a-z0-9]+/gi, "-")}`.replace(
    /-+$/,
    "",
  ),
  date: today,
  record: { type: d.type, key: d.key },
  ...(d.field === "record" ? {} : { field: d.field }),
  ...(d.from !== null ? { from: d.from } : {}),
  ...(d.to !== null ? { to: d.to } : {}),
  reason: "",
  sources: d.source ? [d.source] : [],
}));
process.stdout.write(drafts.length ? stringify(drafts) : `# every change since ${base} is recorded\n`);
