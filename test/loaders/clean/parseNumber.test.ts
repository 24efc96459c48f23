import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseInteger, parseNumber } from "../../../loaders/clean/parseNumber.ts";
import { CleanError } from "../../../loaders/clean/cleanError.ts";

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof CleanError ? `${e.code}: ${e.message}` : String(e);
  }
  return undefined;
}

describe("parseNumber", () => {
  it("returns null for empty markers", () => {
    for (const s of ["", "  ", "-", "--", "—", "N/A", "n/a", "null", "NULL"]) expect(parseNumber(s)).toBeNull();
  });

  it("parses plain, signed and decimal numbers", () => {
    expect(parseNumber(" 42 ")).toBe(42);
    expect(parseNumber("+3.5")).toBe(3.5);
    expect(parseNumber("-0.25")).toBe(-0.25);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("1.5E+3")).toBe(1500);
    expect(parseNumber("-0")).toBe(0);
  });

  it("strips currency symbols and codes before or after the amount", () => {
    expect(parseNumber("¥1,234.50")).toBe(1234.5);
    expect(parseNumber("￥１２３")).toBe(123);
    expect(parseNumber("RMB 1,000")).toBe(1000);
    expect(parseNumber("CNY12")).toBe(12);
    expect(parseNumber("100元")).toBe(100);
    expect(parseNumber("US$ 9.99")).toBe(9.99);
    expect(parseNumber("$9.99")).toBe(9.99);
    expect(parseNumber("£3.20")).toBe(3.2);
    expect(parseNumber("€7")).toBe(7);
    expect(parseNumber("R$ 29.90")).toBe(29.9);
    expect(parseNumber("45.00 BRL")).toBe(45);
    expect(parseNumber("12 GBP")).toBe(12);
    expect(parseNumber("8 usd")).toBe(8);
  });

  it("handles thousands separators and rejects misplaced ones", () => {
    expect(parseNumber("1,234,567")).toBe(1234567);
    expect(codeOf(() => parseNumber("12,5"))).toBe('bad_number: not a number: "12,5"');
    expect(codeOf(() => parseNumber("1,23,456"))).toMatch(/^bad_number/);
  });

  it("reads bracket negatives and signs around the currency", () => {
    expect(parseNumber("(12.50)")).toBe(-12.5);
    expect(parseNumber("(¥1,000)")).toBe(-1000);
    expect(parseNumber("¥(3)")).toBe(-3);
    expect(parseNumber("-¥12")).toBe(-12);
    expect(parseNumber("¥-12")).toBe(-12);
    expect(parseNumber("−5")).toBe(-5);
  });

  it("strips Excel guards and divides percentages by 100", () => {
    expect(parseNumber('="123"')).toBe(123);
    expect(parseNumber("'0042")).toBe(42);
    expect(parseNumber("12.5%")).toBe(0.125);
    expect(parseNumber("-50 %")).toBe(-0.5);
  });

  it("throws bad_number for text that is not a number", () => {
    for (const s of ["12abc", "abc", "¥", "1.2.3", "--5", "(5", "1 000", "Infinity", "1e999"]) {
      expect(codeOf(() => parseNumber(s))).toBe(`bad_number: not a number: "${s}"`);
    }
  });

  it("round-trips any amount with ≤ 2 decimals written with separators and a currency", () => {
    const withSeparators = (abs: string) => {
      const [int, frac] = abs.split(".");
      return int.replace(/\B(?=(\d{3})+$)/g, ",") + "." + frac;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.constantFrom("¥", "￥", "$", "US$", "£", "€", "R$", "RMB ", "CNY"),
        fc.boolean(),
        (cents, symbol, suffix) => {
          const d = cents / 100;
          const body = withSeparators(Math.abs(cents / 100).toFixed(2));
          const text = suffix ? `${d < 0 ? "-" : ""}${body} ${symbol.trim()}` : `${d < 0 ? "-" : ""}${symbol}${body}`;
          expect(parseNumber(text)).toBe(d === 0 ? 0 : d);
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("parseInteger", () => {
  it("accepts whole numbers in any accepted shape", () => {
    expect(parseInteger("1,200")).toBe(1200);
    expect(parseInteger("３")).toBe(3);
    expect(parseInteger("2.0")).toBe(2);
    expect(parseInteger("")).toBeNull();
  });

  it("throws bad_integer for fractions and unsafe magnitudes", () => {
    expect(codeOf(() => parseInteger("1.5"))).toBe('bad_integer: not an integer: "1.5"');
    expect(codeOf(() => parseInteger("12345678901234567890"))).toMatch(/^bad_integer/);
    expect(codeOf(() => parseInteger("x"))).toMatch(/^bad_number/);
  });
});
