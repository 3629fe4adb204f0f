import { describe, expect, it } from "vitest";
import { cacheable, problem } from "./http";

describe("problem details (RFC 9457)", () => {
  it("title each problem with the status's reason phrase and put the specifics in detail", async () => {
    for (const [status, title] of [
      [400, "Bad Request"],
      [404, "Not Found"],
      [405, "Method Not Allowed"],
      [429, "Too Many Requests"],
      [503, "Service Unavailable"],
    ] as const) {
      const res = problem(status, "Something specific.");
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(await res.json()).toEqual({ type: "about:blank", title, status, detail: "Something specific." });
    }
  });

  it("tell a client when to retry a 503, and only a 503", () => {
    expect(problem(503, "x").headers.get("retry-after")).toMatch(/^\d+$/);
    expect(problem(400, "x").headers.get("retry-after")).toBeNull();
  });
});

describe("cacheable downloads", () => {
  const req = (headers: Record<string, string> = {}) => new Request("http://atlas.test/systems.csv", { headers });

  it("carry CORS and an ETag, and answer 304 to the same tag, weak (as after compression) or strong", async () => {
    const first = cacheable(req(), "a,b\n1,2\n", "text/csv; charset=utf-8");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("access-control-expose-headers")).toContain("ETag");
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = cacheable(req({ "If-None-Match": tag }), "a,b\n1,2\n", "text/csv; charset=utf-8");
      expect(again.status, tag).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
    expect(cacheable(req({ "If-None-Match": etag }), "a,b\n1,3\n", "text/csv").status).toBe(200);
  });
});
