import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { textChunks } from "../../../loaders/io/textChunks.ts";

const dir = mkdtempSync(join(tmpdir(), "chunks-"));
const TEXT = "订单编号,收货地址\n1,广东省深圳市\n2,上海\n3,浙江省杭州市西湖区\n".repeat(50);

function roundTrip(name: string, bytes: Buffer, chunk: number) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const { encoding, chunks } = textChunks(path, chunk);
  return { encoding, text: [...chunks].join("") };
}

describe("textChunks", () => {
  it.each([7, 13, 64, 4096])("decodes GB18030 whole when pieces of %i bytes split characters", (size) => {
    expect(roundTrip(`gb-${size}.csv`, iconv.encode(TEXT, "gb18030"), size)).toEqual({ encoding: "gb18030", text: TEXT });
  });
  it.each([5, 11, 4096])("decodes UTF-8 with BOM in pieces of %i bytes, BOM removed", (size) => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(roundTrip(`u8-${size}.csv`, bytes, size)).toEqual({ encoding: "utf-8-bom", text: TEXT });
  });
  it("decodes UTF-16LE with BOM (Excel's Unicode text)", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
    expect(roundTrip("u16.csv", bytes, 33)).toEqual({ encoding: "utf-16le", text: TEXT });
  });
  it("names the file when UTF-8 turns invalid after the first piece", () => {
    const bytes = Buffer.concat([Buffer.from("a,b\n".repeat(2000)), iconv.encode("张三\n", "gb18030")]);
    const path = join(dir, "mixed.csv");
    writeFileSync(path, bytes);
    const { chunks } = textChunks(path, 4096);
    expect(() => [...chunks]).toThrow(/mixed\.csv: not valid utf-8 near byte/);
  });
});
