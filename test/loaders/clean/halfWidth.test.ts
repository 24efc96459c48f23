import { describe, expect, it } from "vitest";
import { toHalfWidth } from "../../../loaders/clean/halfWidth.ts";

describe("toHalfWidth", () => {
  it("folds full-width ASCII, the ideographic space and the yen sign", () => {
    expect(toHalfWidth("１２３，ＡＢｃ！～")).toBe("123,ABc!~");
    expect(toHalfWidth("a\u3000b")).toBe("a b");
    expect(toHalfWidth("￥１２．５")).toBe("¥12.5");
  });

  it("leaves CJK, half-width text and CJK punctuation alone", () => {
    expect(toHalfWidth("广东省深圳市，。")).toBe("广东省深圳市,。");
    expect(toHalfWidth("plain text 123")).toBe("plain text 123");
    expect(toHalfWidth("")).toBe("");
  });
});
