import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/text/normalizeText.ts";
import { tokenize } from "../../../src/text/tokenize.ts";
import { ASPECT_DICTIONARIES, type AspectDictionary } from "../../../src/topics/aspectDictionaries.ts";
import { assignAspects } from "../../../src/topics/assignAspects.ts";

const aspectsOf = (text: string, dictionaries?: readonly AspectDictionary[]) => assignAspects(tokenize(text), normalizeText(text), dictionaries);

// Hand-labelled sentences: what a shop operator would file each one under.
const FIXTURES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Chinese
  ["物流很快，质量很好", ["logistics", "quality"]],
  ["性价比很高", ["price"]],
  ["性价比不高，有点贵", ["price"]],
  ["快递员态度差", ["logistics", "service"]],
  ["质量差，做工粗糙", ["quality"]],
  ["发货不太及时", ["logistics"]],
  ["尺码偏小一码，建议拍大一码", ["size"]],
  ["颜色和图片不一样", ["appearance"]],
  ["客服不理人", ["service"]],
  ["包装完好", ["packaging"]],
  ["盒子压坏了", ["packaging"]],
  ["外包装破损", ["packaging"]],
  ["保湿效果不错", ["effect"]],
  ["面料很薄", ["quality"]],
  ["价格便宜", ["price"]],
  ["不是很合身", ["size"]],
  ["衣服起球了", ["quality"]],
  ["洗了一次就掉色", ["quality"]],
  ["售后回复很慢", ["service"]],
  ["美白功效一般", ["effect"]],
  ["款式好看", ["appearance"]],
  ["物流很快质量很好价格便宜", ["logistics", "quality", "price"]],
  ["物流很快但是包装有点简陋", ["logistics", "packaging"]],
  // Not about any aspect: a single character that is a keyword only on its own (贵 in 贵州), a
  // two-character keyword spelled across a word boundary (大小 in 大小姐).
  ["贵州特产很好吃", []],
  ["大小姐脾气", []],
  ["一般般吧", []],
  // English (tokenize stems: the dictionary matches by stem)
  ["Fast delivery, great quality", ["logistics", "quality"]],
  ["Runs small, order one size up", ["size"]],
  ["The fabric is thin", ["quality"]],
  ["Customer service never replied", ["service"]],
  ["Package was damaged", ["packaging"]],
  ["Box arrived crushed", ["logistics", "packaging"]],
  ["Good value for the price", ["price"]],
  ["Too expensive", ["price"]],
  ["The colour looks nice", ["appearance"]],
  ["Works great, results after a week", ["effect"]],
  ["It doesn't fit", ["size"]],
  ["Shipping was slow but the seller was helpful", ["logistics", "service"]],
  ["Delivered on time", ["logistics"]],
  ["I love it", []],
  // Mixed
  ["iPhone手机壳 quality很好，物流也快", ["logistics", "quality"]]
];

describe("assignAspects", () => {
  it.each(FIXTURES)("%s → %j", (text, expected) => {
    expect(aspectsOf(text)).toEqual(expected);
  });

  it("has a good number of hand-made fixtures in both languages", () => {
    expect(FIXTURES.filter(([t]) => /\p{Script=Han}/u.test(t)).length).toBeGreaterThanOrEqual(20);
    expect(FIXTURES.filter(([t]) => !/\p{Script=Han}/u.test(t)).length).toBeGreaterThanOrEqual(12);
  });

  it("finds a word the segmenter glued to its neighbours or split in two", () => {
    // Glued: the keyword sits inside a longer token.
    expect(assignAspects(["物流很快"], "物流很快")).toEqual(["logistics"]);
    expect(assignAspects(["快递员"], "快递员")).toEqual(["logistics"]);
    // Split: consecutive tokens spell the keyword and the text has it unbroken.
    expect(assignAspects(["性", "价比", "高"], "性价比很高")).toEqual(["price"]);
    // …but not when the pieces were apart in the text.
    expect(assignAspects(["大", "小"], "大的小")).toEqual([]);
  });

  it("matches English by stem, whether the tokens are stemmed or not", () => {
    expect(assignAspects(["deliveries", "late"], "deliveries late")).toEqual(["logistics"]);
    expect(assignAspects(["deliveri", "late"], "deliveries late")).toEqual(["logistics"]);
    expect(assignAspects(["expens"], "expensive")).toEqual(["price"]);
  });

  it("matches a single Chinese character only as a token or behind a negation or degree word", () => {
    expect(assignAspects(["贵"], "贵")).toEqual(["price"]);
    expect(assignAspects(["太贵"], "太贵")).toEqual(["price"]);
    expect(assignAspects(["不贵"], "不贵")).toEqual(["price"]);
    expect(assignAspects(["贵州"], "贵州")).toEqual([]);
  });

  it("returns ids in table order, once each", () => {
    expect(aspectsOf("包装破损，物流太慢，快递也慢，包装盒也坏了")).toEqual(["logistics", "packaging"]);
  });

  it("uses a shop's own table, and rejects a keyword that could never match", () => {
    const own: AspectDictionary[] = [{ id: "battery", name: { zh: "续航", en: "Battery" }, zh: ["续航", "电池"], en: ["battery"] }];
    expect(aspectsOf("续航很差，物流很快", own)).toEqual(["battery"]);
    expect(aspectsOf("Battery dies fast", own)).toEqual(["battery"]);
    expect(() => aspectsOf("x", [{ id: "a", name: { zh: "a", en: "a" }, zh: [], en: ["customer service"] }])).toThrow(/one word/);
    expect(() => aspectsOf("x", [...own, ...own])).toThrow(/duplicate aspect id/);
  });

  it("gives every aspect a name in both languages and keywords in both", () => {
    expect(ASPECT_DICTIONARIES.map((d) => d.id)).toEqual(["logistics", "quality", "price", "service", "packaging", "size", "appearance", "effect"]);
    for (const d of ASPECT_DICTIONARIES) {
      expect(d.name.zh).toMatch(/\p{Script=Han}/u);
      expect(d.name.en).toMatch(/^[A-Z]/);
      expect(d.zh.length).toBeGreaterThan(0);
      expect(d.en.length).toBeGreaterThan(0);
    }
  });
});
