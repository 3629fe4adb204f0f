// A per-client token bucket: `perMinute` requests a minute, in bursts of up to
// that many. In memory, so each instance limits on its own; behind several
// instances the reverse proxy should limit too (see the README and
// docs/decisions/006-rate-limiting.md).
//
// Memory is bounded whatever clients send: at most `maxKeys` buckets (the
// least recently seen client is forgotten first) and keys cut to MAX_KEY_LENGTH.
// Keys are client addresses (lib/client-address.ts), never raw header text.

type Bucket = { tokens: number; updated: number };

/** Longer keys are cut: an IPv6 address is at most 45 characters. */
export const MAX_KEY_LENGTH = 64;

export type RateLimiter = {
  /** Takes one token for `key`; null when allowed, else the seconds to wait. */
  take: (key: string, now?: number) => number | null;
  /** How many clients it remembers (for tests and the benchmark). */
  size: () => number;
  readonly perMinute: number;
};

/** A limiter allowing `perMinute` requests a minute per key; 0 allows everything. */
export function createRateLimiter(perMinute: number, maxKeys = 10_000): RateLimiter {
  // A Map iterates in insertion order; re-inserting on every use keeps it least-recently-used first.
  const buckets = new Map<string, Bucket>();
  const rate = perMinute / 60_000; // tokens per millisecond
  return {
    perMinute,
    size: () => buckets.size,
    take(rawKey, now = Date.now()) {
      if (perMinute <= 0) return null;
      const key = rawKey.length > MAX_KEY_LENGTH ? rawKey.slice(0, MAX_KEY_LENGTH) : rawKey;
      const b = buckets.get(key) ?? { tokens: perMinute, updated: now };
      b.tokens = Math.min(perMinute, b.tokens + Math.max(0, now - b.updated) * rate);
      b.updated = now;
      buckets.delete(key);
      if (buckets.size >= maxKeys) {
        // Forget the client seen longest ago rather than grow without bound. A full bucket
        // is what a forgotten client gets back, so forgetting only ever favours the client.
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return null;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
    },
  };
}
