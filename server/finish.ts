// How the server finishes a response Next.js wrote (held back by
// server/intercept.ts): the clear 503 when a 5xx came from a missing database,
// the hash-based Content-Security-Policy for HTML, and compression. Work that
// depends only on the body (hashes, compressed bytes) is kept per body digest,
// so a page served many times is hashed and compressed once.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/csp";
import type { DatabaseState } from "./database-state";
import type { Held } from "./intercept";
import { answers, format } from "./responses";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|problem\+json|geo\+json|manifest\+json|xml|rss\+xml|atom\+xml)|image\/svg\+xml)/i;
const MIN_COMPRESS_BYTES = 1024;

type Encoding = "br" | "gzip";
type Entry = { csp?: string; br?: Buffer; gzip?: Buffer; bytes: number };

/** A least-recently-used cache of per-body work, bounded in bytes. */
export function createBodyCache(maxBytes: number) {
  const entries = new Map<string, Entry>();
  let total = 0;
  return {
    get(key: string): Entry {
      let e = entries.get(key);
      if (e) entries.delete(key);
      else e = { bytes: 0 };
      entries.set(key, e);
      return e;
    },
    grew(e: Entry, bytes: number) {
      e.bytes += bytes;
      total += bytes;
      for (const [k, old] of entries) {
        if (total <= maxBytes || old === e) break;
        entries.delete(k);
        total -= old.bytes;
      }
    },
    stats: () => ({ entries: entries.size, bytes: total }),
  };
}

/** The encoding to use for an Accept-Encoding header: br, then gzip, or none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",").slice(0, 20)) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? (accepted.has("*") ? (accepted.get("*") ?? 0) : 0)) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

const headerText = (v: number | string | string[] | undefined) =>
  Array.isArray(v) ? v.join(", ") : v === undefined ? "" : String(v);

/** Whether the server should hold back this response to finish it (HTML, compressible bodies, 5xx that need a closer look). */
export function shouldHold(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === "HEAD" || res.statusCode === 204 || res.statusCode === 304) return false;
  if (res.statusCode >= 500) return true;
  if (res.hasHeader("Content-Encoding") || res.hasHeader("Content-Range") || res.statusCode === 206) return false;
  return COMPRESSIBLE.test(headerText(res.getHeader("Content-Type")));
}

export type Finisher = (
  req: IncomingMessage,
  res: ServerResponse,
  route: { api: boolean; needsDatabase: boolean },
) => (held: Held) => Promise<Held>;

/** The finishing step, with a cache of `cacheBytes` for hashes and compressed bodies. */
export function createFinisher({
  database,
  cacheBytes = 64 * 1024 * 1024,
}: {
  database: DatabaseState;
  cacheBytes?: number;
}): Finisher {
  const cache = createBodyCache(cacheBytes);

  return (req, res, route) => async (held) => {
    let { status, body } = held;

    if (status >= 500 && route.needsDatabase) {
      const health = await database.fresh(0);
      if (health.status !== 200) {
        const answer = format(answers.databaseAway(), route.api);
        for (const name of res.getHeaderNames()) {
          if (!/^(x-|content-security-policy|strict-transport|referrer-policy|permissions-policy|cross-origin)/.test(name)) {
            res.removeHeader(name);
          }
        }
        for (const [k, v] of Object.entries(answer.headers)) res.setHeader(k, v);
        status = 503;
        body = Buffer.from(answer.body);
      }
    }

    const type = headerText(res.getHeader("Content-Type"));
    const html = /^text\/html/i.test(type);
    const compressible = COMPRESSIBLE.test(type) && !res.hasHeader("Content-Encoding");
    if (!html && !compressible) return { status, body };

    const entry = cache.get(createHash("sha256").update(body).digest("base64url"));
    if (html) {
      if (entry.csp === undefined) {
        entry.csp = contentSecurityPolicy(inlineScriptHashes(body.toString("utf8")));
        cache.grew(entry, entry.csp.length);
      }
      res.setHeader("Content-Security-Policy", entry.csp);
    }

    if (!compressible || body.length < MIN_COMPRESS_BYTES) return { status, body };
    const vary = headerText(res.getHeader("Vary"));
    if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    const encoding = chooseEncoding(headerText(req.headers["accept-encoding"]));
    if (!encoding) return { status, body };
    let compressed = entry[encoding];
    if (!compressed) {
      compressed =
        encoding === "br"
          ? await brotli(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            })
          : await gzipAsync(body, { level: 6 });
      entry[encoding] = compressed;
      cache.grew(entry, compressed.length);
    }
    res.setHeader("Content-Encoding", encoding);
    // The ETag named the uncompressed bytes: weak now, as the compression middleware makes it.
    const etag = headerText(res.getHeader("ETag"));
    if (etag && !etag.startsWith("W/")) res.setHeader("ETag", `W/${etag}`);
    return { status, body: compressed };
  };
}
