// MapLibre GL 6 runs its rendering worker from a separate file, which it looks
// for beside its own module; a bundler moves the module, so the atlas serves
// the worker itself from public/vendor/ and points MapLibre at it
// (components/map/atlas-map.tsx). Run at install and before build.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = path.join(root, "node_modules", "maplibre-gl");
const { version } = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8"));
const target = path.join(root, "public", "vendor");
mkdirSync(target, { recursive: true });
copyFileSync(path.join(pkg, "dist", "maplibre-gl-worker.mjs"), path.join(target, "maplibre-gl-worker.mjs"));
console.log(`Copied the MapLibre GL ${version} worker to public/vendor/.`);
