import { describe, expect, it } from "vitest";
import { canonicalTarget, rawSearch } from "./url";

describe("canonical URLs", () => {
  it("rebuilds the received query string", () => {
    expect(rawSearch({ kind: "ai-act", country: "", x: ["1", "2"] })).toBe("?kind=ai-act&country=&x=1&x=2");
    expect(rawSearch({})).toBe("");
  });
  it("redirects a form submission with empty fields to the short form", () => {
    expect(canonicalTarget("/timeline", { kind: "ai-act", country: "", order: "asc" }, "?kind=ai-act")).toBe(
      "/timeline?kind=ai-act",
    );
  });
  it("does not redirect a canonical request, whatever the parameter order", () => {
    expect(canonicalTarget("/systems", { family: "CUDA", sort: "rmax" }, "?sort=rmax&family=CUDA")).toBeNull();
    expect(canonicalTarget("/systems", {}, "")).toBeNull();
  });
});
