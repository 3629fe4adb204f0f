// The one place that reads process.env. Everything else imports `env`.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must be file:<path> (SQLite) or postgresql://… (PostgreSQL)",
    })
    .default("file:./prisma/atlas.db"),
  SITE_URL: z.url().default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // API requests allowed per client and minute; 0 turns the limit off (benchmarks, a proxy that limits).
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  // How long data-layer results are reused, in seconds; 0 turns the cache off.
  CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  // Trust X-Forwarded-For / X-Real-IP from a reverse proxy to tell clients apart.
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  // Where readers send corrections: an e-mail address, or a form's URL that
  // takes the prefilled fields as query parameters. Neither set: no link shown.
  CORRECTIONS_EMAIL: z.email("CORRECTIONS_EMAIL must be an e-mail address").optional(),
  CORRECTIONS_URL: z.url({ protocol: /^https?$/, error: "CORRECTIONS_URL must be an http(s) URL" }).optional(),
  // Fixes "today" (YYYY-MM-DD) for tests and demos; unset in production.
  ATLAS_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "ATLAS_TODAY must be YYYY-MM-DD")
    .optional(),
});

export type Env = z.infer<typeof schema>;

/** Parses an environment object; exported so tests can check the rules. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

export type DatabaseTarget = { provider: "sqlite"; file: string; url: string } | { provider: "postgresql"; url: string };

/** Where the database is: SQLite file paths are made absolute against the working directory. */
export function databaseTarget(url: string = env.DATABASE_URL): DatabaseTarget {
  if (url.startsWith("file:")) {
    // A path chosen at run time: not something the bundler should trace.
    const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length));
    return { provider: "sqlite", file, url: `file:${file}` };
  }
  return { provider: "postgresql", url };
}

/** Today's date (YYYY-MM-DD) when the page is served: ATLAS_TODAY if set, else the clock (UTC). */
export function today(): string {
  return env.ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
}
