// A per-client token bucket for the API: `perMinute` requests a minute, in
// bursts of up to that many. In memory, so each instance limits on its own;
// behind several instances the reverse proxy should limit (see the README).

type Bucket = { tokens: number; updated: number };

export type RateLimiter = {
  /** Takes one token for `key`; null when allowed, else the seconds to wait. */
  take: (key: string, now?: number) => number | null;
};

/** A limiter allowing `perMinute` requests a minute per key; 0 allows everything. */
export function createRateLimiter(perMinute: number, maxKeys = 10_000): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const rate = perMinute / 60_000; // tokens per millisecond
  return {
    take(key, now = Date.now()) {
      if (perMinute <= 0) return null;
      const b = buckets.get(key) ?? { tokens: perMinute, updated: now };
      b.tokens = Math.min(perMinute, b.tokens + (now - b.updated) * rate);
      b.updated = now;
      if (buckets.size >= maxKeys && !buckets.has(key)) {
        // Forget the oldest client rather than grow without bound.
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      buckets.delete(key);
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return null;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
    },
  };
}
