// `npm run publish:data`: puts a new dataset in front of readers. The pages are
// built from the database, so publishing is: check the data, seed, build, then
// restart the servers one at a time, each back and healthy before the next.
//
//   npm run publish:data                                   # one server: prints the restart step
//   npm run publish:data -- --restart "systemctl restart atlas"
//   DATABASE_URL=postgresql://…/atlas_2026_12 npm run publish:data -- \
//     --restart "systemctl restart atlas@3001" --health http://10.0.0.1:3001/api/health \
//     --restart "systemctl restart atlas@3002" --health http://10.0.0.2:3002/api/health
//   --skip-seed   the database is already seeded (for example by another host)
//
// The build goes to .next-publish and replaces .next only when it succeeded, so a
// failed build leaves the running site as it was; the previous build is kept in
// .next-previous for a quick rollback (swap it back and restart). No route of the
// site writes anything: publishing needs shell access to the host.
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const restarts = [];
let skipSeed = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--restart") restarts.push({ command: args[++i], health: undefined });
  else if (a === "--health" && restarts.length) restarts[restarts.length - 1].health = args[++i];
  else if (a === "--skip-seed") skipSeed = true;
  else {
    console.error(`Unknown argument: ${a}`);
    process.exit(2);
  }
}

const run = (title, command, commandArgs, env = {}) => {
  console.log(`\n=== ${title} ===`);
  execFileSync(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
};

async function healthy(url, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

run("Check the data files", "npm", ["run", "db:validate"]);
if (!skipSeed) run("Seed the database", "npm", ["run", "db:seed"]);

const next = path.join(root, ".next");
const fresh = path.join(root, ".next-publish");
const previous = path.join(root, ".next-previous");
rmSync(fresh, { recursive: true, force: true });
run("Build the pages from the database", "npm", ["run", "build"], { ATLAS_DIST_DIR: ".next-publish" });

console.log("\n=== Put the new build in place ===");
rmSync(previous, { recursive: true, force: true });
if (existsSync(next)) renameSync(next, previous);
renameSync(fresh, next);
console.log("New build in .next; the previous one is in .next-previous.");

if (!restarts.length) {
  console.log("\nNow restart the server (for example `npm run start`, or your service manager) to serve the new pages.");
  process.exit(0);
}
for (const [i, r] of restarts.entries()) {
  run(`Restart ${i + 1} of ${restarts.length}`, "sh", ["-c", r.command]);
  if (r.health) {
    process.stdout.write(`Waiting for ${r.health} … `);
    if (!(await healthy(r.health))) {
      console.error(`\nNot healthy in two minutes: stopping here, the other instances still serve the previous build.`);
      process.exit(1);
    }
    console.log("healthy.");
  }
}
console.log("\nPublished.");
