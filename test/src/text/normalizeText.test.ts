import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/text/normalizeText.ts";
import { SPELLING_VARIANTS } from "../../../src/text/spellingVariants.ts";

describe("normalizeText", () => {
  it("folds full-width letters, digits and the ideographic space (NFKC), then lower-cases", () => {
    expect(normalizeText("ＡＢＣ１２３　连衣裙")).toBe("abc123 连衣裙");
    expect(normalizeText("ｉＰｈｏｎｅ")).toBe("iphone");
    expect(normalizeText("\u3000\u3000连衣裙\u3000")).toBe("连衣裙");
  });
  it("strips Chinese, full-width and ASCII punctuation, symbols and emoji to spaces", () => {
    expect(normalizeText("你好，世界！「好」")).toBe("你好 世界 好");
    expect(normalizeText("【包邮】《说明书》（赠品）～")).toBe("包邮 说明书 赠品");
    expect(normalizeText("don’t   buy!!! 👍🏻 ❤️")).toBe("don't buy");
    expect(normalizeText("5️⃣ stars")).toBe("5 stars");
    expect(normalizeText("50% off $19.99 #sale")).toBe("50 off 19.99 sale");
  });
  it("keeps the joiners inside words: hyphen between letters or digits, apostrophe between letters, point between digits", () => {
    expect(normalizeText("3-Seater sofa, 60W charger — 4.5 stars")).toBe("3-seater sofa 60w charger 4.5 stars");
    expect(normalizeText("a--b -c d- 'e' f.g 1.")).toBe("a b c d e f g 1");
    expect(normalizeText("连衣裙-夏季")).toBe("连衣裙 夏季");
    expect(normalizeText("co\u2011op \u2212")).toBe("co-op");
  });
  it("removes zero-width characters instead of turning them into spaces", () => {
    expect(normalizeText("连\u200b衣\u200d裙\ufeff")).toBe("连衣裙");
  });
  it("folds the spelling variants as whole words only", () => {
    expect(normalizeText("T Shirt【包邮】！")).toBe("t-shirt 包邮");
    expect(normalizeText("TSHIRTS tee shirt T-shirt")).toBe("t-shirts t-shirt t-shirt");
    expect(normalizeText("tshirt男")).toBe("t-shirt男");
    expect(normalizeText("xtshirts")).toBe("xtshirts");
    expect(normalizeText("iPhone15 Pro, I-Phone 14, i phone")).toBe("iphone 15 pro iphone 14 iphone");
    expect(normalizeText("Wi-Fi USB-C typeC 数据线")).toBe("wifi type-c type-c 数据线");
    expect(normalizeText("双11包邮 双12 6.18")).toBe("双十一包邮 双十二 618");
    expect(normalizeText("双111")).toBe("双111");
  });
  it("takes a caller's own variants instead of the default list", () => {
    const variants = [...SPELLING_VARIANTS, { from: ["移动电源"], to: "充电宝" }];
    expect(normalizeText("移动电源 T shirt", { variants })).toBe("充电宝 t-shirt");
    expect(normalizeText("T shirt", { variants: [] })).toBe("t shirt");
    expect(() => normalizeText("x", { variants: [{ from: /x/, to: "y" }] })).toThrow("must have the g flag");
  });
  it("unifies punctuation instead of stripping it when asked", () => {
    expect(normalizeText("你好，世界！「好」。还行、不错【赞】", { punctuation: "unify" })).toBe('你好,世界!"好".还行,不错[赞]');
    expect(normalizeText("很好……  真的", { punctuation: "unify" })).toBe("很好...... 真的");
  });
  it("returns an empty string for empty, whitespace-only and punctuation-only text", () => {
    expect(normalizeText("")).toBe("");
    expect(normalizeText(" \t\n\u3000 ")).toBe("");
    expect(normalizeText("！！。。…")).toBe("");
  });
  it("is idempotent", () => {
    for (const s of ["ＡＢＣ１２３　连衣裙", "T Shirt【包邮】！", "iPhone15 Pro", "3-Seater sofa, 60W", "你好，世界"]) {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }
  });
});
