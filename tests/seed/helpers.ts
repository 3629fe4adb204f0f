// Helpers for seed tests: a copy of data/ to break, and a fingerprint of a
// SQLite database to prove it was left as it was.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const dataDir = path.resolve(__dirname, "..", "..", "data");

/** A fresh temporary directory holding a copy of data/. */
export function copyData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-data-"));
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}

/** Replaces the first occurrence of `from` in one data file; fails loudly if it is not there. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const p = path.join(dir, file);
  const text = readFileSync(p, "utf8");
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not found in ${file}`);
  writeFileSync(p, text.replace(from, to));
}

export function fingerprint(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
