import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeText } from "../../../loaders/io/decodeText.ts";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("decodeText", () => {
  it("reads plain UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("订单,1\n"))).toEqual({ text: "订单,1\n", encoding: "utf-8" });
  });

  it("removes the UTF-8 BOM Excel writes", () => {
    // EF BB BF, then "a" and "单" (E5 8D 95)
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe5, 0x8d, 0x95))).toEqual({ text: "a单", encoding: "utf-8-bom" });
  });

  it("reads UTF-16 LE and BE with their BOMs", () => {
    // "A单": U+0041, U+5355
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x55, 0x53))).toEqual({ text: "A单", encoding: "utf-16le" });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x53, 0x55))).toEqual({ text: "A单", encoding: "utf-16be" });
  });

  it("falls back to GB18030 when the bytes are not valid UTF-8", () => {
    // 订单 in GBK is B6 A9 B5 A5: invalid as UTF-8.
    expect(decodeText(bytes(0xb6, 0xa9, 0xb5, 0xa5, 0x2c, 0x31))).toEqual({ text: "订单,1", encoding: "gb18030" });
    const header = "订单编号,买家会员名,收货地址\r\n";
    expect(decodeText(new Uint8Array(iconv.encode(header, "gb18030")))).toEqual({ text: header, encoding: "gb18030" });
  });

  it("decodes an empty file as empty UTF-8 text", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  it("decodes a subarray view without reading bytes outside it", () => {
    const buf = new Uint8Array([0xff, 0xb6, 0xa9, 0xff]);
    expect(decodeText(buf.subarray(1, 3)).text).toBe("订");
  });
});
