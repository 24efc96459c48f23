import { describe, expect, it } from "vitest";
import { promotionWindows, promotionsBetween, promotionFor, SPRING_FESTIVAL } from "../../src/calendar.ts";

describe("shop calendar", () => {
  it("holds 618, 双十一, 双十二, 年货节 and 春节 for a year, in date order", () => {
    const w = promotionWindows(2025);
    expect(w.map((x) => x.id)).toEqual(["nianhuojie", "spring_festival", "618", "double11", "double12"]);
    expect(w.find((x) => x.id === "double11")).toMatchObject({ start: "2025-11-01", end: "2025-11-11", presaleStart: "2025-10-20" });
    expect(w.find((x) => x.id === "spring_festival")).toMatchObject({ start: "2025-01-22", end: "2025-02-05" });
  });
  it("knows 春节 moves: 2024-02-10, 2025-01-29", () => {
    expect(SPRING_FESTIVAL[2024]).toBe("2024-02-10");
    expect(SPRING_FESTIVAL[2025]).toBe("2025-01-29");
  });
  it("finds windows overlapping a range, including pre-sale", () => {
    expect(promotionsBetween("2024-10-25", "2024-10-26").map((w) => w.id)).toEqual(["double11"]);
    expect(promotionsBetween("2024-07-01", "2024-09-30")).toEqual([]);
  });
  it("picks the promotion with the most days in range", () => {
    expect(promotionFor("2024-06-01", "2024-06-30")?.id).toBe("618");
  });
  it("keeps older 双十一 as a one-day sale with pre-sale", () => {
    expect(promotionWindows(2018).find((w) => w.id === "double11")).toMatchObject({ start: "2018-11-11", end: "2018-11-11" });
  });
});
