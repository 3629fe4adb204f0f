// Starts a production server of its own (the same build as the test server,
// `node dist/server.js`) with a given environment, for tests that need a low
// rate limit, trusted proxies, a broken database or a bad environment.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { connect } from "node:net";
import path from "node:path";

export const root = path.resolve(__dirname, "..", "..");

/** A port for a server of a test's own: E2E_PORT + 90 + n, so two checkouts testing at once (each with its own E2E_PORT) do not collide. */
export const ownPort = (n: number) => Number(process.env.E2E_PORT ?? 3100) + 90 + n;

export type OwnServer = {
  base: string;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

/** Spawns the server on `port` with `env` added to this process's environment. */
export function spawnServer(port: number, env: Record<string, string>): { child: ChildProcess; server: OwnServer } {
  const child = spawn(process.execPath, [path.join(root, "dist", "server.js"), "-p", String(port)], {
    cwd: root,
    // The test server's database (SQLite, or PostgreSQL in CI's second run) unless `env` names another.
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${path.join(root, "prisma", "e2e.db")}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const server: OwnServer = {
    base: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  return { child, server };
}

/** Spawns the server and waits until it says it is ready; fails with its output if it exits first. */
export async function startServer(port: number, env: Record<string, string>): Promise<OwnServer> {
  const { server } = spawnServer(port, env);
  const ready = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (/Ready on /.test(server.output())) {
        clearInterval(check);
        resolve();
      }
    }, 50);
    void server.exited.then(() => clearInterval(check));
  });
  const outcome = await Promise.race([ready.then(() => "ready" as const), server.exited.then(() => "exited" as const)]);
  if (outcome === "exited") throw new Error(`the server exited before it was ready:\n${server.output()}`);
  return server;
}

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request as sent, without fetch's rules (any method, any header, no decompression). */
export function raw(
  base: string,
  pathname: string,
  { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(`${base}${pathname}`, { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Bytes written straight to the socket (for `GET *`, oversized headers); resolves with the status line and headers. */
export function rawSocket(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(bytes));
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (c: string) => {
      text += c;
      if (text.includes("\r\n\r\n")) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(text));
  });
}
