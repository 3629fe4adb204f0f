import { describe, expect, it } from "vitest";
import { describeShare, shareOfTarget } from "./compare";

describe("share of the AI Gigafactory target", () => {
  it("reproduces the essay's ratios from the accelerator counts", () => {
    expect(describeShare(24_000, 100_000)).toBe("about 1/4 (24%)");
    expect(describeShare(4_480, 100_000)).toBe("about 1/22 (4%)");
    expect(describeShare(13_824, 100_000)).toBe("about 1/7 (14%)");
    expect(describeShare(10_240, 100_000)).toBe("about 1/10 (10%)");
  });
  it("handles small, zero and over-target counts", () => {
    expect(describeShare(132, 100_000)).toBe("about 1/758 (0.1%)");
    expect(describeShare(0, 100_000)).toBe("0%");
    expect(describeShare(150_000, 100_000)).toBe("1.5× the target");
    expect(shareOfTarget(50_000, 100_000)).toBe(0.5);
    expect(() => shareOfTarget(1, 0)).toThrow();
  });
});
