import "server-only";
// In-process caching of data-layer results. The database is read-only at run
// time and changes only when it is re-seeded, so a result may be reused for a
// short while: every page and API response then costs no query at all.
// CACHE_SECONDS (default 60; 0 turns caching off) bounds how stale a result can be
// after a re-seed.
import { env } from "@/lib/env";

type Entry = { at: number; value: Promise<unknown> };
const store = new Map<string, Entry>();
const MAX_ENTRIES = 2000;

/** Wraps an async data function so calls with the same arguments share one result for CACHE_SECONDS. */
export function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => {
    const ttl = env.CACHE_SECONDS * 1000;
    if (ttl <= 0) return fn(...args);
    const key = `${name}:${JSON.stringify(args)}`;
    const now = Date.now();
    const hit = store.get(key);
    if (hit && now - hit.at < ttl) return hit.value as Promise<R>;
    const value = fn(...args);
    store.set(key, { at: now, value });
    // A failed query is not remembered: the next call tries again.
    value.catch(() => {
      if (store.get(key)?.value === value) store.delete(key);
    });
    if (store.size > MAX_ENTRIES) {
      const oldest = store.keys().next().value;
      if (oldest !== undefined) store.delete(oldest);
    }
    return value;
  };
}
