import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/clv/rng.ts";
import { tokenize } from "../../../src/text/tokenize.ts";
import { tokenizeMany } from "../../../src/text/tokenizeMany.ts";
import { userDictionary } from "../../../src/text/userDictionary.ts";

describe("tokenizeMany", () => {
  it("gives, text by text, what tokenize gives", () => {
    const texts = ["连衣裙夏季新款显瘦", "", "Running shoes", "ＡＢＣ１２３　连衣裙", "iPhone15 手机壳", "连衣裙夏季新款显瘦", "  "];
    expect(tokenizeMany(texts)).toEqual([
      ["连衣裙", "夏季", "新款", "显瘦"],
      [],
      ["run", "shoe"],
      ["abc123", "连衣裙"],
      ["iphone", "15", "手机壳"],
      ["连衣裙", "夏季", "新款", "显瘦"],
      []
    ]);
  });
  it("agrees with one tokenize call per text over several rounds of random mixed queries", () => {
    const rng = createRng(7);
    const parts = ["连衣裙", "显瘦", "充电宝", "防摔", "不好", "的", "很", "Running", "shoes", "ＸＬ", "60W", "t shirt", "新款", "　", "，", "iPhone15", "物流", "质量", "t恤"];
    const texts = Array.from({ length: 5_000 }, () =>
      Array.from({ length: rng.integer(0, 5) }, () => parts[rng.integer(0, parts.length - 1)]).join(rng.uniform() < 0.5 ? "" : " ")
    );
    const batched = tokenizeMany(texts);
    // Growing the dictionary empties every memo, so the single calls below compute afresh
    // instead of reading back what the batch stored.
    userDictionary.add(["只为清空缓存的词"]);
    const single = texts.map((t) => tokenize(t));
    expect(batched).toHaveLength(texts.length);
    expect(batched).toEqual(single);
    expect(batched.flat()).toContain("t恤");
    expect(batched.flat()).toContain("充电宝");
  });
  it("answers a repeated text from the memo with a fresh array", () => {
    const [a, b] = tokenizeMany(["Ｒｕｎｎｉｎｇ　shoes", "Ｒｕｎｎｉｎｇ　shoes"]);
    expect(a).toEqual(["run", "shoe"]);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    a!.length = 0;
    expect(tokenizeMany(["Ｒｕｎｎｉｎｇ　shoes", "running shoes"])).toEqual([["run", "shoe"], ["run", "shoe"]]);
  });
  it("normalises with a caller's own variants", () => {
    const variants = [{ from: ["移动电源"], to: "充电宝" }];
    expect(tokenizeMany(["移动电源 防摔"], { variants })).toEqual([["充电宝", "防摔"]]);
    expect(tokenizeMany(["移动电源 防摔"])).toEqual([["移动", "电源", "防摔"]]);
  });
  it("takes any iterable", () => {
    function* queries() {
      yield "连衣裙";
      yield "shoes";
    }
    expect(tokenizeMany(queries())).toEqual([["连衣裙"], ["shoe"]]);
  });
});
