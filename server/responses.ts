// The answers the server gives itself, before or instead of Next.js: 400, 405,
// 414, 429, 431, 503. Each carries the security headers (set on every response
// in server/handler.ts; written out here for the raw socket answers), API ones
// CORS and RFC 9457 problem details (title: the status's reason phrase, as
// type "about:blank" requires; the specifics in detail), page ones a short HTML page.
import type { ServerResponse } from "node:http";
import { contentSecurityPolicy } from "@/lib/csp";
import { securityHeaders } from "@/lib/security-headers";
import { corsHeaders, problemTitle } from "@/lib/api/http";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, message: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · AI Factories Atlas</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1f2b;line-height:1.5}</style></head><body><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="/">Go to the atlas’s home page</a></p></body></html>`;
}

export type Answer = { status: number; title: string; detail: string; headers?: Record<string, string> };

/** The headers and body of `answer`: problem details for the API and downloads, else a short page. */
export function format(answer: Answer, api: boolean): { headers: Record<string, string>; body: string } {
  const body = api
    ? JSON.stringify({ type: "about:blank", title: problemTitle(answer.status), status: answer.status, detail: answer.detail })
    : page(answer.title, answer.detail);
  const headers: Record<string, string> = {
    ...(api ? corsHeaders : {}),
    "Content-Type": api ? "application/problem+json; charset=utf-8" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    ...answer.headers,
  };
  return { headers, body };
}

/** Sends `answer` (see `format`); HEAD gets the headers only. */
export function send(res: ServerResponse, answer: Answer, { api, head }: { api: boolean; head: boolean }): void {
  const { headers, body } = format(answer, api);
  res.statusCode = answer.status;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(head ? undefined : body);
}

export const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

export const answers = {
  methodNotAllowed: (method: string): Answer => ({
    status: 405,
    title: "Method not allowed",
    detail: `The atlas only reads: ${method.slice(0, 20)} is not accepted here. Use ${ALLOWED_METHODS}.`,
    headers: { Allow: ALLOWED_METHODS },
  }),
  tooManyRequests: (perMinute: number, wait: number, what: string): Answer => ({
    status: 429,
    title: "Too many requests",
    detail: `The atlas allows ${perMinute} ${what} requests a minute per client. Try again in ${wait} s.`,
    headers: { "Retry-After": String(wait) },
  }),
  busy: (): Answer => ({
    status: 503,
    title: "The atlas is busy",
    detail: "It is answering as many requests as it can just now. Please try again in a few seconds.",
    headers: { "Retry-After": "5" },
  }),
  databaseAway: (): Answer => ({
    status: 503,
    title: "The atlas is temporarily unavailable",
    detail: "It cannot read its data just now. Please try again in a few seconds; nothing is lost.",
    headers: { "Retry-After": "10" },
  }),
  brokenEncoding: (): Answer => ({
    status: 400,
    title: "Broken address",
    detail: "The address has a broken percent-encoding: every % must start a valid UTF-8 escape such as %C3%A9.",
  }),
  uriTooLong: (max: number): Answer => ({
    status: 414,
    title: "Address too long",
    detail: `Addresses in the atlas are at most ${max} characters long.`,
  }),
};

/** A complete raw HTTP response for a socket the HTTP parser gave up on (400, 408, 431); the connection closes after it. */
export function rawResponse(status: 400 | 408 | 414 | 431, production: boolean): string {
  const reason = { 400: "Bad Request", 408: "Request Timeout", 414: "URI Too Long", 431: "Request Header Fields Too Large" }[
    status
  ];
  const body = `${status} ${reason}\n`;
  const headers: [string, string][] = [
    ["Content-Type", "text/plain; charset=utf-8"],
    ["Content-Length", String(Buffer.byteLength(body))],
    ["Cache-Control", "no-store"],
    ["Content-Security-Policy", contentSecurityPolicy()],
    ...securityHeaders(production),
    ["Connection", "close"],
  ];
  return `HTTP/1.1 ${status} ${reason}\r\n${headers.map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n${body}`;
}
