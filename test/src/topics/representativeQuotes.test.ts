import { describe, expect, it } from "vitest";
import { representativeQuotes } from "../../../src/topics/representativeQuotes.ts";
import { trimQuote } from "../../../src/topics/trimQuote.ts";

describe("trimQuote", () => {
  it("leaves a short text whole, with its whitespace collapsed", () => {
    expect(trimQuote("物流很快，质量很好！")).toBe("物流很快，质量很好！");
    expect(trimQuote("  Fast delivery.\n\nGreat   quality. ")).toBe("Fast delivery. Great quality.");
  });

  it("cuts a long text at a clause boundary and marks the cut with …", () => {
    expect(trimQuote("物流很快，质量很好，就是尺码偏小，建议拍大一码", 12)).toBe("物流很快，质量很好…");
    // A sentence end is preferred to a later comma when it keeps at least half the room.
    expect(trimQuote("Fast delivery. The fabric is thin, the stitching is loose, and the colour is off", 40)).toBe("Fast delivery. The fabric is thin…");
    expect(trimQuote("Great product. Would buy again, definitely, and tell all my friends about it", 40)).toBe("Great product. Would buy again…");
  });

  it("falls back to a space, then to a hard cut, when no clause ends in the second half", () => {
    expect(trimQuote("this is a long review without any punctuation at all in it", 20)).toBe("this is a long…");
    expect(trimQuote("质量很好质量很好质量很好质量很好质量很好", 10)).toBe("质量很好质量很好质…");
    // 4.5 is a number, not a sentence end.
    expect(trimQuote("Rating 4.5 stars overall for this lovely dress", 16)).toBe("Rating 4.5…");
  });

  it("is never longer than the limit and never cuts an emoji in half", () => {
    const long = "很好👍".repeat(200);
    for (const max of [2, 3, 10, 57, 200]) {
      const q = trimQuote(long, max);
      expect(q.length).toBeLessThanOrEqual(max);
      expect(q.endsWith("…")).toBe(true);
      expect(q).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/u);
    }
    const family = "👨‍👩‍👧".repeat(30);
    expect(trimQuote(family, 20)).toBe(`${"👨‍👩‍👧".repeat(2)}…`);
    expect(trimQuote("x".repeat(1000)).length).toBe(200);
    expect(() => trimQuote("abc", 1)).toThrow(/maxLength/);
  });
});

describe("representativeQuotes", () => {
  it("picks the heaviest texts first and returns at most `limit`", () => {
    const quotes = representativeQuotes(
      [
        { text: "物流很快，第二天就到了", weight: 0.4 },
        { text: "快递太慢了，等了一个星期", weight: 0.9 },
        { text: "发货速度快，包装也好", weight: 0.7 },
        { text: "物流一般般吧，还可以", weight: 0.1 }
      ],
      { limit: 2 }
    );
    expect(quotes.map((q) => q.index)).toEqual([1, 2]);
    expect(quotes.map((q) => q.text)).toEqual(["快递太慢了，等了一个星期", "发货速度快，包装也好"]);
  });

  it("skips duplicates, near duplicates, empty weights and texts too short to say anything", () => {
    const quotes = representativeQuotes(
      [
        { text: "好评！", weight: 5 },
        { text: "物流很快，质量很好，推荐购买", weight: 1 },
        { text: "物流很快, 质量很好, 推荐购买!", weight: 0.99 },
        { text: "物流很快，质量很好，推荐购买呀", weight: 0.98 },
        { text: "面料很薄，洗了一次就起球", weight: 0.5 },
        { text: "包装破损，盒子压坏了", weight: 0 }
      ],
      { limit: 5 }
    );
    expect(quotes.map((q) => q.index)).toEqual([1, 4]);
  });

  it("ranks by sentiment strength when scores are given", () => {
    const candidates = [
      { text: "质量还行吧，一般般", score: 0.1 },
      { text: "质量非常差，用了两次就坏了", score: -0.9 },
      { text: "质量超级好，做工精细", score: 0.8 },
      { text: "质量差，线头很多", score: -0.5 },
      { text: "没有打分的一条评价", weight: 2 }
    ];
    expect(representativeQuotes(candidates).map((q) => q.index)).toEqual([1, 2, 3]);
    expect(representativeQuotes(candidates, { sentiment: "negative", limit: 2 }).map((q) => q.index)).toEqual([1, 3]);
    expect(representativeQuotes(candidates, { sentiment: "positive", limit: 2 }).map((q) => q.index)).toEqual([2, 0]);
    // Unscored texts come after scored ones.
    expect(representativeQuotes(candidates, { limit: 5 }).at(-1)!.index).toBe(4);
  });

  it("trims long texts and returns plain text exactly as written, markup included, never built", () => {
    const long = `<b>做工很好</b>，${"穿着很舒服，".repeat(60)}会回购`;
    const [quote] = representativeQuotes([{ text: long }]);
    expect(quote!.truncated).toBe(true);
    expect(quote!.text.length).toBeLessThanOrEqual(200);
    expect(quote!.text.startsWith("<b>做工很好</b>，穿着很舒服")).toBe(true);
    expect(quote!.text.endsWith("穿着很舒服…")).toBe(true);
    const [script] = representativeQuotes([{ text: "<script>alert(1)</script> 质量很好 & 便宜" }]);
    expect(script).toEqual({ text: "<script>alert(1)</script> 质量很好 & 便宜", index: 0, truncated: false });
    expect(typeof script!.text).toBe("string");
  });

  it("respects a shorter maxLength and is deterministic", () => {
    const candidates = Array.from({ length: 50 }, (_, i) => ({ text: `第${i}条：物流很快，质量很好，颜色也正，客服态度很好，会再来买的`, weight: (i * 37) % 11 }));
    const a = representativeQuotes(candidates, { maxLength: 20, limit: 3, similarity: 0.95 });
    expect(a).toHaveLength(3);
    for (const q of a) expect(q.text.length).toBeLessThanOrEqual(20);
    expect(representativeQuotes([...candidates], { maxLength: 20, limit: 3, similarity: 0.95 })).toEqual(a);
    expect(representativeQuotes([], {})).toEqual([]);
  });
});
