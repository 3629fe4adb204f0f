import { describe, expect, it } from "vitest";
import { atomDate, atomXml } from "./atom";

const feed = {
  id: "https://atlas.example/changes",
  title: "Changes",
  subtitle: "Every change",
  selfUrl: "https://atlas.example/changes.atom",
  alternateUrl: "https://atlas.example/changes",
  updated: "2026-11-22",
  author: "AI Factories Atlas",
  rights: "CC BY 4.0",
  entries: [
    {
      id: "https://atlas.example/changes#change-a",
      title: "LUMI: Accelerators 10,240 → 11,912",
      updated: "2026-11-22",
      link: "https://atlas.example/systems/lumi",
      summary: 'The <GPU> partition & its "2,978" nodes',
      categories: ["system"],
    },
  ],
};

describe("atomXml", () => {
  it("writes RFC 3339 dates", () => {
    expect(atomDate("2026-11-22")).toBe("2026-11-22T00:00:00Z");
  });

  it("escapes text so the document stays well-formed", () => {
    const out = atomXml(feed);
    expect(out).toContain("The &lt;GPU&gt; partition &amp; its &quot;2,978&quot; nodes");
    expect(out).not.toContain("<GPU>");
    expect(out.match(/<entry>/g)).toHaveLength(1);
    expect(out).toContain('<link rel="self" type="application/atom+xml" href="https://atlas.example/changes.atom"/>');
    expect(out).toContain("<updated>2026-11-22T00:00:00Z</updated>");
  });

  it("writes a feed with no entries as a valid empty feed", () => {
    const out = atomXml({ ...feed, entries: [] });
    expect(out).not.toContain("<entry>");
    expect(out.trim().endsWith("</feed>")).toBe(true);
  });
});
