import { describe, expect, it } from "vitest";
import { ratingLabel } from "../../../src/sentiment/ratingLabel.ts";

describe("ratingLabel", () => {
  it("makes 4–5 stars positive, 1–2 negative, and leaves 3 stars out", () => {
    expect([1, 2, 3, 4, 5].map(ratingLabel)).toEqual(["negative", "negative", null, "positive", "positive"]);
  });
  it("gives null for a missing or impossible rating", () => {
    for (const r of [null, undefined, NaN, 0, 6, -1, Infinity]) expect(ratingLabel(r)).toBeNull();
  });
});
