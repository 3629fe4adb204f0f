import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

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
  it("keeps memory bounded", () => {
    const limit = createRateLimiter(1, 2);
    limit.take("a", 0);
    limit.take("b", 0);
    limit.take("c", 0); // forgets "a"
    expect(limit.take("a", 0)).toBeNull();
  });
});
