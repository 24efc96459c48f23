import { describe, expect, it } from "vitest";
import { segmentChinese } from "../../../src/text/segmentChinese.ts";
import { tokenize } from "../../../src/text/tokenize.ts";
import { DEFAULT_USER_WORDS, userDictionary } from "../../../src/text/userDictionary.ts";

// The dictionary is process-wide and only grows, so every word added here is one no other
// test file segments.
describe("userDictionary", () => {
  it("starts with the default e-commerce vocabulary, normalised", () => {
    expect(DEFAULT_USER_WORDS.length).toBeGreaterThanOrEqual(30);
    for (const word of ["充电宝", "防摔", "连衣裙", "显瘦", "双十一", "包邮", "面膜", "精华液", "补水", "t恤", "iphone"]) {
      expect(userDictionary.has(word)).toBe(true);
    }
    expect(userDictionary.has("磁吸充电宝")).toBe(false);
  });
  it("keeps an added word whole from then on, and forgets segmentations memoised before", () => {
    expect(segmentChinese("磁吸充电宝")).toEqual(["磁吸", "充电宝"]);
    expect(tokenize("磁吸充电宝快充")).toEqual(["磁吸", "充电宝", "快充"]);
    const before = userDictionary.version;
    expect(userDictionary.add(["磁吸充电宝", "磁吸充电宝", "充电宝"])).toBe(1);
    expect(userDictionary.version).toBeGreaterThan(before);
    expect(segmentChinese("磁吸充电宝")).toEqual(["磁吸充电宝"]);
    expect(tokenize("磁吸充电宝快充")).toEqual(["磁吸充电宝", "快充"]);
  });
  it("applies a tokenize userDict once, and the words stay for later calls", () => {
    // jieba's HMM guesses 酷趣 as an unknown word; the brand is 酷趣熊.
    expect(tokenize("酷趣熊儿童雨衣")).toEqual(["酷趣", "熊", "儿童", "雨衣"]);
    const shopWords = ["酷趣熊"];
    expect(tokenize("酷趣熊儿童雨衣", { userDict: shopWords })).toEqual(["酷趣熊", "儿童", "雨衣"]);
    const version = userDictionary.version;
    tokenize("酷趣熊雨衣", { userDict: shopWords });
    expect(userDictionary.version).toBe(version);
    expect(tokenize("酷趣熊雨衣")).toEqual(["酷趣熊", "雨衣"]);
  });
  it("normalises words before adding them, and keeps Latin words unstemmed", () => {
    userDictionary.add(["ＧａｌａｘｙＢｕｄｓ"]);
    expect(userDictionary.has("galaxybuds")).toBe(true);
    expect(tokenize("GalaxyBuds cases")).toEqual(["galaxybuds", "case"]);
    expect(tokenize("iPhone cases")).toEqual(["iphone", "case"]);
  });
  it("cuts out words that mix scripts or hold a space, which neither tokeniser would keep whole", () => {
    expect(tokenize("小米su9 车模")).toEqual(["小米", "su9", "车模"]);
    userDictionary.add(["小米SU9", "Air Fryer Pro"]);
    expect(tokenize("小米su9 车模 air fryer pro 空气炸锅")).toEqual(["小米su9", "车模", "air fryer pro", "空气炸锅"]);
    // A Latin end may not run into more Latin: "xair fryer pro" is not the phrase.
    expect(tokenize("xair fryer pros")).toEqual(["xair", "fryer", "pro"]);
    expect(tokenize("T恤 男")).toEqual(["t恤", "男"]);
  });
  it("takes a frequency and rejects a bad one", () => {
    // Without a frequency jieba suggests one that keeps the word whole; a frequency of 1 is too
    // low to beat 手机 + 壳子, which is how a shop can add a word without forcing it.
    userDictionary.add([{ word: "机壳子", freq: 1 }]);
    expect(segmentChinese("手机壳子")).toEqual(["手机", "壳子"]);
    expect(() => userDictionary.add([{ word: "防摔壳", freq: 0 }])).toThrow('invalid freq for "防摔壳": 0');
    expect(() => userDictionary.add([{ word: "防摔壳", freq: 1.5 }])).toThrow("invalid freq");
  });
  it("ignores words that normalise to nothing", () => {
    const version = userDictionary.version;
    expect(userDictionary.add(["", " 　", "！"])).toBe(0);
    expect(userDictionary.version).toBe(version);
  });
});
