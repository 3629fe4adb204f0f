import { describe, expect, it } from "vitest";
import { findInChunks } from "./chunks";

describe("findInChunks", () => {
  it("sends no slice longer than the limit, each key once, and returns every row", async () => {
    const keys = Array.from({ length: 1203 }, (_, i) => `k${i}`);
    const seen: number[] = [];
    const rows = await findInChunks(
      [...keys, "k0", "k5"],
      async (slice) => {
        seen.push(slice.length);
        return slice.map((k) => ({ k }));
      },
      500,
    );
    expect(seen).toEqual([500, 500, 203]);
    expect(rows.map((r) => r.k)).toEqual(keys);
  });
  it("makes one query for a short list, also an empty one", async () => {
    let calls = 0;
    await findInChunks([], async () => {
      calls++;
      return [];
    });
    expect(calls).toBe(1);
  });
});
