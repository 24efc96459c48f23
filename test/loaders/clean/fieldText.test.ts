import { describe, expect, it } from "vitest";
import { cleanText, stripExcelGuard } from "../../../loaders/clean/fieldText.ts";

describe("stripExcelGuard", () => {
  it("removes the formula guard, a leading apostrophe or a leading tab", () => {
    expect(stripExcelGuard('="20240101123456789"')).toBe("20240101123456789");
    expect(stripExcelGuard(' ="a""b" ')).toBe('a"b');
    expect(stripExcelGuard("'0755")).toBe("0755");
    expect(stripExcelGuard("\t2024")).toBe("2024");
  });

  it("returns other values unchanged", () => {
    expect(stripExcelGuard(" abc ")).toBe(" abc ");
    expect(stripExcelGuard('=SUM(A1)')).toBe("=SUM(A1)");
    expect(stripExcelGuard("it's")).toBe("it's");
  });
});

describe("cleanText", () => {
  it("trims, collapses whitespace and drops invisible characters", () => {
    expect(cleanText("  很好\u200b  用 \n\t 推荐\uFEFF ")).toBe("很好 用 推荐");
    expect(cleanText("\uFEFF订单编号")).toBe("订单编号");
  });

  it("strips Excel guards", () => {
    expect(cleanText('="12345"')).toBe("12345");
    expect(cleanText("'abc  def")).toBe("abc def");
    expect(cleanText("\t 2024")).toBe("2024");
  });

  it("keeps an empty string empty", () => {
    expect(cleanText("   ")).toBe("");
  });
});
