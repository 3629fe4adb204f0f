// HTTP behaviour of the open-data API: RFC 9457 problem details, ETags and
// 304s, caching, CORS for GET, and HEAD.
import { createHash } from "node:crypto";
import { STATUS_CODES } from "node:http";

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link, X-Total-Count, X-Dataset-Version",
} as const;

export type ProblemError = { parameter: string; message: string; accepted?: string };

/** The RFC 9457 title for a status: with type "about:blank" it must be the status's HTTP reason phrase. */
export function problemTitle(status: number): string {
  return STATUS_CODES[status] ?? "Error";
}

/** Seconds a client should wait before retrying a 503 of the API. */
export const RETRY_AFTER_SECONDS = 10;

/** An RFC 9457 problem response; the specifics go in `detail` and `errors`. A 503 carries Retry-After. Never carries a stack trace or a path on disk. */
export function problem(status: number, detail: string, errors?: ProblemError[]): Response {
  const body = { type: "about:blank", title: problemTitle(status), status, detail, ...(errors?.length ? { errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...corsHeaders,
      "Content-Type": "application/problem+json; charset=utf-8",
      "Cache-Control": "no-store",
      ...(status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
    },
  });
}

/** A strong ETag for a body: the first 32 hex digits of its SHA-256. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("hex").slice(0, 32)}"`;
}

const matches = (header: string | null, etag: string) =>
  !!header && header.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag);

/** A cacheable GET (or HEAD) response with ETag and CORS; 304 when If-None-Match matches. */
export function cacheable(request: Request, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = {
    ...corsHeaders,
    "Content-Type": contentType,
    ETag: etag,
    "Cache-Control": "public, max-age=300, stale-while-revalidate=600",
    ...extra,
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders, "Access-Control-Max-Age": "86400" } });
}
