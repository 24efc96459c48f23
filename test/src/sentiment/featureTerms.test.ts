import { describe, expect, it } from "vitest";
import { featureTerms } from "../../../src/sentiment/featureTerms.ts";

describe("featureTerms", () => {
  it("gives Chinese text its character 1- and 2-grams, normalised, never across punctuation", () => {
    expect(featureTerms(["不太好！Ｏｋ"])).toEqual([["不", "不太", "太", "太好", "好", "o", "ok", "k"]]);
    expect(featureTerms(["好，差"])).toEqual([["好", "差"]]);
  });
  it("gives English text its word 1- and 2-grams, stop words kept and Porter-stemmed", () => {
    expect(featureTerms(["Not flattering, too small"])).toEqual([
      ["not", "flatter", "too", "small", "not flatter", "flatter too", "too small"]
    ]);
  });
  it("follows the language given per text, else detects it", () => {
    // Forced to English, the Han run stays one word.
    expect(featureTerms(["很好 good", "很好 good"], ["en", null])).toEqual([
      ["很好", "good", "很好 good"],
      ["很", "很好", "好", "g", "go", "o", "oo", "o", "od", "d"]
    ]);
  });
  it("gives empty and punctuation-only text no terms, and keeps the input order", () => {
    expect(featureTerms(["", "！！", "ok", "好"])).toEqual([[], [], ["ok"], ["好"]]);
  });
});
