import { describe, expect, it } from "vitest";
import { instantToLocal, localToInstant, zoneOffsetMs } from "../../../loaders/clean/zoneOffset.ts";

const H = 3_600_000;
const SP = "America/Sao_Paulo";

describe("zoneOffsetMs", () => {
  it("knows fixed and DST offsets", () => {
    expect(zoneOffsetMs(Date.UTC(2020, 0, 1), "Asia/Shanghai")).toBe(8 * H);
    expect(zoneOffsetMs(Date.UTC(2020, 6, 1), "Asia/Shanghai")).toBe(8 * H);
    expect(zoneOffsetMs(Date.UTC(2018, 0, 10), SP)).toBe(-2 * H); // Brazilian summer time
    expect(zoneOffsetMs(Date.UTC(2018, 5, 10), SP)).toBe(-3 * H);
    expect(zoneOffsetMs(Date.UTC(2020, 0, 10), SP)).toBe(-3 * H); // DST abolished in 2019
    expect(zoneOffsetMs(Date.UTC(2018, 6, 1), "Europe/London")).toBe(H);
    expect(zoneOffsetMs(Date.UTC(2018, 0, 1), "UTC")).toBe(0);
    expect(zoneOffsetMs(Date.UTC(2020, 0, 1), "Asia/Kolkata")).toBe(5.5 * H);
  });

  it("switches exactly at the transition instant", () => {
    // São Paulo entered DST at 2017-10-15 00:00 local = 03:00Z.
    expect(zoneOffsetMs(Date.UTC(2017, 9, 15, 2, 59, 59), SP)).toBe(-3 * H);
    expect(zoneOffsetMs(Date.UTC(2017, 9, 15, 3, 0, 0), SP)).toBe(-2 * H);
  });

  it("is exact inside an hour that contains a half-hour transition", () => {
    // Lord Howe Island moves from +10:30 to +11:00 at 2019-10-06 02:00 local = 2019-10-05 15:30Z.
    const zone = "Australia/Lord_Howe";
    expect(zoneOffsetMs(Date.UTC(2019, 9, 5, 15, 10), zone)).toBe(10.5 * H);
    expect(zoneOffsetMs(Date.UTC(2019, 9, 5, 15, 50), zone)).toBe(11 * H);
    expect(zoneOffsetMs(Date.UTC(2019, 9, 5, 15, 20), zone)).toBe(10.5 * H);
  });
});

describe("instantToLocal / localToInstant", () => {
  it("convert in both directions", () => {
    expect(instantToLocal(Date.UTC(2017, 10, 24, 17, 21, 10), "Asia/Shanghai")).toBe(Date.UTC(2017, 10, 25, 1, 21, 10));
    expect(localToInstant(Date.UTC(2017, 10, 25, 1, 21, 10), "Asia/Shanghai")).toBe(Date.UTC(2017, 10, 24, 17, 21, 10));
    expect(localToInstant(Date.UTC(2018, 0, 10, 10), SP)).toBe(Date.UTC(2018, 0, 10, 12));
  });

  it("moves a wall time in a spring-forward gap forward by the gap", () => {
    // São Paulo 2018-11-04: 00:00 → 01:00. 00:30 does not exist; it becomes 01:30 (-02:00) = 03:30Z.
    expect(localToInstant(Date.UTC(2018, 10, 4, 0, 30), SP)).toBe(Date.UTC(2018, 10, 4, 3, 30));
    // London 2018-03-25: 01:00 → 02:00 GMT→BST. 01:30 becomes 02:30 BST = 01:30Z.
    expect(localToInstant(Date.UTC(2018, 2, 25, 1, 30), "Europe/London")).toBe(Date.UTC(2018, 2, 25, 1, 30));
  });

  it("picks the earlier instant for a wall time that happened twice", () => {
    // São Paulo 2018-02-18 00:00 (-02) → 2018-02-17 23:00 (-03): 23:30 occurs at 01:30Z and 02:30Z.
    expect(localToInstant(Date.UTC(2018, 1, 17, 23, 30), SP)).toBe(Date.UTC(2018, 1, 18, 1, 30));
    // London 2018-10-28 02:00 BST → 01:00 GMT: 01:30 occurs at 00:30Z and 01:30Z.
    expect(localToInstant(Date.UTC(2018, 9, 28, 1, 30), "Europe/London")).toBe(Date.UTC(2018, 9, 28, 0, 30));
  });
});
