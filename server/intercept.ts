// Holds back a response Next.js writes so the server can finish it: hash the
// inline scripts of an HTML page into its Content-Security-Policy (which has to
// be sent before the body), compress it, or replace a 5xx caused by a missing
// database with the clear 503. Which responses are held back is decided when
// the first byte of the body is written, when every header is known; the rest
// stream through untouched.
//
// Next.js treats a response as sent once `res.end()` returns (it checks
// `res.finished`), while the finishing work is asynchronous (a health check,
// compression on libuv's thread pool). So `end` marks the response finished at
// once and un-marks it just before the real `end`.
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export type Held = { status: number; body: Buffer };

export type InterceptOptions = {
  /** Whether to hold this response back; called once, when its status and headers are final. */
  hold: (res: ServerResponse) => boolean;
  /** Finishes a held response; may set and remove headers on `res`. */
  finish: (held: Held) => Promise<Held>;
  /** Larger bodies are let through as they are, with a warning. */
  maxBytes: number;
  onOversize?: () => void;
};

type Callback = (error?: Error | null) => void;
type Chunk = string | Uint8Array;

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === "string"
    ? Buffer.from(chunk, encoding ?? "utf8")
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** Installs the hold-back on `res`; call before handing `res` to Next.js. */
export function intercept(res: ServerResponse, options: InterceptOptions): void {
  // The prototype's methods, restored by deleting the instance's own.
  const proto = {
    write: res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, cb?: Callback) => boolean,
    end: res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, cb?: () => void) => ServerResponse,
  };
  let mode: "undecided" | "hold" | "pass" = "undecided";
  let chunks: Buffer[] = [];
  let size = 0;
  const patched = res as unknown as Record<string, unknown>;

  const restore = () => {
    for (const m of ["writeHead", "write", "end", "flushHeaders"]) delete patched[m];
  };

  const decide = () => {
    if (mode !== "undecided") return;
    mode = options.hold(res) ? "hold" : "pass";
    if (mode === "pass") restore();
  };

  // Let go of what is held and stream the rest (a body larger than maxBytes).
  const spill = () => {
    mode = "pass";
    restore();
    options.onOversize?.();
    res.removeHeader("Content-Length");
    for (const c of chunks) proto.write(c);
    chunks = [];
  };

  patched.writeHead = (
    status: number,
    reasonOrHeaders?: string | OutgoingHttpHeaders | unknown[],
    maybeHeaders?: OutgoingHttpHeaders | unknown[],
  ) => {
    res.statusCode = status;
    let headers = maybeHeaders;
    if (typeof reasonOrHeaders === "string") res.statusMessage = reasonOrHeaders;
    else headers = reasonOrHeaders;
    if (Array.isArray(headers)) {
      // [[name, value], …] or the flat raw form [name, value, name, value, …]
      const pairs = Array.isArray(headers[0]) ? (headers as [string, string][]) : [];
      if (!pairs.length) for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([String(headers[i]), String(headers[i + 1])]);
      for (const [k, v] of pairs) res.setHeader(k, v);
    } else if (headers) {
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    }
    return res;
  };

  // Headers go out with the body once it is finished.
  patched.flushHeaders = () => undefined;

  patched.write = (chunk: Chunk, encodingOrCb?: BufferEncoding | Callback, cb?: Callback): boolean => {
    decide();
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const callback = typeof encodingOrCb === "function" ? encodingOrCb : cb;
    if (mode === "pass") return proto.write(chunk, encoding, callback);
    const b = toBuffer(chunk, encoding);
    chunks.push(b);
    size += b.length;
    if (size > options.maxBytes) spill();
    if (callback) process.nextTick(callback);
    return true;
  };

  patched.end = (
    chunkOrCb?: Chunk | (() => void),
    encodingOrCb?: BufferEncoding | (() => void),
    cb?: () => void,
  ): ServerResponse => {
    const chunk = typeof chunkOrCb === "function" ? undefined : chunkOrCb;
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const callback = [chunkOrCb, encodingOrCb, cb].find((x): x is () => void => typeof x === "function");
    decide();
    if (mode === "pass") return proto.end(chunk, encoding, callback);
    if (chunk !== undefined) chunks.push(toBuffer(chunk, encoding));
    const held: Held = { status: res.statusCode, body: Buffer.concat(chunks) };
    chunks = [];
    const sent = res as unknown as { finished: boolean };
    sent.finished = true;
    const release = (out: Held) => {
      sent.finished = false;
      restore();
      if (res.destroyed) return; // the client left; nothing to send
      res.statusCode = out.status;
      res.removeHeader("Transfer-Encoding");
      res.setHeader("Content-Length", out.body.length);
      proto.end(out.body, undefined, callback);
    };
    options.finish(held).then(release, (error: unknown) => {
      console.error("Could not finish a response; sending it as Next.js wrote it", error);
      release(held);
    });
    return res;
  };
}
