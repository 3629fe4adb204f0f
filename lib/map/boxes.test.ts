import { describe, expect, it } from "vitest";
import { overlaps } from "./boxes";

describe("overlaps", () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it("finds boxes that share area and not ones that only touch", () => {
    expect(overlaps(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 10, width: 10, height: 10 })).toBe(false);
  });
  it("keeps a gap between boxes side by side", () => {
    expect(overlaps(a, { x: 13, y: 0, width: 10, height: 10 }, 4)).toBe(true);
    expect(overlaps(a, { x: 15, y: 0, width: 10, height: 10 }, 4)).toBe(false);
  });
});
