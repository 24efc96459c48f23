import { describe, expect, it } from "vitest";
import { fitTfidf } from "../../../src/sentiment/fitTfidf.ts";
import { tfidfVectorizer } from "../../../src/sentiment/tfidfVectorizer.ts";

// Three documents; "b" is in two, "a" in three, "c" and "d" in one each.
const DOCS = [["a", "b", "b", "c"], ["a", "b"], ["a", "d"]];

describe("fitTfidf", () => {
  it("keeps terms in at least minDf documents, sorted, with scikit-learn's smoothed idf", () => {
    const v = fitTfidf(DOCS);
    expect(v.terms).toEqual(["a", "b"]);
    // idf = ln((1 + n) / (1 + df)) + 1, n = 3
    expect(v.idf[0]).toBeCloseTo(Math.log(4 / 4) + 1, 15);
    expect(v.idf[1]).toBeCloseTo(Math.log(4 / 3) + 1, 15);
    expect(fitTfidf(DOCS, { minDf: 1 }).terms).toEqual(["a", "b", "c", "d"]);
  });
  it("refuses a minDf that is not a whole number ≥ 1", () => {
    expect(() => fitTfidf(DOCS, { minDf: 0 })).toThrow(/minDf/);
    expect(() => fitTfidf(DOCS, { minDf: 1.5 })).toThrow(/minDf/);
  });
});

describe("tfidfVectorizer", () => {
  it("weighs by sublinear tf × idf and scales the row to unit length", () => {
    const v = fitTfidf(DOCS);
    const row = v.vectorize(["b", "a", "b", "zzz"]);
    expect(Array.from(row.indices)).toEqual([0, 1]);
    const a = 1 * v.idf[0]!, b = (1 + Math.log(2)) * v.idf[1]!;
    const norm = Math.hypot(a, b);
    expect(row.values[0]).toBeCloseTo(a / norm, 15);
    expect(row.values[1]).toBeCloseTo(b / norm, 15);
  });
  it("gives the empty row for text with no known term, and does not carry counts over between calls", () => {
    const v = fitTfidf(DOCS);
    expect(v.vectorize(["zzz"]).indices.length).toBe(0);
    const once = v.vectorize(["a", "b"]);
    v.vectorize(["a", "a", "a"]);
    expect(v.vectorize(["a", "b"])).toEqual(once);
  });
  it("refuses a vocabulary that does not match its idf, or holds a term twice", () => {
    expect(() => tfidfVectorizer(["a"], new Float64Array(2))).toThrow(/1 terms but 2 idf/);
    expect(() => tfidfVectorizer(["a", "a"], new Float64Array(2))).toThrow(/twice/);
  });
});
