import { describe, expect, it } from "vitest";
import { feedbackClauses } from "../../../src/topics/feedbackClauses.ts";
import { opinionPairs } from "../../../src/topics/opinionPairs.ts";
import { pairOpinions } from "../../../src/topics/pairOpinions.ts";
import { readOpinion } from "../../../src/topics/readOpinion.ts";

/** Pairs of one text as "aspect:word→opinion", with "!" for a negated opinion, sorted. */
function pairsOf(text: string): string[] {
  return feedbackClauses([text])[0]!
    .flatMap((c) => pairOpinions(c.tokens, c.normalized))
    .map((p) => `${p.aspect}:${p.aspectWord}→${p.opinion}${p.negated ? "!" : ""}`)
    .sort();
}

describe("pairOpinions", () => {
  it.each([
    ["物流很快", ["logistics:物流→很快"]],
    ["质量差，做工粗糙", ["quality:做工→粗糙", "quality:质量→差"]],
    ["面料很薄", ["quality:面料→很薄"]],
    ["大小合适", ["size:大小→合适"]],
    ["包装完好", ["packaging:包装→完好"]],
    ["性价比很高", ["price:性价比→很高"]],
    ["Fast delivery, great quality", ["logistics:delivery→fast", "quality:quality→great"]],
    ["The fabric is thin", ["quality:fabric→thin"]],
    ["Package was damaged", ["packaging:package→damaged"]]
  ])("pairs an aspect word with its opinion: %s", (text, expected) => {
    expect(pairsOf(text)).toEqual(expected);
  });

  it.each([
    ["物流不快", ["logistics:物流→不快!"]],
    ["发货不太及时", ["logistics:发货→不太及时!"]],
    ["质量不太好", ["quality:质量→不太好!"]],
    ["价格不贵", ["price:价格→不贵!"]],
    ["性价比不高", ["price:性价比→不高!"]],
    ["不是很合身", ["size:合身→不是很合身!"]],
    ["没什么效果", ["effect:效果→没什么!"]],
    ["没有色差", ["appearance:色差→没有色差!"]],
    ["Delivery was not fast", ["logistics:delivery→not fast!"]],
    ["The delivery wasn't fast", ["logistics:delivery→wasn't fast!"]],
    ["Not good quality", ["quality:quality→not good!"]],
    ["The quality is not very good", ["quality:quality→not very good!"]]
  ])("keeps a negation with its opinion: %s", (text, expected) => {
    expect(pairsOf(text)).toEqual(expected);
  });

  it("does not treat a word that merely starts with 不 as negated", () => {
    expect(pairsOf("保湿效果不错")).toEqual(["effect:效果→不错"]);
    expect(readOpinion("不错")).toEqual({ negated: false });
    expect(readOpinion("不快")).toEqual({ negated: true });
    expect(readOpinion("很快")).toEqual({ negated: false });
    expect(readOpinion("物流")).toBeNull();
  });

  it("never pairs across a clause boundary, a contrast word included", () => {
    expect(pairsOf("物流很快但是包装有点简陋")).toEqual(["logistics:物流→很快", "packaging:包装→有点简陋"]);
    expect(pairsOf("物流很快，包装简陋")).toEqual(["logistics:物流→很快", "packaging:包装→简陋"]);
    expect(pairsOf("Seller was friendly but shipping was slow")).toEqual(["logistics:shipping→slow", "service:seller→friendly"]);
    expect(pairsOf("Shipping was fast however the box was damaged")).toEqual(["logistics:shipping→fast", "packaging:box→damaged"]);
    // 不过 inside 不过敏 is not "but": the clause is not cut there (and holds no aspect).
    expect(feedbackClauses(["用了不过敏"])[0]!.map((c) => c.tokens)).toEqual([["用", "不", "过敏"]]);
  });

  it("gives each aspect word in a clause the nearest opinion, after it in Chinese and before it in English", () => {
    expect(pairsOf("物流很快质量很好")).toEqual(["logistics:物流→很快", "quality:质量→很好"]);
    expect(pairsOf("great quality fast delivery")).toEqual(["logistics:delivery→fast", "quality:quality→great"]);
    // One opinion, two aspects: each aspect gets it once.
    expect(pairsOf("快递员态度差")).toEqual(["logistics:快递→差", "service:态度→差"]);
    // Two words of one aspect reach the same opinion: counted once, for the nearer word.
    expect(pairsOf("客服回复不及时")).toEqual(["service:回复→不及时!"]);
  });

  it("pairs inside a glued token, and lets an opinionated aspect word stand for itself", () => {
    expect(pairOpinions(["价格便宜"], "价格便宜").map((p) => `${p.aspectWord}→${p.opinion}`)).toEqual(["价格→便宜"]);
    expect(pairOpinions(["物流很快"], "物流很快").map((p) => `${p.aspectWord}→${p.opinion}`)).toEqual(["物流→很快"]);
    expect(pairsOf("有点贵")).toEqual(["price:贵→有点贵"]);
    expect(pairsOf("Runs small")).toEqual(["size:small→small"]);
    expect(pairsOf("尺码偏小一码")).toEqual(["size:尺码→偏小"]);
  });

  it("finds no opinion beyond the window", () => {
    const tokens = ["物流", "a1", "a2", "a3", "很快"];
    expect(pairOpinions(tokens, "物流 a1 a2 a3 很快", { window: 3 })).toEqual([]);
    expect(pairOpinions(tokens, "物流 a1 a2 a3 很快", { window: 4 }).map((p) => p.opinion)).toEqual(["很快"]);
    expect(() => pairOpinions(tokens, "", { window: 0 })).toThrow(/window/);
  });
});

