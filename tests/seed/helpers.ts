// Helpers for seed tests: where data/ is, and a fingerprint of a SQLite
// database to prove it was left as it was.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export const dataDir = path.resolve(__dirname, "..", "..", "data");

export function fingerprint(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
