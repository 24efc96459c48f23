import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatLocal, instantToLocal, parseDate, parseDateTime } from "../../../loaders/clean/parseDateTime.ts";
import { CleanError } from "../../../loaders/clean/cleanError.ts";

const CN = { sourceTimeZone: "Asia/Shanghai", shopTimeZone: "Asia/Shanghai" };
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);

function errorOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof CleanError ? `${e.code}: ${e.message}` : String(e);
  }
  return undefined;
}

describe("parseDateTime", () => {
  it("reads the common wall-time shapes", () => {
    const cases: [string, number][] = [
      ["2020/2/1 8:05", at(2020, 2, 1, 8, 5)],
      ["2020-02-01 08:05:03", at(2020, 2, 1, 8, 5, 3)],
      ["2020-02-01T08:05:03.123", at(2020, 2, 1, 8, 5, 3, 123)],
      ["2020-02-01T08:05:03,5", at(2020, 2, 1, 8, 5, 3, 500)],
      ["2020年2月1日", at(2020, 2, 1)],
      ["2020年2月1日 8时5分", at(2020, 2, 1, 8, 5)],
      ["2020年2月1日 8时5分9秒", at(2020, 2, 1, 8, 5, 9)],
      ["2020年2月1日 8:05", at(2020, 2, 1, 8, 5)],
      ["2020年2月1日8:05", at(2020, 2, 1, 8, 5)],
      ["2020.2.1", at(2020, 2, 1)],
      ["20200201", at(2020, 2, 1)],
      ["２０２０－０２－０１", at(2020, 2, 1)],
      [" 2020-02-29 ", at(2020, 2, 29)],
      ["1/12/2010 8:26", at(2010, 1, 12, 8, 26)],
      ["12/1/2010 08:26", at(2010, 12, 1, 8, 26)],
      ["12/1/2010 8:26:00 PM", at(2010, 12, 1, 20, 26)],
      ["12/1/2010 12:05 AM", at(2010, 12, 1, 0, 5)],
      ['="2020-02-01 08:05"', at(2020, 2, 1, 8, 5)]
    ];
    for (const [s, want] of cases) expect([s, parseDateTime(s, CN)]).toEqual([s, want]);
  });

  it("reads day-first dates when asked", () => {
    expect(parseDateTime("1/12/2010 8:26", { ...CN, dayFirst: true })).toBe(at(2010, 12, 1, 8, 26));
    expect(parseDateTime("13/1/2010", { ...CN, dayFirst: true })).toBe(at(2010, 1, 13));
  });

  it("converts values with an offset, Z or UTC to shop wall time", () => {
    expect(parseDateTime("2020-02-01T08:05:00+08:00", CN)).toBe(at(2020, 2, 1, 8, 5));
    expect(parseDateTime("2020-02-01T08:05:00Z", CN)).toBe(at(2020, 2, 1, 16, 5));
    expect(parseDateTime("2020-02-01T08:05:00-0300", CN)).toBe(at(2020, 2, 1, 19, 5));
    expect(parseDateTime("2019-10-01 00:00:00 UTC", CN)).toBe(at(2019, 10, 1, 8));
    // The source zone does not matter when the value carries its own offset.
    expect(parseDateTime("2019-10-01 00:00:00 UTC", { sourceTimeZone: "Europe/London", shopTimeZone: "UTC" })).toBe(
      at(2019, 10, 1)
    );
  });

  it("reads Unix seconds, Unix milliseconds and Excel serials", () => {
    // 1511544070 s = 2017-11-24 17:21:10Z = 2017-11-25 01:21:10 in China.
    expect(parseDateTime("1511544070", CN)).toBe(at(2017, 11, 25, 1, 21, 10));
    expect(parseDateTime("1511544070123", CN)).toBe(at(2017, 11, 25, 1, 21, 10, 123));
    expect(parseDateTime("43831.5", CN)).toBe(at(2020, 1, 1, 12));
    expect(parseDateTime("43831", CN)).toBe(at(2020, 1, 1));
  });

  it("moves wall times from the source zone to the shop zone", () => {
    const utcToCn = { sourceTimeZone: "UTC", shopTimeZone: "Asia/Shanghai" };
    expect(parseDateTime("2020-02-01 20:05", utcToCn)).toBe(at(2020, 2, 2, 4, 5));
    // São Paulo on 2018-01-10 is at -02:00 (summer time): 10:00 there = 12:00Z = 20:00 in China.
    expect(parseDateTime("2018-01-10 10:00", { sourceTimeZone: "America/Sao_Paulo", shopTimeZone: "Asia/Shanghai" })).toBe(
      at(2018, 1, 10, 20)
    );
  });

  it("returns null for empty values", () => {
    for (const s of ["", "  ", "-", "null", "0000-00-00 00:00:00"]) expect(parseDateTime(s, CN)).toBeNull();
  });

  it("throws bad_date for impossible or unknown values", () => {
    for (const s of ["2020-02-30", "2020-13-01", "2019-02-29", "2020-13-45", "2020-02-01 24:00", "2020-02-01 08:60", "13/1/2010", "12/1/2010 13:00 PM", "hello", "123", "2020-02-01T08:05+25:00", "202002011"]) {
      expect(errorOf(() => parseDateTime(s, CN))).toBe(`bad_date: not a date: "${s}"`);
    }
  });

  it("round-trips formatLocal for any second in 1990–2035", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at(1990, 1, 1) / 1000, max: at(2035, 12, 31, 23, 59, 59) / 1000 }),
        fc.constantFrom("Asia/Shanghai", "America/Sao_Paulo", "Europe/London"),
        (sec, zone) => {
          const ms = sec * 1000;
          expect(parseDateTime(formatLocal(ms), { sourceTimeZone: zone, shopTimeZone: zone })).toBe(ms);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("shows Unix seconds as the wall time Intl reports for the shop zone", () => {
    // Independent oracle: Intl formatting of the instant (sv-SE gives YYYY-MM-DD HH:MM:SS).
    const oracle = (ms: number, timeZone: string) => new Date(ms).toLocaleString("sv-SE", { timeZone });
    const anyTime = fc.integer({ min: 1_000_000_000, max: at(2035, 12, 31) / 1000 });
    const brazilDst = fc.integer({ min: at(2017, 10, 1) / 1000, max: at(2018, 11, 20) / 1000 });
    fc.assert(
      fc.property(
        fc.oneof(anyTime, brazilDst),
        fc.constantFrom("Asia/Shanghai", "America/Sao_Paulo", "Europe/London"),
        (sec, zone) => {
          const local = parseDateTime(String(sec), { sourceTimeZone: "UTC", shopTimeZone: zone });
          expect(formatLocal(local!)).toBe(oracle(sec * 1000, zone));
          expect(local).toBe(instantToLocal(sec * 1000, zone));
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("parseDate", () => {
  it("keeps a bare date as written, whatever the zones", () => {
    expect(parseDate("2020-02-01", { sourceTimeZone: "UTC", shopTimeZone: "Asia/Shanghai" })).toBe(at(2020, 2, 1));
    expect(parseDate("1997/1/12", CN)).toBe(at(1997, 1, 12));
    expect(parseDate("19970112", CN)).toBe(at(1997, 1, 12));
  });

  it("truncates a time to the shop-local day after conversion", () => {
    expect(parseDate("2020-02-01 20:00", { sourceTimeZone: "UTC", shopTimeZone: "Asia/Shanghai" })).toBe(at(2020, 2, 2));
    expect(parseDate("2020-02-01 20:00", CN)).toBe(at(2020, 2, 1));
    expect(parseDate("1511544070", CN)).toBe(at(2017, 11, 25));
    expect(parseDate("1969-12-31 23:00", CN)).toBe(at(1969, 12, 31));
  });

  it("returns null for empty input and throws for bad dates", () => {
    expect(parseDate("", CN)).toBeNull();
    expect(errorOf(() => parseDate("2021-02-29", CN))).toBe('bad_date: not a date: "2021-02-29"');
  });
});

describe("formatLocal", () => {
  it("writes YYYY-MM-DD HH:MM:SS and drops milliseconds", () => {
    expect(formatLocal(at(2020, 2, 1, 8, 5, 3, 999))).toBe("2020-02-01 08:05:03");
    expect(formatLocal(at(1969, 12, 31, 23, 59, 59))).toBe("1969-12-31 23:59:59");
  });
});
