import { describe, expect, it } from "vitest";
import { parseSourcesQuery } from "./params";

describe("sources page query", () => {
  it("keeps a known kind", () => {
    expect(parseSourcesQuery({ kind: "primary" })).toEqual({ kind: "primary" });
  });
  it("falls back to all kinds on unknown, repeated or hostile values", () => {
    expect(parseSourcesQuery({ kind: "tertiary" }).kind).toBeUndefined();
    expect(parseSourcesQuery({ kind: ["analysis", "primary"] }).kind).toBe("analysis");
    expect(parseSourcesQuery({ kind: "<script>" }).kind).toBeUndefined();
    expect(parseSourcesQuery({}).kind).toBeUndefined();
  });
});
