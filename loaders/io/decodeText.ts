/**
 * Turns the bytes of an export into text. Chinese shop exports come as UTF-8 (often with the BOM
 * Excel adds), as UTF-16 (Excel's "Unicode text") or as GB18030/GBK (Taobao's default), so the
 * encoding is decided from the BOM first, then by whether the bytes are valid UTF-8.
 */
import iconv from "iconv-lite";

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (a === 0xff && b === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (a === 0xfe && b === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    // fatal: a single invalid sequence means the file is not UTF-8 (GBK bytes almost never are).
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // GB18030 is a superset of GBK and GB2312, so it also reads older exports.
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030"), encoding: "gb18030" };
  }
}
