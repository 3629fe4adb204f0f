import { describe, expect, it } from "vitest";
import { queries } from "@/lib/schemas/api";
import { MAX_PARAMETERS, parseParams } from "./params";

const parse = (qs: string) => parseParams(queries.systems, new URLSearchParams(qs));

describe("API query parameters", () => {
  it("reads a good query", () => {
    expect(parse("country=de&limit=2")).toMatchObject({ ok: true, value: { country: "DE", limit: 2 } });
  });

  it("reports a parameter called constructor or __proto__ as unknown, not as given twice", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const r = parse(`${name}=x`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ parameter: name, message: "unknown parameter" })]);
    }
    const twice = parse("limit=1&limit=2");
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.errors.map((e) => e.message)).toContain("given more than once");
  });

  it("refuses more than MAX_PARAMETERS parameters with one error, whatever their number", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join("&");
    const r = parse(many);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        { parameter: "(query)", message: "5000 parameters given", accepted: `at most ${MAX_PARAMETERS}` },
      ]);
    expect(parse(Array.from({ length: MAX_PARAMETERS }, (_, i) => `p${i}=1`).join("&")).ok).toBe(false); // unknown, but each named
  });

  it("cuts long parameter names in its answer", () => {
    const r = parse(`${"n".repeat(5000)}=1`);
    if (!r.ok) expect(r.errors[0]?.parameter).toHaveLength(60);
  });
});
