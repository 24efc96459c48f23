import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { segmentChinese, segmentChineseBatch } from "../../../src/text/segmentChinese.ts";

describe("jieba-wasm in plain Node ESM", () => {
  // A separate process, so that nothing this suite added to the process-wide dictionary is
  // there: this is jieba's own dictionary, loaded from node_modules with no network.
  const raw = (texts: string[]): string[][] =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ["--input-type=module", "-e", `import { cut } from "jieba-wasm"; console.log(JSON.stringify(${JSON.stringify(texts)}.map((t) => cut(t, true))));`],
        { cwd: new URL("../../..", import.meta.url), encoding: "utf8" }
      )
    );
  it("loads and splits the e-commerce words that the default user dictionary exists for", () => {
    expect(raw(["连衣裙夏季新款显瘦", "充电宝防摔手机壳", "双十一包邮"])).toEqual([
      ["连衣裙", "夏季", "新款", "显瘦"],
      ["充电", "宝防", "摔", "手机", "壳"],
      ["双十", "一包", "邮"]
    ]);
  });
});

describe("segmentChinese", () => {
  it("cuts shop Chinese into e-commerce words", () => {
    expect(segmentChinese("连衣裙夏季新款显瘦")).toEqual(["连衣裙", "夏季", "新款", "显瘦"]);
    expect(segmentChinese("充电宝防摔手机壳")).toEqual(["充电宝", "防摔", "手机壳"]);
    expect(segmentChinese("双十一包邮面膜补水精华液")).toEqual(["双十一", "包邮", "面膜", "补水", "精华液"]);
  });
  it("keeps common negated forms whole, as jieba does", () => {
    expect(segmentChinese("这个充电宝不太好用")).toEqual(["这个", "充电宝", "不太好", "用"]);
    expect(segmentChinese("质量不好")).toEqual(["质量", "不好"]);
  });
  it("drops whitespace tokens and returns a fresh array each call", () => {
    expect(segmentChinese("连衣裙 夏季")).toEqual(["连衣裙", "夏季"]);
    const a = segmentChinese("连衣裙");
    a.push("changed");
    expect(segmentChinese("连衣裙")).toEqual(["连衣裙"]);
    expect(segmentChinese("")).toEqual([]);
  });
});

describe("segmentChineseBatch", () => {
  it("gives the same words as one call per text, in order, duplicates included", () => {
    const texts = ["连衣裙夏季新款显瘦", "质量不好没有想象中好", "", "连衣裙夏季新款显瘦", "物流很快好评", "尺码偏小建议买大一码", "多行\n文本"];
    expect(segmentChineseBatch(texts)).toEqual(texts.map((t) => segmentChinese(t)));
  });
  it("splits a batch longer than one jieba call back exactly", () => {
    const words = ["连衣裙", "夏季", "新款", "显瘦", "面膜", "补水", "物流", "很快"];
    const texts = Array.from({ length: 3_000 }, (_, i) => words[i % 8]! + words[(i * 7 + 3) % 8]! + words[(i * 5 + 1) % 8]! + "款" + String.fromCodePoint(0x4e00 + i));
    const batched = segmentChineseBatch(texts);
    expect(batched).toHaveLength(3_000);
    batched.forEach((words, i) => expect(words.join("")).toBe(texts[i]));
    expect(batched).toEqual(texts.map((t) => segmentChinese(t)));
  });
});
