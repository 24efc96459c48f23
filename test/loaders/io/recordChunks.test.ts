import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { csvRecords } from "../../../loaders/io/csvRecords.ts";
import { countRecords } from "../../../loaders/io/countRecords.ts";
import { recordChunks } from "../../../loaders/io/recordChunks.ts";

function pieces(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of at) {
    out.push(text.slice(prev, c));
    prev = c;
  }
  out.push(text.slice(prev));
  return out;
}

describe("recordChunks", () => {
  it("gives the same records, line numbers and count however the text is cut", () => {
    const cell = fc.stringMatching(/^[a-z"\n\r,]{0,6}$/).map((s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s));
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((c) => c.join(","));
    const text = fc.tuple(fc.array(row, { maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r")).map(([rows, eol]) => rows.join(eol));
    fc.assert(
      fc.property(text, fc.array(fc.nat(200), { maxLength: 6 }), (t, cuts) => {
        const whole = [...csvRecords(t, { delimiter: "," })];
        const chunks = [...recordChunks(pieces(t, cuts), { delimiter: "," })];
        const got = chunks.flatMap((c) => c.records);
        expect(got.map((r) => [r.line, r.fields, r.unterminated])).toEqual(whole.map((r) => [r.line, r.fields, r.unterminated]));
        expect(chunks.reduce((s, c) => s + c.independentCount, 0)).toBe(countRecords(t, { delimiter: "," }));
      }),
      { numRuns: 300 }
    );
  });

  it("keeps a cut-off last line as the last record", () => {
    const got = [...recordChunks(["a,b\n1,2\n3", ",4\n5"], { delimiter: "," })].flatMap((c) => c.records);
    expect(got.map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [3, ["3", "4"]],
      [4, ["5"]]
    ]);
  });
});

describe("recordChunks at piece boundaries", () => {
  it("counts a CRLF split between two pieces once", () => {
    const got = [...recordChunks(["\r", '\n","'], { delimiter: "," })].flatMap((c) => c.records);
    expect(got.map((r) => r.line)).toEqual([...csvRecords('\r\n","', { delimiter: "," })].map((r) => r.line));
  });
});
