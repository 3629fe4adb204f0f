import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cssVariable, palette, type PaletteName } from "./palette";

const css = readFileSync(path.resolve(__dirname, "..", "app", "globals.css"), "utf8");
const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";

describe("the palette", () => {
  it("names every colour in app/globals.css with the same value", () => {
    for (const [name, value] of Object.entries(palette)) {
      expect(root, name).toContain(`${cssVariable(name as PaletteName)}: ${value};`);
    }
  });

  it("maps names to custom properties", () => {
    expect(cssVariable("landFactory")).toBe("--land-factory");
    expect(cssVariable("ink")).toBe("--ink");
  });

  it("declares no colour in :root that is not in the palette", () => {
    const declared = [...root.matchAll(/(--[a-z-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((m) => m[1]);
    const named = Object.keys(palette).map((n) => cssVariable(n as PaletteName));
    expect(declared.filter((d) => !named.includes(d!))).toEqual([]);
  });
});
