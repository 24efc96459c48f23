import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { csvRecords, sniffDelimiter, countLineBreaks } from "../../../loaders/io/csvRecords.ts";

const read = (text: string, delimiter = ",") => [...csvRecords(text, { delimiter })];
const fieldsOf = (text: string, delimiter = ",") => read(text, delimiter).map((r) => r.fields);

describe("csvRecords", () => {
  it("splits simple lines and keeps raw text and line numbers", () => {
    expect(read("a,b\n1,2\n")).toEqual([
      { line: 1, fields: ["a", "b"], raw: "a,b", unterminated: false },
      { line: 2, fields: ["1", "2"], raw: "1,2", unterminated: false }
    ]);
  });

  it("accepts CRLF, LF and lone CR, and skips empty lines while counting them", () => {
    const recs = read("a,b\r\n\r\n1,2\r3,4\n\n\n5,6");
    expect(recs.map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]],
      [4, ["3", "4"]],
      [7, ["5", "6"]]
    ]);
  });

  it("keeps empty fields, including trailing ones", () => {
    expect(fieldsOf(",a,,\n")).toEqual([["", "a", "", ""]]);
  });

  it("handles RFC 4180 quotes, doubled quotes and delimiters inside quotes", () => {
    expect(fieldsOf('"a,b","say ""hi""",""\n')).toEqual([["a,b", 'say "hi"', ""]]);
  });

  it("reads quoted multi-line fields and numbers the following record correctly", () => {
    const recs = read('id,note\n1,"line one\r\nline two\nthree"\n2,x\n');
    expect(recs[1]).toEqual({
      line: 2,
      fields: ["1", "line one\r\nline two\nthree"],
      raw: '1,"line one\r\nline two\nthree"',
      unterminated: false
    });
    expect(recs[2].line).toBe(5);
  });

  it("treats a quote inside an unquoted field literally, and text after a closing quote too", () => {
    expect(fieldsOf('12" pizza,"a"b,c\n')).toEqual([['12" pizza', "ab", "c"]]);
  });

  it("flags a quoted field that runs to the end of the file", () => {
    expect(read('1,2\n3,"open\nrest\n')).toEqual([
      { line: 1, fields: ["1", "2"], raw: "1,2", unterminated: false },
      { line: 2, fields: ["3", "open\nrest"], raw: '3,"open\nrest', unterminated: true }
    ]);
  });

  it("supports other delimiters and quote characters", () => {
    expect(fieldsOf("a\tb\t\n", "\t")).toEqual([["a", "b", ""]]);
    expect([...csvRecords("'a;b';c", { delimiter: ";", quote: "'" })].map((r) => r.fields)).toEqual([["a;b", "c"]]);
  });

  it("splits whitespace-separated files on runs of blanks and skips blank lines", () => {
    const text = "00001 19970101  1   11.77\n   \n00002\t19970112 5 77.00  \n";
    expect(read(text, "whitespace")).toEqual([
      { line: 1, fields: ["00001", "19970101", "1", "11.77"], raw: "00001 19970101  1   11.77", unterminated: false },
      { line: 3, fields: ["00002", "19970112", "5", "77.00"], raw: "00002\t19970112 5 77.00  ", unterminated: false }
    ]);
  });

  it("yields nothing for empty text", () => {
    expect(read("")).toEqual([]);
    expect(read("\n\r\n")).toEqual([]);
  });

  it("round-trips generated RFC 4180 CSV", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "中", " ", ",", '"', "\n", "\r", "\r\n"), maxLength: 6 });
    const record = fc.array(field, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        (records, eol, trailing) => {
          const quoteAlways = (f: string) => `"${f.replaceAll('"', '""')}"`;
          const encode = (f: string) => (/[",\r\n]/.test(f) ? quoteAlways(f) : f);
          // A record of one empty field would be an empty line, which is not a record: quote it.
          const lines = records.map((r) => (r.length === 1 && r[0] === "" ? '""' : r.map(encode).join(",")));
          const text = lines.join(eol) + (trailing && lines.length > 0 ? eol : "");
          const got = read(text);
          expect(got.map((r) => r.fields)).toEqual(records);
          expect(got.every((r) => !r.unterminated)).toBe(true);
          expect(got.map((r) => r.raw)).toEqual(lines);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("countLineBreaks", () => {
  it("counts CRLF once", () => {
    expect(countLineBreaks("a\r\nb\rc\nd")).toBe(3);
  });
});

describe("sniffDelimiter", () => {
  it("picks the delimiter with a consistent count per line", () => {
    expect(sniffDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(sniffDelimiter("a\tb\tc\n1,5\t2\t3\n")).toBe("\t");
    expect(sniffDelimiter("a;b\n1,5;2\n3,5;4\n")).toBe(";");
    expect(sniffDelimiter("a|b|c\n1|2|3")).toBe("|");
  });

  it("ignores delimiters inside quoted fields", () => {
    expect(sniffDelimiter('a;b\n"x,y,z";1\n"p,q";2\n')).toBe(";");
  });

  it("tolerates title lines above the header and a cut-off last line", () => {
    const sample = "统计日期：2024-01-01~2024-01-31\n\n日期,访客数,支付金额\n2024-01-01,10,5.5\n2024-01-02,12,6\n2024-01";
    expect(sniffDelimiter(sample)).toBe(",");
  });

  it("defaults to comma when nothing looks like a delimiter", () => {
    expect(sniffDelimiter("just one column\nvalue\n")).toBe(",");
  });
});
