import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, foldLine } from "./ics";

const events = [
  {
    uid: "coaif-03-deadline@atlas",
    date: "2026-06-23",
    title: "COAIF-03 call deadline",
    description: "Closing date; source: EuroHPC JU",
    url: "https://atlas.example/timeline#coaif-03-deadline",
  },
  {
    uid: "efp-second-release@atlas",
    date: "2026-Q4",
    title: "Federation Platform second release",
    description: "Further components, capabilities; more",
    url: "https://atlas.example/timeline#efp-second-release",
  },
  {
    uid: "long@atlas",
    date: "2029",
    title: "Ein sehr langer Titel mit Umlauten: äöü ÄÖÜ ß, der über fünfundsiebzig Oktette hinausgeht",
    description: "x",
    url: "https://atlas.example/",
  },
];

describe("iCalendar feed", () => {
  const text = buildCalendar(events, { name: "AI Factories Atlas: upcoming", stamp: "20261121T000000Z" });

  it("parses with an iCalendar parser and keeps every event", () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const vevents = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(vevents.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(vevents[0]?.summary).toBe("COAIF-03 call deadline");
    expect(vevents[0]?.description).toBe("Closing date; source: EuroHPC JU");
    expect(vevents[2]?.summary).toBe(`${events[2]?.title} (2029)`);
  });

  it("spans exactly the period a partial date covers", () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const [day, quarter] = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(day?.startDate.toString()).toBe("2026-06-23");
    expect(day?.endDate.toString()).toBe("2026-06-24");
    expect(quarter?.startDate.toString()).toBe("2026-10-01");
    expect(quarter?.endDate.toString()).toBe("2027-01-01");
    expect(quarter?.summary).toBe("Federation Platform second release (Q4 2026)");
  });

  it("uses CRLF and folds lines at 75 octets without breaking characters", () => {
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(text.includes("\n") && !/[^\r]\n/.test(text)).toBe(true);
    const folded = foldLine("ä".repeat(60));
    expect(folded.split("\r\n ").join("")).toBe("ä".repeat(60));
  });
});
