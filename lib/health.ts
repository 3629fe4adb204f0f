// A cheap answer to "can the database be reached?", for the proxy to answer 503
// before a page or API call would fail. It does not use Prisma: it checks that a
// SQLite file exists and is an SQLite database, or that PostgreSQL accepts a TCP
// connection. Results are kept for two seconds.
import { closeSync, openSync, readSync } from "node:fs";
import { connect } from "node:net";
import { databaseTarget } from "@/lib/env";

let cached: { ok: boolean; at: number } | null = null;
const TTL_MS = 2000;

function sqliteReadable(file: string): boolean {
  try {
    const fd = openSync(file, "r");
    try {
      const header = Buffer.alloc(16);
      readSync(fd, header, 0, 16, 0);
      return header.toString("latin1") === "SQLite format 3\u0000";
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function tcpReachable(url: string, timeoutMs = 800): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname || "localhost", port: Number(u.port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** Whether the database looks reachable, checked at most every two seconds. */
export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (cached && now - cached.at < TTL_MS) return cached.ok;
  const target = databaseTarget();
  const ok = target.provider === "sqlite" ? sqliteReadable(target.file) : await tcpReachable(target.url);
  cached = { ok, at: now };
  return ok;
}
