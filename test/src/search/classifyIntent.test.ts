/**
 * Intent classes of real-looking queries in both languages, tokenised by the shared text module
 * exactly as the pipeline does, with the shop's brands (and the default list) passed in. Each
 * expectation names the rule that should fire; the precedence cases put two classes in one query.
 */
import { describe, expect, it } from "vitest";
import { normalizeText, tokenize } from "../../../src/text/index.ts";
import { classifyIntent } from "../../../src/search/classifyIntent.ts";
import { brandSet } from "../../../src/search/brandSet.ts";
import { DEFAULT_BRANDS, INTENT_NAMES, INTENT_PRECEDENCE, INTENT_RULES, NOT_BRANDS, type IntentId } from "../../../src/search/intentRules.ts";

// The shop sells its own "MyBrand Home" line and 宜家-style furniture; 其他 and "X" are catalogue noise.
const BRANDS = brandSet(["MyBrand Home", "宜家", "其他", "X", null]);
const classify = (q: string, brands = BRANDS) => classifyIntent(normalizeText(q), tokenize(q), brands);

const CASES: [string, IntentId][] = [
  // question
  ["连衣裙怎么洗", "question"],
  ["羽绒服如何清洗", "question"],
  ["这款沙发能机洗吗", "question"], // 吗 closing the query (a stop word, so not a token)
  ["哪个牌子的扫地机器人好", "question"],
  ["纯棉和莫代尔有什么区别", "question"],
  ["how to clean a leather sofa", "question"], // "how" is a stop word: found in the text, not the tokens
  ["what size rug for living room", "question"],
  ["is it waterproof", "question"],
  ["iPhone vs Samsung", "question"],
  ["华为vs小米", "question"], // vs between Han characters
  // promotion
  ["双11 面膜", "promotion"], // normalised to 双十一
  ["618 手机", "promotion"],
  ["满减 零食", "promotion"],
  ["包邮 袜子", "promotion"],
  ["大衣七折", "promotion"],
  ["running shoes sale", "promotion"],
  ["50% off dresses", "promotion"], // % stripped: "50 off"
  ["kitchen coupons", "promotion"], // plural folded by the stem
  ["free shipping socks", "promotion"],
  // price
  ["沙发多少钱", "price"],
  ["100元以下 耳机", "price"],
  ["三百以内 耳机", "price"],
  ["平价 口红", "price"],
  ["cheap desk lamp", "price"],
  ["sofa under $300", "price"],
  ["how much is a sofa", "price"], // "how much" is a price question, like 多少钱
  // brand
  ["nike running shoes", "brand"],
  ["Nike black shoes", "brand"], // brand beats attribute
  ["买优衣库", "brand"], // a default brand inside a Han run
  ["new balance 574", "brand"], // a two-word brand beats the attribute "new"
  ["mybrand home towel", "brand"], // the shop's own brand
  ["宜家书架", "brand"],
  // attribute
  ["红色连衣裙", "attribute"],
  ["红连衣裙", "attribute"], // 红 as a whole token
  ["黑色羽绒服大码", "attribute"],
  ["纯棉t恤", "attribute"],
  ["2024新款 显瘦 阔腿裤", "attribute"],
  ["42码 运动鞋", "attribute"],
  ["leather sofas", "attribute"],
  ["vintage lamp", "attribute"],
  ["XL t-shirt", "attribute"],
  ["256gb phone", "attribute"],
  // product
  ["连衣裙", "product"],
  ["红米手机", "product"], // 红 inside 红米 is not a colour
  ["美白面膜", "product"], // nor 白 inside 美白
  ["sofa", "product"],
  ["face cream", "product"],
  ["reading glasses", "product"],
  ["ax618 router", "product"], // 618 inside a model number
  ["30岁以下 面霜", "product"], // an age ceiling, not a price
  ["其他", "product"], // a catalogue placeholder is not a brand
  ["the", "product"] // nothing but a stop word
];

describe("classifyIntent", () => {
  it.each(CASES)("%s → %s", (query, intent) => {
    expect(classify(query)).toBe(intent);
  });

  it("covers every class in both languages", () => {
    const zh = (q: string) => /\p{Script=Han}/u.test(q);
    for (const id of INTENT_PRECEDENCE) {
      expect(CASES.some(([q, i]) => i === id && zh(q)), `${id} zh`).toBe(true);
      expect(CASES.some(([q, i]) => i === id && !zh(q)), `${id} en`).toBe(true);
    }
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it("applies the precedence question > promotion > price > brand > attribute > product", () => {
    expect(classify("耐克打折跑鞋")).toBe("promotion"); // brand + promotion
    expect(classify("red sofa under $300")).toBe("price"); // attribute + price
    expect(classify("耐克跑鞋哪个好")).toBe("question"); // brand + question
    expect(classify("双十一 羽绒服 怎么买")).toBe("question"); // promotion + question
    expect(classify("打折 100元以内")).toBe("promotion"); // price + promotion
    expect(classify("nike 100元以内")).toBe("price"); // brand + price
    expect(classify("耐克 红色")).toBe("brand"); // brand + attribute
  });

  it("finds brands only when asked: the shop's set decides", () => {
    expect(classify("mybrand home towel", new Set())).toBe("product");
    expect(classify("nike running shoes", brandSet([], []))).toBe("product");
    // Raw catalogue values work too: normalised when the set is first seen.
    expect(classify("nike running shoes", new Set(["ＮＩＫＥ"]))).toBe("brand");
    // A set grown after its first use is re-indexed.
    const grown = new Set<string>(["宜家"]);
    expect(classify("李宁 卫衣", grown)).toBe("product");
    grown.add("李宁");
    expect(classify("李宁 卫衣", grown)).toBe("brand");
  });
});

describe("brandSet", () => {
  it("normalises, adds the defaults, and drops placeholders and one-character names", () => {
    expect(BRANDS.has("mybrand home")).toBe(true);
    expect(BRANDS.has("宜家")).toBe(true);
    expect(BRANDS.has("nike")).toBe(true);
    expect(BRANDS.has("其他")).toBe(false);
    expect(BRANDS.has("x")).toBe(false);
    expect(brandSet(["Nike"], []).size).toBe(1);
  });
});

describe("the rule table", () => {
  it("lists the classes in precedence order with product, the fallback, last", () => {
    expect(INTENT_PRECEDENCE).toEqual(["question", "promotion", "price", "brand", "attribute", "product"]);
    expect(INTENT_RULES.map((r) => r.id)).toEqual([...INTENT_PRECEDENCE]);
    for (const id of INTENT_PRECEDENCE) {
      expect(INTENT_NAMES[id].zh).not.toBe("");
      expect(INTENT_NAMES[id].en).not.toBe("");
    }
  });

  it("writes every word in normalised form, so the printed table is what matches", () => {
    for (const rule of INTENT_RULES) {
      for (const w of [...rule.zh, ...rule.zhTokens, ...rule.en]) expect(normalizeText(w), `${rule.id}: ${w}`).toBe(w);
      for (const p of rule.patterns) expect(p.global || p.sticky, `${rule.id}: ${p}`).toBe(false);
    }
    for (const w of [...DEFAULT_BRANDS, ...NOT_BRANDS]) expect(normalizeText(w), w).toBe(w);
  });
});
