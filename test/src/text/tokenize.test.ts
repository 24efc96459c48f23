import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/text/detectLanguage.ts";
import { tokenize } from "../../../src/text/tokenize.ts";

describe("detectLanguage", () => {
  it("says zh when any Han character is present", () => {
    expect(detectLanguage("iphone 15 手机壳")).toBe("zh");
    expect(detectLanguage("iphone 15 case")).toBe("en");
    expect(detectLanguage("618")).toBe("en");
  });
});

describe("tokenize", () => {
  it("normalises full-width text before tokenising", () => {
    expect(tokenize("ＡＢＣ１２３　连衣裙")).toEqual(["abc123", "连衣裙"]);
    expect(tokenize("Ｔ　Ｓｈｉｒｔ　ＸＬ")).toEqual(["t-shirt", "xl"]);
  });
  it("segments Chinese with the e-commerce dictionary and removes Chinese stop words", () => {
    expect(tokenize("连衣裙夏季新款显瘦")).toEqual(["连衣裙", "夏季", "新款", "显瘦"]);
    expect(tokenize("我很喜欢这件衣服的颜色")).toEqual(["喜欢", "这件", "衣服", "颜色"]);
    expect(tokenize("亲，宝贝收到了，物流很快，好评！")).toEqual(["物流", "很快", "好评"]);
    expect(tokenize("双11包邮面膜补水精华液")).toEqual(["双十一", "包邮", "面膜", "补水", "精华液"]);
    expect(tokenize("客服态度很差，发货太慢了")).toEqual(["客服", "态度", "很差", "发货", "太慢"]);
  });
  it("keeps negations, alone or in the forms jieba keeps whole", () => {
    expect(tokenize("质量不好，没有想象中好")).toEqual(["质量", "不好", "没有", "想象", "中好"]);
    expect(tokenize("这个充电宝不太好用")).toEqual(["充电宝", "不太好", "用"]);
    expect(tokenize("别买，非常不满意")).toEqual(["别买", "不", "满意"]);
    expect(tokenize("Not good, never buying again")).toEqual(["not", "good", "never", "bui"]);
  });
  it("tokenises English: lower case, stop words removed, Porter stems, sizes and models kept", () => {
    expect(tokenize("Running shoes")).toEqual(["run", "shoe"]);
    expect(tokenize("60W fast chargers, doesn't work!!")).toEqual(["60w", "fast", "charger", "doesn't", "work"]);
    expect(tokenize("The 3-Seater sofa is 2.5m wide")).toEqual(["3-seater", "sofa", "2.5m", "wide"]);
    expect(tokenize("wireless earbuds noise cancelling")).toEqual(["wireless", "earbud", "nois", "cancel"]);
  });
  it("tokenises Latin runs inside Chinese text as English words", () => {
    expect(tokenize("iPhone15 Pro Max手机壳防摔")).toEqual(["iphone", "15", "pro", "max", "手机壳", "防摔"]);
    expect(tokenize("买了3-seater沙发和60w充电器")).toEqual(["买", "3-seater", "沙发", "60w", "充电器"]);
    expect(tokenize("running shoes 跑步鞋")).toEqual(["run", "shoe", "跑步", "鞋"]);
    expect(tokenize("Type C数据线 1.5米")).toEqual(["type-c", "数据线", "1.5", "米"]);
    expect(tokenize("T恤男纯棉短袖")).toEqual(["t恤", "男", "纯棉", "短袖"]);
  });
  it("leaves Han runs unsegmented when told the text is English", () => {
    expect(tokenize("连衣裙夏季 running", { lang: "en" })).toEqual(["连衣裙夏季", "run"]);
  });
  it("can keep stop words and skip stemming", () => {
    expect(tokenize("我的 running shoes", { keepStopWords: true, stem: false })).toEqual(["我", "的", "running", "shoes"]);
    // A cached result for the default settings does not leak into these.
    expect(tokenize("我的 running shoes")).toEqual(["run", "shoe"]);
  });
  it("returns [] for empty, whitespace-only and punctuation-only text, and for stop words only", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("   \t\n\u3000")).toEqual([]);
    expect(tokenize("！！。。")).toEqual([]);
    expect(tokenize("的了吗")).toEqual([]);
    expect(tokenize("the of and")).toEqual([]);
  });
  it("returns a fresh array that the memo does not share", () => {
    const a = tokenize("连衣裙夏季新款显瘦");
    a.length = 0;
    expect(tokenize("连衣裙夏季新款显瘦")).toEqual(["连衣裙", "夏季", "新款", "显瘦"]);
  });
});
