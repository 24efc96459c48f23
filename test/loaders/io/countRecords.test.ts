import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countRecords } from "../../../loaders/io/countRecords.ts";
import { csvRecords } from "../../../loaders/io/csvRecords.ts";

const count = (text: string, delimiter = ",") => countRecords(text, { delimiter });

describe("countRecords", () => {
  it("counts non-empty lines", () => {
    expect(count("a,b\n1,2\n\n3,4")).toBe(3);
    expect(count("a\r\n\r\nb\rc")).toBe(3);
    expect(count("")).toBe(0);
  });

  it("counts a quoted multi-line field as one record", () => {
    expect(count('1,"a\nb\n\nc"\n2,x\n')).toBe(2);
    expect(count('1,"say ""hi""\nthere"\n')).toBe(1);
  });

  it("treats a quote in the middle of a field as literal", () => {
    expect(count('12" pizza,1\n2,3\n')).toBe(2);
  });

  it("counts an unterminated quoted field as one final record", () => {
    expect(count('1,2\n3,"open\nrest\n')).toBe(2);
  });

  it("counts non-blank lines in whitespace mode", () => {
    expect(count("1 2\n   \n3\t4\n", "whitespace")).toBe(2);
  });

  it("agrees with csvRecords on any text built from CSV-significant characters", () => {
    const text = fc.string({ unit: fc.constantFrom("a", ",", ";", '"', "'", "\n", "\r", "\r\n", " "), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.constantFrom(",", ";"), fc.constantFrom('"', "'"), (t, delimiter, quote) => {
        expect(countRecords(t, { delimiter, quote })).toBe([...csvRecords(t, { delimiter, quote })].length);
      }),
      { numRuns: 1000 }
    );
  });

  it("agrees with csvRecords in whitespace mode", () => {
    const text = fc.string({ unit: fc.constantFrom("1", " ", "\t", "\n", "\r", '"'), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        expect(count(t, "whitespace")).toBe([...csvRecords(t, { delimiter: "whitespace" })].length);
      }),
      { numRuns: 500 }
    );
  });
});
