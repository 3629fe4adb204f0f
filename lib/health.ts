// A cheap answer to "can the database be read?", made before /api/health runs
// its real query (lib/data/health.ts). It does not use Prisma: for SQLite it
// reads the file's 100-byte header and checks that the file is as long as the
// header says (a copy cut short, `head -c 65536 atlas.db > bad.db`, keeps a
// perfect header and fails only on the pages that are missing, so a query that
// happens to read the first pages would pass); for PostgreSQL it checks that
// the server accepts a TCP connection. Results are kept for two seconds.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { connect } from "node:net";
import { databaseTarget } from "@/lib/env";

let cached: { problem: string | null; at: number } | null = null;
const TTL_MS = 2000;

/** What is wrong with an SQLite file, or null when its header and length are sound. */
export function sqliteFileProblem(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? "the database file does not exist"
      : "the database file cannot be opened";
  }
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.toString("latin1", 0, 16) !== "SQLite format 3\u0000") return "the file is not an SQLite database";
    // Page size: 2 bytes at offset 16, where 1 means 65536.
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65_536 : raw;
    // The page count at offset 28 is valid when the change counter (24) equals the
    // version-valid-for number (92), which every SQLite since 3.7.0 keeps so.
    const pages = header.readUInt32BE(28);
    const valid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
    const size = fstatSync(fd).size;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return "the database header is damaged";
    if (size % pageSize !== 0 || (valid && size < pages * pageSize)) return "the database file is cut short or damaged";
    return null;
  } catch {
    return "the database file cannot be read";
  } finally {
    closeSync(fd);
  }
}

function tcpProblem(url: string, timeoutMs = 800): Promise<string | null> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname || "localhost", port: Number(u.port || 5432) });
    const done = (problem: string | null) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(timeoutMs, () => done("the database server did not answer"));
    socket.once("connect", () => done(null));
    socket.once("error", () => done("the database server refused the connection"));
  });
}

/** What keeps the database from being read (a sentence for health checks), or null; checked at most every two seconds. */
export async function databaseProblem(now = Date.now()): Promise<string | null> {
  if (cached && now - cached.at < TTL_MS) return cached.problem;
  const target = databaseTarget();
  const problem = target.provider === "sqlite" ? sqliteFileProblem(target.file) : await tcpProblem(target.url);
  cached = { problem, at: now };
  return problem;
}

/** Whether the database looks readable, checked at most every two seconds. */
export async function databaseReachable(now = Date.now()): Promise<boolean> {
  return (await databaseProblem(now)) === null;
}
