import { describe, expect, it } from "vitest";
import { jsonRecords } from "../../../loaders/io/jsonRecords.ts";

const all = (text: string) => [...jsonRecords(text)];

describe("jsonRecords", () => {
  it("reads JSON Lines, skipping blank lines", () => {
    expect(all('{"a":1}\r\n\n{"a":2}\n')).toEqual([
      { line: 1, value: { a: 1 }, raw: '{"a":1}' },
      { line: 3, value: { a: 2 }, raw: '{"a":2}' }
    ]);
  });

  it("reports a malformed line with the parse message and goes on", () => {
    const recs = all('{"a":1}\n{"a":\n{"a":3}');
    expect(recs.map((r) => [r.line, r.value])).toEqual([
      [1, { a: 1 }],
      [2, null],
      [3, { a: 3 }]
    ]);
    expect(recs[1].raw).toBe('{"a":');
    expect(recs[1].error).toMatch(/JSON/);
  });

  it("rejects lines that are JSON but not objects", () => {
    expect(all('"x"\n42\n')).toEqual([
      { line: 1, value: null, raw: '"x"', error: "not a JSON object" },
      { line: 2, value: null, raw: "42", error: "not a JSON object" }
    ]);
  });

  it("reads a top-level array with the line each object starts on", () => {
    const text = '\n[\n  {"a": 1,\n   "b": "x]},{"},\n  {"a": [2, {"c": 3}]}\n]\n';
    expect(all(text)).toEqual([
      { line: 3, value: { a: 1, b: "x]},{" }, raw: '{"a": 1,\n   "b": "x]},{"}' },
      { line: 5, value: { a: [2, { c: 3 }] }, raw: '{"a": [2, {"c": 3}]}' }
    ]);
  });

  it("handles escaped quotes in strings and compact arrays", () => {
    expect(all('[{"q":"say \\"]\\""},{"n":null}]')).toEqual([
      { line: 1, value: { q: 'say "]"' }, raw: '{"q":"say \\"]\\""}' },
      { line: 1, value: { n: null }, raw: '{"n":null}' }
    ]);
  });

  it("quarantines one bad array element and keeps the others", () => {
    const recs = all('[{"a":1},\n{"a":},\n7,\n{"a":3}]');
    expect(recs.map((r) => [r.line, r.value, r.error === undefined])).toEqual([
      [1, { a: 1 }, true],
      [2, null, false],
      [3, null, false],
      [4, { a: 3 }, true]
    ]);
  });

  it("reports an unclosed array and text after it", () => {
    expect(all('[{"a":1},\n{"a":2}').map((r) => r.error)).toEqual([undefined, undefined, "JSON array is not closed"]);
    expect(all('[{"a":1}] x').map((r) => r.error)).toEqual([undefined, "unexpected text after the JSON array"]);
  });

  it("yields nothing for an empty array or empty text", () => {
    expect(all("[ ]")).toEqual([]);
    expect(all("  \n")).toEqual([]);
  });
});
