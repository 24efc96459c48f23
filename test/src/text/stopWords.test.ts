import { describe, expect, it } from "vitest";
import { CHINESE_STOP_WORDS } from "../../../src/text/chineseStopWords.ts";
import { ENGLISH_STOP_WORDS } from "../../../src/text/englishStopWords.ts";
import { NEGATION_WORDS } from "../../../src/text/negationWords.ts";
import { normalizeText } from "../../../src/text/normalizeText.ts";

describe("stop words and negations", () => {
  it("never lists a negation as a stop word", () => {
    for (const word of NEGATION_WORDS) {
      expect(CHINESE_STOP_WORDS.has(word), word).toBe(false);
      expect(ENGLISH_STOP_WORDS.has(word), word).toBe(false);
    }
    for (const word of ["不", "没", "没有", "别", "not", "no", "never", "don't"]) expect(NEGATION_WORDS.has(word)).toBe(true);
  });
  it("lists the words the issue names", () => {
    for (const word of ["的", "了", "和", "是", "在", "我", "也", "很"]) expect(CHINESE_STOP_WORDS.has(word)).toBe(true);
    for (const word of ["the", "a", "is", "and", "of"]) expect(ENGLISH_STOP_WORDS.has(word)).toBe(true);
  });
  it("holds every word in the normalised form that tokens take", () => {
    for (const word of [...CHINESE_STOP_WORDS, ...ENGLISH_STOP_WORDS, ...NEGATION_WORDS]) expect(normalizeText(word)).toBe(word);
  });
});
