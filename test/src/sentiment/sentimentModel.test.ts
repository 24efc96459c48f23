import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/clv/rng.ts";
import { createSentimentScorer } from "../../../src/sentiment/createSentimentScorer.ts";
import { parseSentimentModel } from "../../../src/sentiment/parseSentimentModel.ts";
import { trainSentimentModel, type RatedText } from "../../../src/sentiment/trainSentimentModel.ts";

const TOPICS_ZH = ["物流", "质量", "包装", "客服", "颜色", "尺码", "味道", "面料"];
const GOOD_ZH = ["很好", "不错", "很满意", "超快", "好评", "推荐购买"];
const BAD_ZH = ["太差", "很失望", "差评", "掉色", "要退货", "不推荐"];
const TOPICS_EN = ["shipping", "fabric", "color", "fit", "service", "size"];
const GOOD_EN = ["is great", "is perfect", "love it", "is lovely", "highly recommend"];
const BAD_EN = ["is poor", "was disappointing", "returned it", "is cheap-looking", "so bad"];

/** Short synthetic reviews: a topic and an opinion, ratings 1–2 or 4–5 by opinion, some 3-star and empty ones. */
function reviews(n: number, seed: number): RatedText[] {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]) => xs[rng.integer(0, xs.length - 1)]!;
  const out: RatedText[] = [];
  for (let i = 0; i < n; i++) {
    const positive = rng.uniform() < 0.7;
    const zh = rng.uniform() < 0.5;
    const text = zh
      ? `${pick(TOPICS_ZH)}${pick(positive ? GOOD_ZH : BAD_ZH)}，${pick(TOPICS_ZH)}${pick(positive ? GOOD_ZH : BAD_ZH)}`
      : `The ${pick(TOPICS_EN)} ${pick(positive ? GOOD_EN : BAD_EN)}, ${pick(TOPICS_EN)} ${pick(positive ? GOOD_EN : BAD_EN)}`;
    out.push({ text, rating: positive ? rng.integer(4, 5) : rng.integer(1, 2), lang: zh ? "zh" : "en" });
  }
  out.push({ text: "还行吧", rating: 3 }, { text: null, rating: 5 }, { text: "   ", rating: 1 }, { text: "no rating", rating: null });
  return out;
}

describe("trainSentimentModel + createSentimentScorer", () => {
  const train = reviews(400, 1);
  const model = trainSentimentModel(train);

  it("trains on 4–5 vs 1–2 stars only, leaving out 3 stars, missing ratings and empty texts", () => {
    const positive = train.filter((r) => (r.rating ?? 0) >= 4 && r.text?.trim()).length;
    const negative = train.filter((r) => (r.rating ?? 9) <= 2 && r.text?.trim()).length;
    expect(model.training).toMatchObject({ positive, negative, c: 4, classWeight: "balanced", minDf: 2 });
    expect(model.terms.length).toBe(model.weights.length);
    expect(model.terms).toContain("好评");
    expect(model.terms).toContain("love it");
  });

  it("scores unseen reviews in both languages correctly, with probabilities in [0, 1]", () => {
    const scorer = createSentimentScorer(model);
    const test = reviews(200, 2).filter((r) => r.rating !== null && r.rating !== 3 && r.text?.trim());
    const predictions = scorer.predictMany(test.map((r) => r.text!));
    const right = predictions.filter((p, i) => p.label === (test[i]!.rating! >= 4 ? "positive" : "negative")).length;
    expect(right / test.length).toBeGreaterThan(0.95);
    for (const p of predictions) expect(p.score >= 0 && p.score <= 1).toBe(true);
    expect(scorer.predict("物流超快，好评").label).toBe("positive");
    expect(scorer.predict("The fabric is poor, returned it").label).toBe("negative");
  });

  it("scores the same after a JSON round trip, and predictMany agrees with predict", () => {
    const json = JSON.stringify(model);
    const again = createSentimentScorer(parseSentimentModel(json));
    const scorer = createSentimentScorer(model);
    const texts = ["质量很好", "颜色掉色，差评", "love it", "The size was disappointing", "", "完全没见过的词"];
    const many = again.predictMany(texts);
    texts.forEach((t, i) => {
      expect(again.predict(t)).toEqual(scorer.predict(t));
      expect(many[i]).toEqual(scorer.predict(t));
    });
    // Weights are kept to 6 significant digits: compact, and exact after the round trip.
    expect(model.weights.every((w) => Number(w.toPrecision(6)) === w)).toBe(true);
  });

  it("is deterministic: the same rows give the same JSON", () => {
    expect(JSON.stringify(trainSentimentModel(reviews(400, 1)))).toBe(JSON.stringify(model));
  });

  it("gives text with no known term the prior σ(bias), and labels a neutral band when asked", () => {
    const scorer = createSentimentScorer(model);
    expect(scorer.predict("").score).toBeCloseTo(1 / (1 + Math.exp(-model.bias)), 15);
    const banded = createSentimentScorer(model, { neutralBand: 0.49 });
    expect(banded.predict("").label).toBe("neutral");
    expect(() => createSentimentScorer(model, { neutralBand: 0.5 })).toThrow(/neutralBand/);
  });

  it("uses the language given per text in predictMany", () => {
    const scorer = createSentimentScorer(model);
    // Forced to English, a Chinese text becomes one unknown word and scores the prior.
    const [forced, detected] = scorer.predictMany(["好评好评", "好评好评"], ["en", null]);
    expect(forced!.score).toBe(scorer.predict("").score);
    expect(detected!.label).toBe("positive");
  });

  it("refuses training data without both classes", () => {
    expect(() => trainSentimentModel([{ text: "好", rating: 5 }, { text: "好", rating: 4 }])).toThrow(/both classes/);
  });
});

describe("parseSentimentModel", () => {
  const model = trainSentimentModel(reviews(100, 3));
  it("accepts a model and its JSON text", () => {
    expect(parseSentimentModel(JSON.stringify(model))).toEqual(model);
    expect(parseSentimentModel(model)).toBe(model);
  });
  it("rejects another format, mismatched arrays and non-finite numbers", () => {
    expect(() => parseSentimentModel({ ...model, format: "shoplens-sentiment/0" })).toThrow(/format/);
    expect(() => parseSentimentModel({ ...model, weights: model.weights.slice(1) })).toThrow(/weights must hold one number per term/);
    expect(() => parseSentimentModel({ ...model, idf: model.idf.map(() => null) })).toThrow(/idf holds a value/);
    expect(() => parseSentimentModel({ ...model, bias: "0" })).toThrow(/bias/);
    expect(() => parseSentimentModel("[]")).toThrow(/format/);
    expect(() => parseSentimentModel("null")).toThrow(/not an object/);
  });
});
