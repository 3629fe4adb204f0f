// The one place that reads process.env. Everything else imports `env`.
//
// A bad value stops the program where it is read (the production server checks
// at start-up, before it listens; see server/main.ts), with a message that names
// the variable and what it accepts. An empty value counts as unset: `SITE_URL=`
// in a service file falls back to the default instead of failing.
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/** Whole numbers from `min` to `max`, with a message that says so. */
const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number from ${min} to ${max}` })
    .int({ error: `${name} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${name} must be a whole number from ${min} to ${max}` })
    .max(max, { error: `${name} must be a whole number from ${min} to ${max}` });

/** One address or CIDR block (203.0.113.7, 10.0.0.0/8, ::1, fd00::/8). */
export function isAddressOrCidr(entry: string): boolean {
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must be file:<path> (SQLite) or postgresql://… (PostgreSQL)",
    })
    .default("file:./prisma/atlas.db"),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http:// or https:// address" })
    .transform((v) => v.replace(/\/+$/, ""))
    .default("http://localhost:3000"),
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test" })
    .default("development"),
  // API requests allowed per client and minute; 0 turns the limit off (benchmarks, a proxy that limits).
  RATE_LIMIT_PER_MINUTE: wholeNumber("RATE_LIMIT_PER_MINUTE", 0, 1_000_000).default(600),
  // Page and download requests allowed per client and minute: far above what a person reading
  // ever asks for (link prefetches included), low enough that one client cannot take the server.
  PAGE_RATE_LIMIT_PER_MINUTE: wholeNumber("PAGE_RATE_LIMIT_PER_MINUTE", 0, 1_000_000).default(1200),
  // How long data-layer results are reused, in seconds; 0 turns the cache off.
  CACHE_SECONDS: wholeNumber("CACHE_SECONDS", 0, 86_400).default(60),
  // Requests the server works on at once beyond static files, and how many may wait for a
  // turn; past both it answers 503 at once (see docs/decisions/007-caching-and-shedding.md).
  MAX_CONCURRENT_REQUESTS: wholeNumber("MAX_CONCURRENT_REQUESTS", 1, 10_000).default(16),
  MAX_QUEUED_REQUESTS: wholeNumber("MAX_QUEUED_REQUESTS", 0, 100_000).default(64),
  // Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR blocks, comma-separated.
  TRUSTED_PROXIES: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every(isAddressOrCidr), {
      error: "TRUSTED_PROXIES must be IP addresses or CIDR blocks separated by commas, e.g. 127.0.0.1,10.0.0.0/8",
    })
    .default([]),
  // Where readers send corrections: an e-mail address, or a form's URL that
  // takes the prefilled fields as query parameters. Neither set: no link shown.
  CORRECTIONS_EMAIL: z.email("CORRECTIONS_EMAIL must be an e-mail address").optional(),
  CORRECTIONS_URL: z.url({ protocol: /^https?$/, error: "CORRECTIONS_URL must be an http(s) URL" }).optional(),
  // The folder of the production build, beside package.json (npm run publish:data and the
  // benchmark build into folders of their own). A plain folder name: no path separators.
  ATLAS_DIST_DIR: z
    .string()
    .regex(/^\.?[A-Za-z0-9][A-Za-z0-9._-]*$/, {
      error: "ATLAS_DIST_DIR must be a folder name beside package.json, such as .next or .next-publish",
    })
    .default(".next"),
  // Deprecated: TRUST_PROXY=1 means TRUSTED_PROXIES=127.0.0.1,::1 (a proxy on the same machine).
  TRUST_PROXY: z.enum(["0", "1"], { error: "TRUST_PROXY must be 0 or 1 (deprecated: use TRUSTED_PROXIES)" }).default("0"),
  // Fixes "today" (YYYY-MM-DD) for tests and demos; unset in production.
  ATLAS_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "ATLAS_TODAY must be a date YYYY-MM-DD")
    .optional(),
});

export type Env = z.infer<typeof schema>;

/** The variables this module reads, without empty values (which count as unset). */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== "") out[key] = value;
  }
  return out;
}

/** Parses an environment object; throws one message naming every bad variable and what it accepts. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(withoutEmpty(source));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const given = source[name];
      return `- ${issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`}${given === undefined ? "" : ` (it is "${given.slice(0, 80)}")`}`;
    });
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/** What the operator should hear about at start-up: deprecated or risky settings that still work. */
export function environmentWarnings(e: Env = env): string[] {
  const warnings: string[] = [];
  if (e.TRUST_PROXY === "1") {
    warnings.push(
      "TRUST_PROXY=1 is deprecated: it now means TRUSTED_PROXIES=127.0.0.1,::1. Set TRUSTED_PROXIES to your proxies' addresses instead.",
    );
  }
  if (e.NODE_ENV === "production") {
    const host = new URL(e.SITE_URL).hostname;
    if (host === "localhost" || host === "127.0.0.1" || host === "[::1]") {
      warnings.push(
        `SITE_URL is ${e.SITE_URL}: links in feeds, downloads, the sitemap and the API will point there. Set SITE_URL to the public address, e.g. https://atlas.example.org.`,
      );
    }
  }
  return warnings;
}

/** The reverse proxies to believe, TRUST_PROXY=1 included. */
export function trustedProxies(e: Env = env): string[] {
  return e.TRUST_PROXY === "1" ? [...new Set([...e.TRUSTED_PROXIES, "127.0.0.1", "::1"])] : e.TRUSTED_PROXIES;
}

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
