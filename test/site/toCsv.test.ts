import { describe, expect, it } from "vitest";
import { toCsv } from "../../reports/components/toCsv.ts";

describe("toCsv", () => {
  it("quotes commas, quotes and newlines, and writes naive dates without a zone", () => {
    const csv = toCsv([
      { name: '包, "A"', at: new Date("2024-03-05T14:00:00Z"), day: new Date("2024-03-05T00:00:00Z"), n: 1.5, none: null },
      { name: "line\nbreak", at: null, day: null, n: 0, none: undefined }
    ]);
    expect(csv).toBe('name,at,day,n,none\r\n"包, ""A""",2024-03-05 14:00:00,2024-03-05,1.5,\r\n"line\nbreak",,,0,\r\n');
  });
  it("defuses spreadsheet formulas in text cells but not in numbers", () => {
    expect(toCsv([{ a: "=1+1", b: -3 }])).toBe("a,b\r\n'=1+1,-3\r\n");
  });
  it("writes only the header for explicit columns and no rows", () => {
    expect(toCsv([], ["a", "b"])).toBe("a,b\r\n");
  });
});
