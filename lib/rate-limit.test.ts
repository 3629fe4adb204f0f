import { describe, expect, it } from "vitest";
import { createRateLimiter, MAX_KEY_LENGTH } from "./rate-limit";

describe("rate limiter", () => {
  it("allows a burst up to the limit, then asks to wait, then refills over time", () => {
    const limit = createRateLimiter(3);
    const t = 1_000_000;
    expect([limit.take("a", t), limit.take("a", t), limit.take("a", t)]).toEqual([null, null, null]);
    expect(limit.take("a", t)).toBe(20); // one token comes back every 20 s at 3 a minute
    expect(limit.take("b", t)).toBeNull(); // clients are counted apart
    expect(limit.take("a", t + 20_000)).toBeNull();
  });

  it("is off at 0", () => {
    const limit = createRateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limit.take("a")).toBeNull();
  });

  it("keeps at most maxKeys clients, forgetting the one seen longest ago", () => {
    const limit = createRateLimiter(1, 2);
    limit.take("a", 0);
    limit.take("b", 0);
    limit.take("a", 0); // "a" is now the most recent (and refused)
    limit.take("c", 0); // forgets "b", not "a"
    expect(limit.size()).toBe(2);
    expect(limit.take("a", 0)).not.toBeNull();
    expect(limit.take("b", 0)).toBeNull();
  });

  it("bounds memory whatever the keys: 100,000 long keys leave at most maxKeys short ones", () => {
    const limit = createRateLimiter(10, 1000);
    for (let i = 0; i < 100_000; i++) limit.take(`${i}:${"x".repeat(5000)}`, 0);
    expect(limit.size()).toBe(1000);
  });

  it("cuts keys to MAX_KEY_LENGTH, so padding a key does not make a new client", () => {
    const limit = createRateLimiter(1);
    const base = "k".repeat(MAX_KEY_LENGTH);
    expect(limit.take(`${base}a`, 0)).toBeNull();
    expect(limit.take(`${base}b`, 0)).not.toBeNull();
  });
});