describe("opinionPairs", () => {
  const texts = [
    "物流很快，质量很好！",
    "物流很快，质量差",
    "物流很快物流很快", // the same pair twice in one text counts once
    "物流不快，客服态度很差",
    "物流太慢了，客服态度很差。",
    "Delivery was fast, the fabric is thin.",
    "Fast delivery but the fabric is thin",
    "Delivery was not fast"
  ];

  it("counts texts per (aspect, aspect word, opinion), most frequent first within each aspect", () => {
    const counts = opinionPairs(texts);
    const logistics = counts.filter((c) => c.aspect === "logistics").map((c) => [c.aspectWord, c.opinion, c.negated, c.count]);
    expect(logistics).toEqual([
      ["物流", "很快", false, 3],
      ["delivery", "fast", false, 2],
      ["delivery", "not fast", true, 1],
      ["物流", "不快", true, 1],
      ["物流", "太慢", false, 1]
    ]);
    expect(counts.filter((c) => c.aspect === "quality").map((c) => [c.aspectWord, c.opinion, c.count])).toEqual([
      ["fabric", "thin", 2],
      ["质量", "差", 1],
      ["质量", "很好", 1]
    ]);
    expect(counts.filter((c) => c.aspect === "service").map((c) => [c.aspectWord, c.opinion, c.count])).toEqual([["态度", "很差", 2]]);
    // Aspects come in table order.
    expect([...new Set(counts.map((c) => c.aspect))]).toEqual(["logistics", "quality", "service"]);
  });

  it("keeps the top K per aspect and gives the same answer every time", () => {
    const top = opinionPairs(texts, { topK: 1 });
    expect(top.map((c) => `${c.aspect}:${c.aspectWord}→${c.opinion}`)).toEqual(["logistics:物流→很快", "quality:fabric→thin", "service:态度→很差"]);
    expect(opinionPairs([...texts])).toEqual(opinionPairs(texts));
    expect(() => opinionPairs(texts, { topK: 0 })).toThrow(/topK/);
  });

  it("copes with empty and punctuation-only texts", () => {
    expect(opinionPairs(["", "！！！", "   "])).toEqual([]);
  });
});
