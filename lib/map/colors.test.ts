import { describe, expect, it } from "vitest";
import { systemRadius } from "./colors";

describe("system point size", () => {
  it("grows with the accelerator count, within bounds", () => {
    expect(systemRadius(24_000)).toBeGreaterThan(systemRadius(4_480));
    expect(systemRadius(4_480)).toBeGreaterThan(systemRadius(132));
    expect(systemRadius(10_000_000)).toBe(18);
    expect(systemRadius(0)).toBe(4);
  });
  it("gives unknown counts a visible size of their own", () => {
    expect(systemRadius(null)).toBe(6);
  });
});
