import { describe, expect, it } from "vitest";
import { placeLabels } from "./export-png";

const area = { x: 24, y: 60, width: 400, height: 300 };
const widthOf = (name: string) => name.length * 7;

describe("placeLabels", () => {
  it("names a point to its right, inside the map area", () => {
    const [placed] = placeLabels([{ x: 100, y: 100, name: "JUPITER", type: "system" }], area, widthOf);
    expect(placed?.box.x).toBeGreaterThan(area.x + 100);
    expect(placed?.box.y).toBeLessThan(area.y + 100);
    expect(placed!.box.y + placed!.box.height).toBeGreaterThan(area.y + 100);
  });
  it("moves a label left at the right edge and leaves out one that fits nowhere, factories first", () => {
    const labels = [
      { x: 390, y: 50, name: "LUMI", type: "system" },
      { x: 30, y: 150, name: "Leonardo", type: "system" },
      { x: 30, y: 152, name: "IT4LIA AI Factory", type: "factory" },
    ];
    const placed = placeLabels(labels, area, widthOf);
    const lumi = placed.find((p) => p.label.name === "LUMI");
    expect(lumi!.box.x + lumi!.box.width).toBeLessThanOrEqual(area.x + 390);
    // Near the left edge, Leonardo's label would cover IT4LIA's or leave the map; the factory keeps its name.
    expect(placed.map((p) => p.label.name).sort()).toEqual(["IT4LIA AI Factory", "LUMI"]);
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(
            a.box.x + a.box.width <= b.box.x ||
              b.box.x + b.box.width <= a.box.x ||
              a.box.y + a.box.height <= b.box.y ||
              b.box.y + b.box.height <= a.box.y,
          ).toBe(true);
  });
});
