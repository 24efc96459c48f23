import { describe, expect, it } from "vitest";
import { stemEnglish } from "../../../src/text/stemEnglish.ts";
import { tokenizeEnglish } from "../../../src/text/tokenizeEnglish.ts";

describe("stemEnglish", () => {
  it("gives the Porter stems (words/stemmer) for plurals and -ing forms", () => {
    expect(["running", "shoes", "chargers", "dresses", "batteries", "fits", "fitting", "cases", "delivery", "quality"].map(stemEnglish)).toEqual([
      "run", "shoe", "charger", "dress", "batteri", "fit", "fit", "case", "deliveri", "qualiti"
    ]);
  });
  it("keeps sizes, models and contractions, and stems only the last part of a hyphenated word", () => {
    expect(["60w", "2xl", "mp3", "4.5", "don't", "t-shirts", "3-seaters", "3-seater", "type-c", "usb-3"].map(stemEnglish)).toEqual([
      "60w", "2xl", "mp3", "4.5", "don't", "t-shirt", "3-seater", "3-seater", "type-c", "usb-3"
    ]);
  });
});

describe("tokenizeEnglish", () => {
  it("splits normalised text, drops possessives and stop words, stems the rest", () => {
    expect(tokenizeEnglish("running shoes for the kid's 3-seater sofa")).toEqual(["run", "shoe", "kid", "3-seater", "sofa"]);
    expect(tokenizeEnglish("this item is not what i ordered")).toEqual(["not", "order"]);
  });
  it("keeps negations", () => {
    // Porter's step 1c turns a final y after a vowel into i: "buy" → "bui", like "buying".
    expect(tokenizeEnglish("no it doesn't work and i will never buy it again")).toEqual(["no", "doesn't", "work", "never", "bui"]);
  });
  it("can keep stop words and skip stemming", () => {
    expect(tokenizeEnglish("the running shoes", { keepStopWords: true, stem: false })).toEqual(["the", "running", "shoes"]);
  });
  it("returns [] for empty input", () => {
    expect(tokenizeEnglish("")).toEqual([]);
  });
});
