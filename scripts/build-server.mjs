// Bundles the production server (server/main.ts and the lib/ modules it uses)
// into dist/server.js, which `npm start` runs with plain node: no TypeScript
// loader at run time. Packages from node_modules stay outside the bundle and
// are required at run time (Next.js, zod).
import { build } from "esbuild";

await build({
  entryPoints: ["server/main.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
  tsconfig: "tsconfig.json",
});
