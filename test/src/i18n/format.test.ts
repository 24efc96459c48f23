import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  parseIsoUtc
} from "../../../src/i18n/format.ts";

describe("formatMoney", () => {
  it("uses 万 and 亿 for large yuan amounts in Chinese", () => {
    expect(formatMoney(12345.6, "CNY", "zh")).toBe("¥1.23万");
    expect(formatMoney(123456789, "CNY", "zh")).toBe("¥1.23亿");
    expect(formatMoney(-25000, "CNY", "zh")).toBe("-¥2.5万");
  });
  it("prints small amounts in full, with the currency's own digits", () => {
    expect(formatMoney(1234.5, "CNY", "zh")).toBe("¥1,234.50");
    expect(formatMoney(9999.99, "CNY", "en")).toBe("¥9,999.99");
  });
  it("uses narrow symbols for other currencies", () => {
    expect(formatMoney(1234.5, "BRL", "en")).toBe("R$1,234.50");
    expect(formatMoney(1234.5, "GBP", "en")).toBe("£1,234.50");
    expect(formatMoney(1234.5, "USD", "zh")).toBe("$1,234.50");
    expect(formatMoney(2_000_000, "GBP", "en")).toBe("£2M");
  });
  it("can be forced exact", () => {
    expect(formatMoney(12345.6, "CNY", "zh", { compact: false })).toBe("¥12,345.60");
  });
  it("prints a dash for missing values", () => {
    expect(formatMoney(null, "CNY", "zh")).toBe("—");
    expect(formatMoney(Number.NaN, "CNY", "en")).toBe("—");
  });
});

describe("formatNumber / formatPercent / formatChange", () => {
  it("groups digits", () => {
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(1234.567, "zh", { digits: 1 })).toBe("1,234.6");
    expect(formatNumber(12345, "zh", { compact: "auto" })).toBe("1.23万");
  });
  it("formats ratios as percentages", () => {
    expect(formatPercent(0.1234, "en")).toBe("12.3%");
    expect(formatPercent(0, "zh", { digits: 0 })).toBe("0%");
    expect(formatPercent(undefined, "zh")).toBe("—");
  });
  it("signs changes", () => {
    expect(formatChange(0.05, "en")).toBe("+5.0%");
    expect(formatChange(-0.04, "zh")).toBe("-4.0%");
    expect(formatChange(Number.POSITIVE_INFINITY, "zh")).toBe("—");
  });
});

describe("formatDate", () => {
  it("formats naive dates without shifting them by the reader's time zone", () => {
    expect(formatDate("2024-03-05", "zh")).toBe("2024年3月5日");
    expect(formatDate("2024-03-05", "en")).toBe("Mar 5, 2024");
    expect(formatDate("2024-03-01", "zh", { grain: "month" })).toBe("2024年3月");
    expect(formatDate("2024-03-04", "en", { grain: "week" })).toBe("Week of Mar 4, 2024");
    expect(formatDate("2024-03-05 23:30:00", "en", { grain: "datetime" })).toBe("Mar 5, 2024, 23:30");
  });
  it("accepts Dates serialised to JSON", () => {
    expect(parseIsoUtc("2024-03-05T00:00:00.000Z").toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(formatDate(new Date("2024-03-05T00:00:00Z"), "zh", { grain: "month" })).toBe("2024年3月");
  });
  it("rejects text that is not a date", () => {
    expect(() => parseIsoUtc("2024-13-45")).toThrow("invalid date: 2024-13-45");
    expect(formatDate(null, "en")).toBe("—");
  });
});

describe("naiveIso", () => {
  it("drops the time of a date and never appends a zone", async () => {
    const { naiveIso } = await import("../../../src/i18n/format.ts");
    expect(naiveIso(new Date("2024-03-05T00:00:00Z"))).toBe("2024-03-05");
    expect(naiveIso(new Date("2024-03-05T14:00:00Z"))).toBe("2024-03-05 14:00:00");
    expect(naiveIso(new Date("2024-03-05T14:00:00.250Z"))).toBe("2024-03-05 14:00:00.250");
  });
});
