import { describe, expect, it } from "vitest";
import { NEGATION_WORDS, normalizeText, tokenizeMany } from "../../../src/text/index.ts";
import { DEGREE_MULTIPLIERS } from "../../../src/sentiment/degreeMultipliers.ts";
import { lexiconSentiment } from "../../../src/sentiment/lexiconSentiment.ts";
import { lexiconSentimentMany } from "../../../src/sentiment/lexiconSentimentMany.ts";
import { SENTIMENT_LEXICON } from "../../../src/sentiment/sentimentLexicon.ts";

const label = (text: string) => lexiconSentiment(text).label;
const score = (text: string) => lexiconSentiment(text).score;

describe("lexiconSentiment", () => {
  it("reads plain sentiment words, Chinese and English", () => {
    for (const t of ["不错", "好评", "物流很快", "质量好", "推荐", "I love it", "Perfect fit", "great"]) expect(label(t), t).toBe("positive");
    for (const t of ["差评", "掉色", "起球", "失望", "要退货", "Disappointed", "Poor quality, returned", "cheap-looking"]) expect(label(t), t).toBe("negative");
  });
  it("turns a negated word round, as separate tokens or glued by jieba (不太好, 不好)", () => {
    expect(label("不太好")).toBe("negative");
    expect(label("不好")).toBe("negative");
    expect(label("非常不满意")).toBe("negative");
    expect(label("不是很好")).toBe("negative");
    expect(label("not good")).toBe("negative");
    expect(label("I don't like it")).toBe("negative");
    expect(label("never disappointed")).toBe("positive");
    // "not bad" is only mildly positive: weaker than "good".
    expect(score("not bad")).toBeGreaterThan(0);
    expect(score("not bad")).toBeLessThan(score("good"));
  });
  it("lets a degree word scale the next sentiment word", () => {
    expect(score("非常好")).toBeGreaterThan(score("好"));
    expect(score("好")).toBeGreaterThan(score("有点好"));
    expect(score("有点好")).toBeGreaterThan(0);
    expect(score("特别差")).toBeLessThan(score("差"));
    expect(score("very comfortable")).toBeGreaterThan(score("comfortable"));
    expect(score("a bit disappointed")).toBeGreaterThan(score("disappointed"));
    expect(score("a bit disappointed")).toBeLessThan(0);
  });
  it("reads excess as a complaint (too big, 太大)", () => {
    expect(label("too big")).toBe("negative");
    expect(label("太大了")).toBe("negative");
    expect(label("太好了")).toBe("positive");
  });
  it("weighs mixed reviews, what comes after 但是 / but counting more", () => {
    expect(label("味道不错，但是送餐太慢了")).toBe("negative");
    expect(label("送餐有点慢，但是味道非常好")).toBe("positive");
    expect(label("Cute top but the fabric is itchy and cheap")).toBe("negative");
    const mixed = lexiconSentiment("质量很好，就是有点掉色");
    expect(mixed.hits).toBe(2);
    expect(mixed.score).toBeLessThan(score("质量很好"));
  });
  it("gives neutral with no hits to text without sentiment, and keeps clauses apart", () => {
    expect(lexiconSentiment("今天下午三点收到")).toEqual({ score: 0, label: "neutral", hits: 0 });
    expect(lexiconSentiment("")).toEqual({ score: 0, label: "neutral", hits: 0 });
    // The negation stops at the comma: 好 is not negated.
    expect(label("不知道，好")).toBe("positive");
    // Too far from the negation: 不 … four tokens … 好.
    expect(label("I did not expect that it would fit so good")).toBe("positive");
  });
  it("scores within (−1, 1), and many texts exactly as one at a time", () => {
    const texts = ["非常非常好，好评，推荐，满意", "差评！垃圾！退货！", "还行", "", "love love love"];
    const many = lexiconSentimentMany(texts);
    texts.forEach((t, i) => {
      expect(many[i]).toEqual(lexiconSentiment(t));
      expect(Math.abs(many[i]!.score)).toBeLessThan(1);
    });
  });
});

describe("the lexicon", () => {
  it("holds a few hundred words, each in normalised form with a non-zero weight", () => {
    expect(SENTIMENT_LEXICON.size).toBeGreaterThan(300);
    for (const [word, weight] of SENTIMENT_LEXICON) {
      expect(normalizeText(word), word).toBe(word);
      expect(weight, word).not.toBe(0);
    }
  });
  it("never gives two words that tokenise alike different weights, nor lists a degree or negation word", () => {
    const words = [...SENTIMENT_LEXICON.keys()];
    const tokens = tokenizeMany(words, { keepStopWords: true });
    const seen = new Map<string, string>();
    words.forEach((w, i) => {
      const key = tokens[i]!.join(" ");
      const other = seen.get(key);
      if (other !== undefined) expect(SENTIMENT_LEXICON.get(w), `${w} / ${other}`).toBe(SENTIMENT_LEXICON.get(other));
      seen.set(key, w);
      expect(DEGREE_MULTIPLIERS.has(w) || NEGATION_WORDS.has(w), w).toBe(false);
    });
  });
});
