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

// Calendar apps read X-WR-CALDESC as TEXT (RFC 5545 escapes); tell the parser so.
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)["x-wr-caldesc"] = { defaultType: "text" };

describe("iCalendar feed", () => {
  const text = buildCalendar(events, { name: "AI Factories Atlas: upcoming", stamp: "20261121T000000Z" });

  it("parses with an iCalendar parser; only dates known to the day become events", () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const vevents = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(vevents.map((e) => e.uid)).toEqual(["coaif-03-deadline@atlas"]);
    expect(vevents[0]?.summary).toBe("COAIF-03 call deadline");
    expect(vevents[0]?.description).toBe("Closing date; source: EuroHPC JU");
    expect(vevents[0]?.startDate.toString()).toBe("2026-06-23");
    expect(vevents[0]?.endDate.toString()).toBe("2026-06-24");
  });

  it("lists dates known only to the month, quarter or year, undated, in the calendar description", () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const desc = String(cal.getFirstPropertyValue("x-wr-caldesc"));
    expect(desc).toContain("not turned into long all-day events");
    expect(desc).toContain("Federation Platform second release (Q4 2026)");
    expect(desc).toContain(`${events[2]?.title} (2029)`);
    expect(desc).not.toContain("COAIF-03");
    const onlyDays = new ICAL.Component(ICAL.parse(buildCalendar(events.slice(0, 1), { name: "x", stamp: "20261121T000000Z" })));
    expect(String(onlyDays.getFirstPropertyValue("x-wr-caldesc"))).toContain("Every date in this feed is known to the day.");
  });

  it("uses CRLF and folds lines at 75 octets without breaking characters", () => {
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(text.includes("\n") && !/[^\r]\n/.test(text)).toBe(true);
    const folded = foldLine("ä".repeat(60));
    expect(folded.split("\r\n ").join("")).toBe("ä".repeat(60));
  });
});
