import { describe, expect, it } from "vitest";
import { dateEndKey, dateSortKey, formatPartialDate, isPartialDate, parsePartialDate } from "./dates";

describe("partial dates", () => {
  it("accepts each precision and keeps it", () => {
    expect(parsePartialDate("2029")?.precision).toBe("year");
    expect(parsePartialDate("2026-Q4")).toEqual({ year: 2026, quarter: 4, precision: "quarter" });
    expect(parsePartialDate("2025-03")).toEqual({ year: 2025, month: 3, precision: "month" });
    expect(parsePartialDate("2024-12-10")).toEqual({ year: 2024, month: 12, day: 10, precision: "day" });
  });

  it("rejects malformed and impossible dates", () => {
    for (const bad of ["2025-13", "2025-02-30", "2025-00", "25-01-01", "2025/01/01", "2025-Q5", "10 Dec 2024", ""]) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
    expect(isPartialDate("2024-02-29")).toBe(true);
    expect(isPartialDate("2025-02-29")).toBe(false);
  });

  it("sorts by the first day covered and ends on the last", () => {
    expect(dateSortKey("2026-Q4")).toBe("2026-10-01");
    expect(dateEndKey("2026-Q4")).toBe("2026-12-31");
    expect(dateEndKey("2024-02")).toBe("2024-02-29");
    expect(dateSortKey("2029")).toBe("2029-01-01");
    expect(["2025-03-12", "2025", "2024-Q4", "2025-03"].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      "2024-Q4",
      "2025",
      "2025-03",
      "2025-03-12",
    ]);
  });

  it("formats at the source's precision, never inventing a day", () => {
    expect(formatPartialDate("2024-12-10")).toBe("10 December 2024");
    expect(formatPartialDate("2025-03")).toBe("March 2025");
    expect(formatPartialDate("2026-Q4")).toBe("Q4 2026");
    expect(formatPartialDate("2029")).toBe("2029");
  });
});
