import { describe, expect, it } from "vitest";
import { daysUntil, phaseOf, timeLeft, todayIndex } from "./timeline";

const TODAY = "2026-11-21";

describe("past, current and upcoming", () => {
  it("classifies day-precise dates", () => {
    expect(phaseOf("2026-11-20", TODAY)).toBe("past");
    expect(phaseOf("2026-11-21", TODAY)).toBe("current");
    expect(phaseOf("2026-11-22", TODAY)).toBe("upcoming");
  });
  it("treats a month, quarter or year under way as current, not past or upcoming", () => {
    expect(phaseOf("2026-11", TODAY)).toBe("current");
    expect(phaseOf("2026-Q4", TODAY)).toBe("current");
    expect(phaseOf("2026", TODAY)).toBe("current");
    expect(phaseOf("2026-Q3", TODAY)).toBe("past");
    expect(phaseOf("2027", TODAY)).toBe("upcoming");
    expect(phaseOf("2026-12", TODAY)).toBe("upcoming");
  });
  it("counts the days left and says them plainly", () => {
    expect(daysUntil("2026-12-02", TODAY)).toBe(11);
    expect(timeLeft("2026-11-22", TODAY)).toBe("tomorrow");
    expect(timeLeft("2026-12-02", TODAY)).toBe("in 11 days");
    expect(timeLeft("2027-12-02", TODAY)).toBe("in about 12 months");
    expect(timeLeft("2029", TODAY)).toBe("in about 2 years");
    expect(timeLeft("2026-Q4", TODAY)).toBe("under way now");
    expect(timeLeft("2026-11-21", TODAY)).toBe("today");
  });
  it("puts the today marker between the last past and the first other event", () => {
    const dates = ["2025-06-10", "2026-08-02", "2026-Q4", "2027"];
    expect(todayIndex(dates, TODAY)).toBe(2);
    expect(todayIndex(dates, "2020-01-01")).toBe(0);
    expect(todayIndex(dates, "2030-01-01")).toBe(4);
    // newest first: before the first past event
    const newest = [...dates].reverse();
    expect(todayIndex(newest, TODAY, "desc")).toBe(2);
    expect(todayIndex(newest, "2020-01-01", "desc")).toBe(4);
    expect(todayIndex(newest, "2030-01-01", "desc")).toBe(0);
  });
});

import { compareByPeriod } from "./timeline";

describe("timeline order", () => {
  it("puts year- and quarter-only dates after the precise dates of their period, so past comes first", () => {
    const events = ["2026", "2026-01-16", "2026-Q4", "2026-12-02", "2026-08-02", "2027"].map((date) => ({ date, slug: date }));
    const sorted = [...events].sort(compareByPeriod).map((e) => e.date);
    expect(sorted).toEqual(["2026-01-16", "2026-08-02", "2026-12-02", "2026-Q4", "2026", "2027"]);
    const phases = sorted.map((d) => phaseOf(d, "2026-11-21"));
    expect(phases.indexOf("past")).toBe(0);
    expect(phases.lastIndexOf("past")).toBeLessThan(phases.findIndex((p) => p !== "past"));
  });
});
